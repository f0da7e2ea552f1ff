"""One coach never sees or touches another coach's participant: no command, no forged button.

Jonas (coach A) has Amina; Petra (coach B) has Bilal, with a check-in, an open alert, a
relayed message, a note, an appointment, a practice level and an invitation of her own.
Jonas presses every button that names a person, alert, appointment, message or invitation,
pointing at Bilal's; he is told the button is stale (or not his to press), nothing about
Bilal reaches his chat, and nothing changes.
"""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

from sqlalchemy import func, select

from bot.app import dispatcher_of
from bot.models import (
    Alert,
    AlertSource,
    AlertStatus,
    Appointment,
    AppointmentKind,
    AuditEntry,
    Checkin,
    CheckinAnswer,
    CheckinStatus,
    CoachNote,
    Invite,
    OutboxMessage,
    Person,
    PracticeProfile,
    RelayDirection,
    RelayMessage,
    Role,
    Severity,
)
from bot.services import appointments, invites
from handlers.access import BUTTONS, Audience

from harness import Harness, User
from seed import Cast, add_member, deps_of

STALE = "Diese Schaltfläche gilt nicht mehr."
NOT_ALLOWED = "Dieser Befehl ist für Sie nicht verfügbar."
SECRETS = ("Bilal", "Geheimnis im Check-in", "Geheime Nachricht", "Geheime Notiz", "Geheimweg 7")

# Buttons that carry no id of another person's things (their own settings and steps, or a
# group, which is not personal). Every other prefix must be forged below.
NO_FOREIGN_IDS = {
    "lang", "consent", "prv", "quiet", "practice", "set", "del", "invr", "invc",
    "prs", "prc", "prk", "prg", "prh", "prx", "prm", "prt", "sos", "duty", "tlk", "ctc",
}  # fmt: skip


async def bilals_world(harness: Harness, cast: Cast, bilal: User) -> dict[str, int]:
    """Bilal, Petra's participant, and everything of his; returns their ids."""
    deps = deps_of(harness)
    bilal_id = await add_member(harness, bilal, Role.PARTICIPANT, coach_id=cast.other_coach_id)
    now = deps.clock.now()
    async with deps.sessionmaker.begin() as session:
        petra = await session.get(Person, cast.other_coach_id)
        participant = await session.get(Person, bilal_id)
        assert petra is not None and participant is not None
        checkin = Checkin(
            person_id=bilal_id,
            questionnaire="weekly",
            period="2026-W48",
            status=CheckinStatus.PLANNED,
            offered_at=now,
            expires_at=now + timedelta(days=3),
        )
        session.add(checkin)
        await session.flush()
        done = Checkin(
            person_id=bilal_id,
            questionnaire="weekly",
            period="2026-W47",
            status=CheckinStatus.COMPLETED,
            offered_at=now - timedelta(days=7),
            expires_at=now - timedelta(days=4),
            completed_at=now - timedelta(days=7),
            triaged_at=now - timedelta(days=7),
        )
        session.add(done)
        await session.flush()
        session.add_all(
            [
                CheckinAnswer(
                    checkin_id=done.id, person_id=bilal_id, question="mood", score=1, answered_at=now
                ),
                CheckinAnswer(
                    checkin_id=done.id,
                    person_id=bilal_id,
                    question="text",
                    text="Geheimnis im Check-in",
                    text_language="de",
                    answered_at=now,
                ),
            ]
        )
        alert = Alert(
            participant_id=bilal_id,
            coach_id=cast.other_coach_id,
            source=AlertSource.CHECKIN,
            checkin_id=done.id,
            severity=int(Severity.CRISIS),
            reasons=[{"rule": "low_mood", "severity": int(Severity.URGENT), "detail": {}}],
            status=AlertStatus.OPEN,
            created_at=now,
            escalated_at=now,  # keeps the watch job away; not part of this test
        )
        relayed = RelayMessage(
            participant_id=bilal_id,
            coach_id=cast.other_coach_id,
            direction=RelayDirection.TO_PARTICIPANT,
            text="Geheime Nachricht",
            source_language="de",
            target_language="de",
            created_at=now,
        )
        note = CoachNote(
            participant_id=bilal_id, author_id=cast.other_coach_id, text="Geheime Notiz", created_at=now
        )
        session.add_all([alert, relayed, note, PracticeProfile(person_id=bilal_id, level="A2", topics=[])])
        appointment = await appointments.create(
            session,
            actor=petra,
            participant=participant,
            kind=AppointmentKind.JOB_CENTRE,
            starts_at=now + timedelta(days=1),
            place="Geheimweg 7",
            note="",
            now=now,
        )
        invite = await invites.create_invite(
            session, now=now, role=Role.PARTICIPANT, actor=petra, ttl=timedelta(days=7)
        )
        await session.flush()
        invite_id = (await session.scalars(select(Invite.id).order_by(Invite.id.desc()))).first()
        assert invite_id is not None and invite.token
        return {
            "bilal": bilal_id,
            "checkin": checkin.id,
            "alert": alert.id,
            "relay": relayed.id,
            "appointment": appointment.id,
            "invite": invite_id,
        }


async def snapshot(harness: Harness, bilal_id: int) -> dict[str, Any]:
    """What forging could change, as plain values."""
    async with deps_of(harness).sessionmaker() as session:

        async def count(model: Any, *where: Any) -> int:
            return int(await session.scalar(select(func.count()).select_from(model).where(*where)) or 0)

        bilal = await session.get(Person, bilal_id)
        profile = await session.get(PracticeProfile, bilal_id)
        assert bilal is not None and profile is not None
        return {
            "relayed": await count(RelayMessage),
            "notes": await count(CoachNote),
            "alerts": [(a.status, a.acknowledged_by_id) for a in await session.scalars(select(Alert))],
            "appointments": [
                (a.status, a.version, a.starts_at, a.answer)
                for a in await session.scalars(select(Appointment))
            ],
            "invites": [i.revoked_at for i in await session.scalars(select(Invite))],
            "level": profile.level,
            "outbox": await count(OutboxMessage),
            "answers": await count(CheckinAnswer),
            "checkins": [(c.status, c.started_at) for c in await session.scalars(select(Checkin))],
            "audit": await count(AuditEntry, AuditEntry.subject_id == bilal_id),
            "bilal": (bilal.coach_id, bilal.dialogue),
        }


def seen_by(harness: Harness, user: User) -> str:
    """Everything the bot sent to this chat (texts, captions, buttons, edits), as one string."""
    return json.dumps(
        [params for _, params in harness.request.calls if int(params.get("chat_id", 0) or 0) == user.id],
        ensure_ascii=False,
        default=str,
    )


async def test_forged_buttons_reach_nothing_of_another_coachs_participant(
    harness: Harness, cast: Cast
) -> None:
    bilal = User(40, "Bilal", "de")
    ids = await bilals_world(harness, cast, bilal)
    b, jonas = ids["bilal"], cast.coach
    forged = {
        "rly": [f"rly:{b}"],
        "alk": [f"alk:{ids['alert']}"],
        "rla": [f"rla:{ids['relay']}"],
        "cpc": [f"cpc:{b}"],
        "cpn": [f"cpn:{b}"],
        "cpl": ["cpl:1", "cpl:-1", "cpl:99"],
        "apm": [f"apm:{action}:{ids['appointment']}" for action in ("cancel", "move", "attended", "missed")],
        "apn": [f"apn:p:{b}"],
        "apa": [f"apa:no:{ids['appointment']}:1"],
        "aps": [f"aps:{ids['appointment']}"],
        "prl": [f"prl:p:{b}", f"prl:s:{b}:B1"],
        "invx": [f"invx:{ids['invite']}"],
        "invk": [f"invk:{b}"],
        "ck": [f"ck:go:{ids['checkin']}:0", f"ck:a:{ids['checkin']}:0:1", f"ck:skip:{ids['checkin']}:0"],
        "rsg": [f"rsg:{b}", f"rsg:{b}:{cast.coach_id}"],
        "coh": [f"coh:mp:{b}", f"coh:mt:{b}:0"],
        "bc": ["bc:a:participants", "bc:s:now"],
        "bcl": ["bcl:i:1", "bcl:x:1"],
        "bci": ["bci:1:1", "bci:1:0"],
        "mtw": [f"mtw:{b}"],  # a mentor's: a coach is refused
        "mtl": [f"mtl:{b}", f"mtl:{b}:{cast.coach_id}"],  # staff's
    }
    assert set(forged) | NO_FOREIGN_IDS == set(BUTTONS), "a new button prefix: forge it here, or list it"
    await dispatcher_of(harness.app).drain()  # Bilal hears of his appointment before
    before = await snapshot(harness, b)
    harness.request.clear()

    await harness.send(jonas, "/appointment")  # "apn:p" is only taken while choosing a person
    for prefix, datas in forged.items():
        for data in datas:
            replies = await harness.press(jonas, data)
            if prefix == "cpl":  # paging shows his own list, whatever the page number (or none)
                # (in the pressed message, edited)
                shown = replies or [harness.request.sent(jonas.id, "editMessageText")[-1]["text"]]
                assert shown[0].startswith(("Ihre Teilnehmenden (1), Seite 1 von 1:", STALE)), data
                continue
            # A coach's own buttons say "no longer valid"; those of participants or staff, "not for you".
            expected = STALE if BUTTONS[prefix] & Audience.COACH else NOT_ALLOWED
            assert len(replies) == 1 and replies[0].startswith(expected), (data, replies)
            async with deps_of(harness).sessionmaker() as session:
                coach = await session.get(Person, cast.coach_id)
            state = (coach.dialogue if coach else None) or {}
            assert b not in (state.get("participant"), state.get("participant_id")), data
            assert state.get("appointment_id") != ids["appointment"], data
    # Whatever dialogue he is in now, his next words reach nobody of Petra's.
    await harness.send(jonas, "Hallo, wie geht es Ihnen?")
    await dispatcher_of(harness.app).drain()

    assert await snapshot(harness, b) == before
    everything = seen_by(harness, jonas)
    for secret in SECRETS:
        assert secret not in everything, secret
    assert harness.request.sent(bilal.id) == []


async def test_lists_and_alerts_show_only_ones_own_participants(harness: Harness, cast: Cast) -> None:
    bilal = User(40, "Bilal", "de")
    ids = await bilals_world(harness, cast, bilal)
    jonas = cast.coach
    deps = deps_of(harness)
    async with deps.sessionmaker.begin() as session:
        amina = await session.get(Person, cast.participant_id)
        coach = await session.get(Person, cast.coach_id)
        assert amina is not None and coach is not None
        await appointments.create(
            session,
            actor=coach,
            participant=amina,
            kind=AppointmentKind.COURSE,
            starts_at=deps.clock.now() + timedelta(days=2),
            place="Kursraum 3",
            note="",
            now=deps.clock.now(),
        )
    harness.request.clear()

    replies = await harness.send(jonas, "/participants")
    assert replies[0].startswith("Ihre Teilnehmenden (1), Seite 1 von 1:") and "Amina" in replies[0]
    assert harness.request.buttons(jonas.id) == [f"cpc:{cast.participant_id}"]
    replies = await harness.send(jonas, "/appointments")
    assert (
        replies[0]
        == "Kommende Termine:\n1. Mittwoch, 25. November 2026, 10:00 Uhr: Amina, Kurs – ❔ keine Antwort"
    )
    await harness.send(jonas, "/level")
    assert harness.request.buttons(jonas.id) == [f"prl:p:{cast.participant_id}"]
    await harness.send(jonas, "/appointment")
    assert harness.request.buttons(jonas.id) == [f"apn:p:{cast.participant_id}"]
    await harness.send(jonas, "/cancel")

    # Bilal asks for help: Petra hears of it, Jonas does not.
    await harness.send(bilal, "/sos")
    await dispatcher_of(harness.app).drain()
    assert any(t.startswith("❗ Urgent: Bilal") for t in harness.request.texts(cast.other_coach.id))
    everything = seen_by(harness, jonas)
    for secret in SECRETS:
        assert secret not in everything, secret
    assert str(ids["alert"]) not in [b.split(":")[-1] for b in harness.request.buttons(jonas.id)]


async def test_a_message_begun_before_a_reassignment_is_not_sent(harness: Harness, cast: Cast) -> None:
    jonas = cast.coach
    await harness.press(jonas, f"rly:{cast.participant_id}")
    async with deps_of(harness).sessionmaker.begin() as session:
        amina = await session.get(Person, cast.participant_id)
        assert amina is not None
        amina.coach_id = cast.other_coach_id  # Amina now has Petra
    replies = await harness.send(jonas, "Wie geht es Ihnen?")
    assert replies == ["Diese Person ist nicht mehr in Ihrer Liste. Nichts wurde gesendet."]
    replies = await harness.press(jonas, f"rly:{cast.participant_id}")
    assert replies[0].startswith(STALE)
    async with deps_of(harness).sessionmaker() as session:
        assert await session.scalar(select(func.count()).select_from(RelayMessage)) == 0
    assert harness.request.sent(cast.participant.id) == []


async def test_queued_alerts_and_messages_do_not_follow_a_reassigned_participant(
    harness: Harness, cast: Cast
) -> None:
    amina = cast.participant
    await harness.send(amina, "/sos")
    await harness.press(amina, "sos:write")
    await harness.send(amina, "Mein Vermieter droht mir")
    async with deps_of(harness).sessionmaker() as session:
        queued = list(
            await session.scalars(
                select(OutboxMessage.kind).where(OutboxMessage.recipient_id == cast.coach_id)
            )
        )
    assert sorted(queued) == ["alert.coach", "relay.to_coach"]
    async with deps_of(harness).sessionmaker.begin() as session:  # Amina moves to Petra first
        moved = await session.get(Person, cast.participant_id)
        assert moved is not None
        moved.coach_id = cast.other_coach_id
    harness.request.clear()
    await dispatcher_of(harness.app).drain()
    assert "Amina" not in seen_by(harness, cast.coach) and "Vermieter" not in seen_by(harness, cast.coach)
    # The alert is Petra's to acknowledge now, not Jonas's.
    async with deps_of(harness).sessionmaker() as session:
        alert_id = await session.scalar(select(Alert.id))
    assert (await harness.press(cast.coach, f"alk:{alert_id}"))[0].startswith(STALE)
    replies = await harness.press(cast.other_coach, f"alk:{alert_id}")
    assert replies == [] and harness.toasts()[-1] == "Thank you. Amina will be told that you have seen it."
