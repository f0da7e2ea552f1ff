"""Relayed messages on a real database (SQLite and PostgreSQL): who may write to whom, the
checked draft, and a participant's message to the coach with its crisis scan."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import ManualClock
from bot.deps import Deps
from bot.models import Alert, AlertSource, OutboxMessage, Person, RelayDirection, RelayMessage, Role, Severity
from bot.mt import MachineTranslation
from bot.services import relay
from bot.services.relay import Draft, Recipient, Refused

from seed import add_person

DYING_AR = "أريد أن أموت"  # on the Arabic crisis list
DYING_DE = MachineTranslation("ich will sterben", "argos ar→de test")  # on the German list
THROWN = "سأرمي نفسي من النافذة"  # on no list; its German translation is
THROWN_DE = MachineTranslation("ich will aus dem Fenster springen", "argos ar→de test")


async def _cast(deps: Deps) -> dict[str, int]:
    coach = await add_person(deps, telegram_user_id=801, name="Jonas", role=Role.COACH)
    return {
        "coach": coach,
        "other_coach": await add_person(deps, telegram_user_id=802, name="Petra", role=Role.COACH),
        "staff": await add_person(deps, telegram_user_id=803, name="Sabine", role=Role.STAFF),
        "amina": await add_person(
            deps, telegram_user_id=804, name="Amina", role=Role.PARTICIPANT, coach_id=coach, language="ar"
        ),
    }


async def _get(session: AsyncSession, person_id: int) -> Person:
    person = await session.get(Person, person_id)
    assert person is not None
    return person


async def _rows(deps: Deps, model: Any) -> list[Any]:
    async with deps.sessionmaker() as session:
        return list(await session.scalars(select(model).order_by(model.id)))


async def test_a_coach_writes_to_their_own_and_staff_to_anyone(deps: Deps) -> None:
    cast = await _cast(deps)
    amina = Recipient(cast["amina"], "Amina", "ar")
    async with deps.sessionmaker() as session:
        coach, other, staff = [await _get(session, cast[k]) for k in ("coach", "other_coach", "staff")]
        participant = await _get(session, cast["amina"])
        assert await relay.recipient(session, coach, cast["amina"]) == amina
        assert await relay.recipient(session, staff, cast["amina"]) == amina
        assert await relay.recipient(session, other, cast["amina"]) is None
        assert await relay.recipient(session, participant, cast["amina"]) is None
        assert await relay.recipient(session, coach, cast["coach"]) is None
        assert await relay.recipient(session, coach, None) is None

        assert await relay.draft(session, coach, cast["amina"], "  Bis morgen \n") == Draft(
            amina, "Bis morgen", "de", "ar"
        )
        long_text = "x" * relay.MAX_CHARS
        assert await relay.draft(session, coach, cast["amina"], long_text + " ") == Draft(
            amina, long_text, "de", "ar"
        )
        assert await relay.draft(session, coach, cast["amina"], long_text + "x") is Refused.TOO_LONG
        assert await relay.draft(session, other, cast["amina"], "Hallo") is Refused.GONE


async def test_a_sent_draft_is_recorded_once_for_the_participant(deps: Deps, clock: ManualClock) -> None:
    cast = await _cast(deps)
    translation = MachineTranslation("سأتصل بك غدا", "argos de→ar test")
    async with deps.sessionmaker.begin() as session:
        coach = await _get(session, cast["coach"])
        draft = await relay.draft(session, coach, cast["amina"], "Ich rufe Sie morgen an")
        assert isinstance(draft, Draft)
        sent = await relay.send_draft(session, coach, draft, translation, now=clock.now())
        assert sent is not None
    (message,) = await _rows(deps, RelayMessage)
    assert message.direction is RelayDirection.TO_PARTICIPANT and message.coach_id == cast["coach"]
    assert (message.text, message.translation) == ("Ich rufe Sie morgen an", "سأتصل بك غدا")
    assert (message.source_language, message.target_language) == ("de", "ar")
    assert [(r.kind, r.recipient_id) for r in await _rows(deps, OutboxMessage)] == [
        ("relay.to_participant", cast["amina"])
    ]


async def test_a_draft_for_someone_moved_away_meanwhile_is_not_sent(deps: Deps, clock: ManualClock) -> None:
    """Translation runs between the check and the record: the participant may have moved."""
    cast = await _cast(deps)
    async with deps.sessionmaker() as session:
        draft = await relay.draft(session, await _get(session, cast["coach"]), cast["amina"], "Hallo")
    assert isinstance(draft, Draft)
    async with deps.sessionmaker.begin() as session:
        (await _get(session, cast["amina"])).coach_id = cast["other_coach"]
    async with deps.sessionmaker.begin() as session:
        coach = await _get(session, cast["coach"])
        assert await relay.send_draft(session, coach, draft, None, now=clock.now()) is None
    assert await _rows(deps, RelayMessage) == [] and await _rows(deps, OutboxMessage) == []


async def test_only_the_participant_may_answer_a_message_to_them(deps: Deps, clock: ManualClock) -> None:
    cast = await _cast(deps)
    karim_id = await add_person(
        deps, telegram_user_id=805, name="Karim", role=Role.PARTICIPANT, coach_id=cast["coach"]
    )
    async with deps.sessionmaker.begin() as session:
        coach, amina = await _get(session, cast["coach"]), await _get(session, cast["amina"])
        draft = await relay.draft(session, coach, cast["amina"], "Hallo")
        assert isinstance(draft, Draft)
        to_amina = await relay.send_draft(session, coach, draft, None, now=clock.now())
        assert to_amina is not None
        from_amina = await relay.to_coach(session, deps.flags, amina, "شكرا", None, now=clock.now())
    async with deps.sessionmaker() as session:
        amina, karim = await _get(session, cast["amina"]), await _get(session, karim_id)
        assert await relay.may_answer(session, amina, to_amina.id)
        assert not await relay.may_answer(session, karim, to_amina.id)
        assert not await relay.may_answer(session, amina, from_amina.message_id)  # her own, to the coach
        assert not await relay.may_answer(session, amina, to_amina.id + 99)
        assert not await relay.may_answer(session, amina, None)


def test_crisis_words_in_the_original_or_only_in_the_translation(deps: Deps) -> None:
    flags = deps.flags
    both = relay.crisis_reasons(flags, DYING_AR, "ar", DYING_DE)
    assert {(r.detail["language"], r.detail["via"]) for r in both} == {
        ("ar", "original"),
        ("de", "translation"),
    }
    assert all(r.severity is Severity.CRISIS for r in both)
    assert [r.detail["via"] for r in relay.crisis_reasons(flags, DYING_AR, "ar", None)] == ["original"]
    only = relay.crisis_reasons(flags, THROWN, "ar", THROWN_DE)
    assert [(r.rule, r.detail["via"]) for r in only] == [("keywords", "translation")]
    assert relay.crisis_reasons(flags, "شكرا", "ar", MachineTranslation("danke", "test")) == []


async def test_a_message_to_the_coach_is_recorded_and_a_crisis_raises_an_alert(
    deps: Deps, clock: ManualClock
) -> None:
    cast = await _cast(deps)
    async with deps.sessionmaker.begin() as session:
        amina = await _get(session, cast["amina"])
        calm = await relay.to_coach(
            session, deps.flags, amina, "شكرا", MachineTranslation("danke", "t"), now=clock.now()
        )
        crisis = await relay.to_coach(session, deps.flags, amina, DYING_AR, DYING_DE, now=clock.now())
    assert calm.alert_id is None and crisis.alert_id is not None
    first, second = await _rows(deps, RelayMessage)
    assert (first.id, second.id) == (calm.message_id, crisis.message_id)
    assert second.direction is RelayDirection.TO_COACH and second.coach_id == cast["coach"]
    assert (second.text, second.translation, second.translated_by) == (
        DYING_AR,
        DYING_DE.text,
        DYING_DE.model,
    )
    assert (second.source_language, second.target_language) == ("ar", "de")
    (alert,) = await _rows(deps, Alert)
    assert alert.id == crisis.alert_id and alert.message_id == crisis.message_id
    assert alert.source is AlertSource.MESSAGE and alert.severity == Severity.CRISIS
    assert {(r["detail"]["language"], r["detail"]["via"]) for r in alert.reasons} == {
        ("ar", "original"),
        ("de", "translation"),
    }
    kinds = [(r.kind, r.recipient_id) for r in await _rows(deps, OutboxMessage)]
    assert kinds == [  # the crisis message reaches the coach once: in its alert
        ("relay.to_coach", cast["coach"]),
        ("alert.coach", cast["coach"]),
        ("help.numbers", cast["amina"]),
    ]


async def test_without_a_coach_the_message_goes_to_staff(deps: Deps, clock: ManualClock) -> None:
    staff = await add_person(deps, telegram_user_id=811, name="Sabine", role=Role.STAFF)
    alone = await add_person(deps, telegram_user_id=812, name="Farid", role=Role.PARTICIPANT, language="fa")
    async with deps.sessionmaker.begin() as session:
        farid = await _get(session, alone)
        sent = await relay.to_coach(session, deps.flags, farid, "ممنون", None, now=clock.now())
    assert sent.alert_id is None
    (message,) = await _rows(deps, RelayMessage)
    assert message.coach_id is None and message.translation is None and message.source_language == "fa"
    assert [(r.kind, r.recipient_id) for r in await _rows(deps, OutboxMessage)] == [("relay.to_coach", staff)]
