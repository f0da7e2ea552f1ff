"""The coach's tools: /participants (a paged list), a participant's card, and notes."""

from __future__ import annotations

import logging
from functools import partial
from zoneinfo import ZoneInfo

from bot import charts
from bot.models import Role
from bot.services import caseload, participant_card
from bot.services.caseload import NoteOutcome
from bot.services.participant_card import ParticipantCard
from handlers import mentors
from handlers.pictures import send_picture
from handlers.turn import Turn, command, stale
from ui import coach as view

log = logging.getLogger(__name__)

NOTE = caseload.NOTE


# -- the list ------------------------------------------------------------------------------


@command("participants")
async def cmd_participants(turn: Turn) -> None:
    if turn.person is not None and turn.person.role is Role.MENTOR:
        await mentors.show_mentees(turn)  # her own short list (handlers/mentors.py)
        return
    await _show_page(turn, 0)


async def cb_page(turn: Turn) -> None:
    """Another page, or back from a card: the pressed message becomes that page."""
    assert turn.button is not None
    page = turn.button.int_arg()
    if page is None:
        await stale(turn)
        return
    await turn.answer()
    await _show_page(turn, page, edit=True)


async def _show_page(turn: Turn, page: int, *, edit: bool = False) -> None:
    viewer = turn.person
    assert viewer is not None
    found = await turn.call(caseload.list_page, viewer, page=page, now=turn.now)
    if not found.total:
        text, markup = turn.t("caseload-empty-staff" if viewer.role is Role.STAFF else "caseload-empty"), None
    else:
        text, markup = view.page_view(turn.t, found, viewer, turn.now)
    if edit:
        turn.edit(text, markup)
    else:
        await turn.reply(text, markup)


# -- the card --------------------------------------------------------------------------------


async def cb_card(turn: Turn) -> None:
    viewer = turn.person
    assert viewer is not None and turn.button is not None
    found = await turn.call(participant_card.card_for, viewer, turn.button.int_arg(), now=turn.now)
    if found is None:
        await stale(turn)
        return
    await turn.answer()
    if any(point is not None for point in found.mood):
        await _send_mood(turn, found)
    await turn.reply(
        view.card_text(turn.t, found, viewer, turn.now),
        view.card_keyboard(turn.t, found.id, staff=viewer.role is Role.STAFF),
    )


async def _send_mood(turn: Turn, found: ParticipantCard) -> None:
    """The mood trend as a picture, its faces as the caption; the caption alone as text
    where pictures cannot be drawn or sent."""
    assert turn.person is not None
    week = turn.now.astimezone(ZoneInfo(turn.person.timezone)).date()
    draw = partial(charts.mood_chart, found.mood, last_week=week, name=found.name)
    await send_picture(turn, draw, view.mood_caption(turn.t, found), what="a mood chart")


# -- notes -----------------------------------------------------------------------------------


async def cb_note(turn: Turn) -> None:
    viewer = turn.person
    assert viewer is not None and turn.button is not None
    name = await turn.call(caseload.start_note, viewer, turn.button.int_arg())
    if name is None:
        await stale(turn)
        return
    await turn.answer()
    await turn.reply(turn.t("caseload-note-ask", name=name, max=caseload.MAX_NOTE))


async def on_note_text(turn: Turn, text: str) -> bool:
    if turn.person is None:
        return False
    typed = await turn.call(caseload.note_text, turn.person, text, now=turn.now)
    if typed is None:
        return False
    t = turn.t
    if typed.outcome is NoteOutcome.GONE:
        await turn.reply(t("caseload-note-gone"))
    elif typed.outcome is NoteOutcome.TOO_LONG:
        await turn.reply(t("caseload-note-too-long", length=typed.length, max=caseload.MAX_NOTE))
    elif typed.outcome is NoteOutcome.EMPTY:
        await turn.reply(t("caseload-note-ask", name=typed.name, max=caseload.MAX_NOTE))
    else:
        await turn.reply(
            t("caseload-note-saved", name=typed.name), view.open_card_keyboard(t, typed.participant_id)
        )
    return True
