"""Broadcasts on a real database (SQLite and PostgreSQL): the audience, texts per language from the
persistent translation cache (K languages cost K translations, a repeat none), the outbox rows at
broadcast priority, figures, cancelling, and "Ich habe Interesse"."""

from __future__ import annotations

import asyncio
import threading
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select, update

from bot.clock import ManualClock
from bot.deps import Deps
from bot.models import (
    BroadcastStatus,
    CachedTranslation,
    Cohort,
    OutboxMessage,
    OutboxStatus,
    Person,
    Priority,
    Role,
    TextSource,
)
from bot.mt import MachineTranslator
from bot.services import broadcasts
from bot.services.broadcasts import Audience

from seed import add_person

GERMAN = "ich bin müde"  # a phrase the demo models translate (devtools/mt_demo.py)


async def _people(deps: Deps) -> dict[str, int]:
    coach = await add_person(deps, telegram_user_id=701, name="Jonas", role=Role.COACH)
    ids = {
        "coach": coach,
        "staff": await add_person(deps, telegram_user_id=700, name="Sabine", role=Role.STAFF),
    }
    for number, (name, language) in enumerate(
        [("Amina", "ar"), ("Leyla", "ar"), ("Olena", "uk"), ("Mary", "en"), ("Zeynep", "tr"), ("Anna", "de")]
    ):
        ids[name] = await add_person(
            deps,
            telegram_user_id=710 + number,
            name=name,
            role=Role.PARTICIPANT,
            coach_id=coach,
            language=language,
        )
    return ids


async def _draft(deps: Deps, staff_id: int, audience: Audience, text: str = GERMAN) -> int:
    async with deps.sessionmaker.begin() as session:
        author = await session.get(Person, staff_id)
        assert author is not None
        made = await broadcasts.create_draft(session, author, audience, text, now=deps.clock.now())
        return made.id


async def test_the_audience_reaches_whom_it_names(deps: Deps) -> None:
    ids = await _people(deps)
    other_coach = await add_person(deps, telegram_user_id=799, name="Petra", role=Role.COACH)
    await add_person(deps, telegram_user_id=798, name="Else", role=Role.PARTICIPANT, coach_id=other_coach)
    async with deps.sessionmaker.begin() as session:
        cohort = Cohort(name="Pflege 7", created_at=deps.clock.now())
        session.add(cohort)
        await session.flush()
        await session.execute(update(Person).where(Person.id == ids["Olena"]).values(cohort_id=cohort.id))
    async with deps.sessionmaker() as session:

        async def names(audience: Audience) -> set[str | None]:
            return {person.display_name for person in await broadcasts.members(session, audience)}

        assert len(await names(Audience(broadcasts.PARTICIPANTS))) == 7
        assert await names(Audience(broadcasts.COACHES)) == {"Jonas", "Petra"}
        assert await names(Audience(broadcasts.OF_COACH, other_coach)) == {"Else"}
        assert await names(Audience(broadcasts.COHORT, cohorts=(cohort.id,))) == {"Olena"}
        assert await names(Audience(broadcasts.PARTICIPANTS, language="ar")) == {"Amina", "Leyla"}
        assert await broadcasts.languages_of(session, Audience(broadcasts.OF_COACH, ids["coach"])) == {
            "ar": 2, "de": 1, "en": 1, "tr": 1, "uk": 1,
        }  # fmt: skip
    chosen = Audience(broadcasts.COHORT, language="ar", cohorts=(3, 5))
    assert Audience.from_json(chosen.as_json()) == chosen
    # Stored before several groups could be chosen: one group by its ref.
    assert Audience.from_json({"kind": "cohort", "ref": 3, "language": None}) == Audience(
        "cohort", cohorts=(3,)
    )
    assert Audience.from_json({"kind": "cohort"}) is None  # a group without its id
    assert Audience.from_json({"kind": "cohort", "cohorts": []}) is None
    assert Audience.from_json({"kind": "cohort", "cohorts": ["3"]}) is None
    assert Audience.from_json({"kind": "participants", "cohorts": [3]}) is None
    assert Audience.from_json({"kind": "everyone-ever"}) is None


class _GatedTranslator(MachineTranslator):
    """The real translator whose translations from German wait at a gate: a broadcast's
    translation still running (seconds of CPU with a real model)."""

    def __init__(self, packages_dir: Path) -> None:
        super().__init__(packages_dir)
        self.gate, self.held = threading.Event(), threading.Event()

    def _translate_with(self, package: Any, text: str) -> str:
        if package.from_code == "de":
            self.held.set()
            self.gate.wait()
        return super()._translate_with(package, text)


async def test_a_conversation_translation_does_not_wait_for_a_broadcast_one(
    deps: Deps, mt_packages: Path, clock: ManualClock
) -> None:
    ids = await _people(deps)
    made = await _draft(deps, ids["staff"], Audience(broadcasts.PARTICIPANTS))
    translator = _GatedTranslator(mt_packages)
    preparing = asyncio.create_task(
        broadcasts.prepare_texts(deps.sessionmaker, translator, made, now=clock.now())
    )
    try:
        assert await asyncio.to_thread(translator.held.wait, 60)  # the broadcast translates
        # A participant's check-in answer for the triage, while the broadcast's translation runs.
        triage = asyncio.create_task(translator.translate("أريد أن أموت", "ar", "de"))
        # Queued behind the held translation it would wait for the gate, which opens only below:
        # the bound turns that hang into a failure (it measures nothing).
        done, _ = await asyncio.wait({triage}, timeout=60)
        assert triage in done
        answer = triage.result()
        assert answer is not None and answer.text == "ich will sterben"
        assert not preparing.done()  # the broadcast's translation is still held
    finally:
        translator.gate.set()
        await preparing
        translator.close()
    async with deps.sessionmaker() as session:
        texts = await broadcasts.texts(session, made)
    assert {language for language, text in texts.items() if text.source is TextSource.MACHINE} == {
        "ar",
        "en",
        "uk",
    }


async def test_several_cohorts_reach_each_participant_once(deps: Deps) -> None:
    ids = await _people(deps)
    async with deps.sessionmaker.begin() as session:
        made = [Cohort(name=name, created_at=deps.clock.now()) for name in ("Pflege 7", "Küche 3", "Lager 1")]
        session.add_all(made)
        await session.flush()
        care, kitchen, store = (cohort.id for cohort in made)
        for name, cohort_id in (("Amina", care), ("Olena", care), ("Zeynep", kitchen), ("Anna", store)):
            await session.execute(update(Person).where(Person.id == ids[name]).values(cohort_id=cohort_id))
    audience = Audience(broadcasts.COHORT, cohorts=(kitchen, care))
    broadcast_id = await _draft(deps, ids["staff"], audience)
    async with deps.sessionmaker.begin() as session:
        reached = [person.display_name for person in await broadcasts.members(session, audience)]
        assert sorted(name or "" for name in reached) == ["Amina", "Olena", "Zeynep"]
        assert await broadcasts.cohort_names(session, audience) == ["Küche 3", "Pflege 7"]  # as chosen
        assert await broadcasts.languages_of(session, audience) == {"ar": 1, "tr": 1, "uk": 1}
        confirmed = await broadcasts.confirm(session, broadcast_id, now=deps.clock.now())
        assert confirmed is not None and confirmed.recipients == 3
        assert confirmed.audience["cohorts"] == [kitchen, care]
        recipients = list(await session.scalars(select(OutboxMessage.recipient_id)))
        assert sorted(recipients) == sorted(ids[name] for name in ("Amina", "Olena", "Zeynep"))
    async with deps.sessionmaker() as session:
        (listed,) = await broadcasts.recent(session)
        assert listed.cohorts == ["Küche 3", "Pflege 7"]


async def test_k_languages_cost_k_translations_and_a_repeat_none(
    deps: Deps, machine_translator: MachineTranslator, clock: ManualClock
) -> None:
    ids = await _people(deps)
    audience = Audience(broadcasts.PARTICIPANTS)
    first = await _draft(deps, ids["staff"], audience)
    await broadcasts.prepare_texts(deps.sessionmaker, machine_translator, first, now=clock.now())
    # Six recipients in ar, ar, uk, en, tr, de: ar, en and uk have a model (uk through English),
    # tr has none, German needs none. One translation each, however many read the language.
    assert machine_translator.model_runs == 3
    async with deps.sessionmaker() as session:
        texts = await broadcasts.texts(session, first)
        cached = list(await session.scalars(select(CachedTranslation)))
    assert {language: row.source for language, row in texts.items()} == {
        "ar": TextSource.MACHINE, "en": TextSource.MACHINE, "uk": TextSource.MACHINE, "tr": TextSource.NONE,
    }  # fmt: skip
    assert texts["en"].text == "I am tired" and texts["tr"].text is None
    assert texts["uk"].model is not None and "→en→" in texts["uk"].model
    assert sorted(row.target for row in cached) == ["ar", "en", "uk"]
    assert GERMAN not in {row.text_hash for row in cached}  # only a hash of the text is the key

    # The same text again, in a new process (a translator with an empty memory): from the database.
    again = MachineTranslator()
    try:
        second = await _draft(deps, ids["staff"], audience)
        await broadcasts.prepare_texts(deps.sessionmaker, again, second, now=clock.now())
        assert again.model_runs == 0
        async with deps.sessionmaker() as session:
            assert (await broadcasts.texts(session, second))["ar"].text == texts["ar"].text
    finally:
        again.close()


async def test_a_human_translation_wins_and_is_kept(
    deps: Deps, machine_translator: MachineTranslator, clock: ManualClock
) -> None:
    ids = await _people(deps)
    made = await _draft(deps, ids["staff"], Audience(broadcasts.PARTICIPANTS, language="en"))
    async with deps.sessionmaker.begin() as session:
        assert await broadcasts.set_human_text(session, made, "en", "I'm so tired")
    await broadcasts.prepare_texts(deps.sessionmaker, machine_translator, made, now=clock.now())
    assert machine_translator.model_runs == 0  # nothing left to translate
    async with deps.sessionmaker() as session:
        row = (await broadcasts.texts(session, made))["en"]
    assert (row.text, row.source) == ("I'm so tired", TextSource.HUMAN)


async def test_confirm_plans_one_row_each_at_broadcast_priority(deps: Deps, clock: ManualClock) -> None:
    ids = await _people(deps)
    made = await _draft(deps, ids["staff"], Audience(broadcasts.PARTICIPANTS))
    later = clock.now() + timedelta(days=1)
    async with deps.sessionmaker.begin() as session:
        confirmed = await broadcasts.confirm(session, made, now=clock.now(), send_at=later)
        assert confirmed is not None and confirmed.status is BroadcastStatus.SCHEDULED
        assert confirmed.recipients == 6
        assert await broadcasts.confirm(session, made, now=clock.now()) is None  # no longer a draft
    async with deps.sessionmaker() as session:
        rows = list(await session.scalars(select(OutboxMessage)))
        assert {(row.priority, row.due_at, row.respect_quiet_hours) for row in rows} == {
            (Priority.BROADCAST, later, True)
        }
        assert (await broadcasts.figures(session, made)).waiting == 6
        # Not due yet: the progress job leaves it scheduled.
        assert await broadcasts.progress_due(session, now=clock.now()) == []

    async with deps.sessionmaker.begin() as session:
        cancelled = await broadcasts.cancel(session, made)
        assert cancelled is not None and cancelled.status is BroadcastStatus.CANCELLED
        assert await broadcasts.cancel(session, made) is None
    async with deps.sessionmaker() as session:
        assert await broadcasts.figures(session, made) == broadcasts.Figures(cancelled=6)
        assert {row.status for row in await session.scalars(select(OutboxMessage))} == {
            OutboxStatus.CANCELLED
        }


async def test_figures_tell_sent_blocked_and_failed_apart(deps: Deps, clock: ManualClock) -> None:
    ids = await _people(deps)
    made = await _draft(deps, ids["staff"], Audience(broadcasts.PARTICIPANTS, language="ar"))
    async with deps.sessionmaker.begin() as session:
        await broadcasts.confirm(session, made, now=clock.now())
        rows = list(await session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)))
        rows[0].status = OutboxStatus.SENT
        rows[1].status, rows[1].last_error = OutboxStatus.FAILED, "Forbidden"
    async with deps.sessionmaker() as session:
        assert await broadcasts.figures(session, made) == broadcasts.Figures(sent=1, blocked=1)


async def test_interest_is_one_tap_and_can_be_taken_back(deps: Deps, clock: ManualClock) -> None:
    ids = await _people(deps)
    made = await _draft(deps, ids["staff"], Audience(broadcasts.PARTICIPANTS, language="ar"))
    async with deps.sessionmaker.begin() as session:
        await broadcasts.set_details(session, made, contact_name="Frau Roth", with_interest=True)
        await broadcasts.confirm(session, made, now=clock.now())
    async with deps.sessionmaker.begin() as session:
        amina = await session.get(Person, ids["Amina"])
        mary = await session.get(Person, ids["Mary"])
        assert amina is not None and mary is not None
        assert await broadcasts.set_interest(session, made, amina, True, now=clock.now()) is not None
        # Mary did not get this one (Arabic readers only): her forged button changes nothing.
        assert await broadcasts.set_interest(session, made, mary, True, now=clock.now()) is None
    async with deps.sessionmaker() as session:
        assert [answer.name for answer in await broadcasts.interested(session, made)] == ["Amina"]
    async with deps.sessionmaker.begin() as session:
        amina = await session.get(Person, ids["Amina"])
        assert amina is not None
        await broadcasts.set_interest(session, made, amina, False, now=clock.now())
    async with deps.sessionmaker() as session:
        assert await broadcasts.interested(session, made) == []
