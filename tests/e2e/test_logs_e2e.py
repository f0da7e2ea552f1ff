"""The log of a whole working day at LOG_LEVEL=DEBUG holds no token, no name, no text.

The real bot polls the local Bot API server over HTTP with the product's logging setup
(bot/logs.py: its handler, filter and levels) writing every logger's records to a buffer.
A participant joins with an invitation, answers a check-in with her own words, writes to her
coach; the coach makes an appointment with a place and a note; she cannot come and says why.
Then the log is searched for each of those, as written, JSON-escaped and URL-encoded."""

from __future__ import annotations

import io
import json
from datetime import timedelta
from typing import Any
from urllib.parse import quote, quote_plus

import pytest

from bot.clock import ManualClock
from bot.logs import configure_logging_for
from bot.models import Role
from bot.services import invites, people
from devtools.localapi import LocalBotApi, SimUser

from e2e_support import Live, buttons, has, running
from harness import make_settings

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


async def workday(live: Live) -> str:
    """Everything the module docstring says; returns the invitation token used."""
    deps = live.deps
    await live.add_member(WIEBKE, Role.COACH)
    async with deps.sessionmaker.begin() as session:
        coach = await people.find_by_telegram_id(session, WIEBKE.id)
        cohort = await invites.get_or_create_cohort(session, COHORT, now=deps.clock.now())
        created = await invites.create_invite(
            session,
            now=deps.clock.now(),
            role=Role.PARTICIPANT,
            actor=None,
            ttl=timedelta(days=14),
            cohort=cohort,
            coach=coach,
        )
    token = created.token

    # She joins with the link's token.
    zahraa = live.api.add_user(ZAHRAA)
    welcome = await live.say(zahraa, f"/start {token}", has("Willkommen bei Begleiter!"))
    question = await live.press(zahraa, welcome, "lang:ar", has("Sind Sie damit einverstanden?"))
    quiet = await live.press(zahraa, question, "consent:yes", has("Wann sollen wir Ihnen keine"))
    practice = await live.press(zahraa, quiet, "quiet:2108", has("Wann möchten Sie jeden Tag"))
    await live.press(zahraa, practice, "practice:1800", has("Fertig!"))
    await live.api.wait_for_bot_message(WIEBKE.id, has("hat sich bei Begleiter angemeldet"))

    # A check-in, the last answer in her own words.
    step = await live.say(zahraa, "/checkin", has("(1/6)"))
    step = await live.press(zahraa, step, buttons(step)[2], has("(2/6)"))
    step = await live.press(zahraa, step, pick(step, ":ok"), has("(3/6)"))
    step = await live.press(zahraa, step, pick(step, ":all"), has("(4/6)"))
    step = await live.press(zahraa, step, pick(step, ":course"), lambda m: "☑️" in str(m))
    step = await live.press(zahraa, step, pick(step, "ck:done:"), has("(5/6)"))
    step = await live.press(zahraa, step, pick(step, ":no"), has("(6/6)"))
    await live.say(zahraa, CHECKIN_TEXT, has("Danke!"))

    # A message to her coach.
    ask = await live.say(zahraa, MESSAGE, has("Soll ich das an Wiebke senden?"))
    await live.press(zahraa, ask, "tlk:yes", has("An Wiebke gesendet"))
    await live.api.wait_for_bot_message(WIEBKE.id, has(MESSAGE), timeout=15)

    # The coach makes an appointment with a place and a note.
    who = await live.say(WIEBKE, "/appointment", has("Für wen ist der Termin?"))
    await live.press(WIEBKE, who, buttons(who)[0], has("Wann?"))
    kinds = await live.say(WIEBKE, "übermorgen 10 Uhr", has("Was für ein Termin?"))
    await live.press(WIEBKE, kinds, "apn:k:doctor", has("Wo?"))
    await live.say(WIEBKE, PLACE, has("Eine Notiz"))
    confirm = await live.say(WIEBKE, NOTE, has("So speichern?"))
    await live.press(WIEBKE, confirm, "apn:save", has("Gespeichert."))
    await live.api.wait_for_bot_message(zahraa.id, has(PLACE), timeout=15)

    # Reminded a day later, she cannot come and says why; her coach hears it.
    live.deps.clock.advance(timedelta(hours=25))  # type: ignore[attr-defined]
    reminder = await live.api.wait_for_bot_message(zahraa.id, has("Erinnerung: Arzt"), timeout=15)
    ask = await live.press(zahraa, reminder, buttons(reminder)[1], has("Möchten Sie sagen, warum?"))
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
