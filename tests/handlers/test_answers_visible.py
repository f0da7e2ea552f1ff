"""Answers stay visible: a pressed question is edited to show the chosen answer; a crisis
check-in is answered with the 24/7 numbers first and alone."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from bot.models import (
    Alert,
    Appointment,
    Attendance,
    Checkin,
    CheckinAnswer,
    CheckinStatus,
    OutboxMessage,
    OutboxStatus,
    Severity,
)
from bot.services.alerts import HELP_FALLBACK
from bot.services.triage import triage_checkin

from harness import Harness
from seed import Cast, answer_weekly, deliver, deps_of, rows, start

DYING_AR = "أريد أن أموت"  # on the Arabic crisis list


def last_edit(harness: Harness, chat_id: int) -> dict[str, Any]:
    return harness.request.sent(chat_id, "editMessageText")[-1]


async def test_each_answered_question_shows_its_answer(harness: Harness, cast: Cast) -> None:
    amina = cast.participant
    checkin = await start(harness, amina)

    await harness.press(amina, f"ck:a:{checkin}:0:1", message_id=41)
    edit = last_edit(harness, amina.id)
    assert edit["message_id"] == 41 and "reply_markup" not in edit  # the buttons are gone
    # The first question keeps its introduction; the answer is below it.
    assert edit["text"].startswith("Ein paar kurze Fragen")
    assert "(1/6)\n<b>Wie geht es Ihnen?" in edit["text"] and edit["text"].endswith("\n\n→ 😞")

    await harness.press(amina, f"ck:a:{checkin}:1:bad", message_id=42)
    edit = last_edit(harness, amina.id)
    assert edit["message_id"] == 42 and edit["text"].startswith("(2/6)\n<b>Wie schlafen Sie?")
    assert "\n\n→ Schlecht · " in edit["text"]  # German, then her language

    await harness.press(amina, f"ck:skip:{checkin}:2", message_id=43)
    assert "\n\n→ übersprungen · " in last_edit(harness, amina.id)["text"]

    # "several": ticking redraws only the keyboard; "done" shows every ticked option.
    await harness.press(amina, f"ck:a:{checkin}:3:home", message_id=44)
    await harness.press(amina, f"ck:a:{checkin}:3:health", message_id=44)
    assert harness.request.sent(amina.id, "editMessageText")[-1]["message_id"] == 43
    await harness.press(amina, f"ck:done:{checkin}:3", message_id=44)
    text = last_edit(harness, amina.id)["text"]
    assert text.startswith("(4/6)\n<b>Gibt es Probleme?")
    assert "\n\n→ ☑️ Zuhause · " in text and "\n→ ☑️ Gesundheit · " in text and "Arbeit" not in text


async def test_several_with_nothing_ticked_shows_none_of_these(harness: Harness, cast: Cast) -> None:
    amina = cast.participant
    checkin = await start(harness, amina)
    for index, value in ((0, "3"), (1, "ok"), (2, "all")):
        await harness.press(amina, f"ck:a:{checkin}:{index}:{value}")
    await harness.press(amina, f"ck:done:{checkin}:3")
    assert "\n\n→ Nichts davon · " in last_edit(harness, amina.id)["text"]


async def test_a_refused_edit_still_takes_the_buttons_away(harness: Harness, cast: Cast) -> None:
    amina = cast.participant
    checkin = await start(harness, amina)
    harness.request.fail_methods.add("editMessageText")  # e.g. a message too old to edit
    replies = await harness.press(amina, f"ck:a:{checkin}:0:4", message_id=50)
    assert replies[0].startswith("(2/6)")  # the turn went on
    (fallback,) = harness.request.sent(amina.id, "editMessageReplyMarkup")
    assert fallback["message_id"] == 50 and "reply_markup" not in fallback
    # The answer was saved: the same button again is stale.
    assert (await harness.press(amina, f"ck:a:{checkin}:0:4"))[0].startswith(
        "Diese Schaltfläche gilt nicht mehr."
    )


async def test_a_crisis_checkin_is_answered_with_the_numbers_first_and_alone(
    harness: Harness, cast: Cast
) -> None:
    amina = cast.participant
    checkin = await start(harness, amina)
    await answer_weekly(harness, amina, checkin, contact="yes", last=False)
    before = len(harness.request.calls)
    replies = await harness.send(amina, DYING_AR)
    # The first (and only) message after her last answer: the 24/7 numbers, no "thank you".
    assert len(replies) == 1
    assert replies[0].startswith("\u200fأنت لست وحدك") and "Sie sind nicht allein." in replies[0]
    assert "116 016" in replies[0]
    assert not any("Danke" in text for text in replies)
    sent = [name for name, params in harness.request.calls[before:] if name == "sendMessage"]
    assert sent == ["sendMessage"]
    (alert,) = await rows(harness, Alert)
    assert alert.severity == Severity.CRISIS
    # The outbox does not send the numbers a second time; the coach's alert goes out.
    help_row = next(r for r in await rows(harness, OutboxMessage) if r.kind == "help.numbers")
    assert help_row.status is OutboxStatus.SENT
    await deliver(harness)
    assert [t for t in harness.request.texts(amina.id) if "116 016" in t] == replies
    assert any(text.startswith("🆘") for text in harness.request.texts(cast.coach.id))


async def test_the_numbers_still_come_from_the_outbox_if_the_chat_never_shows_them(
    harness: Harness, cast: Cast
) -> None:
    """The turn's triage holds the outbox's numbers back; if the turn then never says them
    (a crash, a failed send), the outbox sends them a moment later."""
    deps = deps_of(harness)
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
                question="text",
                text=DYING_AR,
                text_language="ar",
                answered_at=now,
            )
        )
    triaged = await triage_checkin(deps, checkin.id, in_chat=True)
    assert triaged is not None and triaged.crisis
    assert await triage_checkin(deps, checkin.id, in_chat=True) is None  # once only
    await deliver(harness)
    assert not any("116 016" in t for t in harness.request.texts(cast.participant.id))
    harness.clock.advance(HELP_FALLBACK)
    await deliver(harness)
    assert any("116 016" in t for t in harness.request.texts(cast.participant.id))


# -- appointments ------------------------------------------------------------------------------


async def make_with_note(harness: Harness, cast: Cast) -> int:
    """Jonas makes an appointment for Amina with a place and a note; returns its id."""
    coach = cast.coach
    await harness.send(coach, "/appointment")
    await harness.press(coach, f"apn:p:{cast.participant_id}")
    await harness.send(coach, "morgen 9:30")
    await harness.press(coach, "apn:k:job_centre")
    await harness.send(coach, "Jobcenter <Kassel> & Co")
    (confirm,) = await harness.send(coach, "Bitte Pass mitbringen")
    # The coach's confirmation: the note, the time in bold, the place escaped.
    assert "\nHinweis: Bitte Pass mitbringen\nSo speichern?" in confirm
    assert "<b>Dienstag, 24. November 2026, 09:30 Uhr</b>" in confirm
    assert "Jobcenter &lt;Kassel&gt; &amp; Co" in confirm
    assert harness.request.sent(coach.id)[-1]["parse_mode"] == "HTML"
    await harness.press(coach, "apn:save")
    (appointment,) = await rows(harness, Appointment)
    return int(appointment.id)


async def test_the_note_is_in_the_news_and_the_reminder(harness: Harness, cast: Cast) -> None:
    amina = cast.participant
    await make_with_note(harness, cast)
    await deliver(harness)
    news = harness.request.texts(amina.id)[0]
    assert news.count("Bitte Pass mitbringen") == 2  # in the German block and in hers
    assert "Hinweis: Bitte Pass mitbringen" in news and "&lt;Kassel&gt;" in news
    harness.clock.advance(timedelta(hours=22))  # 08:00 on the day: the 2-hour reminder is due
    await deliver(harness)
    reminder = harness.request.texts(amina.id)[-1]
    assert reminder.startswith("Erinnerung: Jobcenter") and "Hinweis: Bitte Pass mitbringen" in reminder


async def test_an_appointment_answer_stays_visible_and_can_be_changed_until_it_starts(
    harness: Harness, cast: Cast
) -> None:
    amina = cast.participant
    apt = await make_with_note(harness, cast)
    await deliver(harness)

    assert await harness.press(amina, f"apa:yes:{apt}:1", message_id=77) == []
    edit = last_edit(harness, amina.id)
    assert edit["message_id"] == 77 and edit["parse_mode"] == "HTML"
    assert "Kommen Sie?" in edit["text"] and edit["text"].endswith("✅ Ich komme\n\u200f✅ سأحضر")
    assert "<b>Dienstag, 24. November 2026, 09:30 Uhr</b>" in edit["text"]
    assert [b["callback_data"] for row in edit["reply_markup"]["inline_keyboard"] for b in row] == [
        f"apa:change:{apt}:1"
    ]

    # "Change answer": the question again, with both buttons; then "no".
    assert await harness.press(amina, f"apa:change:{apt}:1", message_id=77) == []
    edit = last_edit(harness, amina.id)
    assert edit["text"].endswith("هل ستحضر؟") and "✅" not in edit["text"]
    assert [b["callback_data"] for row in edit["reply_markup"]["inline_keyboard"] for b in row] == [
        f"apa:yes:{apt}:1",
        f"apa:no:{apt}:1",
    ]
    replies = await harness.press(amina, f"apa:no:{apt}:1", message_id=77)
    assert replies[0].startswith("Schade.")
    assert "❌ Ich komme nicht" in last_edit(harness, amina.id)["text"]
    await harness.press(amina, f"aps:{apt}", message_id=78)  # without a reason
    assert last_edit(harness, amina.id)["text"].startswith("→ Ohne Grund")

    # /appointments shows her current answer and the note, bilingual.
    (listing,) = await harness.send(amina, "/appointments")
    assert listing.startswith("Kommende Termine:\n\n<b>Dienstag, 24. November 2026, 09:30 Uhr</b>: Jobcenter")
    assert (
        "Hinweis: Bitte Pass mitbringen\n❌ Ich komme nicht" in listing and "❌ لا أستطيع الحضور" in listing
    )

    # A forged version is stale; once it has begun, the answer can no longer change.
    assert (await harness.press(amina, f"apa:change:{apt}:9"))[0].startswith(
        "Diese Schaltfläche gilt nicht mehr."
    )
    harness.clock.advance(timedelta(days=1))
    replies = await harness.press(amina, f"apa:change:{apt}:1")
    assert replies[0].startswith("Dieser Termin hat schon begonnen.")
    (stored,) = await rows(harness, Appointment)
    assert stored.answer is Attendance.NOT_COMING


async def test_a_reason_reaches_the_coach_translated_in_one_message(
    harness: Harness, cast: Cast, mt: None
) -> None:
    amina = cast.participant
    apt = await make_with_note(harness, cast)
    await deliver(harness)
    before = len(harness.request.texts(cast.coach.id))
    await harness.press(amina, f"apa:no:{apt}:1")
    replies = await harness.send(amina, "أنا مريضة")
    assert replies[0].startswith("Ihre Beraterin oder Ihr Berater weiß Bescheid.")
    assert ("sendChatAction", "typing") in [(n, p.get("action")) for n, p in harness.request.calls]
    await deliver(harness)
    (notice,) = harness.request.texts(cast.coach.id)[before:]
    assert notice.startswith("Amina kann nicht kommen: Jobcenter, Dienstag, 24. November 2026")
    assert "«أنا مريضة»" in notice and "«ich bin krank»" in notice
    assert harness.request.buttons(cast.coach.id) == [
        f"rly:{cast.participant_id}",
        f"cpc:{cast.participant_id}",
    ]
    # Nothing more comes later (the notice held back for the reason was part of it).
    harness.clock.advance(timedelta(minutes=10))
    await deliver(harness)
    assert len(harness.request.texts(cast.coach.id)) == before + 1


async def test_a_reason_with_crisis_words_gives_the_numbers_first_and_alerts(
    harness: Harness, cast: Cast
) -> None:
    """A "can't come" reason is scanned like every text she writes: a crisis raises an
    alert and she gets the 24/7 numbers first and alone, then that her coach knows."""
    amina = cast.participant
    apt = await make_with_note(harness, cast)
    await deliver(harness)
    await harness.press(amina, f"apa:no:{apt}:1")
    replies = await harness.send(amina, DYING_AR)
    assert len(replies) == 2
    assert replies[0].startswith("\u200fأنت لست وحدك") and "116 016" in replies[0]
    assert replies[1].startswith("Ihre Beraterin oder Ihr Berater weiß Bescheid.")
    (alert,) = await rows(harness, Alert)
    assert alert.severity == Severity.CRISIS and alert.message_id is not None
    (stored,) = await rows(harness, Appointment)
    assert stored.answer is Attendance.NOT_COMING and stored.answer_reason == DYING_AR
    # The numbers are not sent a second time; the coach gets the alert and the reason.
    await deliver(harness)
    assert [t for t in harness.request.texts(amina.id) if "116 016" in t] == replies[:1]
    coach_texts = harness.request.texts(cast.coach.id)
    assert any(text.startswith("🆘") for text in coach_texts)
    assert any("kann nicht kommen" in text and DYING_AR in text for text in coach_texts)


async def test_an_ordinary_reason_raises_no_alert(harness: Harness, cast: Cast) -> None:
    amina = cast.participant
    apt = await make_with_note(harness, cast)
    await deliver(harness)
    await harness.press(amina, f"apa:no:{apt}:1")
    replies = await harness.send(amina, "Mein Kind ist krank")
    assert replies == [replies[0]] and replies[0].startswith("Ihre Beraterin oder Ihr Berater")
    assert await rows(harness, Alert) == []
