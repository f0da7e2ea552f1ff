"""Someone without an invitation who writes crisis words: the 24/7 numbers first, in their
language, then the refusal; nothing about them is stored (only the uninvited counter counts)."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from bot.models import Counter
from bot.models.base import Base
from bot.services import people

from harness import Harness, User
from seed import deps_of

CRISIS_DE = "Ich will nicht mehr leben"
CRISIS_AR = "لا أريد أن أعيش"  # on the Arabic crisis list


async def stored_rows(harness: Harness) -> dict[str, list[str]]:
    """Every row of every table, as text (the counters apart)."""
    found: dict[str, list[str]] = {}
    async with deps_of(harness).sessionmaker() as session:
        for table in Base.metadata.sorted_tables:
            if table.name in (Counter.__tablename__, "alembic_version"):
                continue
            rows = (await session.execute(select(table))).all()
            if rows:
                found[table.name] = [repr(tuple(row)) for row in rows]
    return found


async def uninvited(harness: Harness) -> int:
    async with deps_of(harness).sessionmaker() as session:
        return await people.counter_value(session, people.UNINVITED_COUNTER)


async def test_a_guest_writing_crisis_words_in_german_gets_the_numbers_then_the_refusal(
    harness: Harness,
) -> None:
    replies = await harness.send(User(701, "Gast", "de"), CRISIS_DE)
    assert len(replies) == 2
    numbers, refusal = replies
    assert numbers.startswith("Sie sind nicht allein. Wenn Sie in Gefahr sind, rufen Sie sofort 112 an.")
    assert "Coach" not in numbers  # nobody is told: there is no coach
    assert "\u20660800 111 0 111\u2069 (\u2066+49 800 1110111\u2069)" in numbers
    assert "\u2066116 016\u2069" in numbers and "Dolmetscherin" in numbers
    assert refusal.startswith("Dieser Bot ist nur mit Einladung nutzbar.")
    assert await stored_rows(harness) == {}
    assert await uninvited(harness) == 1


async def test_a_guest_writing_in_arabic_gets_the_numbers_in_arabic_first(harness: Harness) -> None:
    replies = await harness.send(User(702, "ضيف", "ar"), CRISIS_AR)
    numbers, refusal = replies
    assert numbers.startswith("\u200fأنت لست وحدك.")
    assert numbers.index("مساعدة مجانية") < numbers.index("Hilfe rund um die Uhr")  # German second
    assert "(\u2066+49 800 1110111\u2069)" in numbers
    assert refusal.startswith("Dieser Bot ist nur mit Einladung nutzbar.") and "بدعوة فقط" in refusal
    assert await stored_rows(harness) == {}


async def test_arabic_crisis_words_from_a_phone_set_to_german_are_found_by_their_script(
    harness: Harness,
) -> None:
    replies = await harness.send(User(703, "Gast", "de"), CRISIS_AR)
    assert len(replies) == 2 and replies[0].startswith("Sie sind nicht allein.")
    assert await stored_rows(harness) == {}


async def test_a_guest_writing_hallo_gets_only_the_refusal(harness: Harness) -> None:
    for text in ("hallo", "/start", "مرحبا"):
        harness.clock.advance(timedelta(hours=1))  # a stranger hears once an hour (test_strangers.py)
        replies = await harness.send(User(704, "Gast", "ar"), text)
        assert len(replies) == 1 and replies[0].startswith("Dieser Bot ist nur mit Einladung nutzbar.")
    assert await stored_rows(harness) == {}
    assert await uninvited(harness) == 3


async def test_crisis_words_get_the_numbers_even_when_the_strangers_cap_is_used_up(
    harness: Harness,
) -> None:
    """Safety first: the minute's cap for strangers (a flood) does not hold back the 24/7
    numbers; one chat gets them at most every ten minutes, so they cannot flood either."""
    for n in range(25):  # more strangers than the minute allows
        await harness.send(User(800 + n, "Gast", "de"), "hallo")
    guest = User(900, "Gast", "de")
    (numbers,) = await harness.send(guest, CRISIS_DE)  # the refusal waits: the cap is used up
    assert numbers.startswith("Sie sind nicht allein.")
    harness.clock.advance(timedelta(minutes=5))
    assert await harness.send(guest, CRISIS_DE) == []
    harness.clock.advance(timedelta(minutes=6))
    replies = await harness.send(guest, CRISIS_DE)
    assert replies[0].startswith("Sie sind nicht allein.")
