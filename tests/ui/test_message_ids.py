"""Every Fluent message id the code uses exists in the German catalogue.

Found by reading the code (bot/, handlers/, scheduler/, ui/) as syntax trees:
- every kebab-case string literal is a message id, unless listed in NOT_MESSAGE_IDS;
- every literal handed to a translator (`t(…)`, `t.both(…)`, `turn.t(…)`, `.render(lang, …)`)
  is a message id, kebab-case or not ("someone");
- every id built at runtime (an f-string such as f"alert-head-{…}", or a literal ending in
  "-" that is added to, such as "apt-kind-" + …) is a pattern listed in PATTERNS with all
  the ids it expands to, and those lists are checked against where the values come from
  (enums, questionnaires, help numbers, flag rules). A new pattern fails until it is listed.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import get_args

import pytest
import yaml

from bot.checkin_content import CheckinContent, Question, QuestionKind
from bot.contacts import TOPICS as CONTACT_TOPICS
from bot.i18n import LANGUAGES, REFERENCE, Catalogue
from bot.models import AlertSource, AppointmentKind, Role, Severity
from bot.models.broadcasts import BroadcastStatus
from bot.services.appointments import AppointmentProblem
from bot.services.broadcasts import KINDS as BROADCAST_AUDIENCES
from bot.services.invites import InviteProblem
from bot.services.when import Reason
from bot.settings import PROJECT_ROOT
from handlers.access import Audience, menu_commands

SOURCES = ("bot", "handlers", "scheduler", "ui")
CONTENT = PROJECT_ROOT / "content"
KEBAB = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)+")
# A runtime-built id: kebab-case words and placeholders ({}) joined by hyphens.
TEMPLATE = re.compile(r"(?:[a-z0-9]+|\{\})(?:-(?:[a-z0-9]+|\{\}))+")
TRANSLATORS = {"t", "german", "translator"}
TRANSLATOR_METHODS = {"both", "label", "de"}

# Kebab-case literals in the code that are not message ids.
NOT_MESSAGE_IDS = {
    # when.Reason and AppointmentProblem codes (shown through when-{} and apt-*)
    "bad-date", "bad-time", "no-date", "no-time", "too-far",
    "not-participant", "not-yet", "not-yours",
    # dialogue names, notification tags, job and thread names, file and format names
    "coach-note", "help-text", "talk-write", "participant-deleted", "participant-joined",
    "alert-watch", "outbox-dispatcher", "practice-planner", "machine-translation", "bulk-translation",
    "begleiter-export",
    # outbox dedupe-key parts and a quiet-hours policy (bot/kinds.py)
    "no-answer", "unless-urgent",
    # enum values of service results (alerts.HelpRequest, relay.Refused)
    # (and appointment_answers, dose, invite_dialogue)
    "already-raised", "too-long", "not-coming", "right-spelling", "no-dose", "bad-name",
    # cohorts.CohortProblem, and the dialogue of typing a group's name (handlers/cohorts.py)
    "not-found", "cohort-name",
    # a command (python -m bot rotate-key) and a job's name (scheduler/jobs.py)
    "rotate-key", "broadcast-progress", "outbox-doorbell", "outbox-doorbell-round",
    # the mentor's write dialogue (handlers/mentors.py)
    "mentor-write", "leader-election",
    # text encodings
    "utf-8", "utf-8-sig",
}  # fmt: skip

# Runtime-built strings shaped like ids that are not message ids.
NOT_MESSAGE_ID_PATTERNS = {
    "now-{}",  # a check-in period started by /checkin (bot/services/checkins.py)
    "now-{}-{}",
}

# Every command in some menu (handlers/access.py), for cmd-{}.
MENU_COMMANDS = (
    "start", "sos", "message", "help", "checkin", "practice", "appointments", "appointment",
    "participants", "progress", "settings", "language", "level", "topics", "pause",
    "resume", "invite", "duty", "privacy", "export", "delete", "cancel", "alerts",
    "contacts", "cohorts", "broadcast", "broadcasts",
)  # fmt: skip

# Every runtime-built message id: the pattern as written in the code ({} for each
# placeholder) and, listed out, every id it stands for.
PATTERNS: dict[str, tuple[str, ...]] = {
    "alert-head-{}": ("alert-head-normal", "alert-head-urgent", "alert-head-crisis"),
    "apt-kind-{}": (
        "apt-kind-coaching",
        "apt-kind-job-centre",
        "apt-kind-course",
        "apt-kind-internship",
        "apt-kind-authority",
        "apt-kind-doctor",
        "apt-kind-other",
    ),
    "role-{}": ("role-participant", "role-coach", "role-staff", "role-mentor"),
    "invite-{}": ("invite-unknown", "invite-used", "invite-expired", "invite-revoked"),
    "when-{}": (
        "when-empty",
        "when-no-date",
        "when-no-time",
        "when-bad-date",
        "when-bad-time",
        "when-past",
        "when-too-far",
        "when-ambiguous",
    ),
    "caseload-source-{}": (
        "caseload-source-checkin",
        "caseload-source-help-button",
        "caseload-source-message",
    ),
    "cmd-{}": tuple(f"cmd-{name}" for name in MENU_COMMANDS),
    "cohorts-day-{}": tuple(f"cohorts-day-{day}" for day in range(7)),  # Monday = 0
    "language-name-{}": tuple(f"language-name-{code}" for code in LANGUAGES),
    "broadcast-audience-{}": (
        "broadcast-audience-participants",
        "broadcast-audience-coaches",
        "broadcast-audience-coach",
        "broadcast-audience-cohort",
    ),
    "broadcast-status-{}": tuple(
        f"broadcast-status-{s}" for s in ("draft", "scheduled", "sending", "done", "cancelled")
    ),
    "contacts-topic-{}": (
        "contacts-topic-work",
        "contacts-topic-education",
        "contacts-topic-mentors",
        "contacts-topic-volunteers",
        "contacts-topic-housing",
    ),
    "ci-intro-{}": ("ci-intro-weekly", "ci-intro-monthly"),
    "ci-offer-{}": ("ci-offer-weekly", "ci-offer-monthly"),
    "ci-offer-again-{}": ("ci-offer-again-weekly", "ci-offer-again-monthly"),
    "alert-checkin-{}": ("alert-checkin-weekly", "alert-checkin-monthly"),
    # The questions of both questionnaires (Question.message_id) ...
    "ci-{}": (
        "ci-mood",
        "ci-sleep",
        "ci-attendance",
        "ci-problems",
        "ci-contact",
        "ci-text",
        "ci-german",
        "ci-goal",
        "ci-support",
    ),
    # ... their options (Question.option_id) ...
    "ci-{}-{}": (
        "ci-sleep-good",
        "ci-sleep-ok",
        "ci-sleep-bad",
        "ci-attendance-all",
        "ci-attendance-some",
        "ci-attendance-none",
        "ci-attendance-no_course",
        "ci-problems-work",
        "ci-problems-course",
        "ci-problems-home",
        "ci-problems-authorities",
        "ci-problems-health",
        "ci-contact-yes",
        "ci-contact-no",
        "ci-goal-working",
        "ci-goal-interviews",
        "ci-goal-applying",
        "ci-goal-course",
        "ci-goal-not_yet",
        "ci-support-german",
        "ci-support-applications",
        "ci-support-childcare",
        "ci-support-documents",
        "ci-support-housing",
        "ci-support-health",
    ),
    # ... and the coach's short label of each question that is not free text.
    "{}-label": (
        "ci-mood-label",
        "ci-sleep-label",
        "ci-attendance-label",
        "ci-problems-label",
        "ci-contact-label",
        "ci-german-label",
        "ci-goal-label",
        "ci-support-label",
    ),
    "help-number-{}": ("help-number-emergency", "help-number-telefonseelsorge", "help-number-violence-women"),
    # Looked up only where the catalogue has them (else the rule id is shown): the flag
    # rules and the help button's rule that have a label.
    "alert-why-{}": (
        "alert-why-low_mood",
        "alert-why-mood_drop",
        "alert-why-contact_requested",
        "alert-why-problems_reported",
        "alert-why-missed_course",
        "alert-why-help_button",
    ),
    "caseload-rule-{}": ("caseload-rule-keywords",),
}


# -- reading the code ----------------------------------------------------------------------


@dataclass(frozen=True)
class Found:
    text: str
    where: str


def _files() -> Iterator[Path]:
    for folder in SOURCES:
        yield from sorted((PROJECT_ROOT / folder).rglob("*.py"))


def _template(node: ast.JoinedStr) -> str:
    return "".join(
        part.value if isinstance(part, ast.Constant) and isinstance(part.value, str) else "{}"
        for part in node.values
    )


def _strings(node: ast.expr) -> Iterator[ast.Constant]:
    """String literals an argument can be: itself, or either side of `a if c else b`."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node
    elif isinstance(node, ast.IfExp):
        yield from _strings(node.body)
        yield from _strings(node.orelse)


def _name(node: ast.expr) -> str:
    return node.attr if isinstance(node, ast.Attribute) else getattr(node, "id", "")


def _translated(call: ast.Call) -> list[ast.expr]:
    """The message-id argument of a call to a translator (by the names the code gives them:
    `t`, `turn.t`, `german`, `translator`) or to Catalogue.render."""
    func = call.func
    if not call.args:
        return []
    if _name(func) in TRANSLATORS:
        return [call.args[0]]
    if (
        isinstance(func, ast.Attribute)
        and func.attr in TRANSLATOR_METHODS
        and _name(func.value) in TRANSLATORS
    ):
        return [call.args[0]]
    if isinstance(func, ast.Attribute) and func.attr == "render" and len(call.args) >= 2:
        return [call.args[1]]
    return []


@dataclass(frozen=True)
class Scan:
    literals: tuple[Found, ...]  # kebab-case string literals
    translated: tuple[Found, ...]  # literals handed to a translator
    patterns: tuple[Found, ...]  # runtime-built, id-shaped


@cache
def scan() -> Scan:
    literals, translated, patterns = [], [], []
    for path in _files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        where = str(path.relative_to(PROJECT_ROOT))
        inside_fstrings = {
            id(part) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr) for part in node.values
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr):
                template = _template(node)
                if TEMPLATE.fullmatch(template) and "{}" in template:
                    patterns.append(Found(template, f"{where}:{node.lineno}"))
            elif (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in inside_fstrings
            ):
                if KEBAB.fullmatch(node.value):
                    literals.append(Found(node.value, f"{where}:{node.lineno}"))
                elif node.value.endswith("-") and KEBAB.fullmatch(node.value + "x"):
                    # A prefix completed at runtime ("apt-kind-" + …).
                    patterns.append(Found(node.value + "{}", f"{where}:{node.lineno}"))
            elif isinstance(node, ast.Call):
                for argument in _translated(node):
                    translated += [Found(str(c.value), f"{where}:{c.lineno}") for c in _strings(argument)]
    return Scan(tuple(literals), tuple(translated), tuple(patterns))


@cache
def german_ids() -> frozenset[str]:
    return frozenset(Catalogue(CONTENT / "locales", [REFERENCE]).ids(REFERENCE))


# -- the checks ----------------------------------------------------------------------------


def test_literal_ids_exist() -> None:
    missing = [
        f"{found.where}: {found.text}"
        for found in scan().literals
        if found.text not in german_ids() and found.text not in NOT_MESSAGE_IDS
    ]
    assert not missing, (
        "kebab-case literals that are no message id in content/locales/de (a missing "
        f"message, or add it to NOT_MESSAGE_IDS if it is no message id): {missing}"
    )


def test_ids_handed_to_a_translator_exist() -> None:
    missing = [
        f"{found.where}: {found.text}" for found in scan().translated if found.text not in german_ids()
    ]
    assert not missing, missing
    # The scan does see translator calls, single-word ids among them.
    assert {"someone", "welcome", "cancelled", "uninvited"} <= {found.text for found in scan().translated}


def test_every_runtime_built_id_is_a_known_pattern() -> None:
    unknown = [
        f"{found.where}: {found.text}"
        for found in scan().patterns
        if found.text not in PATTERNS and found.text not in NOT_MESSAGE_ID_PATTERNS
    ]
    assert not unknown, f"message ids built at runtime that PATTERNS does not list: {unknown}"
    in_code = {found.text for found in scan().patterns}
    assert set(PATTERNS) | NOT_MESSAGE_ID_PATTERNS <= in_code, "patterns the code no longer builds"


@pytest.mark.parametrize("pattern", sorted(PATTERNS))
def test_each_expansion_exists(pattern: str) -> None:
    shape = re.compile(re.escape(pattern).replace(r"\{\}", "[a-z0-9_-]+"))
    assert PATTERNS[pattern], pattern
    for message_id in PATTERNS[pattern]:
        assert shape.fullmatch(message_id), f"{message_id} does not fit {pattern}"
        assert message_id in german_ids(), f"{message_id} ({pattern}) is not in content/locales/de"


# -- the expansions are complete: checked against where the values come from ---------------


@cache
def checkins() -> CheckinContent:
    return CheckinContent.load(CONTENT)


def _questions() -> dict[str, Question]:
    return {q.id: q for questionnaire in checkins().questionnaires.values() for q in questionnaire.questions}


def _flag_rules() -> list[str]:
    raw = yaml.safe_load((CONTENT / "checkins" / "flags.yaml").read_text(encoding="utf-8"))
    return [str(rule["id"]) for rule in raw["rules"]]


SOURCES_OF: dict[str, Callable[[], set[str]]] = {
    "alert-head-{}": lambda: {f"alert-head-{s.name.lower()}" for s in Severity},
    "apt-kind-{}": lambda: {"apt-kind-" + k.value.replace("_", "-") for k in AppointmentKind},
    "role-{}": lambda: {f"role-{role.value}" for role in Role},
    "invite-{}": lambda: {f"invite-{problem.value}" for problem in InviteProblem},
    "when-{}": lambda: (
        {f"when-{reason}" for reason in get_args(Reason)}
        | {f"when-{p.value}" for p in (AppointmentProblem.PAST, AppointmentProblem.TOO_FAR)}
    ),
    "caseload-source-{}": lambda: {"caseload-source-" + s.value.replace("_", "-") for s in AlertSource},
    "cmd-{}": lambda: {f"cmd-{name}" for audience in Audience for name in menu_commands(audience)},
    "cohorts-day-{}": lambda: {f"cohorts-day-{day}" for day in range(7)},  # date.weekday()
    "language-name-{}": lambda: {f"language-name-{code}" for code in LANGUAGES},
    "broadcast-audience-{}": lambda: {f"broadcast-audience-{kind}" for kind in BROADCAST_AUDIENCES},
    "broadcast-status-{}": lambda: {f"broadcast-status-{status.value}" for status in BroadcastStatus},
    "contacts-topic-{}": lambda: {f"contacts-topic-{topic}" for topic in CONTACT_TOPICS},
    "ci-intro-{}": lambda: {f"ci-intro-{q}" for q in checkins().questionnaires},
    "ci-offer-{}": lambda: {f"ci-offer-{q}" for q in checkins().questionnaires},
    "ci-offer-again-{}": lambda: {f"ci-offer-again-{q}" for q in checkins().questionnaires},
    "alert-checkin-{}": lambda: {f"alert-checkin-{q}" for q in checkins().questionnaires},
    "ci-{}": lambda: {q.message_id for q in _questions().values()},
    "ci-{}-{}": lambda: {q.option_id(option) for q in _questions().values() for option in q.options},
    "{}-label": lambda: {
        f"{q.message_id}-label" for q in _questions().values() if q.kind is not QuestionKind.TEXT
    },
    "help-number-{}": lambda: {line.message_id for line in checkins().help_lines},
    # The keywords rule has its own lines in an alert (alert-why-keyword…) and its label on
    # the card; every other rule (the help button's too) is labelled by alert-why-<rule>.
    "alert-why-{}": lambda: {
        f"alert-why-{rule}" for rule in [*_flag_rules(), "help_button"] if rule != "keywords"
    },
    "caseload-rule-{}": lambda: {f"caseload-rule-{rule}" for rule in _flag_rules() if rule == "keywords"},
}


def test_every_pattern_has_a_source() -> None:
    assert set(SOURCES_OF) == set(PATTERNS)


@pytest.mark.parametrize("pattern", sorted(PATTERNS))
def test_the_listed_expansion_is_complete(pattern: str) -> None:
    assert set(PATTERNS[pattern]) == SOURCES_OF[pattern](), pattern
    assert len(set(PATTERNS[pattern])) == len(PATTERNS[pattern]), f"{pattern} lists an id twice"
