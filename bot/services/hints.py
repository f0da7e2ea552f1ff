"""The hint of a gap item: it points at the rule or the first letter, never at the answer.

A deck's own hint is shown where typing it (or some words of it) would not be judged right;
otherwise, and for items without one, the hint is the first letter and the length of the
answer. "helfen" for "Ich ___ Ihnen" stays (typed, it is a wrong ending: the hint is the rule,
conjugate); "die Dokumentation" for "in die ___" goes (typed, it is the answer).
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.decks import Item, Kind
from bot.services.judge import ARTICLES, judge_one, normalise


@dataclass(frozen=True)
class Hint:
    text: str = ""  # the deck's own hint (German), where it gives nothing away
    first: str = ""  # otherwise the answer's first letter,
    letters: int = 0  # how many letters it has
    words: int = 1  # and how many words


def _words(text: str, *, articles: bool) -> list[str]:
    return [w for w in normalise(text).split() if articles or w not in ARTICLES]


def gives_away(hint: str, answers: tuple[str, ...] | list[str]) -> bool:
    """Whether some words of `hint`, typed as the answer, would be judged right for any accepted
    answer: case, punctuation, umlaut spellings, small typos and articles do not matter."""
    for answer in answers:
        target = _words(answer, articles=False)
        keep_articles = not target  # an answer that is an article itself ("den")
        if keep_articles:
            target = _words(answer, articles=True)
        words = _words(hint, articles=keep_articles)
        size = len(target)
        if size and any(
            judge_one(" ".join(words[i : i + size]), " ".join(target)).correct
            for i in range(len(words) - size + 1)
        ):
            return True
    return False


def letters_of(answer: str) -> Hint:
    """The first letter and the length of an answer, as written (umlauts and ß count once)."""
    words = answer.split()
    first = next((c for c in answer if c.isalpha()), answer[:1])
    return Hint(first=first, letters=sum(1 for c in answer if c.isalpha()), words=max(1, len(words)))


def hint_of(item: Item) -> Hint | None:
    """The hint shown for an item; None for kinds that have no hint button (only gaps do)."""
    if item.kind is not Kind.GAP or not item.answers:
        return None
    if item.hint and not gives_away(item.hint, item.answers):
        return Hint(text=item.hint)
    return letters_of(item.answers[0])
