"""Appointments as people see them: the making dialogue's buttons, the lists, the answer buttons."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from telegram import InlineKeyboardMarkup

from bot.i18n import REFERENCE, Translator, shorten
from bot.models import Appointment, AppointmentKind, Attendance, Person
from bot.services.appointment_draft import Asked, Saved, Step
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

MANAGED_SHOWN = 10  # appointments with move/cancel buttons under the list
PAIR_LABEL_MAX = 19  # longest label that still shares a row with another on a phone


REASON_SHOWN = 40  # characters of her reason beside "can't come" in a list


def answer_label(t: Translator, answer: Attendance | None, reason: str | None = None) -> str:
    """Her answer as her coach sees it beside the appointment: "✅ kommt", "❌ kann nicht
    kommen" (with the start of her reason, if she gave one) or "❔ keine Antwort"."""
    if answer is Attendance.COMING:
        return t("apt-answer-coming")
    if answer is Attendance.NOT_COMING:
        if reason and reason.strip():
            return t("truth-appts-not-coming-because", reason=shorten(reason.strip(), REASON_SHOWN))
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


def when_view(t: Translator, asked: Asked) -> str:
    """ "Für wen ist der Termin?" once a participant was pressed: who, and the next question."""
    return t("apptflow-for", name=asked.name) + "\n\n" + t("apt-ask-when")


def kind_chosen(t: Translator, kind: AppointmentKind) -> str:
    return t("apt-choose-kind") + "\n→ " + t(kind_id(kind))


def place_view(t: Translator, asked: Asked) -> tuple[str, InlineKeyboardMarkup]:
    """ "Was für ein Termin?" once a kind was pressed: the kind, and "Wo?" with "skip"."""
    assert asked.kind is not None
    return kind_chosen(t, asked.kind) + "\n\n" + t("apt-ask-place"), skip_keyboard(t)


def note_view_after_skipped_place(t: Translator, asked: Asked) -> tuple[str, InlineKeyboardMarkup]:
    """The same message once the place was skipped: the kind, "Wo? → noch offen", the note
    question. (The place question is always the kind's message: the kind is a button.)"""
    assert asked.kind is not None
    answered = kind_chosen(t, asked.kind) + "\n\n" + t("apptflow-where") + "\n→ " + t("apt-place-open")
    return answered + "\n\n" + t("apt-ask-note"), skip_keyboard(t)


def _preview_text(t: Translator, asked: Asked, viewer: Person) -> tuple[str, str]:
    """The draft's text (Telegram HTML: the time in bold, its note) and "So speichern?"."""
    assert asked.preview is not None
    preview = asked.preview
    *lines, question = render_html(t, "apt-confirm", preview, viewer, name=asked.name).split("\n")
    return "\n".join(lines) + note_line(t, preview, html=True), question


def confirm_view(t: Translator, asked: Asked, viewer: Person) -> tuple[str, InlineKeyboardMarkup]:
    """The draft as it would be saved, with its note (Telegram HTML: the time in bold)."""
    confirm = InlineKeyboardMarkup(
        [
            [button(t("apt-save"), buttons.APPOINTMENT_NEW, "save")],
            [button(t("apt-discard"), buttons.APPOINTMENT_NEW, "discard")],
        ]
    )
    text, question = _preview_text(t, asked, viewer)
    return text + "\n" + question, confirm


def saved_view(t: Translator, saved: Saved, viewer: Person) -> str:
    """The confirmation once saved: the appointment as it stays (the time in bold, its note)
    and "✅ Gespeichert. Amina bekommt den Termin …" below it."""
    text, _ = _preview_text(t, Asked(Step.CONFIRM, name=saved.name, preview=saved.appointment), viewer)
    if saved.news_at is not None:  # her quiet hours: it reaches her when they end
        at = local_time(saved.news_at, viewer).strftime("%H:%M")
        done = t("truth-appts-saved-after-quiet", name=saved.name, time=at)
    elif saved.reminders:
        done = t("apt-saved", name=saved.name)
    else:  # too soon for any reminder (or none configured)
        done = t("truth-appts-saved-no-reminder", name=saved.name)
    return text + "\n\n" + escape(done)


def discarded_view(t: Translator, asked: Asked, viewer: Person) -> str:
    """The confirmation once discarded: what it was, and "🗑 Verworfen."."""
    text, _ = _preview_text(t, asked, viewer)
    return text + "\n\n" + t("apt-discarded")


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
    """Upcoming appointments, numbered, with their answers; under them short buttons that
    name the action and the number ("✏️ 1 verschieben", "✖️ 1 absagen"), since a phone cuts
    a button that names the whole appointment."""
    title = t("apt-list-title")
    return _numbered(
        t, title, agenda.upcoming, viewer, ("move", "apt-move-button"), ("cancel", "apt-cancel-button")
    )


def outcome_view(t: Translator, past: list[Listed], viewer: Person) -> tuple[str, InlineKeyboardMarkup]:
    """Past appointments, numbered: did the participant come? ("✅ 1 da", "❌ 1 nicht da")."""
    title = t("apt-past-title")
    return _numbered(
        t, title, past, viewer, ("attended", "apt-attended-button"), ("missed", "apt-missed-button")
    )


def _numbered(
    t: Translator, title: str, listed: list[Listed], viewer: Person, *actions: tuple[str, str]
) -> tuple[str, InlineKeyboardMarkup]:
    lines = [title]
    rows = []
    for n, item in enumerate(listed, start=1):
        appointment = item.appointment
        answer = answer_label(t, appointment.answer, appointment.answer_reason)
        lines.append(
            t(
                "apt-list-item-coach",
                n=str(n),
                name=item.name,
                answer=answer,
                **appointment_args(t, appointment, viewer),
            )
        )
        if n <= MANAGED_SHOWN:
            rows.append(
                [
                    button(t(label, n=str(n)), buttons.APPOINTMENT_MANAGE, action, appointment.id)
                    for action, label in actions
                ]
            )
    # Two share a row while every label fits a phone's half; else one column throughout.
    if any(len(b.text) > PAIR_LABEL_MAX for row in rows for b in row):
        rows = [[b] for row in rows for b in row]
    return "\n".join(lines), InlineKeyboardMarkup(rows)


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


def coach_told(t: Translator, *, has_coach: bool) -> str:
    """After "I can't come" and its reason: the coach knows; without a coach, it is kept."""
    return t.both("apt-coach-told" if has_coach else "truth-apt-answer-saved")


def reason_skipped(t: Translator, *, has_coach: bool = True) -> str:
    """The reason question once "without a reason" was pressed: the choice, and that the coach knows."""
    return "→ " + t.inline("apt-no-reason") + "\n\n" + coach_told(t, has_coach=has_coach)
