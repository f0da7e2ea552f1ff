"""/appointment (coaches and staff make one), /appointments (lists), and the answer buttons."""

from __future__ import annotations

import logging
from datetime import timedelta

from bot.models import Role
from bot.services import (
    appointment_answers,
    appointment_changes,
    appointment_draft,
    appointment_lists,
    dialogue,
    relay,
)
from bot.services.appointment_answers import Reply
from bot.services.appointment_changes import Change
from bot.services.appointment_draft import Asked, NotATime, Step
from bot.services.appointments import AppointmentProblem
from handlers import crisis
from handlers.turn import Turn, command, stale
from ui import appointments as view

NEW = appointment_draft.DIALOGUE
MOVE = appointment_changes.MOVE
REASON = appointment_answers.REASON

log = logging.getLogger(__name__)


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
    """apn:p:<participant> | apn:k:<kind> | apn:skip | apn:save | apn:discard. Each edits the
    pressed question in place: the answer stays in view, the next question below it."""
    person = turn.person
    assert person is not None and turn.button is not None
    action = turn.button.arg(0)
    if action == "save":
        await _save(turn)
        return
    asked: Asked | AppointmentProblem | None = None
    if action == "p":
        asked = await turn.call(appointment_draft.choose_participant, person, turn.button.int_arg(1))
    elif action == "k":
        asked = await turn.call(appointment_draft.choose_kind, person, turn.button.arg(1))
    elif action == "skip":
        asked = await turn.call(appointment_draft.skip, person)
    elif action == "discard":
        discarded = await turn.call(appointment_draft.discard, person)
        if isinstance(discarded, Asked):
            await turn.answer()
            turn.edit(view.discarded_view(turn.t, discarded, person), html=True, resend=True)
            return
        asked = discarded
    if isinstance(asked, AppointmentProblem):
        await _not_yours(turn)
        return
    if asked is None:
        await stale(turn)
        return
    await turn.answer()
    query = turn.update.callback_query
    if asked.step in (Step.PLACE, Step.NOTE) and query is not None and query.message is not None:
        dialogue.asked_in(person, query.message.message_id)  # its "skip" goes if she types
    t = turn.t
    if asked.step is Step.WHEN:
        turn.edit(view.when_view(t, asked), resend=True)
    elif asked.step is Step.PLACE:
        turn.edit(*view.place_view(t, asked), resend=True)
    elif asked.step is Step.NOTE:  # the place skipped
        turn.edit(*view.note_view_after_skipped_place(t, asked), resend=True)
    else:  # the note skipped: the question becomes the preview to confirm
        turn.edit(*view.confirm_view(t, asked, person), html=True, resend=True)


async def on_new_text(turn: Turn, text: str) -> bool:
    if turn.person is None:
        return False
    question = dialogue.question_message(turn.person)
    asked = await turn.call(appointment_draft.text, turn.person, text, now=turn.now)
    if asked is None:
        return False
    if isinstance(asked, NotATime):
        await turn.reply(turn.t(f"when-{asked.reason}"))
        return True
    if isinstance(asked, AppointmentProblem):
        await _not_yours(turn)
        return True
    if question is not None:  # answered by typing: its "skip" cannot be pressed any more
        turn.drop_buttons(question)
    await _ask(turn, asked)
    return True


async def _ask(turn: Turn, asked: Asked) -> None:
    """After typed text, the question of the step the draft has reached, as a new message
    (what was typed stands between)."""
    assert turn.person is not None
    t = turn.t
    if asked.step is Step.KIND:
        await turn.reply(t("apt-choose-kind"), view.kinds_keyboard(t))
    elif asked.step is Step.NOTE:
        keep = dialogue.remember_question  # a typed note takes its "skip" away
        turn.reply_kept(t("apt-ask-note"), view.skip_keyboard(t), keep, turn.person.id)
    elif asked.step is Step.CONFIRM:
        await turn.reply(*view.confirm_view(t, asked, turn.person), html=True)


async def _not_yours(turn: Turn) -> None:
    """The draft's participant is no longer the coach's to manage: the draft has ended."""
    await _done_with_buttons(turn)
    await turn.reply(turn.t("apt-not-yours"))


async def _save(turn: Turn) -> None:
    """The preview becomes the confirmation: the appointment and "✅ Gespeichert. …"."""
    assert turn.person is not None
    settings = turn.deps.settings
    saved = await turn.call(
        appointment_draft.save,
        turn.person,
        now=turn.now,
        reminders=settings.reminder_offsets,
        no_answer_before=settings.no_answer_before,
    )
    if saved is None:
        await stale(turn)
        return
    if saved in (AppointmentProblem.PAST, AppointmentProblem.TOO_FAR):
        await _done_with_buttons(turn)
        await turn.reply(turn.t(f"when-{saved.value}"))
        return
    if isinstance(saved, AppointmentProblem):
        await _not_yours(turn)
        return
    await turn.answer()
    turn.edit(view.saved_view(turn.t, saved, turn.person), html=True, resend=True)


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
        await turn.reply(*view.outcome_view(turn.t, agenda.awaiting_outcome, person))


async def cb_manage(turn: Turn) -> None:
    """apm:cancel|move|attended|missed:<appointment>, pressed under a list. The list is edited
    in place: drawn again as it is now, with what was done (or the question for the new
    time) below it."""
    person = turn.person
    assert person is not None and turn.button is not None
    try:
        what = Change(turn.button.arg(0) or "")
    except ValueError:
        await stale(turn)
        return
    changed = await turn.call(appointment_changes.change, person, turn.button.int_arg(1), what, now=turn.now)
    if changed is None:
        await stale(turn)
        return
    await turn.answer()
    t = turn.t
    agenda = await turn.call(appointment_lists.agenda, person, now=turn.now)
    if what in (Change.ATTENDED, Change.MISSED):
        said = "apptflow-marked-attended" if what is Change.ATTENDED else "apptflow-marked-missed"
        marked = t(said, name=changed.name)
        if not agenda.awaiting_outcome:
            turn.edit(marked, resend=True)
            return
        past, markup = view.outcome_view(t, agenda.awaiting_outcome, person)
        turn.edit(past + "\n\n" + marked, markup, resend=True)
        return
    listing, keyboard = view.coach_list(t, agenda, person) if agenda.upcoming else (t("apt-list-empty"), None)
    if what is Change.CANCEL:
        done = "apt-cancel-done" if changed.told else "truth-apt-cancel-done-untold"
        turn.edit(listing + "\n\n" + t(done, name=changed.name), keyboard, resend=True)
    else:  # the new time is typed next: no buttons meanwhile
        turn.edit(listing + "\n\n" + t("apt-move-ask", name=changed.name), resend=True)


async def on_move_text(turn: Turn, text: str) -> bool:
    if turn.person is None:
        return False
    settings = turn.deps.settings
    moved = await turn.call(
        appointment_changes.move_to,
        turn.person,
        text,
        now=turn.now,
        reminders=settings.reminder_offsets,
        no_answer_before=settings.no_answer_before,
    )
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
    turn.edit(view.reason_skipped(turn.t, has_coach=turn.person.coach_id is not None))


async def on_reason_text(turn: Turn, text: str) -> bool:
    """Her reason, in her language: translated into German (no transaction open while the
    model works), then passed on to the coach in one message; scanned for crisis words like
    every text she writes."""
    person = turn.person
    expires = timedelta(minutes=turn.deps.settings.reason_question_minutes)
    if person is None or not appointment_answers.awaits_reason(person, now=turn.now, expires=expires):
        return False  # no question open (or it lapsed): a message of its own, to her coach
    reason = text.strip()[: appointment_answers.REASON_MAX]
    translation = None
    source = relay.source_of(person, reason)  # she may write it in German
    if reason and source != relay.COACH_LANGUAGE:
        turn.typing()
        translate = turn.deps.mt.translate(reason, source, relay.COACH_LANGUAGE)
        translation = await turn.outside_transaction(translate)
    given = await turn.call(
        appointment_answers.give_reason, turn.deps.flags, person, reason, translation, now=turn.now
    )
    if given is None:
        return False
    if given.alert_id is not None:  # words of a crisis: the 24/7 numbers first and alone
        await crisis.show_numbers(turn, [given.alert_id])
    await turn.reply(view.coach_told(turn.t, has_coach=person.coach_id is not None))
    return True
