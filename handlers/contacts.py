"""/contacts: the programme's contact people by topic, for participants, coaches and staff.

The directory is content (content/contacts.yaml), read again whenever the file changes."""

from __future__ import annotations

import logging

from bot.contacts import Directory, book_for
from handlers.turn import Turn, command, stale
from ui import contacts as view

log = logging.getLogger(__name__)


def _directory(turn: Turn) -> Directory | None:
    try:
        return book_for(turn.deps.settings.content_dir).current()
    except ValueError as exc:
        log.error("no contacts to show: %s", exc)
        return None


@command("contacts")
async def cmd_contacts(turn: Turn) -> None:
    directory = _directory(turn)
    if directory is None:
        await turn.reply(turn.t.both("contacts-missing"))
        return
    await turn.reply(turn.t.both("contacts-title"), view.topics_keyboard(turn.t, directory))


async def cb_topic(turn: Turn) -> None:
    """A topic's people, or back to the topics: the pressed message changes in place."""
    assert turn.button is not None
    directory = _directory(turn)
    if directory is None:
        await turn.answer()
        turn.edit(turn.t.both("contacts-missing"))
        return
    choice = turn.button.arg()
    if choice == view.BACK:
        await turn.answer()
        turn.edit(turn.t.both("contacts-title"), view.topics_keyboard(turn.t, directory))
        return
    topic = directory.topic(choice)
    if topic is None:  # a topic taken out of the file since the list was shown
        await stale(turn)
        return
    await turn.answer()
    turn.edit(view.topic_text(turn.t, topic), view.back_keyboard(turn.t))
