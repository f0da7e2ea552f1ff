"""Reassigning a participant to another coach, from her card (staff): her open alerts go to the new
coach, both coaches are told through the outbox, and the former coach loses access at once."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from bot.models import Alert, AlertSource, AlertStatus, AuditEntry, Person, Severity

from harness import Harness
from seed import Cast, deliver, deps_of

REFUSED = ("Diese Schaltfläche gilt nicht mehr.", "Diese Person gehört nicht zu Ihren Teilnehmenden.",
           "Diese Person ist nicht mehr in Ihrer Liste.")  # fmt: skip


async def add_alert(harness: Harness, cast: Cast, status: AlertStatus = AlertStatus.OPEN) -> int:
    deps = deps_of(harness)
    async with deps.sessionmaker.begin() as session:
        alert = Alert(
            participant_id=cast.participant_id,
            coach_id=cast.coach_id,
            source=AlertSource.HELP_BUTTON,
            severity=int(Severity.URGENT),
            reasons=[{"rule": "help", "severity": int(Severity.URGENT), "detail": {}}],
            status=status,
            created_at=deps.clock.now() - timedelta(hours=1),
            escalated_at=deps.clock.now(),  # keeps the watch job away
        )
        session.add(alert)
        await session.flush()
        return alert.id


async def alerts(harness: Harness) -> dict[int, int | None]:
    async with deps_of(harness).sessionmaker() as session:
        return {a.id: a.coach_id for a in await session.scalars(select(Alert))}


async def test_staff_reassign_from_the_card(harness: Harness, cast: Cast) -> None:
    open_alert = await add_alert(harness, cast)
    done_alert = await add_alert(harness, cast, AlertStatus.ACKNOWLEDGED)
    await harness.press(cast.staff, f"cpc:{cast.participant_id}")
    assert f"rsg:{cast.participant_id}" in harness.request.buttons(cast.staff.id)
    # A coach's card has no such button.
    await harness.press(cast.coach, f"cpc:{cast.participant_id}")
    assert not any(b.startswith("rsg:") for b in harness.request.buttons(cast.coach.id))

    replies = await harness.press(cast.staff, f"rsg:{cast.participant_id}")
    assert replies == ["Wer soll Amina künftig beraten?"]
    assert harness.request.buttons(cast.staff.id) == [f"rsg:{cast.participant_id}:{cast.other_coach_id}"]
    await harness.press(cast.staff, f"rsg:{cast.participant_id}:{cast.other_coach_id}")
    edit = harness.request.sent(cast.staff.id, "editMessageText")[-1]["text"]
    assert (
        edit
        == "Amina wird jetzt von Petra beraten. Offene Meldungen sind mitgegangen; beide sind informiert."
    )

    async with deps_of(harness).sessionmaker() as session:
        amina = await session.get(Person, cast.participant_id)
        assert amina is not None and amina.coach_id == cast.other_coach_id
        entry = await session.scalar(select(AuditEntry).where(AuditEntry.action == "participant.reassign"))
        assert entry is not None and entry.subject_id == cast.participant_id
        assert entry.details == {"from": cast.coach_id, "to": cast.other_coach_id, "alerts": 1}
    assert await alerts(harness) == {open_alert: cast.other_coach_id, done_alert: cast.coach_id}

    await deliver(harness)
    assert harness.request.texts(cast.other_coach.id)[-1] == (
        "You now coach Amina (until now: Jonas). Open alerts about her are now with you: /alerts"
    )
    assert harness.request.texts(cast.coach.id)[-1] == (
        "Amina wird jetzt von Petra beraten. Sie sehen ihre Daten nicht mehr."
    )
    assert harness.request.texts(cast.participant.id) == [], "she is not told of it by this"


async def test_the_former_coach_loses_access_at_once(harness: Harness, cast: Cast) -> None:
    alert = await add_alert(harness, cast)
    await harness.press(cast.staff, f"rsg:{cast.participant_id}:{cast.other_coach_id}")
    p = cast.participant_id
    for data in (f"cpc:{p}", f"rly:{p}", f"cpn:{p}", f"alk:{alert}", f"apn:p:{p}"):
        replies = await harness.press(cast.coach, data)
        assert replies and replies[-1].startswith(REFUSED), (data, replies)
    listing = await harness.send(cast.coach, "/participants")
    assert not any("Amina" in text for text in listing)
    # The new coach has her, and her alert.
    replies = await harness.press(cast.other_coach, f"cpc:{p}")
    assert replies and "Amina" in replies[-1]
    await harness.press(cast.other_coach, f"alk:{alert}")
    async with deps_of(harness).sessionmaker() as session:
        acked = await session.get(Alert, alert)
        assert acked is not None and acked.acknowledged_by_id == cast.other_coach_id


async def test_a_dialogue_the_former_coach_began_goes_nowhere(harness: Harness, cast: Cast) -> None:
    await harness.press(cast.coach, f"cpn:{cast.participant_id}")  # a note begun while she was his
    await harness.press(cast.staff, f"rsg:{cast.participant_id}:{cast.other_coach_id}")
    replies = await harness.send(cast.coach, "Geheime Notiz")
    assert replies[0].startswith("Diese Person ist nicht mehr in Ihrer Liste.")


async def test_only_staff_reassign_and_forged_data_changes_nothing(harness: Harness, cast: Cast) -> None:
    p = cast.participant_id
    for user in (cast.coach, cast.other_coach, cast.participant):
        assert "nicht verfügbar" in (await harness.press(user, f"rsg:{p}:{cast.other_coach_id}"))[0]
    for data in (
        f"rsg:{p}:{cast.staff_id}",
        f"rsg:{p}:{p}",
        f"rsg:{p}:999",
        f"rsg:999:{cast.other_coach_id}",
        "rsg:x",
    ):
        assert "gilt nicht mehr" in (await harness.press(cast.staff, data))[-1], data
    async with deps_of(harness).sessionmaker() as session:
        amina = await session.get(Person, p)
        assert amina is not None and amina.coach_id == cast.coach_id


async def test_to_her_own_coach_changes_nothing(harness: Harness, cast: Cast) -> None:
    await harness.press(cast.staff, f"rsg:{cast.participant_id}:{cast.coach_id}")
    assert harness.request.sent(cast.staff.id, "editMessageText")[-1]["text"] == "Jonas berät Amina schon."
    async with deps_of(harness).sessionmaker() as session:
        assert (
            await session.scalar(select(AuditEntry).where(AuditEntry.action == "participant.reassign"))
            is None
        )
