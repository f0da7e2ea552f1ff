"""Mentors through the real Application: staff invite one and link participants to her; she sees
their names and upcoming appointments and writes to them (machine-translated), and is refused
everything else about them: check-in answers, alerts, notes, progress, forged buttons too."""

from __future__ import annotations

import re
from datetime import timedelta

from sqlalchemy import select

from bot.models import (
    Alert,
    AlertSource,
    AlertStatus,
    AppointmentKind,
    AuditEntry,
    Checkin,
    CheckinStatus,
    CoachNote,
    Invite,
    MentorLink,
    Person,
    RelayMessage,
    Role,
    Severity,
)
from bot.services import appointments, mentors

from harness import Harness, User
from seed import Cast, add_member, deliver, deps_of, rows

LINK = re.compile(r"https://t\.me/begleiter_test_bot\?start=([A-Za-z0-9_-]{22})")
MARIA = User(40, "Maria", "de")
REFUSED = ("Diese Schaltfläche gilt nicht mehr.", "Dieser Befehl ist für Sie nicht verfügbar.")


async def add_mentor(harness: Harness, cast: Cast, *, link: bool = True) -> int:
    mentor_id = await add_member(harness, MARIA, Role.MENTOR)
    if link:
        async with deps_of(harness).sessionmaker.begin() as session:
            await mentors.link(session, mentor_id, cast.participant_id, actor=None, now=harness.clock.now())
    return mentor_id


async def add_appointment(harness: Harness, cast: Cast, participant_id: int, hours: int) -> None:
    deps = deps_of(harness)
    async with deps.sessionmaker.begin() as session:
        coach = await session.get(Person, cast.coach_id)
        participant = await session.get(Person, participant_id)
        assert coach is not None and participant is not None
        await appointments.create(
            session,
            actor=coach,
            participant=participant,
            kind=AppointmentKind.JOB_CENTRE,
            starts_at=deps.clock.now() + timedelta(hours=hours),
            place="Lindenweg 3",
            note="Geheime Notiz",
            now=deps.clock.now(),
        )


async def audit(harness: Harness, action: str) -> list[AuditEntry]:
    async with deps_of(harness).sessionmaker() as session:
        return list(await session.scalars(select(AuditEntry).where(AuditEntry.action == action)))


async def test_staff_invite_a_mentor_who_joins_as_one(harness: Harness, cast: Cast) -> None:
    await harness.send(cast.staff, "/invite")
    assert "invr:mentor" in harness.request.buttons(cast.staff.id)
    replies = await harness.press(cast.staff, "invr:mentor")
    assert "Einladung für: Mentorin/Mentor" in replies[0]
    token = LINK.search(replies[0]).group(1)  # type: ignore[union-attr]
    (invite,) = await rows(harness, Invite)
    assert invite.role is Role.MENTOR and invite.coach_id is None
    # A coach may not invite one (a forged button).
    await harness.send(cast.coach, "/invite")
    assert (await harness.press(cast.coach, "invr:mentor"))[0].startswith(REFUSED)

    await harness.send(MARIA, f"/start {token}")
    await harness.press(MARIA, "lang:de")
    await harness.press(MARIA, "consent:yes")
    (done,) = await harness.press(MARIA, "quiet:2108")
    assert (
        done.startswith("Fertig!") and "/participants – Ihre Teilnehmenden und ihre nächsten Termine" in done
    )
    async with deps_of(harness).sessionmaker() as session:
        maria = await session.scalar(select(Person).where(Person.telegram_user_id == MARIA.id))
        assert maria is not None and maria.role is Role.MENTOR and maria.coach_id is None
    replies = await harness.send(MARIA, "/participants")
    assert replies == ["Ihnen ist noch niemand zugeordnet. Das Team ordnet Ihnen Teilnehmende zu."]


async def test_staff_link_and_unlink_a_mentor_from_the_card(harness: Harness, cast: Cast) -> None:
    p = cast.participant_id
    replies = await harness.press(cast.staff, f"mtl:{p}")
    assert replies == [
        "Es gibt noch keine Mentorin und keinen Mentor. Laden Sie eine Person mit /invite ein."
    ]
    mentor_id = await add_mentor(harness, cast, link=False)
    await harness.press(cast.staff, f"cpc:{p}")
    assert f"mtl:{p}" in harness.request.buttons(cast.staff.id)
    await harness.press(cast.coach, f"cpc:{p}")
    assert not any(b.startswith("mtl:") for b in harness.request.buttons(cast.coach.id)), "staff only"

    replies = await harness.press(cast.staff, f"mtl:{p}")
    assert replies == [
        "Welche Mentorin oder welcher Mentor begleitet Amina? ✓ heißt: schon zugeordnet; Tippen hebt es auf."
    ]
    assert harness.request.buttons(cast.staff.id) == [f"mtl:{p}:{mentor_id}"]
    replies = await harness.press(cast.staff, f"mtl:{p}:{mentor_id}")
    assert replies == [
        "Zugeordnet: Die Mentorin oder der Mentor sieht jetzt Amina mit Namen und Terminen und kann schreiben."
    ]
    assert [(link.mentor_id, link.participant_id) for link in await rows_links(harness)] == [(mentor_id, p)]
    assert harness.request.texts(MARIA.id) == [
        "Ihnen ist jetzt Amina zugeordnet. Namen und Termine sehen Sie unter /participants."
    ]
    (entry,) = await audit(harness, "mentor.link")
    assert entry.actor_id == cast.staff_id and entry.subject_id == p

    await harness.press(cast.staff, f"mtl:{p}")
    assert harness.request.buttons(cast.staff.id) == [f"mtl:{p}:{mentor_id}:0"]  # ticked: pressing unlinks
    replies = await harness.press(cast.staff, f"mtl:{p}:{mentor_id}:0")
    assert replies == ["Zuordnung für Amina aufgehoben."]
    assert len(harness.request.texts(MARIA.id)) == 1, "she is told of a new one only"
    assert await rows_links(harness) == []
    # Forged: a coach, a mentor, someone who is no mentor, someone who is no participant.
    assert (await harness.press(cast.coach, f"mtl:{p}:{mentor_id}"))[0].startswith(REFUSED)
    assert (await harness.press(MARIA, f"mtl:{p}:{mentor_id}"))[0].startswith(REFUSED)
    assert (await harness.press(cast.staff, f"mtl:{p}:{cast.coach_id}"))[0].startswith(REFUSED)
    assert (await harness.press(cast.staff, f"mtl:{cast.coach_id}:{mentor_id}"))[0].startswith(REFUSED)
    assert await rows_links(harness) == []


async def rows_links(harness: Harness) -> list[MentorLink]:
    async with deps_of(harness).sessionmaker() as session:
        return list(await session.scalars(select(MentorLink)))


async def test_the_mentor_sees_her_participants_names_and_upcoming_appointments(
    harness: Harness, cast: Cast
) -> None:
    await add_mentor(harness, cast)
    other = await add_member(harness, User(31, "Olga", "uk"), Role.PARTICIPANT, coach_id=cast.coach_id)
    await add_appointment(harness, cast, cast.participant_id, 30)
    await add_appointment(harness, cast, other, 20)
    (listing,) = await harness.send(MARIA, "/participants")
    assert listing.startswith(
        "Ihre Teilnehmenden (1): Namen und die nächsten Termine.\n\n👤 Amina\n   📅 Jobcenter, "
    )
    assert "Olga" not in listing, "only the participants linked to her"
    assert "Lindenweg" not in listing and "Geheime Notiz" not in listing, "no place, no note"
    assert harness.request.buttons(MARIA.id) == [f"mtw:{cast.participant_id}"]
    (entry,) = await audit(harness, "mentor.view")
    assert entry.details == {"participant_ids": [cast.participant_id]}
    # The menu label under her chat opens the same list.
    assert (await harness.send(MARIA, "👥 Teilnehmende"))[0] == listing


async def test_the_mentor_writes_with_translation_and_her_answer_goes_to_her_coach(
    harness: Harness, cast: Cast, mt: None
) -> None:
    mentor_id = await add_mentor(harness, cast)
    replies = await harness.press(MARIA, f"mtw:{cast.participant_id}")
    assert replies == [
        "Schreiben Sie Ihre Nachricht an Amina auf Deutsch. Sie kommt mit maschineller Übersetzung an (العربية)."
    ]
    replies = await harness.send(MARIA, "Ich rufe Sie morgen an")
    assert replies == [
        "Gesendet an Amina, mit dieser maschinellen Übersetzung:\n\n«سأتصل بك غدا»\n\n"
        "Antwortet die Person, geht ihre Antwort an ihre Beratung (Jonas), nicht an Sie."
    ]
    (sent,) = await rows(harness, RelayMessage)
    assert sent.coach_id == mentor_id
    (entry,) = await audit(harness, "relay.sent")
    assert entry.actor_id == mentor_id and entry.subject_id == cast.participant_id
    await deliver(harness)
    (received,) = harness.request.texts(cast.participant.id)
    assert received.startswith("Nachricht von Ihrer Mentorin oder Ihrem Mentor Maria:")
    assert "«سأتصل بك غدا»" in received
    assert harness.request.buttons(cast.participant.id) == [f"rla:{sent.id}"]

    await harness.press(cast.participant, f"rla:{sent.id}")
    await harness.send(cast.participant, "شكرا")
    await deliver(harness)
    assert any("شكرا" in text for text in harness.request.texts(cast.coach.id)), (
        "her answer reaches her coach"
    )
    assert not any("شكرا" in text for text in harness.request.texts(MARIA.id)), "not the mentor"


async def test_a_message_begun_is_not_sent_once_she_is_unlinked(harness: Harness, cast: Cast) -> None:
    mentor_id = await add_mentor(harness, cast)
    await harness.press(MARIA, f"mtw:{cast.participant_id}")
    async with deps_of(harness).sessionmaker.begin() as session:
        await mentors.unlink(session, mentor_id, cast.participant_id, actor=None, now=harness.clock.now())
    replies = await harness.send(MARIA, "Hallo")
    assert replies == ["Diese Person ist nicht mehr in Ihrer Liste. Nichts wurde gesendet."]
    assert await rows(harness, RelayMessage) == []


async def test_the_mentor_is_refused_everything_else_about_her(harness: Harness, cast: Cast) -> None:
    await add_mentor(harness, cast)
    p = cast.participant_id
    other = await add_member(harness, User(31, "Olga", "uk"), Role.PARTICIPANT, coach_id=cast.coach_id)
    deps = deps_of(harness)
    now = deps.clock.now()
    async with deps.sessionmaker.begin() as session:
        alert = Alert(
            participant_id=p,
            coach_id=cast.coach_id,
            source=AlertSource.HELP_BUTTON,
            severity=int(Severity.URGENT),
            reasons=[{"rule": "help", "severity": int(Severity.URGENT), "detail": {}}],
            status=AlertStatus.OPEN,
            created_at=now,
            escalated_at=now,
        )
        checkin = Checkin(
            person_id=p,
            questionnaire="weekly",
            period="2026-W48",
            status=CheckinStatus.PLANNED,
            offered_at=now,
            expires_at=now + timedelta(days=3),
        )
        session.add_all(
            [
                alert,
                checkin,
                CoachNote(participant_id=p, author_id=cast.coach_id, text="Geheime Notiz", created_at=now),
            ]
        )
        await session.flush()
        alert_id, checkin_id = alert.id, checkin.id
    await add_appointment(harness, cast, p, 30)
    presses = [
        f"cpc:{p}",  # the card: check-in answers, mood, notes, progress
        f"cpn:{p}",  # a note
        "cpl:0",  # the coach's list
        f"alk:{alert_id}",  # an alert
        f"rly:{p}",  # the coach's write flow
        f"prl:p:{p}",  # her practice level
        f"ck:go:{checkin_id}:0",  # her check-in
        f"apn:p:{p}",  # an appointment for her
        f"apm:cancel:{p}",
        f"rsg:{p}",
        f"mtl:{p}",
        f"mtw:{other}",  # forged: a participant not linked to her
        f"mtw:{cast.coach_id}",  # forged: no participant
        "mtw:x",
    ]
    for data in presses:
        replies = await harness.press(MARIA, data)
        assert replies and replies[0].startswith(REFUSED), (data, replies)
    for command in ("/alerts", "/progress", "/checkin", "/appointments", "/appointment", "/level", "/invite",
                    "🔔 Offene Meldungen"):  # fmt: skip
        replies = await harness.send(MARIA, command)
        assert replies and replies[0].startswith(REFUSED), (command, replies)
    seen = "\n".join(harness.request.texts(MARIA.id))
    for secret in ("Geheime Notiz", "Lindenweg 3", "Olga"):
        assert secret not in seen
    assert await audit(harness, "relay.sent") == []
    async with deps.sessionmaker() as session:
        maria = await session.scalar(select(Person).where(Person.telegram_user_id == MARIA.id))
        assert maria is not None and maria.dialogue is None, "no dialogue about her began"
    # And the mentor's own button is hers alone: a coach or the participant pressing it is refused.
    for user in (cast.coach, cast.staff, cast.participant):
        assert (await harness.press(user, f"mtw:{p}"))[0].startswith(REFUSED)


async def test_erasure_on_either_side_takes_the_link(harness: Harness, cast: Cast) -> None:
    await add_mentor(harness, cast)
    await harness.send(MARIA, "/delete")
    await harness.press(MARIA, "del:yes")
    assert await rows_links(harness) == []
    maria = User(41, "Maria", "de")
    mentor_id = await add_member(harness, maria, Role.MENTOR)
    async with deps_of(harness).sessionmaker.begin() as session:
        await mentors.link(session, mentor_id, cast.participant_id, actor=None, now=harness.clock.now())
    await harness.send(cast.participant, "/delete")
    await harness.press(cast.participant, "del:yes")
    assert await rows_links(harness) == []
    assert await harness.send(maria, "/participants") == [
        "Ihnen ist noch niemand zugeordnet. Das Team ordnet Ihnen Teilnehmende zu."
    ]
