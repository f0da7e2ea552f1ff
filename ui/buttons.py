"""Callback-data prefixes, in one place. Data is `prefix:arg:arg`, at most 64 bytes.

Button data comes back from the client and can be forged or stale: every handler checks
it against the database before acting (see handlers/access.py for who may press what).
"""

from __future__ import annotations

from dataclasses import dataclass

LANGUAGE = "lang"  # lang:<code>
CONSENT = "consent"  # consent:yes|no
PRIVACY_MORE = "prv"  # prv:consent|info (the whole privacy notice, with or without the consent question)
QUIET = "quiet"  # quiet:<choice>
PRACTICE = "practice"  # practice:<choice>
SETTINGS = "set"  # set:lang|quiet|practice
DELETE = "del"  # del:yes|no
INVITE_ROLE = "invr"  # invr:<role>
INVITE_COHORT = "invc"  # invc:<cohort id, 0 = none> | invc:new|other (create the typed group?)
INVITE_COACH = "invk"  # invk:<person id, 0 = none>
INVITE_REVOKE = "invx"  # invx:<invite id>
APPOINTMENT_ANSWER = "apa"  # apa:yes|no:<appointment id>:<version>
APPOINTMENT_REASON_SKIP = "aps"  # aps:<appointment id>
APPOINTMENT_NEW = "apn"  # apn:p:<participant id> | apn:k:<kind> | apn:skip | apn:save | apn:discard
APPOINTMENT_MANAGE = "apm"  # apm:cancel|move|attended|missed:<appointment id>
PRACTICE_PROMPT = "prs"  # prs:go|later
PRACTICE_CHOICE = "prc"  # prc:<position>:<option index>
PRACTICE_CARD = "prk"  # prk:<position>:1|0 (known or not yet)
PRACTICE_GLOSS = "prg"  # prg:<position>
PRACTICE_HINT = "prh"  # prh:<position>
PRACTICE_SKIP = "prx"  # prx:<position>
PRACTICE_TO_COACH = "prm"  # prm (what she typed during the dose, to her coach)
PRACTICE_LEVEL = "prl"  # prl:A1|A2|B1
PRACTICE_TOPIC = "prt"  # prt:<topic>|all|done
CHECKIN = "ck"  # ck:go|later:<id>:0 | ck:a:<id>:<question index>:<value> | ck:done|skip:<id>:<q>
HELP = "sos"  # sos:write
ALERT_ACK = "alk"  # alk:<alert id>
RELAY_START = "rly"  # rly:<participant id> (a coach writes to a participant)
RELAY_ANSWER = "rla"  # rla:<relay message id> (a participant answers their coach)
TALK = "tlk"  # tlk:yes|no (send what she types outside a question to her coach?)
CASELOAD_PAGE = "cpl"  # cpl:<page>
CASELOAD_CARD = "cpc"  # cpc:<participant id>
CASELOAD_NOTE = "cpn"  # cpn:<participant id>
DUTY = "duty"  # duty:on|off (staff)
BROADCAST = "bc"  # bc:<step>:<value> (staff writing a broadcast, ui/broadcasts.py)
BROADCAST_LIST = "bcl"  # bcl:i|x:<broadcast id> (who is interested; cancel)
BROADCAST_INTEREST = "bci"  # bci:<broadcast id>:1|0 ("Ich habe Interesse", taken back)
CONTACTS = "ctc"  # ctc:<topic id>|all (the contact directory)
COHORTS = "coh"  # coh:<action>:<args> (staff; the actions are in ui/cohorts.py)
REASSIGN = "rsg"  # rsg:<participant id>[:<coach id>] (staff: another coach for her)
MENTOR_WRITE = "mtw"  # mtw:<participant id> (a mentor writes to a participant linked to her)
MENTOR_LINK = "mtl"  # mtl:<participant id>[:<mentor id>[:0]] (staff: link a mentor to her; :0 unlinks)

MAX_BYTES = 64


@dataclass(frozen=True)
class ButtonData:
    prefix: str
    args: tuple[str, ...]

    def arg(self, index: int = 0) -> str | None:
        return self.args[index] if index < len(self.args) else None

    def int_arg(self, index: int = 0) -> int | None:
        value = self.arg(index)
        if value is None or not value.isascii() or not value.isdigit() or len(value) > 18:
            return None
        return int(value)


def encode(prefix: str, *args: object) -> str:
    data = ":".join([prefix, *(str(arg) for arg in args)])
    if len(data.encode()) > MAX_BYTES:
        raise ValueError("callback data longer than Telegram allows")
    return data


def parse(data: str | None) -> ButtonData | None:
    """None for data no button of ours carries: empty, too long, or not even UTF-8 (a forged
    update may hold a lone surrogate, which the bot's own data never does)."""
    if not data or not data.isprintable() or len(data.encode("utf-8", "replace")) > MAX_BYTES:
        return None
    prefix, *args = data.split(":")
    return ButtonData(prefix=prefix, args=tuple(args))
