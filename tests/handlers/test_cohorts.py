"""/cohorts through the real Application: staff create, rename and archive groups, set a check-in
time, make an invitation link with its QR code, and move participants (their coach stays)."""

from __future__ import annotations

from datetime import time

from sqlalchemy import select

from bot.models import AuditEntry, Cohort, Invite, Person
from bot.services import invites

from harness import Harness
from seed import Cast, deps_of, make_invite

STALE = "gilt nicht mehr"


async def cohort_named(harness: Harness, name: str) -> Cohort:
    async with deps_of(harness).sessionmaker() as session:
        found = await session.scalar(select(Cohort).where(Cohort.name == name))
        assert found is not None
        return found


async def person(harness: Harness, person_id: int) -> Person:
    async with deps_of(harness).sessionmaker() as session:
        found = await session.get(Person, person_id)
        assert found is not None
        return found


def last_edit(harness: Harness, chat_id: int) -> str:
    return str(harness.request.sent(chat_id, "editMessageText")[-1]["text"])


async def create(harness: Harness, cast: Cast, name: str) -> Cohort:
    await harness.press(cast.staff, "coh:new")
    await harness.send(cast.staff, name)
    return await cohort_named(harness, name)


async def test_staff_create_a_group_by_typing_its_name(harness: Harness, cast: Cast) -> None:
    replies = await harness.send(cast.staff, "/cohorts")
    assert replies == ["Es gibt noch keine Gruppe. Legen Sie eine an."]
    assert harness.request.buttons(cast.staff.id) == ["coh:new"]
    replies = await harness.press(cast.staff, "coh:new")
    assert replies[0].startswith("Wie soll die neue Gruppe heißen?")
    replies = await harness.send(cast.staff, "  Pflege   2027 ")
    assert replies[0] == "Die Gruppe „Pflege 2027“ ist angelegt."
    assert replies[1].startswith("Gruppe: Pflege 2027\nTeilnehmende: 0\nCheck-in: wie voreingestellt")
    made = await cohort_named(harness, "Pflege 2027")
    assert f"coh:inv:{made.id}" in harness.request.buttons(cast.staff.id)
    # A second group of the same name (in any case) is refused kindly; the dialogue goes on.
    await harness.press(cast.staff, "coh:new")
    replies = await harness.send(cast.staff, "pflege 2027")
    assert replies == ["Eine Gruppe „pflege 2027“ gibt es schon. Bitte schreiben Sie einen anderen Namen."]
    replies = await harness.send(cast.staff, "x" * 81)
    assert replies == ["Bitte schreiben Sie einen Namen mit 1 bis 80 Zeichen."]
    replies = await harness.send(cast.staff, "Kita 2027")
    assert replies[0] == "Die Gruppe „Kita 2027“ ist angelegt."
    await harness.send(cast.staff, "/cohorts")
    assert [b for b in harness.request.buttons(cast.staff.id)][-1] == "coh:new"
    assert len(harness.request.buttons(cast.staff.id)) == 3


async def test_rename_and_archive_and_restore(harness: Harness, cast: Cast) -> None:
    made = await create(harness, cast, "Pflege 2027")
    await harness.press(cast.staff, f"coh:rn:{made.id}")
    replies = await harness.send(cast.staff, "Pflege Herbst 2027")
    assert replies[0] == "Die Gruppe heißt jetzt „Pflege Herbst 2027“."
    assert (await cohort_named(harness, "Pflege Herbst 2027")).id == made.id

    await harness.press(cast.staff, f"coh:ar:{made.id}")
    assert "Archiviert: Diese Gruppe wird bei Einladungen nicht mehr angeboten." in last_edit(
        harness, cast.staff.id
    )
    assert (await cohort_named(harness, "Pflege Herbst 2027")).archived_at is not None
    async with deps_of(harness).sessionmaker() as session:
        assert made.id not in [c.id for c in await invites.recent_cohorts(session)]
    replies = await harness.press(cast.staff, f"coh:inv:{made.id}")
    assert replies == ["Diese Gruppe ist archiviert. Für sie gibt es keine neuen Einladungen."]

    await harness.press(cast.staff, f"coh:ua:{made.id}")
    assert (await cohort_named(harness, "Pflege Herbst 2027")).archived_at is None
    async with deps_of(harness).sessionmaker() as session:
        actions = [e.action for e in await session.scalars(select(AuditEntry).order_by(AuditEntry.id))]
    assert actions[-4:] == ["cohort.create", "cohort.rename", "cohort.archive", "cohort.restore"]


async def test_a_check_in_time_per_group(harness: Harness, cast: Cast) -> None:
    made = await create(harness, cast, "Pflege 2027")
    await harness.press(cast.staff, f"coh:wd:{made.id}")
    assert last_edit(harness, cast.staff.id) == "Check-in für „Pflege 2027“: an welchem Tag?"
    await harness.press(cast.staff, f"coh:at:{made.id}:2")
    assert last_edit(harness, cast.staff.id) == "Check-in für „Pflege 2027“ am Mittwoch: um wie viel Uhr?"
    replies = await harness.press(cast.staff, f"coh:st:{made.id}:2:1000")
    assert last_edit(harness, cast.staff.id) == "Check-in für „Pflege 2027“: Mittwoch, 10:00 Uhr."
    assert "Check-in: Mittwoch, 10:00 Uhr" in replies[-1]
    stored = await cohort_named(harness, "Pflege 2027")
    assert (stored.checkin_weekday, stored.checkin_time) == (2, time(10))
    # A time not offered (forged data) changes nothing.
    assert STALE in (await harness.press(cast.staff, f"coh:st:{made.id}:2:0317"))[-1]
    await harness.press(cast.staff, f"coh:st:{made.id}:d")
    stored = await cohort_named(harness, "Pflege 2027")
    assert (stored.checkin_weekday, stored.checkin_time) == (None, None)


async def test_an_invitation_link_with_its_qr_code_joins_the_group(harness: Harness, cast: Cast) -> None:
    made = await create(harness, cast, "Pflege 2027")
    replies = await harness.press(cast.staff, f"coh:inv:{made.id}")
    assert replies[0].startswith(
        "Einladungslink für die Gruppe „Pflege 2027“\nAnmeldungen möglich: 30 · gültig bis"
    )
    link = replies[0].splitlines()[-1]
    assert link.startswith("https://t.me/") and "?start=" in link
    photo = harness.request.sent(cast.staff.id, "sendPhoto")[-1]
    assert photo["caption"] == "QR-Code für die Gruppe „Pflege 2027“"
    async with deps_of(harness).sessionmaker() as session:
        invite = await session.scalar(select(Invite).order_by(Invite.id.desc()))
        assert invite is not None and invite.cohort_id == made.id and invite.max_uses == 30
        assert invite.token_hash == invites.hash_token(link.split("?start=")[1])


async def test_move_a_participant_her_coach_stays(harness: Harness, cast: Cast) -> None:
    first = await create(harness, cast, "Pflege 2027")
    second = await create(harness, cast, "Kita 2027")
    await harness.press(cast.staff, f"coh:mp:{cast.participant_id}")
    assert last_edit(harness, cast.staff.id) == "In welche Gruppe soll Amina? Die Beratung bleibt gleich."
    await harness.press(cast.staff, f"coh:mt:{cast.participant_id}:{first.id}")
    assert (
        last_edit(harness, cast.staff.id)
        == "Amina ist jetzt in der Gruppe „Pflege 2027“. Die Beratung bleibt gleich."
    )
    amina = await person(harness, cast.participant_id)
    assert (amina.cohort_id, amina.coach_id) == (first.id, cast.coach_id)

    # From the group's list of people to another group.
    await harness.press(cast.staff, f"coh:mv:{first.id}")
    assert last_edit(harness, cast.staff.id) == "Wen aus „Pflege 2027“ möchten Sie verschieben?"
    assert f"coh:mp:{cast.participant_id}" in str(harness.request.sent(cast.staff.id, "editMessageText")[-1])
    await harness.press(cast.staff, f"coh:mt:{cast.participant_id}:{second.id}")
    amina = await person(harness, cast.participant_id)
    assert (amina.cohort_id, amina.coach_id) == (second.id, cast.coach_id)
    await harness.press(cast.staff, f"coh:mt:{cast.participant_id}:0")
    assert (await person(harness, cast.participant_id)).cohort_id is None
    # Into an archived group: refused.
    await harness.press(cast.staff, f"coh:ar:{first.id}")
    replies = await harness.press(cast.staff, f"coh:mt:{cast.participant_id}:{first.id}")
    assert "archiviert" in replies[-1]
    assert (await person(harness, cast.participant_id)).cohort_id is None


async def test_only_staff_reach_cohorts(harness: Harness, cast: Cast) -> None:
    made = await create(harness, cast, "Pflege 2027")
    for user in (cast.coach, cast.participant):
        assert "nicht verfügbar" in (await harness.send(user, "/cohorts"))[0]
        assert "nicht verfügbar" in (await harness.press(user, f"coh:mt:{cast.participant_id}:{made.id}"))[0]
    assert (await person(harness, cast.participant_id)).cohort_id is None
    newcomer_token = await make_invite(harness, cohort="Pflege 2027")
    assert newcomer_token


async def test_forged_or_unknown_data_is_stale(harness: Harness, cast: Cast) -> None:
    for data in (
        "coh:zz",
        "coh:c:999",
        "coh:rn:999",
        "coh:inv:999",
        "coh:mp:999",
        "coh:mt:999:0",
        "coh:at:1:9",
    ):
        assert STALE in (await harness.press(cast.staff, data))[-1], data


async def test_a_groups_card_shows_its_language_mix(harness: Harness, cast: Cast) -> None:
    made = await create(harness, cast, "Pflege 2027")
    await harness.press(cast.staff, f"coh:c:{made.id}")
    assert "Sprachen" not in last_edit(harness, cast.staff.id)  # nobody in it yet
    await harness.press(cast.staff, f"coh:mt:{cast.participant_id}:{made.id}")
    await harness.press(cast.staff, f"coh:c:{made.id}")
    card = last_edit(harness, cast.staff.id)
    assert card.startswith(
        "Gruppe: Pflege 2027\nTeilnehmende: 1\nCheck-in: wie voreingestellt\nSprachen: العربية 1"
    )
