"""A day's German practice over real HTTP: the prompt comes at the practice time, the
participant does the whole dose with buttons and typed answers, and sees the streak."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from bot.decks import Kind
from bot.models import OutboxMessage, Person, PracticeProfile, Role
from bot.services import practice
from devtools.localapi import SimUser

from e2e_support import Live, buttons, has

pytestmark = pytest.mark.e2e
PRACTICE_BUTTONS = ("prc:", "prk:", "prg:", "prh:", "prx:")


def has_item_buttons(pos: int) -> Callable[[dict[str, Any]], bool]:
    """A message with the buttons of practice item `pos`."""
    return lambda message: (
        message.get("text", "") != ""
        and any(b.startswith(PRACTICE_BUTTONS) and b.split(":")[1] == str(pos) for b in buttons(message))
    )


async def dialogue(live: Live, person_id: int, pos: int) -> dict[str, Any]:
    """The practice dialogue once the bot has moved to item `pos` (it works asynchronously)."""
    for _ in range(200):
        async with live.deps.sessionmaker() as session:
            person = await session.get(Person, person_id)
            assert person is not None
            state = person.dialogue or {}
        if state.get("pos") == pos:
            return state
        await asyncio.sleep(0.05)
    raise AssertionError(f"practice never reached item {pos}: {state}")


async def test_daily_dose_over_http(live: Live) -> None:
    deps = live.deps
    amal = SimUser(6001, "Amal", "ar")
    person_id = await live.add_member(amal, Role.PARTICIPANT)
    async with deps.sessionmaker.begin() as session:
        session.add(
            PracticeProfile(
                person_id=person_id,
                level="A1",
                topics=["doctor"],
                dose_size=3,
                paused=False,
                streak=0,
                best_streak=0,
                run=0,
            )
        )

    # The planner job runs every ten minutes; run its work now rather than wait.
    assert live.app.job_queue is not None and live.app.job_queue.get_jobs_by_name("practice-planner")
    async with deps.sessionmaker.begin() as session:
        await practice.plan_prompts(session, now=deps.clock.now())  # the job may have been first
    async with deps.sessionmaker() as session:
        planned = await session.scalars(
            select(OutboxMessage.kind).where(OutboxMessage.recipient_id == person_id)
        )
        assert (
            sorted(k for k in planned if k.startswith("practice.")) == ["practice.prompt"] * 2
        )  # today, tomorrow
    # 18:00 in Kassel is 17:00 UTC.
    live.deps.clock.advance(timedelta(hours=8, minutes=1))  # type: ignore[attr-defined]
    prompt = await live.api.wait_for_bot_message(amal.id, has("Zeit für Deutsch!"), timeout=15)
    assert buttons(prompt) == ["prs:go", "prs:later"]
    await live.api.press(amal, prompt["message_id"], "prs:go")

    typed_wrong_once = False
    for pos in range(3):
        state = await dialogue(live, person_id, pos)
        item = deps.decks.get(state["items"][pos])
        assert item is not None and item.topic == "doctor" and item.level == "A1"
        # The item's own buttons (a check-in offer may arrive meanwhile: it is Monday morning).
        shown = await live.api.wait_for_bot_message(amal.id, has_item_buttons(pos))
        after = shown["message_id"]
        if item.kind is Kind.CARD:
            await live.api.press(amal, after, f"prk:{pos}:1")
        elif item.kind is Kind.CHOICE:
            await live.api.press(amal, after, f"prc:{pos}:{item.answer}")
        else:
            if not typed_wrong_once:
                await live.api.send_sticker(amal)  # not an answer: a kind word, nothing lost
                await live.api.wait_for_bot_message(amal.id, has("nur Text"), after=after)
                typed_wrong_once = True
            await live.api.send_text(amal, item.answers[0].lower().rstrip(".!?"))
        # The verdict is written into the item's own message.
        verdict = await live.api.wait_for_bot_message(
            amal.id, has("Richtig") if item.kind is not Kind.CARD else has("Super!"), after=after
        )
        assert verdict["message_id"] == after and f"({pos + 1}/3)" in verdict["text"]

    done = await live.api.wait_for_bot_message(amal.id, has("alles richtig"))
    assert "Super, alles richtig: 3 von 3!" in done["text"] and "Serie: 1 Tag." in done["text"]
    assert "\u200f" in done["text"]  # and in Arabic below
