"""/broadcast and /broadcasts through the real Application: audience, German text, preview in every
language, a translation replaced by hand, sending through the outbox with the progress message and
its final report (a participant who blocked the bot counted as blocked), scheduling and cancelling,
"Ich habe Interesse" and the staff's list with its CSV file."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

from sqlalchemy import update
from telegram.request import RequestData

from bot.models import (
    AttachmentKind,
    Broadcast,
    BroadcastInterest,
    BroadcastStatus,
    Cohort,
    OutboxMessage,
    OutboxStatus,
    Person,
    Role,
)
from scheduler.broadcasts import report_progress

from harness import Harness, User
from seed import Cast, add_member, deliver, deps_of, load, rows

GERMAN = "ich bin müde"  # the demo models know it (devtools/mt_demo.py)
OLENA = User(31, "Olena", "uk")
ZEYNEP = User(32, "Zeynep", "tr")
ANNA = User(33, "Anna", "de")
BLOCKED = User(34, "Mona", "ar")
ASK_ATTACHMENT = (
    "Möchten Sie ein Foto oder einen Flyer als PDF mitsenden? Senden Sie ihn jetzt hier, oder tippen Sie"
    " auf „Ohne Anhang“."
)


def _block(harness: Harness, user: User) -> None:
    """Telegram answers 403 to every message to this chat, as when she blocked the bot."""
    request = harness.request
    original = request.do_request

    async def do_request(
        url: str, method: str, request_data: RequestData | None = None, *args: Any, **kwargs: Any
    ) -> tuple[int, bytes]:
        params = request_data.parameters if request_data else {}
        if url.endswith("/sendMessage") and int(str(params.get("chat_id", 0))) == user.id:
            request.calls.append(("sendMessage", {**params, "_failed": True}))
            body = {"ok": False, "error_code": 403, "description": "Forbidden: bot was blocked by the user"}
            return 403, json.dumps(body).encode()
        return await original(url, method, request_data, *args, **kwargs)

    request.do_request = do_request  # type: ignore[method-assign]


async def _participants(harness: Harness, cast: Cast) -> dict[str, int]:
    ids = {"Amina": cast.participant_id}
    for user in (OLENA, ZEYNEP, ANNA, BLOCKED):
        ids[user.first_name] = await add_member(
            harness, user, Role.PARTICIPANT, coach_id=cast.coach_id, language=user.language_code or "de"
        )
    return ids


async def _write(
    harness: Harness,
    cast: Cast,
    *,
    interest: bool = True,
    contact: str = "Frau Roth",
    attach: dict[str, Any] | None = None,
) -> int:
    """/broadcast to all participants in every language, up to the preview; the broadcast's id.
    `attach`: the message content of a photo or a file staff attach (else "Ohne Anhang")."""
    staff = cast.staff
    replies = await harness.send(staff, "/broadcast")
    assert replies == ["Wer soll die Nachricht bekommen?"]
    assert harness.request.buttons(staff.id) == [
        "bc:a:participants",
        "bc:a:coaches",
        "bc:a:coach",
        "bc:a:cohort",
    ]
    await harness.press(staff, "bc:a:participants")
    assert harness.request.buttons(staff.id)[:2] == ["bc:l:all", "bc:l:ar"]
    await harness.press(staff, "bc:l:all")
    replies = await harness.send(staff, GERMAN)
    assert replies == [ASK_ATTACHMENT] and harness.request.buttons(staff.id) == ["bc:f:0"]
    if attach is None:
        replies = await harness.press(staff, "bc:f:0")
    else:
        replies = await harness.send_raw(staff, **attach)
        assert replies[0].startswith("Der Anhang ist gespeichert: ")
    assert replies[-1] == "Wer ist die Ansprechperson? Schreiben Sie den Namen, oder „-“ für keine."
    await harness.send(staff, contact)
    harness.request.clear()
    replies = await harness.press(staff, f"bc:i:{int(interest)}")
    (made,) = await rows(harness, Broadcast)
    return int(made.id)


async def test_staff_previews_every_language_and_sends(harness: Harness, cast: Cast, mt: None) -> None:
    ids = await _participants(harness, cast)
    _block(harness, BLOCKED)
    made = await _write(harness, cast)
    preview = harness.request.texts(cast.staff.id)
    assert preview[0] == "Die Übersetzungen werden gemacht …"
    assert preview[1].startswith("Vorschau. Empfänger: 5") and GERMAN in preview[1]
    joined = "\n".join(preview)
    assert "العربية · maschinelle Übersetzung" in joined
    assert "Українська · maschinelle Übersetzung" in joined
    assert "• Türkçe: 1 · kein Modell: Deutsch mit Hinweis" in joined
    assert "Ansprechperson: Frau Roth" in joined
    keys = harness.request.buttons(cast.staff.id)
    assert keys == ["bc:e:ar", "bc:e:tr", "bc:e:uk", "bc:s:now", "bc:s:later", "bc:x:0"]

    harness.request.clear()
    await harness.press(cast.staff, "bc:s:now")
    (progress,) = harness.request.texts(cast.staff.id)
    assert (
        progress.startswith(f"📤 Nachricht {made} wird gesendet. Empfänger: 5") and "Wartend: 5" in progress
    )
    await deliver(harness)

    amina = harness.request.texts(cast.participant.id)[-1]
    assert amina.startswith("📢 Nachricht vom Team\n\nich bin müde\n\n")
    assert "ترجمة آلية" in amina and "Ansprechperson" in amina  # marked as a machine's
    zeynep = harness.request.texts(ZEYNEP.id)[-1]
    assert GERMAN in zeynep and "Diliniz için henüz çeviri yok" in zeynep
    anna = harness.request.texts(ANNA.id)[-1]
    assert anna == "📢 Nachricht vom Team\n\nich bin müde\n\nAnsprechperson: Frau Roth"
    assert harness.request.buttons(cast.participant.id) == [f"bci:{made}:1"]

    harness.request.clear()
    await report_progress(deps_of(harness), harness.app.bot)
    (edit,) = harness.request.sent(cast.staff.id, "editMessageText")
    assert edit["text"].startswith(f"✅ Nachricht {made} ist fertig. Empfänger: 5")
    assert "Gesendet: 4" in edit["text"] and "Blockiert: 1" in edit["text"] and "Wartend: 0" in edit["text"]
    assert harness.request.texts(cast.staff.id) == [edit["text"]]  # the final report, heard
    assert (await load(harness, ids["Mona"])).unreachable_at is not None
    (done,) = await rows(harness, Broadcast)
    assert done.status is BroadcastStatus.DONE
    harness.request.clear()
    await report_progress(deps_of(harness), harness.app.bot)
    assert harness.request.calls == []  # reported once


async def test_a_translation_typed_by_hand_is_sent(harness: Harness, cast: Cast, mt: None) -> None:
    await _write(harness, cast, interest=False, contact="-")
    await harness.press(cast.staff, "bc:e:ar")
    replies = await harness.send(cast.staff, "أنا متعبة جدا")
    assert replies[0] == "Die Übersetzung ist gespeichert."
    assert any("العربية · von Hand übersetzt" in reply for reply in replies)
    await harness.press(cast.staff, "bc:s:now")
    await deliver(harness)
    amina = harness.request.texts(cast.participant.id)[-1]
    assert "أنا متعبة جدا" in amina and "ترجمة آلية" not in amina and "Ansprechperson" not in amina
    assert harness.request.buttons(cast.participant.id) == []  # no interest button asked for


async def test_interest_in_one_tap_seen_by_staff_and_taken_back(
    harness: Harness, cast: Cast, mt: None
) -> None:
    made = await _write(harness, cast)
    await harness.press(cast.staff, "bc:s:now")
    await deliver(harness)

    harness.request.clear()
    await harness.press(cast.participant, f"bci:{made}:1")
    assert harness.toasts() == ["\u200fشكرًا! الفريق يعرف الآن."]
    (marked,) = harness.request.sent(cast.participant.id, "editMessageReplyMarkup")
    markup = marked["reply_markup"]
    markup = json.loads(markup) if isinstance(markup, str) else markup
    labels = [b["callback_data"] for row in markup["inline_keyboard"] for b in row]
    assert labels == [f"bci:{made}:1", f"bci:{made}:0"]  # her answer stays visible, with the way back

    replies = await harness.send(cast.staff, "/broadcasts")
    assert "Interesse: 1" in replies[0] and "Gesendet: 1" in replies[0]
    harness.request.clear()
    replies = await harness.press(cast.staff, f"bcl:i:{made}")
    assert replies[0].startswith(f"Interesse an Nachricht {made}: 1\n• Amina (العربية)")
    (document,) = harness.request.sent(cast.staff.id, "sendDocument")
    content = document["_files"]["document"].decode("utf-8-sig")
    assert content.splitlines()[1].split(",")[:3] == [str(cast.participant_id), "Amina", "ar"]

    await harness.press(cast.participant, f"bci:{made}:0")
    replies = await harness.press(cast.staff, f"bcl:i:{made}")
    assert replies == [f"Interesse an Nachricht {made}: 0"]


async def test_a_scheduled_broadcast_waits_and_can_be_cancelled(
    harness: Harness, cast: Cast, mt: None
) -> None:
    made = await _write(harness, cast)
    await harness.press(cast.staff, "bc:s:later")
    replies = await harness.send(cast.staff, "morgen 9:00")
    assert replies == [f"🕒 Nachricht {made} ist geplant: 24.11.2026 09:00. Empfänger: 1"]
    await deliver(harness)
    assert all("Nachricht vom Team" not in text for text in harness.request.texts(cast.participant.id))

    await harness.send(cast.staff, "/broadcasts")
    assert f"bcl:x:{made}" in harness.request.buttons(cast.staff.id)
    replies = await harness.press(cast.staff, f"bcl:x:{made}")
    assert replies == [f"Nachricht {made} ist abgesagt."]
    harness.clock.advance(timedelta(days=2))
    await deliver(harness)
    assert all("Nachricht vom Team" not in text for text in harness.request.texts(cast.participant.id))
    assert {row.status for row in await rows(harness, OutboxMessage)} == {OutboxStatus.CANCELLED}


async def test_only_staff_may_broadcast(harness: Harness, cast: Cast) -> None:
    for user in (cast.coach, cast.participant):
        replies = await harness.send(user, "/broadcast")
        assert replies[0].startswith("Dieser Befehl ist für Sie nicht verfügbar."), replies
        assert not await rows(harness, Broadcast)
    replies = await harness.press(cast.coach, "bc:a:participants")
    assert not await rows(harness, Broadcast)
    staff = await load(harness, cast.staff_id)
    assert isinstance(staff, Person) and staff.dialogue is None


async def test_a_forged_interest_button_changes_nothing(harness: Harness, cast: Cast, mt: None) -> None:
    made = await _write(harness, cast, interest=False)
    await harness.press(cast.staff, "bc:s:now")
    await deliver(harness)
    await harness.press(cast.participant, f"bci:{made}:1")  # the broadcast has no such button
    await harness.press(cast.participant, "bci:999:1")
    assert await rows(harness, BroadcastInterest) == []
    assert harness.toasts()[-2:] == [harness.toasts()[-1]] * 2  # "this button no longer works", twice


async def test_the_participants_of_one_coach_and_a_discarded_draft(harness: Harness, cast: Cast) -> None:
    await add_member(harness, OLENA, Role.PARTICIPANT, coach_id=cast.other_coach_id, language="uk")
    await harness.send(cast.staff, "/broadcast")
    await harness.press(cast.staff, "bc:a:coach")
    assert harness.request.buttons(cast.staff.id) == [f"bc:k:{cast.coach_id}", f"bc:k:{cast.other_coach_id}"]
    await harness.press(cast.staff, f"bc:k:{cast.other_coach_id}")
    assert harness.request.buttons(cast.staff.id) == ["bc:l:all", "bc:l:uk"]  # Olena only, not Amina
    replies = await harness.press(cast.staff, "bc:s:now")  # not where the dialogue stands
    assert replies == ["Diese Schaltfläche gilt nicht mehr."]
    await harness.press(cast.staff, "bc:l:all")
    await harness.send(cast.staff, GERMAN)
    replies = await harness.press(cast.staff, "bc:x:0")
    assert replies == ["Die Nachricht ist verworfen."]
    (made,) = await rows(harness, Broadcast)
    assert made.status is BroadcastStatus.CANCELLED and made.audience["ref"] == cast.other_coach_id
    assert (await load(harness, cast.staff_id)).dialogue is None


async def test_the_chosen_answer_stays_visible_under_the_question(harness: Harness, cast: Cast) -> None:
    staff = cast.staff
    await harness.send(staff, "/broadcast")
    (question,) = harness.request.sent(staff.id)[-1:]
    markup = question["reply_markup"]
    markup = json.loads(markup) if isinstance(markup, str) else markup
    pressed = {
        "update_id": 990_001,
        "callback_query": {
            "id": "990001",
            "from": staff.as_dict(),
            "chat_instance": "ci",
            "data": "bc:a:participants",
            "message": {
                "message_id": 1,
                "date": 1_790_000_000,
                "chat": {"id": staff.id, "type": "private"},
                "from": {"id": 424242, "is_bot": True, "first_name": "Begleiter", "username": "b_bot"},
                "text": question["text"],
                "reply_markup": markup,
            },
        },
    }
    from telegram import Update

    await harness.app.process_update(Update.de_json(pressed, harness.app.bot))
    (edit,) = harness.request.sent(staff.id, "editMessageText")
    assert edit["text"] == "Wer soll die Nachricht bekommen?\n\n→ Alle Teilnehmenden"
    assert not edit.get("reply_markup")


def _labels(params: dict[str, Any]) -> list[str]:
    markup = params["reply_markup"]
    markup = json.loads(markup) if isinstance(markup, str) else markup
    return [b["text"] for row in markup["inline_keyboard"] for b in row]


async def test_several_cohorts_each_participant_once(harness: Harness, cast: Cast, mt: None) -> None:
    ids = await _participants(harness, cast)
    async with deps_of(harness).sessionmaker.begin() as session:
        made = [
            Cohort(name=name, created_at=harness.clock.now()) for name in ("Pflege 7", "Küche 3", "Lager 1")
        ]
        session.add_all(made)
        await session.flush()
        care, kitchen, store = (cohort.id for cohort in made)
        for name, cohort_id in (("Amina", care), ("Olena", care), ("Zeynep", kitchen), ("Anna", store)):
            await session.execute(update(Person).where(Person.id == ids[name]).values(cohort_id=cohort_id))
    staff = cast.staff
    await harness.send(staff, "/broadcast")
    replies = await harness.press(staff, "bc:a:cohort")
    assert replies == ["Welche Gruppen? Tippen Sie eine oder mehrere an, dann auf „Weiter“."]
    assert harness.request.buttons(staff.id) == [f"bc:g:{store}", f"bc:g:{kitchen}", f"bc:g:{care}", "bc:w:0"]

    replies = await harness.press(staff, "bc:w:0")  # none ticked yet
    assert replies == [] and harness.toasts()[-1] == "Bitte wählen Sie mindestens eine Gruppe."
    for cohort_id in (care, kitchen, store, store):  # the last press unticks "Lager 1"
        harness.request.clear()
        await harness.press(staff, f"bc:g:{cohort_id}")
    (ticked,) = harness.request.sent(staff.id, "editMessageReplyMarkup")
    assert _labels(ticked) == ["Lager 1", "✅ Küche 3", "✅ Pflege 7", "Weiter (2)"]
    replies = await harness.press(staff, "bc:g:99999")  # a group never offered
    assert replies == ["Diese Schaltfläche gilt nicht mehr."]

    harness.request.clear()
    await harness.press(staff, "bc:w:0")
    (shown,) = harness.request.sent(staff.id, "editMessageText")
    assert shown["text"].endswith("→ Pflege 7, Küche 3")  # in the order ticked
    assert harness.request.buttons(staff.id) == ["bc:l:all", "bc:l:ar", "bc:l:tr", "bc:l:uk"]
    await harness.press(staff, "bc:l:all")
    await harness.send(staff, GERMAN)
    await harness.press(staff, "bc:f:0")
    await harness.send(staff, "-")
    harness.request.clear()
    await harness.press(staff, "bc:i:0")
    preview = "\n".join(harness.request.texts(staff.id))
    assert "Vorschau. Empfänger: 3" in preview and "Gruppen: Pflege 7, Küche 3" in preview
    (broadcast,) = await rows(harness, Broadcast)
    assert broadcast.audience["cohorts"] == [care, kitchen]

    await harness.press(staff, "bc:s:now")
    await deliver(harness)
    for user, reached in ((cast.participant, True), (OLENA, True), (ZEYNEP, True), (ANNA, False)):
        got = [text for text in harness.request.texts(user.id) if "Nachricht vom Team" in text]
        assert len(got) == int(reached), user.first_name
    replies = await harness.send(staff, "/broadcasts")
    assert "Gruppen: Pflege 7, Küche 3" in replies[0] and "Gesendet: 3" in replies[0]


PDF_FLYER = {
    "document": {
        "file_id": "BQACAgIAAxkBAAIflyer",
        "file_unique_id": "AgADflyer",
        "file_name": "Berufsorientierung.pdf",
        "mime_type": "application/pdf",
        "file_size": 180_000,
    }
}
PHOTO = {
    "photo": [
        {"file_id": "AgACsmall", "file_unique_id": "s", "width": 90, "height": 60, "file_size": 1_500},
        {"file_id": "AgACbig", "file_unique_id": "b", "width": 1280, "height": 853, "file_size": 120_000},
    ]
}


async def test_a_pdf_flyer_goes_first_with_the_text_as_its_caption(
    harness: Harness, cast: Cast, mt: None
) -> None:
    await _participants(harness, cast)
    made = await _write(harness, cast, attach=PDF_FLYER)
    (found,) = await rows(harness, Broadcast)
    assert (found.attachment_kind, found.attachment_file_id) == (
        AttachmentKind.DOCUMENT,
        "BQACAgIAAxkBAAIflyer",
    )
    assert (found.attachment_name, found.attachment_mime) == ("Berufsorientierung.pdf", "application/pdf")
    # The preview begins with the file itself, and its summary names it.
    (shown,) = harness.request.sent(cast.staff.id, "sendDocument")
    assert shown["document"] == "BQACAgIAAxkBAAIflyer" and shown["caption"].startswith("📎 Anhang")
    assert "📎 Anhang: Berufsorientierung.pdf" in "\n".join(harness.request.texts(cast.staff.id))

    harness.request.clear()
    await harness.press(cast.staff, "bc:s:now")
    await deliver(harness)
    for user in (cast.participant, OLENA, ZEYNEP, ANNA, BLOCKED):
        (flyer,) = harness.request.sent(user.id, "sendDocument")
        assert flyer["document"] == "BQACAgIAAxkBAAIflyer"
        assert flyer["caption"].startswith("📢 Nachricht vom Team\n\nich bin müde")
        markup = flyer["reply_markup"]
        markup = json.loads(markup) if isinstance(markup, str) else markup
        assert [b["callback_data"] for row in markup["inline_keyboard"] for b in row] == [f"bci:{made}:1"]
        assert harness.request.sent(user.id) == []  # no text message beside it
    assert "ترجمة آلية" in harness.request.sent(cast.participant.id, "sendDocument")[0]["caption"]
    await harness.press(cast.participant, f"bci:{made}:1")  # the button on the caption works
    assert len(await rows(harness, BroadcastInterest)) == 1


async def test_a_text_too_long_for_a_caption_follows_the_photo(
    harness: Harness, cast: Cast, mt: None
) -> None:
    await _participants(harness, cast)
    staff = cast.staff
    await harness.send(staff, "/broadcast")
    await harness.press(staff, "bc:a:participants")
    await harness.press(staff, "bc:l:de")  # Anna only: no translation beside it
    long_text = "Am 24. August startet die siebte Berufsorientierung. " * 22  # over 1,024 characters
    await harness.send(staff, long_text)
    replies = await harness.send_raw(staff, **PHOTO)
    assert replies[0] == "Der Anhang ist gespeichert: Foto"
    await harness.send(staff, "-")
    await harness.press(staff, "bc:i:1")
    (shown,) = harness.request.sent(staff.id, "sendPhoto")
    assert shown["photo"] == "AgACbig"  # the largest size Telegram offered
    harness.request.clear()
    await harness.press(staff, "bc:s:now")
    harness.request.fail("sendMessage", "500", times=1)  # the text fails once after the photo went out
    await deliver(harness)
    harness.clock.advance(timedelta(minutes=5))
    await deliver(harness)

    (photo,) = harness.request.sent(ANNA.id, "sendPhoto")  # once, not again with the retried text
    assert photo["photo"] == "AgACbig" and "caption" not in photo and "reply_markup" not in photo
    tries = [
        params
        for name, params in harness.request.calls
        if name == "sendMessage" and int(params["chat_id"]) == ANNA.id
    ]
    assert len(tries) == 2 and tries[0].get("_failed") and not tries[1].get("_failed")
    assert tries[1]["text"].startswith("📢 Nachricht vom Team") and long_text.strip() in tries[1]["text"]
    assert "bci:" in json.dumps(tries[1]["reply_markup"])  # the button stays on the text
    (row,) = [row for row in await rows(harness, OutboxMessage) if row.recipient_id != cast.staff_id]
    assert row.status is OutboxStatus.SENT


async def test_other_files_are_refused_and_the_dialogue_stays(harness: Harness, cast: Cast) -> None:
    staff = cast.staff
    await harness.send(staff, "/broadcast")
    await harness.press(staff, "bc:a:participants")
    await harness.press(staff, "bc:l:all")
    await harness.send(staff, GERMAN)
    wrong = "Das kann ich nicht mitsenden. Möglich sind ein Foto oder eine PDF-Datei, oder „Ohne Anhang“."
    sticker = {"file_id": "CAAC", "file_unique_id": "c", "type": "regular", "width": 512, "height": 512,
               "is_animated": False, "is_video": False}  # fmt: skip
    voice = {"file_id": "AwAC", "file_unique_id": "v", "duration": 3, "mime_type": "audio/ogg"}
    program = {"file_id": "BQexe", "file_unique_id": "e", "file_name": "kurs.exe",
               "mime_type": "application/x-msdownload", "file_size": 90_000}  # fmt: skip
    disguised = {**program, "file_name": "kurs.exe", "mime_type": "application/pdf"}
    for content in ({"sticker": sticker}, {"voice": voice}, {"document": program}, {"document": disguised}):
        replies = await harness.send_raw(staff, **content)
        assert replies == [wrong], content
    huge = {**PDF_FLYER["document"], "file_size": 30 * 1024 * 1024}
    replies = await harness.send_raw(staff, document=huge)
    assert replies == [
        "Die Datei ist zu groß. Höchstgröße in MB: 10. Senden Sie eine kleinere, oder tippen Sie auf „Ohne Anhang“."
    ]
    assert await harness.send(staff, "ein Flyer kommt") == [wrong]  # typed, not sent
    (draft,) = await rows(harness, Broadcast)
    assert draft.attachment_file_id is None
    assert (await load(harness, cast.staff_id)).dialogue["step"] == "attachment"  # type: ignore[index]
    replies = await harness.send_raw(staff, **PDF_FLYER)  # what is allowed is still taken
    assert replies == [
        "Der Anhang ist gespeichert: Berufsorientierung.pdf",
        "Wer ist die Ansprechperson? Schreiben Sie den Namen, oder „-“ für keine.",
    ]
    assert await harness.press(staff, "bc:f:0") == ["Diese Schaltfläche gilt nicht mehr."]  # past that step


async def test_a_refusal_is_in_the_staff_members_language(harness: Harness, cast: Cast) -> None:
    sam = User(11, "Sam", "en")
    await add_member(harness, sam, Role.STAFF, language="en")
    await harness.send(sam, "/broadcast")
    await harness.press(sam, "bc:a:participants")
    await harness.press(sam, "bc:l:all")
    await harness.send(sam, GERMAN)
    replies = await harness.send_raw(sam, voice={"file_id": "AwAC", "file_unique_id": "v", "duration": 3})
    assert replies == ["I can't send that along. A photo or a PDF file is possible, or “No attachment”."]
    assert harness.request.buttons(sam.id) == ["bc:f:0"]


async def test_text_typed_before_it_is_asked_for_is_kept_and_offered(harness: Harness, cast: Cast) -> None:
    """Staff who type the announcement while a button question is open lose nothing: the text
    is kept (two messages together) and offered with one button when the text is asked for,
    instead of the stranger's "nobody reads this here"."""
    await _participants(harness, cast)
    staff = cast.staff
    await harness.send(staff, "/broadcast")
    replies = await harness.send(staff, "Morgen fällt der Kurs aus.")
    assert replies == [
        "Ihren Text habe ich mir gemerkt. Bitte wählen Sie zuerst oben mit den Knöpfen; danach können Sie"
        " ihn als Nachricht nehmen."
    ]
    await harness.press(staff, "bc:a:participants")
    replies = await harness.send(staff, "Bitte kommen Sie am Freitag.")  # at the language question
    assert replies[0].startswith("Ihren Text habe ich mir gemerkt.")
    replies = await harness.press(staff, "bc:l:all")
    assert replies == [
        "Schreiben Sie jetzt die Nachricht auf Deutsch, oder nehmen Sie Ihren Text von vorhin:\n\n"
        "Morgen fällt der Kurs aus.\n\nBitte kommen Sie am Freitag."
    ]
    assert harness.request.buttons(staff.id) == ["bc:t:0"]
    replies = await harness.press(staff, "bc:t:0")
    assert replies == [ASK_ATTACHMENT]
    (made,) = await rows(harness, Broadcast)
    assert made.text == "Morgen fällt der Kurs aus.\n\nBitte kommen Sie am Freitag."
    replies = await harness.press(staff, "bc:t:0")  # pressed again: the text is taken already
    assert replies == ["Diese Schaltfläche gilt nicht mehr."]
    assert len(await rows(harness, Broadcast)) == 1


async def test_a_new_text_replaces_the_kept_one_and_buttons_are_asked_for_after_it(
    harness: Harness, cast: Cast
) -> None:
    await _participants(harness, cast)
    staff = cast.staff
    await harness.send(staff, "/broadcast")
    await harness.press(staff, "bc:a:participants")
    await harness.send(staff, "Entwurf")
    await harness.press(staff, "bc:l:all")
    await harness.send(staff, GERMAN)  # typed anew instead of taking the kept text
    (made,) = await rows(harness, Broadcast)
    assert made.text == GERMAN
    assert "kept" not in ((await load(harness, cast.staff_id)).dialogue or {})
    await harness.press(staff, "bc:f:0")
    await harness.send(staff, "-")
    replies = await harness.send(staff, "ja")  # the interest question waits for a button
    assert replies == ["Bitte antworten Sie mit den Knöpfen oben."]
    assert (await load(harness, cast.staff_id)).dialogue["step"] == "interest"  # type: ignore[index]


async def test_a_recipient_who_blocks_the_bot_before_her_turn_counts_as_blocked(
    harness: Harness, cast: Cast, mt: None
) -> None:
    """She blocked the bot while the broadcast waited: a reply to her meets Forbidden, her pending
    row is cancelled with her mark, and the report counts her as blocked, not as cancelled."""
    ids = await _participants(harness, cast)
    made = await _write(harness, cast)
    await harness.press(cast.staff, "bc:s:now")
    _block(harness, BLOCKED)
    await harness.send(BLOCKED, "hallo")  # the reply meets Forbidden: she is marked unreachable
    assert (await load(harness, ids["Mona"])).unreachable_at is not None
    await deliver(harness)
    harness.request.clear()
    await report_progress(deps_of(harness), harness.app.bot)
    (edit,) = harness.request.sent(cast.staff.id, "editMessageText")
    assert edit["text"].startswith(f"✅ Nachricht {made} ist fertig. Empfänger: 5")
    assert "Gesendet: 4" in edit["text"] and "Blockiert: 1" in edit["text"]
    assert "Abgesagt" not in edit["text"]
