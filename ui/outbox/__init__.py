"""What each kind of outbox row says, rendered at send time in the recipient's language:
one renderer per kind (bot/kinds.py), checked complete at import."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from bot.kinds import Kind
from ui.outbox import alerts, appointments, broadcasts, checkins, cohorts, practice, relay
from ui.outbox.base import Renderer

RENDERERS: Mapping[str, Renderer] = MappingProxyType(
    {
        Kind.APPOINTMENT_NEW: appointments.appointment_new,
        Kind.APPOINTMENT_CHANGED: appointments.appointment_changed,
        Kind.APPOINTMENT_REMINDER: appointments.appointment_reminder,
        Kind.APPOINTMENT_CANCELLED: appointments.appointment_cancelled,
        Kind.COACH_CANT_COME: appointments.coach_cant_come,
        Kind.COACH_CANT_COME_REASON: appointments.coach_cant_come_reason,
        Kind.COACH_NO_ANSWER: appointments.coach_no_answer,
        Kind.COACH_COMING_AFTER_ALL: appointments.coach_coming_after_all,
        Kind.COACH_UNREACHABLE: appointments.coach_unreachable,
        Kind.PRACTICE_PROMPT: practice.practice_prompt,
        Kind.PRACTICE_NUDGE: practice.practice_prompt,
        Kind.CHECKIN_OFFER: checkins.checkin_offer,
        Kind.HELP_NUMBERS: alerts.help_numbers_message,
        Kind.ALERT_COACH: alerts.alert_message,
        Kind.ALERT_STAFF: alerts.alert_message,
        Kind.ALERT_SEEN: alerts.alert_seen,
        Kind.ALERT_TAKEN_OVER: alerts.alert_taken_over,
        Kind.RELAY_TO_PARTICIPANT: relay.relay_to_participant,
        Kind.RELAY_TO_COACH: relay.relay_to_coach,
        Kind.BROADCAST: broadcasts.broadcast_message,
        Kind.COACH_REASSIGNED: cohorts.coach_reassigned,
    }
)

_missing = set(Kind) ^ set(RENDERERS)
if _missing:
    raise RuntimeError(f"outbox kinds without a renderer: {sorted(_missing)}")
