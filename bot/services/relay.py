"""Messages between a coach and a participant, relayed with a machine translation.

The coach writes in German; the participant gets the German and a translation into their
language, marked as machine-made (or, with no model for that language, the German only and
a sentence saying so). The participant answers in any language; the coach gets the
original and a German translation. Texts are encrypted at rest; outbox rows carry ids only.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from enum import Enum

from sqlalchemy.ext.asyncio import AsyncSession

from bot.kinds import Kind, plan, relay_key
from bot.models import AlertSource, Person, RelayDirection, RelayMessage, Severity
from bot.mt import MachineTranslation
from bot.services import alerts, audit, outbox, visibility
from bot.services.flags import FlagRules, Reason

MAX_CHARS = 3000  # leaves room for the translation and the frame within Telegram's 4,096
COACH_LANGUAGE = "de"  # coaches write and read German whatever language their menus are in


async def send(
    session: AsyncSession,
    *,
    participant: Person,
    coach: Person | None,
    direction: RelayDirection,
    text: str,
    source_language: str,
    target_language: str,
    translation: MachineTranslation | None,
    now: datetime,
) -> RelayMessage:
    message = RelayMessage(
        participant_id=participant.id,
        coach_id=coach.id if coach else None,
        direction=direction,
        text=text,
        source_language=source_language,
        target_language=target_language,
        translation=translation.text if translation else None,
        translated_by=translation.model if translation else None,
        created_at=now,
    )
    session.add(message)
    await session.flush()
    if direction is RelayDirection.TO_PARTICIPANT:
        recipients = [participant]
        assert coach is not None
        audit.record(
            session,
            at=now,
            action="relay.sent",
            actor=coach,
            subject_id=participant.id,
            details={"relay_message_id": message.id},
        )
    else:
        recipients = [coach] if coach is not None and coach.unreachable_at is None else []
        recipients = recipients or await alerts.staff_on_duty(session)
    kind = Kind.RELAY_TO_PARTICIPANT if direction is RelayDirection.TO_PARTICIPANT else Kind.RELAY_TO_COACH
    for recipient in recipients:
        payload = {"relay_message_id": message.id}
        key = relay_key(message.id, recipient.id)
        await outbox.enqueue(session, plan(kind, recipient.id, now, payload, key=key), now=now)
    return message


def language_of(person: Person) -> str:
    return person.language or "de"


# -- a coach (or staff member) writes to a participant ------------------------------------------


@dataclass(frozen=True)
class Recipient:
    """A participant the viewer may write to: their own (a coach) or anyone (staff)."""

    participant_id: int
    name: str | None
    language: str


class Refused(Enum):
    GONE = "gone"  # no longer someone the viewer may write to
    TOO_LONG = "too-long"


@dataclass(frozen=True)
class Draft:
    """A coach's message, checked, to be translated (outside any transaction) and sent."""

    recipient: Recipient
    text: str
    source_language: str
    target_language: str


async def recipient(session: AsyncSession, viewer: Person, participant_id: int | None) -> Recipient | None:
    participant = await visibility.visible_participant(session, viewer, participant_id)
    if participant is None:
        return None
    return Recipient(participant.id, participant.display_name, language_of(participant))


async def draft(
    session: AsyncSession, viewer: Person, participant_id: int | None, text: str
) -> Draft | Refused:
    found = await recipient(session, viewer, participant_id)
    if found is None:
        return Refused.GONE
    text = text.strip()
    if len(text) > MAX_CHARS:
        return Refused.TOO_LONG
    return Draft(found, text, COACH_LANGUAGE, found.language)


async def send_draft(
    session: AsyncSession,
    viewer: Person,
    draft: Draft,
    translation: MachineTranslation | None,
    *,
    now: datetime,
) -> RelayMessage | None:
    """Record and send the translated draft; None if the participant went out of reach meanwhile."""
    participant = await visibility.visible_participant(session, viewer, draft.recipient.participant_id)
    if participant is None:
        return None
    return await send(
        session,
        participant=participant,
        coach=viewer,
        direction=RelayDirection.TO_PARTICIPANT,
        text=draft.text,
        source_language=draft.source_language,
        target_language=draft.target_language,
        translation=translation,
        now=now,
    )


# -- a participant writes to their coach ---------------------------------------------------------


async def may_answer(session: AsyncSession, participant: Person, message_id: int | None) -> bool:
    """Whether `message_id` is a coach's message to this participant (its "answer" button)."""
    message = await session.get(RelayMessage, message_id) if message_id is not None else None
    return (
        message is not None
        and message.participant_id == participant.id
        and message.direction is RelayDirection.TO_PARTICIPANT
    )


def crisis_reasons(
    flags: FlagRules, text: str, language: str, translation: MachineTranslation | None
) -> list[Reason]:
    """Crisis keyword hits in the original and in its German translation."""
    reasons = flags.scan(text, language)
    if translation is not None:  # a hit there is the machine's wording: the coach is told so
        translated = flags.scan(translation.text, COACH_LANGUAGE)
        reasons += [replace(r, detail={**r.detail, "via": "translation"}) for r in translated]
    return [r for r in reasons if r.severity is Severity.CRISIS]


@dataclass(frozen=True)
class ToCoach:
    message_id: int
    alert_id: int | None  # the crisis alert it raised


async def to_coach(
    session: AsyncSession,
    flags: FlagRules,
    participant: Person,
    text: str,
    translation: MachineTranslation | None,
    *,
    now: datetime,
) -> ToCoach:
    """A participant's message to their coach (after "I need help", or an answer), with its
    German translation made before: recorded, sent, and checked for crisis. Stored whole
    (Telegram caps a message at 4,096); the alert shows a part."""
    coach = await session.get(Person, participant.coach_id) if participant.coach_id else None
    source = language_of(participant)
    message = await send(
        session,
        participant=participant,
        coach=coach,
        direction=RelayDirection.TO_COACH,
        text=text,
        source_language=source,
        target_language=COACH_LANGUAGE,
        translation=translation,
        now=now,
    )
    crisis = crisis_reasons(flags, text, source, translation)
    if not crisis:
        return ToCoach(message.id, None)
    alert = await alerts.raise_alert(
        session, participant, source=AlertSource.MESSAGE, reasons=crisis, now=now, message_id=message.id
    )
    return ToCoach(message.id, alert.id)
