"""The log of a whole working day at LOG_LEVEL=DEBUG holds no token, no name, no text.

The real bot polls the local Bot API server over HTTP with the product's logging setup
(bot/logs.py: its handler, filter and levels) writing every logger's records to a buffer.
A participant joins with an invitation, answers a check-in with her own words, writes to her
coach; the coach makes an appointment with a place and a note; she cannot come and says why.
Then the log is searched for each of those, as written, JSON-escaped and URL-encoded.

The same search runs on a real `python -m bot run` process with LOG_FORMAT=json, whose every
line must be one JSON object: she joins, checks in in her own words, gives her coach her phone
number, he answers with his, and she writes a crisis sentence."""

from __future__ import annotations

import io
import json
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote, quote_plus

import pytest

from bot.app import build_deps
from bot.clock import ManualClock
from bot.logs import configure_logging_for
from bot.models import Person, Role
from devtools.localapi import LocalBotApi, SimUser

from e2e_support import (
    Chats,
    Live,
    buttons,
    has,
    participant_invite,
    run_environment,
    running,
    start_bot,
    stop_bot,
)
from harness import make_settings
from seed import add_person

pytestmark = pytest.mark.e2e

# Shaped like a real token (the bot's id, a colon, 35 characters), so that nothing but the
# filter can hide it.
TOKEN = "777001:AAGm4vQz_Xr9LmT2pWfYc8sN1oJbUeGd4Ki"
ZAHRAA = SimUser(8001, "Zahraa", "ar", username="zahraa_kassel_84", last_name="Haidari")
WIEBKE = SimUser(8002, "Wiebke", "de", username="wiebke_coach_ks", last_name="Lindqvist")
COHORT = "Pflegehelferinnen Nordstadt"
CHECKIN_TEXT = "Mein Nachbar schreit nachts, ich schlafe kaum"
MESSAGE = "Ich schaffe den Kurs nicht allein"
PLACE = "Praxis Dr. Yilmaz, Friedrich-Ebert-Str. 12"
NOTE = "Versichertenkarte und Befund mitbringen"
REASON = "Meine Tochter hat hohes Fieber"

NAMES = ("Zahraa", "Haidari", "zahraa_kassel_84", "Wiebke", "Lindqvist", "wiebke_coach_ks", COHORT)
TEXTS = (CHECKIN_TEXT, MESSAGE, PLACE, NOTE, REASON)


def spellings(secret: str) -> set[str]:
    """How a string can appear in a log: as is, in JSON (ASCII-escaped or not), in a URL."""
    return {secret, json.dumps(secret)[1:-1], json.dumps(secret, ensure_ascii=False)[1:-1]} | {
        quote(secret),
        quote_plus(secret),
    }


def hits(log: str, secrets: tuple[str, ...]) -> int:
    lowered = log.lower()
    return sum(lowered.count(form.lower()) for secret in secrets for form in spellings(secret))


def pick(message: dict[str, Any], part: str) -> str:
    return next(b for b in buttons(message) if b.endswith(part) or b.startswith(part))


async def checkin_in_her_words(chats: Chats, user: SimUser, words: str) -> None:
    """A weekly check-in by buttons, the last answer in her own words."""
    step = await chats.say(user, "/checkin", has("(1/6)"))
    step = await chats.press(user, step, buttons(step)[2], has("(2/6)"))
    step = await chats.press(user, step, pick(step, ":ok"), has("(3/6)"))
    step = await chats.press(user, step, pick(step, ":all"), has("(4/6)"))
    step = await chats.press(user, step, pick(step, ":course"), lambda m: "☑️" in str(m))
    step = await chats.press(user, step, pick(step, "ck:done:"), has("(5/6)"))
    step = await chats.press(user, step, pick(step, ":no"), has("(6/6)"))
    await chats.say(user, words, has("Danke!"))


async def to_her_coach(chats: Chats, user: SimUser, coach: SimUser, text: str) -> dict[str, Any]:
    """Plain text to her coach, confirmed with "yes"; returns the coach's copy of it."""
    ask = await chats.say(user, text, has(f"Soll ich das an {coach.first_name} senden?"))
    await chats.press(user, ask, "tlk:yes", has(f"An {coach.first_name} gesendet"))
    return await chats.api.wait_for_bot_message(coach.id, has(text), timeout=15)


async def workday(live: Live) -> str:
    """Everything the module docstring says; returns the invitation token used."""
    await live.add_member(WIEBKE, Role.COACH)
    token = await participant_invite(live.deps, WIEBKE, COHORT)

    # She joins with the link's token, checks in and writes to her coach.
    zahraa = live.api.add_user(ZAHRAA)
    await live.join(zahraa, token, "ar")
    await live.api.wait_for_bot_message(WIEBKE.id, has("hat sich bei Begleiter angemeldet"))
    await checkin_in_her_words(live, zahraa, CHECKIN_TEXT)
    await to_her_coach(live, zahraa, WIEBKE, MESSAGE)

    # The coach makes an appointment with a place and a note.
    await live.new_appointment(WIEBKE, "doctor", PLACE, NOTE)
    await live.api.wait_for_bot_message(zahraa.id, has(PLACE), timeout=15)

    # Reminded a day later, she cannot come and says why; her coach hears it.
    live.deps.clock.advance(timedelta(hours=25))  # type: ignore[attr-defined]
    reminder = await live.api.wait_for_bot_message(zahraa.id, has("Erinnerung: Arzt"), timeout=15)
    await live.press(zahraa, reminder, buttons(reminder)[1], has("Möchten Sie sagen, warum?"))
    await live.say(zahraa, REASON, has("weiß Bescheid"))
    told = await live.api.wait_for_bot_message(WIEBKE.id, has("kann nicht kommen"), timeout=15)
    assert REASON in told["text"]
    return token


@pytest.mark.usefixtures("restore_logging")
@pytest.mark.parametrize("unsafe", [False, True], ids=["default", "library-payloads"])
async def test_a_debug_log_of_a_workday_holds_no_token_name_or_text(
    migrated_sqlite_url: str, clock: ManualClock, unsafe: bool
) -> None:
    buffer = io.StringIO()
    async with LocalBotApi(TOKEN, bot_id=777001, bot_username="begleiter_logs_bot") as api:
        settings = make_settings(
            migrated_sqlite_url,
            TELEGRAM_API_BASE_URL=api.base_url,
            TELEGRAM_BOT_TOKEN=TOKEN,
            LOG_LEVEL="DEBUG",
            LOG_LIBRARY_PAYLOADS_UNSAFE="1" if unsafe else "0",
        )
        configure_logging_for(settings, stream=buffer)
        async with running(api, settings, clock) as live:
            invite_token = await workday(live)
    log = buffer.getvalue()

    assert "joined by invite" in log  # the product's own records are in it
    assert "unhandled error" not in log
    counts = {
        "token": hits(log, (TOKEN.split(":")[1],)),  # the full token contains it
        "invite": hits(log, (invite_token,)),
        "names": hits(log, NAMES),
        "texts": hits(log, TEXTS),
    }
    if not unsafe:
        assert counts == {"token": 0, "invite": 0, "names": 0, "texts": 0}, counts
        assert " DEBUG telegram" not in log and " DEBUG aiosqlite" not in log
        return
    # With the libraries' payloads let through, the filter still hides the secrets it can
    # recognise everywhere: tokens (in every Bot API URL) and invitation tokens.
    assert " DEBUG telegram.ext.ExtBot" in log and " DEBUG aiosqlite" in log
    assert counts["token"] == 0 and counts["invite"] == 0, counts


# -- the same search in a real `python -m bot run` with LOG_FORMAT=json ---------------------------

PHONE_TEXT = "Bitte rufen Sie mich unter 0176 43218765 an"
REPLY = "Ich bin morgen ab 9 Uhr unter 0561 7049 3382 erreichbar"
CRISIS = "Ich will nicht mehr leben"
PHONES = ("0176 43218765", "017643218765", "0561 7049 3382", "056170493382")


async def seed_for_run(url: str, api: LocalBotApi) -> str:
    """Wiebke as a coach with no quiet hours (the test may run at night); returns an
    invitation token for a participant of hers."""
    deps = build_deps(make_settings(url))
    try:
        api.add_user(WIEBKE)
        coach_id = await add_person(deps, telegram_user_id=WIEBKE.id, name=WIEBKE.first_name, role=Role.COACH)
        async with deps.sessionmaker.begin() as session:
            coach = await session.get(Person, coach_id)
            assert coach is not None
            coach.quiet_start = coach.quiet_end = None
        return await participant_invite(deps, WIEBKE, COHORT)
    finally:
        await deps.engine.dispose()


async def conversation(chats: Chats, token: str) -> None:
    """She joins, checks in in her own words, writes to her coach (with her phone number), he
    answers (with his), and she writes a crisis sentence: the numbers come, he is alerted."""
    zahraa = chats.api.add_user(ZAHRAA)
    await chats.join(zahraa, token, "ar", quiet="none")
    await chats.api.wait_for_bot_message(WIEBKE.id, has("hat sich bei Begleiter angemeldet"), timeout=15)
    await checkin_in_her_words(chats, zahraa, CHECKIN_TEXT)
    copy = await to_her_coach(chats, zahraa, WIEBKE, PHONE_TEXT)
    await chats.press(WIEBKE, copy, pick(copy, "rly:"), has("auf Deutsch"))
    await chats.say(WIEBKE, REPLY, has("Gesendet an Zahraa"))
    await chats.api.wait_for_bot_message(zahraa.id, has(REPLY), timeout=15)
    await chats.say(zahraa, CRISIS, has("0800 111 0 111"))  # her "yes, send" is remembered
    alert = await chats.api.wait_for_bot_message(WIEBKE.id, has(CRISIS), timeout=15)
    assert any(b.startswith("alk:") for b in buttons(alert))


async def test_a_json_log_of_a_real_run_holds_no_token_name_phone_or_text(
    tmp_path: Path, migrated_sqlite_url: str
) -> None:
    log_path = tmp_path / "bot.log"
    async with LocalBotApi(TOKEN, bot_id=777001, bot_username="begleiter_logs_bot") as api:
        invite_token = await seed_for_run(migrated_sqlite_url, api)
        env = run_environment(api, TOKEN, migrated_sqlite_url, LOG_FORMAT="json", LOG_LEVEL="DEBUG")
        with log_path.open("wb") as output:
            bot = await start_bot(env, tmp_path, output)
            try:
                # Started (slow on a busy machine): the first long poll has come in.
                await api.wait_for_call("getUpdates", timeout=60, arrived=True)
                await conversation(Chats(api), invite_token)
            finally:
                code = await stop_bot(bot)
    assert code == 0
    lines = log_path.read_text("utf-8").splitlines()
    entries = [json.loads(line) for line in lines]  # every line is one JSON object
    assert all(
        isinstance(entry, dict) and entry.keys() >= {"time", "level", "logger", "message"}
        for entry in entries
    )
    messages = [entry["message"] for entry in entries]
    assert any("joined by invite" in message for message in messages), messages
    assert not [entry for entry in entries if entry["level"] in ("ERROR", "CRITICAL")], "nothing went wrong"
    log = "\n".join(lines)
    counts = {
        "token": hits(log, (TOKEN, TOKEN.split(":")[1])),
        "invite": hits(log, (invite_token,)),
        "names": hits(log, NAMES),
        "texts": hits(log, (CHECKIN_TEXT, PHONE_TEXT, REPLY, CRISIS)),
        "phones": hits(log, PHONES),
    }
    assert counts == {"token": 0, "invite": 0, "names": 0, "texts": 0, "phones": 0}, counts
