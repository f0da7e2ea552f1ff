"""Invitations as staff and coaches see them: the dialogue's choices, the link with its expiry."""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo

from babel.dates import format_datetime
from telegram import InlineKeyboardMarkup

from bot.i18n import Translator
from bot.models import Cohort, Person, Role
from bot.services.invite_dialogue import Made
from ui import buttons, keyboards
from ui.keyboards import button


def roles_keyboard(t: Translator) -> InlineKeyboardMarkup:
    return keyboards.rows(
        [button(t(f"role-{role.value}"), buttons.INVITE_ROLE, role.value) for role in Role], width=1
    )


def cohorts_keyboard(t: Translator, cohorts: list[Cohort]) -> InlineKeyboardMarkup:
    choices = [button(cohort.name, buttons.INVITE_COHORT, cohort.id) for cohort in cohorts]
    choices.append(button(t("invite-no-cohort"), buttons.INVITE_COHORT, 0))
    return keyboards.rows(choices, width=2)


NEW_COHORT, OTHER_COHORT = "new", "other"


def new_cohort_question(t: Translator, name: str) -> tuple[str, InlineKeyboardMarkup]:
    """A typed name no group has: create it, or type another."""
    markup = keyboards.rows(
        [
            button(t("invite-cohort-create"), buttons.INVITE_COHORT, NEW_COHORT),
            button(t("invite-cohort-other"), buttons.INVITE_COHORT, OTHER_COHORT),
        ],
        width=1,
    )
    return t("invite-cohort-confirm", name=name), markup


def coaches_keyboard(t: Translator, coaches: list[Person]) -> InlineKeyboardMarkup:
    choices = [
        button(coach.display_name or f"#{coach.id}", buttons.INVITE_COACH, coach.id) for coach in coaches
    ]
    choices.append(button(t("invite-no-coach"), buttons.INVITE_COACH, 0))
    return keyboards.rows(choices, width=2)


@dataclass(frozen=True)
class InviteView:
    text: str
    markup: InlineKeyboardMarkup  # revoke
    qr_caption: str


def created_view(t: Translator, made: Made, link: str, timezone: str) -> InviteView:
    """The new link, whom it is for, until when (in the maker's time zone), and a revoke button."""
    expires = format_datetime(
        made.created.invite.expires_at.astimezone(ZoneInfo(timezone)), format="short", locale=t.language
    )
    text = t(
        "invite-created",
        role=t(f"role-{made.role.value}"),
        cohort=made.cohort_name or t("invite-no-cohort"),
        expires=expires,
        link=link,
    )
    revoke = InlineKeyboardMarkup(
        [[button(t("invite-revoke"), buttons.INVITE_REVOKE, made.created.invite.id)]]
    )
    return InviteView(text=text, markup=revoke, qr_caption=t("invite-qr-caption", expires=expires))
