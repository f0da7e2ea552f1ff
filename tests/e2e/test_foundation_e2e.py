"""The foundation over real HTTP: joining, strangers, reused links, export, delete, roles."""

from __future__ import annotations

import json

import pytest

from bot.models import Person, PersonStatus, Role
from bot.services import people
from devtools.localapi import SimUser

from e2e_support import Live, buttons, has, participant_invite

pytestmark = pytest.mark.e2e


async def seed_team(live: Live) -> tuple[SimUser, SimUser]:
    coach, staff = SimUser(2001, "Jonas", "de"), SimUser(2002, "Sabine", "de")
    await live.add_member(coach, Role.COACH)
    await live.add_member(staff, Role.STAFF)
    return coach, staff


async def invite_for(live: Live, coach: SimUser) -> str:
    return await participant_invite(live.deps, coach)


async def join(live: Live, user: SimUser, token: str, language: str) -> None:
    done = await live.join(user, token, language)
    # With the help for their role and the keyboard under the chat, in one message.
    assert "/settings" in done["text"] and "/sos" in done["text"]
    assert (done.get("reply_markup") or {}).get("is_persistent") is True
    # Each question was edited in place to show the answer, so joining took five messages.
    texts = live.texts(user.id)
    assert len(texts) == 5, [text[:40] for text in texts]
    assert any("\n\n→ Ja, einverstanden" in text for text in texts)
    assert any(text.startswith("Wann möchten Sie") and "\n\n→ 18:00 Uhr" in text for text in texts)


async def test_participants_join_in_arabic_and_in_german(live: Live) -> None:
    coach, _ = await seed_team(live)
    amal = live.api.add_user(SimUser(3001, "Amal", "ar"))
    await join(live, amal, await invite_for(live, coach), "ar")
    texts = live.texts(amal.id)
    assert any(text.startswith("Ihre Sprache: العربية") for text in texts)
    notice = next(text for text in texts if "/export" in text and "/delete" in text)
    assert notice.startswith("\u200f")  # the privacy notice in Arabic, right to left
    # The bot set Amal's own menu, in Arabic.
    await live.api.wait_for_call("setMyCommands", lambda p: str(amal.id) in str(p.get("scope")))
    menu = live.api.commands({"type": "chat", "chat_id": amal.id})
    assert [c["command"] for c in menu][:5] == ["sos", "message", "help", "checkin", "practice"]
    assert not menu[0]["description"].isascii()

    lena = live.api.add_user(SimUser(3002, "Lena", "de"))
    await join(live, lena, await invite_for(live, coach), "de")
    assert "Ihre Sprache: Deutsch" in live.texts(lena.id)

    await live.api.wait_for_bot_message(coach.id, has("Lena hat sich bei Begleiter angemeldet."))
    assert "Amal hat sich bei Begleiter angemeldet." in live.texts(coach.id)
    async with live.deps.sessionmaker() as session:
        for user in (amal, lena):
            person = await people.find_by_telegram_id(session, user.id)
            assert person is not None and person.status is PersonStatus.ACTIVE


async def test_strangers_and_reused_links_are_turned_away(live: Live) -> None:
    coach, _ = await seed_team(live)
    stranger = live.api.add_user(SimUser(3100, "Stranger", "en"))
    answer = await live.say(stranger, "/start")
    assert answer["text"].endswith("Please ask your coach for an invitation link.")
    # (a stranger hears once an hour: another one writes)
    answer = await live.say(live.api.add_user(SimUser(3103, "Stranger", "en")), "Hello? 🙂")
    assert "invitation link" in answer["text"]

    token = await invite_for(live, coach)
    first = live.api.add_user(SimUser(3101, "First", "tr"))
    await live.say(first, f"/start {token}", has("Willkommen"))
    second = live.api.add_user(SimUser(3102, "Second", "ru"))
    answer = await live.say(second, f"/start {token}")
    assert "wurde schon benutzt" in answer["text"]
    async with live.deps.sessionmaker() as session:
        assert await people.find_by_telegram_id(session, stranger.id) is None
        assert await people.find_by_telegram_id(session, second.id) is None
        assert await people.counter_value(session, people.UNINVITED_COUNTER) == 3


async def test_export_and_delete(live: Live) -> None:
    coach, _ = await seed_team(live)
    amal = live.api.add_user(SimUser(3201, "Amal", "ar"))
    await join(live, amal, await invite_for(live, coach), "ar")

    document = await live.say(amal, "/export", lambda m: "document" in m)
    data = json.loads(live.api.file_bytes(document["document"]["file_id"]))
    assert data["person"]["name"] == "Amal" and data["programme"]["coach"] == "Jonas"
    assert document["document"]["file_name"] == "begleiter-export.json"

    question = await live.say(amal, "/delete", has("Wollen Sie wirklich"))
    assert buttons(question) == ["del:yes", "del:no"]
    await live.press(amal, question, "del:yes", has("Ihre Daten sind gelöscht."))
    await live.api.wait_for_bot_message(coach.id, has("Amal hat die eigenen Daten bei Begleiter gelöscht."))
    async with live.deps.sessionmaker() as session:
        assert await people.find_by_telegram_id(session, amal.id) is None
    answer = await live.say(amal, "/help")
    assert "nur mit Einladung" in answer["text"]


async def test_a_participant_cannot_use_staff_or_coach_commands_or_buttons(live: Live) -> None:
    coach, staff = await seed_team(live)
    amal = live.api.add_user(SimUser(3301, "Amal", "ar"))
    await join(live, amal, await invite_for(live, coach), "ar")
    answer = await live.say(amal, "/invite", has("nicht verfügbar"))
    assert answer["text"].startswith("Dieser Befehl ist für Sie nicht verfügbar.")

    # Buttons from a staff member's invite dialogue, forged into Amal's chat.
    menu = await live.say(staff, "/invite", has("Wen möchten Sie einladen?"))
    assert buttons(menu) == ["invr:participant", "invr:coach", "invr:staff", "invr:mentor"]
    last = await live.say(amal, "/help", has("/settings"))
    for data in ("invr:staff", "invr:mentor", "invc:0", "invk:0", "invx:1"):
        before = len(live.api.calls)
        reply = await live.press(amal, last, data, has("nicht verfügbar"), strict=False)
        answered = await live.api.wait_for_call("answerCallbackQuery", start=before)
        assert answered.get("text"), "the refused button says why"
        assert reply["text"].startswith("Dieser Befehl ist für Sie nicht verfügbar."), (
            live.api.state.describe_chat(amal.id)
        )
    async with live.deps.sessionmaker() as session:
        from sqlalchemy import func, select

        from bot.models import Invite

        assert await session.scalar(select(func.count()).select_from(Invite)) == 1  # only Amal's own
        person = await people.find_by_telegram_id(session, amal.id)
        assert isinstance(person, Person) and person.role is Role.PARTICIPANT


async def test_optional_methods_failing_the_bot_goes_on_with_text(live: Live) -> None:
    coach, staff = await seed_team(live)
    live.api.configure(optional_methods=False)
    # The staff invite: no QR picture possible, the link comes as text.
    menu = await live.say(staff, "/invite", has("Wen möchten Sie einladen?"))
    created = await live.press(staff, menu, "invr:coach", has("https://t.me/begleiter_e2e_bot?start="))
    assert "Einladung für: Beraterin oder Berater" in created["text"]
    # The export: no file possible, the JSON comes as text.
    await live.say(coach, "/export", has("als Text"))
    body = await live.api.wait_for_bot_message(coach.id, has('"format": "begleiter-export"'))
    assert '"name": "Jonas"' in body["text"]
    assert any(method == "sendPhoto" and code == 400 for method, code, _ in live.api.errors)
    assert any(method == "sendDocument" and code == 400 for method, code, _ in live.api.errors)


async def test_a_strangers_menu_is_published_in_every_language(live: Live) -> None:
    # Telegram takes two-letter codes only: Kurmanji's menu goes under "ku", the code its
    # clients report.
    assert [error for error in live.api.errors if error[0] == "setMyCommands"] == []
    catalogue = live.deps.catalogue
    for language in catalogue.languages:
        code = "" if language == "de" else {"kmr": "ku"}.get(language, language)
        menu = {c["command"]: c["description"] for c in live.api.commands(None, code)}
        assert list(menu) == ["start", "help"], language
        assert menu["help"] == catalogue.render(language, "cmd-help").lstrip("\u200f"), language
