"""Outbox renderers for appointments: the news, reminders and what the coach hears."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from telegram import InlineKeyboardMarkup

from bot.i18n import Translator
from bot.ics import appointment_ics
from bot.models import Appointment, AppointmentStatus, Attendance, Person, RelayMessage
from bot.services import appointments
from ui import buttons
from ui.appointment_text import appointment_args, bilingual_appointment, kind_id
from ui.keyboards import button
from ui.outbox.base import Outgoing, RenderContext, translator, untranslated_line
from ui.outbox.relay import relay_block

HTML = "HTML"


def answer_buttons(t: Translator, appointment: Appointment, *, coming: bool = False) -> InlineKeyboardMarkup:
    """ "I'll come" and "I can't"; once she said she will come, only "I can't"."""
    args = (appointment.id, appointment.version)
    rows = [] if coming else [[button(t.label("apt-coming"), buttons.APPOINTMENT_ANSWER, "yes", *args)]]
    rows.append([button(t.label("apt-not-coming"), buttons.APPOINTMENT_ANSWER, "no", *args)])
    return InlineKeyboardMarkup(rows)


async def _current_appointment(context: RenderContext) -> Appointment | None:
    """The appointment a row is about, if the row still describes it."""
    appointment = await context.session.get(Appointment, context.row.payload.get("appointment_id"))
    if appointment is None or appointment.version != context.row.payload.get("version"):
        return None
    return appointment


async def appointment_new(context: RenderContext) -> Outgoing | None:
    return await _to_participant(context, "apt-new", with_calendar=True)


async def appointment_changed(context: RenderContext) -> Outgoing | None:
    return await _to_participant(context, "apt-changed", with_calendar=True)


async def appointment_reminder(context: RenderContext) -> Outgoing | None:
    appointment = await _current_appointment(context)
    if appointment is not None and appointment.answer is Attendance.NOT_COMING:
        return None  # they said they cannot come; the coach knows
    if appointment is not None and appointment.answer is Attendance.COMING:
        # She said she will come: no "Will you come?" again, only the way to say she can't.
        return await _to_participant(context, "truth-apt-reminder-coming", with_calendar=False, coming=True)
    return await _to_participant(context, "apt-reminder", with_calendar=False)


async def _to_participant(
    context: RenderContext, message_id: str, *, with_calendar: bool, coming: bool = False
) -> Outgoing | None:
    appointment = await _current_appointment(context)
    if appointment is None or appointment.status is not AppointmentStatus.SCHEDULED:
        return None
    if appointment.starts_at <= context.now:
        return None  # a reminder that could not go out in time is not sent late
    t = translator(context)
    text = bilingual_appointment(t, message_id, appointment, context.recipient, html=True)
    document = None
    if with_calendar:
        german = Translator(t.catalogue, "de")
        title = german(kind_id(appointment.kind))
        ics = appointment_ics(
            uid=f"appointment-{appointment.id}@begleiter",
            title=f"{title}: {appointment.place}" if appointment.place else title,
            starts_at=appointment.starts_at,
            zone=ZoneInfo(context.recipient.timezone),
            place=appointment.place,
            description=appointment.note,
            stamp=context.now,
        )
        document = ("termin.ics", ics, t.both("apt-ics-caption"))
    markup = answer_buttons(t, appointment, coming=coming)
    return Outgoing(text=text, markup=markup, document=document, parse_mode=HTML)


async def appointment_cancelled(context: RenderContext) -> Outgoing | None:
    appointment = await context.session.get(Appointment, context.row.payload.get("appointment_id"))
    if appointment is None or appointment.status is not AppointmentStatus.CANCELLED:
        return None
    text = bilingual_appointment(
        translator(context), "apt-cancelled", appointment, context.recipient, html=True
    )
    return Outgoing(text=text, parse_mode=HTML)


async def _about_participant(context: RenderContext, message_id: str, **extra: str) -> Outgoing | None:
    appointment = await _current_appointment(context)
    if appointment is None or appointment.status is not AppointmentStatus.SCHEDULED:
        return None
    participant = await context.session.get(Person, appointment.participant_id)
    if participant is None or participant.coach_id != context.recipient.id:
        return None  # the participant moved to another coach meanwhile
    t = translator(context)
    name = participant.display_name or t("someone")
    return Outgoing(
        text=t(message_id, name=name, **appointment_args(t, appointment, context.recipient), **extra)
    )


def _coach_buttons(t: Translator, participant: Person) -> InlineKeyboardMarkup:
    """Write to her, or open her card (history, answers, notes)."""
    return InlineKeyboardMarkup(
        [
            [
                button(t("alert-reply"), buttons.RELAY_START, participant.id),
                button(t("alert-history"), buttons.CASELOAD_CARD, participant.id),
            ]
        ]
    )


async def _participant_of(context: RenderContext, appointment: Appointment) -> Person | None:
    participant = await context.session.get(Person, appointment.participant_id)
    if participant is None or participant.coach_id != context.recipient.id:
        return None  # the participant moved to another coach meanwhile
    return participant


async def coach_cant_come(context: RenderContext) -> Outgoing | None:
    """She can't come and gave no reason (or none within a few minutes)."""
    appointment = await _current_appointment(context)
    if appointment is None or appointment.status is not AppointmentStatus.SCHEDULED:
        return None
    if appointment.answer is not Attendance.NOT_COMING:
        return None  # she changed her answer meanwhile
    participant = await _participant_of(context, appointment)
    if participant is None:
        return None
    t = translator(context)
    name = participant.display_name or t("someone")
    text = t("coach-cant-come", name=name, **appointment_args(t, appointment, context.recipient))
    return Outgoing(text=text, markup=_coach_buttons(t, participant))


async def coach_coming_after_all(context: RenderContext) -> Outgoing | None:
    """She said she can't come, the coach heard it, and now she will come after all."""
    appointment = await _current_appointment(context)
    if appointment is None or appointment.status is not AppointmentStatus.SCHEDULED:
        return None
    if appointment.answer is not Attendance.COMING:
        return None  # changed again meanwhile
    participant = await _participant_of(context, appointment)
    if participant is None:
        return None
    t = translator(context)
    name = participant.display_name or t("someone")
    text = t("coach-coming-after-all", name=name, **appointment_args(t, appointment, context.recipient))
    return Outgoing(text=text, markup=_coach_buttons(t, participant))


async def coach_cant_come_reason(context: RenderContext) -> Outgoing | None:
    """She can't come, and why: her words and their German machine translation, in one
    message with buttons to answer her and to open her card."""
    appointment = await _current_appointment(context)
    if appointment is None or appointment.status is not AppointmentStatus.SCHEDULED:
        return None
    if appointment.answer is not Attendance.NOT_COMING or not appointment.answer_reason:
        return None
    participant = await _participant_of(context, appointment)
    if participant is None:
        return None
    t = translator(context)
    name = participant.display_name or t("someone")
    lines = [t("coach-cant-come-why", name=name, **appointment_args(t, appointment, context.recipient))]
    message_id = context.row.payload.get("relay_message_id")
    message = await context.session.get(RelayMessage, message_id) if message_id else None
    if message is not None and message.participant_id == participant.id:
        lines += relay_block(t, message)
        if message.source_language != "de" and not message.translation:
            lines.append(await untranslated_line(context, t, message.source_language))
    else:  # a row planned before reasons were kept with their translation
        lines += [t("coach-cant-come-reason-label"), "«" + appointment.answer_reason + "»"]
    return Outgoing(text="\n".join(lines), markup=_coach_buttons(t, participant))


async def coach_no_answer(context: RenderContext) -> Outgoing | None:
    appointment = await _current_appointment(context)
    if appointment is None or appointment.starts_at <= context.now:
        return None
    # Only if a reminder really reached her and she has neither answered nor written to her
    # coach since: checked now, at sending, since she may do either up to the last moment.
    if not await appointments.unanswered_after_reminder(context.session, appointment):
        return None
    return await _about_participant(context, "coach-no-answer")


async def coach_unreachable(context: RenderContext) -> Outgoing | None:
    participant = await context.session.get(Person, context.row.payload.get("participant_id"))
    if participant is None or participant.unreachable_at is None:
        return None
    t = translator(context)
    return Outgoing(text=t("coach-unreachable", name=participant.display_name or t("someone")))
