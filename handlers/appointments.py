"""/appointment (coaches and staff make one), /appointments (lists), and the answer buttons."""

from __future__ import annotations

import contextlib
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.appointment_text import appointment_args, kind_id, local_time
from bot.models import Appointment, AppointmentKind, Attendance, Person, Role
from bot.services import appointment_lists, appointments
from bot.services.appointments import AppointmentError
from bot.services.when import WhenError, parse_when
from handlers import buttons, keyboards
from handlers.turn import Turn, command, dialogue_state, stale

NEW = "appointment"
MOVE = "appointment_move"
REASON = "appointment_reason"


def _button(label: str, prefix: str, *args: object) -> InlineKeyboardButton:
    return InlineKeyboardButton(label, callback_data=buttons.encode(prefix, *args))


# -- making an appointment -------------------------------------------------------------


@command("appointment")
async def cmd_appointment(turn: Turn) -> None:
    person = turn.person
    assert person is not None
    participants = await appointment_lists.participants_of(turn.session, person)
    if not participants:
        await turn.reply(turn.t("apt-no-participants"))
        return
    person.dialogue = {"name": NEW, "step": "participant"}
    choices = [
        _button(p.display_name or f"#{p.id}", buttons.APPOINTMENT_NEW, "p", p.id) for p in participants
    ]
    await turn.reply(turn.t("apt-choose-participant"), keyboards.rows(choices, width=2))


async def cb_new(turn: Turn) -> None:
    person = turn.person
    assert person is not None and turn.button is not None
    action, value = turn.button.arg(0), turn.button.arg(1)
    state = dialogue_state(person, NEW)
    if state is None:
        await stale(turn)
        return
    step = state.get("step")
    if action == "p" and step == "participant":
        participant = await turn.session.get(Person, turn.button.int_arg(1) or 0)
        if (
            participant is None
            or not appointments.may_manage(person, participant)
            or participant.role is not Role.PARTICIPANT
        ):
            await stale(turn)
            return
        person.dialogue = {**state, "step": "when", "participant_id": participant.id}
        await _done_with_buttons(turn)
        await turn.reply(turn.t("apt-ask-when"))
    elif action == "k" and step == "kind" and value in {k.value for k in AppointmentKind}:
        person.dialogue = {**state, "step": "place", "kind": value}
        await _done_with_buttons(turn)
        await turn.reply(turn.t("apt-ask-place"), _skip(turn))
    elif action == "skip" and step in ("place", "note"):
        await _done_with_buttons(turn)
        await _after_text(turn, person, state, "")
    elif action == "save" and step == "confirm":
        await _done_with_buttons(turn)
        await _save(turn, person, state)
    elif action == "discard" and step == "confirm":
        person.dialogue = None
        await _done_with_buttons(turn)
        await turn.reply(turn.t("apt-discarded"))
    else:
        await stale(turn)


async def _done_with_buttons(turn: Turn) -> None:
    await turn.answer()
    await turn.clear_buttons()


def _skip(turn: Turn) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[_button(turn.t("apt-skip"), buttons.APPOINTMENT_NEW, "skip")]])


def _parse(turn: Turn, person: Person, text: str) -> datetime | None:
    try:
        return parse_when(text, now=turn.now, zone=ZoneInfo(person.timezone)).utc
    except WhenError:
        return None


async def _reply_when_problem(turn: Turn, person: Person, text: str) -> None:
    try:
        parse_when(text, now=turn.now, zone=ZoneInfo(person.timezone))
    except WhenError as error:
        await turn.reply(turn.t(f"when-{error.reason}"))


async def on_new_text(turn: Turn, text: str) -> bool:
    person = turn.person
    state = dialogue_state(person, NEW) if person else None
    if person is None or state is None:
        return False
    step = state.get("step")
    if step == "when":
        starts_at = _parse(turn, person, text)
        if starts_at is None:
            await _reply_when_problem(turn, person, text)
            return True
        person.dialogue = {**state, "step": "kind", "starts_at": starts_at.isoformat()}
        kinds = [
            _button(turn.t(kind_id(kind)), buttons.APPOINTMENT_NEW, "k", kind.value)
            for kind in AppointmentKind
        ]
        await turn.reply(turn.t("apt-choose-kind"), keyboards.rows(kinds, width=2))
        return True
    if step in ("place", "note"):
        await _after_text(turn, person, state, text)
        return True
    return False


async def _after_text(turn: Turn, person: Person, state: dict[str, Any], text: str) -> None:
    if state.get("step") == "place":
        person.dialogue = {**state, "step": "note", "place": text.strip()[:200]}
        await turn.reply(turn.t("apt-ask-note"), _skip(turn))
        return
    state = {**state, "step": "confirm", "note": text.strip()[:500]}
    person.dialogue = state
    participant = await turn.session.get(Person, state["participant_id"])
    assert participant is not None
    draft = Appointment(
        kind=AppointmentKind(state["kind"]),
        starts_at=datetime.fromisoformat(state["starts_at"]),
        place=state.get("place", ""),
    )
    confirm = InlineKeyboardMarkup(
        [
            [_button(turn.t("apt-save"), buttons.APPOINTMENT_NEW, "save")],
            [_button(turn.t("apt-discard"), buttons.APPOINTMENT_NEW, "discard")],
        ]
    )
    await turn.reply(
        turn.t(
            "apt-confirm", name=participant.display_name or "?", **appointment_args(turn.t, draft, person)
        ),
        confirm,
    )


async def _save(turn: Turn, person: Person, state: dict[str, Any]) -> None:
    person.dialogue = None
    participant = await turn.session.get(Person, state.get("participant_id"))
    if participant is None:
        await stale(turn)
        return
    kind = AppointmentKind(state["kind"])
    try:
        await appointments.create(
            turn.session,
            actor=person,
            participant=participant,
            kind=kind,
            starts_at=datetime.fromisoformat(state["starts_at"]),
            place=state.get("place", ""),
            note=state.get("note", ""),
            now=turn.now,
            reminders=turn.deps.settings.reminder_offsets(kind.value),
        )
    except AppointmentError as error:
        await turn.reply(
            turn.t(f"when-{error.problem.value}")
            if error.problem.value in ("past", "too-far")
            else turn.t("apt-not-yours")
        )
        return
    await turn.reply(turn.t("apt-saved", name=participant.display_name or "?"))


# -- lists and management ---------------------------------------------------------------


@command("appointments")
async def cmd_appointments(turn: Turn) -> None:
    person = turn.person
    assert person is not None
    upcoming = await appointment_lists.upcoming_for(turn.session, person, now=turn.now)
    if person.role is Role.PARTICIPANT:
        if not upcoming:
            await turn.reply(turn.t.both("apt-list-empty"))
            return
        lines = [turn.t("apt-list-title")]
        lines += [turn.t("apt-list-item", **appointment_args(turn.t, a, person)) for a in upcoming]
        await turn.reply("\n".join(lines))
        return
    names = await _names(turn, upcoming)
    if upcoming:
        lines = [turn.t("apt-list-title")]
        manage = []
        for appointment in upcoming:
            name = names.get(appointment.participant_id, "?")
            lines.append(
                turn.t(
                    "apt-list-item-coach",
                    name=name,
                    answer=_answer(turn, appointment),
                    **appointment_args(turn.t, appointment, person),
                )
            )
            short = _short(appointment, person)
            manage.append(
                [
                    _button(
                        turn.t("apt-move-button", name=name, short=short),
                        buttons.APPOINTMENT_MANAGE,
                        "move",
                        appointment.id,
                    ),
                    _button(
                        turn.t("apt-cancel-button", name=name, short=short),
                        buttons.APPOINTMENT_MANAGE,
                        "cancel",
                        appointment.id,
                    ),
                ]
            )
        await turn.reply("\n".join(lines), InlineKeyboardMarkup(manage[:10]))
    else:
        await turn.reply(turn.t("apt-list-empty"))
    past = await appointment_lists.awaiting_outcome(turn.session, person, now=turn.now)
    if past:
        past_names = await _names(turn, past)
        rows = []
        for appointment in past:
            name, short = past_names.get(appointment.participant_id, "?"), _short(appointment, person)
            rows.append(
                [
                    _button(
                        turn.t("apt-attended-button", name=name, short=short),
                        buttons.APPOINTMENT_MANAGE,
                        "attended",
                        appointment.id,
                    ),
                    _button(
                        turn.t("apt-missed-button", name=name, short=short),
                        buttons.APPOINTMENT_MANAGE,
                        "missed",
                        appointment.id,
                    ),
                ]
            )
        await turn.reply(turn.t("apt-past-title"), InlineKeyboardMarkup(rows))


def _short(appointment: Appointment, viewer: Person) -> str:
    return local_time(appointment.starts_at, viewer).strftime("%d.%m. %H:%M")


def _answer(turn: Turn, appointment: Appointment) -> str:
    if appointment.answer is Attendance.COMING:
        return turn.t("apt-answer-coming")
    if appointment.answer is Attendance.NOT_COMING:
        return turn.t("apt-answer-not-coming")
    return turn.t("apt-answer-none")


async def _names(turn: Turn, items: list[Appointment]) -> dict[int, str]:
    names = {}
    for appointment in items:
        participant = await turn.session.get(Person, appointment.participant_id)
        names[appointment.participant_id] = (participant.display_name if participant else None) or "?"
    return names


async def cb_manage(turn: Turn) -> None:
    person = turn.person
    assert person is not None and turn.button is not None
    action = turn.button.arg(0)
    appointment = await turn.session.get(Appointment, turn.button.int_arg(1) or 0)
    participant = await turn.session.get(Person, appointment.participant_id) if appointment else None
    if appointment is None or participant is None or not appointments.may_manage(person, participant):
        await stale(turn)
        return
    name = participant.display_name or "?"
    try:
        if action == "cancel":
            await appointments.cancel(turn.session, appointment, actor=person, now=turn.now)
            await _done_with_buttons(turn)
            await turn.reply(turn.t("apt-cancel-done", name=name))
        elif action == "move":
            appointments.check_open(appointment)
            person.dialogue = {"name": MOVE, "appointment_id": appointment.id}
            await _done_with_buttons(turn)
            await turn.reply(turn.t("apt-move-ask", name=name))
        elif action in ("attended", "missed"):
            await appointments.mark_outcome(
                turn.session, appointment, actor=person, attended=action == "attended", now=turn.now
            )
            await _done_with_buttons(turn)
            await turn.reply(turn.t("apt-outcome-saved"))
        else:
            await stale(turn)
    except AppointmentError:
        await stale(turn)


async def on_move_text(turn: Turn, text: str) -> bool:
    person = turn.person
    state = dialogue_state(person, MOVE) if person else None
    if person is None or state is None:
        return False
    starts_at = _parse(turn, person, text)
    if starts_at is None:
        await _reply_when_problem(turn, person, text)
        return True
    appointment = await turn.session.get(Appointment, state.get("appointment_id"))
    person.dialogue = None
    if appointment is None:
        await stale(turn)
        return True
    participant = await turn.session.get(Person, appointment.participant_id)
    try:
        await appointments.reschedule(
            turn.session,
            appointment,
            actor=person,
            starts_at=starts_at,
            now=turn.now,
            reminders=turn.deps.settings.reminder_offsets(appointment.kind.value),
        )
    except AppointmentError:
        await stale(turn)
        return True
    await turn.reply(turn.t("apt-move-done", name=(participant.display_name if participant else None) or "?"))
    return True


# -- the participant's answer -------------------------------------------------------------


async def cb_answer(turn: Turn) -> None:
    person = turn.person
    assert person is not None and turn.button is not None
    choice = turn.button.arg(0)
    appointment = await turn.session.get(Appointment, turn.button.int_arg(1) or 0)
    if (
        choice not in ("yes", "no")
        or appointment is None
        or appointment.participant_id != person.id
        or appointment.version != turn.button.int_arg(2)
    ):
        await stale(turn)
        return
    try:
        await appointments.answer(turn.session, appointment, person, coming=choice == "yes", now=turn.now)
    except AppointmentError:
        await turn.answer(turn.t("apt-closed"))
        await turn.clear_buttons()
        await turn.reply(turn.t.both("apt-closed"))
        return
    await _done_with_buttons(turn)
    if choice == "yes":
        await turn.reply(turn.t.both("apt-thanks-coming"))
        return
    person.dialogue = {"name": REASON, "appointment_id": appointment.id}
    skip = InlineKeyboardMarkup(
        [[_button(turn.t.label("apt-no-reason"), buttons.APPOINTMENT_REASON_SKIP, appointment.id)]]
    )
    await turn.reply(turn.t.both("apt-ask-reason"), skip)


async def cb_reason_skip(turn: Turn) -> None:
    person = turn.person
    assert person is not None
    if dialogue_state(person, REASON) is None:
        await stale(turn)
        return
    person.dialogue = None
    await _done_with_buttons(turn)
    await turn.reply(turn.t.both("apt-coach-told"))


async def on_reason_text(turn: Turn, text: str) -> bool:
    person = turn.person
    state = dialogue_state(person, REASON) if person else None
    if person is None or state is None:
        return False
    person.dialogue = None
    appointment = await turn.session.get(Appointment, state.get("appointment_id"))
    if appointment is not None:
        # If it changed meanwhile, the coach already knows they cannot come.
        with contextlib.suppress(AppointmentError):
            await appointments.give_reason(turn.session, appointment, person, reason=text, now=turn.now)
    await turn.reply(turn.t.both("apt-coach-told"))
    return True
