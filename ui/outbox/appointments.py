"""Outbox renderers for appointments: the news, reminders and what the coach hears."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from telegram import InlineKeyboardMarkup

from bot.i18n import Translator
from bot.ics import appointment_ics
from bot.kinds import reminder_prefix
from bot.models import Appointment, AppointmentStatus, Attendance, Person
from bot.services import outbox
from ui import buttons
from ui.appointment_text import appointment_args, bilingual_appointment, kind_id
from ui.keyboards import button
from ui.outbox.base import Outgoing, RenderContext, translator


def answer_buttons(t: Translator, appointment: Appointment) -> InlineKeyboardMarkup:
    args = (appointment.id, appointment.version)
    return InlineKeyboardMarkup(
        [
            [button(t.label("apt-coming"), buttons.APPOINTMENT_ANSWER, "yes", *args)],
            [button(t.label("apt-not-coming"), buttons.APPOINTMENT_ANSWER, "no", *args)],
        ]
    )


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
    return await _to_participant(context, "apt-reminder", with_calendar=False)


async def _to_participant(context: RenderContext, message_id: str, *, with_calendar: bool) -> Outgoing | None:
    appointment = await _current_appointment(context)
    if appointment is None or appointment.status is not AppointmentStatus.SCHEDULED:
        return None
    if appointment.starts_at <= context.now:
        return None  # a reminder that could not go out in time is not sent late
    t = translator(context)
    text = bilingual_appointment(t, message_id, appointment, context.recipient)
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
    return Outgoing(text=text, markup=answer_buttons(t, appointment), document=document)


async def appointment_cancelled(context: RenderContext) -> Outgoing | None:
    appointment = await context.session.get(Appointment, context.row.payload.get("appointment_id"))
    if appointment is None or appointment.status is not AppointmentStatus.CANCELLED:
        return None
    return Outgoing(
        text=bilingual_appointment(translator(context), "apt-cancelled", appointment, context.recipient)
    )


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


async def coach_cant_come(context: RenderContext) -> Outgoing | None:
    return await _about_participant(context, "coach-cant-come")


async def coach_cant_come_reason(context: RenderContext) -> Outgoing | None:
    appointment = await _current_appointment(context)
    if appointment is None or not appointment.answer_reason:
        return None
    return await _about_participant(context, "coach-cant-come-reason", reason=appointment.answer_reason)


async def coach_no_answer(context: RenderContext) -> Outgoing | None:
    appointment = await _current_appointment(context)
    if appointment is None or appointment.answer is not None or appointment.starts_at <= context.now:
        return None
    # Only if a reminder really reached them: not after a downtime or once they blocked the bot.
    if not await outbox.was_sent(context.session, reminder_prefix(appointment.id, appointment.version)):
        return None
    return await _about_participant(context, "coach-no-answer")


async def coach_unreachable(context: RenderContext) -> Outgoing | None:
    participant = await context.session.get(Person, context.row.payload.get("participant_id"))
    if participant is None or participant.unreachable_at is None:
        return None
    t = translator(context)
    return Outgoing(text=t("coach-unreachable", name=participant.display_name or t("someone")))
