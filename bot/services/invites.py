"""Invitations: the only way in. Random, hashed at rest, single use, expiring, revocable."""

from __future__ import annotations

import enum
import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.models import Cohort, Invite, Person, PersonStatus, Role
from bot.services import audit

TOKEN_BYTES = 16  # 128 bits; token_urlsafe gives 22 characters of A-Za-z0-9_-
TOKEN_ALPHABET = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")


class InviteProblem(enum.StrEnum):
    UNKNOWN = "unknown"
    USED = "used"
    EXPIRED = "expired"
    REVOKED = "revoked"


class InviteError(Exception):
    def __init__(self, problem: InviteProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


class NotAllowedError(Exception):
    """The actor may not create or revoke this invite."""


@dataclass(frozen=True)
class CreatedInvite:
    invite: Invite
    token: str  # shown once; only its hash is stored


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("ascii", "replace")).hexdigest()


def deep_link(bot_username: str, token: str) -> str:
    return f"https://t.me/{bot_username}?start={token}"


def looks_like_token(text: str) -> bool:
    return 16 <= len(text) <= 64 and set(text) <= TOKEN_ALPHABET


def may_invite(actor: Person | None, role: Role) -> bool:
    """Staff invite anyone; coaches invite participants only; None is the command line."""
    if actor is None:
        return True
    if actor.status is not PersonStatus.ACTIVE:
        return False
    if actor.role is Role.STAFF:
        return True
    return actor.role is Role.COACH and role is Role.PARTICIPANT


async def create_invite(
    session: AsyncSession,
    *,
    now: datetime,
    role: Role,
    actor: Person | None,
    ttl: timedelta,
    cohort: Cohort | None = None,
    coach: Person | None = None,
    max_uses: int = 1,
) -> CreatedInvite:
    if not may_invite(actor, role):
        raise NotAllowedError(role.value)
    if actor is not None and actor.role is Role.COACH:
        coach = actor  # a coach's participants are their own
    if coach is not None and (coach.role is not Role.COACH or coach.status is not PersonStatus.ACTIVE):
        raise ValueError("the chosen coach is not an active coach")
    if role is not Role.PARTICIPANT:
        coach = None
    if max_uses < 1:
        raise ValueError("max_uses must be at least 1")
    token = secrets.token_urlsafe(TOKEN_BYTES)
    invite = Invite(
        token_hash=hash_token(token),
        token_hint=token[:4],
        role=role,
        cohort_id=cohort.id if cohort else None,
        coach_id=coach.id if coach else None,
        created_by_id=actor.id if actor else None,
        created_at=now,
        expires_at=now + ttl,
        max_uses=max_uses,
        uses=0,
    )
    session.add(invite)
    await session.flush()
    audit.record(
        session,
        at=now,
        action="invite.create",
        actor=actor,
        details={"invite_id": invite.id, "role": role.value, "cohort_id": invite.cohort_id},
    )
    return CreatedInvite(invite=invite, token=token)


async def check_token(session: AsyncSession, token: str, *, now: datetime) -> Invite:
    """The invite behind a token if it can still be used; raises InviteError otherwise."""
    if not looks_like_token(token):
        raise InviteError(InviteProblem.UNKNOWN)
    invite = await session.scalar(
        select(Invite).where(Invite.token_hash == hash_token(token)).with_for_update()
    )
    if invite is None:
        raise InviteError(InviteProblem.UNKNOWN)
    if invite.revoked_at is not None:
        raise InviteError(InviteProblem.REVOKED)
    if invite.uses >= invite.max_uses:
        raise InviteError(InviteProblem.USED)
    if invite.expires_at <= now:
        raise InviteError(InviteProblem.EXPIRED)
    return invite


async def revoke_invite(
    session: AsyncSession, invite_id: int, *, now: datetime, actor: Person | None
) -> Invite | None:
    invite = await session.get(Invite, invite_id)
    if invite is None:
        return None
    if actor is not None and (
        actor.status is not PersonStatus.ACTIVE
        or (actor.role is not Role.STAFF and invite.created_by_id != actor.id)
    ):
        raise NotAllowedError("revoke")
    if invite.revoked_at is None:
        invite.revoked_at = now
        audit.record(session, at=now, action="invite.revoke", actor=actor, details={"invite_id": invite.id})
    return invite


async def list_invites(session: AsyncSession, *, now: datetime, include_closed: bool = False) -> list[Invite]:
    query = select(Invite).order_by(Invite.id)
    if not include_closed:
        query = query.where(
            Invite.revoked_at.is_(None), Invite.uses < Invite.max_uses, Invite.expires_at > now
        )
    return list(await session.scalars(query))


async def revoke_open_invites_of(session: AsyncSession, person: Person, *, now: datetime) -> int:
    """Withdraw every open invite a person made or is the coach of (they are leaving)."""
    open_invites = await session.scalars(
        select(Invite).where(
            Invite.revoked_at.is_(None),
            Invite.uses < Invite.max_uses,
            (Invite.created_by_id == person.id) | (Invite.coach_id == person.id),
        )
    )
    count = 0
    for invite in open_invites:
        invite.revoked_at = now
        count += 1
    return count


def invite_state(invite: Invite, now: datetime) -> str:
    if invite.revoked_at is not None:
        return InviteProblem.REVOKED.value
    if invite.uses >= invite.max_uses:
        return InviteProblem.USED.value
    if invite.expires_at <= now:
        return InviteProblem.EXPIRED.value
    return "open"


async def get_or_create_cohort(session: AsyncSession, name: str, *, now: datetime) -> Cohort:
    name = " ".join(name.split())
    if not name or len(name) > 80:
        raise ValueError("a cohort name has 1 to 80 characters")
    cohort = await session.scalar(select(Cohort).where(Cohort.name == name))
    if cohort is None:
        cohort = Cohort(name=name, created_at=now)
        session.add(cohort)
        await session.flush()
    return cohort


async def recent_cohorts(session: AsyncSession, limit: int = 12) -> list[Cohort]:
    # An archived cohort is no longer offered (bot/services/cohorts.py).
    query = select(Cohort).where(Cohort.archived_at.is_(None)).order_by(Cohort.id.desc()).limit(limit)
    return list(await session.scalars(query))
