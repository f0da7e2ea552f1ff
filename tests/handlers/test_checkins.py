"""Check-ins through the real Application: questions by button and typed text, stale buttons."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import text

from bot.models import Alert, Checkin, CheckinAnswer, CheckinStatus, Role
from bot.services.checkins import TEXT_LIMIT
from scheduler.planners import watch_alerts

from harness import STICKER, Harness, User
from seed import Cast, add_member, answer_weekly, answers, deliver, deps_of, outbox, rows, start
from seed import load as person

STALE = "Diese Schaltfläche gilt nicht mehr."


async def test_a_whole_weekly_checkin_by_buttons_and_typed_text(harness: Harness, cast: Cast) -> None:
    amina = cast.participant
    checkin = await start(harness, amina)
    replies = await harness.press(amina, f"ck:a:{checkin}:0:4")
    assert replies == ["(2/6)\n<b>Wie schlafen Sie?</b>\n\n<b>\u200fكيف نومك؟</b>"]
    assert harness.request.buttons(amina.id) == [
        f"ck:a:{checkin}:1:good",
        f"ck:a:{checkin}:1:ok",
        f"ck:a:{checkin}:1:bad",
        f"ck:skip:{checkin}:1",
    ]
    assert (await harness.press(amina, f"ck:a:{checkin}:1:ok"))[0].startswith("(3/6)\n<b>Waren Sie")
    assert (await harness.press(amina, f"ck:a:{checkin}:2:none"))[0].startswith("(4/6)\n<b>Gibt es Probleme?")

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
    assert (await harness.press(amina, f"ck:done:{checkin}:3"))[0].startswith("(5/6)\n<b>Möchten Sie, dass")
    # Typing while a button question is open: asked to tap, nothing stored.
    replies = await harness.send(amina, "Ja")
    assert len(replies) == 1 and replies[0].startswith("Bitte tippen Sie auf eine der Antworten oben.")
    assert (await harness.press(amina, f"ck:a:{checkin}:4:yes"))[0].startswith("(6/6)\n<b>Möchten Sie noch")

    text_question = (await person(harness, cast.participant_id)).dialogue or {}
    replies = await harness.send(amina, "Der Kurs ist gut, aber die Wohnung ist zu klein.")
    # Answered by typing: the question's "skip" is taken away, so it cannot be pressed later.
    (dropped,) = harness.request.sent(amina.id, "editMessageReplyMarkup")[-1:]
    assert int(dropped["message_id"]) == text_question["question_message"]
    assert dropped.get("reply_markup") is None
    assert replies == [
        "Danke! Ihre Beraterin oder Ihr Berater meldet sich bei Ihnen.\n\n\u200fشكرًا! سيتواصل معك مرشدك أو مرشدتك."
    ]

    stored = await answers(harness)
    assert list(stored) == ["mood", "sleep", "attendance", "problems", "contact", "text"]
    assert stored["mood"].score == 4 and stored["sleep"].choice == "ok"
    assert stored["attendance"].choice == "none" and stored["problems"].choice == "home,health"
    assert stored["contact"].choice == "yes"
    assert stored["text"].text == "Der Kurs ist gut, aber die Wohnung ist zu klein."
    assert stored["text"].text_language == "de"  # written in German (bot/langid), not her Arabic
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

    # "Later" and "go" from an offer: the offer says what was chosen; "go" asks the open
    # question again (with the introduction, in one message).
    assert await harness.press(amina, f"ck:later:{checkin}:0") == []
    later = harness.request.sent(amina.id, "editMessageText")[-1]["text"]
    assert later.startswith("→ Später") and "In Ordnung. Sie können jederzeit mit /checkin anfangen." in later
    replies = await harness.press(amina, f"ck:go:{checkin}:0")
    assert len(replies) == 1 and replies[0].startswith("Ein paar kurze Fragen") and "(3/6)" in replies[0]
    assert "\n\n→ Los geht's · " in harness.request.sent(amina.id, "editMessageText")[-1]["text"]

    # Three days later the check-in has expired: neither buttons nor text still count.
    await harness.press(amina, f"ck:a:{checkin}:2:all")
    await harness.press(amina, f"ck:done:{checkin}:3")
    await harness.press(amina, f"ck:skip:{checkin}:4")
    harness.clock.advance(timedelta(days=3))
    assert (await harness.press(amina, f"ck:skip:{checkin}:5"))[0].startswith(STALE)
    replies = await harness.send(amina, "Noch etwas")  # not an answer: free text for her coach
    assert replies[0].startswith("Soll ich das an Jonas senden?")
    state = (await person(harness, cast.participant_id)).dialogue
    assert state is not None and state["name"] == "talk"
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
    state = (await person(harness, cast.participant_id)).dialogue or {}
    assert {k: v for k, v in state.items() if k != "question_message"} == {
        "name": "checkin",
        "id": checkin,
        "q": 5,
        "sel": [],
    }
    assert isinstance(state["question_message"], int)  # the free-text question's message, kept
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
