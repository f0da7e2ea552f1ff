"""Check-in questionnaires and the help numbers, loaded from content/checkins as data."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.yamlfile import load_yaml


class QuestionKind(enum.StrEnum):
    SCALE = "scale"  # 1..5, one emoji button per step
    CHOICE = "choice"  # one option
    SEVERAL = "several"  # any of the options, then "done"
    TEXT = "text"  # free text, typed or forwarded; encrypted at rest


@dataclass(frozen=True)
class Question:
    id: str
    kind: QuestionKind
    options: tuple[str, ...] = ()
    emoji: tuple[str, ...] = ()

    @property
    def message_id(self) -> str:
        return f"ci-{self.id}"

    def option_id(self, option: str) -> str:
        return f"ci-{self.id}-{option}"


@dataclass(frozen=True)
class Questionnaire:
    id: str
    every: str  # week | month
    questions: tuple[Question, ...]

    def index_of(self, question_id: str) -> int:
        return next(i for i, q in enumerate(self.questions) if q.id == question_id)

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)


@dataclass(frozen=True)
class HelpLine:
    id: str
    numbers: tuple[str, ...]  # as people in Germany know them
    # The same numbers in international form ("+49 800 1110111"), which Telegram makes
    # tappable; "" where there is none (short codes such as 112).
    international: tuple[str, ...] = ()

    def dialable(self) -> list[tuple[str, str]]:
        """(national, international or "") for each number."""
        padded = self.international + ("",) * (len(self.numbers) - len(self.international))
        return list(zip(self.numbers, padded, strict=True))

    @property
    def message_id(self) -> str:
        return f"help-number-{self.id}"


@dataclass(frozen=True)
class CheckinContent:
    questionnaires: dict[str, Questionnaire]
    help_lines: tuple[HelpLine, ...]

    @classmethod
    def load(cls, content_dir: Path) -> CheckinContent:
        folder = content_dir / "checkins"
        questionnaires = {}
        for name in ("weekly", "monthly"):
            questionnaire = _questionnaire(folder / f"{name}.yaml")
            questionnaires[questionnaire.id] = questionnaire
        raw = load_yaml(folder / "help.yaml")
        lines = tuple(_help_line(entry, folder / "help.yaml") for entry in raw.get("numbers", []))
        if not lines:
            raise ValueError(f"{folder / 'help.yaml'}: no help numbers")
        return cls(questionnaires=questionnaires, help_lines=lines)


def _help_line(entry: dict[str, Any], path: Path) -> HelpLine:
    numbers = tuple(str(n) for n in entry["numbers"])
    international = tuple(str(n) for n in entry.get("international", ()))
    if len(international) > len(numbers) or any(n and not n.startswith("+") for n in international):
        raise ValueError(f"{path}: {entry.get('id')!r}: international numbers start with + (one per number)")
    return HelpLine(id=str(entry["id"]), numbers=numbers, international=international)


def _questionnaire(path: Path) -> Questionnaire:
    raw = load_yaml(path)
    questions = []
    for entry in raw.get("questions", []):
        try:
            kind = QuestionKind(entry["kind"])
        except (KeyError, ValueError) as exc:
            raise ValueError(f"{path}: question {entry.get('id')!r} has no valid kind") from exc
        question = Question(
            id=str(entry["id"]),
            kind=kind,
            options=tuple(str(option) for option in entry.get("options", ())),
            emoji=tuple(str(e) for e in entry.get("emoji", ())),
        )
        if kind is QuestionKind.SCALE and len(question.emoji) != 5:
            raise ValueError(f"{path}: scale question {question.id!r} needs 5 emoji")
        if kind in (QuestionKind.CHOICE, QuestionKind.SEVERAL) and not question.options:
            raise ValueError(f"{path}: question {question.id!r} needs options")
        questions.append(question)
    if not questions or raw.get("every") not in ("week", "month"):
        raise ValueError(f"{path}: needs questions and every: week|month")
    return Questionnaire(id=str(raw["id"]), every=str(raw["every"]), questions=tuple(questions))
