"""/cohorts for staff: groups created, renamed, archived; a check-in time and an invitation link
(with QR code) per group; participants moved between groups. And reassigning a participant to
another coach, from her card (buttons.REASSIGN)."""

from __future__ import annotations

import io
import logging
from datetime import time, timedelta
from zoneinfo import ZoneInfo

from bot import qr
from bot.services import cohorts, dialogue, invites, reassign
from bot.services.cohorts import CohortError, CohortProblem
from handlers.turn import Turn, command, stale
from ui import cohorts as view

log = logging.getLogger(__name__)

NAMING = "cohort-name"  # Person.dialogue: a group's name is being typed (new, or a rename)


@command("cohorts")
async def cmd_cohorts(turn: Turn) -> None:
    text, markup = view.list_view(turn.t, await turn.call(cohorts.list_cohorts))
    await turn.reply(text, markup)


async def cb_cohorts(turn: Turn) -> None:
    assert turn.button is not None and turn.person is not None
    action, arg = turn.button.arg(0), turn.button.int_arg(1)
    handler = _ACTIONS.get(action or "")
    if handler is None:
        await stale(turn)
        return
    try:
        await handler(turn, arg)
    except CohortError as exc:
        if exc.problem is CohortProblem.ARCHIVED:
            await turn.answer()
            await turn.reply(turn.t("cohorts-link-archived"))
        else:
            await stale(turn)
    except invites.NotAllowedError:
        await stale(turn)


async def _list(turn: Turn, _: int | None) -> None:
    await turn.answer()
    text, markup = view.list_view(turn.t, await turn.call(cohorts.list_cohorts))
    turn.edit(text, markup)


async def _card(turn: Turn, cohort_id: int | None) -> None:
    found = await turn.call(cohorts.summary, cohort_id)
    if found is None:
        await stale(turn)
        return
    await turn.answer()
    turn.edit(*view.card_view(turn.t, found))


async def _new(turn: Turn, _: int | None) -> None:
    assert turn.person is not None
    dialogue.begin(turn.person, NAMING, cohort_id=None)
    await turn.answer()
    await turn.reply(turn.t("cohorts-ask-name"))


async def _rename(turn: Turn, cohort_id: int | None) -> None:
    assert turn.person is not None
    found = await turn.call(cohorts.summary, cohort_id)
    if found is None:
        await stale(turn)
        return
    dialogue.begin(turn.person, NAMING, cohort_id=found.id)
    await turn.answer()
    await turn.reply(turn.t("cohorts-ask-rename", name=found.name))


async def on_name_text(turn: Turn, text: str) -> bool:
    """The typed name of a new group, or a group's new name."""
    person = turn.person
    if person is None:
        return False
    state = dialogue.state(person, NAMING)
    if state is None:
        return False
    cohort_id = state.get("cohort_id")
    try:
        if cohort_id is None:
            made = await turn.call(cohorts.create, text, actor=person, now=turn.now)
            said = turn.t("cohorts-created", name=made.name)
        else:
            made = await turn.call(cohorts.rename, int(cohort_id), text, actor=person, now=turn.now)
            said = turn.t("cohorts-renamed", name=made.name)
    except CohortError as exc:
        if exc.problem is CohortProblem.NAME_TAKEN:
            await turn.reply(turn.t("cohorts-name-taken", name=cohorts.clean_name(text)))
        elif exc.problem is CohortProblem.NOT_FOUND:
            dialogue.end(person)
            await turn.reply(turn.t.both("button-stale"))
        else:
            await turn.reply(turn.t("cohorts-name-bad"))
        return True
    except invites.NotAllowedError:
        dialogue.end(person)
        await turn.reply(turn.t.both("not-allowed"))
        return True
    dialogue.end(person)
    found = await turn.call(cohorts.summary, made.id)
    assert found is not None
    await turn.reply(said)
    await turn.reply(*view.card_view(turn.t, found))
    return True


async def _archive(turn: Turn, cohort_id: int | None, *, archived: bool = True) -> None:
    assert turn.person is not None
    made = await turn.call(cohorts.archive, cohort_id, actor=turn.person, now=turn.now, archived=archived)
    await turn.answer(turn.t("cohorts-archived" if archived else "cohorts-restored", name=made.name))
    found = await turn.call(cohorts.summary, made.id)
    assert found is not None
    turn.edit(*view.card_view(turn.t, found))


async def _restore(turn: Turn, cohort_id: int | None) -> None:
    await _archive(turn, cohort_id, archived=False)


async def _day(turn: Turn, cohort_id: int | None) -> None:
    found = await turn.call(cohorts.summary, cohort_id)
    if found is None:
        await stale(turn)
        return
    await turn.answer()
    turn.edit(turn.t("cohorts-choose-day", name=found.name), view.days_keyboard(turn.t, found.id))


async def _time(turn: Turn, cohort_id: int | None) -> None:
    assert turn.button is not None
    found = await turn.call(cohorts.summary, cohort_id)
    weekday = turn.button.int_arg(2)
    if found is None or weekday is None or weekday > 6:
        await stale(turn)
        return
    await turn.answer()
    day = turn.t(f"cohorts-day-{weekday}")
    turn.edit(
        turn.t("cohorts-choose-time", name=found.name, date=day), view.times_keyboard(found.id, weekday)
    )


async def _set(turn: Turn, cohort_id: int | None) -> None:
    assert turn.button is not None and turn.person is not None
    weekday: int | None = None
    moment: time | None = None
    if turn.button.arg(2) != view.DEFAULT:
        weekday, hhmm = turn.button.int_arg(2), turn.button.arg(3) or ""
        offered = {m.strftime("%H%M"): m for m in view.TIMES}
        if weekday is None or weekday > 6 or hhmm not in offered:
            await stale(turn)
            return
        moment = offered[hhmm]
    made = await turn.call(
        cohorts.set_checkin_time, cohort_id, weekday, moment, actor=turn.person, now=turn.now
    )
    when = view.checkin_when(turn.t, weekday, moment)
    await turn.answer()
    turn.edit(turn.t("cohorts-checkin-saved", name=made.name, when=when))
    found = await turn.call(cohorts.summary, made.id)
    assert found is not None
    await turn.reply(*view.card_view(turn.t, found))


async def _invite(turn: Turn, cohort_id: int | None) -> None:
    assert turn.person is not None
    ttl = timedelta(days=turn.deps.settings.invite_ttl_days)
    cohort, created = await turn.call(
        cohorts.invite_link, cohort_id, actor=turn.person, now=turn.now, ttl=ttl
    )
    link = invites.deep_link(turn.context.bot.username, created.token)
    expires = created.invite.expires_at.astimezone(ZoneInfo(turn.person.timezone)).strftime("%d.%m.%Y")
    await turn.answer()
    await turn.reply(
        turn.t("cohorts-link", name=cohort.name, count=created.invite.max_uses, expires=expires, link=link)
    )
    bot, chat_id, caption = turn.context.bot, turn.chat_id, turn.t("cohorts-link-qr", name=cohort.name)

    async def send_qr() -> None:
        try:
            await bot.send_photo(chat_id, photo=io.BytesIO(qr.png(link)), caption=caption)
        except Exception as exc:  # the link above is enough; the picture is a convenience
            log.warning("sendPhoto of a cohort's QR code failed: %s", type(exc).__name__)

    turn.later(send_qr)


async def _members(turn: Turn, cohort_id: int | None) -> None:
    found = await turn.call(cohorts.summary, cohort_id)
    if found is None:
        await stale(turn)
        return
    people = await turn.call(cohorts.participants_of, found.id)
    await turn.answer()
    if not people:
        turn.edit(turn.t("cohorts-move-empty", name=found.name), view.card_view(turn.t, found)[1])
        return
    turn.edit(turn.t("cohorts-move-choose", name=found.name), view.members_keyboard(turn.t, found.id, people))


async def _pick(turn: Turn, participant_id: int | None) -> None:
    assert turn.person is not None
    found = await turn.call(reassign.choices, turn.person, participant_id)
    if found is None:
        await stale(turn)
        return
    participant, _ = found
    groups = await turn.call(cohorts.list_cohorts, include_archived=False)
    await turn.answer()
    turn.edit(
        turn.t("cohorts-move-target", name=participant.display_name or "?"),
        view.targets_keyboard(turn.t, participant, groups),
    )


async def _move(turn: Turn, participant_id: int | None) -> None:
    assert turn.button is not None and turn.person is not None
    target = turn.button.int_arg(2)
    if target is None:
        await stale(turn)
        return
    moved = await turn.call(cohorts.move, participant_id, target or None, actor=turn.person, now=turn.now)
    if moved is None:
        await stale(turn)
        return
    participant, cohort = moved
    name = participant.display_name or "?"
    await turn.answer()
    if cohort is None:
        turn.edit(turn.t("cohorts-moved-none", name=name))
    else:
        turn.edit(turn.t("cohorts-moved", name=name, cohort=cohort.name))


_ACTIONS = {
    view.LIST: _list,
    view.CARD: _card,
    view.NEW: _new,
    view.RENAME: _rename,
    view.ARCHIVE: _archive,
    view.RESTORE: _restore,
    view.DAY: _day,
    view.TIME: _time,
    view.SET: _set,
    view.INVITE: _invite,
    view.MEMBERS: _members,
    view.PICK: _pick,
    view.MOVE: _move,
}


# -- reassigning a participant to another coach ------------------------------------------------


async def cb_reassign(turn: Turn) -> None:
    """rsg:<participant> offers the coaches; rsg:<participant>:<coach> makes the change."""
    assert turn.button is not None and turn.person is not None
    participant_id, coach_id = turn.button.int_arg(0), turn.button.int_arg(1)
    if turn.button.arg(1) is None:
        found = await turn.call(reassign.choices, turn.person, participant_id)
        if found is None:
            await stale(turn)
            return
        participant, coaches = found
        await turn.answer()
        if not coaches:
            await turn.reply(turn.t("reassign-no-coaches"))
            return
        name = participant.display_name or "?"
        await turn.reply(
            turn.t("reassign-choose-coach", name=name), view.coaches_keyboard(participant.id, coaches)
        )
        return
    done = await turn.call(reassign.reassign, participant_id, coach_id, actor=turn.person, now=turn.now)
    if done is None:
        await stale(turn)
        return
    await turn.answer()
    key = "reassign-same" if done.same else "reassign-done"
    turn.edit(turn.t(key, name=done.name, coach=done.coach_name))
