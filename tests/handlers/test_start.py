"""Joining by invitation: language, privacy consent, quiet hours, practice time."""

from __future__ import annotations

import json
from datetime import time, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from bot.i18n import RLM
from bot.models import ConsentRecord, Person, PersonStatus, Role
from bot.services import people

from harness import Harness, User
from seed import Cast, deps_of, load, make_invite


def last_edit(harness: Harness, chat_id: int) -> dict[str, Any]:
    return harness.request.sent(chat_id, "editMessageText")[-1]


def new_messages(harness: Harness, chat_id: int) -> int:
    """What the chat grew by: edits in place do not count."""
    return len(harness.request.texts(chat_id))


async def count_people(harness: Harness) -> int:
    async with deps_of(harness).sessionmaker() as session:
        return int(await session.scalar(select(func.count()).select_from(Person)) or 0)


async def uninvited_count(harness: Harness) -> int:
    async with deps_of(harness).sessionmaker() as session:
        return await people.counter_value(session, people.UNINVITED_COUNTER)


async def person_by_telegram(harness: Harness, telegram_id: int) -> Person:
    async with deps_of(harness).sessionmaker() as session:
        person = await people.find_by_telegram_id(session, telegram_id)
        assert person is not None
        return person


async def test_stranger_gets_one_kind_sentence_in_their_language_and_nothing_is_stored(
    harness: Harness,
) -> None:
    stranger = User(501, "Stranger", "en")
    for text in ["/start", "hello", "/help", "/invite", "/settings", "/export"]:
        harness.clock.advance(timedelta(hours=1))  # a stranger hears once an hour (test_strangers.py)
        replies = await harness.send(stranger, text)
        assert replies == [
            "Dieser Bot ist nur mit Einladung nutzbar. Bitte fragen Sie Ihre Beraterin oder Ihren "
            "Berater nach einem Einladungslink.\n\n"
            "This bot works by invitation only. Please ask your coach for an invitation link."
        ]
    harness.clock.advance(timedelta(hours=1))
    assert (
        await harness.send_raw(
            stranger,
            sticker={
                "file_id": "s",
                "file_unique_id": "s",
                "type": "regular",
                "width": 1,
                "height": 1,
                "is_animated": False,
                "is_video": False,
            },
        )
        == replies
    )
    assert await count_people(harness) == 0
    assert await uninvited_count(harness) == 7


async def test_stranger_without_telegram_language_gets_german(harness: Harness) -> None:
    replies = await harness.send(User(502, "X", None), "/start")
    assert replies[0].startswith("Dieser Bot ist nur mit Einladung nutzbar.")
    assert "\n\n" not in replies[0]


async def test_participant_joins_in_arabic(harness: Harness, cast: Cast) -> None:
    token = await make_invite(harness, coach_id=cast.coach_id, cohort="Pflege 2026")
    amal = User(600, "Amal", "ar")
    welcome = await harness.send(amal, f"/start {token}")
    assert welcome[0].startswith("Willkommen bei Begleiter!")
    assert RLM in welcome[0]  # Telegram reported Arabic: German first, then Arabic
    assert harness.request.buttons(amal.id) == [
        "lang:de",
        "lang:en",
        "lang:ar",
        "lang:fa",
        "lang:uk",
        "lang:tr",
        "lang:ru",
        "lang:so",
        "lang:ti",
        "lang:kmr",
    ]

    # The language question is edited to show the choice, German and Arabic; the privacy
    # notice is the only new message.
    (consent,) = await harness.press(amal, "lang:ar", message_id=71)
    edit = last_edit(harness, amal.id)
    assert edit["message_id"] == 71 and "reply_markup" not in edit  # the buttons are gone
    assert edit["text"].startswith("Ihre Sprache: العربية\n\n" + RLM)
    assert edit["text"].count("العربية") == 2
    # One message: the short notice in Arabic only, then the question in German and Arabic.
    notice, question = consent.split("\n\n", 1)
    assert notice.startswith(RLM)
    assert all(line.startswith(RLM) for line in notice.split("\n") if line)
    assert "/delete" in notice and "/export" in notice
    assert question.startswith("Sind Sie damit einverstanden?")
    assert harness.request.buttons(amal.id) == ["prv:consent", "consent:yes", "consent:no"]

    # Agreeing keeps the short notice and the question, shows the answer and where to read
    # it again; no separate "Danke!": the next question is the only new message.
    (quiet,) = await harness.press(amal, "consent:yes", message_id=72)
    edit = last_edit(harness, amal.id)
    assert edit["message_id"] == 72 and "reply_markup" not in edit
    assert edit["text"].startswith(notice + "\n\n" + question.split("\n\n")[0])
    assert "\n\n→ Ja, einverstanden · " + RLM in edit["text"] and "/privacy" in edit["text"]
    assert quiet.startswith("Wann sollen wir Ihnen keine Nachrichten schicken?")
    assert harness.request.buttons(amal.id) == ["quiet:2108", "quiet:2207", "quiet:2009", "quiet:none"]

    (practice,) = await harness.press(amal, "quiet:2207", message_id=73)
    edit = last_edit(harness, amal.id)
    assert edit["message_id"] == 73 and edit["text"].startswith(quiet)
    assert "\n\n→ 22:00–07:00 Uhr · " + RLM in edit["text"]
    assert practice.startswith("Wann möchten Sie jeden Tag kurz Deutsch üben?")

    # "Fertig!" and the help are one message, which brings the keyboard under the chat.
    (done,) = await harness.press(amal, "practice:0800", message_id=74)
    edit = last_edit(harness, amal.id)
    assert edit["message_id"] == 74 and edit["text"].startswith(practice)
    assert "\n\n→ 08:00 Uhr · " + RLM in edit["text"]
    german, arabic = done.split("\n\n")
    assert german.startswith("Fertig! Sie können alles mit /settings ändern.\n/sos")
    assert arabic.startswith(RLM) and all(line.startswith(RLM) for line in arabic.split("\n"))
    markup = harness.request.sent(amal.id)[-1]["reply_markup"]
    markup = json.loads(markup) if isinstance(markup, str) else markup
    assert markup["is_persistent"] is True
    # Welcome, notice, quiet hours, practice time, done: five messages, every answer visible.
    assert new_messages(harness, amal.id) == 5

    person = await person_by_telegram(harness, amal.id)
    assert person.status is PersonStatus.ACTIVE and person.role is Role.PARTICIPANT
    assert person.language == "ar" and person.coach_id == cast.coach_id
    assert (person.quiet_start, person.quiet_end, person.practice_time) == (time(22), time(7), time(8))
    async with deps_of(harness).sessionmaker() as session:
        consent = await session.scalar(select(ConsentRecord).where(ConsentRecord.person_id == person.id))
    assert consent is not None and consent.granted and consent.language == "ar"
    # The coach hears of it, in the coach's language.
    assert harness.request.texts(cast.coach.id)[-1] == "Amal hat sich bei Begleiter angemeldet."
    # The participant's own menu is set, in Arabic, without staff commands.
    menus = [
        p for name, p in harness.request.calls if name == "setMyCommands" and "chat_id" in str(p.get("scope"))
    ]
    assert menus and "invite" not in str(menus[-1]["commands"])
    # Each pressed question was edited (its buttons gone), so nothing is answered twice.
    assert [p["message_id"] for p in harness.request.sent(amal.id, "editMessageText")] == [71, 72, 73, 74]


async def test_participant_joins_in_german(harness: Harness, cast: Cast) -> None:
    token = await make_invite(harness, coach_id=cast.coach_id)
    lena = User(601, "Lena", "de")
    await harness.send(lena, f"/start {token}")
    (consent,) = await harness.press(lena, "lang:de", message_id=81)
    assert last_edit(harness, lena.id) | {"chat_id": 0} == {
        "chat_id": 0,
        "message_id": 81,
        "text": "Ihre Sprache: Deutsch",
    }
    assert consent.startswith("Datenschutz kurz:")
    assert consent.endswith("\n\nSind Sie damit einverstanden?")
    await harness.press(lena, "consent:yes", message_id=82)
    assert last_edit(harness, lena.id)["text"] == (
        consent + "\n\n→ Ja, einverstanden\n\nDanke! Sie können das jederzeit mit /privacy nachlesen."
    )
    await harness.press(lena, "quiet:none", message_id=83)
    assert last_edit(harness, lena.id)["text"] == (
        "Wann sollen wir Ihnen keine Nachrichten schicken? (Ruhezeit)\n\n→ Keine Ruhezeit"
    )
    (done,) = await harness.press(lena, "practice:1800", message_id=84)
    assert (
        last_edit(harness, lena.id)["text"] == "Wann möchten Sie jeden Tag kurz Deutsch üben?\n\n→ 18:00 Uhr"
    )
    assert done.startswith("Fertig! Sie können alles mit /settings ändern.\n/sos – ")
    assert "\n\n" not in done and len(done.split("\n")) <= 7
    assert new_messages(harness, lena.id) == 5
    person = await person_by_telegram(harness, lena.id)
    assert person.status is PersonStatus.ACTIVE and person.quiet_start is None


async def test_coach_onboarding_has_no_practice_step(harness: Harness) -> None:
    token = await make_invite(harness, Role.COACH)
    coach = User(602, "Kai", "en")
    await harness.send(coach, f"/start {token}")
    await harness.press(coach, "lang:en")
    await harness.press(coach, "consent:yes")
    (done,) = await harness.press(coach, "quiet:2108", message_id=91)
    assert last_edit(harness, coach.id)["message_id"] == 91
    assert "\n\n→ 21:00–08:00 Uhr" in last_edit(harness, coach.id)["text"]
    assert done.startswith("Fertig!") and "Done!" in done and "/invite" in done
    assert new_messages(harness, coach.id) == 4  # no practice time


async def test_reused_expired_revoked_and_unknown_tokens_are_turned_away(
    harness: Harness, cast: Cast
) -> None:
    token = await make_invite(harness, coach_id=cast.coach_id)
    await harness.send(User(610, "First", "en"), f"/start {token}")
    second = User(611, "Second", "en")
    harness.clock.advance(timedelta(hours=1))  # a stranger hears once an hour
    assert "already been used" in (await harness.send(second, f"/start {token}"))[0]

    expiring = await make_invite(harness, coach_id=cast.coach_id)
    harness.clock.advance(timedelta(days=15))
    assert "has expired" in (await harness.send(second, f"/start {expiring}"))[0]

    revoked = await make_invite(harness, coach_id=cast.coach_id)
    async with deps_of(harness).sessionmaker.begin() as session:
        from bot.models import Invite
        from bot.services.invites import hash_token, revoke_invite

        invite = await session.scalar(select(Invite).where(Invite.token_hash == hash_token(revoked)))
        assert invite is not None
        await revoke_invite(session, invite.id, now=harness.clock.now(), actor=None)
    harness.clock.advance(timedelta(hours=1))  # a stranger hears once an hour
    assert "was withdrawn" in (await harness.send(second, f"/start {revoked}"))[0]

    for junk in ["abc", "x" * 64, "🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂", "A" * 22]:
        harness.clock.advance(timedelta(hours=1))  # a stranger hears once an hour
        assert "not valid" in (await harness.send(second, f"/start {junk}"))[0]
    assert await uninvited_count(harness) == 7


async def test_an_active_member_opening_a_link_spends_nothing(harness: Harness, cast: Cast) -> None:
    token = await make_invite(harness, coach_id=cast.coach_id)
    replies = await harness.send(cast.participant, f"/start {token}")
    assert replies[0].startswith("Sie sind schon angemeldet.")
    # The link still works for the person it was meant for.
    assert (await harness.send(User(620, "New", "de"), f"/start {token}"))[0].startswith("Willkommen")


async def test_declining_stores_only_the_refusal_and_can_be_reconsidered(
    harness: Harness, cast: Cast
) -> None:
    token = await make_invite(harness, coach_id=cast.coach_id)
    user = User(630, "Farid", "fa")
    await harness.send(user, f"/start {token}")
    await harness.press(user, "lang:fa")
    replies = await harness.press(user, "consent:no", message_id=95)
    edit = last_edit(harness, user.id)
    assert edit["message_id"] == 95 and "\n\n→ Nein · " + RLM in edit["text"]
    assert "Sind Sie damit einverstanden?" in edit["text"] and "Danke" not in edit["text"]
    # Why nothing more happens, and how to change one's mind, comes as a message of its own.
    assert replies[0].startswith("In Ordnung. Wir speichern nur, dass Sie nicht zugestimmt haben.")
    person = await person_by_telegram(harness, user.id)
    assert person.status is PersonStatus.DECLINED and person.display_name is None
    assert person.quiet_start is None and person.practice_time is None

    # Nothing but privacy, language, delete and start works now.
    assert "nicht verfügbar" in (await harness.send(user, "/settings"))[0]
    # A greeting after declining: there are no questions left to answer, so it says why
    # nothing is passed on and how to change her mind (issue 17).
    (said,) = await harness.send(user, "سلام")
    assert said.startswith("Sie haben dem Datenschutz nicht zugestimmt.") and "/start" in said
    assert "zuerst die Fragen" not in said

    replies = await harness.send(user, "/start")
    assert harness.request.buttons(user.id) == ["prv:consent", "consent:yes", "consent:no"]
    await harness.press(user, "consent:yes")
    await harness.press(user, "quiet:2108")
    await harness.press(user, "practice:1200")
    person = await load(harness, person.id)
    assert person.status is PersonStatus.ACTIVE


async def test_stale_and_forged_buttons_change_nothing(harness: Harness, cast: Cast) -> None:
    before = await load(harness, cast.participant_id)
    for data in [
        "consent:yes",
        "consent:no",
        "lang:xx",
        "quiet:9999",
        "practice:",
        "nonsense",
        "x" * 70,
        "del:maybe",
        "lang",
    ]:
        replies = await harness.press(cast.participant, data)
        assert replies, data
        assert "gilt nicht mehr" in replies[0] or "nicht verfügbar" in replies[0], (data, replies)
    after = await load(harness, cast.participant_id)
    assert (after.language, after.status, after.quiet_start, after.practice_time) == (
        before.language,
        before.status,
        before.quiet_start,
        before.practice_time,
    )
    assert all(toast for toast in harness.toasts())  # every press was answered with a reason


async def test_restart_mid_onboarding_resumes_at_the_same_question(harness: Harness, cast: Cast) -> None:
    token = await make_invite(harness, coach_id=cast.coach_id)
    user = User(640, "Olena", "uk")
    await harness.send(user, f"/start {token}")
    await harness.press(user, "lang:uk")
    await harness.press(user, "consent:yes")
    replies = await harness.send(user, "/start")
    assert replies[0].startswith("Wann sollen wir Ihnen keine Nachrichten schicken?")


@pytest.mark.parametrize("language", ["de", "en", "ar", "fa", "uk", "tr", "ru"])
@pytest.mark.parametrize("message_id", ["help-participant", "help-coach", "help-staff", "help-onboarding"])
def test_help_is_at_most_six_lines_in_every_language(
    harness: Harness, language: str, message_id: str
) -> None:
    text = deps_of(harness).catalogue.render(language, message_id)
    assert 1 <= len(text.split("\n")) <= 6, text


async def test_help_after_start_is_german_with_her_language_below(harness: Harness, cast: Cast) -> None:
    (shown,) = await harness.send(cast.participant, "/start")
    german, arabic = shown.split("\n\n")
    assert german.startswith("/sos") and len(german.split("\n")) <= 6
    assert arabic.startswith(RLM) and len(arabic.split("\n")) <= 6
    (coach_help,) = await harness.send(cast.coach, "/start")
    assert len(coach_help.split("\n")) <= 6 and "/participants" in coach_help


async def test_joining_offers_no_practice_time_inside_the_quiet_hours(harness: Harness, cast: Cast) -> None:
    token = await make_invite(harness, coach_id=cast.coach_id)
    lena = User(650, "Lena", "de")
    await harness.send(lena, f"/start {token}")
    await harness.press(lena, "lang:de")
    await harness.press(lena, "consent:yes")
    replies = await harness.press(lena, "quiet:2009")
    assert replies[0].startswith("Wann möchten Sie jeden Tag kurz Deutsch üben?")
    assert harness.request.buttons(lena.id) == ["practice:1200", "practice:1800"]
    replies = await harness.press(lena, "practice:0800")  # an old keyboard
    assert replies[0].startswith("Diese Zeit liegt in Ihrer Ruhezeit.")
    assert (await person_by_telegram(harness, lena.id)).practice_time != time(8)
    assert (await harness.press(lena, "practice:1200"))[0].startswith("Fertig!")


async def test_a_refused_edit_loses_no_question(harness: Harness, cast: Cast) -> None:
    """Edits are cosmetic: when Telegram refuses them, only the buttons go and the next
    question still comes; joining ends as usual."""
    token = await make_invite(harness, coach_id=cast.coach_id)
    amal = User(660, "Amal", "ar")
    await harness.send(amal, f"/start {token}")
    harness.request.fail_methods.add("editMessageText")
    steps = [
        ("lang:ar", "Sind Sie damit einverstanden?"),
        ("consent:yes", "Wann sollen wir"),
        ("quiet:2108", "Wann möchten Sie"),
        ("practice:1800", "Fertig!"),
    ]
    for message_id, (data, expected) in enumerate(steps, start=51):
        replies = await harness.press(amal, data, message_id=message_id)
        assert len(replies) == 1 and expected in replies[0], (data, replies)
    fallbacks = harness.request.sent(amal.id, "editMessageReplyMarkup")
    assert [p["message_id"] for p in fallbacks] == [51, 52, 53, 54]
    assert all("reply_markup" not in p for p in fallbacks)
    assert (await person_by_telegram(harness, amal.id)).status is PersonStatus.ACTIVE


async def test_language_changed_while_joining_shows_it_and_asks_the_same_question_again(
    harness: Harness, cast: Cast
) -> None:
    token = await make_invite(harness, coach_id=cast.coach_id)
    user = User(670, "Olena", "uk")
    await harness.send(user, f"/start {token}")
    await harness.press(user, "lang:uk")
    await harness.press(user, "consent:yes")
    await harness.send(user, "/language")
    (again,) = await harness.press(user, "lang:en", message_id=77)
    edit = last_edit(harness, user.id)
    assert edit["message_id"] == 77 and edit["text"] == "Ihre Sprache: English\n\nYour language: English"
    assert again.startswith("Wann sollen wir Ihnen keine Nachrichten schicken?")
    assert "When should we not send you messages?" in again


async def test_a_member_changing_a_setting_sees_the_answer_and_that_it_is_saved(
    harness: Harness, cast: Cast
) -> None:
    amina = cast.participant
    await harness.press(amina, "set:quiet")
    replies = await harness.press(amina, "quiet:2009", message_id=61)
    edit = last_edit(harness, amina.id)
    assert edit["message_id"] == 61 and edit["text"].startswith("Wann sollen wir")
    assert "\n\n→ 20:00–09:00 Uhr · " + RLM in edit["text"]
    assert replies[0].startswith("Gespeichert.")
    await harness.press(amina, "set:practice")
    await harness.press(amina, "practice:1200", message_id=62)
    assert last_edit(harness, amina.id)["message_id"] == 62
    assert "\n\n→ 12:00 Uhr · " + RLM in last_edit(harness, amina.id)["text"]
    # The language from /settings: the keyboard under the chat comes again, in Ukrainian.
    await harness.press(amina, "set:lang")
    (chosen,) = await harness.press(amina, "lang:uk", message_id=63)
    assert chosen == "Ihre Sprache: Українська\n\nВаша мова: Українська"
    markup = harness.request.sent(amina.id)[-1]["reply_markup"]
    markup = json.loads(markup) if isinstance(markup, str) else markup
    assert markup["is_persistent"] is True
