"""What /cohorts shows staff: the list of groups, a group's card, its check-in time, moving
people between groups, and reassigning a participant to another coach."""

from __future__ import annotations

from datetime import time

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.i18n import LANGUAGES, Translator, shorten
from bot.models import Person
from bot.services.cohorts import CohortSummary
from ui import buttons
from ui.keyboards import button, rows

# Actions under the one prefix buttons.COHORTS ("coh:<action>:<args>").
LIST = "ls"  # coh:ls
CARD = "c"  # coh:c:<cohort id>
NEW = "new"  # coh:new
RENAME = "rn"  # coh:rn:<cohort id>
ARCHIVE = "ar"  # coh:ar:<cohort id>
RESTORE = "ua"  # coh:ua:<cohort id>
DAY = "wd"  # coh:wd:<cohort id> (choose a weekday)
TIME = "at"  # coh:at:<cohort id>:<weekday> (choose a time)
SET = "st"  # coh:st:<cohort id>:<weekday>:<HHMM> | coh:st:<cohort id>:d (the default)
INVITE = "inv"  # coh:inv:<cohort id>
MEMBERS = "mv"  # coh:mv:<cohort id> (whom to move)
PICK = "mp"  # coh:mp:<participant id> (into which group)
MOVE = "mt"  # coh:mt:<participant id>:<cohort id, 0 = none>

# The check-in times offered, local time.
TIMES = (time(9), time(10), time(11), time(12), time(14), time(15), time(16), time(17), time(18))
DEFAULT = "d"
LABEL = 24  # a group's or a person's name on a button, with room for what follows it


def checkin_when(t: Translator, weekday: int | None, moment: time | None) -> str:
    if weekday is None or moment is None:
        return t("cohorts-checkin-default")
    return t("cohorts-checkin-at", date=t(f"cohorts-day-{weekday}"), time=moment.strftime("%H:%M"))


def list_view(t: Translator, cohorts: list[CohortSummary]) -> tuple[str, InlineKeyboardMarkup]:
    items = [
        button(
            t("cohorts-line-archived", name=shorten(c.name, LABEL))
            if c.archived
            else t("cohorts-line", name=shorten(c.name, LABEL), count=c.members),
            buttons.COHORTS,
            CARD,
            c.id,
        )
        for c in cohorts
    ]
    items.append(button(t("cohorts-new"), buttons.COHORTS, NEW))
    return t("cohorts-title" if cohorts else "cohorts-none"), rows(items, width=1)


def card_view(t: Translator, cohort: CohortSummary) -> tuple[str, InlineKeyboardMarkup]:
    text = t(
        "cohorts-card",
        name=cohort.name,
        count=cohort.members,
        when=checkin_when(t, cohort.checkin_weekday, cohort.checkin_time),
    )
    if cohort.languages:  # whom a check-in or an announcement to the group must reach
        mix = " · ".join(f"{LANGUAGES.get(code, code)} {count}" for code, count in cohort.languages)
        text += "\n" + t("cohorts-languages", mix=mix)
    back = button(t("cohorts-back"), buttons.COHORTS, LIST)
    if cohort.archived:
        text += "\n\n" + t("cohorts-card-archived")
        actions = [button(t("cohorts-restore"), buttons.COHORTS, RESTORE, cohort.id)]
    else:
        actions = [
            button(t("cohorts-invite"), buttons.COHORTS, INVITE, cohort.id),
            button(t("cohorts-move"), buttons.COHORTS, MEMBERS, cohort.id),
            button(t("cohorts-checkin"), buttons.COHORTS, DAY, cohort.id),
            button(t("cohorts-rename"), buttons.COHORTS, RENAME, cohort.id),
            button(t("cohorts-archive"), buttons.COHORTS, ARCHIVE, cohort.id),
        ]
    return text, rows([*actions, back], width=1)


def days_keyboard(t: Translator, cohort_id: int) -> InlineKeyboardMarkup:
    days = [button(t(f"cohorts-day-{day}"), buttons.COHORTS, TIME, cohort_id, day) for day in range(7)]
    return rows(
        [*days, button(t("cohorts-checkin-reset"), buttons.COHORTS, SET, cohort_id, DEFAULT)], width=1
    )


def times_keyboard(cohort_id: int, weekday: int) -> InlineKeyboardMarkup:
    return rows(
        [
            button(
                moment.strftime("%H:%M"), buttons.COHORTS, SET, cohort_id, weekday, moment.strftime("%H%M")
            )
            for moment in TIMES
        ],
        width=3,
    )


def members_keyboard(t: Translator, cohort_id: int, people: list[Person]) -> InlineKeyboardMarkup:
    items = [
        button(shorten(person.display_name or "?", 38), buttons.COHORTS, PICK, person.id) for person in people
    ]
    return rows([*items, button(t("cohorts-back"), buttons.COHORTS, CARD, cohort_id)], width=1)


def targets_keyboard(
    t: Translator, participant: Person, cohorts: list[CohortSummary]
) -> InlineKeyboardMarkup:
    items = [
        button(shorten(c.name, 38), buttons.COHORTS, MOVE, participant.id, c.id)
        for c in cohorts
        if not c.archived and c.id != participant.cohort_id
    ]
    if participant.cohort_id is not None:
        items.append(button(t("cohorts-no-cohort"), buttons.COHORTS, MOVE, participant.id, 0))
    return rows([*items, button(t("cohorts-back"), buttons.COHORTS, LIST)], width=1)


def coaches_keyboard(participant_id: int, coaches: list[Person]) -> InlineKeyboardMarkup:
    """Staff choose the participant's new coach (buttons.REASSIGN)."""
    items: list[InlineKeyboardButton] = [
        button(shorten(coach.display_name or "?", 38), buttons.REASSIGN, participant_id, coach.id)
        for coach in coaches
    ]
    return rows(items, width=1)
