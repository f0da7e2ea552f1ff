"""Who may use which command and which button: the one place where roles are checked."""

from __future__ import annotations

import enum

from bot.models import Person, PersonStatus, Role
from ui import buttons


class Audience(enum.Flag):
    GUEST = enum.auto()  # not known, or deleted
    ONBOARDING = enum.auto()  # invited, not yet agreed
    DECLINED = enum.auto()  # did not agree
    PARTICIPANT = enum.auto()
    COACH = enum.auto()
    STAFF = enum.auto()
    MENTOR = enum.auto()  # a volunteer linked to some participants (bot/services/mentors.py)


MEMBERS = Audience.PARTICIPANT | Audience.COACH | Audience.STAFF | Audience.MENTOR
KNOWN = Audience.ONBOARDING | Audience.DECLINED | MEMBERS
ANYONE = Audience.GUEST | KNOWN
INVITERS = Audience.COACH | Audience.STAFF

COMMANDS: dict[str, Audience] = {
    "start": ANYONE,
    "help": KNOWN,
    "cancel": KNOWN,
    "language": KNOWN,
    "privacy": KNOWN,
    "delete": KNOWN,
    "export": Audience.DECLINED | MEMBERS,
    "settings": MEMBERS,
    "invite": INVITERS,
    "appointment": INVITERS,
    "appointments": Audience.PARTICIPANT | INVITERS,  # a mentor sees hers under /participants
    "participants": INVITERS | Audience.MENTOR,
    "practice": Audience.PARTICIPANT,
    "pause": Audience.PARTICIPANT,
    "resume": Audience.PARTICIPANT,
    "level": Audience.PARTICIPANT | INVITERS,
    "topics": Audience.PARTICIPANT,
    "progress": Audience.PARTICIPANT,
    "checkin": Audience.PARTICIPANT,
    "sos": Audience.PARTICIPANT,
    "message": Audience.PARTICIPANT,
    "duty": Audience.STAFF,
    "alerts": INVITERS,
    "broadcast": Audience.STAFF,
    "broadcasts": Audience.STAFF,
    "contacts": MEMBERS,
    "cohorts": Audience.STAFF,
}

BUTTONS: dict[str, Audience] = {
    buttons.LANGUAGE: KNOWN,
    buttons.CONSENT: Audience.ONBOARDING | Audience.DECLINED,
    buttons.PRIVACY_MORE: KNOWN,
    buttons.QUIET: MEMBERS,
    buttons.PRACTICE: Audience.PARTICIPANT,
    buttons.SETTINGS: MEMBERS,
    buttons.DELETE: KNOWN,
    buttons.INVITE_ROLE: INVITERS,
    buttons.INVITE_COHORT: INVITERS,
    buttons.INVITE_COACH: Audience.STAFF,
    buttons.INVITE_REVOKE: INVITERS,
    buttons.APPOINTMENT_ANSWER: Audience.PARTICIPANT,
    buttons.APPOINTMENT_REASON_SKIP: Audience.PARTICIPANT,
    buttons.APPOINTMENT_NEW: INVITERS,
    buttons.APPOINTMENT_MANAGE: INVITERS,
    buttons.PRACTICE_PROMPT: Audience.PARTICIPANT,
    buttons.PRACTICE_CHOICE: Audience.PARTICIPANT,
    buttons.PRACTICE_CARD: Audience.PARTICIPANT,
    buttons.PRACTICE_GLOSS: Audience.PARTICIPANT,
    buttons.PRACTICE_HINT: Audience.PARTICIPANT,
    buttons.PRACTICE_SKIP: Audience.PARTICIPANT,
    buttons.PRACTICE_TO_COACH: Audience.PARTICIPANT,
    buttons.PRACTICE_LEVEL: Audience.PARTICIPANT | INVITERS,
    buttons.PRACTICE_TOPIC: Audience.PARTICIPANT,
    buttons.CASELOAD_PAGE: INVITERS,
    buttons.CASELOAD_CARD: INVITERS,
    buttons.CASELOAD_NOTE: INVITERS,
    buttons.CHECKIN: Audience.PARTICIPANT,
    buttons.HELP: Audience.PARTICIPANT,
    buttons.ALERT_ACK: INVITERS,
    buttons.RELAY_START: INVITERS,
    buttons.RELAY_ANSWER: Audience.PARTICIPANT,
    buttons.DUTY: Audience.STAFF,
    buttons.TALK: Audience.PARTICIPANT,
    buttons.BROADCAST: Audience.STAFF,
    buttons.BROADCAST_LIST: Audience.STAFF,
    buttons.BROADCAST_INTEREST: MEMBERS,
    buttons.CONTACTS: MEMBERS,
    buttons.COHORTS: Audience.STAFF,
    buttons.REASSIGN: Audience.STAFF,
    buttons.MENTOR_WRITE: Audience.MENTOR,
    buttons.MENTOR_LINK: Audience.STAFF,
}

# Entries of the reply keyboard (ui/menu.py) that no command serves: who may press them.
# Entries served by a command's callback keep the rule of that command in COMMANDS.
_ROLE_AUDIENCE = {
    Role.PARTICIPANT: Audience.PARTICIPANT,
    Role.COACH: Audience.COACH,
    Role.STAFF: Audience.STAFF,
    Role.MENTOR: Audience.MENTOR,
}


def audience_of(person: Person | None) -> Audience:
    if person is None or person.status is PersonStatus.DELETED:
        return Audience.GUEST
    if person.status is PersonStatus.ONBOARDING:
        return Audience.ONBOARDING
    if person.status is PersonStatus.DECLINED:
        return Audience.DECLINED
    return _ROLE_AUDIENCE[person.role]


def menu_commands(audience: Audience) -> list[str]:
    """The commands shown in the Telegram menu for this audience, in a sensible order."""
    # Every command is in the menu of those who may use it: a test checks none is missing.
    order = [
        "start", "sos", "message", "help", "checkin", "practice", "appointments", "appointment",
        "participants", "alerts", "contacts", "progress", "settings", "language", "level", "topics",
        "pause", "resume", "invite", "cohorts", "broadcast", "broadcasts", "duty", "privacy", "export",
        "delete", "cancel",
    ]  # fmt: skip
    if audience is Audience.GUEST:
        return ["start", "help"]
    return [name for name in order if audience & COMMANDS[name] and name != "start"]
