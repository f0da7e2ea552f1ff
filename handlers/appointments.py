"""/appointment (coaches and staff make one), /appointments (lists), and the answer buttons."""

from __future__ import annotations

from bot.models import Role
from bot.services import appointment_answers, appointment_changes, appointment_draft, appointment_lists, relay
from bot.services.appointment_answers import Reply
from bot.services.appointment_changes import Change
from bot.services.appointment_draft import Asked, NotATime, Step
from bot.services.appointments import AppointmentProblem
from handlers.turn import Turn, command, stale
from ui import appointments as view

NEW = appointment_draft.DIALOGUE
MOVE = appointment_changes.MOVE
REASON = appointment_answers.REASON


async def _done_with_buttons(turn: Turn) -> None:
    await turn.answer()
    await turn.clear_buttons()


# -- making an appointment -------------------------------------------------------------


@command("appointment")
async def cmd_appointment(turn: Turn) -> None:
    assert turn.person is not None
    participants = await turn.call(appointment_draft.start, turn.person)
    if not participants:
        await turn.reply(turn.t("apt-no-participants"))
        return
    await turn.reply(turn.t("apt-choose-participant"), view.participants_keyboard(participants))


async def cb_new(turn: Turn) -> None:
    """apn:p:<participant> | apn:k:<kind> | apn:skip | apn:save | apn:discard"""
    person = turn.person
    assert person is not None and turn.button is not None
    action = turn.button.arg(0)
    asked: Asked | None = None
    if action == "p":
        asked = await turn.call(appointment_draft.choose_participant, person, turn.button.int_arg(1))
    elif action == "k":
        asked = appointment_draft.choose_kind(person, turn.button.arg(1))
    elif action == "skip":
        asked = await turn.call(appointment_draft.skip, person)
    elif action == "save":
        await _save(turn)
        return
    elif action == "discard" and appointment_draft.discard(person):
        await _done_with_buttons(turn)
        await turn.reply(turn.t("apt-discarded"))
        return
    if asked is None:
        await stale(turn)
        return
    await _done_with_buttons(turn)
    await _ask(turn, asked)


async def on_new_text(turn: Turn, text: str) -> bool:
    if turn.person is None:
        return False
    asked = await turn.call(appointment_draft.text, turn.person, text, now=turn.now)
    if asked is None:
        return False
    if isinstance(asked, NotATime):
        await turn.reply(turn.t(f"when-{asked.reason}"))
    else:
        await _ask(turn, asked)
    return True


async def _ask(turn: Turn, asked: Asked) -> None:
    """The question of the step the draft has reached."""
    assert turn.person is not None
    t = turn.t
    if asked.step is Step.WHEN:
        await turn.reply(t("apt-ask-when"))
    elif asked.step is Step.KIND:
        await turn.reply(t("apt-choose-kind"), view.kinds_keyboard(t))
    elif asked.step is Step.PLACE:
        await turn.reply(t("apt-ask-place"), view.skip_keyboard(t))
    elif asked.step is Step.NOTE:
        await turn.reply(t("apt-ask-note"), view.skip_keyboard(t))
    elif asked.step is Step.CONFIRM:
        await turn.reply(*view.confirm_view(t, asked, turn.person), html=True)


async def _save(turn: Turn) -> None:
    assert turn.person is not None
    reminders = turn.deps.settings.reminder_offsets
    saved = await turn.call(appointment_draft.save, turn.person, now=turn.now, reminders=reminders)
    if saved is None:
        await stale(turn)
        return
    await _done_with_buttons(turn)
    if isinstance(saved, AppointmentProblem):
        past_or_far = saved in (AppointmentProblem.PAST, AppointmentProblem.TOO_FAR)
        await turn.reply(turn.t(f"when-{saved.value}") if past_or_far else turn.t("apt-not-yours"))
        return
    await turn.reply(turn.t("apt-saved", name=saved.name))


# -- lists and management ---------------------------------------------------------------


@command("appointments")
async def cmd_appointments(turn: Turn) -> None:
    person = turn.person
    assert person is not None
    agenda = await turn.call(appointment_lists.agenda, person, now=turn.now)
    if person.role is Role.PARTICIPANT:
        if not agenda.upcoming:
            await turn.reply(turn.t.both("apt-list-empty"))
        else:
            await turn.reply(view.participant_list(turn.t, agenda, person), html=True)
        return
    if agenda.upcoming:
        await turn.reply(*view.coach_list(turn.t, agenda, person))
    else:
        await turn.reply(turn.t("apt-list-empty"))
    if agenda.awaiting_outcome:
        await turn.reply(
            turn.t("apt-past-title"), view.outcome_keyboard(turn.t, agenda.awaiting_outcome, person)
        )


async def cb_manage(turn: Turn) -> None:
    """apm:cancel|move|attended|missed:<appointment>"""
    assert turn.person is not None and turn.button is not None
    try:
        what = Change(turn.button.arg(0) or "")
    except ValueError:
        await stale(turn)
        return
    changed = await turn.call(
        appointment_changes.change, turn.person, turn.button.int_arg(1), what, now=turn.now
    )
    if changed is None:
        await stale(turn)
        return
    await _done_with_buttons(turn)
    if what is Change.CANCEL:
        await turn.reply(turn.t("apt-cancel-done", name=changed.name))
    elif what is Change.MOVE:
        await turn.reply(turn.t("apt-move-ask", name=changed.name))
    else:
        await turn.reply(turn.t("apt-outcome-saved"))


async def on_move_text(turn: Turn, text: str) -> bool:
    if turn.person is None:
        return False
    reminders = turn.deps.settings.reminder_offsets
    moved = await turn.call(appointment_changes.move_to, turn.person, text, now=turn.now, reminders=reminders)
    if moved is None:
        return False
    if isinstance(moved, NotATime):
        await turn.reply(turn.t(f"when-{moved.reason}"))
    elif not moved.done:
        await stale(turn)
    else:
        await turn.reply(turn.t("apt-move-done", name=moved.name))
    return True


# -- the participant's answer -------------------------------------------------------------


async def cb_answer(turn: Turn) -> None:
    """apa:yes|no|change:<appointment>:<version>. The question stays in the chat with her
    answer ("✅ Ich komme") and a button to change it until the appointment starts."""
    person = turn.person
    assert person is not None and turn.button is not None
    choice, appointment_id, version = turn.button.arg(0), turn.button.int_arg(1), turn.button.int_arg(2)
    if choice == "change":
        replied = await turn.call(appointment_answers.reopen, person, appointment_id, version, now=turn.now)
    elif choice in ("yes", "no"):
        replied = await turn.call(
            appointment_answers.reply, person, appointment_id, version, coming=choice == "yes", now=turn.now
        )
    else:
        await stale(turn)
        return
    appointment = replied.appointment
    if replied.reply is Reply.STALE or appointment is None:
        await stale(turn)
        return
    if replied.reply in (Reply.CLOSED, Reply.STARTED):
        said = "apt-started" if replied.reply is Reply.STARTED else "apt-closed"
        await turn.answer(turn.t(said))
        await turn.clear_buttons()
        await turn.reply(turn.t.both(said))
        return
    if replied.reply is Reply.REOPENED:
        await turn.answer()
        turn.edit(*view.question_view(turn.t, appointment, person), html=True)
        return
    if replied.reply is Reply.COMING:
        await turn.answer(turn.t("apt-thanks-coming"))
    else:
        await turn.answer()
    turn.edit(*view.answered_view(turn.t, appointment, person), html=True)
    if replied.reply is Reply.NOT_COMING:
        await turn.reply(turn.t.both("apt-ask-reason"), view.no_reason_keyboard(turn.t, appointment.id))


async def cb_reason_skip(turn: Turn) -> None:
    assert turn.person is not None
    if not await turn.call(appointment_answers.skip_reason, turn.person, now=turn.now):
        await stale(turn)
        return
    await turn.answer()
    turn.edit(view.reason_skipped(turn.t))


async def on_reason_text(turn: Turn, text: str) -> bool:
    """Her reason, in her language: translated into German (no transaction open while the
    model works), then passed on to the coach in one message."""
    person = turn.person
    if person is None or not appointment_answers.awaits_reason(person):
        return False
    reason = text.strip()[: appointment_answers.REASON_MAX]
    translation = None
    if reason and relay.language_of(person) != relay.COACH_LANGUAGE:
        turn.typing()
        translate = turn.deps.mt.translate(reason, relay.language_of(person), relay.COACH_LANGUAGE)
        translation = await turn.outside_transaction(translate)
    if not await turn.call(appointment_answers.give_reason, person, reason, translation, now=turn.now):
        return False
    await turn.reply(turn.t.both("apt-coach-told"))
    return True
