"""/invite: staff and coaches create invitation links (role, group, coach) in the chat."""

from __future__ import annotations

import io
import logging
from datetime import timedelta

from bot import qr
from bot.services import invite_dialogue, invites
from bot.services.invite_dialogue import Ask, BadName, Made, NewGroup, Step
from handlers.turn import Turn, command, stale
from ui import invites as view

log = logging.getLogger(__name__)

DIALOGUE = invite_dialogue.DIALOGUE


def _ttl(turn: Turn) -> timedelta:
    return timedelta(days=turn.deps.settings.invite_ttl_days)


@command("invite")
async def cmd_invite(turn: Turn) -> None:
    assert turn.person is not None
    await _render(turn, await turn.call(invite_dialogue.begin, turn.person))


async def cb_role(turn: Turn) -> None:
    assert turn.person is not None and turn.button is not None
    role = turn.button.arg()
    await _pressed(
        turn, await turn.call(invite_dialogue.choose_role, turn.person, role, now=turn.now, ttl=_ttl(turn))
    )


async def cb_cohort(turn: Turn) -> None:
    assert turn.person is not None and turn.button is not None
    answer = turn.button.arg()
    if answer in (view.NEW_COHORT, view.OTHER_COHORT):  # the answer to "create this new group?"
        next_step = await turn.call(
            invite_dialogue.confirm_new_cohort,
            turn.person,
            answer == view.NEW_COHORT,
            now=turn.now,
            ttl=_ttl(turn),
        )
    else:
        next_step = await turn.call(
            invite_dialogue.choose_cohort, turn.person, turn.button.int_arg(), now=turn.now, ttl=_ttl(turn)
        )
    await _pressed(turn, next_step)


async def cb_coach(turn: Turn) -> None:
    assert turn.person is not None and turn.button is not None
    coach_id = turn.button.int_arg()
    await _pressed(
        turn,
        await turn.call(invite_dialogue.choose_coach, turn.person, coach_id, now=turn.now, ttl=_ttl(turn)),
    )


async def on_dialogue_text(turn: Turn, text: str) -> bool:
    """Typed text during the invite dialogue: a new group name. True if it was consumed."""
    if turn.person is None:
        return False
    named = await turn.call(invite_dialogue.name_cohort, turn.person, text, now=turn.now, ttl=_ttl(turn))
    if named is None:
        return False
    if named is BadName.BAD_NAME:
        await turn.reply(turn.t("invite-cohort-invalid"))
    elif isinstance(named, NewGroup):
        await turn.reply(*view.new_cohort_question(turn.t, named.name))
    else:
        await _render(turn, named)
    return True


async def _pressed(turn: Turn, next_step: Ask | Made | None) -> None:
    if next_step is None:
        await stale(turn)
        return
    await turn.answer()
    await turn.clear_buttons()
    await _render(turn, next_step)


async def _render(turn: Turn, next_step: Ask | Made) -> None:
    t = turn.t
    if isinstance(next_step, Made):
        await _created(turn, next_step)
    elif next_step.step is Step.ROLE:
        await turn.reply(t("invite-choose-role"), view.roles_keyboard(t))
    elif next_step.step is Step.COHORT:
        await turn.reply(t("invite-choose-cohort"), view.cohorts_keyboard(t, next_step.cohorts))
    else:
        await turn.reply(t("invite-choose-coach"), view.coaches_keyboard(t, next_step.coaches))


async def _created(turn: Turn, made: Made) -> None:
    assert turn.person is not None
    link = invites.deep_link(turn.context.bot.username, made.created.token)
    shown = view.created_view(turn.t, made, link, turn.person.timezone)
    await turn.reply(shown.text, shown.markup)
    bot, chat_id = turn.context.bot, turn.chat_id

    async def send_qr() -> None:
        try:
            await bot.send_photo(chat_id, photo=io.BytesIO(qr.png(link)), caption=shown.qr_caption)
        except Exception as exc:
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
        invite = await turn.call(invites.revoke_invite, invite_id, now=turn.now, actor=person)
    except invites.NotAllowedError:
        invite = None
    if invite is None:
        await stale(turn)
        return
    await turn.answer(turn.t("invite-revoked-ok"))
    await turn.clear_buttons()
    await turn.reply(turn.t("invite-revoked-ok"))
