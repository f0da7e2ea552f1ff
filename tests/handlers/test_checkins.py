"""Check-ins, "I need help", alerts, relayed messages and duty through the real Application."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from bot.app import dispatcher_of
from bot.models import (
    Alert,
    AlertSource,
    AlertStatus,
    Checkin,
    CheckinAnswer,
    CheckinStatus,
    OutboxMessage,
    Person,
    RelayDirection,
    RelayMessage,
    Role,
    Severity,
)
from bot.services.checkins import TEXT_LIMIT
from bot.services.relay import MAX_CHARS
from bot.services.triage import triage_checkin
from scheduler.planners import watch_alerts

from harness import STICKER, Harness, User
from seed import Cast, add_member, deps_of

STALE = "Diese Schaltfläche gilt nicht mehr."
NOT_ALLOWED = "nicht verfügbar"
CRISIS_AR = "لا أريد أن أعيش"  # on the Arabic crisis list; the demo model: "ich will nicht mehr leben"
DYING_AR = "أريد أن أموت"  # on the Arabic crisis list; the demo model: "ich will sterben"


@pytest.fixture
async def mt(mt_packages: Path, harness: Harness) -> None:
    """The demo translation models for the harness's translator, which is shared by the
    whole process and may have read the package folder before they were installed."""
    deps_of(harness).mt.reload()


async def rows(harness: Harness, model: Any) -> list[Any]:
    async with deps_of(harness).sessionmaker() as session:
        return list(await session.scalars(select(model).order_by(model.id)))


async def answers(harness: Harness) -> dict[str, CheckinAnswer]:
    return {a.question: a for a in await rows(harness, CheckinAnswer)}


async def person(harness: Harness, person_id: int) -> Person:
    async with deps_of(harness).sessionmaker() as session:
        found = await session.get(Person, person_id)
        assert found is not None
        return found


async def outbox(harness: Harness) -> list[tuple[str, int]]:
    return [(row.kind, row.recipient_id) for row in await rows(harness, OutboxMessage)]


async def deliver(harness: Harness) -> None:
    await dispatcher_of(harness.app).drain()


def alerts_to(harness: Harness, user: User) -> list[str]:
    """The alert messages a coach or staff member was sent."""
    return [t for t in harness.request.texts(user.id) if t.startswith(("ℹ️ ", "❗ ", "🆘 "))]


async def start(harness: Harness, user: User) -> int:
    """/checkin; the check-in id, from the first question's buttons."""
    replies = await harness.send(user, "/checkin")
    assert replies[0].startswith("Ein paar kurze Fragen")
    assert replies[1].startswith("(1/6)\nWie geht es Ihnen?")
    keys = harness.request.buttons(user.id)
    assert len(keys) == 6 and keys[-1].startswith("ck:skip:")  # five faces and "skip"
    return int(keys[0].split(":")[2])


async def answer_weekly(
    harness: Harness,
    user: User,
    checkin: int,
    *,
    mood: int = 3,
    sleep: str = "good",
    attendance: str = "all",
    contact: str = "no",
    words: str | None = None,
    last: bool = True,
) -> list[str]:
    """Every weekly question by buttons, the last one typed (or skipped, or left open when
    not `last`); the last replies."""
    await harness.press(user, f"ck:a:{checkin}:0:{mood}")
    await harness.press(user, f"ck:a:{checkin}:1:{sleep}")
    await harness.press(user, f"ck:a:{checkin}:2:{attendance}")
    await harness.press(user, f"ck:done:{checkin}:3")  # no problems
    replies = await harness.press(user, f"ck:a:{checkin}:4:{contact}")
    if not last:
        return replies
    if words is None:
        return await harness.press(user, f"ck:skip:{checkin}:5")
    return await harness.send(user, words)


# -- the questionnaire -------------------------------------------------------------------------


async def test_a_whole_weekly_checkin_by_buttons_and_typed_text(harness: Harness, cast: Cast) -> None:
    amina = cast.participant
    checkin = await start(harness, amina)
    replies = await harness.press(amina, f"ck:a:{checkin}:0:4")
    assert replies == ["(2/6)\nWie schlafen Sie?\n\n\u200fكيف نومك؟"]
    assert harness.request.buttons(amina.id) == [
        f"ck:a:{checkin}:1:good",
        f"ck:a:{checkin}:1:ok",
        f"ck:a:{checkin}:1:bad",
        f"ck:skip:{checkin}:1",
    ]
    assert (await harness.press(amina, f"ck:a:{checkin}:1:ok"))[0].startswith("(3/6)\nWaren Sie")
    assert (await harness.press(amina, f"ck:a:{checkin}:2:none"))[0].startswith("(4/6)\nGibt es Probleme?")

    # "several": each tap redraws the keyboard in place and keeps the selection.
    for option in ("work", "home", "health", "work"):
        assert await harness.press(amina, f"ck:a:{checkin}:3:{option}") == []
    edited = harness.request.sent(amina.id, "editMessageReplyMarkup")[-1]["reply_markup"]
    marks = {b["callback_data"]: b["text"][:2] for row in edited["inline_keyboard"] for b in row}
    assert marks[f"ck:a:{checkin}:3:home"] == "☑️" and marks[f"ck:a:{checkin}:3:health"] == "☑️"
    assert marks[f"ck:a:{checkin}:3:work"] == "▫️" and marks[f"ck:a:{checkin}:3:course"] == "▫️"
    assert "Fertig" in next(
        b["text"] for row in edited["inline_keyboard"] for b in row if "done" in b["callback_data"]
    )
    assert (await person(harness, cast.participant_id)).dialogue == {
        "name": "checkin",
        "id": checkin,
        "q": 3,
        "sel": ["home", "health"],
    }
    assert "problems" not in await answers(harness)  # nothing is stored before "done"
    assert (await harness.press(amina, f"ck:done:{checkin}:3"))[0].startswith("(5/6)\nMöchten Sie, dass")
    # Typing while a button question is open: asked to tap, nothing stored.
    replies = await harness.send(amina, "Ja")
    assert len(replies) == 1 and replies[0].startswith("Bitte tippen Sie auf eine der Antworten oben.")
    assert (await harness.press(amina, f"ck:a:{checkin}:4:yes"))[0].startswith("(6/6)\nMöchten Sie noch")

    replies = await harness.send(amina, "Der Kurs ist gut, aber die Wohnung ist zu klein.")
    assert replies == ["Danke! Ihr Coach meldet sich bei Ihnen.\n\n\u200fشكرًا! سيتواصل معك مرشدك أو مرشدتك."]

    stored = await answers(harness)
    assert list(stored) == ["mood", "sleep", "attendance", "problems", "contact", "text"]
    assert stored["mood"].score == 4 and stored["sleep"].choice == "ok"
    assert stored["attendance"].choice == "none" and stored["problems"].choice == "home,health"
    assert stored["contact"].choice == "yes"
    assert stored["text"].text == "Der Kurs ist gut, aber die Wohnung ist zu klein."
    assert stored["text"].text_language == "ar"
    (done,) = await rows(harness, Checkin)
    assert done.status is CheckinStatus.COMPLETED and done.triaged_at is not None
    assert (await person(harness, cast.participant_id)).dialogue is None

    # Several flags (no course, problems, wants contact): one alert, one message to the coach.
    (alert,) = await rows(harness, Alert)
    assert {r["rule"] for r in alert.reasons} == {"missed_course", "problems_reported", "contact_requested"}
    assert await outbox(harness) == [("alert.coach", cast.coach_id)]
    await deliver(harness)
    (message,) = harness.request.texts(cast.coach.id)
    assert message.startswith("ℹ️ Hinweis zu Amina\nWochen-Check-in vom 23.11.2026:\n• Befinden: 🙂 4/5")
    assert "• Probleme: Zuhause, Gesundheit" in message and "• Kurs/Praktikum: Nein" in message
    assert message.endswith("Warum:\n• Wünscht Kontakt\n• Meldet Probleme\n• War nicht im Kurs")


async def test_every_question_can_be_skipped(harness: Harness, cast: Cast) -> None:
    amina = cast.participant
    checkin = await start(harness, amina)
    for index in range(5):
        replies = await harness.press(amina, f"ck:skip:{checkin}:{index}")
        assert replies[0].startswith(f"({index + 2}/6)")
    replies = await harness.press(amina, f"ck:skip:{checkin}:5")
    assert replies == ["Danke! Ihre Antworten sind gespeichert.\n\n\u200fشكرًا! تم حفظ إجاباتك."]
    stored = await answers(harness)
    assert len(stored) == 6
    assert all(a.score is None and a.choice is None and a.text is None for a in stored.values())
    (done,) = await rows(harness, Checkin)
    assert done.status is CheckinStatus.COMPLETED and done.triaged_at is not None
    assert await rows(harness, Alert) == [] and await outbox(harness) == []


async def test_forged_stale_and_replayed_buttons_change_nothing(harness: Harness, cast: Cast) -> None:
    amina = cast.participant
    karim = User(31, "Karim", "ar")
    await add_member(harness, karim, Role.PARTICIPANT, coach_id=cast.coach_id, language="ar")
    theirs = await start(harness, karim)
    checkin = await start(harness, amina)
    await harness.press(amina, f"ck:a:{checkin}:0:2")
    await harness.press(amina, f"ck:a:{checkin}:1:bad")
    before = {q: (a.score, a.choice) for q, a in (await answers(harness)).items()}
    forged = [
        f"ck:a:{theirs}:0:3",  # Karim's check-in
        f"ck:skip:{theirs}:0",
        f"ck:go:{theirs}:0",
        f"ck:a:{checkin}:0:5",  # replayed: the mood was answered already
        f"ck:skip:{checkin}:1",
        f"ck:a:{checkin}:3:work",  # not the open question
        f"ck:done:{checkin}:3",
        f"ck:a:{checkin}:2:9",  # no such option
        f"ck:a:{checkin}:2:",
        f"ck:done:{checkin}:2",  # "done" belongs to "several" questions
        f"ck:what:{checkin}:2",
        "ck:a:x:2:all",
        f"ck:a:{checkin}",
        "ck:a:99999:0:1",
    ]
    for data in forged:
        replies = await harness.press(amina, data)
        assert len(replies) == 1 and replies[0].startswith(STALE), data
    assert {q: (a.score, a.choice) for q, a in (await answers(harness)).items()} == before
    # A scale value outside 1..5, on the open scale question of a new check-in.
    karim_scale = await harness.press(karim, f"ck:a:{theirs}:0:9")
    assert karim_scale[0].startswith(STALE)
    assert (await harness.press(karim, f"ck:a:{theirs}:0:0"))[0].startswith(STALE)
    assert (await harness.press(karim, f"ck:a:{theirs}:0:-1"))[0].startswith(STALE)
    assert {q: (a.score, a.choice) for q, a in (await answers(harness)).items()} == before

    # "Later" and "go" from an offer: the open question comes again.
    assert (await harness.press(amina, f"ck:later:{checkin}:0"))[0].startswith("In Ordnung.")
    replies = await harness.press(amina, f"ck:go:{checkin}:0")
    assert replies[1].startswith("(3/6)")

    # Three days later the check-in has expired: neither buttons nor text still count.
    await harness.press(amina, f"ck:a:{checkin}:2:all")
    await harness.press(amina, f"ck:done:{checkin}:3")
    await harness.press(amina, f"ck:skip:{checkin}:4")
    harness.clock.advance(timedelta(days=3))
    assert (await harness.press(amina, f"ck:skip:{checkin}:5"))[0].startswith(STALE)
    replies = await harness.send(amina, "Noch etwas")
    assert replies[0].startswith("Ich habe Ihre Nachricht bekommen, aber niemand liest sie hier.")
    assert (await person(harness, cast.participant_id)).dialogue is None
    stored = await answers(harness)
    assert "text" not in stored and len(stored) == 5
    (mine,) = [c for c in await rows(harness, Checkin) if c.id == checkin]
    assert mine.status is not CheckinStatus.COMPLETED


async def test_free_text_takes_stickers_long_and_right_to_left_text(harness: Harness, cast: Cast) -> None:
    amina = cast.participant
    checkin = await start(harness, amina)
    for index in range(5):
        await harness.press(amina, f"ck:skip:{checkin}:{index}")
    replies = await harness.send_raw(amina, **STICKER)
    assert replies == [
        "Ich kann hier nur Text und Schaltflächen verstehen.\n\n\u200fأستطيع هنا فهم النصوص والأزرار فقط."
    ]
    assert (await person(harness, cast.participant_id)).dialogue == {
        "name": "checkin",
        "id": checkin,
        "q": 5,
        "sel": [],
    }
    words = "غرفة 🙂 صغيرة جدا\u200f، " * 300  # right to left, emoji, direction marks: 6,300 characters
    replies = await harness.send(amina, words[:4096])
    assert replies[0].startswith("Danke! Ihre Antworten sind gespeichert.")
    stored = (await answers(harness))["text"]
    assert stored.text == words[:4096].strip()[:TEXT_LIMIT] and len(stored.text) == TEXT_LIMIT
    async with deps_of(harness).sessionmaker() as session:  # encrypted at rest
        raw = await session.scalar(text("SELECT text FROM checkin_answers WHERE question = 'text'"))
    assert isinstance(raw, str) and "غرفة" not in raw


async def test_an_ordinary_week_raises_no_alert(harness: Harness, cast: Cast) -> None:
    amina = cast.participant
    checkin = await start(harness, amina)
    await answer_weekly(harness, amina, checkin, mood=3, contact="no", words=None)
    assert await rows(harness, Alert) == [] and await outbox(harness) == []
    # A second check-in at once (same second: its period must still be new), its last
    # answer forwarded from another chat: right to left, emoji.
    checkin = await start(harness, amina)
    words = "أنا بخير 🙂\u200f شكرا!"
    await answer_weekly(harness, amina, checkin, mood=3, contact="no", last=False)
    origin = {"type": "hidden_user", "date": 1_790_000_000, "sender_user_name": "Salma"}
    replies = await harness.send_raw(amina, text=words, forward_origin=origin)
    assert replies[0].startswith("Danke! Ihre Antworten sind gespeichert.")
    (*_, last) = [a for a in await rows(harness, CheckinAnswer) if a.question == "text"]
    assert last.text == words and last.checkin_id == checkin
    await watch_alerts(deps_of(harness))
    assert await rows(harness, Alert) == [] and await outbox(harness) == []


# -- alerts -----------------------------------------------------------------------------------


async def test_low_mood_alerts_the_coach_once_and_only_they_or_staff_acknowledge(
    harness: Harness, cast: Cast
) -> None:
    amina = cast.participant
    checkin = await start(harness, amina)
    await answer_weekly(harness, amina, checkin, mood=1)
    await watch_alerts(deps_of(harness))  # the turn triaged it already: nothing more
    assert (await answers(harness))["problems"].choice == ""  # "none of these", not skipped
    (alert,) = await rows(harness, Alert)
    assert alert.severity == Severity.URGENT and [r["rule"] for r in alert.reasons] == ["low_mood"]
    assert await outbox(harness) == [("alert.coach", cast.coach_id)]
    await deliver(harness)
    (message,) = harness.request.texts(cast.coach.id)
    assert message == (
        "❗ Dringend: Amina\nWochen-Check-in vom 23.11.2026:\n• Befinden: 😞 1/5\n• Schlaf: Gut\n"
        "• Kurs/Praktikum: Ja, immer\n• Probleme: Nichts davon\n• Kontakt gewünscht: Nein, danke\n"
        "Warum:\n• Befinden sehr niedrig"
    )
    assert harness.request.buttons(cast.coach.id) == [
        f"alk:{alert.id}",
        f"rly:{cast.participant_id}",
        f"cpc:{cast.participant_id}",
    ]
    assert harness.request.texts(cast.staff.id) == []

    replies = await harness.press(amina, f"alk:{alert.id}")
    assert len(replies) == 1 and NOT_ALLOWED in replies[0]
    replies = await harness.press(cast.other_coach, f"alk:{alert.id}")
    assert replies == ["Diese Schaltfläche gilt nicht mehr.\n\nThis button is no longer valid."]
    assert (await rows(harness, Alert))[0].status is AlertStatus.OPEN

    replies = await harness.press(cast.coach, f"alk:{alert.id}")
    assert replies == ["Danke. Amina bekommt die Nachricht, dass Sie es gesehen haben."]
    (acknowledged,) = await rows(harness, Alert)
    assert (
        acknowledged.status is AlertStatus.ACKNOWLEDGED and acknowledged.acknowledged_by_id == cast.coach_id
    )
    assert (await harness.press(cast.coach, f"alk:{alert.id}")) == ["Das wurde schon als gesehen markiert."]
    await deliver(harness)
    assert harness.request.texts(amina.id)[-1].startswith("Ihr Coach hat Ihre Nachricht gesehen.")


async def test_a_crisis_in_arabic_reaches_the_coach_then_staff_on_duty(
    harness: Harness, cast: Cast, mt: None
) -> None:
    klaus = User(11, "Klaus", "de")
    await add_member(harness, klaus, Role.STAFF)
    assert await harness.send(cast.staff, "/duty") == [
        "Sie haben jetzt Bereitschaft: Krisen-Alarme ohne Reaktion des Coaches kommen zu Ihnen."
    ]
    assert await harness.send(cast.staff, "/duty") == ["Ihre Bereitschaft ist beendet."]
    assert not (await person(harness, cast.staff_id)).on_duty
    await harness.send(cast.staff, "/duty")
    assert (await person(harness, cast.staff_id)).on_duty

    amina = cast.participant
    checkin = await start(harness, amina)
    replies = await answer_weekly(harness, amina, checkin, mood=4, words=CRISIS_AR)
    assert replies[0].startswith("Danke!")
    (alert,) = await rows(harness, Alert)
    assert alert.severity == Severity.CRISIS
    assert {(r["detail"]["language"], r["detail"]["via"]) for r in alert.reasons} == {
        ("ar", "original"),
        ("de", "translation"),
    }
    stored = (await answers(harness))["text"]
    assert stored.text == CRISIS_AR and stored.text_de == "ich will nicht mehr leben"
    await deliver(harness)

    (numbers,) = harness.request.texts(amina.id)[-1:]
    for number in ("112", "0800 111 0 111", "116 016"):
        assert numbers.count(f"\u2066{number}\u2069") == 2, number  # German, then Arabic
    assert numbers.startswith("Sie sind nicht allein.") and "مساعدة مجانية ليلًا ونهارًا:" in numbers
    (message,) = harness.request.texts(cast.coach.id)
    assert message.startswith("🆘 KRISE: Amina – bitte sofort melden\n")
    assert f"«{CRISIS_AR}»" in message and "Maschinelle Übersetzung" in message
    assert "«ich will nicht mehr leben»" in message
    assert "Wort „nicht mehr leben“ in der maschinellen Übersetzung" in message
    assert alerts_to(harness, cast.staff) == alerts_to(harness, klaus) == []

    deps = deps_of(harness)
    harness.clock.advance(timedelta(minutes=deps.settings.crisis_escalation_minutes) - timedelta(seconds=1))
    await watch_alerts(deps)
    await deliver(harness)
    assert alerts_to(harness, cast.staff) == []
    harness.clock.advance(timedelta(seconds=1))
    await watch_alerts(deps)
    await watch_alerts(deps)
    await deliver(harness)
    (escalated,) = alerts_to(harness, cast.staff)
    assert escalated.startswith(
        "🆘 KRISE: Amina – bitte sofort melden\nDer Coach hat nicht rechtzeitig reagiert."
    )
    assert CRISIS_AR in escalated
    assert harness.request.texts(klaus.id) == []  # not on duty
    assert len(alerts_to(harness, cast.coach)) == 1
    assert NOT_ALLOWED in (await harness.send(cast.coach, "/duty"))[0]


async def test_no_escalation_after_acknowledgement(harness: Harness, cast: Cast, mt: None) -> None:
    amina = cast.participant
    await harness.send(cast.staff, "/duty")
    checkin = await start(harness, amina)
    await answer_weekly(harness, amina, checkin, words=DYING_AR)
    (alert,) = await rows(harness, Alert)
    assert alert.severity == Severity.CRISIS
    harness.clock.advance(timedelta(minutes=10))
    await harness.press(cast.coach, f"alk:{alert.id}")
    harness.clock.advance(timedelta(hours=1))
    await watch_alerts(deps_of(harness))
    await deliver(harness)
    assert alerts_to(harness, cast.staff) == []
    assert ("alert.staff", cast.staff_id) not in await outbox(harness)
    assert harness.request.texts(amina.id)[-1].startswith("Ihr Coach hat Ihre Nachricht gesehen.")


async def test_triage_runs_again_when_the_turn_did_not(harness: Harness, cast: Cast) -> None:
    deps = deps_of(harness)
    harness.clock.advance(timedelta(hours=14, minutes=30))  # 23:30 UTC, already Tuesday in Kassel
    now = deps.clock.now()
    async with deps.sessionmaker.begin() as session:
        checkin = Checkin(
            person_id=cast.participant_id,
            questionnaire="weekly",
            period="2026-W48",
            status=CheckinStatus.COMPLETED,
            offered_at=now,
            expires_at=now + timedelta(days=3),
            started_at=now,
            completed_at=now,
        )
        session.add(checkin)
        await session.flush()
        session.add(
            CheckinAnswer(
                checkin_id=checkin.id,
                person_id=cast.participant_id,
                question="mood",
                score=1,
                answered_at=now,
            )
        )
    # The job and a late post-commit triage at the same moment: still one alert.
    await asyncio.gather(watch_alerts(deps), triage_checkin(deps, checkin.id))
    await watch_alerts(deps)
    (alert,) = await rows(harness, Alert)
    assert alert.checkin_id == checkin.id and alert.source is AlertSource.CHECKIN
    (done,) = await rows(harness, Checkin)
    assert done.triaged_at is not None
    assert await outbox(harness) == [("alert.coach", cast.coach_id)]
    await deliver(harness)  # urgent: not held back by the coach's quiet hours
    (message,) = harness.request.texts(cast.coach.id)
    assert message.startswith("❗ Dringend: Amina\nWochen-Check-in vom 24.11.2026:\n• Befinden: 😞 1/5")


# -- "I need help" ----------------------------------------------------------------------------


async def test_help_twice_within_half_an_hour_is_one_alert(harness: Harness, cast: Cast) -> None:
    amina = cast.participant
    replies = await harness.send(amina, "/sos")
    assert replies[0].startswith("Ihr Coach wird jetzt informiert")
    assert "0800 111 0 111" in replies[1] and "116 016" in replies[1] and "112" in replies[1]
    assert harness.request.buttons(amina.id) == ["sos:write"]
    harness.clock.advance(timedelta(minutes=29))
    replies = await harness.send(amina, "/sos")
    assert replies[0].startswith("Ihr Coach ist schon informiert")
    (alert,) = await rows(harness, Alert)
    assert alert.source is AlertSource.HELP_BUTTON and alert.severity == Severity.URGENT
    await deliver(harness)
    (message,) = harness.request.texts(cast.coach.id)
    assert message.startswith("❗ Dringend: Amina\nHat auf „Ich brauche Hilfe“ getippt.")
    harness.clock.advance(timedelta(minutes=2))
    await harness.send(amina, "/sos")
    assert len(await rows(harness, Alert)) == 2


async def test_help_then_writing_what_happened_reaches_the_coach(
    harness: Harness, cast: Cast, mt: None
) -> None:
    amina = cast.participant
    await harness.send(amina, "/sos")
    replies = await harness.press(amina, "sos:write")
    assert replies[0].startswith("Schreiben Sie, was passiert ist, in Ihrer Sprache.")
    replies = await harness.send(amina, DYING_AR)
    assert replies[0].startswith("Gesendet. Ihr Coach bekommt Ihre Nachricht mit Übersetzung.")
    (message,) = await rows(harness, RelayMessage)
    assert message.direction is RelayDirection.TO_COACH and message.text == DYING_AR
    assert message.translation == "ich will sterben"
    help_alert, crisis = await rows(harness, Alert)
    assert help_alert.source is AlertSource.HELP_BUTTON
    assert crisis.source is AlertSource.MESSAGE and crisis.severity == Severity.CRISIS
    assert crisis.message_id == message.id
    assert {(r["detail"]["language"], r["detail"]["via"]) for r in crisis.reasons} == {
        ("ar", "original"),
        ("de", "translation"),
    }
    await deliver(harness)
    texts = harness.request.texts(cast.coach.id)
    relayed = [t for t in texts if t.startswith("✉️ Nachricht von Amina:")]
    assert len(relayed) == 1 and DYING_AR in relayed[0] and "«ich will sterben»" in relayed[0]
    (alarm,) = [t for t in texts if t.startswith("🆘 KRISE: Amina")]
    assert "In einer Nachricht an den Coach:" in alarm and "«ich will sterben»" in alarm
    assert "• Wort „will ... sterben“ in der maschinellen Übersetzung" in alarm
    assert "0800 111 0 111" in harness.request.texts(amina.id)[-1]  # the numbers, at once
    # The dialogue is over: the next text is not relayed.
    await harness.send(amina, "Hallo")
    assert len(await rows(harness, RelayMessage)) == 1


# -- relayed messages ---------------------------------------------------------------------------


async def test_relay_both_ways_with_machine_translation(harness: Harness, cast: Cast, mt: None) -> None:
    amina = cast.participant
    replies = await harness.press(cast.coach, f"rly:{cast.participant_id}")
    assert replies == [
        "Schreiben Sie Ihre Nachricht an Amina auf Deutsch. Sie kommt mit maschineller Übersetzung an (العربية)."
    ]
    replies = await harness.send(cast.coach, "Ich rufe Sie morgen an")
    assert replies == ["Gesendet an Amina, mit dieser maschinellen Übersetzung:\n\n«سأتصل بك غدا»"]
    (sent,) = await rows(harness, RelayMessage)
    assert sent.direction is RelayDirection.TO_PARTICIPANT and sent.translation == "سأتصل بك غدا"
    async with deps_of(harness).sessionmaker() as session:  # encrypted at rest
        raw = await session.scalar(text("SELECT text || translation FROM relay_messages"))
    assert "morgen" not in raw and "غدا" not in raw
    await deliver(harness)
    (received,) = harness.request.texts(amina.id)
    assert received.startswith("Nachricht von Ihrem Coach Jonas:")
    assert "🇩🇪 «Ich rufe Sie morgen an»" in received and "«سأتصل بك غدا»" in received
    marker = "ترجمة آلية (قد تحتوي على أخطاء):"  # marked as machine-made, in Arabic
    assert marker in received and received.index(marker) < received.index("«سأتصل بك غدا»")
    assert harness.request.buttons(amina.id) == [f"rla:{sent.id}"]

    replies = await harness.press(amina, f"rla:{sent.id}")
    assert replies[0].startswith("Schreiben Sie Ihre Antwort, in Ihrer Sprache oder auf Deutsch.")
    replies = await harness.send(amina, "شكرا")
    assert replies[0].startswith("Gesendet.")
    await deliver(harness)
    back = harness.request.texts(cast.coach.id)[-1]
    assert back.startswith("✉️ Nachricht von Amina:\nEigene Worte (Original, العربية):\n«شكرا»")
    assert "Maschinelle Übersetzung ins Deutsche (kann Fehler enthalten):\n«danke»" in back
    assert harness.request.buttons(cast.coach.id) == [
        f"rly:{cast.participant_id}",
        f"cpc:{cast.participant_id}",
    ]
    assert await rows(harness, Alert) == []


async def test_relay_without_a_translation_model_and_too_long_texts(harness: Harness, cast: Cast) -> None:
    farid = User(32, "Farid", "fa")
    farid_id = await add_member(harness, farid, Role.PARTICIPANT, coach_id=cast.coach_id, language="fa")
    await harness.press(cast.coach, f"rly:{farid_id}")
    replies = await harness.send(cast.coach, "x" * (MAX_CHARS + 1))
    assert MAX_CHARS == 3000
    assert replies == ["Die Nachricht ist zu lang (höchstens 3.000 Zeichen). Bitte kürzer schreiben."]
    assert await rows(harness, RelayMessage) == []
    replies = await harness.send(cast.coach, "Bis morgen um 10 Uhr")
    assert replies == [
        "Gesendet an Farid, nur auf Deutsch: für diese Sprache ist keine maschinelle Übersetzung installiert."
    ]
    await deliver(harness)
    (received,) = harness.request.texts(farid.id)
    assert "🇩🇪 «Bis morgen um 10 Uhr»" in received
    assert "برای زبان شما هنوز ترجمه ماشینی وجود ندارد." in received
    (sent,) = await rows(harness, RelayMessage)
    assert sent.translation is None

    await harness.press(farid, f"rla:{sent.id}")
    await harness.send(farid, "ممنون، فردا میام")
    await deliver(harness)
    back = harness.request.texts(cast.coach.id)[-1]
    assert back.startswith("✉️ Nachricht von Farid:") and "«ممنون، فردا میام»" in back
    assert "Keine maschinelle Übersetzung für diese Sprache installiert." in back


async def test_a_coach_with_english_menus_still_writes_german(harness: Harness, cast: Cast, mt: None) -> None:
    emma = User(33, "Emma", "en")
    emma_id = await add_member(harness, emma, Role.PARTICIPANT, coach_id=cast.other_coach_id, language="en")
    replies = await harness.press(cast.other_coach, f"rly:{emma_id}")
    assert replies[0].startswith("Write your message to Emma in German.")
    replies = await harness.send(cast.other_coach, "Ich rufe Sie morgen an")
    assert replies == ["Sent to Emma, with this machine translation:\n\n«I will call you tomorrow»"]
    (sent,) = await rows(harness, RelayMessage)
    assert (sent.source_language, sent.target_language) == ("de", "en")
    await deliver(harness)
    (received,) = harness.request.texts(emma.id)
    assert "🇩🇪 «Ich rufe Sie morgen an»" in received and "«I will call you tomorrow»" in received


async def test_a_crisis_found_only_in_the_german_translation(harness: Harness, cast: Cast, mt: None) -> None:
    """A phrasing the Arabic list lacks; its German machine translation is on the German list."""
    phrase = "سأرمي نفسي من النافذة"  # demo model: "ich will aus dem Fenster springen"
    deps = deps_of(harness)
    assert not deps.flags.scan(phrase, "ar")
    checkin = await start(harness, cast.participant)
    await answer_weekly(harness, cast.participant, checkin, mood=4, words=phrase)
    (alert,) = await rows(harness, Alert)
    assert alert.severity == Severity.CRISIS
    assert {(r["rule"], r["detail"]["via"]) for r in alert.reasons} == {("keywords", "translation")}
    await deliver(harness)
    assert "116 016" in harness.request.texts(cast.participant.id)[-1]
    (message,) = alerts_to(harness, cast.coach)
    assert "«ich will aus dem Fenster springen»" in message and "in der maschinellen Übersetzung" in message


async def test_a_long_message_to_the_coach_is_kept_whole(harness: Harness, cast: Cast) -> None:
    amina = cast.participant
    long_text = ("Ich habe Probleme mit dem Vermieter und dem Amt. " * 90)[:4000]
    await harness.send(amina, "/sos")
    await harness.press(amina, "sos:write")
    await harness.send(amina, long_text)
    (message,) = await rows(harness, RelayMessage)
    assert message.text == long_text.strip()
    await deliver(harness)
    (relayed,) = [t for t in harness.request.texts(cast.coach.id) if t.startswith("✉️ Nachricht von Amina:")]
    assert len(relayed) <= 4096 and relayed.count("Vermieter") > 60
