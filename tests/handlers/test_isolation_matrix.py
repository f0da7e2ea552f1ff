"""Every button and every command that reaches a participant, against every state she can be in,
pressed by every kind of person: acted on only while she agrees, and only by those who are hers.

Lina is a participant of Jonas (coach) with an appointment, an alert, a relayed message, a
check-in, a note and a practice level; Maria is a mentor staff linked to her (she sees Lina's name
and upcoming appointments and writes to her, nothing else). She is in one of STATES; one of ACTORS presses each entry
of MATRIX (callback data, or a command). The expected outcome of every cell is written out in
MATRIX, one string per state with one letter per actor:

    Y  acts on her: not refused, and her data changes, or she is shown, or a dialogue about her begins
    y  her own step (she alone presses it): passes the access rules; with nothing in progress it may
       find nothing to do
    N  refused with a kind message; nothing of hers changes, nothing of hers is shown
    -  the presser's own button or list: whatever it does for them, she is not touched

A new callback prefix fails `test_every_button_prefix_is_in_the_matrix` until it is added here.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from bot.models import (
    Alert,
    AlertSource,
    AlertStatus,
    Appointment,
    AppointmentKind,
    AuditEntry,
    Checkin,
    CheckinStatus,
    CoachNote,
    ConsentRecord,
    Invite,
    OutboxMessage,
    Person,
    PersonStatus,
    PracticeProfile,
    RelayDirection,
    RelayMessage,
    Role,
    Severity,
)
from bot.services import appointments, invites, mentors
from bot.strangers import StrangerGate
from handlers.access import BUTTONS

from harness import Harness, User
from seed import Cast, add_member, deps_of

STATES = ["invited", "onboarding", "declined", "agreed", "paused", "deleted", "moved"]
# Her (first) coach Jonas, the other coach Petra, staff, Lina herself, a stranger, her mentor Maria.
ACTORS = "COSPXM"
MENTOR = User(45, "Maria", "de")
NAME = "Lina Nachtigall"
SECRETS = ("Nachtigall", "Lindenweg 3", "Geheime Notiz", "Geheime Nachricht")
REFUSALS = (
    "Diese Schaltfläche gilt nicht mehr.",
    "Dieser Befehl ist für Sie nicht verfügbar.",
    "Dieser Bot ist nur mit Einladung nutzbar.",
    "Diese Person ist nicht mehr in Ihrer Liste.",
    "Diese Person gehört nicht zu Ihren Teilnehmenden.",
)
GATE = REFUSALS[1:3]  # refused by the access table itself

# Who may act on her: her coach and staff while she agrees; after a move, her new coach, not the old.
HERS = {
    "invited": "NNNNN", "onboarding": "NNNNN", "declined": "NNNNN", "agreed": "YNYNN",
    "paused": "YNYNN", "deleted": "NNNNN", "moved": "NYYNN",
}  # fmt: skip
# Lists of coaches and staff: she is shown to those she is visible to; for the others it is
# their own list without her.
LISTED = {state: "".join("-" if c == "N" else c for c in row[:3]) + "NN" for state, row in HERS.items()}
LISTED_ALL = {state: "".join("-" if c == "N" else c for c in row[:3]) + "-N" for state, row in HERS.items()}
# A dialogue about her begun while she agreed and was Jonas's, taken up after her state changed:
# Petra never had one (her words go nowhere of Lina's); Lina's own words are her own.
BEGUN = {
    "invited": "-----", "onboarding": "N-N-N", "declined": "N-N-N", "agreed": "Y-YyN",
    "paused": "Y-YyN", "deleted": "N-N-N", "moved": "N-YyN",
}  # fmt: skip
SAVED = {state: row[:3] + "NN" for state, row in BEGUN.items()}
# Staff alone, naming her: while staff may see her.
STAFF_ONLY = {state: "NN" + row[2] + "NN" for state, row in HERS.items()}


def own(she: str, coaches: str = "---") -> dict[str, str]:
    """A button about the presser themself: `she` is her letter in each state (as she may press
    it then), `coaches` the letters of Jonas, Petra and staff."""
    return {state: coaches + letter + "N" for state, letter in zip(STATES, she, strict=True)}


#        states:  invited onboarding declined agreed paused deleted moved
MATRIX: dict[str, dict[str, str]] = {
    # -- coach and staff, naming her ------------------------------------------------------
    "cpl:0": LISTED,
    "/participants": LISTED,
    "/appointment": LISTED,
    "/level": LISTED_ALL,
    "/alerts": LISTED,
    "/appointments": LISTED_ALL,
    "cpc:{p}": HERS,
    "cpn:{p}": HERS,
    "cpn:{p} + text": BEGUN,  # a note begun while she agreed, typed after her state changed
    "rly:{p}": HERS,
    "rly:{p} + text": BEGUN,  # a message begun while she agreed
    "prl:p:{p}": HERS,
    "prl:s:{p}:B1": HERS,
    "apn:p:{p}": HERS,  # after /appointment
    "apn:when + text": BEGUN,  # each later step of a draft begun while she agreed
    "apn:k:course": SAVED,
    "apn:place + text": BEGUN,
    "apn:skip": SAVED,
    "apn:discard": SAVED,
    "apn:save": SAVED,
    "alk:{alert}": HERS,
    "apm:cancel:{a0}": HERS,
    "apm:move:{a1}": HERS,
    "apm:move:{a1} + text": BEGUN,  # a move begun while she agreed
    "apm:attended:{past}": HERS,
    "apm:missed:{past}": HERS,
    "coh:mp:{p}": STAFF_ONLY,  # another group for her
    "rsg:{p}": STAFF_ONLY,  # another coach for her
    "mtl:{p}": STAFF_ONLY,  # a mentor for her
    # -- her mentor's (the mentor's letters are in MENTOR_ROW) -------------------------------
    "mtw:{p}": {state: "NNNNN" for state in STATES},  # writing to her
    "mtw:{p} + text": {state: "---" + row[3:5] for state, row in BEGUN.items()},  # begun while she agreed
    # -- hers alone ------------------------------------------------------------------------
    "apa:yes:{a2}:1": own("NNNYYNY", "NNN"),
    "aps:{a2}": own("NNNyyNy", "NNN"),
    "ck:go:{checkin}:0": own("NNNYYNY", "NNN"),
    "rla:{relay}": own("NNNYYNY", "NNN"),
    "sos:write": own("NNNYYNY", "NNN"),
    "tlk:yes": own("NNNyyNy", "NNN"),
    "prs:later": own("NNNyyNy", "NNN"),
    "prc:0:0": own("NNNyyNy", "NNN"),
    "prk:0:1": own("NNNyyNy", "NNN"),
    "prg:0": own("NNNyyNy", "NNN"),
    "prh:0": own("NNNyyNy", "NNN"),
    "prx:0": own("NNNyyNy", "NNN"),
    "prm": own("NNNyyNy", "NNN"),
    "prt:all": own("NNNyyNy", "NNN"),
    "prl:A1": own("NNNYYNY"),
    "practice:1200": own("NNNYYNY", "NNN"),
    "quiet:2207": own("NNNYYNY"),
    "set:quiet": own("NNNyyNy"),
    "lang:en": own("NYYYYNY"),
    "prv:info": own("NyyyyNy"),
    "del:no": own("NyyyyNy"),
    "consent:no": own("NYyNNNN", "NNN"),
    # -- coaches and staff, about themselves or their invitations ---------------------------
    "invr:participant": own("NNNNNNN"),
    "invc:0": own("NNNNNNN"),
    "invk:{p}": own("NNNNNNN", "NNN"),  # after /invite: she is no coach to choose
    "invx:{invite}": own("NNNNNNN", "Y-Y"),  # revoking the invitation is Jonas's or staff's
    "duty:on": own("NNNNNNN", "NN-"),
    "bc:a:participants": own("NNNNNNN", "NN-"),  # /broadcast is staff's alone
    "bcl:i:1": own("NNNNNNN", "NN-"),
    "bci:1:1": own("NNNyyNy"),  # "Ich habe Interesse": anyone's own answer to a broadcast
    "coh:ls": own("NNNNNNN", "NN-"),
    # -- everyone's: the contact directory names nobody of the programme's participants -----
    "ctc:work": own("NNNyyNy"),
}


# The mentor's letter for each entry, one per state (as in own()); every other entry refuses her.
MENTOR_ROW = {
    "/participants": "---YY-Y",  # her name while she is active; otherwise the mentor's list without her
    "mtw:{p}": "NNNYYNY",
    "mtw:{p} + text": "-NNYYNY",
    # The coach's dialogues cannot begin for the mentor: what she types is her own free text.
    **dict.fromkeys(
        ("cpn:{p} + text", "rly:{p} + text", "apn:when + text", "apn:place + text", "apm:move:{a1} + text"),
        "-------",
    ),
    # Her own settings, privacy, language, contacts and broadcast answers.
    **dict.fromkeys(
        ("quiet:2207", "set:quiet", "lang:en", "prv:info", "del:no", "bci:1:1", "ctc:work"), "-------"
    ),
}
MATRIX = {
    entry: {state: row[state] + MENTOR_ROW.get(entry, "NNNNNNN")[i] for i, state in enumerate(STATES)}
    for entry, row in MATRIX.items()
}


def test_every_button_prefix_is_in_the_matrix() -> None:
    covered = {data.split(":")[0] for data in MATRIX if not data.startswith("/") and "+" not in data}
    assert covered == set(BUTTONS), "a new button: add it to MATRIX with its expected outcomes"
    for data, row in MATRIX.items():
        assert set(row) == set(STATES), data
        assert all(len(cell) == len(ACTORS) and set(cell) <= set("YyN-") for cell in row.values()), data


# -- her world ---------------------------------------------------------------------------------


@dataclass
class World:
    cast: Cast
    state: str
    lina: User
    ids: dict[str, int] = field(default_factory=dict)

    def actor(self, letter: str) -> User:
        return {
            "C": self.cast.coach,
            "O": self.cast.other_coach,
            "S": self.cast.staff,
            "P": self.lina,
            "X": User(66, "Fremd", "de"),
            "M": MENTOR,
        }[letter]


async def build(harness: Harness, cast: Cast, state: str) -> World:
    deps = deps_of(harness)
    world = World(cast, state, User(50, NAME, "de"))
    now = deps.clock.now()
    async with deps.sessionmaker.begin() as session:
        jonas = await session.get(Person, cast.coach_id)
        assert jonas is not None
        invite = await invites.create_invite(
            session, now=now, role=Role.PARTICIPANT, actor=jonas, ttl=timedelta(days=7), coach=jonas
        )
        await session.flush()
        world.ids["invite"] = int(await session.scalar(select(func.max(Invite.id))) or 0)
        assert invite.token
    mentor_id = await add_member(harness, MENTOR, Role.MENTOR)
    if state == "invited":  # she has the link, nothing more: every id names nothing of hers
        async with deps.sessionmaker() as session:
            nothing = int(await session.scalar(select(func.max(Person.id))) or 0) + 1000
        for key in ("p", "a0", "a1", "a2", "past", "alert", "relay", "checkin"):
            world.ids[key] = nothing
        return world
    p = await add_member(harness, world.lina, Role.PARTICIPANT, coach_id=cast.coach_id)
    world.ids["p"] = p
    async with deps.sessionmaker.begin() as session:
        await mentors.link(session, mentor_id, p, actor=None, now=now)
    async with deps.sessionmaker.begin() as session:
        jonas = await session.get(Person, cast.coach_id)
        lina = await session.get(Person, p)
        assert jonas is not None and lina is not None
        used = await session.get(Invite, world.ids["invite"])
        assert used is not None
        used.uses = used.max_uses
        for key, hours in (("a0", 24), ("a1", 48), ("a2", 72), ("past", 1)):
            made = await appointments.create(
                session,
                actor=jonas,
                participant=lina,
                kind=AppointmentKind.JOB_CENTRE,
                starts_at=now + timedelta(hours=hours),
                place="Lindenweg 3",
                note="",
                now=now,
            )
            world.ids[key] = made.id
        checkin = Checkin(
            person_id=p,
            questionnaire="weekly",
            period="2026-W48",
            status=CheckinStatus.PLANNED,
            offered_at=now,
            expires_at=now + timedelta(days=3),
        )
        alert = Alert(
            participant_id=p,
            coach_id=cast.coach_id,
            source=AlertSource.HELP_BUTTON,
            severity=int(Severity.URGENT),
            reasons=[{"rule": "help", "severity": int(Severity.URGENT), "detail": {}}],
            status=AlertStatus.OPEN,
            created_at=now,
            escalated_at=now,  # keeps the watch job away
        )
        relayed = RelayMessage(
            participant_id=p,
            coach_id=cast.coach_id,
            direction=RelayDirection.TO_PARTICIPANT,
            text="Geheime Nachricht",
            source_language="de",
            target_language="de",
            created_at=now,
        )
        note = CoachNote(participant_id=p, author_id=cast.coach_id, text="Geheime Notiz", created_at=now)
        session.add_all([checkin, alert, relayed, note, PracticeProfile(person_id=p, level="A2", topics=[])])
        await session.flush()
        world.ids |= {"checkin": checkin.id, "alert": alert.id, "relay": relayed.id}
    harness.clock.advance(timedelta(hours=3))  # "past" is over: attended or missed
    await become(harness, world, state)
    return world


async def become(harness: Harness, world: World, state: str) -> None:
    """Put her into `state` (from any other), as the rows would be after it happened."""
    async with deps_of(harness).sessionmaker.begin() as session:
        lina = await session.get(Person, world.ids["p"])
        profile = await session.get(PracticeProfile, world.ids["p"])
        assert lina is not None and profile is not None
        lina.status = {
            "onboarding": PersonStatus.ONBOARDING,
            "declined": PersonStatus.DECLINED,
            "deleted": PersonStatus.DELETED,
        }.get(state, PersonStatus.ACTIVE)
        lina.onboarding_step = "consent" if state == "onboarding" else None
        lina.coach_id = world.cast.other_coach_id if state == "moved" else world.cast.coach_id
        profile.paused = state == "paused"


async def begin_while_she_agreed(harness: Harness, world: World, user: User, steps: list[str]) -> None:
    """A dialogue about her begun while she agreed (and was still Jonas's); then her state now."""
    if world.state == "invited":
        return
    await become(harness, world, "agreed")
    for step in steps:
        if ":" in step and not step.startswith("/") and " " not in step:
            await harness.press(user, step.format(**world.ids))
        else:
            await harness.send(user, step)
    await become(harness, world, world.state)


# Steps before the press (a dialogue at the point where the entry is pressed or typed).
Before = Callable[[Harness, World, User], Awaitable[None]]


def _sends(*texts: str) -> Before:
    async def run(harness: Harness, world: World, user: User) -> None:
        for text in texts:
            await harness.send(user, text) if not text.startswith("!") else await harness.press(
                user, text[1:]
            )

    return run


def _begun(*steps: str) -> Before:
    async def run(harness: Harness, world: World, user: User) -> None:
        await begin_while_she_agreed(harness, world, user, list(steps))

    return run


DRAFT = ("/appointment", "apn:p:{p}", "morgen 9:30", "apn:k:course", "Lindenweg 3", "apn:skip")
BEFORE: dict[str, Before] = {
    "apn:p:{p}": _sends("/appointment"),
    "apn:when + text": _begun(*DRAFT[:2]),
    "apn:k:course": _begun(*DRAFT[:3]),
    "apn:place + text": _begun(*DRAFT[:4]),
    "apn:skip": _begun(*DRAFT[:5]),
    "apn:discard": _begun(*DRAFT),
    "apn:save": _begun(*DRAFT),
    "cpn:{p} + text": _begun("cpn:{p}"),
    "rly:{p} + text": _begun("rly:{p}"),
    "mtw:{p} + text": _begun("mtw:{p}"),
    "apm:move:{a1} + text": _begun("apm:move:{a1}"),
    "invk:{p}": _sends("/invite", "!invr:participant", "!invc:0"),
}
TYPED = "übermorgen 11:00"  # what "+ text" entries type after the step


# -- what a press did ---------------------------------------------------------------------------


async def her_rows(harness: Harness, world: World) -> dict[str, Any]:
    """Everything of hers a press could change, and every row one could add, as plain values."""
    p = world.ids["p"]
    async with deps_of(harness).sessionmaker() as session:

        async def count(model: Any, *where: Any) -> int:
            return int(await session.scalar(select(func.count()).select_from(model).where(*where)) or 0)

        lina = await session.get(Person, p)
        profile = await session.get(PracticeProfile, p)
        return {
            "person": None
            if lina is None
            else (
                *(lina.status, lina.coach_id, lina.language, lina.quiet_start, lina.practice_time),
                *(lina.dialogue, lina.send_text_to_coach, lina.onboarding_step),
            ),
            "profile": None if profile is None else (profile.level, profile.topics, profile.paused),
            "appointments": [
                (a.status, a.version, a.starts_at, a.answer)
                for a in await session.scalars(select(Appointment).where(Appointment.participant_id == p))
            ],
            "alerts": [(a.status, a.acknowledged_by_id) for a in await session.scalars(select(Alert))],
            "checkins": [(c.status, c.started_at) for c in await session.scalars(select(Checkin))],
            "rows": [
                await count(model)
                for model in (Person, Appointment, RelayMessage, CoachNote, Alert, ConsentRecord)
            ],
            "outbox": await count(OutboxMessage, OutboxMessage.recipient_id == p),
            "audit": await count(AuditEntry, AuditEntry.subject_id == p),
            "invite": [i.revoked_at for i in await session.scalars(select(Invite))],
        }


async def dialogue_of(harness: Harness, user: User) -> dict[str, Any]:
    async with deps_of(harness).sessionmaker() as session:
        person = await session.scalar(select(Person).where(Person.telegram_user_id == user.id))
        return (person.dialogue if person else None) or {}


def names_her(world: World, state: dict[str, Any]) -> bool:
    ids = {world.ids[key] for key in ("p", "a0", "a1", "a2", "past")}
    return any(state.get(key) in ids for key in ("participant", "participant_id", "appointment_id"))


async def reset_dialogues(harness: Harness, world: World, user: User) -> None:
    async with deps_of(harness).sessionmaker.begin() as session:
        for person in await session.scalars(
            select(Person).where(Person.telegram_user_id.in_([user.id, world.lina.id]))
        ):
            person.dialogue = None


@dataclass
class Outcome:
    replies: list[str]
    refused: bool
    gated: bool
    touched: list[str]


async def press(harness: Harness, world: World, entry: str, letter: str) -> Outcome:
    user = world.actor(letter)
    if entry in BEFORE:
        await BEFORE[entry](harness, world, user)
    # Each press of a stranger is answered here (the gate that keeps a flood of strangers quiet
    # after their first answer has tests of its own, test_strangers.py).
    deps_of(harness).strangers = StrangerGate()
    before = await her_rows(harness, world)
    start = len(harness.request.calls)
    data = entry.format(**world.ids)
    if entry.endswith(" + text"):  # the step was taken before, while she agreed
        replies = await harness.send(user, TYPED)
    elif data.startswith("/"):
        replies = await harness.send(user, data)
    else:
        replies = await harness.press(user, data)
    after = await her_rows(harness, world)
    touched = [key for key in before if before[key] != after[key]]
    if letter != "P":
        calls = harness.request.calls[start:]
        seen = json.dumps(
            [p for _, p in calls if int(p.get("chat_id", 0) or 0) == user.id], ensure_ascii=False, default=str
        )
        touched += [f"shown {secret}" for secret in SECRETS if secret in seen]
        if any(int(p.get("chat_id", 0) or 0) == world.lina.id for _, p in calls):
            touched.append("told her")
        if names_her(world, await dialogue_of(harness, user)):
            touched.append("dialogue about her")
    refused = bool(replies) and replies[0].startswith(REFUSALS)
    gated = bool(replies) and replies[0].startswith(GATE)
    await reset_dialogues(harness, world, user)
    return Outcome(replies, refused, gated, touched)


def wrong(expected: str, outcome: Outcome) -> str | None:
    """What is wrong with this outcome, or None."""
    if expected == "Y" and (outcome.refused or not outcome.touched):
        return "should act on her"
    if expected == "y" and outcome.gated:
        return "should pass the access rules"
    if expected == "N" and not outcome.refused:
        return "should be refused with a kind message"
    if expected in "N-" and outcome.touched:
        return "WRONGFUL ALLOW: " + ", ".join(outcome.touched)
    return None


@pytest.mark.parametrize("letter", ACTORS)
@pytest.mark.parametrize("state", STATES)
async def test_matrix(harness: Harness, cast: Cast, state: str, letter: str) -> None:
    world = await build(harness, cast, state)
    problems = []
    for entry, row in MATRIX.items():
        expected = row[state][ACTORS.index(letter)]
        outcome = await press(harness, world, entry, letter)
        problem = wrong(expected, outcome)
        if problem:
            problems.append(f"{entry} [{expected}]: {problem} {outcome.replies[:1]}")
    assert not problems, "\n".join(problems)
