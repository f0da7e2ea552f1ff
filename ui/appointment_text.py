"""How an appointment reads in a message: kind, date and time in the reader's language."""

from __future__ import annotations

from datetime import datetime
from html import escape
from zoneinfo import ZoneInfo

from bot.i18n import REFERENCE, Translator
from bot.models import Appointment, AppointmentKind, Attendance, Person
from ui import html


def local_time(moment: datetime, person: Person) -> datetime:
    """Naive wall-clock time in the person's zone, for Fluent's DATETIME()."""
    return moment.astimezone(ZoneInfo(person.timezone)).replace(tzinfo=None)


def kind_id(kind: AppointmentKind) -> str:
    return "apt-kind-" + kind.value.replace("_", "-")


def appointment_args(t: Translator, appointment: Appointment, viewer: Person) -> dict[str, str]:
    return {
        "kind": t(kind_id(appointment.kind)),
        "when": t("apt-when", at=local_time(appointment.starts_at, viewer)),
        "place": appointment.place or t("apt-place-open"),
    }


def render_html(
    t: Translator, message_id: str, appointment: Appointment, viewer: Person, **extra: str
) -> str:
    """A message about an appointment in Telegram HTML: everything escaped (a place or a
    name is typed by a person), the time in bold (ui/html.py)."""
    args = {
        key: escape(value) for key, value in {**appointment_args(t, appointment, viewer), **extra}.items()
    }
    args["when"] = f"<b>{args['when']}</b>"
    return html.catalogue(t, message_id, **args)


def note_line(t: Translator, appointment: Appointment, *, html: bool = False) -> str:
    """ "Hinweis: Bitte Pass mitbringen" below an appointment, or nothing without a note."""
    if not appointment.note:
        return ""
    return "\n" + t("apt-note", note=escape(appointment.note) if html else appointment.note)


def bilingual_appointment(
    t: Translator,
    message_id: str,
    appointment: Appointment,
    viewer: Person,
    *,
    html: bool = False,
    then: str | None = None,
) -> str:
    """German first with German names of kind and date, the person's language below; each
    with the appointment's note and, if given, the message `then` (a question) after it.
    With html=True the text is Telegram HTML with the time in bold."""

    def block(tr: Translator) -> str:
        if html:
            text = render_html(tr, message_id, appointment, viewer)
        else:
            text = tr(message_id, **appointment_args(tr, appointment, viewer))
        text += note_line(tr, appointment, html=html)
        return text + ("\n" + tr(then) if then else "")

    german = Translator(t.catalogue, REFERENCE)
    text = block(german)
    if t.language != REFERENCE:
        text += "\n\n" + block(t)
    return text


ANSWER_IDS = {
    Attendance.COMING: "apt-answer-yes",
    Attendance.NOT_COMING: "apt-answer-no",
    None: "apt-answer-open",
}


def answer_both(t: Translator, answer: Attendance | None) -> str:
    """ "✅ Ich komme" and the same in the person's language below."""
    message_id = ANSWER_IDS.get(answer, "apt-answer-open")
    german = t.de(message_id)
    return german if t.language == REFERENCE else f"{german}\n{t(message_id)}"
