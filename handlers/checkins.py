"""Check-ins in the chat, the "I need help" button, alerts for coaches, and relayed messages."""

from __future__ import annotations

import logging
from dataclasses import replace

from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import TelegramError

from bot.checkin_content import Question, QuestionKind
from bot.i18n import LANGUAGES
from bot.models import (
    Alert,
    AlertSource,
    Checkin,
    Person,
    Priority,
    RelayDirection,
    RelayMessage,
    Severity,
)
from bot.services import alerts, audit, caseload, checkins, outbox, relay
from bot.services.checkins import Value
from bot.services.flags import Reason
from bot.services.outbox import Planned
from bot.services.triage import triage_checkin
from handlers.turn import Turn, command, dialogue_state, stale
from ui import buttons
from ui.checkin_text import help_numbers

log = logging.getLogger(__name__)

DIALOGUE = "checkin"
HELP_TEXT = "help-text"
RELAY = "relay"  # a coach writes to a participant
RELAY_ANSWER = "relay-answer"  # a participant answers their coach


def _button(label: str, prefix: str, *args: object) -> InlineKeyboardButton:
    return InlineKeyboardButton(label, callback_data=buttons.encode(prefix, *args))


# -- check-ins ---------------------------------------------------------------------------


@command("checkin")
async def cmd_checkin(turn: Turn) -> None:
    person = turn.person
    assert person is not None
    checkin = await checkins.start_now(turn.session, person, now=turn.now)
    await checkins.cancel_offers(turn.session, checkin)
    await ask_next(turn, person, checkin, first=True)


async def ask_next(turn: Turn, person: Person, checkin: Checkin, *, first: bool = False) -> None:
    """Ask the next unanswered question, or finish the check-in."""
    questionnaire = checkins.questionnaire_of(turn.deps.checkins, checkin)
    answered = set(await checkins.answers_of(turn.session, checkin.id))
    following = checkins.next_question(questionnaire, answered)
    if following is None:
        await _finish(turn, person, checkin, answered)
        return
    index, question = following
    person.dialogue = {"name": DIALOGUE, "id": checkin.id, "q": index, "sel": []}
    if first:
        await turn.reply(turn.t.both(f"ci-intro-{questionnaire.id}"))
    total = len(questionnaire.questions)
    text = f"({index + 1}/{total})\n" + turn.t.both(question.message_id)
    if question.kind is QuestionKind.TEXT:
        text += "\n\n" + turn.t.both("ci-text-how")
    await turn.reply(text, _question_markup(turn, checkin.id, index, question, []))


def _question_markup(
    turn: Turn, checkin_id: int, index: int, question: Question, selected: list[str]
) -> InlineKeyboardMarkup:
    t = turn.t
    rows: list[list[InlineKeyboardButton]] = []
    if question.kind is QuestionKind.SCALE:
        rows.append(
            [
                _button(emoji, buttons.CHECKIN, "a", checkin_id, index, step)
                for step, emoji in enumerate(question.emoji, start=1)
            ]
        )
    elif question.kind is QuestionKind.CHOICE:
        rows += [
            [_button(t.label(question.option_id(o)), buttons.CHECKIN, "a", checkin_id, index, o)]
            for o in question.options
        ]
    elif question.kind is QuestionKind.SEVERAL:
        rows += [
            [
                _button(
                    ("☑️ " if o in selected else "▫️ ") + t.label(question.option_id(o)),
                    buttons.CHECKIN,
                    "a",
                    checkin_id,
                    index,
                    o,
                )
            ]
            for o in question.options
        ]
        done = "ci-done" if selected else "ci-none"
        rows.append([_button(t.label(done), buttons.CHECKIN, "done", checkin_id, index)])
    rows.append([_button(t.label("ci-skip"), buttons.CHECKIN, "skip", checkin_id, index)])
    return InlineKeyboardMarkup(rows)


async def _checked(turn: Turn) -> tuple[Person, Checkin, int, Question] | None:
    """The pressed button's check-in, if it is this person's, open, and at that question."""
    person, data = turn.person, turn.button
    if person is None or data is None:
        return None
    checkin_id, index = data.int_arg(1), data.int_arg(2)
    if checkin_id is None or index is None:
        return None
    checkin = await turn.session.get(Checkin, checkin_id)
    if (
        checkin is None
        or checkin.person_id != person.id
        or checkin.status not in checkins.OPEN
        or checkin.expires_at <= turn.now
    ):
        return None
    questionnaire = checkins.questionnaire_of(turn.deps.checkins, checkin)
    following = checkins.next_question(
        questionnaire, set(await checkins.answers_of(turn.session, checkin.id))
    )
    if data.arg(0) in ("go", "later"):
        return (person, checkin, -1, questionnaire.questions[0]) if following else None
    if following is None or following[0] != index:
        return None
    return person, checkin, index, following[1]


async def cb_checkin(turn: Turn) -> None:
    checked = await _checked(turn)
    action = turn.button.arg(0) if turn.button else None
    if checked is None:
        await stale(turn)
        return
    person, checkin, index, question = checked
    if action == "go":
        await turn.answer()
        await turn.clear_buttons()
        await checkins.cancel_offers(turn.session, checkin)
        await ask_next(turn, person, checkin, first=True)
    elif action == "later":
        await turn.answer()
        await turn.clear_buttons()
        await turn.reply(turn.t.both("ci-later"))
    elif action == "skip":
        await turn.answer()
        await turn.clear_buttons()
        await checkins.record_answer(turn.session, checkin, question, None, now=turn.now)
        await ask_next(turn, person, checkin)
    elif action == "a" and question.kind is QuestionKind.SEVERAL:
        await _toggle(turn, person, checkin, index, question)
    elif action == "a":
        value = Value.parse(question, turn.button.arg(3) or "") if turn.button else None
        if value is None:
            await stale(turn)
            return
        await turn.answer()
        await turn.clear_buttons()
        await checkins.record_answer(turn.session, checkin, question, value, now=turn.now)
        await ask_next(turn, person, checkin)
    elif action == "done" and question.kind is QuestionKind.SEVERAL:
        selected = [o for o in question.options if o in _selection(person, checkin, index)]
        await turn.answer()
        await turn.clear_buttons()
        await checkins.record_answer(
            turn.session, checkin, question, Value(choice=tuple(selected)), now=turn.now
        )
        await ask_next(turn, person, checkin)
    else:
        await stale(turn)


async def _toggle(turn: Turn, person: Person, checkin: Checkin, index: int, question: Question) -> None:
    option = turn.button.arg(3) if turn.button else None
    if option not in question.options:
        await stale(turn)
        return
    selected = _selection(person, checkin, index)
    selected = [o for o in selected if o != option] if option in selected else [*selected, option]
    person.dialogue = {"name": DIALOGUE, "id": checkin.id, "q": index, "sel": selected}
    await turn.answer()
    markup = _question_markup(turn, checkin.id, index, question, selected)
    query = turn.update.callback_query

    async def edit() -> None:
        if query is None:
            return
        try:
            await query.edit_message_reply_markup(markup)
        except TelegramError as exc:
            log.info("updating the check-in keyboard failed: %s", type(exc).__name__)

    turn.later(edit)


def _selection(person: Person, checkin: Checkin, index: int) -> list[str]:
    """The options ticked so far at this question; a selection kept for another check-in or
    question (or none, after /cancel) counts as nothing ticked."""
    state = dialogue_state(person, DIALOGUE) or {}
    if state.get("id") != checkin.id or state.get("q") != index:
        return []
    return [str(option) for option in state.get("sel", [])]


async def on_checkin_text(turn: Turn, text: str) -> bool:
    """Typed (or forwarded) text during a check-in: the answer to a free-text question."""
    person = turn.person
    state = dialogue_state(person, DIALOGUE) if person else None
    if person is None or state is None:
        return False
    checkin = await turn.session.get(Checkin, state.get("id"))
    if (
        checkin is None
        or checkin.person_id != person.id
        or checkin.status not in checkins.OPEN
        or checkin.expires_at <= turn.now  # expired, though the planner has not marked it yet
    ):
        person.dialogue = None
        return False
    questionnaire = checkins.questionnaire_of(turn.deps.checkins, checkin)
    following = checkins.next_question(
        questionnaire, set(await checkins.answers_of(turn.session, checkin.id))
    )
    if following is None:
        person.dialogue = None
        return False
    _, question = following
    if question.kind is not QuestionKind.TEXT:
        await turn.reply(turn.t.both("ci-tap"))
        return True
    text = text.strip()[: checkins.TEXT_LIMIT]
    if not text:
        await turn.reply(turn.t.both("ci-text-how"))
        return True
    value = Value(text=text, language=person.language or "de")
    await checkins.record_answer(turn.session, checkin, question, value, now=turn.now)
    await ask_next(turn, person, checkin)
    return True


async def _finish(turn: Turn, person: Person, checkin: Checkin, answered: set[str]) -> None:
    checkins.complete(checkin, now=turn.now)
    await checkins.cancel_offers(turn.session, checkin)
    person.dialogue = None
    answers = await checkins.answers_of(turn.session, checkin.id)
    contact = answers.get("contact")
    wants_contact = contact is not None and contact.choice == "yes"
    await turn.reply(turn.t.both("ci-thanks-contact" if wants_contact else "ci-thanks"))
    deps, checkin_id = turn.deps, checkin.id

    async def triage() -> None:
        try:
            await triage_checkin(deps, checkin_id)
        except Exception:  # the answers are saved; the triage job tries again within a minute
            log.exception("triage of check-in %s failed", checkin_id)

    turn.later(triage)


# -- "I need help" -----------------------------------------------------------------------


@command("sos")
async def cmd_sos(turn: Turn) -> None:
    person = turn.person
    assert person is not None
    t = turn.t
    if await alerts.recent_help_alert(turn.session, person.id, now=turn.now) is None:
        reason = Reason(rule="help_button", severity=Severity.URGENT, detail={})
        await alerts.raise_alert(
            turn.session, person, source=AlertSource.HELP_BUTTON, reasons=[reason], now=turn.now
        )
        await turn.reply(t.both("help-sent"))
    else:
        await turn.reply(t.both("help-sent-already"))
    markup = InlineKeyboardMarkup([[_button(t.label("help-write"), buttons.HELP, "write")]])
    await turn.reply(help_numbers(t, turn.deps.checkins.help_lines), markup)


async def cb_help(turn: Turn) -> None:
    person = turn.person
    assert person is not None and turn.button is not None
    if turn.button.arg() != "write":
        await stale(turn)
        return
    await turn.answer()
    await turn.clear_buttons()
    person.dialogue = {"name": HELP_TEXT}
    await turn.reply(turn.t.both("help-write-ask"))


async def on_text_to_coach(turn: Turn, text: str) -> bool:
    """The text a participant was asked for: what happened after "I need help", or their
    answer to a message from their coach. Both go to the coach the same way."""
    person = turn.person
    if person is None or not (dialogue_state(person, HELP_TEXT) or dialogue_state(person, RELAY_ANSWER)):
        return False
    person.dialogue = None
    await _to_coach(turn, person, text)
    return True


# -- alerts (coaches and staff) ------------------------------------------------------------


async def cb_alert_ack(turn: Turn) -> None:
    viewer = turn.person
    alert_id = turn.button.int_arg(0) if turn.button else None
    alert = await turn.session.get(Alert, alert_id) if alert_id is not None else None
    participant = await turn.session.get(Person, alert.participant_id) if alert is not None else None
    if viewer is None or alert is None or not alerts.may_handle(viewer, alert, participant):
        await stale(turn)
        return
    name = (participant.display_name if participant else None) or turn.t("someone")
    changed = await alerts.acknowledge(turn.session, alert, viewer, now=turn.now)
    await turn.answer(turn.t("alert-acknowledged-toast"))
    await turn.reply(turn.t("alert-acknowledged" if changed else "alert-acknowledged-before", name=name))
    if changed and alert.severity >= Severity.URGENT and participant is not None:
        await relay_seen_notice(turn, participant, alert)


async def relay_seen_notice(turn: Turn, participant: Person, alert: Alert) -> None:
    await outbox.enqueue(
        turn.session,
        Planned(
            recipient_id=participant.id,
            kind="alert.seen",
            due_at=turn.now,
            priority=Priority.INTERACTIVE,
            dedupe_key=f"alert:{alert.id}:seen",
            payload={"alert_id": alert.id},
            respect_quiet_hours=False,
        ),
        now=turn.now,
    )


# -- relayed messages ----------------------------------------------------------------------


async def visible(turn: Turn, participant_id: int | None) -> Person | None:
    """A participant the pressing coach (their own) or staff member (anyone) may write to."""
    if turn.person is None:
        return None
    return await caseload.visible_participant(turn.session, turn.person, participant_id)


async def cb_relay_start(turn: Turn) -> None:
    participant = await visible(turn, turn.button.int_arg(0) if turn.button else None)
    viewer = turn.person
    if participant is None or viewer is None:
        await stale(turn)
        return
    await turn.answer()
    viewer.dialogue = {"name": RELAY, "participant": participant.id}
    language = participant.language or "de"
    await turn.reply(
        turn.t(
            "relay-ask",
            name=participant.display_name or turn.t("someone"),
            language=LANGUAGES.get(language, language),
        )
    )


async def on_relay_text(turn: Turn, text: str) -> bool:
    viewer = turn.person
    state = dialogue_state(viewer, RELAY) if viewer else None
    if viewer is None or state is None:
        return False
    participant = await visible(turn, state.get("participant"))
    viewer.dialogue = None
    if participant is None:
        await turn.reply(turn.t("relay-gone"))
        return True
    text = text.strip()
    if len(text) > relay.MAX_CHARS:
        viewer.dialogue = state
        await turn.reply(turn.t("relay-too-long", limit=relay.MAX_CHARS))
        return True
    # Coaches are asked to write in German whatever language their menus are in.
    source, target = "de", participant.language or "de"
    translation = await turn.deps.mt.translate(text, source, target)
    await relay.send(
        turn.session,
        participant=participant,
        coach=viewer,
        direction=RelayDirection.TO_PARTICIPANT,
        text=text,
        source_language=source,
        target_language=target,
        translation=translation,
        now=turn.now,
    )
    name = participant.display_name or turn.t("someone")
    if translation is not None:
        await turn.reply(turn.t("relay-sent-translated", name=name) + "\n\n«" + translation.text + "»")
    elif source != target:
        await turn.reply(turn.t("relay-sent-untranslated", name=name))
    else:
        await turn.reply(turn.t("relay-sent", name=name))
    return True


async def cb_relay_answer(turn: Turn) -> None:
    person = turn.person
    message_id = turn.button.int_arg(0) if turn.button else None
    message = await turn.session.get(RelayMessage, message_id) if message_id is not None else None
    if (
        person is None
        or message is None
        or message.participant_id != person.id
        or message.direction is not RelayDirection.TO_PARTICIPANT
    ):
        await stale(turn)
        return
    await turn.answer()
    person.dialogue = {"name": RELAY_ANSWER}
    await turn.reply(turn.t.both("relay-answer-ask"))


async def _to_coach(turn: Turn, person: Person, text: str) -> None:
    """A participant's message to their coach, translated into German, checked for crisis."""
    text = text.strip()  # stored whole (Telegram caps a message at 4,096); the alert shows a part
    if not text:
        await turn.reply(turn.t.both("relay-answer-ask"))
        return
    source = person.language or "de"
    translation = await turn.deps.mt.translate(text, source, "de")
    coach = await turn.session.get(Person, person.coach_id) if person.coach_id else None
    message = await relay.send(
        turn.session,
        participant=person,
        coach=coach,
        direction=RelayDirection.TO_COACH,
        text=text,
        source_language=source,
        target_language="de",
        translation=translation,
        now=turn.now,
    )
    flags = turn.deps.flags
    reasons = flags.scan(text, source)
    if translation is not None:  # a hit there is the machine's wording: the coach is told so
        translated = flags.scan(translation.text, "de")
        reasons += [replace(r, detail={**r.detail, "via": "translation"}) for r in translated]
    crisis = [r for r in reasons if r.severity is Severity.CRISIS]
    if crisis:
        await alerts.raise_alert(
            turn.session,
            person,
            source=AlertSource.MESSAGE,
            reasons=crisis,
            now=turn.now,
            message_id=message.id,
        )
    await turn.reply(turn.t.both("relay-answer-sent"))


# -- staff on duty ---------------------------------------------------------------------------


@command("duty")
async def cmd_duty(turn: Turn) -> None:
    person = turn.person
    assert person is not None
    person.on_duty = not person.on_duty
    audit.record(turn.session, at=turn.now, action="staff.duty", actor=person, details={"on": person.on_duty})
    await turn.reply(turn.t("duty-on" if person.on_duty else "duty-off"))
