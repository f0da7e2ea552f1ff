"""Appointments as people see them: the making dialogue's buttons, the lists, the answer buttons."""

from __future__ import annotations

from collections.abc import Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.i18n import REFERENCE, Translator
from bot.models import Appointment, AppointmentKind, Attendance, Person
from bot.services.appointment_draft import Asked
from bot.services.appointment_lists import Agenda, Listed
from ui import buttons, keyboards
from ui.appointment_text import (
    ANSWER_IDS,
    answer_both,
    appointment_args,
    bilingual_appointment,
    kind_id,
    local_time,
    note_line,
    render_html,
)
from ui.keyboards import button
from ui.outbox.appointments import answer_buttons

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
    """The draft as it would be saved, with its note (Telegram HTML: the time in bold)."""
    assert asked.preview is not None
    confirm = InlineKeyboardMarkup(
        [
            [button(t("apt-save"), buttons.APPOINTMENT_NEW, "save")],
            [button(t("apt-discard"), buttons.APPOINTMENT_NEW, "discard")],
        ]
    )
    preview = asked.preview
    text = render_html(t, "apt-confirm", preview, viewer, name=asked.name)
    if preview.note:  # before "So speichern?", the last line
        *lines, question = text.split("\n")
        text = "\n".join(lines) + note_line(t, preview, html=True) + "\n" + question
    return text, confirm


# -- lists ---------------------------------------------------------------------------------


def participant_list(t: Translator, agenda: Agenda, viewer: Person) -> str:
    """Her upcoming appointments, each with its note and her answer; German first, her
    language below (Telegram HTML: the times in bold)."""

    def block(tr: Translator) -> str:
        lines = [tr("apt-list-title")]
        for listed in agenda.upcoming:
            appointment = listed.appointment
            item = render_html(tr, "apt-list-item", appointment, viewer)
            item += note_line(tr, appointment, html=True)
            lines.append(item + "\n" + tr(ANSWER_IDS[appointment.answer]))
        return "\n\n".join(lines)

    german = Translator(t.catalogue, REFERENCE)
    return block(german) + ("" if t.language == REFERENCE else "\n\n\n" + block(t))


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


def question_view(
    t: Translator, appointment: Appointment, viewer: Person
) -> tuple[str, InlineKeyboardMarkup]:
    """The question again, after "change answer": the appointment and "Kommen Sie?"."""
    text = bilingual_appointment(t, "apt-card", appointment, viewer, html=True, then="apt-question")
    return text, answer_buttons(t, appointment)


def answered_view(
    t: Translator, appointment: Appointment, viewer: Person
) -> tuple[str, InlineKeyboardMarkup]:
    """The question as it stays once answered: the appointment, "Kommen Sie?", "✅ Ich komme"
    (or "❌ Ich komme nicht"), and a small button to change it until the appointment starts."""
    text = bilingual_appointment(t, "apt-card", appointment, viewer, html=True, then="apt-question")
    text += "\n\n" + answer_both(t, appointment.answer)
    change = button(
        t.label("apt-change-answer"),
        buttons.APPOINTMENT_ANSWER,
        "change",
        appointment.id,
        appointment.version,
    )
    return text, InlineKeyboardMarkup([[change]])


def no_reason_keyboard(t: Translator, appointment_id: int) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[button(t.label("apt-no-reason"), buttons.APPOINTMENT_REASON_SKIP, appointment_id)]]
    )


def reason_skipped(t: Translator) -> str:
    """The reason question once "without a reason" was pressed: the choice, and that the coach knows."""
    german, own = t.de("apt-no-reason"), t("apt-no-reason")
    chosen = german if t.language == REFERENCE else f"{german} · {own}"
    return "→ " + chosen + "\n\n" + t.both("apt-coach-told")
