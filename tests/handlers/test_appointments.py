"""Appointments through the real Application: the dialogue, the lists, the answers."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

from sqlalchemy import select

from bot.app import dispatcher_of
from bot.i18n import Translator
from bot.models import (
    Appointment,
    AppointmentKind,
    AppointmentStatus,
    Attendance,
    OutboxMessage,
    OutboxStatus,
    Person,
)
from bot.services.appointment_lists import Agenda, Listed
from ui import appointments as view
from ui.appointments import MANAGED_SHOWN

from harness import Harness, User
from seed import Cast, deps_of, load


async def appointments_in_db(harness: Harness) -> list[Appointment]:
    async with deps_of(harness).sessionmaker() as session:
        return list(await session.scalars(select(Appointment).order_by(Appointment.id)))


def last_edit(harness: Harness, user: User) -> dict[str, Any]:
    return harness.request.sent(user.id, "editMessageText")[-1]


def labels_of(params: dict[str, Any]) -> list[list[tuple[str, str]]]:
    """(label, callback data) of each button, row by row."""
    markup = params.get("reply_markup") or {"inline_keyboard": []}
    markup = json.loads(markup) if isinstance(markup, str) else markup
    return [[(b["text"], b["callback_data"]) for b in row] for row in markup["inline_keyboard"]]


def buttons_of(params: dict[str, Any]) -> list[str]:
    return [data for row in labels_of(params) for _, data in row]


BOLD_TIMES = {"morgen 9:30": "Dienstag, 24. November 2026, 09:30 Uhr</b>"}


async def make_by_chat(harness: Harness, cast: Cast, when: str = "morgen 9:30") -> Appointment:
    """Jonas makes an appointment for Amina. Each button edits the question it sat under:
    the answer stays in view, the next question below it; typed steps get a new question."""
    coach = cast.coach
    await harness.send(coach, "/appointment")
    assert harness.request.buttons(coach.id) == [f"apn:p:{cast.participant_id}"]
    assert await harness.press(coach, f"apn:p:{cast.participant_id}", message_id=11) == []
    edit = last_edit(harness, coach)
    assert edit["message_id"] == 11 and "reply_markup" not in edit
    assert edit["text"].startswith("Termin für Amina.\n\nWann? Schreiben Sie zum Beispiel")
    replies = await harness.send(coach, when)
    assert replies == ["Was für ein Termin?"]  # what she typed stands between
    assert await harness.press(coach, "apn:k:job_centre", message_id=12) == []
    edit = last_edit(harness, coach)
    assert edit["message_id"] == 12 and buttons_of(edit) == ["apn:skip"]
    assert edit["text"].startswith("Was für ein Termin?\n→ Jobcenter\n\nWo? Schreiben Sie den Ort")
    replies = await harness.send(coach, "Jobcenter Kassel, Grüner Weg 2")
    assert replies[0].startswith("Eine Notiz für die Person?")
    assert await harness.press(coach, "apn:skip", message_id=13) == []
    edit = last_edit(harness, coach)  # the note question became the preview
    assert edit["message_id"] == 13 and edit["parse_mode"] == "HTML"
    assert edit["text"].startswith("Termin für Amina:\nJobcenter\n<b>" + BOLD_TIMES.get(when, ""))
    assert "Jobcenter Kassel, Grüner Weg 2" in edit["text"] and edit["text"].endswith("So speichern?")
    assert buttons_of(edit) == ["apn:save", "apn:discard"]
    assert await harness.press(coach, "apn:save", message_id=13) == []
    edit = last_edit(harness, coach)
    assert edit["message_id"] == 13 and edit["parse_mode"] == "HTML" and "reply_markup" not in edit
    assert edit["text"].startswith("Termin für Amina:\nJobcenter\n<b>" + BOLD_TIMES.get(when, ""))
    assert "So speichern?" not in edit["text"]
    assert edit["text"].endswith(
        "\n\n✅ Gespeichert. Amina bekommt den Termin jetzt und Erinnerungen vorher."
    )
    (appointment, *_) = reversed(await appointments_in_db(harness))
    return appointment


async def test_a_typed_place_and_note_take_the_skip_buttons_away(harness: Harness, cast: Cast) -> None:
    """A question answered by typing keeps no "skip" that could still be pressed."""
    coach = cast.coach
    await harness.send(coach, "/appointment")
    await harness.press(coach, f"apn:p:{cast.participant_id}", message_id=11)
    await harness.send(coach, "morgen 9:30")
    await harness.press(coach, "apn:k:job_centre", message_id=12)  # "Wo?" with "skip" under it
    await harness.send(coach, "Jobcenter Kassel")
    dropped = harness.request.sent(coach.id, "editMessageReplyMarkup")
    assert [(int(d["message_id"]), d.get("reply_markup")) for d in dropped] == [(12, None)]
    note_question = harness.request.sent(coach.id)[-1]
    assert note_question["text"].startswith("Eine Notiz") and buttons_of(note_question) == ["apn:skip"]
    note_id = ((await load(harness, cast.coach_id)).dialogue or {})["question_message"]  # kept once sent
    assert note_id not in (11, 12)
    replies = await harness.send(coach, "Bitte Pass mitbringen")
    assert replies[0].startswith("Termin für Amina:")
    dropped = harness.request.sent(coach.id, "editMessageReplyMarkup")
    assert [(int(d["message_id"]), d.get("reply_markup")) for d in dropped] == [(12, None), (note_id, None)]


async def test_coach_makes_an_appointment_and_the_participant_gets_it(harness: Harness, cast: Cast) -> None:
    appointment = await make_by_chat(harness, cast)
    # Monday 2026-11-23 10:00 local now; "morgen 9:30" is Tuesday 09:30 local = 08:30 UTC.
    assert appointment.starts_at.isoformat() == "2026-11-24T08:30:00+00:00"
    assert await dispatcher_of(harness.app).tick() == 1  # the news goes out now
    texts = harness.request.texts(cast.participant.id)
    assert texts[0].startswith("Neuer Termin: Jobcenter\n<b>Dienstag, 24. November 2026, 09:30 Uhr</b>")
    assert harness.request.sent(cast.participant.id)[0]["parse_mode"] == "HTML"
    assert "\u200f" in texts[0]  # Amina's Arabic below the German
    assert texts[1].startswith("[sendDocument]")
    ics = harness.request.sent(cast.participant.id, "sendDocument")[0]["_files"]
    assert b"DTSTART;TZID=Europe/Berlin:20261124T093000" in next(iter(ics.values()))
    assert harness.request.buttons(cast.participant.id) == [
        f"apa:yes:{appointment.id}:1",
        f"apa:no:{appointment.id}:1",
    ]


async def test_bad_dates_are_explained_and_nothing_is_made(harness: Harness, cast: Cast) -> None:
    await harness.send(cast.coach, "/appointment")
    await harness.press(cast.coach, f"apn:p:{cast.participant_id}")
    answers = {
        "gestern 9 Uhr": "Das habe ich nicht als Datum verstanden.",
        "31.2. 10 Uhr": "Dieses Datum gibt es nicht.",
        "1.1.2020 10:00": "Dieser Zeitpunkt ist schon vorbei.",
        "24.12.2030 10:00": "Das ist mehr als ein Jahr entfernt.",
        "morgen": "Bitte schreiben Sie auch die Uhrzeit",
        "🙂": "Das habe ich nicht als Datum verstanden.",
        "x" * 4000: "Das habe ich nicht als Datum verstanden.",
    }
    for text, expected in answers.items():
        replies = await harness.send(cast.coach, text)
        assert replies[0].startswith(expected), (text[:20], replies)
    assert await appointments_in_db(harness) == []
    # /cancel leaves the dialogue.
    assert (await harness.send(cast.coach, "/cancel"))[0] == "Abgebrochen."


async def test_participant_cannot_come_gives_a_reason_and_the_coach_is_told(
    harness: Harness, cast: Cast
) -> None:
    appointment = await make_by_chat(harness, cast)
    dispatcher = dispatcher_of(harness.app)
    await dispatcher.tick()
    replies = await harness.press(cast.participant, f"apa:no:{appointment.id}:1")
    assert replies[0].startswith("Schade. Möchten Sie sagen, warum?")
    await dispatcher.tick()
    assert harness.request.texts(cast.coach.id)[-1].startswith("Eine Notiz")  # held for the reason
    replies = await harness.send(cast.participant, "Mein Kind ist krank")
    assert replies[0].startswith("Ihre Beraterin oder Ihr Berater weiß Bescheid.")
    await dispatcher.tick()
    # One message: who, which appointment, and why (her words; no model for Arabic here).
    (notice,) = [t for t in harness.request.texts(cast.coach.id) if "kann nicht kommen" in t]
    assert notice.startswith("Amina kann nicht kommen: Jobcenter, Dienstag")
    assert "«Mein Kind ist krank»" in notice
    stored = (await appointments_in_db(harness))[0]
    assert stored.answer is Attendance.NOT_COMING and stored.answer_reason == "Mein Kind ist krank"
    # The "no answer" notice for the coach is no longer planned.
    async with deps_of(harness).sessionmaker() as session:
        no_answer = await session.scalar(select(OutboxMessage).where(OutboxMessage.kind == "coach.no_answer"))
    assert no_answer is not None and no_answer.status is OutboxStatus.CANCELLED


async def test_cant_come_pressed_twice_tells_the_coach_once(harness: Harness, cast: Cast) -> None:
    """A double tap, or the same answer pressed again later, is one notice (issue 17)."""
    appointment = await make_by_chat(harness, cast)
    dispatcher = dispatcher_of(harness.app)
    await dispatcher.tick()
    await harness.press(cast.participant, f"apa:no:{appointment.id}:1")
    await harness.press(cast.participant, f"apa:no:{appointment.id}:1")
    harness.clock.advance(timedelta(minutes=10))  # past the wait for a reason
    await dispatcher.drain()
    await harness.press(cast.participant, f"apa:no:{appointment.id}:1")
    harness.clock.advance(timedelta(minutes=10))
    await dispatcher.drain()
    notices = [t for t in harness.request.texts(cast.coach.id) if "kann nicht kommen" in t]
    assert len(notices) == 1, notices


async def test_answer_buttons_are_checked(harness: Harness, cast: Cast) -> None:
    appointment = await make_by_chat(harness, cast)
    # Another coach's participant cannot answer for Amina, and an old version is stale.
    replies = await harness.press(cast.participant, f"apa:yes:{appointment.id}:7")
    assert "gilt nicht mehr" in replies[0]
    assert await harness.press(cast.participant, f"apa:yes:{appointment.id}:1") == []
    assert harness.toasts()[-1]  # "thank you" as a toast; the question shows "✅ Ich komme"
    assert "✅ Ich komme" in harness.request.sent(cast.participant.id, "editMessageText")[-1]["text"]
    harness.clock.advance(timedelta(days=2))  # the appointment is over
    replies = await harness.press(cast.participant, f"apa:no:{appointment.id}:1")
    assert replies[0].startswith("Dieser Termin ist vorbei oder wurde geändert.")


async def test_lists_cancel_move_and_outcome(harness: Harness, cast: Cast) -> None:
    coach = cast.coach
    appointment = await make_by_chat(harness, cast)
    await dispatcher_of(harness.app).tick()  # Amina has heard of it
    replies = await harness.send(cast.participant, "/appointments")
    assert replies[0].startswith("Kommende Termine:") and "\u200f" in replies[0]
    replies = await harness.send(coach, "/appointments")
    assert replies[0].startswith(
        "Kommende Termine:\n1. Dienstag, 24. November 2026, 09:30 Uhr: Amina, Jobcenter – ❔ keine Antwort"
    )
    # The buttons name the action and the number, not the whole appointment.
    assert labels_of(harness.request.sent(coach.id)[-1]) == [
        [("✏️ 1 verschieben", f"apm:move:{appointment.id}"), ("✖️ 1 absagen", f"apm:cancel:{appointment.id}")]
    ]
    # The other coach sees nothing of Amina and cannot touch her appointment.
    assert (await harness.send(cast.other_coach, "/appointments"))[0] == "No upcoming appointments."
    assert "no longer valid" in (await harness.press(cast.other_coach, f"apm:cancel:{appointment.id}"))[0]

    # "Move" edits the list: as it is, with the question for the new time below it.
    assert await harness.press(coach, f"apm:move:{appointment.id}", message_id=21) == []
    edit = last_edit(harness, coach)
    assert edit["message_id"] == 21 and "reply_markup" not in edit
    assert edit["text"].startswith("Kommende Termine:\n1. Dienstag, 24. November 2026, 09:30 Uhr: Amina")
    assert edit["text"].endswith("\n\nNeuer Zeitpunkt für Amina? Zum Beispiel: morgen 9:30")
    replies = await harness.send(coach, "Mi 14 Uhr")
    assert replies == ["Verschoben. Amina bekommt Bescheid."]
    moved = (await appointments_in_db(harness))[0]
    assert moved.version == 2 and moved.starts_at.isoformat() == "2026-11-25T13:00:00+00:00"

    # "Cancel" edits the list too: drawn again without it, and what was done below.
    await harness.send(coach, "/appointments")
    assert await harness.press(coach, f"apm:cancel:{appointment.id}", message_id=22) == []
    edit = last_edit(harness, coach)
    assert edit["message_id"] == 22 and "reply_markup" not in edit
    assert edit["text"] == "Keine kommenden Termine.\n\nAbgesagt. Amina bekommt Bescheid."
    assert (await appointments_in_db(harness))[0].status is AppointmentStatus.CANCELLED
    # Pressed again (an old list), it is refused and changes nothing.
    assert "gilt nicht mehr" in (await harness.press(coach, f"apm:cancel:{appointment.id}"))[0]
    await dispatcher_of(harness.app).drain()
    texts = harness.request.texts(cast.participant.id)
    assert any(
        text.startswith("Ihr Termin fällt aus: Jobcenter, <b>Mittwoch, 25. November 2026") for text in texts
    )
    assert not any(
        text.startswith("Ihr Termin wurde geändert") for text in texts
    )  # superseded before it went


async def test_cancelling_one_keeps_the_others_in_the_edited_list(harness: Harness, cast: Cast) -> None:
    coach = cast.coach
    first = await make_by_chat(harness, cast)
    second = await make_by_chat(harness, cast, when="übermorgen 10 Uhr")
    await dispatcher_of(harness.app).tick()  # Amina has heard of both
    await harness.send(coach, "/appointments")
    assert buttons_of(harness.request.sent(coach.id)[-1]) == [
        f"apm:move:{first.id}",
        f"apm:cancel:{first.id}",
        f"apm:move:{second.id}",
        f"apm:cancel:{second.id}",
    ]
    await harness.press(coach, f"apm:cancel:{first.id}", message_id=31)
    edit = last_edit(harness, coach)
    assert edit["text"].startswith("Kommende Termine:\n1. Mittwoch, 25. November 2026, 10:00 Uhr: Amina")
    assert edit["text"].endswith("\n\nAbgesagt. Amina bekommt Bescheid.")
    assert labels_of(edit) == [
        [("✏️ 1 verschieben", f"apm:move:{second.id}"), ("✖️ 1 absagen", f"apm:cancel:{second.id}")]
    ]


async def test_past_appointments_can_be_marked(harness: Harness, cast: Cast) -> None:
    coach = cast.coach
    first = await make_by_chat(harness, cast)
    second = await make_by_chat(harness, cast, when="morgen 11 Uhr")
    assert "gilt nicht mehr" in (await harness.press(coach, f"apm:attended:{first.id}"))[0]
    harness.clock.advance(timedelta(days=1, hours=2))
    replies = await harness.send(coach, "/appointments")
    # Newest first, numbered, with short buttons.
    assert replies[1].startswith(
        "Vergangene Termine – bitte eintragen, ob die Person da war:\n"
        "1. Dienstag, 24. November 2026, 11:00 Uhr: Amina, Jobcenter – ❔ keine Antwort\n"
        "2. Dienstag, 24. November 2026, 09:30 Uhr: Amina"
    )
    assert labels_of(harness.request.sent(coach.id)[-1]) == [
        [("✅ 1 da", f"apm:attended:{second.id}"), ("❌ 1 nicht da", f"apm:missed:{second.id}")],
        [("✅ 2 da", f"apm:attended:{first.id}"), ("❌ 2 nicht da", f"apm:missed:{first.id}")],
    ]
    assert await harness.press(coach, f"apm:missed:{first.id}", message_id=41) == []
    edit = last_edit(harness, coach)
    assert edit["message_id"] == 41 and edit["text"].endswith("\n\n❌ Eingetragen: Amina war nicht da.")
    assert buttons_of(edit) == [f"apm:attended:{second.id}", f"apm:missed:{second.id}"]
    assert await harness.press(coach, f"apm:attended:{second.id}", message_id=41) == []
    edit = last_edit(harness, coach)
    assert edit["text"] == "✅ Eingetragen: Amina war da." and "reply_markup" not in edit
    assert [a.status for a in await appointments_in_db(harness)] == [
        AppointmentStatus.MISSED,
        AppointmentStatus.ATTENDED,
    ]


async def test_skipping_the_place_and_discarding_edit_in_place(harness: Harness, cast: Cast) -> None:
    coach = cast.coach
    await harness.send(coach, "/appointment")
    await harness.press(coach, f"apn:p:{cast.participant_id}", message_id=11)
    await harness.send(coach, "morgen 9:30")
    await harness.press(coach, "apn:k:doctor", message_id=12)
    # The place skipped: the same message shows the kind, "Wo? → noch offen", the note question.
    assert await harness.press(coach, "apn:skip", message_id=12) == []
    edit = last_edit(harness, coach)
    assert edit["message_id"] == 12 and buttons_of(edit) == ["apn:skip"]
    assert edit["text"].startswith(
        "Was für ein Termin?\n→ Arzt oder Ärztin\n\nWo?\n→ noch offen\n\nEine Notiz"
    )
    (preview,) = await harness.send(coach, "Bitte <Pass> mitbringen")  # typed: a new message
    assert "Hinweis: Bitte &lt;Pass&gt; mitbringen\nSo speichern?" in preview
    assert await harness.press(coach, "apn:discard", message_id=14) == []
    edit = last_edit(harness, coach)
    assert edit["message_id"] == 14 and "reply_markup" not in edit and edit["parse_mode"] == "HTML"
    assert edit["text"].startswith("Termin für Amina:\nArzt oder Ärztin\n<b>Dienstag, 24. November 2026")
    assert edit["text"].endswith("Hinweis: Bitte &lt;Pass&gt; mitbringen\n\n🗑 Verworfen.")
    assert await appointments_in_db(harness) == []
    # Three new messages in all: "Für wen?", "Was für ein Termin?" and the preview.
    assert len(harness.request.sent(coach.id)) == 3


async def test_stale_and_forged_making_buttons_are_refused(harness: Harness, cast: Cast) -> None:
    coach = cast.coach
    assert "gilt nicht mehr" in (await harness.press(coach, "apn:save"))[0]  # no draft at all
    await harness.send(coach, "/appointment")
    # Another coach's participant, or a button of a later step, changes nothing.
    other = await harness.press(coach, f"apn:p:{cast.other_coach_id}", message_id=11)
    assert "gilt nicht mehr" in other[0]
    assert "gilt nicht mehr" in (await harness.press(coach, "apn:skip", message_id=11))[0]
    await harness.press(coach, f"apn:p:{cast.participant_id}", message_id=11)
    edits = len(harness.request.sent(coach.id, "editMessageText"))
    assert "gilt nicht mehr" in (await harness.press(coach, f"apn:p:{cast.participant_id}", message_id=11))[0]
    await harness.send(coach, "morgen 9:30")
    assert "gilt nicht mehr" in (await harness.press(coach, "apn:k:party", message_id=12))[0]
    assert "gilt nicht mehr" in (await harness.press(coach, "apn:discard", message_id=12))[0]
    assert len(harness.request.sent(coach.id, "editMessageText")) == edits  # no question rewritten
    await make_by_chat(harness, cast)
    # The saved preview's buttons, pressed again, save nothing twice.
    assert "gilt nicht mehr" in (await harness.press(coach, "apn:save", message_id=13))[0]
    assert len(await appointments_in_db(harness)) == 1


async def test_list_buttons_are_short_in_every_language(harness: Harness, cast: Cast) -> None:
    """Coach buttons name the action and a number: under 20 characters where two share a
    row, one column where they would not fit, in all seven languages, with 10 appointments."""
    deps = deps_of(harness)
    async with deps.sessionmaker() as session:
        coach = await session.get(Person, cast.coach_id)
    assert coach is not None
    appointment = Appointment(
        id=7,
        participant_id=cast.participant_id,
        kind=AppointmentKind.JOB_CENTRE,
        starts_at=harness.clock.now() + timedelta(days=1),
        place="",
        note="",
    )
    listed = [Listed(appointment, "Maria-Magdalena Alexandrowna Petrowa-Schmidt")] * MANAGED_SHOWN
    for language in deps.catalogue.languages:
        t = Translator(deps.catalogue, language)
        for text, markup in (
            view.coach_list(t, Agenda(listed, []), coach),
            view.outcome_view(t, listed, coach),
        ):
            rows = markup.inline_keyboard
            assert len(rows) >= MANAGED_SHOWN, language
            assert all(len(row) == 1 or all(len(b.text) < 20 for b in row) for row in rows), language
            assert len({len(row) for row in rows}) == 1, language  # pairs, or one column throughout
            assert all(len(b.text) < 24 for row in rows for b in row), language
            assert all(len(row) <= 2 for row in rows), language
            assert f"{MANAGED_SHOWN}" in rows[-1][-1].text, language  # the number, not the name
            assert "Maria" not in str([b.text for row in rows for b in row]), language
            assert text.count("Maria-Magdalena") == MANAGED_SHOWN, language  # named in the text


async def test_a_refused_edit_sends_the_next_question_anew(harness: Harness, cast: Cast) -> None:
    """Should Telegram refuse the edit (the question was deleted), the next question comes as
    a new message: the dialogue goes on."""
    coach = cast.coach
    await harness.send(coach, "/appointment")
    harness.request.fail_methods.add("editMessageText")
    replies = await harness.press(coach, f"apn:p:{cast.participant_id}", message_id=11)
    assert replies == [
        "Termin für Amina.\n\nWann? Schreiben Sie zum Beispiel: morgen 9:30, 24.8. 14 Uhr, Mo 10:00"
    ]
    (fallback,) = harness.request.sent(coach.id, "editMessageReplyMarkup")
    assert fallback["message_id"] == 11 and "reply_markup" not in fallback
    assert (await harness.send(coach, "morgen 9:30")) == ["Was für ein Termin?"]


async def test_switching_to_coming_after_the_coach_heard_cant_come_tells_the_coach(
    harness: Harness, cast: Cast
) -> None:
    appointment = await make_by_chat(harness, cast)
    dispatcher = dispatcher_of(harness.app)
    await dispatcher.tick()
    await harness.press(cast.participant, f"apa:no:{appointment.id}:1")
    harness.clock.advance(timedelta(minutes=10))  # no reason: the coach hears "can't come"
    await dispatcher.drain()
    await harness.press(cast.participant, f"apa:yes:{appointment.id}:1")
    await dispatcher.drain()
    coach = harness.request.texts(cast.coach.id)
    assert len([t for t in coach if "kann nicht kommen" in t]) == 1
    assert coach[-1].startswith("Amina kommt doch: Jobcenter, Dienstag")


async def test_switching_before_the_coach_heard_cant_come_tells_the_coach_nothing(
    harness: Harness, cast: Cast
) -> None:
    appointment = await make_by_chat(harness, cast)
    dispatcher = dispatcher_of(harness.app)
    await dispatcher.tick()
    before = len(harness.request.texts(cast.coach.id))
    await harness.press(cast.participant, f"apa:no:{appointment.id}:1")
    await harness.press(cast.participant, f"apa:yes:{appointment.id}:1")
    harness.clock.advance(timedelta(minutes=10))
    await dispatcher.drain()
    assert harness.request.texts(cast.coach.id)[before:] == []


async def test_a_reason_question_left_open_lapses_and_a_later_text_goes_to_the_coach(
    harness: Harness, cast: Cast
) -> None:
    appointment = await make_by_chat(harness, cast)
    dispatcher = dispatcher_of(harness.app)
    await dispatcher.tick()
    await harness.press(cast.participant, f"apa:no:{appointment.id}:1")
    harness.clock.advance(timedelta(minutes=deps_of(harness).settings.reason_question_minutes))
    replies = await harness.send(cast.participant, "Wann ist der Deutschkurs?")
    # Not taken as the reason ("Bescheid" about the appointment): a message of its own,
    # and she is asked once whether what she writes goes to her coach.
    assert not replies[0].startswith("Ihre Beraterin oder Ihr Berater weiß Bescheid.")
    stored = (await appointments_in_db(harness))[0]
    assert stored.answer_reason is None


async def test_a_reason_for_an_appointment_moved_meanwhile_goes_to_the_coach(
    harness: Harness, cast: Cast
) -> None:
    appointment = await make_by_chat(harness, cast)
    dispatcher = dispatcher_of(harness.app)
    await dispatcher.tick()
    await harness.press(cast.participant, f"apa:no:{appointment.id}:1")
    async with deps_of(harness).sessionmaker.begin() as session:
        stored = await session.get(Appointment, appointment.id)
        assert stored is not None
        stored.answer = None  # as a move to a new version leaves it: no answer yet
    replies = await harness.send(cast.participant, "Mein Kind ist krank")
    assert replies[0].startswith("Ihre Beraterin oder Ihr Berater weiß Bescheid.")
    async with deps_of(harness).sessionmaker() as session:
        relayed = list(
            await session.scalars(select(OutboxMessage).where(OutboxMessage.kind == "relay.to_coach"))
        )
    assert len(relayed) == 1
