"""/settings as people see it: what is set now, and a button to change each."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup

from bot.i18n import LANGUAGES, REFERENCE, Translator
from bot.models import Person
from ui import buttons
from ui.keyboards import button


def overview(t: Translator, person: Person) -> str:
    """What is set now: German first, the person's language below, like every message."""
    german = _overview(Translator(t.catalogue, REFERENCE), person)
    if t.language == REFERENCE:
        return german
    return f"{german}\n\n{_overview(t, person)}"


def _overview(t: Translator, person: Person) -> str:
    not_set = t("settings-not-set")
    quiet = (
        t(
            "quiet-hours-range",
            start=person.quiet_start.strftime("%H:%M"),
            end=person.quiet_end.strftime("%H:%M"),
        )
        if person.quiet_start and person.quiet_end
        else t("quiet-hours-none")
    )
    practice = (
        t("practice-time-value", time=person.practice_time.strftime("%H:%M"))
        if person.practice_time
        else not_set
    )
    return t(
        "settings-overview",
        language=LANGUAGES.get(person.language or "", not_set),
        quiet=quiet,
        practice=practice,
    )


def keyboard(t: Translator, *, practice: bool) -> InlineKeyboardMarkup:
    """Language and quiet hours for everyone; the practice time where there is practice."""
    choices = [("lang", "settings-change-language"), ("quiet", "settings-change-quiet")]
    if practice:
        choices.append(("practice", "settings-change-practice"))
    return InlineKeyboardMarkup([[button(t.label(label), buttons.SETTINGS, key)] for key, label in choices])
