"""Mentors: her list of participants (name and upcoming appointments) and writing to one of them;
staff linking a mentor to a participant from the participant's card."""

from __future__ import annotations

from bot.i18n import Translator, pick_language
from bot.models import Role
from bot.services import dialogue, mentors, relay, visibility
from bot.services.mentors import LinkError
from bot.services.relay import Refused
from handlers.turn import Turn, stale
from ui import mentors as view
from ui import relay as relay_view

WRITE = "mentor-write"  # Person.dialogue: a mentor is typing a message to a participant


async def show_mentees(turn: Turn) -> None:
    """/participants for a mentor (handlers/coach.py hands it over)."""
    mentor = turn.person
    assert mentor is not None
    found = await turn.call(mentors.mentees, mentor, now=turn.now)
    text, markup = view.mentees_view(turn.t, found, mentor)
    await turn.reply(text, markup)


async def cb_write(turn: Turn) -> None:
    mentor = turn.person
    assert mentor is not None and turn.button is not None
    found = await turn.call(mentors.recipient, mentor, turn.button.int_arg(0))
    if found is None:
        await stale(turn)
        return
    await turn.answer()
    dialogue.begin(mentor, WRITE, participant=found.participant_id)
    translated = await turn.deps.mt.available(relay.COACH_LANGUAGE, found.language)
    await turn.reply(relay_view.coach_ask(turn.t, found, translated))


async def on_write_text(turn: Turn, text: str) -> bool:
    mentor = turn.person
    state = dialogue.state(mentor, WRITE) if mentor else None
    if mentor is None or state is None:
        return False
    draft = await turn.call(mentors.draft, mentor, state.get("participant"), text)
    if draft is Refused.TOO_LONG:  # the dialogue stays open for a shorter message
        await turn.reply(turn.t("relay-too-long", limit=relay.MAX_CHARS))
        return True
    dialogue.end(mentor)
    if draft is Refused.GONE:
        await turn.reply(turn.t("relay-gone"))
        return True
    # Translated with no transaction open (a model may take seconds), then recorded.
    turn.typing()
    translate = turn.deps.mt.translate(draft.text, draft.source_language, draft.target_language)
    translation = await turn.outside_transaction(translate)
    sent = await turn.call(mentors.send_draft, mentor, draft, translation, now=turn.now)
    if sent is None:
        await turn.reply(turn.t("relay-gone"))
        return True
    installed = translation is None and await turn.deps.mt.available(
        draft.source_language, draft.target_language
    )
    coach = await turn.call(mentors.coach_name, draft.recipient.participant_id)
    note = (
        turn.t("mentors-answer-goes-to-coach", name=coach) if coach else turn.t("mentors-answer-goes-to-team")
    )
    await turn.reply(relay_view.sent_text(turn.t, draft, translation, installed) + "\n\n" + note)
    return True


async def cb_link(turn: Turn) -> None:
    """mtl:<participant> offers the mentors; mtl:<participant>:<mentor> links, with :0 unlinks."""
    staff = turn.person
    assert staff is not None and turn.button is not None and staff.role is Role.STAFF
    participant_id, mentor_id = turn.button.int_arg(0), turn.button.int_arg(1)
    participant = await turn.call(visibility.visible_participant, staff, participant_id)
    if participant is None or (turn.button.arg(1) is not None and mentor_id is None):
        await stale(turn)
        return
    name = participant.display_name or turn.t("someone")
    if mentor_id is None:
        found = await turn.call(mentors.active_mentors)
        await turn.answer()
        if not found:
            await turn.reply(turn.t("mentors-none-yet"))
            return
        linked = {m.id for m in await turn.call(mentors.mentors_of, participant.id)}
        await turn.reply(
            turn.t("mentors-choose", name=name), view.mentors_keyboard(participant.id, found, linked)
        )
        return
    unlinking = turn.button.arg(2) == str(view.UNLINK)
    change = mentors.unlink if unlinking else mentors.link
    try:
        changed = await turn.call(change, mentor_id, participant.id, actor=staff, now=turn.now)
    except LinkError:
        await stale(turn)
        return
    await turn.answer()
    await turn.clear_buttons()
    await turn.reply(turn.t("mentors-unlinked" if unlinking else "mentors-linked", name=name))
    mentor = await turn.call(mentors.active_mentor, mentor_id)
    if changed and not unlinking and mentor is not None and mentor.chat_id is not None:
        told = Translator(turn.deps.catalogue, pick_language(turn.deps.catalogue, mentor.language, None))
        await turn.notify(mentor.chat_id, told("mentors-new-mentee", name=name), "a new mentee")
