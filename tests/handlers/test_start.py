"""Joining by invitation: language, privacy consent, quiet hours, practice time."""

from __future__ import annotations

from datetime import time, timedelta

import pytest
from sqlalchemy import func, select

from bot.i18n import RLM
from bot.models import ConsentRecord, Person, PersonStatus, Role
from bot.services import people

from harness import Harness, User
from seed import Cast, deps_of, load, make_invite


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
        replies = await harness.send(stranger, text)
        assert replies == [
            "Dieser Bot ist nur mit Einladung nutzbar. Bitte fragen Sie Ihre Beraterin oder Ihren "
            "Berater nach einem Einladungslink.\n\n"
            "This bot works by invitation only. Please ask your coach for an invitation link."
        ]
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
    ]

    replies = await harness.press(amal, "lang:ar")
    assert replies[0].startswith("Ihre Sprache: العربية")
    # One message: the short notice in Arabic only, then the question in German and Arabic.
    (consent,) = replies[1:]
    notice, question = consent.split("\n\n", 1)
    assert notice.startswith(RLM)
    assert all(line.startswith(RLM) for line in notice.split("\n") if line)
    assert "/delete" in notice and "/export" in notice
    assert question.startswith("Sind Sie damit einverstanden?")
    assert harness.request.buttons(amal.id) == ["prv:consent", "consent:yes", "consent:no"]

    replies = await harness.press(amal, "consent:yes")
    assert replies[0].startswith("Danke!")
    assert replies[1].startswith("Wann sollen wir Ihnen keine Nachrichten schicken?")
    assert harness.request.buttons(amal.id) == ["quiet:2108", "quiet:2207", "quiet:2009", "quiet:none"]

    replies = await harness.press(amal, "quiet:2207")
    assert replies[0].startswith("Wann möchten Sie jeden Tag kurz Deutsch üben?")
    replies = await harness.press(amal, "practice:0800")
    assert replies[0].startswith("Fertig!")

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
    # Keyboards are removed after each press, so nothing is answered twice.
    assert any(name == "editMessageReplyMarkup" for name, _ in harness.request.calls)


async def test_participant_joins_in_german(harness: Harness, cast: Cast) -> None:
    token = await make_invite(harness, coach_id=cast.coach_id)
    lena = User(601, "Lena", "de")
    await harness.send(lena, f"/start {token}")
    replies = await harness.press(lena, "lang:de")
    assert replies[0] == "Ihre Sprache: Deutsch"
    assert replies[1].startswith("Datenschutz kurz:")
    assert replies[1].endswith("\n\nSind Sie damit einverstanden?")
    await harness.press(lena, "consent:yes")
    await harness.press(lena, "quiet:none")
    replies = await harness.press(lena, "practice:1800")
    assert replies[0] == "Fertig! Sie können alles mit /settings ändern."
    person = await person_by_telegram(harness, lena.id)
    assert person.status is PersonStatus.ACTIVE and person.quiet_start is None


async def test_coach_onboarding_has_no_practice_step(harness: Harness) -> None:
    token = await make_invite(harness, Role.COACH)
    coach = User(602, "Kai", "en")
    await harness.send(coach, f"/start {token}")
    await harness.press(coach, "lang:en")
    await harness.press(coach, "consent:yes")
    replies = await harness.press(coach, "quiet:2108")
    assert replies[0].startswith("Fertig!") and "Done!" in replies[0]
    assert "/invite" in replies[1]


async def test_reused_expired_revoked_and_unknown_tokens_are_turned_away(
    harness: Harness, cast: Cast
) -> None:
    token = await make_invite(harness, coach_id=cast.coach_id)
    await harness.send(User(610, "First", "en"), f"/start {token}")
    second = User(611, "Second", "en")
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
    assert "was withdrawn" in (await harness.send(second, f"/start {revoked}"))[0]

    for junk in ["abc", "x" * 64, "🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂", "A" * 22]:
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
    replies = await harness.press(user, "consent:no")
    assert replies[0].startswith("In Ordnung. Wir speichern nur, dass Sie nicht zugestimmt haben.")
    person = await person_by_telegram(harness, user.id)
    assert person.status is PersonStatus.DECLINED and person.display_name is None
    assert person.quiet_start is None and person.practice_time is None

    # Nothing but privacy, language, delete and start works now.
    assert "nicht verfügbar" in (await harness.send(user, "/settings"))[0]
    assert "zuerst die Fragen" in (await harness.send(user, "hello"))[0]

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
