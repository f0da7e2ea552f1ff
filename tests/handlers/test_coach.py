"""The coach's tools through the real Application: /participants, the card, notes, access."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

from sqlalchemy import select

from bot.i18n import Translator
from bot.models import (
    Alert,
    AlertSource,
    AlertStatus,
    AuditEntry,
    Checkin,
    CheckinAnswer,
    CheckinStatus,
    CoachNote,
    Person,
    Role,
    Severity,
)
from bot.services.caseload import MAX_NOTE
from ui import coach as coach_view

from harness import Harness, User
from seed import Cast, add_member, add_person, deps_of

STALE = "gilt nicht mehr"


async def add_participants(harness: Harness, coach_id: int, count: int, start: int = 500) -> list[int]:
    return [
        await add_person(
            deps_of(harness),
            telegram_user_id=start + index,
            name=f"Teilnehmende {index:02}",
            role=Role.PARTICIPANT,
            coach_id=coach_id,
        )
        for index in range(count)
    ]


async def add_checkin(harness: Harness, person_id: int, weeks_ago: int, mood: int, **text: Any) -> int:
    deps = deps_of(harness)
    now = deps.clock.now()
    async with deps.sessionmaker.begin() as session:
        done = now - timedelta(weeks=weeks_ago, hours=1)
        checkin = Checkin(
            person_id=person_id,
            questionnaire="weekly",
            period=f"w-{weeks_ago}",
            status=CheckinStatus.COMPLETED,
            offered_at=done - timedelta(hours=1),
            expires_at=done + timedelta(days=2),
            started_at=done,
            completed_at=done,
        )
        session.add(checkin)
        await session.flush()
        session.add(
            CheckinAnswer(
                checkin_id=checkin.id, person_id=person_id, question="mood", score=mood, answered_at=done
            )
        )
        if text:
            session.add(
                CheckinAnswer(
                    checkin_id=checkin.id, person_id=person_id, question="text", answered_at=done, **text
                )
            )
        return checkin.id


async def add_alert(
    harness: Harness,
    person_id: int,
    severity: Severity,
    checkin_id: int | None = None,
    rule: str = "low_mood",
) -> None:
    deps = deps_of(harness)
    async with deps.sessionmaker.begin() as session:
        session.add(
            Alert(
                participant_id=person_id,
                source=AlertSource.CHECKIN if checkin_id else AlertSource.HELP_BUTTON,
                checkin_id=checkin_id,
                severity=int(severity),
                reasons=[{"rule": rule, "severity": int(severity), "detail": {}}],
                status=AlertStatus.OPEN,
                created_at=deps.clock.now() - timedelta(hours=1),
            )
        )


async def audit_log(harness: Harness) -> list[AuditEntry]:
    async with deps_of(harness).sessionmaker() as session:
        return list(await session.scalars(select(AuditEntry).order_by(AuditEntry.id)))


async def notes(harness: Harness) -> list[CoachNote]:
    async with deps_of(harness).sessionmaker() as session:
        return list(await session.scalars(select(CoachNote).order_by(CoachNote.id)))


def card_buttons(participant_id: int) -> list[str]:
    return [f"rly:{participant_id}", f"cpn:{participant_id}", "cpl:0"]


def last_edit(harness: Harness, user: User) -> dict[str, Any]:
    return harness.request.sent(user.id, "editMessageText")[-1]


def buttons_of(params: dict[str, Any]) -> list[str]:
    markup = params.get("reply_markup") or {"inline_keyboard": []}
    markup = json.loads(markup) if isinstance(markup, str) else markup
    return [b["callback_data"] for row in markup["inline_keyboard"] for b in row]


def labels_of(params: dict[str, Any]) -> list[list[str]]:
    markup = params.get("reply_markup") or {"inline_keyboard": []}
    markup = json.loads(markup) if isinstance(markup, str) else markup
    return [[b["text"] for b in row] for row in markup["inline_keyboard"]]


def messages_to(harness: Harness, user: User) -> int:
    return sum(len(harness.request.sent(user.id, m)) for m in ("sendMessage", "sendPhoto"))


# -- the list --------------------------------------------------------------------------------


async def test_participants_are_paged_eight_at_a_time(harness: Harness, cast: Cast) -> None:
    ids = [cast.participant_id, *await add_participants(harness, cast.coach_id, 19)]
    await add_participants(harness, cast.other_coach_id, 3, start=900)  # not Jonas's

    replies = await harness.send(cast.coach, "/participants")
    assert len(replies) == 1
    assert replies[0].startswith("Ihre Teilnehmenden (20), Seite 1 von 3:")
    assert "Amina\nzuletzt aktiv: noch nie · Übungsserie: 0 · nächster Termin: keiner" in replies[0]
    first = harness.request.buttons(cast.coach.id)
    assert first[-1] == "cpl:1" and len(first) == 9
    assert first[0] == f"cpc:{cast.participant_id}"  # "Amina" sorts before "Teilnehmende …"

    # Paging turns the list's own message into the next page; nothing new is sent.
    assert await harness.press(cast.coach, "cpl:1", message_id=40) == []
    edit = last_edit(harness, cast.coach)
    assert int(edit["message_id"]) == 40
    assert edit["text"].startswith("Ihre Teilnehmenden (20), Seite 2 von 3:")
    second = buttons_of(edit)
    assert second[-2:] == ["cpl:0", "cpl:2"] and len(second) == 10

    assert await harness.press(cast.coach, "cpl:2", message_id=40) == []
    edit = last_edit(harness, cast.coach)
    assert edit["text"].startswith("Ihre Teilnehmenden (20), Seite 3 von 3:")
    third = buttons_of(edit)
    assert third[-1] == "cpl:1" and len(third) == 5
    shown = [data for data in first + second + third if data.startswith("cpc:")]
    assert sorted(int(data[4:]) for data in shown) == sorted(ids)

    # A page beyond the end shows the last one; the buttons answer their query.
    await harness.press(cast.coach, "cpl:99")
    assert last_edit(harness, cast.coach)["text"].startswith("Ihre Teilnehmenden (20), Seite 3 von 3:")
    assert STALE in (await harness.press(cast.coach, "cpl:x"))[0]
    assert [entry.action for entry in await audit_log(harness)].count("caseload.viewed") == 4


async def test_back_turns_the_card_into_the_list_in_place(harness: Harness, cast: Cast) -> None:
    await harness.send(cast.coach, "/participants")
    await harness.press(cast.coach, f"cpc:{cast.participant_id}")
    assert harness.request.buttons(cast.coach.id) == card_buttons(cast.participant_id)
    card_id = 41  # the card's message, as Telegram names it in the pressed button's query
    sent = messages_to(harness, cast.coach)
    assert await harness.press(cast.coach, "cpl:0", message_id=card_id) == []
    edit = last_edit(harness, cast.coach)
    assert int(edit["message_id"]) == card_id
    assert edit["text"].startswith("Ihre Teilnehmenden (1), Seite 1 von 1:")
    assert buttons_of(edit) == [f"cpc:{cast.participant_id}"]
    assert messages_to(harness, cast.coach) == sent  # no new list below the card


async def test_coach_buttons_name_their_action_in_few_characters(harness: Harness, cast: Cast) -> None:
    long_name = "Maria-Magdalena Alexandrowna Petrowa-Schmidt"
    await add_member(
        harness, User(88, long_name, "ru"), Role.PARTICIPANT, coach_id=cast.coach_id, language="ru"
    )
    await harness.send(cast.coach, "/participants")
    labels = labels_of(harness.request.sent(cast.coach.id)[-1])
    assert all(len(label) <= 24 for row in labels for label in row), labels
    assert ["Maria-Magdalena Alexand…"] in labels  # cut, one per row
    await harness.press(cast.coach, f"cpc:{cast.participant_id}")
    assert labels_of(harness.request.sent(cast.coach.id)[-1]) == [
        ["✍️ Schreiben", "📝 Notiz"],
        ["⬅ Zurück zur Liste"],
    ]
    # Every language's coach labels are short; where two would not fit a row, one column.
    catalogue = deps_of(harness).catalogue
    for language in catalogue.languages:
        t = Translator(catalogue, language)
        rows = coach_view.card_keyboard(t, cast.participant_id).inline_keyboard
        assert all(len(b.text) <= 24 for row in rows for b in row), language
        assert all(sum(len(b.text) for b in row) <= 24 or len(row) == 1 for row in rows), language


async def test_open_alerts_come_first_with_their_marker(harness: Harness, cast: Cast) -> None:
    others = await add_participants(harness, cast.coach_id, 3)
    await add_alert(harness, others[2], Severity.URGENT)
    await add_alert(harness, others[2], Severity.NORMAL)
    await add_alert(harness, others[1], Severity.CRISIS)
    harness.clock.advance(timedelta(days=3))
    await harness.send(cast.participant, "/help")  # Amina was here today
    replies = await harness.send(cast.coach, "/participants")
    lines = replies[0].split("\n")
    names = [line for line in lines if line and not line.startswith(("Ihre", "zuletzt"))]
    assert names == ["🆘1 Teilnehmende 01", "❗2 Teilnehmende 02", "Amina", "Teilnehmende 00"]
    assert "Amina\nzuletzt aktiv: heute" in replies[0]
    assert harness.request.buttons(cast.coach.id)[0] == f"cpc:{others[1]}"
    harness.clock.advance(timedelta(days=2))
    assert "Amina\nzuletzt aktiv: vor 2 Tagen" in (await harness.send(cast.coach, "/participants"))[0]


async def test_staff_see_everyone_with_their_coach(harness: Harness, cast: Cast) -> None:
    (bilal,) = await add_participants(harness, cast.other_coach_id, 1)
    replies = await harness.send(cast.staff, "/participants")
    assert replies[0].startswith("Alle Teilnehmenden (2), Seite 1 von 1:")
    assert "Amina\n" in replies[0] and "Beraterin oder Berater: Jonas" in replies[0]
    assert "Beraterin oder Berater: Petra" in replies[0]
    assert harness.request.buttons(cast.staff.id) == [f"cpc:{cast.participant_id}", f"cpc:{bilal}"]
    replies = await harness.press(cast.staff, f"cpc:{bilal}")
    assert "👤 Teilnehmende 00" in replies[0]


async def test_an_empty_list_says_how_to_invite(harness: Harness, cast: Cast) -> None:
    replies = await harness.send(cast.other_coach, "/participants")
    assert replies == [
        "You have no participants yet. Make an invitation link with /invite; whoever joins with it and agrees will appear here."
    ]
    assert harness.request.buttons(cast.other_coach.id) == []


# -- the card --------------------------------------------------------------------------------


async def test_the_card_has_a_mood_picture_and_text_where_pictures_fail(harness: Harness, cast: Cast) -> None:
    pid = cast.participant_id
    for weeks_ago, mood in ((7, 5), (5, 4), (3, 2), (1, 3)):
        await add_checkin(harness, pid, weeks_ago, mood)
    flagged = await add_checkin(
        harness,
        pid,
        0,
        1,
        text="لا أستطيع النوم " * 30,
        text_language="ar",
        text_de="Ich kann nicht schlafen.",
        translated_by="test-mt",
    )
    await add_alert(harness, pid, Severity.URGENT, checkin_id=flagged, rule="low_mood")
    await add_alert(harness, pid, Severity.CRISIS, rule="help_button")

    replies = await harness.press(cast.coach, f"cpc:{pid}")

    assert len(replies) == 2
    caption = "Stimmung von Amina in den letzten 12 Wochen (links die älteste, · = keine Antwort): "
    assert replies[0] == f"[sendPhoto] {caption}····😄·🙂·🙁·😐😞"
    (picture,) = harness.request.sent(cast.coach.id, "sendPhoto")[-1]["_files"].values()
    assert picture.startswith(b"\x89PNG")
    card = replies[1]
    assert card.startswith("👤 Amina\nSprache: العربية · Gruppe: keine\nBeraterin oder Berater: Jonas")
    assert "Deutsch: Niveau noch offen, Übungsserie: 0" in card
    assert "Stimmung 😞 1/5" in card and "Stimmung 😄 5/5" not in card  # the last four only
    assert "Stimmung 😐 3/5" in card and "Stimmung 🙁 2/5" in card and "Stimmung 🙂 4/5" in card
    assert "❗ Auffällig:" in card
    assert "Text (العربية): „لا أستطيع النوم" in card
    assert "Maschinelle Übersetzung (kann Fehler enthalten): „Ich kann nicht schlafen.“" in card
    assert "Offene Meldungen (2):\n🆘 " in card
    assert "Keine Termine geplant." in card and "Noch keine Notizen." in card
    assert len(card) < 4096
    assert harness.request.buttons(cast.coach.id) == card_buttons(pid)
    assert harness.toasts()[-1] is None  # the spinner stops, no toast

    harness.request.fail_methods.add("sendPhoto")
    replies = await harness.press(cast.coach, f"cpc:{pid}")
    assert replies[0] == f"{caption}····😄·🙂·🙁·😐😞"  # the faces, as text
    assert replies[1].startswith("👤 Amina")
    viewed = [e for e in await audit_log(harness) if e.action == "participant.card_viewed"]
    assert [(e.actor_id, e.subject_id, e.details) for e in viewed] == [(cast.coach_id, pid, {})] * 2


async def test_a_card_without_checkins_has_no_picture(harness: Harness, cast: Cast) -> None:
    replies = await harness.press(cast.coach, f"cpc:{cast.participant_id}")
    assert len(replies) == 1 and "Noch keine ausgefüllten Check-ins." in replies[0]
    assert harness.request.sent(cast.coach.id, "sendPhoto") == []


# -- notes -----------------------------------------------------------------------------------


async def test_a_note_is_asked_for_checked_and_saved(harness: Harness, cast: Cast) -> None:
    pid = cast.participant_id
    replies = await harness.press(cast.coach, f"cpn:{pid}")
    assert replies == [
        "Ihre Notiz zu Amina: Schreiben Sie sie als eine Nachricht (höchstens 2.000 Zeichen). Abbrechen: /cancel"
    ]
    replies = await harness.send(cast.coach, "x" * (MAX_NOTE + 1))
    assert replies[0].startswith("Diese Notiz hat 2.001 Zeichen, es passen höchstens 2.000.")
    assert await notes(harness) == []
    replies = await harness.send(cast.coach, "Sucht eine Wohnung; Termin beim Wohnungsamt anregen.")
    assert replies == ["Die Notiz zu Amina ist gespeichert."]
    assert harness.request.buttons(cast.coach.id) == [f"cpc:{pid}"]
    (note,) = await notes(harness)
    assert (note.participant_id, note.author_id) == (pid, cast.coach_id)
    assert note.text == "Sucht eine Wohnung; Termin beim Wohnungsamt anregen."
    # The dialogue is over: more text is just text.
    assert "niemand liest sie hier" in (await harness.send(cast.coach, "noch etwas"))[0]
    assert len(await notes(harness)) == 1
    card = (await harness.press(cast.coach, f"cpc:{pid}"))[0]
    assert "Notizen:\n" in card and "(Jonas): Sucht eine Wohnung; Termin beim Wohnungsamt anregen." in card
    added = [e for e in await audit_log(harness) if e.action == "participant.note_added"]
    assert [(e.actor_id, e.subject_id, e.details) for e in added] == [
        (cast.coach_id, pid, {"note_id": note.id})
    ]
    assert "Wohnung" not in str([e.details for e in await audit_log(harness)])


async def test_cancel_leaves_the_note_dialogue(harness: Harness, cast: Cast) -> None:
    await harness.press(cast.coach, f"cpn:{cast.participant_id}")
    assert (await harness.send(cast.coach, "/cancel"))[0] == "Abgebrochen."
    assert "niemand liest sie hier" in (await harness.send(cast.coach, "Eine Notiz"))[0]
    assert await notes(harness) == []


async def test_a_note_for_someone_no_longer_yours_is_not_saved(harness: Harness, cast: Cast) -> None:
    await harness.press(cast.coach, f"cpn:{cast.participant_id}")
    async with deps_of(harness).sessionmaker.begin() as session:
        amina = await session.get(Person, cast.participant_id)
        assert amina is not None
        amina.coach_id = cast.other_coach_id
    replies = await harness.send(cast.coach, "Eine Notiz")
    assert replies == ["Diese Person ist nicht mehr in Ihrer Liste. Die Notiz wurde nicht gespeichert."]
    assert await notes(harness) == []
    assert "niemand liest sie hier" in (await harness.send(cast.coach, "Eine Notiz"))[0]


# -- access ----------------------------------------------------------------------------------


async def test_another_coach_cannot_reach_a_participant_by_forged_buttons(
    harness: Harness, cast: Cast
) -> None:
    await add_checkin(harness, cast.participant_id, 0, 2)
    petra = cast.other_coach
    for data in (
        f"cpc:{cast.participant_id}",
        f"cpn:{cast.participant_id}",
        f"cpc:{cast.coach_id}",
        "cpc:99999",
        "cpc:",
    ):
        harness.request.clear()
        replies = await harness.press(petra, data)
        assert replies == ["Diese Schaltfläche gilt nicht mehr.\n\nThis button is no longer valid."], data
        assert harness.toasts() == ["This button is no longer valid."]
        assert {name for name, _ in harness.request.calls} <= {
            "answerCallbackQuery",
            "editMessageReplyMarkup",
            "sendMessage",
        }
    # Her list is her own (empty): a page number names nobody.
    await harness.press(petra, "cpl:0")
    text = last_edit(harness, petra)["text"]
    assert "Amina" not in text and text.startswith("You have no participants yet.")
    # No note dialogue was opened, and nothing about Amina was audited for Petra.
    assert "nobody reads it here" in (await harness.send(petra, "Notiz über Amina"))[0]
    assert await notes(harness) == []
    entries = await audit_log(harness)
    assert all(e.actor_id != cast.other_coach_id or e.action == "caseload.viewed" for e in entries)
    assert all(e.subject_id is None for e in entries)


async def test_participants_and_strangers_are_refused(harness: Harness, cast: Cast) -> None:
    replies = await harness.send(cast.participant, "/participants")
    assert len(replies) == 1 and "nicht verfügbar" in replies[0]
    for data in (f"cpc:{cast.participant_id}", f"cpn:{cast.participant_id}", "cpl:0"):
        replies = await harness.press(cast.participant, data)
        assert len(replies) == 1 and "nicht verfügbar" in replies[0]
    stranger = User(4242, "Fremd", "de")
    replies = await harness.send(stranger, "/participants")
    assert len(replies) == 1 and "nur mit Einladung" in replies[0]
    replies = await harness.press(User(4243, "Fremd", "de"), f"cpc:{cast.participant_id}")  # once an hour
    assert len(replies) == 1 and "nur mit Einladung" in replies[0]
    assert await audit_log(harness) == []


async def test_a_new_coach_in_another_language_reads_their_own_language(harness: Harness, cast: Cast) -> None:
    user = User(77, "Olena", "uk")
    coach_id = await add_member(harness, user, Role.COACH, language="uk")
    (pid,) = await add_participants(harness, coach_id, 1)
    replies = await harness.send(user, "/participants")
    assert replies[0].startswith("Ваші учасники (1), сторінка 1 з 1:")
    replies = await harness.press(user, f"cpc:{pid}")
    assert replies[0].startswith("👤 Teilnehmende 00\nМова: Deutsch")
