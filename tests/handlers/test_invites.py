"""/invite in the chat: staff and coaches make links with a QR code; others cannot."""

from __future__ import annotations

import re

from sqlalchemy import select

from bot.models import Cohort, Invite, Person, Role

from harness import Harness, User
from seed import Cast, deps_of

LINK = re.compile(r"https://t\.me/begleiter_test_bot\?start=([A-Za-z0-9_-]{22})")


async def invites(harness: Harness) -> list[Invite]:
    async with deps_of(harness).sessionmaker() as session:
        return list(await session.scalars(select(Invite).order_by(Invite.id)))


async def test_staff_invites_a_participant_into_a_new_group_with_a_coach(
    harness: Harness, cast: Cast
) -> None:
    replies = await harness.send(cast.staff, "/invite")
    assert replies == ["Wen möchten Sie einladen?"]
    assert harness.request.buttons(cast.staff.id) == [
        "invr:participant",
        "invr:coach",
        "invr:staff",
        "invr:mentor",
    ]
    replies = await harness.press(cast.staff, "invr:participant")
    assert replies[0].startswith("Für welche Gruppe?")
    assert harness.request.buttons(cast.staff.id) == ["invc:0"]
    replies = await harness.send(cast.staff, "  Pflege   Kassel 2026 ")  # typed: a new group
    assert replies == ["Neue Gruppe „Pflege Kassel 2026“ anlegen?"]
    assert harness.request.buttons(cast.staff.id) == ["invc:new", "invc:other"]
    replies = await harness.press(cast.staff, "invc:new")
    assert replies[0] == "Wer ist die Beraterin oder der Berater?"
    assert harness.request.buttons(cast.staff.id) == [
        f"invk:{cast.coach_id}",
        f"invk:{cast.other_coach_id}",
        "invk:0",
    ]
    replies = await harness.press(cast.staff, f"invk:{cast.other_coach_id}")
    assert "Teilnehmende Person" in replies[0] and "Pflege Kassel 2026" in replies[0]
    token = LINK.search(replies[0]).group(1)  # type: ignore[union-attr]
    assert replies[1].startswith("[sendPhoto] QR-Code der Einladung")
    photo = harness.request.sent(cast.staff.id, "sendPhoto")[0]
    (png,) = photo["_files"].values()
    assert png.startswith(b"\x89PNG")

    (invite,) = await invites(harness)
    assert invite.role is Role.PARTICIPANT and invite.coach_id == cast.other_coach_id
    assert invite.token_hint == token[:4]
    # The new person lands with that coach and group.
    newcomer = User(800, "Mariam", "ar")
    await harness.send(newcomer, f"/start {token}")
    async with deps_of(harness).sessionmaker() as session:
        person = await session.scalar(select(Person).where(Person.telegram_user_id == 800))
        cohort = await session.scalar(select(Cohort))
    assert person is not None and cohort is not None
    assert (person.coach_id, person.cohort_id, cohort.name) == (
        cast.other_coach_id,
        cohort.id,
        "Pflege Kassel 2026",
    )


async def test_staff_invites_a_coach_directly(harness: Harness, cast: Cast) -> None:
    await harness.send(cast.staff, "/invite")
    replies = await harness.press(cast.staff, "invr:coach")
    assert "Einladung für: Beraterin oder Berater" in replies[0]
    assert (await invites(harness))[0].role is Role.COACH


async def test_a_coach_invites_only_their_own_participants(harness: Harness, cast: Cast) -> None:
    replies = await harness.send(cast.other_coach, "/invite")
    assert replies[0].startswith("For which group?")  # straight to the group: coaches invite participants
    replies = await harness.press(cast.other_coach, "invc:0")
    assert LINK.search(replies[0])
    (invite,) = await invites(harness)
    assert invite.role is Role.PARTICIPANT and invite.coach_id == cast.other_coach_id
    # A forged "invite staff" button from a coach does nothing.
    await harness.send(cast.other_coach, "/invite")
    replies = await harness.press(cast.other_coach, "invr:staff")
    assert "no longer valid" in replies[0]
    # A coach may not pick another coach (staff-only button).
    replies = await harness.press(cast.other_coach, f"invk:{cast.coach_id}")
    assert "not available" in replies[0]
    assert len(await invites(harness)) == 1


async def test_revoke_button_withdraws_the_link(harness: Harness, cast: Cast) -> None:
    await harness.send(cast.coach, "/invite")
    replies = await harness.press(cast.coach, "invc:0")
    token = LINK.search(replies[0]).group(1)  # type: ignore[union-attr]
    invite_id = (await invites(harness))[0].id
    # Another coach cannot withdraw it.
    assert "no longer valid" in (await harness.press(cast.other_coach, f"invx:{invite_id}"))[0]
    assert (await invites(harness))[0].revoked_at is None
    replies = await harness.press(cast.coach, f"invx:{invite_id}")
    assert replies == ["Die Einladung ist zurückgezogen."]
    assert "zurückgezogen" in (await harness.send(User(801, "Late", "de"), f"/start {token}"))[0]


async def test_stale_invite_buttons_and_bad_group_names(harness: Harness, cast: Cast) -> None:
    # No dialogue open: group and coach buttons are stale.
    assert "gilt nicht mehr" in (await harness.press(cast.staff, "invc:0"))[0]
    assert "gilt nicht mehr" in (await harness.press(cast.staff, "invk:0"))[0]
    await harness.send(cast.staff, "/invite")
    await harness.press(cast.staff, "invr:participant")
    assert "gilt nicht mehr" in (await harness.press(cast.staff, "invc:99999"))[0]
    assert "1 bis 80 Zeichen" in (await harness.send(cast.staff, "x" * 200))[0]
    # /cancel leaves the dialogue; typed text is then just text.
    assert (await harness.send(cast.staff, "/cancel"))[0] == "Abgebrochen."
    assert "niemand liest sie hier" in (await harness.send(cast.staff, "Pflege"))[0]
    assert await invites(harness) == []


async def test_invite_without_pictures_still_gives_the_link(harness: Harness, cast: Cast) -> None:
    harness.request.fail_methods.add("sendPhoto")
    await harness.send(cast.coach, "/invite")
    replies = await harness.press(cast.coach, "invc:0")
    assert LINK.search(replies[0]) and len(replies) == 1


async def cohorts(harness: Harness) -> list[str]:
    async with deps_of(harness).sessionmaker() as session:
        return list(await session.scalars(select(Cohort.name).order_by(Cohort.id)))


async def test_a_new_group_is_made_only_once_confirmed(harness: Harness, cast: Cast) -> None:
    await harness.send(cast.coach, "/invite")
    replies = await harness.send(cast.coach, "Plfege 2026")  # a typo
    assert replies == ["Neue Gruppe „Plfege 2026“ anlegen?"]
    assert await cohorts(harness) == []
    replies = await harness.press(cast.coach, "invc:other")
    assert replies[0].startswith("Für welche Gruppe?")
    assert await cohorts(harness) == [] and await invites(harness) == []
    # Pressing "yes" of the old question now does nothing.
    assert "gilt nicht mehr" in (await harness.press(cast.coach, "invc:new"))[0]
    assert await cohorts(harness) == []

    await harness.send(cast.coach, "/invite")
    await harness.send(cast.coach, "Pflege 2026")
    replies = await harness.press(cast.coach, "invc:new")
    assert LINK.search(replies[0]) and "Pflege 2026" in replies[0]
    assert await cohorts(harness) == ["Pflege 2026"]

    # A group that exists is taken as typed, without asking.
    await harness.send(cast.coach, "/invite")
    replies = await harness.send(cast.coach, " Pflege  2026")
    assert LINK.search(replies[0])
    assert await cohorts(harness) == ["Pflege 2026"] and len(await invites(harness)) == 2
