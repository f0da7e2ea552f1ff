"""/invite: staff and coaches create invitation links (role, group, coach) in the chat."""

from __future__ import annotations

import io
import logging
from datetime import timedelta
from zoneinfo import ZoneInfo

from babel.dates import format_datetime
from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import TelegramError

from bot import qr
from bot.models import Cohort, Person, PersonStatus, Role
from bot.services import invites, people
from handlers.turn import Turn, command, dialogue_state, stale
from ui import buttons, keyboards

log = logging.getLogger(__name__)

DIALOGUE = "invite"


@command("invite")
async def cmd_invite(turn: Turn) -> None:
    person = turn.person
    assert person is not None
    if person.role is Role.COACH:
        await _ask_cohort(turn, person, Role.PARTICIPANT)
        return
    person.dialogue = {"name": DIALOGUE, "step": "role"}
    choices = [
        InlineKeyboardButton(
            turn.t(f"role-{role.value}"),
            callback_data=buttons.encode(buttons.INVITE_ROLE, role.value),
        )
        for role in Role
    ]
    await turn.reply(turn.t("invite-choose-role"), keyboards.rows(choices, width=1))


async def cb_role(turn: Turn) -> None:
    person = turn.person
    assert person is not None and turn.button is not None
    role_value = turn.button.arg()
    if dialogue_state(person, DIALOGUE, "role") is None or role_value not in {r.value for r in Role}:
        await stale(turn)
        return
    role = Role(role_value)
    if not invites.may_invite(person, role):
        await stale(turn)
        return
    await turn.answer()
    await turn.clear_buttons()
    if role is Role.PARTICIPANT:
        await _ask_cohort(turn, person, role)
    else:
        await _create(turn, person, role, cohort=None, coach=None)


async def _ask_cohort(turn: Turn, person: Person, role: Role) -> None:
    person.dialogue = {"name": DIALOGUE, "step": "cohort", "role": role.value}
    cohorts = await invites.recent_cohorts(turn.session)
    choices = [
        InlineKeyboardButton(cohort.name, callback_data=buttons.encode(buttons.INVITE_COHORT, cohort.id))
        for cohort in cohorts
    ]
    choices.append(
        InlineKeyboardButton(
            turn.t("invite-no-cohort"), callback_data=buttons.encode(buttons.INVITE_COHORT, 0)
        )
    )
    await turn.reply(turn.t("invite-choose-cohort"), keyboards.rows(choices, width=2))


async def cb_cohort(turn: Turn) -> None:
    person = turn.person
    assert person is not None and turn.button is not None
    state = dialogue_state(person, DIALOGUE, "cohort")
    cohort_id = turn.button.int_arg()
    cohort = await turn.session.get(Cohort, cohort_id) if cohort_id else None
    if state is None or cohort_id is None or (cohort_id and cohort is None):
        await stale(turn)
        return
    await turn.answer()
    await turn.clear_buttons()
    await _after_cohort(turn, person, cohort)


async def on_dialogue_text(turn: Turn, text: str) -> bool:
    """Typed text during the invite dialogue: a new group name. True if it was consumed."""
    person = turn.person
    if person is None or dialogue_state(person, DIALOGUE, "cohort") is None:
        return False
    try:
        cohort = await invites.get_or_create_cohort(turn.session, text, now=turn.now)
    except ValueError:
        await turn.reply(turn.t("invite-cohort-invalid"))
        return True
    await _after_cohort(turn, person, cohort)
    return True


async def _after_cohort(turn: Turn, person: Person, cohort: Cohort | None) -> None:
    if person.role is Role.COACH:
        await _create(turn, person, Role.PARTICIPANT, cohort=cohort, coach=person)
        return
    person.dialogue = {
        "name": DIALOGUE,
        "step": "coach",
        "role": Role.PARTICIPANT.value,
        "cohort_id": cohort.id if cohort else None,
    }
    coaches = await people.people_of_role(turn.session, Role.COACH)
    choices = [
        InlineKeyboardButton(
            coach.display_name or f"#{coach.id}",
            callback_data=buttons.encode(buttons.INVITE_COACH, coach.id),
        )
        for coach in coaches[:20]
    ]
    choices.append(
        InlineKeyboardButton(turn.t("invite-no-coach"), callback_data=buttons.encode(buttons.INVITE_COACH, 0))
    )
    await turn.reply(turn.t("invite-choose-coach"), keyboards.rows(choices, width=2))


async def cb_coach(turn: Turn) -> None:
    person = turn.person
    assert person is not None and turn.button is not None
    state = dialogue_state(person, DIALOGUE, "coach")
    coach_id = turn.button.int_arg()
    coach = await turn.session.get(Person, coach_id) if coach_id else None
    valid_coach = coach_id == 0 or (
        coach is not None and coach.role is Role.COACH and coach.status is PersonStatus.ACTIVE
    )
    if state is None or coach_id is None or not valid_coach:
        await stale(turn)
        return
    cohort_id = state.get("cohort_id")
    cohort = await turn.session.get(Cohort, cohort_id) if isinstance(cohort_id, int) else None
    await turn.answer()
    await turn.clear_buttons()
    await _create(turn, person, Role.PARTICIPANT, cohort=cohort, coach=coach)


async def _create(
    turn: Turn, person: Person, role: Role, *, cohort: Cohort | None, coach: Person | None
) -> None:
    person.dialogue = None
    created = await invites.create_invite(
        turn.session,
        now=turn.now,
        role=role,
        actor=person,
        ttl=timedelta(days=turn.deps.settings.invite_ttl_days),
        cohort=cohort,
        coach=coach,
    )
    link = invites.deep_link(turn.context.bot.username, created.token)
    expires = format_datetime(
        created.invite.expires_at.astimezone(ZoneInfo(person.timezone)),
        format="short",
        locale=turn.t.language,
    )
    revoke = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    turn.t("invite-revoke"),
                    callback_data=buttons.encode(buttons.INVITE_REVOKE, created.invite.id),
                )
            ]
        ]
    )
    await turn.reply(
        turn.t(
            "invite-created",
            role=turn.t(f"role-{role.value}"),
            cohort=cohort.name if cohort else turn.t("invite-no-cohort"),
            expires=expires,
            link=link,
        ),
        revoke,
    )
    bot, chat_id, caption = turn.context.bot, turn.chat_id, turn.t("invite-qr-caption", expires=expires)

    async def send_qr() -> None:
        try:
            await bot.send_photo(chat_id, photo=io.BytesIO(qr.png(link)), caption=caption)
        except TelegramError as exc:
            # The link above is enough; the picture is a convenience.
            log.warning("sendPhoto of an invite QR code failed: %s", type(exc).__name__)

    turn.later(send_qr)


async def cb_revoke(turn: Turn) -> None:
    person = turn.person
    assert person is not None and turn.button is not None
    invite_id = turn.button.int_arg()
    if invite_id is None:
        await stale(turn)
        return
    try:
        invite = await invites.revoke_invite(turn.session, invite_id, now=turn.now, actor=person)
    except invites.NotAllowedError:
        invite = None
    if invite is None:
        await stale(turn)
        return
    await turn.answer(turn.t("invite-revoked-ok"))
    await turn.clear_buttons()
    await turn.reply(turn.t("invite-revoked-ok"))
