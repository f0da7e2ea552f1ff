"""How an appointment reads in a message: kind, date and time in the reader's language."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from bot.i18n import REFERENCE, Translator
from bot.models import Appointment, AppointmentKind, Person


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


def bilingual_appointment(t: Translator, message_id: str, appointment: Appointment, viewer: Person) -> str:
    """German first with German names of kind and date, the person's language below."""
    german = Translator(t.catalogue, REFERENCE)
    text = german(message_id, **appointment_args(german, appointment, viewer))
    if t.language != REFERENCE:
        text += "\n\n" + t(message_id, **appointment_args(t, appointment, viewer))
    return text
