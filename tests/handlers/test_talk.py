"""A participant writes to her coach outside any question: plain text (asked once, then
remembered), /message, pictures, voice and forwarded messages; crisis words show the numbers
first; without a coach, staff hear it."""

from __future__ import annotations

import json

from sqlalchemy import text

from bot.models import (
    Alert,
    AlertSource,
    OutboxMessage,
    OutboxStatus,
    Person,
    RelayDirection,
    RelayMessage,
    Role,
    Severity,
)
from bot.services.alerts import HELP_FALLBACK

from harness import STICKER, Harness, User
from seed import SENT_TO_JONAS, Cast, add_member, deliver, deps_of, relayed_to, rows
from seed import load as person

DYING_AR = "أريد أن أموت"  # on the Arabic crisis list; the demo model: "ich will sterben"
ASK = "Soll ich das an Jonas senden? Ich merke mir Ihre Antwort für später."
VOICE = {"voice": {"file_id": "v", "file_unique_id": "v", "duration": 3}}


async def test_free_text_is_asked_about_once_then_sent_translated(
    harness: Harness, cast: Cast, mt: None
) -> None:
    amina = cast.participant
    replies = await harness.send(amina, "مرحبا")
    assert replies == [ASK + "\n\n\u200fهل أرسل هذا إلى \u2068Jonas\u2069؟ سأتذكر جوابك للمرات القادمة."]
    assert harness.request.buttons(amina.id) == ["tlk:yes", "tlk:no"]
    assert await rows(harness, RelayMessage) == []
    # What she wrote waits for her answer, encrypted like every stored free text.
    async with deps_of(harness).sessionmaker() as session:
        raw = await session.scalar(
            text("SELECT dialogue FROM people WHERE id = :id"), {"id": cast.participant_id}
        )
    assert "مرحبا" not in json.dumps(raw, ensure_ascii=False) and "مرحبا" not in str(raw)

    replies = await harness.press(amina, "tlk:yes")
    assert replies == [SENT_TO_JONAS]  # the name of her coach, in German and Arabic
    (edit,) = harness.request.sent(amina.id, "editMessageText")
    # The question is edited to show her answer below it (the harness's message says "…").
    assert edit["text"] == "…\n\n→ \u200f✉️ نعم، أرسل · ✉️ Ja, senden" and "reply_markup" not in edit
    assert (await person(harness, cast.participant_id)).send_text_to_coach is True
    (message,) = await rows(harness, RelayMessage)
    assert message.direction is RelayDirection.TO_COACH and (message.text, message.translation) == (
        "مرحبا",
        "hallo",
    )
    assert harness.request.sent(amina.id, "sendChatAction")  # "typing…" while it was translated

    # Remembered: the next text goes at once, nobody asks again.
    assert await harness.send(amina, "شكرا") == [SENT_TO_JONAS]
    await deliver(harness)
    first, second = relayed_to(harness, cast.coach)
    assert first.startswith("✉️ Nachricht von Amina:\nEigene Worte (Original, العربية):\n«مرحبا»")
    assert "Maschinelle Übersetzung ins Deutsche (kann Fehler enthalten):\n«hallo»" in first
    assert "«danke»" in second
    assert await rows(harness, Alert) == []


async def test_everything_written_before_the_answer_is_sent_in_order(harness: Harness, cast: Cast) -> None:
    amina = cast.participant
    assert (await harness.send(amina, "Hallo"))[0].startswith(ASK)
    assert (await harness.send(amina, "Ich komme morgen später"))[0].startswith(ASK)  # asked again
    await harness.press(amina, "tlk:yes")
    assert [m.text for m in await rows(harness, RelayMessage)] == ["Hallo", "Ich komme morgen später"]
    assert (await person(harness, cast.participant_id)).dialogue is None


async def test_no_keeps_it_here_and_she_can_still_send(harness: Harness, cast: Cast) -> None:
    amina = cast.participant
    await harness.send(amina, "Hallo")
    replies = await harness.press(amina, "tlk:no")
    assert replies[0].startswith(
        "In Ordnung, ich sende nichts weiter. Für eine Nachricht an Ihre Beraterin oder Ihren Berater: /message"
    )
    assert (await person(harness, cast.participant_id)).send_text_to_coach is False
    assert await rows(harness, RelayMessage) == []
    # Later free text: the gentle explanation, how to reach the coach, and a way to send it anyway.
    replies = await harness.send(amina, "Noch etwas")
    assert replies[0].startswith(
        "Das habe ich nicht weitergegeben. Für eine Nachricht an Ihre Beraterin oder Ihren Berater: /message"
    )
    assert harness.request.buttons(amina.id) == ["tlk:yes"]
    assert await rows(harness, RelayMessage) == []
    assert (await harness.press(amina, "tlk:yes"))[0].startswith("An Jonas gesendet ✓")
    assert [m.text for m in await rows(harness, RelayMessage)] == ["Noch etwas"]
    assert (await person(harness, cast.participant_id)).send_text_to_coach is True  # she changed it


async def test_crisis_words_show_the_numbers_first_and_only_once(
    harness: Harness, cast: Cast, mt: None
) -> None:
    amina = cast.participant
    numbers, _ask = await harness.send(amina, DYING_AR)  # at once, before she chose
    assert numbers.startswith("\u200fأنت لست وحدك")  # her Arabic first, then the German
    assert "0800 111 0 111" in numbers and "116 016" in numbers and "112" in numbers
    told, sent = await harness.press(amina, "tlk:yes")
    assert "Ihre Beraterin oder Ihr Berater wird jetzt informiert." in told  # now it is true
    assert "0800 111 0 111" not in told  # the numbers are above: not the whole list again
    assert sent == SENT_TO_JONAS
    (message,) = await rows(harness, RelayMessage)
    assert message.translation == "ich will sterben"
    (alert,) = await rows(harness, Alert)
    assert alert.source is AlertSource.MESSAGE and alert.severity == Severity.CRISIS
    assert alert.message_id == message.id
    (help_row,) = [r for r in await rows(harness, OutboxMessage) if r.kind == "help.numbers"]
    assert help_row.status is OutboxStatus.SENT  # shown in the chat already
    before = harness.request.texts(amina.id)
    harness.clock.advance(HELP_FALLBACK)
    await deliver(harness)
    assert harness.request.texts(amina.id) == before  # not a second time
    assert any(t.startswith("🆘 KRISE: Amina") for t in harness.request.texts(cast.coach.id))
    assert relayed_to(harness, cast.coach) == []  # her words came once: in the alert


async def test_numbers_the_chat_could_not_show_come_from_the_outbox(
    harness: Harness, cast: Cast, mt: None
) -> None:
    """Should Telegram refuse the turn's message with the numbers, the outbox's copy, held
    back as the fallback, still goes out: nobody in crisis is left without them."""
    amina = cast.participant
    await harness.send(amina, DYING_AR)
    # The harness fails a test whose handlers raise; this turn's sending fails on purpose.
    harness.app.remove_error_handler(list(harness.app.error_handlers)[-1])
    harness.request.fail_methods.add("sendMessage")
    await harness.press(amina, "tlk:yes")
    harness.request.fail_methods.clear()
    (help_row,) = [r for r in await rows(harness, OutboxMessage) if r.kind == "help.numbers"]
    assert help_row.status is OutboxStatus.PENDING  # held back, not marked shown
    harness.clock.advance(HELP_FALLBACK)
    await deliver(harness)
    (numbers,) = harness.request.texts(amina.id)[-1:]
    assert "0800 111 0 111" in numbers


async def test_without_a_reachable_coach_staff_on_duty_hear_it(harness: Harness, cast: Cast) -> None:
    farid = User(41, "Farid", "de")
    await add_member(harness, farid, Role.PARTICIPANT)  # no coach
    replies = await harness.send(farid, "Ich brauche einen Termin")
    assert replies == ["Soll ich das an das Team senden? Ich merke mir Ihre Antwort für später."]
    assert await harness.press(farid, "tlk:yes") == ["An das Team gesendet ✓"]
    await deliver(harness)
    (to_staff,) = relayed_to(harness, cast.staff)
    assert to_staff.startswith("✉️ Nachricht von Farid:") and "Ich brauche einen Termin" in to_staff

    # A coach who blocked the bot cannot be reached: staff get Amina's message instead.
    async with deps_of(harness).sessionmaker.begin() as session:
        coach = await session.get(Person, cast.coach_id)
        assert coach is not None
        coach.unreachable_at = harness.clock.now()
    await harness.send(cast.participant, "Hallo")
    assert await harness.press(cast.participant, "tlk:yes") == [
        "An das Team gesendet ✓\n\n\u200fتم الإرسال إلى الفريق ✓"
    ]
    await deliver(harness)
    assert len(relayed_to(harness, cast.staff)) == 2 and relayed_to(harness, cast.coach) == []


async def test_pictures_voice_and_forwarded_messages_reach_the_coach(
    harness: Harness, cast: Cast, mt: None
) -> None:
    amina = cast.participant
    await harness.send(amina, "Hallo")
    await harness.press(amina, "tlk:yes")
    harness.request.clear()

    assert await harness.send_raw(amina, **VOICE) == [SENT_TO_JONAS]
    photo = [{"file_id": "p", "file_unique_id": "p", "width": 1, "height": 1}]
    assert await harness.send_raw(amina, photo=photo, caption="شكرا") == [SENT_TO_JONAS]
    origin = {"type": "hidden_user", "date": 1_790_000_000, "sender_user_name": "Salma"}
    assert await harness.send_raw(amina, text="مرحبا", forward_origin=origin) == [SENT_TO_JONAS]
    assert await harness.send_raw(amina, photo=photo, forward_origin=origin) == [SENT_TO_JONAS]
    # What cannot go to a coach gets a kind word on what can.
    (sticker,) = await harness.send_raw(amina, **STICKER)
    assert sticker.startswith("Sticker und Standorte kann ich nicht weitergeben.")
    assert "\u200fلا أستطيع تمرير الملصقات" in sticker

    _, voice, picture, forwarded, forwarded_photo = await rows(harness, RelayMessage)
    # Only the caption (or a mark) is stored, never the file.
    assert (voice.text, voice.translation) == ("🎤", None)
    assert (picture.text, picture.translation) == ("📷 شكرا", "danke")
    assert (forwarded.text, forwarded.translation) == ("↪️ مرحبا", "hallo")
    assert forwarded_photo.text == "↪️ 📷"

    await deliver(harness)
    copies = harness.request.sent(cast.coach.id, "copyMessage")
    assert len(copies) == 3  # the voice message and the two pictures, as the files themselves
    assert {int(c["from_chat_id"]) for c in copies} == {amina.id}
    # (sent side by side by the dispatcher: found by what they say)
    (voice_copy,) = [c for c in copies if "🎤" in c["caption"]]
    (picture_copy,) = [c for c in copies if "«شكرا»" in c["caption"]]
    assert voice_copy["caption"] == "✉️ Nachricht von Amina:\n🎤 Sprachnachricht (nicht übersetzt)"
    assert "📷 Foto (nicht übersetzt)" in picture_copy["caption"] and "«شكرا»" in picture_copy["caption"]
    assert "Maschinelle Übersetzung ins Deutsche (kann Fehler enthalten):\n«danke»" in picture_copy["caption"]
    markup = (
        json.loads(voice_copy["reply_markup"])
        if isinstance(voice_copy["reply_markup"], str)
        else voice_copy["reply_markup"]
    )
    assert [b["callback_data"] for row in markup["inline_keyboard"] for b in row] == [
        f"rly:{cast.participant_id}",
        f"cpc:{cast.participant_id}",
    ]
    (forwarded_text,) = [t for t in relayed_to(harness, cast.coach) if "«↪️ مرحبا»" in t]
    assert "«hallo»" in forwarded_text


async def test_yes_after_another_dialogue_began_still_sends_the_held_text(
    harness: Harness, cast: Cast
) -> None:
    """A check-in begun before she answered "send it to Jonas?" carries her text along (before,
    it was dropped, and her "yes" asked her to write it again); the check-in goes on."""
    amina = cast.participant
    await harness.send(amina, "Hallo")
    await harness.send(amina, "/checkin")
    assert ((await person(harness, cast.participant_id)).dialogue or {}).get("name") == "checkin"
    assert await harness.press(amina, "tlk:yes") == [SENT_TO_JONAS]
    await deliver(harness)
    assert any("«Hallo»" in text for text in relayed_to(harness, cast.coach))
    assert ((await person(harness, cast.participant_id)).dialogue or {}).get("name") == "checkin"


async def test_yes_after_the_held_text_was_cancelled_asks_for_the_message(
    harness: Harness, cast: Cast
) -> None:
    amina = cast.participant
    await harness.send(amina, "Hallo")
    await harness.send(amina, "/cancel")  # she dropped what waited for her answer
    replies = await harness.press(amina, "tlk:yes")
    assert replies[0].startswith("Schreiben Sie Ihre Nachricht an Jonas")
    assert await harness.send(amina, "Hallo") == [SENT_TO_JONAS]


async def test_a_first_picture_is_asked_about_too(harness: Harness, cast: Cast) -> None:
    amina = cast.participant
    replies = await harness.send_raw(amina, **VOICE)
    assert replies[0].startswith(ASK)
    assert await rows(harness, RelayMessage) == []
    await harness.press(amina, "tlk:yes")
    (voice,) = await rows(harness, RelayMessage)
    assert voice.text == "🎤"
    await deliver(harness)
    (copy,) = harness.request.sent(cast.coach.id, "copyMessage")
    assert copy["caption"].endswith("🎤 Sprachnachricht (nicht übersetzt)")


async def test_message_entry_asks_then_sends_and_empty_text_asks_again(harness: Harness, cast: Cast) -> None:
    amina = cast.participant
    replies = await harness.send(amina, "/message")
    assert replies[0].startswith("Schreiben Sie Ihre Nachricht an Jonas, gern in Ihrer Sprache.")
    assert (await harness.send(amina, "   "))[0].startswith("Schreiben Sie Ihre Nachricht an Jonas")
    assert (await person(harness, cast.participant_id)).dialogue == {"name": "talk-write"}
    assert await harness.send(amina, "Bis morgen") == [SENT_TO_JONAS]
    (message,) = await rows(harness, RelayMessage)
    assert message.text == "Bis morgen"
    # The voice message is the message too.
    await harness.send(amina, "/message")
    assert await harness.send_raw(amina, **VOICE) == [SENT_TO_JONAS]
    assert len(await rows(harness, RelayMessage)) == 2
    # Only participants have it.
    assert "nicht verfügbar" in (await harness.send(cast.coach, "/message"))[0]


async def test_whitespace_after_sos_asks_again_without_ending_the_dialogue(
    harness: Harness, cast: Cast
) -> None:
    amina = cast.participant
    await harness.send(amina, "/sos")
    await harness.press(amina, "sos:write")
    replies = await harness.send(amina, " \n ")
    assert replies[0].startswith("Schreiben Sie, was passiert ist, in Ihrer Sprache.")
    assert (await person(harness, cast.participant_id)).dialogue == {"name": "help-text"}
    assert (await harness.send(amina, "Mein Vermieter"))[0].startswith("An Jonas gesendet ✓")


async def test_a_voice_message_during_a_check_in_is_held_and_the_check_in_goes_on(
    harness: Harness, cast: Cast
) -> None:
    """Inside another dialogue a picture or a voice message is not taken from it, nor lost
    (it was answered "only text here"): it is held with it and she is asked, as for a text."""
    amina = cast.participant
    await harness.send(amina, "/checkin")
    state = (await person(harness, cast.participant_id)).dialogue
    assert state is not None and state["name"] == "checkin"
    replies = await harness.send_raw(amina, **VOICE)
    assert replies[0].startswith(ASK)
    held = (await person(harness, cast.participant_id)).dialogue
    assert held is not None and {key: value for key, value in held.items() if key != "held"} == state
    assert await rows(harness, RelayMessage) == []  # nothing reaches Jonas before her yes
    assert (await harness.press(amina, "tlk:yes"))[-1] == SENT_TO_JONAS
    (voice,) = await rows(harness, RelayMessage)
    assert voice.text == "🎤"
    assert (await person(harness, cast.participant_id)).dialogue == state  # the same question open


async def test_a_picture_during_a_practice_dose_is_held_and_sent_on_her_yes(
    harness: Harness, cast: Cast
) -> None:
    amina = cast.participant
    await harness.send(amina, "/practice")
    state = (await person(harness, cast.participant_id)).dialogue
    assert state is not None and state["name"] != "talk"
    photo = [{"file_id": "p", "file_unique_id": "p", "width": 1, "height": 1}]
    assert (await harness.send_raw(amina, photo=photo))[0].startswith(ASK)
    assert (await harness.press(amina, "tlk:yes"))[-1] == SENT_TO_JONAS
    (sent,) = await rows(harness, RelayMessage)
    assert sent.text == "📷"
    assert (await person(harness, cast.participant_id)).dialogue == state  # the dose goes on
