"""After a check-in is completed: translate its free text, apply the flag rules, alert.

Runs right after the participant's last answer is committed, and again from a job every
minute for any completed check-in not yet triaged (a crash in between loses nothing).
The machine translation runs outside any database transaction: a slow model must not
hold SQLite's write lock.

The participant's turn runs it before answering, so that a crisis is answered with the 24/7
numbers first and alone. The turn says them itself; the outbox row for them is held back
for alerts.HELP_FALLBACK and marked sent once the chat has them (should the turn's message fail,
the outbox sends them after all).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from functools import cache
from pathlib import Path
from typing import Any, cast

from sqlalchemy import CursorResult, select, update

from bot.deps import Deps
from bot.models import (
    AlertSource,
    Checkin,
    CheckinAnswer,
    CheckinStatus,
    Severity,
)
from bot.services import alerts, checkins, relay
from bot.services.flags import Answers
from bot.services.flags.loading import LIFE_CATEGORIES
from bot.settings import PROJECT_ROOT
from bot.yamlfile import load_yaml

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Triaged:
    alert_id: int
    crisis: bool


@dataclass(frozen=True)
class Card:
    """Guidance for the coach under an urgent or crisis alert (content/guidance/cards.yaml)."""

    category: str  # "crisis", "help" (the /sos button) or one of LIFE_CATEGORIES
    name: str  # the category in German: "Wohnung"
    involve: str  # whom to involve
    first: str  # first steps
    avoid: str  # what not to do
    words: str  # trauma-aware wording
    numbers: str  # help numbers to pass on


CARD_CATEGORIES = ("crisis", "help", *LIFE_CATEGORIES)
GUIDANCE = PROJECT_ROOT / "content" / "guidance" / "cards.yaml"


def load_guidance(path: Path = GUIDANCE) -> dict[str, Card]:
    """Every card, validated: one per category, every field a non-empty text; ValueError names it."""
    raw = load_yaml(path)
    if not isinstance(raw.get("reviewed"), bool):
        raise ValueError(f"{path}: reviewed must be true or false")
    cards = raw.get("cards")
    if not isinstance(cards, dict) or set(cards) != set(CARD_CATEGORIES):
        raise ValueError(f"{path}: cards must be exactly {', '.join(CARD_CATEGORIES)}")
    keys = [f.name for f in fields(Card) if f.name != "category"]
    found = {}
    for category, card in cards.items():
        if not isinstance(card, dict) or set(card) != set(keys):
            raise ValueError(f"{path}: card {category!r} needs exactly {', '.join(keys)}")
        if not all(isinstance(card[k], str) and card[k].strip() for k in keys):
            raise ValueError(f"{path}: card {category!r}: every field is a text")
        found[category] = Card(category, **{k: card[k].strip() for k in keys})
    return found


@cache
def guidance() -> dict[str, Card]:
    return load_guidance()


def cards_for(severity: int, reasons: Sequence[Mapping[str, Any]]) -> list[Card]:
    """The cards an alert shows: the crisis card when a crisis word is among its reasons, the
    help card for the /sos button, its life-problem categories; none for normal alerts or
    alerts from scores alone (low mood: the alert says all there is)."""
    if severity < int(Severity.URGENT):
        return []
    wanted: list[str] = []
    for reason in reasons:
        detail = reason.get("detail") or {}
        if reason.get("rule") == "help_button":
            wanted.append("help")
        if reason.get("rule") != "keywords":
            continue
        if int(reason.get("severity", 0)) >= int(Severity.CRISIS):
            wanted.append("crisis")
        elif detail.get("category") in LIFE_CATEGORIES:
            wanted.append(str(detail["category"]))
    cards = guidance()
    return [cards[c] for c in sorted(set(wanted), key=CARD_CATEGORIES.index)]


async def triage_checkin(
    deps: Deps, checkin_id: int, *, in_chat: bool = False, translate: bool = True
) -> Triaged | None:
    """Flag and alert for one completed check-in (once). Returns the alert raised, if any.
    `in_chat`: the participant's turn asks, and shows the 24/7 numbers itself on a crisis.
    `translate=False`: the caller knows that no answer is in another language than German
    (the turn that took the last answer does), so no texts are looked for to translate."""
    # The texts still to translate, of a check-in still to triage, in one statement (its
    # answers joined to it). Nothing found may also mean nothing to triage: the claim below
    # says so then.
    texts: list[tuple[int, str | None, str]] = []
    if translate:
        async with deps.sessionmaker() as session:
            texts = [
                (answer.id, answer.text, answer.text_language or "de")
                for answer in await session.scalars(
                    select(CheckinAnswer)
                    .join(Checkin, Checkin.id == CheckinAnswer.checkin_id)
                    .where(
                        Checkin.id == checkin_id,
                        Checkin.status == CheckinStatus.COMPLETED,
                        Checkin.triaged_at.is_(None),
                        CheckinAnswer.text.is_not(None),
                        CheckinAnswer.text_de.is_(None),
                    )
                )
            ]
    translations: dict[int, tuple[str, str]] = {}
    for answer_id, text, language in texts:
        if text and language != "de":
            result = await deps.mt.translate(text, language, "de")
            if result is not None:
                translations[answer_id] = (result.text, result.model)

    async with deps.sessionmaker.begin() as session:
        now = deps.clock.now()
        # Claimed by one conditional UPDATE: the turn's triage and the job's can run at the
        # same moment, and SQLite ignores FOR UPDATE, so reading triaged_at first let both
        # raise an alert. The claim is rolled back with everything else if this fails.
        claimed = await session.execute(
            update(Checkin)
            .where(
                Checkin.id == checkin_id,
                Checkin.status == CheckinStatus.COMPLETED,
                Checkin.triaged_at.is_(None),
            )
            .values(triaged_at=now)
            .execution_options(synchronize_session=False)
        )
        if cast(CursorResult[Any], claimed).rowcount != 1:
            return None
        # The check-in, its participant (her profile language is needed) and its answers, in
        # one statement.
        found_row = await checkins.with_participant(session, checkin_id)
        if found_row is None:
            return None
        checkin, participant, answers = found_row
        for answer in answers.values():
            if answer.id in translations:
                answer.text_de, answer.translated_by = translations[answer.id]
        found = Answers(
            questionnaire=checkin.questionnaire,
            scores={q: a.score for q, a in answers.items() if a.score is not None},
            choices={q: tuple(a.choice.split(",")) for q, a in answers.items() if a.choice},
            texts=[
                pair
                for a in answers.values()
                if a.text
                for pair in [(a.text, a.text_language or "de")] + ([(a.text_de, "de")] if a.text_de else [])
            ],
            translated=any(a.text_de for a in answers.values()),
            profile=relay.language_of(participant),  # her lists read it too, as for her messages
        )
        reasons = deps.flags.evaluate(found, await checkins.mood_history(session, checkin))
        if not reasons:
            return None
        alert = await alerts.raise_alert(
            session, participant, source=AlertSource.CHECKIN, reasons=reasons, now=now, checkin_id=checkin.id
        )
        log.info("check-in %s flagged: alert %s, severity %s", checkin.id, alert.id, alert.severity)
        crisis = alert.severity >= int(Severity.CRISIS)
        if crisis and in_chat:
            await alerts.hold_help_numbers(session, alert.id, now=now)
        return Triaged(alert.id, crisis)


async def triage_pending(deps: Deps) -> int:
    """Every completed check-in that was not triaged yet (after a crash or restart)."""
    async with deps.sessionmaker() as session:
        ids = list(
            await session.scalars(
                select(Checkin.id).where(
                    Checkin.status == CheckinStatus.COMPLETED, Checkin.triaged_at.is_(None)
                )
            )
        )
    done = 0
    for checkin_id in ids:
        await triage_checkin(deps, checkin_id)
        done += 1
    return done
