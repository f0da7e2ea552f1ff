"""Practice decks: German items with glosses in every UI language, loaded from content/decks."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.yamlfile import load_yaml

GLOSS_LANGUAGES = ("en", "ar", "fa", "uk", "tr", "ru", "so", "ti", "kmr")
LEVELS = ("A1", "A2", "B1")
GAP = "___"


class Kind(enum.StrEnum):
    CARD = "card"  # a word or phrase with an example
    CHOICE = "choice"  # pick one of 2-4 options
    GAP = "gap"  # type the missing word
    REPLY = "reply"  # type the next line of a short dialogue
    SAY = "say"  # "how would you say ...": type it in German


TYPED = frozenset({Kind.GAP, Kind.REPLY, Kind.SAY})


@dataclass(frozen=True)
class Item:
    id: str
    topic: str
    level: str
    kind: Kind
    gloss: dict[str, str]
    de: str = ""  # card: the word; gap: the sentence with ___
    example: str = ""
    prompt: str = ""  # choice
    options: tuple[str, ...] = ()
    answer: int = 0  # choice: index of the right option
    answers: tuple[str, ...] = ()  # typed kinds: every accepted answer
    hint: str = ""
    line: str = ""  # reply: what the other person says

    @property
    def expected(self) -> str:
        """The answer shown as the correct one."""
        if self.kind is Kind.CHOICE:
            return self.options[self.answer]
        if self.kind is Kind.CARD:
            return self.de
        return self.answers[0]

    def german_strings(self) -> list[str]:
        return [
            s
            for s in (self.de, self.example, self.prompt, self.hint, self.line, *self.options, *self.answers)
            if s
        ]


@dataclass(frozen=True)
class Deck:
    topic: str
    title: dict[str, str]
    machine_glosses: bool
    items: tuple[Item, ...]


class DeckError(ValueError):
    pass


def _item(topic: str, raw: dict[str, Any]) -> Item:
    try:
        kind = Kind(raw["kind"])
        item = Item(
            id=str(raw["id"]),
            topic=topic,
            level=str(raw["level"]),
            kind=kind,
            gloss={str(k): str(v) for k, v in dict(raw["gloss"]).items()},
            de=str(raw.get("de", "")),
            example=str(raw.get("example", "")),
            prompt=str(raw.get("prompt", "")),
            options=tuple(str(o) for o in raw.get("options", ())),
            answer=int(raw.get("answer", 0)),
            answers=tuple(str(a) for a in raw.get("answers", ())),
            hint=str(raw.get("hint", "")),
            line=str(raw.get("line", "")),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise DeckError(f"{topic}: item {raw.get('id', '?')}: {exc}") from exc
    problems = []
    if item.level not in LEVELS:
        problems.append(f"level {item.level}")
    if set(item.gloss) != set(GLOSS_LANGUAGES) or not all(item.gloss.values()):
        problems.append("gloss must have " + ", ".join(GLOSS_LANGUAGES))
    if kind is Kind.CARD and not item.de:
        problems.append("card needs de")
    if kind is Kind.CHOICE and not (2 <= len(item.options) <= 4 and 0 <= item.answer < len(item.options)):
        problems.append("choice needs 2-4 options and a valid answer")
    if kind is Kind.GAP and item.de.count(GAP) != 1:
        problems.append("gap needs exactly one ___")
    if kind is Kind.REPLY and not item.line:
        problems.append("reply needs line")
    if kind in TYPED and not item.answers:
        problems.append("typed items need answers")
    if problems:
        raise DeckError(f"{topic}: item {item.id}: " + "; ".join(problems))
    return item


def load_deck(path: Path) -> Deck:
    raw = load_yaml(path)
    topic = str(raw["topic"])
    if topic != path.stem:
        raise DeckError(f"{path.name}: topic {topic!r} must match the file name")
    items = tuple(_item(topic, entry) for entry in raw["items"])
    return Deck(
        topic=topic, title=dict(raw["title"]), machine_glosses=bool(raw.get("machine_glosses")), items=items
    )


class Decks:
    """Every deck, and every item by id."""

    def __init__(self, folder: Path) -> None:
        self.decks = {deck.topic: deck for deck in (load_deck(p) for p in sorted(folder.glob("*.yaml")))}
        self.items: dict[str, Item] = {}
        for deck in self.decks.values():
            for item in deck.items:
                if item.id in self.items:
                    raise DeckError(f"item id {item.id} appears twice")
                self.items[item.id] = item

    @property
    def topics(self) -> list[str]:
        return list(self.decks)

    def get(self, item_id: str) -> Item | None:
        return self.items.get(item_id)
