"""/settings and /language."""

from __future__ import annotations

import json
from datetime import time

from harness import Harness
from seed import Cast, load


async def test_settings_overview_and_changes(harness: Harness, cast: Cast) -> None:
    replies = await harness.send(cast.participant, "/settings")
    assert replies[0].startswith("\u200f")  # Amina reads Arabic
    assert "21:00" in replies[0] and "18:00" in replies[0]
    assert harness.request.buttons(cast.participant.id) == ["set:lang", "set:quiet", "set:practice"]

    replies = await harness.press(cast.participant, "set:quiet")
    assert replies[0].startswith("Wann sollen wir Ihnen keine Nachrichten schicken?")
    replies = await harness.press(cast.participant, "quiet:2009")
    assert replies[0].startswith("Gespeichert.")
    await harness.press(cast.participant, "set:practice")
    await harness.press(cast.participant, "practice:2000")
    person = await load(harness, cast.participant_id)
    assert (person.quiet_start, person.quiet_end, person.practice_time) == (time(20), time(9), time(20))


async def test_coaches_have_no_practice_time(harness: Harness, cast: Cast) -> None:
    await harness.send(cast.coach, "/settings")
    assert harness.request.buttons(cast.coach.id) == ["set:lang", "set:quiet"]
    assert "gilt nicht mehr" in (await harness.press(cast.coach, "set:practice"))[0]


async def test_language_change_switches_messages_and_menu(harness: Harness, cast: Cast) -> None:
    await harness.send(cast.participant, "/language")
    replies = await harness.press(cast.participant, "lang:uk")
    assert replies == ["Ihre Sprache: Українська\n\nВаша мова: Українська"]
    assert (await load(harness, cast.participant_id)).language == "uk"
    menu = [p for name, p in harness.request.calls if name == "setMyCommands"][-1]
    commands = json.loads(menu["commands"]) if isinstance(menu["commands"], str) else menu["commands"]
    names = [c["command"] for c in commands]
    assert names == [
        "sos",
        "message",
        "help",
        "checkin",
        "practice",
        "appointments",
        "progress",
        "settings",
        "language",
        "level",
        "topics",
        "pause",
        "resume",
        "privacy",
        "export",
        "delete",
        "cancel",
    ]
    assert all(not c["description"].isascii() for c in commands)  # Ukrainian descriptions


def test_every_command_is_in_some_menu() -> None:
    from handlers.access import COMMANDS, Audience, menu_commands

    shown = {name for audience in Audience for name in menu_commands(audience)}
    assert shown | {"start"} == set(COMMANDS)
