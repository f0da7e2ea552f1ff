"""Messages between a coach and a participant, relayed with a machine translation.

The coach writes in German; the participant gets the German and a translation into their
language, marked as machine-made (or, with no model for that language, the German only and
a sentence saying so). The participant answers in any language; the coach gets the
original and a German translation. Texts are encrypted at rest; outbox rows carry ids only.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import datetime
from enum import Enum
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bot import crypto, langid
from bot.i18n import LANGUAGES
from bot.kinds import Kind, plan, relay_key
from bot.models import AlertSource, Person, RelayDirection, RelayMessage, Severity
from bot.mt import MachineTranslation
from bot.services import alerts, audit, dialogue, outbox, visibility
from bot.services.flags import FlagRules, Reason
from bot.services.rows import with_person

MAX_CHARS = 3000  # leaves room for the translation and the frame within Telegram's 4,096
COACH_LANGUAGE = "de"  # coaches write and read German whatever language their menus are in


async def send(
    session: AsyncSession,
    *,
    participant: Person,
    coach: Person | None,
    direction: RelayDirection,
    text: str,
    source_language: str,
    target_language: str,
    translation: MachineTranslation | None,
    now: datetime,
    urgent: bool = False,
    media: Media | None = None,
    deliver: bool = True,
) -> RelayMessage:
    """Record a message and plan it for its recipients. `urgent` (a participant's message
    with urgent or crisis words) goes out in the coach's quiet hours; `media` is a picture
    or voice message the coach gets as the file itself (a copy of her message). Without
    `deliver` it is recorded only (an alert about it shows it to the same people)."""
    message = RelayMessage(
        participant_id=participant.id,
        coach_id=coach.id if coach else None,
        direction=direction,
        text=text,
        source_language=source_language,
        target_language=target_language,
        translation=translation.text if translation else None,
        translated_by=translation.model if translation else None,
        created_at=now,
    )
    session.add(message)
    await session.flush()
    if direction is RelayDirection.TO_PARTICIPANT:
        recipients = [participant]
        assert coach is not None
        audit.record(
            session,
            at=now,
            action="relay.sent",
            actor=coach,
            subject_id=participant.id,
            details={"relay_message_id": message.id},
        )
    else:
        # No coach, or one the bot cannot reach: staff on duty hear it instead.
        recipients = [coach] if coach is not None and alerts.reachable(coach) else []
        recipients = recipients or await alerts.staff_on_duty(session)
    to_coach = direction is RelayDirection.TO_COACH
    kind = Kind.RELAY_TO_COACH if to_coach else Kind.RELAY_TO_PARTICIPANT
    for recipient in recipients if deliver else []:
        payload: dict[str, Any] = {"relay_message_id": message.id}
        if media is not None:  # ids only: the file stays with Telegram
            payload["media"] = [media.kind, media.chat_id, media.message_id]
        key = relay_key(message.id, recipient.id)
        planned = plan(kind, recipient.id, now, payload, key=key, urgent=to_coach and urgent)
        await outbox.enqueue(session, planned, now=now)
    return message


def language_of(person: Person) -> str:
    return person.language or "de"


def source_of(person: Person, text: str | None) -> str:
    """The language her text is written in: the detected one when bot/langid is sure (a
    participant set to Arabic who writes German), else her profile's."""
    profile = language_of(person)
    return langid.source_language(text, profile, LANGUAGES) if text else profile


# -- a coach (or staff member) writes to a participant ------------------------------------------


@dataclass(frozen=True)
class Recipient:
    """A participant the viewer may write to: their own (a coach) or anyone (staff)."""

    participant_id: int
    name: str | None
    language: str


class Refused(Enum):
    GONE = "gone"  # no longer someone the viewer may write to
    TOO_LONG = "too-long"


@dataclass(frozen=True)
class Draft:
    """A coach's message, checked, to be translated (outside any transaction) and sent."""

    recipient: Recipient
    text: str
    source_language: str
    target_language: str


# Who may write to whom: a coach or staff to a participant they may see (the default), a
# mentor to one linked to her (visibility.mentored_participant). The rest of writing is shared.
Find = Callable[[AsyncSession, Person, int | None], Awaitable[Person | None]]


async def recipient(
    session: AsyncSession,
    viewer: Person,
    participant_id: int | None,
    *,
    find: Find = visibility.visible_participant,
) -> Recipient | None:
    participant = await find(session, viewer, participant_id)
    if participant is None:
        return None
    return Recipient(participant.id, participant.display_name, language_of(participant))


async def draft(
    session: AsyncSession,
    viewer: Person,
    participant_id: int | None,
    text: str,
    *,
    find: Find = visibility.visible_participant,
) -> Draft | Refused:
    found = await recipient(session, viewer, participant_id, find=find)
    if found is None:
        return Refused.GONE
    text = text.strip()
    if len(text) > MAX_CHARS:
        return Refused.TOO_LONG
    return Draft(found, text, COACH_LANGUAGE, found.language)


async def send_draft(
    session: AsyncSession,
    viewer: Person,
    draft: Draft,
    translation: MachineTranslation | None,
    *,
    now: datetime,
    find: Find = visibility.visible_participant,
) -> RelayMessage | None:
    """Record and send the translated draft (audited as "relay.sent"); None if the participant
    went out of reach meanwhile."""
    participant = await find(session, viewer, draft.recipient.participant_id)
    if participant is None:
        return None
    return await send(
        session,
        participant=participant,
        coach=viewer,
        direction=RelayDirection.TO_PARTICIPANT,
        text=draft.text,
        source_language=draft.source_language,
        target_language=draft.target_language,
        translation=translation,
        now=now,
    )


# -- a participant writes to their coach ---------------------------------------------------------


async def may_answer(session: AsyncSession, participant: Person, message_id: int | None) -> bool:
    """Whether `message_id` is a coach's message to this participant (its "answer" button)."""
    message = await session.get(RelayMessage, message_id) if message_id is not None else None
    return (
        message is not None
        and message.participant_id == participant.id
        and message.direction is RelayDirection.TO_PARTICIPANT
    )


def keyword_reasons(
    flags: FlagRules,
    text: str,
    language: str,
    translation: MachineTranslation | None,
    *,
    also: str | None = None,
) -> list[Reason]:
    """Keyword hits (normal, urgent, crisis) in the original and in its German translation.
    `also`: a second language whose lists read the original too (her profile's, when the
    text was detected to be in another)."""
    reasons = flags.scan(text, language, also=also) if text else []
    if translation is not None:  # a hit there is the machine's wording: the coach is told so
        translated = flags.scan(translation.text, COACH_LANGUAGE)
        reasons += [replace(r, detail={**r.detail, "via": "translation"}) for r in translated]
    return reasons


def crisis_reasons(
    flags: FlagRules, text: str, language: str, translation: MachineTranslation | None
) -> list[Reason]:
    """Crisis keyword hits in the original and in its German translation."""
    return [r for r in keyword_reasons(flags, text, language, translation) if r.severity is Severity.CRISIS]


@dataclass(frozen=True)
class Media:
    """A picture, voice message or file a participant sent: the coach gets a copy of it."""

    kind: str  # one of MEDIA_MARKS
    chat_id: int
    message_id: int


# What stands for a file in the stored text (the file itself is never stored).
MEDIA_MARKS = {
    "photo": "📷",
    "voice": "🎤",
    "audio": "🎵",
    "video": "🎬",
    "animation": "🎬",
    "document": "📎",
}


@dataclass(frozen=True)
class Written:
    """What a participant wrote or sent: a text, or a file with its caption ("" if none)."""

    text: str
    media: Media | None = None
    forwarded: bool = False
    numbers_shown: bool = False  # crisis words: the chat showed her the 24/7 numbers already


@dataclass(frozen=True)
class ToCoach:
    message_id: int
    alert_id: int | None  # the crisis alert it raised
    addressee: str | None = None  # the coach's name, as addressee() gives it


async def to_coach(
    session: AsyncSession,
    flags: FlagRules,
    participant: Person,
    text: str,
    translation: MachineTranslation | None,
    *,
    now: datetime,
    media: Media | None = None,
    forwarded: bool = False,
    numbers_shown: bool = False,
    source: str | None = None,
) -> ToCoach:
    """A participant's message to their coach (after "I need help", an answer, or anything
    she types), with its German translation made before: recorded, sent, and checked for
    urgent and crisis words. Stored whole (Telegram caps a message at 4,096); the alert
    shows a part. A file is stored as its mark and caption only.

    `numbers_shown`: the caller shows the 24/7 numbers in the chat at once, before anything
    else, so the outbox's copy for a crisis alert is held back as the fallback only
    (alerts.hold_help_numbers; the caller marks it shown once the chat has them).

    `source`: the language the text is in (`source_of`, which the translation was made
    from); her profile's when not given. The lists of both read it."""
    coach = await session.get(Person, participant.coach_id) if participant.coach_id else None
    profile = language_of(participant)
    source = source or profile
    reasons = keyword_reasons(flags, text, source, translation, also=profile)
    # A text that raises an alert reaches the coach (or staff) once, in the alert: it shows
    # her words, their translation, the reply and history buttons, and why. A file still
    # comes as its own copy, since the alert cannot carry it.
    alerted = any(r.severity is Severity.CRISIS for r in reasons) or bool(_life_problems(reasons))
    marks = ("↪️ " if forwarded else "") + (MEDIA_MARKS.get(media.kind, "📎") + " " if media else "")
    stored = (marks + text).strip()
    message = await send(
        session,
        participant=participant,
        coach=coach,
        direction=RelayDirection.TO_COACH,
        text=stored,
        source_language=source,
        target_language=COACH_LANGUAGE,
        translation=translation,
        now=now,
        urgent=any(r.severity >= Severity.URGENT for r in reasons),
        media=media,
        deliver=media is not None or not alerted,
    )
    alert_id = await raise_crisis(
        session, participant, reasons, message_id=message.id, now=now, numbers_shown=numbers_shown
    )
    if alert_id is None:
        await raise_life_problem(session, participant, reasons, message_id=message.id, now=now)
    return ToCoach(message.id, alert_id, _name_of(coach))


async def raise_life_problem(
    session: AsyncSession, participant: Person, reasons: list[Reason], *, message_id: int, now: datetime
) -> int | None:
    """An urgent alert for a message about an urgent life problem (a letter to leave Germany,
    an eviction, wages unpaid…): the coach's alert names the category and carries its
    guidance card, and it stays in /alerts until someone takes it. None without such words."""
    life = _life_problems(reasons)
    if not life:
        return None
    alert = await alerts.raise_alert(
        session, participant, source=AlertSource.MESSAGE, reasons=life, now=now, message_id=message_id
    )
    return alert.id


def _life_problems(reasons: list[Reason]) -> list[Reason]:
    return [r for r in reasons if r.severity is Severity.URGENT and r.detail.get("category")]


async def raise_crisis(
    session: AsyncSession,
    participant: Person,
    reasons: list[Reason],
    *,
    message_id: int,
    now: datetime,
    numbers_shown: bool,
) -> int | None:
    """The crisis alert for a stored message from her whose keyword_reasons hold crisis
    hits; its id, or None without any. `numbers_shown` as in to_coach."""
    crisis = [r for r in reasons if r.severity is Severity.CRISIS]
    if not crisis:
        return None
    alert = await alerts.raise_alert(
        session, participant, source=AlertSource.MESSAGE, reasons=crisis, now=now, message_id=message_id
    )
    if numbers_shown:
        await alerts.hold_help_numbers(session, alert.id, now=now)
    return alert.id


async def with_participant(session: AsyncSession, message_id: Any) -> tuple[RelayMessage, Person] | None:
    """A relayed message with its participant, in one query (the outbox renders it for the
    coach); None if either is gone."""
    if not isinstance(message_id, int):
        return None
    return await with_person(session, RelayMessage, message_id, RelayMessage.participant_id)


async def addressee(session: AsyncSession, participant: Person) -> str | None:
    """The name of the coach a participant's message goes to; None when it goes to staff
    (no coach, or one the bot cannot reach)."""
    coach = await session.get(Person, participant.coach_id) if participant.coach_id else None
    return _name_of(coach)


def _name_of(coach: Person | None) -> str | None:
    return coach.display_name if alerts.reachable(coach) and coach is not None else None


def choose_sending(participant: Person, send: bool) -> None:
    """Her answer to "send what I type here to my coach?", kept until she changes it."""
    participant.send_text_to_coach = send


# -- messages waiting for her answer to that question --------------------------------------------

HOLD = dialogue.WAITING  # the dialogue of nothing but them; other dialogues carry them along
MAX_HELD = 10


def hold(participant: Person, written: Written) -> None:
    """Keep a message until she answers whether to send it (the oldest go beyond MAX_HELD),
    encrypted like every stored free text. In another dialogue (a practice dose) they are
    kept with it, which goes on; otherwise they wait on their own."""
    current = participant.dialogue
    items = list((current or {}).get(dialogue.HELD) or [])
    item: dict[str, Any] = {"text": crypto.ring().encrypt(written.text), "fwd": written.forwarded}
    if written.numbers_shown:
        item["nums"] = True
    if written.media is not None:
        item["media"] = [written.media.kind, written.media.chat_id, written.media.message_id]
    items = [*items, item][-MAX_HELD:]
    if current:
        participant.dialogue = {**current, dialogue.HELD: items}  # assigned whole: a JSON column
    else:
        dialogue.begin(participant, HOLD, held=items)


def held_texts(participant: Person) -> list[str]:
    """The texts kept for her answer, oldest first, left where they are (for her export)."""
    return [written.text for written in _unheld((participant.dialogue or {}).get(dialogue.HELD) or [])]


def take_held(participant: Person) -> list[Written]:
    """The messages kept for her answer, oldest first, taken from whichever dialogue holds
    them (one of nothing but them ends; another goes on without them)."""
    current = participant.dialogue or {}
    items = current.get(dialogue.HELD) or []
    if current.get("name") == HOLD:
        participant.dialogue = None
    elif items:
        participant.dialogue = {key: value for key, value in current.items() if key != dialogue.HELD}
    return _unheld(items)


def _unheld(items: list[dict[str, Any]]) -> list[Written]:
    ring = crypto.ring()
    out = []
    for item in items:
        media = item.get("media")
        found = Media(str(media[0]), int(media[1]), int(media[2])) if media else None
        text = ring.decrypt(str(item["text"]))
        out.append(Written(text, found, bool(item.get("fwd")), bool(item.get("nums"))))
    return out
