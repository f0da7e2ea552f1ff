"""Every message of the catalogue (content/locales/<lang>/*.ftl), rendered through bot/i18n.py in
every language with representative arguments: numbers 0, 1, 2, 5, 21 and 1000, short, long,
right-to-left and emoji names, and every variant of every select expression.

The cases come from the catalogue itself (its syntax trees): a new message is covered without
being listed here. Only a new placeholder name has to be given a kind below (KINDS).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from pathlib import Path

import pytest
from babel import Locale
from babel.numbers import format_decimal
from fluent.syntax import ast, parse
from fluent.syntax.visitor import Visitor

from bot.i18n import REFERENCE, Catalogue
from bot.settings import PROJECT_ROOT

LOCALES = PROJECT_ROOT / "content" / "locales"
ALL = ["de", "en", "ar", "fa", "uk", "tr", "ru", "so", "ti", "kmr"]
MARKS = re.compile("[\u200e\u200f\u2068\u2069]")  # direction marks and isolates (bot/i18n.py)

NUMBERS = (0, 1, 2, 5, 21, 1000)
# Short (a one-letter Telegram name), long, right-to-left, and emoji names.
NAMES = ("A", "Maria-Alexandra Gonzalez de la Fuente-Oberbichler", "فاطمة الزهراء", "🌻 Lina 🌻")
AT = datetime(2026, 8, 24, 14, 0)
# Numbers that reach every plural category of every language (ar: 0, 1, 2, 3-10, 11-99, 100-102).
PROBES = (0, 1, 2, 3, 4, 5, 11, 21, 22, 25, 100, 101, 102, 111, 1000)

# What each placeholder holds, as the code fills it.
COUNT = "count"  # how many of something: a noun after it needs its plural form
NUMBER = "number"  # a number that counts nothing: a position in a list, a page, a mood score
DATETIME = "datetime"  # goes to DATETIME()
TEXT = "text"  # a name, or a text the code made (a date, a time, another message)
KINDS: dict[str, str] = {
    **dict.fromkeys(
        ["best", "count", "days", "due", "learned", "length", "letters", "limit", "max", "right", "streak", "total",
         "weeks", "words"],
        COUNT,
    ),
    **dict.fromkeys(["n", "page", "pages", "score"], NUMBER),
    "at": DATETIME,
    **dict.fromkeys(
        [
            "answer", "author", "coach", "cohort", "date", "end", "example", "expected", "expires",
            "extra", "face", "first", "given", "kind", "language", "level", "line", "link", "mark", "marker",
            "missing", "mix", "mood", "name", "names", "next", "note", "place", "practice", "prefix", "quiet", "reason",
            "reasons", "reference", "role", "seen", "source", "staff", "start", "term", "text", "time",
            "version", "when", "why", "word",
        ],
        TEXT,
    ),
}  # fmt: skip

# Words that read right after any number, so a count before them needs no plural select
# (a preposition, an adjective that does not change, a noun alike in singular and plural).
# Languages whose nouns stay singular after a number (fa, tr) are not checked.
SAME_AFTER_ANY_NUMBER: dict[str, set[str]] = {
    "de": {"von", "richtig", "Zeichen", "ältere"},
    "en": {"of", "right", "fit"},
    "ar": {"من"},
    "uk": {"з"},
    "ru": {"из"},
}

# The human-made catalogues, whose every numeric select has a singular for 1.
SINGULAR_CHECKED = {"de", "en"}

# A message comment holding this says the language's text is meant to read like the German
# (a name such as "Jobcenter", a word both languages share): not a silent fallback.
SAME_AS_GERMAN = "same-as-german"


@dataclass
class Message:
    """What the rendering needs from one message in one language."""

    node: ast.Message
    placeholders: set[str] = field(default_factory=set)
    # The variable of each select expression, with its variants' keys in order and the default.
    selects: list[tuple[str, list[str | float], str | float]] = field(default_factory=list)
    # Variables placed outside every select expression, each with the text that follows it.
    followed_by: list[tuple[str, str]] = field(default_factory=list)

    @property
    def same_as_german(self) -> bool:
        return self.node.comment is not None and SAME_AS_GERMAN in (self.node.comment.content or "")


class _Reader(Visitor):
    def __init__(self, message: Message) -> None:
        super().__init__()
        self.message = message

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.message.placeholders.add(node.id.name)

    def visit_SelectExpression(self, node: ast.SelectExpression) -> None:
        if isinstance(node.selector, ast.VariableReference):
            keys = [_key(variant.key) for variant in node.variants]
            default = next(_key(variant.key) for variant in node.variants if variant.default)
            self.message.selects.append((node.selector.id.name, keys, default))
        self.generic_visit(node)


def _key(key: ast.Identifier | ast.NumberLiteral) -> str | float:
    if isinstance(key, ast.Identifier):
        return key.name
    number = float(key.value)
    return int(number) if number.is_integer() else number


def _read(node: ast.Message) -> Message:
    message = Message(node)
    _Reader(message).visit(node)
    assert node.value is not None
    elements = node.value.elements
    for index, element in enumerate(elements):
        if isinstance(element, ast.Placeable) and isinstance(element.expression, ast.VariableReference):
            after = elements[index + 1] if index + 1 < len(elements) else None
            text = after.value if isinstance(after, ast.TextElement) else ""
            message.followed_by.append((element.expression.id.name, text))
    return message


@dataclass(frozen=True)
class Source:
    """A catalogue as the bot loads it (bot/i18n.py) and as its files read (syntax trees)."""

    catalogue: Catalogue
    messages: dict[str, dict[str, Message]]

    def ids(self) -> list[str]:
        return sorted(self.messages[REFERENCE])


def _load(locales: Path) -> Source:
    catalogue = Catalogue(locales)
    messages: dict[str, dict[str, Message]] = {}
    for language in catalogue.languages:
        found = messages.setdefault(language, {})
        for path in sorted((locales / language).glob("*.ftl")):
            for entry in parse(path.read_text("utf-8")).body:
                if isinstance(entry, ast.Message):
                    found[entry.id.name] = _read(entry)
    return Source(catalogue, messages)


@cache
def _source() -> Source:
    return _load(LOCALES)


@cache
def _categories(language: str) -> set[str]:
    return set(Locale.parse(language).plural_form.tags) | {"other"}


@cache
def _category(language: str, n: int) -> str:
    return str(Locale.parse(language).plural_form(n))


def _sample(name: str, round_: int) -> object:
    kind = KINDS[name]
    if kind == DATETIME:
        return AT
    if kind == TEXT:
        return NAMES[round_ % len(NAMES)]
    return NUMBERS[round_ % len(NUMBERS)]


def _cases(source: Source, message_id: str) -> Iterator[dict[str, object]]:
    """Every number for every numeric placeholder and every name for every text one, then
    each select's every variant: its keys and a number of each plural category."""
    names = source.messages[REFERENCE][message_id].placeholders
    for round_ in range(max(len(NUMBERS), len(NAMES)) if names else 1):
        yield {name: _sample(name, round_) for name in names}
    selected: dict[str, set[str | float]] = defaultdict(set)
    for messages in source.messages.values():
        for variable, keys, _ in messages[message_id].selects:
            selected[variable].update(keys)
    for variable, found in sorted(selected.items()):
        values: list[object] = []
        if KINDS[variable] == TEXT:
            values += [*sorted(str(key) for key in found), "(none of the keys)"]
        else:
            values += sorted({*PROBES, *(key for key in found if not isinstance(key, str))})
        for value in values:
            yield {name: _sample(name, 0) for name in names} | {variable: value}


def _plain(text: str) -> str:
    return MARKS.sub("", text)


# Every way of writing a thousand; a language writes it one way, the way Babel (and so
# Fluent's NUMBER) knows for it: 1.000 in German and Turkish, 1,000 in English, 1 000 in Russian.
THOUSANDS = {"1000", "1,000", "1.000", "1 000", "1\u00a0000", "1\u202f000", "1٬000", "١٬٠٠٠", "۱٬۰۰۰"}


def _render_problems(source: Source, language: str, message_id: str) -> list[str]:
    catalogue = source.catalogue
    message = source.messages[language][message_id]
    selectors = {variable for variable, _, _ in message.selects}
    thousand = format_decimal(1000, locale=language)
    problems: list[str] = []
    for args in _cases(source, message_id):
        text, errors = catalogue.render_checked(language, message_id, args)
        plain = _plain(text)
        shown = {name: value for name, value in args.items() if not isinstance(value, datetime)}
        where = f"{language}/{message_id} {shown}"
        problems += [f"{where}: Fluent error {error}" for error in errors]
        if not plain.strip():
            problems.append(f"{where}: empty")
        if re.search(r"[{}]|\$[a-z]|\?\?\?", plain):
            problems.append(f"{where}: a placeholder left over: {plain!r}")
        for name, value in args.items():
            if isinstance(value, str) and name not in selectors and value not in plain:
                problems.append(f"{where}: {name} not shown: {plain!r}")
            if value == 1000 and any(other in plain for other in THOUSANDS - {thousand}):
                problems.append(f"{where}: 1000 not written {thousand!r}: {plain!r}")
    return problems


def _german_fallback(source: Source, language: str, message_id: str) -> list[str]:
    args = next(_cases(source, message_id))
    own = _plain(source.catalogue.render(language, message_id, args))
    german = source.catalogue.render(REFERENCE, message_id, args)
    words = german
    for value in args.values():
        words = words.replace(str(value), "")
    if (
        own == german
        and re.search(r"[^\W\d_]", words)
        and not source.messages[language][message_id].same_as_german
    ):
        return [
            f"{language}/{message_id}: the German text {german!r} (mark it '# {SAME_AS_GERMAN}: …' if meant)"
        ]
    return []


def _plural_problems(source: Source, language: str, message_id: str) -> list[str]:
    message = source.messages[language][message_id]
    categories = _categories(language)
    problems: list[str] = []
    for variable, keys, default in message.selects:
        if KINDS[variable] == TEXT:
            continue
        where = f"{language}/{message_id} ${variable}"
        for key in keys:
            if isinstance(key, str) and key not in categories:
                problems.append(
                    f"{where}: [{key}] is no plural category of {language} ({sorted(categories)})"
                )
        # Fluent takes the first variant that fits: a variant no number reaches is dead text.
        reached = {_chosen(language, keys, default, n) for n in range(1200)}
        for key in keys:
            if key != default and key not in reached:
                problems.append(f"{where}: [{key}] is never chosen")
        if language in SINGULAR_CHECKED and _chosen(language, keys, default, 1) == _chosen(
            language, keys, default, 2
        ):
            problems.append(f"{where}: 1 reads like 2 (no singular)")
    if language in SAME_AFTER_ANY_NUMBER:
        for variable, after in message.followed_by:
            word = re.match(r"[ \u00a0]*([^\W\d_]+)", after)
            if KINDS[variable] == COUNT and word and word.group(1) not in SAME_AFTER_ANY_NUMBER[language]:
                problems.append(
                    f"{language}/{message_id}: ${variable} before {word.group(1)!r} outside a plural select"
                )
    return problems


def _chosen(language: str, keys: list[str | float], default: str | float, n: int) -> str | float:
    for key in keys:
        if key == n or key == _category(language, n):
            return key
    return default


# --- the checks, one test per language and message ----------------------------------------------


@pytest.mark.parametrize("language", ALL)
def test_every_message_renders_cleanly(language: str) -> None:
    source = _source()
    problems = [
        problem for message_id in source.ids() for problem in _render_problems(source, language, message_id)
    ]
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("language", [code for code in ALL if code != REFERENCE])
def test_no_message_falls_back_to_german(language: str) -> None:
    source = _source()
    problems = [
        problem for message_id in source.ids() for problem in _german_fallback(source, language, message_id)
    ]
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("language", ALL)
def test_numbers_take_their_plural_forms(language: str) -> None:
    source = _source()
    problems = [
        problem for message_id in source.ids() for problem in _plural_problems(source, language, message_id)
    ]
    assert problems == [], "\n".join(problems)


# --- the ground the checks stand on -------------------------------------------------------------


def test_every_placeholder_has_a_kind() -> None:
    messages = _source().messages
    used = {
        name for found in messages.values() for message in found.values() for name in message.placeholders
    }
    assert used - KINDS.keys() == set(), "give each new placeholder a kind in KINDS"
    assert KINDS.keys() - used == set(), "a kind for a placeholder no message uses"


def test_every_language_is_checked() -> None:
    assert _source().catalogue.languages == ALL
    assert len(_source().ids()) > 300


def test_the_cases_reach_every_variant() -> None:
    """caseload-seen: [0] today, [1] yesterday, the other days; the cases try each."""
    source = _source()
    renderings = {
        _plain(source.catalogue.render("ru", "caseload-seen", args))
        for args in _cases(source, "caseload-seen")
    }
    assert {"сегодня", "вчера", "21 день назад", "2 дня назад", "5 дней назад"} <= renderings


def test_the_plural_categories_are_cldr_ones() -> None:
    assert _categories("ar") == {"zero", "one", "two", "few", "many", "other"}
    assert _categories("ru") == _categories("uk") == {"one", "few", "many", "other"}
    assert _categories("de") == _categories("en") == {"one", "other"}
    assert [_category("ru", n) for n in (1, 2, 5, 21)] == ["one", "few", "many", "one"]


def test_a_thousand_is_written_the_local_way() -> None:
    def limit(language: str) -> str:
        return _plain(_source().catalogue.render(language, "relay-too-long", {"limit": 1000}))

    assert "1.000" in limit("de")
    assert "1,000" in limit("en")
    assert "1\u00a0000" in limit("ru")


# A catalogue with one defect of each kind the checks look for.
DEFECTS = {
    "de": """
missing-variable = Hallo { $name }.
many-in-german = { $count ->
        [many] viele
       *[other] { $count } Termine
    }
no-singular = { $count } Termine
dead-variant = { $count ->
        [one] ein Termin
        [1] nie
       *[other] { $count } Termine
    }
no-one = { $count ->
        [0] keine Termine
       *[other] { $count } Termine
    }
untranslated = Termin
named = Jobcenter
""",
    "ru": """
missing-variable = Привет, { $name }: { $count }.
many-in-german = { $count } встреч
no-singular = Встречи: { $count }
dead-variant = { $count }
no-one = Встречи: { $count }
untranslated = Termin
# same-as-german: a name
named = Jobcenter
""",
}


def test_the_checks_find_each_defect(tmp_path: Path) -> None:
    for language, text in DEFECTS.items():
        (tmp_path / language).mkdir()
        (tmp_path / language / "main.ftl").write_text(text, "utf-8")
    source = _load(tmp_path)

    def found(check: Callable[[Source, str, str], list[str]], language: str, message_id: str) -> str:
        return "\n".join(check(source, language, message_id))

    assert found(_render_problems, "de", "missing-variable") == ""
    assert "Fluent error Unknown external: count" in found(_render_problems, "ru", "missing-variable")
    assert "[many] is no plural category of de" in found(_plural_problems, "de", "many-in-german")
    assert "$count before 'встреч' outside a plural select" in found(_plural_problems, "ru", "many-in-german")
    assert "$count before 'Termine'" in found(_plural_problems, "de", "no-singular")
    assert found(_plural_problems, "ru", "no-singular") == ""
    assert "[1] is never chosen" in found(_plural_problems, "de", "dead-variant")
    assert "1 reads like 2" not in found(_plural_problems, "de", "dead-variant")
    assert "1 reads like 2" in found(_plural_problems, "de", "no-one")
    assert "the German text 'Termin'" in found(_german_fallback, "ru", "untranslated")
    assert found(_german_fallback, "ru", "named") == ""
