"""Seed members and invites straight into a test database; drive a check-in and read rows back."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.app import dispatcher_of
from bot.decks import Item, Kind
from bot.deps import DEPS_KEY, PRIVACY_NOTICE_VERSION, Deps
from bot.models import (
    Appointment,
    AppointmentKind,
    CheckinAnswer,
    OutboxMessage,
    Person,
    PracticeProfile,
    Role,
)
from bot.services import appointments, invites, people

from harness import Harness, User


@dataclass
class Cast:
    """The usual people of a test: staff, two coaches and a participant of coach A."""

    staff: User
    coach: User
    other_coach: User
    participant: User
    staff_id: int
    coach_id: int
    other_coach_id: int
    participant_id: int


def deps_of(harness: Harness) -> Deps:
    return harness.app.bot_data[DEPS_KEY]  # type: ignore[no-any-return]


_telegram_ids = itertools.count(900_000)


async def make_member(
    session: AsyncSession,
    *,
    role: Role,
    now: datetime,
    telegram_user_id: int | None = None,
    name: str | None = None,
    language: str = "de",
    timezone: str = "Europe/Berlin",
    coach_id: int | None = None,
    cohort_id: int | None = None,
) -> Person:
    """An active member who has agreed to the current privacy notice already. Without a Telegram
    id the next unused one is taken; without a name, one is made of the role and that id."""
    if telegram_user_id is None:
        telegram_user_id = next(_telegram_ids)
    return await people.create_member(
        session,
        role=role,
        telegram_user_id=telegram_user_id,
        name=name or f"{role.value} {telegram_user_id}",
        language=language,
        timezone=timezone,
        now=now,
        notice_version=PRIVACY_NOTICE_VERSION,
        coach_id=coach_id,
        cohort_id=cohort_id,
    )


async def add_person(
    deps: Deps,
    *,
    telegram_user_id: int,
    name: str,
    role: Role,
    language: str = "de",
    coach_id: int | None = None,
) -> int:
    """An active member who has agreed already, in Kassel's time zone; returns the person id."""
    async with deps.sessionmaker.begin() as session:
        person = await make_member(
            session,
            role=role,
            now=deps.clock.now(),
            telegram_user_id=telegram_user_id,
            name=name,
            language=language,
            coach_id=coach_id,
        )
        return person.id


async def add_member(
    harness: Harness, user: User, role: Role, *, coach_id: int | None = None, language: str = "de"
) -> int:
    return await add_person(
        deps_of(harness),
        telegram_user_id=user.id,
        name=user.first_name,
        role=role,
        language=language,
        coach_id=coach_id,
    )


async def make_invite(
    harness: Harness, role: Role = Role.PARTICIPANT, *, coach_id: int | None = None, cohort: str | None = None
) -> str:
    deps = deps_of(harness)
    async with deps.sessionmaker.begin() as session:
        coach = await session.get(Person, coach_id) if coach_id else None
        group = await invites.get_or_create_cohort(session, cohort, now=deps.clock.now()) if cohort else None
        created = await invites.create_invite(
            session,
            now=deps.clock.now(),
            role=role,
            actor=None,
            ttl=timedelta(days=14),
            cohort=group,
            coach=coach,
        )
        return created.token


async def load(harness: Harness, person_id: int) -> Person:
    async with deps_of(harness).sessionmaker() as session:
        person = await session.get(Person, person_id)
        assert person is not None
        return person


async def make_cast(harness: Harness) -> Cast:
    staff = User(10, "Sabine", "de")
    coach = User(20, "Jonas", "de")
    other_coach = User(21, "Petra", "en")
    participant = User(30, "Amina", "ar")
    staff_id = await add_member(harness, staff, Role.STAFF)
    coach_id = await add_member(harness, coach, Role.COACH)
    other_coach_id = await add_member(harness, other_coach, Role.COACH, language="en")
    participant_id = await add_member(
        harness, participant, Role.PARTICIPANT, coach_id=coach_id, language="ar"
    )
    return Cast(staff, coach, other_coach, participant, staff_id, coach_id, other_coach_id, participant_id)


# -- check-ins, alerts and relayed messages through the harness -----------------------------------


async def rows(harness: Harness, model: Any) -> list[Any]:
    async with deps_of(harness).sessionmaker() as session:
        return list(await session.scalars(select(model).order_by(model.id)))


async def answers(harness: Harness) -> dict[str, CheckinAnswer]:
    return {a.question: a for a in await rows(harness, CheckinAnswer)}


async def outbox(harness: Harness) -> list[tuple[str, int]]:
    return [(row.kind, row.recipient_id) for row in await rows(harness, OutboxMessage)]


# Her "sent" line, German and Arabic (Amina's), naming her coach.
SENT_TO_JONAS = "An Jonas gesendet ✓\n\n\u200fتم الإرسال إلى \u2068Jonas\u2069 ✓"


def relayed_to(harness: Harness, user: User) -> list[str]:
    """What reached this person as a participant's message (delivered by the dispatcher)."""
    return [t for t in harness.request.texts(user.id) if "✉️ Nachricht von" in t]


async def deliver(harness: Harness) -> None:
    await dispatcher_of(harness.app).drain()


def alerts_to(harness: Harness, user: User) -> list[str]:
    """The alert messages a coach or staff member was sent."""
    return [t for t in harness.request.texts(user.id) if t.startswith(("ℹ️ ", "❗ ", "🆘 "))]


async def start(harness: Harness, user: User) -> int:
    """/checkin; the check-in id, from the first question's buttons."""
    replies = await harness.send(user, "/checkin")
    assert len(replies) == 1  # the introduction and the first question in one message
    assert replies[0].startswith("Ein paar kurze Fragen") and "(1/6)\n<b>Wie geht es Ihnen?" in replies[0]
    keys = harness.request.buttons(user.id)
    assert len(keys) == 6 and keys[-1].startswith("ck:skip:")  # five faces and "skip"
    return int(keys[0].split(":")[2])


async def answer_weekly(
    harness: Harness,
    user: User,
    checkin: int,
    *,
    mood: int = 3,
    sleep: str = "good",
    attendance: str = "all",
    contact: str = "no",
    words: str | None = None,
    last: bool = True,
) -> list[str]:
    """Every weekly question by buttons, the last one typed (or skipped, or left open when
    not `last`); the last replies."""
    await harness.press(user, f"ck:a:{checkin}:0:{mood}")
    await harness.press(user, f"ck:a:{checkin}:1:{sleep}")
    await harness.press(user, f"ck:a:{checkin}:2:{attendance}")
    await harness.press(user, f"ck:done:{checkin}:3")  # no problems
    replies = await harness.press(user, f"ck:a:{checkin}:4:{contact}")
    if not last:
        return replies
    if words is None:
        return await harness.press(user, f"ck:skip:{checkin}:5")
    return await harness.send(user, words)


# -- German practice ------------------------------------------------------------------


async def set_level(
    harness: Harness, person_id: int, level: str = "A1", topics: list[str] | None = None
) -> None:
    async with deps_of(harness).sessionmaker.begin() as session:
        prof = await session.get(PracticeProfile, person_id)
        if prof is None:
            session.add(
                PracticeProfile(
                    person_id=person_id,
                    level=level,
                    topics=topics or [],
                    dose_size=3,
                    paused=False,
                    streak=0,
                    best_streak=0,
                    run=0,
                )
            )
        else:
            prof.level, prof.topics = level, topics or []


async def state_of(harness: Harness, person_id: int) -> dict:  # type: ignore[type-arg]
    async with deps_of(harness).sessionmaker() as session:
        person = await session.get(Person, person_id)
        assert person is not None
        return person.dialogue or {}


def item_of(harness: Harness, state: dict) -> Item:  # type: ignore[type-arg]
    item = deps_of(harness).decks.get(state["items"][state["pos"]])
    assert item is not None
    return item


async def in_dose(harness: Harness, person_id: int, item_ids: list[str], msg: int | None = None) -> None:
    """Put the participant into a dose of these items, at the first; without `msg` no item
    message is known (a card's or a choice's is not kept, nor was any before ids were kept)."""
    async with deps_of(harness).sessionmaker.begin() as session:
        person = await session.get(Person, person_id)
        assert person is not None
        person.dialogue = {
            "name": "practice",
            "items": item_ids,
            "pos": 0,
            "right": 0,
            "placement": False,
            "results": [],
            "hint": False,
            "shown": harness.clock.now().isoformat(),
            **({"msg": msg} if msg is not None else {}),
        }


def item_message_id(harness: Harness, chat_id: int, position: int) -> int | None:
    """The id of the newest message the bot sent with the buttons of the practice item at
    `position` (the id kept with the dose is only a typed item's)."""
    for params in reversed(harness.request.sent(chat_id)):
        rows = (params.get("reply_markup") or {}).get("inline_keyboard", [])
        data = [button.get("callback_data", "") for row in rows for button in row]
        if any(d.startswith((f"prk:{position}:", f"prc:{position}:")) for d in data):
            return int(params["_message_id"])
    return None


async def answer_right(harness: Harness, cast: Cast) -> list[str]:
    """Answer the item on screen correctly, whatever kind it is; a button is pressed on the
    item's own message, as Telegram would send it."""
    state = await state_of(harness, cast.participant_id)
    item, pos = item_of(harness, state), state["pos"]
    message_id = item_message_id(harness, cast.participant.id, pos) or state["msg"]
    if item.kind is Kind.CARD:
        return await harness.press(cast.participant, f"prk:{pos}:1", message_id=message_id)
    if item.kind is Kind.CHOICE:
        return await harness.press(cast.participant, f"prc:{pos}:{item.answer}", message_id=message_id)
    return await harness.send(cast.participant, item.answers[0])


async def planned_appointment(harness: Harness, participant_id: int, starts_in: timedelta) -> Appointment:
    """A Jobcenter appointment for the participant, planned as the chat plans it (the
    settings' reminders and no-answer moment); its news goes out."""
    deps = deps_of(harness)
    async with deps.sessionmaker.begin() as session:
        appointment = await appointments.create(
            session,
            actor=None,
            participant=await load(harness, participant_id),
            kind=AppointmentKind.JOB_CENTRE,
            starts_at=harness.clock.now() + starts_in,
            place="Grüner Weg 2",
            note="",
            now=harness.clock.now(),
            reminders=deps.settings.reminder_offsets(AppointmentKind.JOB_CENTRE.value),
            no_answer_before=deps.settings.no_answer_before,
        )
        session.expunge(appointment)
    await deliver(harness)
    return appointment
