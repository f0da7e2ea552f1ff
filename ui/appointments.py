"""Appointments as people see them: the making dialogue's buttons, the lists, the answer buttons."""

from __future__ import annotations

from collections.abc import Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.i18n import Translator
from bot.models import Appointment, AppointmentKind, Attendance, Person
from bot.services.appointment_draft import Asked
from bot.services.appointment_lists import Agenda, Listed
from ui import buttons, keyboards
from ui.appointment_text import appointment_args, kind_id, local_time
from ui.keyboards import button

MANAGED_SHOWN = 10  # move/cancel button rows under the list


def short(appointment: Appointment, viewer: Person) -> str:
    return local_time(appointment.starts_at, viewer).strftime("%d.%m. %H:%M")


def answer_label(t: Translator, answer: Attendance | None) -> str:
    if answer is Attendance.COMING:
        return t("apt-answer-coming")
    if answer is Attendance.NOT_COMING:
        return t("apt-answer-not-coming")
    return t("apt-answer-none")


# -- making one ----------------------------------------------------------------------------


def participants_keyboard(participants: Sequence[Person]) -> InlineKeyboardMarkup:
    choices = [button(p.display_name or f"#{p.id}", buttons.APPOINTMENT_NEW, "p", p.id) for p in participants]
    return keyboards.rows(choices, width=2)


def skip_keyboard(t: Translator) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[button(t("apt-skip"), buttons.APPOINTMENT_NEW, "skip")]])


def kinds_keyboard(t: Translator) -> InlineKeyboardMarkup:
    kinds = [button(t(kind_id(kind)), buttons.APPOINTMENT_NEW, "k", kind.value) for kind in AppointmentKind]
    return keyboards.rows(kinds, width=2)


def confirm_view(t: Translator, asked: Asked, viewer: Person) -> tuple[str, InlineKeyboardMarkup]:
    assert asked.preview is not None
    confirm = InlineKeyboardMarkup(
        [
            [button(t("apt-save"), buttons.APPOINTMENT_NEW, "save")],
            [button(t("apt-discard"), buttons.APPOINTMENT_NEW, "discard")],
        ]
    )
    return t("apt-confirm", name=asked.name, **appointment_args(t, asked.preview, viewer)), confirm


# -- lists ---------------------------------------------------------------------------------


def participant_list(t: Translator, agenda: Agenda, viewer: Person) -> str:
    lines = [t("apt-list-title")]
    lines += [t("apt-list-item", **appointment_args(t, a.appointment, viewer)) for a in agenda.upcoming]
    return "\n".join(lines)


def coach_list(t: Translator, agenda: Agenda, viewer: Person) -> tuple[str, InlineKeyboardMarkup]:
    """Upcoming appointments with their answers, and buttons to move or cancel each."""
    lines = [t("apt-list-title")]
    manage = []
    for listed in agenda.upcoming:
        appointment = listed.appointment
        lines.append(
            t(
                "apt-list-item-coach",
                name=listed.name,
                answer=answer_label(t, appointment.answer),
                **appointment_args(t, appointment, viewer),
            )
        )
        manage.append(_pair(t, listed, viewer, ("move", "apt-move-button"), ("cancel", "apt-cancel-button")))
    return "\n".join(lines), InlineKeyboardMarkup(manage[:MANAGED_SHOWN])


def outcome_keyboard(t: Translator, past: list[Listed], viewer: Person) -> InlineKeyboardMarkup:
    """Past appointments: did the participant come?"""
    return InlineKeyboardMarkup(
        [
            _pair(t, listed, viewer, ("attended", "apt-attended-button"), ("missed", "apt-missed-button"))
            for listed in past
        ]
    )


def _pair(
    t: Translator, listed: Listed, viewer: Person, *actions: tuple[str, str]
) -> list[InlineKeyboardButton]:
    when = short(listed.appointment, viewer)
    return [
        button(
            t(label, name=listed.name, short=when), buttons.APPOINTMENT_MANAGE, action, listed.appointment.id
        )
        for action, label in actions
    ]


# -- the participant's answer ----------------------------------------------------------------


def no_reason_keyboard(t: Translator, appointment_id: int) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[button(t.label("apt-no-reason"), buttons.APPOINTMENT_REASON_SKIP, appointment_id)]]
    )
