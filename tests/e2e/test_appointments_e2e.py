"""Appointments over real HTTP: a coach makes one by chat, the participant is reminded and
cannot come, the coach is told. The dispatcher runs as the real JobQueue job."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.models import Role
from devtools.localapi import SimUser

from e2e_support import Live, buttons, has

pytestmark = pytest.mark.e2e


async def test_coach_makes_an_appointment_participant_cannot_come(live: Live) -> None:
    coach, amal = SimUser(5001, "Jonas", "de"), SimUser(5002, "Amal", "ar")
    jonas_id = await live.add_member(coach, Role.COACH)
    await live.add_member(amal, Role.PARTICIPANT, coach_id=jonas_id)

    who = await live.say(coach, "/appointment", has("Für wen ist der Termin?"))
    (choice,) = buttons(who)
    await live.press(coach, who, choice, has("Wann?"))
    kinds = await live.say(coach, "übermorgen 10 Uhr", has("Was für ein Termin?"))
    place = await live.press(coach, kinds, "apn:k:doctor", has("Wo?"))
    note = await live.say(coach, "Praxis Dr. Yilmaz, Friedrich-Ebert-Str. 12", has("Eine Notiz"))
    confirm = await live.press(coach, note, "apn:skip", has("So speichern?"))
    assert "Mittwoch, 25. November 2026, 10:00 Uhr" in confirm["text"]
    assert place["message_id"] < confirm["message_id"]
    await live.press(coach, confirm, "apn:save", has("Gespeichert."))

    # The participant gets it at once: German and Arabic, buttons, and a calendar file.
    news = await live.api.wait_for_bot_message(amal.id, has("Neuer Termin: Arzt oder Ärztin"))
    assert "\u200f" in news["text"]
    await live.api.wait_for_bot_message(amal.id, lambda m: "document" in m)

    # A day later the 24-hour reminder comes, with the answer buttons.
    live.deps.clock.advance(timedelta(hours=25))  # type: ignore[attr-defined]
    reminder = await live.api.wait_for_bot_message(amal.id, has("Erinnerung: Arzt oder Ärztin"), timeout=15)
    answer_buttons = buttons(reminder)
    assert answer_buttons[0].startswith("apa:yes:") and answer_buttons[1].startswith("apa:no:")

    ask = await live.press(amal, reminder, answer_buttons[1], has("Möchten Sie sagen, warum?"))
    # Without a reason the coach hears at once (a reason would have come with it, in one message).
    await live.press(amal, ask, buttons(ask)[0], has("Ohne Grund"))
    told = await live.api.wait_for_bot_message(coach.id, has("Amal kann nicht kommen"), timeout=15)
    assert "Arzt oder Ärztin" in told["text"] and "Mittwoch, 25. November 2026" in told["text"]
