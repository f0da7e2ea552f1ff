"""A mentor over real HTTP, as the people see it in their chats.

Staff invite a mentor with /invite; she joins through the link; staff link her to a participant
from the participant's card. She sees the participant's name and next appointment (a doctor's
shows as a plain "Termin", without place or note), writes to her in German and the participant
reads it in Arabic too (the test suite's small model). The participant's answer goes to her
coach, not to the mentor. Buttons and commands for check-ins, alerts and notes, forged into the
mentor's chat, are refused, and nothing of them reaches her."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from bot.models import Alert, AlertStatus, Appointment, AppointmentStatus, CheckinAnswer, Role
from devtools.localapi import SimUser

from e2e_support import Live, buttons, has

pytestmark = pytest.mark.e2e

REFUSED = ("Diese Schaltfläche gilt nicht mehr.", "Dieser Befehl ist für Sie nicht verfügbar.")
PLACE = "Praxis Dr. Yilmaz, Friedrich-Ebert-Str. 12"
APPOINTMENT_NOTE = "Befund vom Kardiologen mitbringen"
COACH_NOTE = "Sorgen um die Aufenthaltserlaubnis"
HELP_TEXT = "Mein Vermieter droht mit Kündigung"
MESSAGE_DE = "Ich rufe Sie morgen an"  # the demo model: "سأتصل بك غدا"
ANSWER_AR = "مرحبا"  # the demo model: "hallo"


def with_button(prefix: str) -> Callable[[dict[str, Any]], bool]:
    return lambda message: any(b.startswith(prefix) for b in buttons(message))


def refused(message: dict[str, Any]) -> bool:
    return str(message.get("text") or "").startswith(REFUSED)


async def test_a_mentor_is_invited_linked_writes_and_sees_nothing_else(live: Live, mt_packages: Path) -> None:
    live.deps.mt.reload()
    sabine, jonas = SimUser(9101, "Sabine", "de"), SimUser(9102, "Jonas", "de")
    amina, maria = SimUser(9103, "Amina", "ar"), live.api.add_user(SimUser(9104, "Maria", "de"))
    await live.add_member(sabine, Role.STAFF)
    coach_id = await live.add_member(jonas, Role.COACH)
    p = await live.add_member(amina, Role.PARTICIPANT, coach_id=coach_id)

    # Her coach makes a doctor's appointment with a place and a note, and writes a note on her card.
    await live.new_appointment(jonas, "doctor", PLACE, APPOINTMENT_NOTE)
    listing = await live.say(jonas, "/participants", with_button(f"cpc:{p}"))
    card = await live.press(jonas, listing, f"cpc:{p}", with_button(f"cpn:{p}"))
    await live.press(jonas, card, f"cpn:{p}", has("Ihre Notiz zu Amina"))
    await live.say(jonas, COACH_NOTE, has("ist gespeichert"))

    # She asks for help and says why: her coach gets an alert; she starts a check-in.
    help_sent = await live.say(amina, "/sos", with_button("sos:write"))
    await live.press(amina, help_sent, "sos:write", lambda m: True)
    await live.say(amina, HELP_TEXT, has("An Jonas gesendet"))
    alert = await live.api.wait_for_bot_message(jonas.id, with_button("alk:"), timeout=15)
    alert_id = next(b for b in buttons(alert) if b.startswith("alk:")).split(":")[1]
    checkin = await live.say(amina, "/checkin", has("(1/6)"))
    checkin_id = buttons(checkin)[0].split(":")[2]

    # Staff invite a mentor; she joins through the link.
    menu = await live.say(sabine, "/invite", has("Wen möchten Sie einladen?"))
    created = await live.press(sabine, menu, "invr:mentor", has("Einladung für: Mentorin/Mentor"))
    token = re.search(r"\?start=([A-Za-z0-9_-]+)", created.get("caption") or created["text"])
    assert token is not None
    done = await live.join(maria, token.group(1), "de", participant=False)
    assert "/participants" in done["text"]
    empty = await live.say(maria, "/participants", has("noch niemand zugeordnet"))
    assert not buttons(empty)

    # Staff link her from Amina's card.
    listing = await live.say(sabine, "/participants", with_button(f"cpc:{p}"))
    card = await live.press(sabine, listing, f"cpc:{p}", with_button(f"mtl:{p}"))
    choose = await live.press(
        sabine, card, f"mtl:{p}", has("Welche Mentorin oder welcher Mentor begleitet Amina?")
    )
    (choice,) = buttons(choose)
    await live.press(sabine, choose, choice, has("Zugeordnet"))
    await live.api.wait_for_bot_message(maria.id, has("Ihnen ist jetzt Amina zugeordnet"), timeout=15)

    # She sees Amina's name and the appointment as a plain "Termin": no kind, place or note.
    mine = await live.say(maria, "/participants", has("👤 Amina"))
    assert "👤 Amina\n   📅 Termin, Mittwoch, 25. November 2026, 10:00 Uhr" in mine["text"]
    assert buttons(mine) == [f"mtw:{p}"]

    # She writes; Amina reads it in German and Arabic.
    ask = await live.press(maria, mine, f"mtw:{p}", has("auf Deutsch"))
    assert "(العربية)" in ask["text"]
    sent = await live.say(maria, MESSAGE_DE, has("Gesendet an Amina"))
    assert "«سأتصل بك غدا»" in sent["text"] and "an ihre Beratung (Jonas), nicht an Sie" in sent["text"]
    received = await live.api.wait_for_bot_message(amina.id, has(MESSAGE_DE), timeout=15)
    assert received["text"].startswith("Nachricht von Ihrer Mentorin oder Ihrem Mentor Maria:")
    assert "«سأتصل بك غدا»" in received["text"]

    # Amina answers: it goes to her coach, in German too, and not to the mentor.
    (answer,) = buttons(received)
    await live.press(amina, received, answer, lambda m: True)
    await live.say(amina, ANSWER_AR, has("An Jonas gesendet"))
    back = await live.api.wait_for_bot_message(jonas.id, has(f"«{ANSWER_AR}»"), timeout=15)
    assert "«hallo»" in back["text"]

    # Forged into her chat: the card, notes, the alert, the check-in, the coach's write flow.
    async with live.deps.sessionmaker() as session:
        (appointment_id,) = await session.scalars(select(Appointment.id))
    for data in (f"cpc:{p}", f"cpn:{p}", "cpl:0", f"alk:{alert_id}", f"ck:go:{checkin_id}:0",
                 f"ck:a:{checkin_id}:0:5", f"rly:{p}", f"apm:cancel:{appointment_id}", f"mtl:{p}"):  # fmt: skip
        await live.press(maria, mine, data, refused, strict=False)
    for command in ("/checkin", "/alerts", "/appointment", "/appointments", "/progress", "/invite"):
        await live.say(maria, command, refused)
    async with live.deps.sessionmaker() as session:  # and none of them did anything
        alert_row = await session.get(Alert, int(alert_id))
        assert alert_row is not None and alert_row.status is AlertStatus.OPEN
        answers = select(func.count()).select_from(CheckinAnswer)
        assert await session.scalar(answers.where(CheckinAnswer.checkin_id == int(checkin_id))) == 0
        appointment = await session.get(Appointment, appointment_id)
        assert appointment is not None and appointment.status is AppointmentStatus.SCHEDULED

    her_chat = "\n".join(live.texts(maria.id))
    for secret in (PLACE, APPOINTMENT_NOTE, COACH_NOTE, HELP_TEXT, ANSWER_AR, "hallo", "Arzt"):
        assert secret not in her_chat, secret
