"""/settings as people see it: what is set now, and a button to change each."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time

from telegram import InlineKeyboardMarkup

from bot.i18n import LANGUAGES, REFERENCE, RLM, Translator
from bot.models import Person
from bot.services.people import QuietHours
from ui import buttons
from ui.keyboards import button, quiet_hours_range


def overview(t: Translator, person: Person) -> str:
    """What is set now: German first, the person's language below, like every message."""
    german = _overview(Translator(t.catalogue, REFERENCE), person)
    if t.language == REFERENCE:
        return german
    return f"{german}\n\n{_overview(t, person)}"


def _overview(t: Translator, person: Person) -> str:
    not_set = t("settings-not-set")
    start, end = person.quiet_start, person.quiet_end
    quiet = quiet_hours_text(t, QuietHours(start, end) if start and end else None)
    practice = practice_time_text(t, person.practice_time) if person.practice_time else not_set
    return t(
        "settings-overview",
        language=LANGUAGES.get(person.language or "", not_set),
        quiet=quiet,
        practice=practice,
    )


def quiet_hours_text(t: Translator, choice: QuietHours | None) -> str:
    """ "22:00–07:00 Uhr", or "Keine Ruhezeit"."""
    return t("quiet-hours-none") if choice is None else quiet_hours_range(t, choice)


def practice_time_text(t: Translator, moment: time) -> str:
    return t("practice-time-value", time=moment.strftime("%H:%M"))


def chosen(t: Translator, render: Callable[[Translator], str]) -> str:
    """ "→ the chosen answer" under a pressed question: German, her language after a dot
    where it says more than the German ("→ 22:00–07:00 Uhr", not "· 22:00–07:00")."""
    german = render(Translator(t.catalogue, REFERENCE))
    own = render(t)
    if t.language == REFERENCE or _plain(own) in german:
        return f"→ {german}"
    return f"→ {german} · {own}"


def _plain(text: str) -> str:
    """Without the direction marks (Fluent isolates placeables, RTL lines begin with RLM)."""
    return text.replace(RLM, "").replace("\u2068", "").replace("\u2069", "")


def answered(t: Translator, question_id: str, render: Callable[[Translator], str]) -> str:
    """A question of joining or /settings once answered: the question as it was asked
    (German, her language below) and the answer instead of its buttons."""
    return f"{t.both(question_id)}\n\n{chosen(t, render)}"


def quiet_hours_answered(t: Translator, choice: QuietHours | None) -> str:
    return answered(t, "quiet-hours-question", lambda tr: quiet_hours_text(tr, choice))


def practice_time_answered(t: Translator, moment: time) -> str:
    return answered(t, "practice-time-question", lambda tr: practice_time_text(tr, moment))


def keyboard(t: Translator, *, practice: bool) -> InlineKeyboardMarkup:
    """Language and quiet hours for everyone; the practice time where there is practice."""
    choices = [("lang", "settings-change-language"), ("quiet", "settings-change-quiet")]
    if practice:
        choices.append(("practice", "settings-change-practice"))
    return InlineKeyboardMarkup([[button(t.label(label), buttons.SETTINGS, key)] for key, label in choices])
