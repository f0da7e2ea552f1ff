"""What a mentor sees (her participants, each with the next appointments) and what staff see
when linking a mentor to a participant."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup

from bot.i18n import Translator
from bot.models import AppointmentKind, Person
from bot.services.mentors import Mentee
from ui import buttons, keyboards
from ui.appointment_text import kind_id, local_time
from ui.keyboards import button

UNLINK = 0  # mtl:<participant>:<mentor>:0 takes a link away


def mentees_view(
    t: Translator, found: list[Mentee], viewer: Person
) -> tuple[str, InlineKeyboardMarkup | None]:
    """Names and upcoming appointments only; a button to write to each."""
    if not found:
        return t("mentors-empty"), None
    blocks = [t("mentors-list-title", count=len(found))]
    for mentee in found:
        name = mentee.name or t("someone")
        lines = [f"👤 {name}"]
        for upcoming in mentee.upcoming:
            when = t("apt-when", at=local_time(upcoming.starts_at, viewer))
            lines.append(f"   📅 {t(kind_id(AppointmentKind(upcoming.kind)))}, {when}")
        if not mentee.upcoming:
            lines.append("   " + t("mentors-no-appointments"))
        blocks.append("\n".join(lines))
    markup = keyboards.rows(
        [
            button(t("mentors-write", name=m.name or t("someone")), buttons.MENTOR_WRITE, m.participant_id)
            for m in found
        ],
        width=1,
    )
    return "\n\n".join(blocks), markup


def mentors_keyboard(participant_id: int, mentors: list[Person], linked: set[int]) -> InlineKeyboardMarkup:
    """Every active mentor; a linked one carries a tick and pressing it takes the link away."""
    items = []
    for mentor in mentors:
        name = mentor.display_name or f"#{mentor.id}"
        if mentor.id in linked:
            items.append(button(f"✓ {name}", buttons.MENTOR_LINK, participant_id, mentor.id, UNLINK))
        else:
            items.append(button(name, buttons.MENTOR_LINK, participant_id, mentor.id))
    return keyboards.rows(items, width=1)
