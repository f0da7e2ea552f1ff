"""A crisis over real HTTP: a check-in with a low score and a crisis sentence in Arabic.

The participant gets the help numbers; the coach gets one alert with the text and its
German machine translation (a small real argostranslate model built by the test suite);
with no acknowledgement, staff on duty get it after the configured time (clock moved);
the coach acknowledges and replies; the participant sees the reply in German and Arabic.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.models import Alert, AlertStatus, Person, Role
from devtools.localapi import SimUser
from scheduler.planners import watch_alerts

from e2e_support import Live, buttons, has

pytestmark = pytest.mark.e2e

CRISIS_AR = "لا أريد أن أعيش"  # "I don't want to live (any more)": on the Arabic crisis list
REPLY_DE = "Ich rufe Sie morgen an"


async def test_crisis_checkin_reaches_coach_then_staff(live: Live, mt_packages: Path) -> None:
    deps = live.deps
    amina = SimUser(7101, "Amina", "ar")
    jonas = SimUser(7102, "Jonas", "de")
    sabine = SimUser(7103, "Sabine", "de")
    coach_id = await live.add_member(jonas, Role.COACH)
    staff_id = await live.add_member(sabine, Role.STAFF)
    await live.add_member(amina, Role.PARTICIPANT, coach_id=coach_id)
    async with deps.sessionmaker.begin() as session:
        staff = await session.get(Person, staff_id)
        assert staff is not None
        staff.on_duty = True

    intro = await live.say(amina, "/checkin", has("(1/6)"))
    mood = buttons(intro)
    assert len(mood) == 6  # five emoji and "skip"
    step = await live.press(amina, intro, mood[0], has("(2/6)"))  # 😞 1
    step = await live.press(amina, step, next(b for b in buttons(step) if b.endswith(":bad")), has("(3/6)"))
    step = await live.press(amina, step, next(b for b in buttons(step) if b.endswith(":none")), has("(4/6)"))
    # "several": the keyboard is updated in place (☑️), then "done"
    step = await live.press(
        amina, step, next(b for b in buttons(step) if b.endswith(":home")), lambda m: "☑️" in str(m)
    )
    done = next(b for b in buttons(step) if b.startswith("ck:done:"))
    step = await live.press(amina, step, done, has("(5/6)"))
    step = await live.press(amina, step, next(b for b in buttons(step) if b.endswith(":yes")), has("(6/6)"))
    # The 24/7 numbers come first and alone: no "thank you" before them.
    numbers = await live.say(amina, CRISIS_AR, has("0800 111 0 111"))
    assert not [m for m in live.api.bot_messages(amina.id) if "meldet sich" in (m.get("text") or "")]
    assert "112" in numbers["text"] and "116 016" in numbers["text"]
    assert "\u200f" in numbers["text"]  # the Arabic part below the German

    alert = await live.api.wait_for_bot_message(jonas.id, has("KRISE"), timeout=15)
    text = alert["text"]
    assert CRISIS_AR in text
    assert "Maschinelle Übersetzung" in text and "nicht mehr leben" in text
    assert "😞 1/5" in text
    ack = next(b for b in buttons(alert) if b.startswith("alk:"))
    assert len([m for m in live.api.bot_messages(jonas.id) if "KRISE" in (m.get("text") or "")]) == 1
    assert not [m for m in live.api.bot_messages(sabine.id) if "KRISE" in (m.get("text") or "")]

    # Nobody reacts for the configured time: staff on duty get it.
    deps.clock.advance(timedelta(minutes=deps.settings.crisis_escalation_minutes, seconds=1))  # type: ignore[attr-defined]
    await watch_alerts(deps)
    escalated = await live.api.wait_for_bot_message(sabine.id, has("KRISE"), timeout=15)
    assert "nicht rechtzeitig" in escalated["text"] and CRISIS_AR in escalated["text"]

    await live.recorded("alert.staff", staff_id)  # its message id is known: it can be edited
    # The coach acknowledges and replies.
    # No new message: his alert is edited to say who saw it, and so is the one staff got.
    seen = await live.press(jonas, alert, ack, has("✅ Gesehen von Jonas"))
    assert seen["message_id"] == alert["message_id"] and ack not in buttons(seen)
    await live.api.wait_for_bot_message(sabine.id, has("✅ Gesehen von Jonas"), timeout=15)
    async with deps.sessionmaker() as session:
        stored = await session.scalar(select(Alert))
        assert stored is not None and stored.status is AlertStatus.ACKNOWLEDGED
        assert stored.acknowledged_by_id == coach_id
    reply_button = next(b for b in buttons(alert) if b.startswith("rly:"))
    await live.press(jonas, alert, reply_button, has("auf Deutsch"))
    await live.say(jonas, REPLY_DE, has("Gesendet an Amina"))

    received = await live.api.wait_for_bot_message(amina.id, has(REPLY_DE), timeout=15)
    assert "Maschinelle Übersetzung" in received["text"]
    assert "سأتصل بك غدا" in received["text"]  # the demo model's Arabic for it
    answer = next(b for b in buttons(received) if b.startswith("rla:"))
    await live.press(amina, received, answer, has("Schreiben Sie Ihre Antwort"))
    await live.say(amina, "شكرا", has("An Jonas gesendet"))
    back = await live.api.wait_for_bot_message(jonas.id, has("Nachricht von Amina"), timeout=15)
    assert "شكرا" in back["text"] and "danke" in back["text"].lower()
