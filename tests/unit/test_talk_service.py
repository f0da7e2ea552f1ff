"""A participant's message to her coach and the coach's quiet hours, on a real database:
a normal message waits for the end of them, an urgent or crisis one goes at once."""

from __future__ import annotations

from datetime import UTC, datetime, time
from typing import Any

from sqlalchemy import select

from bot.clock import ManualClock
from bot.deps import Deps
from bot.models import OutboxMessage, Person, Role
from bot.mt import MachineTranslation
from bot.services import outbox, relay
from bot.services.relay import Media, Written

from seed import add_person

DYING_AR = "أريد أن أموت"  # on the Arabic crisis list


async def _rows(deps: Deps, model: Any) -> list[Any]:
    async with deps.sessionmaker() as session:
        return list(await session.scalars(select(model).order_by(model.id)))


async def test_quiet_hours_hold_normal_messages_never_urgent_ones(deps: Deps, clock: ManualClock) -> None:
    coach_id = await add_person(deps, telegram_user_id=851, name="Jonas", role=Role.COACH)
    amina_id = await add_person(
        deps, telegram_user_id=852, name="Amina", role=Role.PARTICIPANT, coach_id=coach_id, language="ar"
    )
    async with deps.sessionmaker.begin() as session:
        coach = await session.get(Person, coach_id)
        assert coach is not None  # quiet all day in Kassel (the clock says 10:00 there)
        coach.quiet_start, coach.quiet_end = time(6, 0), time(22, 0)
    async with deps.sessionmaker.begin() as session:
        amina = await session.get(Person, amina_id)
        assert amina is not None
        normal = await relay.to_coach(
            session, deps.flags, amina, "شكرا", MachineTranslation("danke", "t"), now=clock.now()
        )
        urgent = await relay.to_coach(session, deps.flags, amina, "kein Essen mehr", None, now=clock.now())
        crisis = await relay.to_coach(session, deps.flags, amina, DYING_AR, None, now=clock.now())
    assert normal.alert_id is None and urgent.alert_id is None and crisis.alert_id is not None
    relayed = {
        r.payload["relay_message_id"]: r
        for r in await _rows(deps, OutboxMessage)
        if r.kind == "relay.to_coach"
    }
    assert relayed[normal.message_id].respect_quiet_hours
    assert not relayed[urgent.message_id].respect_quiet_hours  # urgent words, no alert of their own
    assert crisis.message_id not in relayed  # it reaches the coach in its alert

    async with deps.sessionmaker.begin() as session:
        claimed = await outbox.claim_due(session, now=clock.now(), limit=30)
    claimed_messages = {r.payload.get("relay_message_id") for r in claimed if r.kind == "relay.to_coach"}
    assert claimed_messages == {urgent.message_id}
    assert any(r.kind == "alert.coach" for r in claimed)  # the crisis alert is not held either
    (held,) = [
        r for r in await _rows(deps, OutboxMessage) if r.payload.get("relay_message_id") == normal.message_id
    ]
    assert held.due_at == datetime(2026, 11, 23, 21, 0, tzinfo=UTC)  # 22:00 in Kassel


async def test_a_file_is_planned_as_a_copy_and_stored_as_its_mark(deps: Deps, clock: ManualClock) -> None:
    coach_id = await add_person(deps, telegram_user_id=861, name="Jonas", role=Role.COACH)
    amina_id = await add_person(
        deps, telegram_user_id=862, name="Amina", role=Role.PARTICIPANT, coach_id=coach_id, language="ar"
    )
    async with deps.sessionmaker.begin() as session:
        amina = await session.get(Person, amina_id)
        assert amina is not None
        assert await relay.addressee(session, amina) == "Jonas"
        sent = await relay.to_coach(
            session, deps.flags, amina, "", None, now=clock.now(), media=Media("voice", 862, 17)
        )
        relay.hold(amina, Written("شكرا", Media("photo", 862, 18), forwarded=True))
        relay.hold(amina, Written("مرحبا"))
        assert relay.take_held(amina) == [Written("شكرا", Media("photo", 862, 18), True), Written("مرحبا")]
        assert amina.dialogue is None and relay.take_held(amina) == []
    (row,) = await _rows(deps, OutboxMessage)
    assert row.payload == {"relay_message_id": sent.message_id, "media": ["voice", 862, 17]}
