"""Every command and every button, for every kind of person: allowed or refused.

The expectations are written out here on purpose, not derived from handlers/access.py, so
a wrong entry in the access table fails a test.
"""

from __future__ import annotations

import pytest

from bot.models import Role

from harness import Harness, User
from seed import add_member, make_invite

UNINVITED = "nur mit Einladung"
NOT_ALLOWED = "nicht verfügbar"

AUDIENCES = ["guest", "onboarding", "declined", "participant", "coach", "staff", "mentor"]
Y, N = True, False

# command: allowed for guest, onboarding, declined, participant, coach, staff, mentor
COMMANDS = {
    "/start": (N, Y, Y, Y, Y, Y, Y),  # a guest's /start without a token: the invitation sentence
    "/help": (N, Y, Y, Y, Y, Y, Y),
    "/cancel": (N, Y, Y, Y, Y, Y, Y),
    "/language": (N, Y, Y, Y, Y, Y, Y),
    "/privacy": (N, Y, Y, Y, Y, Y, Y),
    "/delete": (N, Y, Y, Y, Y, Y, Y),
    "/export": (N, N, Y, Y, Y, Y, Y),
    "/settings": (N, N, N, Y, Y, Y, Y),
    "/invite": (N, N, N, N, Y, Y, N),
    "/appointment": (N, N, N, N, Y, Y, N),
    "/appointments": (N, N, N, Y, Y, Y, N),
    "/practice": (N, N, N, Y, N, N, N),
    "/pause": (N, N, N, Y, N, N, N),
    "/resume": (N, N, N, Y, N, N, N),
    "/level": (N, N, N, Y, Y, Y, N),
    "/topics": (N, N, N, Y, N, N, N),
    "/progress": (N, N, N, Y, N, N, N),
    "/participants": (N, N, N, N, Y, Y, Y),
    "/contacts": (N, N, N, Y, Y, Y, Y),
    "/cohorts": (N, N, N, N, N, Y, N),
}
# The reply keyboard's labels arrive as text and are checked like commands.
LABELS = {
    "🆘 Hilfe": (N, N, N, Y, N, N, N),
    "📅 Termine": (N, N, N, Y, Y, Y, N),
    "📚 Üben · Practice": (N, N, N, Y, N, N, N),
    "✉️ Beratung": (N, N, N, Y, N, N, N),
    "👥 Teilnehmende": (N, N, N, N, Y, Y, Y),
    "🔔 Offene Meldungen": (N, N, N, N, Y, Y, N),
}

BUTTONS = {
    "lang:en": (N, Y, Y, Y, Y, Y, Y),
    "consent:no": (N, Y, Y, N, N, N, N),
    "prv:info": (N, Y, Y, Y, Y, Y, Y),
    "quiet:2108": (N, N, N, Y, Y, Y, Y),
    "practice:1800": (N, N, N, Y, N, N, N),
    "set:quiet": (N, N, N, Y, Y, Y, Y),
    "del:no": (N, Y, Y, Y, Y, Y, Y),
    "invr:participant": (N, N, N, N, Y, Y, N),
    "invc:0": (N, N, N, N, Y, Y, N),
    "invk:0": (N, N, N, N, N, Y, N),
    "invx:1": (N, N, N, N, Y, Y, N),
    "apa:yes:1:1": (N, N, N, Y, N, N, N),
    "aps:1": (N, N, N, Y, N, N, N),
    "apn:save": (N, N, N, N, Y, Y, N),
    "apm:cancel:1": (N, N, N, N, Y, Y, N),
    "prs:later": (N, N, N, Y, N, N, N),
    "prc:0:0": (N, N, N, Y, N, N, N),
    "prk:0:1": (N, N, N, Y, N, N, N),
    "prg:0": (N, N, N, Y, N, N, N),
    "prh:0": (N, N, N, Y, N, N, N),
    "prx:0": (N, N, N, Y, N, N, N),
    "prl:A1": (N, N, N, Y, Y, Y, N),
    "prt:all": (N, N, N, Y, N, N, N),
    "cpl:0": (N, N, N, N, Y, Y, N),
    "cpc:1": (N, N, N, N, Y, Y, N),
    "cpn:1": (N, N, N, N, Y, Y, N),
    "ctc:work": (N, N, N, Y, Y, Y, Y),
    "coh:ls": (N, N, N, N, N, Y, N),
    "rsg:1": (N, N, N, N, N, Y, N),
    "mtw:1": (N, N, N, N, N, N, Y),  # a mentor writes to a participant linked to her
    "mtl:1": (N, N, N, N, N, Y, N),  # staff link a mentor to a participant
}


async def make_audience(harness: Harness, audience: str) -> User:
    user = User(7000 + AUDIENCES.index(audience), audience.title(), "de")
    if audience == "guest":
        return user
    if audience in ("participant", "coach", "staff", "mentor"):
        await add_member(harness, user, Role(audience))
        return user
    token = await make_invite(harness)
    await harness.send(user, f"/start {token}")
    await harness.press(user, "lang:de")
    if audience == "declined":
        await harness.press(user, "consent:no")
    return user


@pytest.mark.parametrize("audience", AUDIENCES)
@pytest.mark.parametrize("command", [*COMMANDS, *LABELS])
async def test_command_access(harness: Harness, command: str, audience: str) -> None:
    user = await make_audience(harness, audience)
    replies = await harness.send(user, command)
    assert replies, "silence is never an answer"
    allowed = (COMMANDS | LABELS)[command][AUDIENCES.index(audience)]
    refused = UNINVITED in replies[0] or NOT_ALLOWED in replies[0]
    assert refused is not allowed, replies
    if not allowed:
        assert (UNINVITED if audience == "guest" else NOT_ALLOWED) in replies[0]
        assert len(replies) == 1


@pytest.mark.parametrize("audience", AUDIENCES)
@pytest.mark.parametrize("data", list(BUTTONS))
async def test_button_access(harness: Harness, data: str, audience: str) -> None:
    user = await make_audience(harness, audience)
    harness.request.clear()
    replies = await harness.press(user, data)
    allowed = BUTTONS[data][AUDIENCES.index(audience)]
    refused = bool(replies) and (UNINVITED in replies[0] or NOT_ALLOWED in replies[0])
    assert refused is not allowed, replies
    if not allowed:
        # A refused button is answered (no endless spinner) and changes nothing else.
        methods = [name for name, _ in harness.request.calls]
        assert "answerCallbackQuery" in methods
        assert set(methods) <= {"answerCallbackQuery", "sendMessage"}
