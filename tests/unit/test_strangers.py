"""The stranger gate: one reply per chat per interval, a cap per minute, bounded memory."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.strangers import StrangerGate

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def test_memory_stays_bounded_and_forgets_the_oldest_first() -> None:
    gate = StrangerGate(per_minute=1_000_000, max_chats=100)
    for chat in range(1_000):
        assert gate.allow(chat, NOW)
    assert len(gate) == 100
    assert gate.allow(0, NOW)  # forgotten: answered again
    assert not gate.allow(999, NOW)  # remembered
    assert (gate.replies, gate.ignored) == (1_001, 1)


def test_the_cap_is_per_minute_and_the_interval_per_chat() -> None:
    gate = StrangerGate(per_minute=2, interval=timedelta(minutes=10))
    assert [gate.allow(chat, NOW) for chat in (1, 2, 3)] == [True, True, False]
    later = NOW + timedelta(minutes=1)
    assert [gate.allow(chat, later) for chat in (1, 3)] == [False, True]
    assert gate.allow(1, NOW + timedelta(minutes=10))
