"""People nobody invited get one polite sentence an hour, a few of them a minute together; the
rest is counted and ignored, so a flood of them never holds up a member's answer."""

from __future__ import annotations

from datetime import timedelta

from bot.models import Role

from harness import Harness, User
from seed import add_member, deps_of, make_invite

UNINVITED = "Dieser Bot ist nur mit Einladung nutzbar."
UNKNOWN_LINK = "Dieser Einladungslink ist nicht gültig."


def stranger(number: int) -> User:
    return User(5_000_000 + number, f"S{number}", "de")


async def test_a_stranger_hears_once_an_hour(harness: Harness) -> None:
    someone = stranger(1)
    first = await harness.send(someone, "/start abcdef123456")
    assert len(first) == 1
    assert await harness.send(someone, "/start zyxwvu654321") == []
    assert await harness.send(someone, "Hallo?") == []
    assert await harness.press(someone, "lang:de") == []
    assert harness.request.sent(someone.id, "answerCallbackQuery") == []  # no Bot API call at all
    harness.clock.advance(timedelta(minutes=59))
    assert await harness.send(someone, "Hallo?") == []
    harness.clock.advance(timedelta(minutes=1))
    assert (await harness.send(someone, "Hallo?"))[0].startswith(UNINVITED)
    assert deps_of(harness).strangers.ignored == 4


async def test_strangers_together_get_a_few_replies_a_minute(harness: Harness) -> None:
    cap = deps_of(harness).settings.stranger_replies_per_minute
    answered = [bool(await harness.send(stranger(n), "/start 0123456789ab")) for n in range(cap + 5)]
    assert answered == [True] * cap + [False] * 5
    harness.clock.advance(timedelta(minutes=1))
    assert await harness.send(stranger(cap + 5), "/help")  # a new minute, a new share
    assert deps_of(harness).strangers.ignored == 5


async def test_an_invited_person_joins_even_after_being_turned_away(harness: Harness) -> None:
    late = stranger(7)
    assert await harness.send(late, "/start") != []  # "only with an invitation"
    assert await harness.send(late, "/start") == []
    for number in range(100):  # and strangers have used up this minute's replies
        await harness.send(stranger(100 + number), "/start nothing")
    token = await make_invite(harness)
    replies = await harness.send(late, f"/start {token}")
    assert replies and not replies[0].startswith((UNINVITED, UNKNOWN_LINK))  # the welcome


async def test_a_flood_of_strangers_does_not_queue_ahead_of_a_member(harness: Harness) -> None:
    member = User(31, "Amina", "de")
    await add_member(harness, member, Role.PARTICIPANT)
    for number in range(2_000):
        await harness.send(stranger(number % 500), f"/start made-up-{number}")
    replies = await harness.send(member, "/help")
    assert replies
    messages = [params for name, params in harness.request.calls if name == "sendMessage"]
    position = next(i for i, params in enumerate(messages) if int(params["chat_id"]) == member.id)
    # Before her answer, only the strangers' small share of replies went out (not 2,000).
    assert position <= deps_of(harness).settings.stranger_replies_per_minute
    assert deps_of(harness).strangers.ignored >= 2_000 - position
    assert len(deps_of(harness).strangers) == position  # memory of answered chats only
