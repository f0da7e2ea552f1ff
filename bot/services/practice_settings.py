"""Practice settings: the practice time (never inside quiet hours), pausing, the level (a
participant's own, or set by their coach), topics."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time

from sqlalchemy.ext.asyncio import AsyncSession

from bot.decks import LEVELS, Decks
from bot.models import Person, Role
from bot.services import appointment_lists, audit, practice
from bot.services.people import PRACTICE_TIME_CHOICES
from bot.services.visibility import visible_participant


def in_quiet_hours(person: Person, moment: time) -> bool:
    """Whether a wall-clock time falls in the person's quiet hours (which may wrap past midnight,
    21:00-08:00; the end itself is no longer quiet)."""
    start, end = person.quiet_start, person.quiet_end
    if start is None or end is None or start == end:
        return False
    if start < end:
        return start <= moment < end
    return moment >= start or moment < end


def practice_time_choices(person: Person) -> dict[str, time]:
    """The practice times to offer: those outside the quiet hours. A prompt there would only
    wait until morning, so such a time is not offered at all."""
    return {
        key: moment for key, moment in PRACTICE_TIME_CHOICES.items() if not in_quiet_hours(person, moment)
    }


def practice_time_in_quiet_hours(person: Person) -> bool:
    """After the quiet hours changed: the chosen practice time now lies inside them."""
    return person.practice_time is not None and in_quiet_hours(person, person.practice_time)


async def set_paused(session: AsyncSession, person: Person, paused: bool) -> None:
    (await practice.profile_of(session, person)).paused = paused


@dataclass(frozen=True)
class LevelMenu:
    """What /level offers: participants their own level, coaches and staff their participants."""

    own: bool
    level: str | None = None  # own: the level now, None while open
    participants: tuple[Person, ...] = ()


async def level_menu(session: AsyncSession, person: Person) -> LevelMenu:
    if person.role is Role.PARTICIPANT:
        return LevelMenu(own=True, level=(await practice.profile_of(session, person)).level)
    return LevelMenu(own=False, participants=tuple(await appointment_lists.participants_of(session, person)))


@dataclass(frozen=True)
class LevelOf:
    participant_id: int
    name: str
    level: str | None


async def level_of(session: AsyncSession, actor: Person, participant_id: int | None) -> LevelOf | None:
    """A participant's level, for a coach or staff member who manages them; None otherwise."""
    participant = await visible_participant(session, actor, participant_id)
    if participant is None:
        return None
    profile = await practice.profile_of(session, participant)
    return LevelOf(participant.id, participant.display_name or "?", profile.level)


async def set_level(
    session: AsyncSession,
    actor: Person,
    level: str | None,
    *,
    participant_id: int | None = None,
    now: datetime,
) -> LevelOf | None:
    """Set a level and start its run afresh: a participant their own (no `participant_id`), a
    coach or staff member that of a participant they manage (audited). None if not allowed."""
    if level not in LEVELS:
        return None
    if participant_id is None:
        participant = actor if actor.role is Role.PARTICIPANT else None
    else:
        participant = await visible_participant(session, actor, participant_id)
    if participant is None:
        return None
    profile = await practice.profile_of(session, participant)
    profile.level, profile.run = level, 0
    if participant is not actor:
        audit.record(
            session,
            at=now,
            action="practice.level",
            actor=actor,
            subject_id=participant.id,
            details={"level": level},
        )
    return LevelOf(participant.id, participant.display_name or "?", level)


async def topics_of(session: AsyncSession, person: Person) -> list[str]:
    """The chosen topics; empty means all."""
    return list((await practice.profile_of(session, person)).topics)


async def choose_topic(
    session: AsyncSession, person: Person, choice: str | None, decks: Decks
) -> list[str] | None:
    """ "all" clears the choice, a topic is added or taken away; None for an unknown topic."""
    profile = await practice.profile_of(session, person)
    if choice == "all":
        profile.topics = []
    elif choice in decks.decks:
        profile.topics = sorted(set(profile.topics) ^ {choice})
    else:
        return None
    return list(profile.topics)
