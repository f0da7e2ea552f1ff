"""/settings and /language."""

from __future__ import annotations

import json
from datetime import time

from harness import Harness
from seed import Cast, load


async def test_settings_overview_and_changes(harness: Harness, cast: Cast) -> None:
    replies = await harness.send(cast.participant, "/settings")
    german, arabic = replies[0].split("\n\n")  # German first, Amina's Arabic below
    assert german == "Ihre Einstellungen:\nSprache: العربية\nRuhezeit: 21:00–08:00 Uhr\nÜbungszeit: 18:00 Uhr"
    assert arabic.startswith("\u200f") and "21:00" in arabic and "18:00" in arabic
    assert harness.request.buttons(cast.participant.id) == ["set:lang", "set:quiet", "set:practice"]

    replies = await harness.press(cast.participant, "set:quiet")
    assert replies[0].startswith("Wann sollen wir Ihnen keine Nachrichten schicken?")
    replies = await harness.press(cast.participant, "quiet:2009")
    assert replies[0].startswith("Gespeichert.")
    await harness.press(cast.participant, "set:practice")
    # 08:00 and 20:00 lie in the quiet hours 20:00-09:00: not offered.
    assert harness.request.buttons(cast.participant.id) == ["practice:1200", "practice:1800"]
    await harness.press(cast.participant, "practice:1200")
    person = await load(harness, cast.participant_id)
    assert (person.quiet_start, person.quiet_end, person.practice_time) == (time(20), time(9), time(12))


async def test_a_practice_time_inside_quiet_hours_is_refused(harness: Harness, cast: Cast) -> None:
    await harness.press(cast.participant, "quiet:2009")
    replies = await harness.press(cast.participant, "practice:2000")  # an old or forged button
    assert replies[0].startswith("Diese Zeit liegt in Ihrer Ruhezeit.")
    assert harness.request.buttons(cast.participant.id) == ["practice:1200", "practice:1800"]
    assert (await load(harness, cast.participant_id)).practice_time == time(18)


async def test_quiet_hours_over_the_practice_time_ask_for_a_new_time(harness: Harness, cast: Cast) -> None:
    await harness.press(cast.participant, "practice:2000")  # outside 21:00-08:00
    assert (await load(harness, cast.participant_id)).practice_time == time(20)
    replies = await harness.press(cast.participant, "quiet:2009")
    assert replies[0].startswith("Ihre Übungszeit liegt jetzt in Ihrer Ruhezeit.")
    assert harness.request.buttons(cast.participant.id) == ["practice:1200", "practice:1800"]
    person = await load(harness, cast.participant_id)
    assert (person.quiet_start, person.quiet_end) == (time(20), time(9))


async def test_coaches_have_no_practice_time(harness: Harness, cast: Cast) -> None:
    await harness.send(cast.coach, "/settings")
    assert harness.request.buttons(cast.coach.id) == ["set:lang", "set:quiet"]
    assert "gilt nicht mehr" in (await harness.press(cast.coach, "set:practice"))[0]


async def test_language_change_switches_messages_and_menu(harness: Harness, cast: Cast) -> None:
    # A member is asked, not welcomed to Begleiter again.
    (asked,) = await harness.send(cast.participant, "/language")
    assert asked.startswith("Bitte wählen Sie Ihre Sprache.") and "Willkommen" not in asked
    (asked,) = await harness.press(cast.participant, "set:lang")
    assert asked.startswith("Bitte wählen Sie Ihre Sprache.")
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
        "contacts",
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
