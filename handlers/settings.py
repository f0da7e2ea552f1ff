"""/settings and /language: change language, quiet hours and practice time."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.i18n import LANGUAGES
from bot.models import Person, Role
from handlers.turn import Turn, command, stale
from ui import buttons, keyboards


@command("settings")
async def cmd_settings(turn: Turn) -> None:
    person = turn.person
    assert person is not None
    await turn.reply(_overview(turn, person), _settings_keyboard(turn, person))


@command("language")
async def cmd_language(turn: Turn) -> None:
    await turn.reply(turn.t.both("welcome"), keyboards.languages(turn.deps.catalogue.languages))


async def cb_settings(turn: Turn) -> None:
    person = turn.person
    assert person is not None and turn.button is not None
    what = turn.button.arg()
    if what == "lang":
        markup, question = keyboards.languages(turn.deps.catalogue.languages), "welcome"
    elif what == "quiet":
        markup, question = keyboards.quiet_hours(turn.t), "quiet-hours-question"
    elif what == "practice" and person.role is Role.PARTICIPANT:
        markup, question = keyboards.practice_time(turn.t), "practice-time-question"
    else:
        await stale(turn)
        return
    await turn.answer()
    await turn.reply(turn.t.both(question), markup)


def _overview(turn: Turn, person: Person) -> str:
    t = turn.t
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


def _settings_keyboard(turn: Turn, person: Person) -> InlineKeyboardMarkup:
    choices = [("lang", "settings-change-language"), ("quiet", "settings-change-quiet")]
    if person.role is Role.PARTICIPANT:
        choices.append(("practice", "settings-change-practice"))
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(turn.t.label(label), callback_data=buttons.encode(buttons.SETTINGS, key))]
            for key, label in choices
        ]
    )
