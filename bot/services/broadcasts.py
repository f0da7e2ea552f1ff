"""Staff broadcasts: who gets one (the audience), its texts per language, sending it through the
outbox at broadcast priority, its figures, and the participants' "Ich habe Interesse".

Every function takes a session and never commits, except `prepare_texts`, which takes the
sessionmaker: it translates between two short units of work, with no transaction open.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.kinds import Kind, broadcast_key, broadcast_prefix, plan
from bot.models import (
    AttachmentKind,
    Broadcast,
    BroadcastInterest,
    BroadcastStatus,
    BroadcastText,
    Cohort,
    OutboxMessage,
    OutboxStatus,
    Person,
    PersonStatus,
    Role,
    TextSource,
)
from bot.mt import MachineTranslator
from bot.services import outbox, translation_cache

SOURCE = "de"
MAX_TEXT = 3000  # German and a translation beside it must fit Telegram's 4,096 characters
BLOCKED_ERRORS = ("Forbidden", outbox.BLOCKED)


# -- the audience ----------------------------------------------------------------------------

PARTICIPANTS = "participants"  # every participant
COACHES = "coaches"  # every coach
OF_COACH = "coach"  # the participants of one coach (ref: the coach's id)
COHORT = "cohort"  # the participants of one or more groups (cohorts: their ids)
KINDS = (PARTICIPANTS, COACHES, OF_COACH, COHORT)
MAX_COHORTS = 12  # as many as the dialogue offers (invites.recent_cohorts)


@dataclass(frozen=True)
class Audience:
    kind: str
    ref: int | None = None
    language: str | None = None  # only those who read this language; None: everyone
    cohorts: tuple[int, ...] = ()  # with COHORT: the chosen groups, in the order chosen

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "ref": self.ref, "language": self.language, "cohorts": list(self.cohorts)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Audience | None:
        kind, ref, language = data.get("kind"), data.get("ref"), data.get("language")
        cohorts = data.get("cohorts") or []
        if kind not in KINDS or (ref is not None and not isinstance(ref, int)):
            return None
        if not isinstance(cohorts, list) or not all(isinstance(one, int) for one in cohorts):
            return None
        if kind == COHORT and ref is not None and not cohorts:  # stored before several were possible
            ref, cohorts = None, [ref]
        if (kind == OF_COACH) != (ref is not None) or (kind == COHORT) != bool(cohorts):
            return None
        if len(cohorts) > MAX_COHORTS:
            return None
        chosen = tuple(dict.fromkeys(cohorts))
        return cls(str(kind), ref, language if isinstance(language, str) else None, chosen)


def audience_filter(audience: Audience) -> list[ColumnElement[bool]]:
    """Who the audience is, as conditions on Person: the one place to teach new audiences."""
    if audience.kind == COACHES:
        conditions = [Person.role == Role.COACH]
    elif audience.kind == OF_COACH:
        conditions = [Person.role == Role.PARTICIPANT, Person.coach_id == audience.ref]
    elif audience.kind == COHORT:
        # A person belongs to one cohort (Person.cohort_id): one row each, however many are chosen.
        conditions = [Person.role == Role.PARTICIPANT, Person.cohort_id.in_(audience.cohorts)]
    else:
        conditions = [Person.role == Role.PARTICIPANT]
    if audience.language is not None:
        conditions.append(func.coalesce(Person.language, SOURCE) == audience.language)
    return conditions


async def members(session: AsyncSession, audience: Audience) -> list[Person]:
    """Everyone the audience reaches: active members with a chat. Those who blocked the bot are
    in it too, so that the report counts them as blocked (the outbox sends them nothing)."""
    return list(
        await session.scalars(
            select(Person)
            .where(
                Person.status == PersonStatus.ACTIVE,
                Person.chat_id.is_not(None),
                *audience_filter(audience),
            )
            .order_by(Person.id)
        )
    )


async def cohort_names(session: AsyncSession, audience: Audience) -> list[str]:
    """The names of the chosen cohorts, in the order chosen (an archived one keeps its name)."""
    if not audience.cohorts:
        return []
    found = {
        cohort.id: cohort.name
        for cohort in await session.scalars(select(Cohort).where(Cohort.id.in_(audience.cohorts)))
    }
    return [found[ref] for ref in audience.cohorts if ref in found]


async def languages_of(session: AsyncSession, audience: Audience) -> dict[str, int]:
    """How many of the audience read each language (German included)."""
    counts: dict[str, int] = {}
    for person in await members(session, audience):
        language = person.language or SOURCE
        counts[language] = counts.get(language, 0) + 1
    return dict(sorted(counts.items()))


# -- writing one -----------------------------------------------------------------------------


async def create_draft(
    session: AsyncSession, author: Person, audience: Audience, text: str, *, now: datetime
) -> Broadcast:
    broadcast = Broadcast(
        author_id=author.id,
        audience=audience.as_json(),
        text=text.strip()[:MAX_TEXT],
        status=BroadcastStatus.DRAFT,
        with_interest=False,
        recipients=0,
        created_at=now,
    )
    session.add(broadcast)
    await session.flush()
    return broadcast


async def draft(session: AsyncSession, broadcast_id: int | None) -> Broadcast | None:
    broadcast = await session.get(Broadcast, broadcast_id) if broadcast_id else None
    return broadcast if broadcast is not None and broadcast.status is BroadcastStatus.DRAFT else None


async def set_details(
    session: AsyncSession, broadcast_id: int, *, contact_name: str | None, with_interest: bool
) -> Broadcast | None:
    broadcast = await draft(session, broadcast_id)
    if broadcast is not None:
        broadcast.contact_name = (contact_name or "").strip()[:200] or None
        broadcast.with_interest = with_interest
    return broadcast


async def needed_languages(session: AsyncSession, broadcast: Broadcast) -> list[str]:
    audience = Audience.from_json(broadcast.audience)
    if audience is None:
        return []
    return [language for language in await languages_of(session, audience) if language != SOURCE]


async def prepare_texts(
    sessionmaker: async_sessionmaker[AsyncSession], mt: MachineTranslator, broadcast_id: int, *, now: datetime
) -> None:
    """A text for every language the audience reads: a translation a person typed is kept; the
    others are machine translations (each language once, from the cache where it can), or none
    where no model exists (the recipient then reads German with a note)."""
    async with sessionmaker() as session:
        broadcast = await draft(session, broadcast_id)
        if broadcast is None:
            return
        german = broadcast.text
        languages = await needed_languages(session, broadcast)
        human = set(
            await session.scalars(
                select(BroadcastText.language).where(
                    BroadcastText.broadcast_id == broadcast_id, BroadcastText.source == TextSource.HUMAN
                )
            )
        )
    wanted = [language for language in languages if language not in human]
    made = await translation_cache.translate_all(sessionmaker, mt, german, SOURCE, wanted, now=now)
    async with sessionmaker.begin() as session:
        for language, translation in made.items():
            row = await _text_row(session, broadcast_id, language)
            if row.source is TextSource.HUMAN:  # typed while this one translated
                continue
            row.source = TextSource.MACHINE if translation is not None else TextSource.NONE
            row.text = translation.text if translation is not None else None
            row.model = translation.model if translation is not None else None


async def _text_row(session: AsyncSession, broadcast_id: int, language: str) -> BroadcastText:
    row = await session.scalar(
        select(BroadcastText).where(
            BroadcastText.broadcast_id == broadcast_id, BroadcastText.language == language
        )
    )
    if row is None:
        row = BroadcastText(broadcast_id=broadcast_id, language=language, source=TextSource.NONE)
        session.add(row)
    return row


async def set_human_text(session: AsyncSession, broadcast_id: int, language: str, text: str) -> bool:
    """A translation typed by staff: it replaces the machine's and is kept."""
    if await draft(session, broadcast_id) is None or not text.strip():
        return False
    row = await _text_row(session, broadcast_id, language)
    row.text, row.source, row.model = text.strip()[:MAX_TEXT], TextSource.HUMAN, None
    return True


async def texts(session: AsyncSession, broadcast_id: int) -> dict[str, BroadcastText]:
    found = await session.scalars(
        select(BroadcastText)
        .where(BroadcastText.broadcast_id == broadcast_id)
        .order_by(BroadcastText.language)
    )
    return {row.language: row for row in found}


async def text_for(session: AsyncSession, broadcast_id: int, language: str) -> BroadcastText | None:
    return (await texts(session, broadcast_id)).get(language)


# -- a photo or a PDF with it -----------------------------------------------------------------

PDF = "application/pdf"
MAX_ATTACHMENT_MB = 10  # a flyer, read on prepaid mobile data; Telegram's own limit for photos
WRONG_KIND, TOO_BIG = "wrong_kind", "too_big"


@dataclass(frozen=True)
class Attachment:
    """A file staff sent the bot, as Telegram describes it (nothing is downloaded)."""

    kind: AttachmentKind
    file_id: str
    name: str | None = None
    mime: str | None = None
    size: int | None = None  # bytes, where Telegram says


def refusal(attachment: Attachment) -> str | None:
    """Why this file cannot go with a broadcast (WRONG_KIND, TOO_BIG), or None: a photo, or a
    document that is a PDF by its type and, where it has one, by its name."""
    if attachment.kind is AttachmentKind.DOCUMENT:
        named_pdf = attachment.name is None or attachment.name.lower().endswith(".pdf")
        if attachment.mime != PDF or not named_pdf:
            return WRONG_KIND
    if attachment.size is not None and attachment.size > MAX_ATTACHMENT_MB * 1024 * 1024:
        return TOO_BIG
    return None


async def set_attachment(session: AsyncSession, broadcast_id: int, attachment: Attachment | None) -> bool:
    """The draft's photo or PDF (None: without one); False if it is no longer a draft or the
    file is refused."""
    broadcast = await draft(session, broadcast_id)
    if broadcast is None or (attachment is not None and refusal(attachment) is not None):
        return False
    if attachment is None:
        broadcast.attachment_kind = broadcast.attachment_file_id = None
        broadcast.attachment_name = broadcast.attachment_mime = None
        return True
    broadcast.attachment_kind, broadcast.attachment_file_id = attachment.kind, attachment.file_id
    broadcast.attachment_name = (attachment.name or "")[:255] or None
    broadcast.attachment_mime = (attachment.mime or "")[:100] or None
    return True


# -- sending ---------------------------------------------------------------------------------


async def confirm(
    session: AsyncSession, broadcast_id: int, *, now: datetime, send_at: datetime | None = None
) -> Broadcast | None:
    """Plan one outbox row per recipient at broadcast priority (the lowest: alerts, help and
    reminders go first), due now or at send_at. None if it is no longer a draft."""
    broadcast = await draft(session, broadcast_id)
    audience = Audience.from_json(broadcast.audience) if broadcast else None
    if broadcast is None or audience is None:
        return None
    due = send_at if send_at is not None and send_at > now else now
    payload = {"broadcast_id": broadcast.id}
    planned = [
        plan(Kind.BROADCAST, person.id, due, payload, key=broadcast_key(broadcast.id, person.id))
        for person in await members(session, audience)
    ]
    broadcast.recipients = await outbox.enqueue_many(session, planned, now=now)
    broadcast.send_at = due
    broadcast.confirmed_at = now
    broadcast.status = BroadcastStatus.SCHEDULED if due > now else BroadcastStatus.SENDING
    return broadcast


async def keep_progress_message(
    session: AsyncSession, broadcast_id: int, chat_id: int, message_id: int
) -> None:
    broadcast = await session.get(Broadcast, broadcast_id)
    if broadcast is not None:
        broadcast.progress_chat_id, broadcast.progress_message_id = chat_id, message_id


async def cancel(session: AsyncSession, broadcast_id: int) -> Broadcast | None:
    """Stop a draft, a scheduled broadcast or the rest of one being sent; None if it is over."""
    broadcast = await session.get(Broadcast, broadcast_id)
    if broadcast is None or broadcast.status in (BroadcastStatus.DONE, BroadcastStatus.CANCELLED):
        return None
    await outbox.cancel_pending(session, key_prefix=broadcast_prefix(broadcast.id))
    broadcast.status = BroadcastStatus.CANCELLED
    return broadcast


@dataclass(frozen=True)
class Figures:
    sent: int = 0
    waiting: int = 0
    blocked: int = 0
    failed: int = 0
    cancelled: int = 0

    @property
    def total(self) -> int:
        return self.sent + self.waiting + self.blocked + self.failed + self.cancelled


async def figures(session: AsyncSession, broadcast_id: int) -> Figures:
    """What became of each recipient's row: sent, still waiting, blocked (she blocked the bot),
    failed, or cancelled with the broadcast."""
    counts: dict[str, int] = {"sent": 0, "waiting": 0, "blocked": 0, "failed": 0, "cancelled": 0}
    rows = await session.execute(
        select(OutboxMessage.status, OutboxMessage.last_error, func.count())
        .where(OutboxMessage.dedupe_key.startswith(broadcast_prefix(broadcast_id), autoescape=True))
        .group_by(OutboxMessage.status, OutboxMessage.last_error)
    )
    for status, error, count in rows:
        if status is OutboxStatus.SENT:
            counts["sent"] += count
        elif status in (OutboxStatus.PENDING, OutboxStatus.SENDING):
            counts["waiting"] += count
        elif error in BLOCKED_ERRORS:
            counts["blocked"] += count
        elif status is OutboxStatus.CANCELLED and error is None:
            counts["cancelled"] += count
        else:
            counts["failed"] += count
    return Figures(**counts)


@dataclass(frozen=True)
class Progress:
    broadcast_id: int
    chat_id: int
    message_id: int
    figures: Figures
    shown: str | None  # what the progress message says now
    finished: bool
    language: str  # the author's, for the progress message


async def progress_due(session: AsyncSession, *, now: datetime) -> list[Progress]:
    """The broadcasts going out (a scheduled one whose time came begins now), with figures."""
    found = await session.scalars(
        select(Broadcast).where(Broadcast.status.in_([BroadcastStatus.SCHEDULED, BroadcastStatus.SENDING]))
    )
    out = []
    for broadcast in found:
        if broadcast.status is BroadcastStatus.SCHEDULED:
            if broadcast.send_at is not None and broadcast.send_at > now:
                continue
            broadcast.status = BroadcastStatus.SENDING
        counted = await figures(session, broadcast.id)
        if broadcast.progress_chat_id is None or broadcast.progress_message_id is None:
            if counted.waiting == 0:  # nobody to report to: done all the same
                broadcast.status, broadcast.finished_at = BroadcastStatus.DONE, now
            continue
        author = await session.get(Person, broadcast.author_id) if broadcast.author_id else None
        out.append(
            Progress(
                broadcast.id,
                broadcast.progress_chat_id,
                broadcast.progress_message_id,
                counted,
                broadcast.progress_text,
                finished=counted.waiting == 0,
                language=(author.language if author else None) or SOURCE,
            )
        )
    return out


async def record_progress(
    session: AsyncSession, broadcast_id: int, shown: str, *, finished: bool, now: datetime
) -> None:
    broadcast = await session.get(Broadcast, broadcast_id)
    if broadcast is None:
        return
    broadcast.progress_text = shown[:500]
    if finished and broadcast.status is BroadcastStatus.SENDING:
        broadcast.status, broadcast.finished_at = BroadcastStatus.DONE, now


@dataclass(frozen=True)
class Listed:
    broadcast: Broadcast
    figures: Figures
    interested: int = 0
    languages: list[str] = field(default_factory=list)
    cohorts: list[str] = field(default_factory=list)  # the chosen groups' names


async def recent(session: AsyncSession, limit: int = 10) -> list[Listed]:
    """The latest confirmed broadcasts (scheduled ones included), newest first, with figures."""
    found = await session.scalars(
        select(Broadcast)
        .where(Broadcast.status != BroadcastStatus.DRAFT)
        .order_by(Broadcast.created_at.desc(), Broadcast.id.desc())
        .limit(limit)
    )
    listed = []
    for broadcast in found:
        audience = Audience.from_json(broadcast.audience)
        listed.append(
            Listed(
                broadcast,
                await figures(session, broadcast.id),
                len(await interested(session, broadcast.id)),
                sorted(await texts(session, broadcast.id)),
                await cohort_names(session, audience) if audience is not None else [],
            )
        )
    return listed


# -- "Ich habe Interesse" --------------------------------------------------------------------


async def set_interest(
    session: AsyncSession, broadcast_id: int, person: Person, interested_now: bool, *, now: datetime
) -> Broadcast | None:
    """Her answer to an announcement she received (a forged or foreign button changes nothing:
    None). Taking it back keeps the row, with when it was withdrawn."""
    broadcast = await session.get(Broadcast, broadcast_id)
    if broadcast is None or not broadcast.with_interest:
        return None
    received = await session.scalar(
        select(OutboxMessage.id).where(OutboxMessage.dedupe_key == broadcast_key(broadcast_id, person.id))
    )
    if received is None:
        return None
    answer = await session.scalar(
        select(BroadcastInterest).where(
            BroadcastInterest.broadcast_id == broadcast_id, BroadcastInterest.person_id == person.id
        )
    )
    if interested_now:
        if answer is None:
            session.add(BroadcastInterest(broadcast_id=broadcast_id, person_id=person.id, at=now))
        elif answer.withdrawn_at is not None:
            answer.at, answer.withdrawn_at = now, None
    elif answer is not None and answer.withdrawn_at is None:
        answer.withdrawn_at = now
    return broadcast


@dataclass(frozen=True)
class Answer:
    person_id: int
    name: str
    language: str
    at: datetime


async def interested(session: AsyncSession, broadcast_id: int) -> list[Answer]:
    """Who says she is interested (not those who took it back), first answer first."""
    rows = await session.execute(
        select(Person, BroadcastInterest.at)
        .join(BroadcastInterest, BroadcastInterest.person_id == Person.id)
        .where(BroadcastInterest.broadcast_id == broadcast_id, BroadcastInterest.withdrawn_at.is_(None))
        .order_by(BroadcastInterest.at, BroadcastInterest.id)
    )
    return [
        Answer(person.id, person.display_name or "?", person.language or SOURCE, at)
        for person, at in rows
        if person.status is PersonStatus.ACTIVE
    ]


async def broadcast(session: AsyncSession, broadcast_id: int | None) -> Broadcast | None:
    return await session.get(Broadcast, broadcast_id) if broadcast_id else None
