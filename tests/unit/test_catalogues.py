"""The UI catalogues in content/locales and their rendering (bot/i18n.py)."""

from __future__ import annotations

import re
import tomllib
from datetime import datetime
from functools import cache
from pathlib import Path

import pytest
from fluent.syntax import ast, parse
from fluent.syntax.visitor import Visitor

from bot.i18n import LANGUAGES, REFERENCE, RLM, RTL_LANGUAGES, Catalogue, Translator, pick_language
from bot.settings import PROJECT_ROOT

LOCALES = PROJECT_ROOT / "content" / "locales"
ALL = ["de", "en", "ar", "fa", "uk", "tr", "ru", "so", "ti", "kmr"]
OTHERS = [code for code in ALL if code != REFERENCE]
FSI, PDI = "\u2068", "\u2069"
COMMAND_DESCRIPTION = (3, 256)  # Telegram's limit for a menu command's description


class _Variables(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.names.add(node.id.name)
        self.generic_visit(node)


@cache
def _resources(code: str) -> tuple[ast.Resource, ...]:
    folder = LOCALES / code
    return tuple(parse(path.read_text("utf-8")) for path in sorted(folder.glob("*.ftl")))


def _messages(code: str) -> dict[str, ast.Message]:
    found: dict[str, ast.Message] = {}
    for resource in _resources(code):
        for entry in resource.body:
            if isinstance(entry, ast.Message):
                assert entry.id.name not in found, f"{code}: {entry.id.name} defined twice"
                found[entry.id.name] = entry
    return found


def _placeholders(message: ast.Message) -> set[str]:
    visitor = _Variables()
    visitor.visit(message)
    return visitor.names


@cache
def _catalogue() -> Catalogue:
    return Catalogue(LOCALES)


# Placeholders that are not text: `at` goes to Fluent's DATETIME().
_TYPED_SAMPLES: dict[str, object] = {"at": datetime(2026, 8, 24, 14, 0)}


def _sample_args(message_id: str) -> dict[str, object]:
    names = _placeholders(_messages(REFERENCE)[message_id])
    return {name: _TYPED_SAMPLES.get(name, f"Arg{index}") for index, name in enumerate(sorted(names))}


# --- files ------------------------------------------------------------------------------------


def test_the_languages_are_the_offered_ones() -> None:
    assert sorted(LANGUAGES) == sorted(ALL)
    assert {"ar", "fa"} == RTL_LANGUAGES


@pytest.mark.parametrize("code", ALL)
def test_catalogue_folder_exists(code: str) -> None:
    folder = LOCALES / code
    assert folder.is_dir(), f"missing catalogue {folder}"
    assert list(folder.glob("*.ftl")), f"no .ftl files in {folder}"


def test_the_catalogue_loads_every_language() -> None:
    assert _catalogue().languages == ALL


@pytest.mark.parametrize("code", ALL)
def test_no_junk(code: str) -> None:
    for resource in _resources(code):
        junk = [entry for entry in resource.body if isinstance(entry, ast.Junk)]
        assert not junk, f"{code}: unparsable entries: {[(entry.content or '')[:60] for entry in junk]}"


@pytest.mark.parametrize("code", OTHERS)
def test_same_ids_as_german(code: str) -> None:
    reference = set(_messages(REFERENCE))
    own = set(_messages(code))
    assert own - reference == set(), f"{code} has ids German lacks"
    assert reference - own == set(), f"{code} lacks ids"
    assert _catalogue().ids(code) == _catalogue().ids(REFERENCE)


@pytest.mark.parametrize("code", OTHERS)
def test_same_placeholders_as_german(code: str) -> None:
    reference = _messages(REFERENCE)
    own = _messages(code)
    for message_id in sorted(reference.keys() & own.keys()):
        assert _placeholders(own[message_id]) == _placeholders(reference[message_id]), f"{code}/{message_id}"


@pytest.mark.parametrize("code", ALL)
def test_every_message_has_a_value(code: str) -> None:
    for message_id, message in _messages(code).items():
        assert message.value is not None, f"{code}/{message_id} has no value"


def test_placeholder_collection_sees_variables() -> None:
    # The checks above are only worth something if the visitor finds variables at all.
    reference = _messages(REFERENCE)
    assert _placeholders(reference["quiet-hours-range"]) == {"start", "end"}
    assert _placeholders(reference["invite-created"]) == {"role", "cohort", "expires", "link"}
    assert _placeholders(reference["welcome"]) == set()


@pytest.mark.parametrize("code", ALL)
def test_meta_toml(code: str) -> None:
    meta_path = LOCALES / code / "meta.toml"
    assert meta_path.is_file(), f"missing {meta_path}"
    meta = tomllib.loads(meta_path.read_text("utf-8"))
    assert isinstance(meta.get("machine_translated"), bool), f"{code}: machine_translated"
    assert isinstance(meta.get("reviewed_by", ""), str)
    info = _catalogue().info[code]
    assert info.machine_translated is meta["machine_translated"]
    if meta["machine_translated"]:
        comments = [
            line
            for path in sorted((LOCALES / code).glob("*.ftl"))
            for line in path.read_text("utf-8").splitlines()
            if line.startswith("#") and re.search(r"needs? review", line, re.IGNORECASE)
        ]
        assert comments, f"{code} is machine-translated but no .ftl says it needs review"
    else:
        assert meta.get("reviewed_by"), f"{code}: a human-made catalogue names its reviewer"


def test_reference_is_not_machine_translated() -> None:
    assert _catalogue().info[REFERENCE].machine_translated is False


@pytest.mark.parametrize("code", ALL)
def test_menu_command_descriptions_fit_telegram(code: str) -> None:
    low, high = COMMAND_DESCRIPTION
    commands = [message_id for message_id in _messages(REFERENCE) if message_id.startswith("cmd-")]
    assert commands
    for message_id in commands:
        rendered = _catalogue().render(code, message_id)
        assert "\n" not in rendered.strip(), f"{code}/{message_id}"
        assert low <= len(rendered) <= high, f"{code}/{message_id}: {len(rendered)} characters"


# --- rendering --------------------------------------------------------------------------------


@pytest.mark.parametrize("code", sorted(RTL_LANGUAGES))
def test_rtl_lines_start_with_rlm_and_placeables_are_isolated(code: str) -> None:
    catalogue = _catalogue()
    for message_id in sorted(catalogue.ids(REFERENCE)):
        args = _sample_args(message_id)
        rendered = catalogue.render(code, message_id, args)
        for line in rendered.split("\n"):
            if line:
                assert line.startswith(RLM), f"{code}/{message_id}: {line!r}"
                assert not line.startswith(RLM + RLM), f"{code}/{message_id}: doubled mark"
        for value in (v for v in args.values() if isinstance(v, str)):
            assert f"{FSI}{value}{PDI}" in rendered, f"{code}/{message_id}: {value} not isolated"
        assert rendered.count(FSI) == rendered.count(PDI)


def test_rtl_example() -> None:
    rendered = _catalogue().render("ar", "language-chosen", {"language": "Deutsch"})
    assert rendered.startswith(RLM)
    assert f"{FSI}Deutsch{PDI}" in rendered
    multi = _catalogue().render("fa", "privacy-notice")
    lines = multi.split("\n")
    assert len(lines) > 3
    assert "" in lines  # the empty line stays empty
    assert all(line.startswith(RLM) for line in lines if line)


@pytest.mark.parametrize("code", [code for code in ALL if code not in RTL_LANGUAGES])
def test_ltr_gets_no_marks(code: str) -> None:
    catalogue = _catalogue()
    for message_id in sorted(catalogue.ids(REFERENCE)):
        args = _sample_args(message_id)
        rendered = catalogue.render(code, message_id, args)
        for mark in (RLM, FSI, PDI, "\u200e", "\u202b", "\u202e"):
            assert mark not in rendered, f"{code}/{message_id}: {mark!r}"
        for value in (v for v in args.values() if isinstance(v, str)):
            assert value in rendered, f"{code}/{message_id}: {value} missing"


def test_both_gives_german_first_then_the_own_language() -> None:
    catalogue = _catalogue()
    german = catalogue.render("de", "welcome")
    for code in OTHERS:
        own = catalogue.render(code, "welcome")
        assert own != german, code
        both = Translator(catalogue, code).both("welcome")
        assert both == f"{german}\n\n{own}", code
        assert both.startswith(german)
        assert both.endswith(own)
    arabic = Translator(catalogue, "ar").both("language-chosen", language="العربية")
    first, second = arabic.split("\n\n")
    assert first == "Ihre Sprache: العربية"  # the German half is untouched by RTL marks
    assert second.startswith(RLM)


def test_both_is_only_german_for_german() -> None:
    catalogue = _catalogue()
    translator = Translator(catalogue, "de")
    assert translator.both("welcome") == catalogue.render("de", "welcome")
    assert "\n\n" not in translator.both("welcome")


def test_unsupported_language_falls_back_to_german() -> None:
    translator = Translator(_catalogue(), "pt")
    assert translator.language == "de"
    assert translator("welcome") == _catalogue().render("de", "welcome")
    assert translator.both("welcome") == _catalogue().render("de", "welcome")


def test_label_adds_short_german() -> None:
    catalogue = _catalogue()
    assert Translator(catalogue, "de").label("consent-no") == "Nein"
    assert Translator(catalogue, "en").label("consent-no") == "No · Nein"
    for code in OTHERS:
        own = catalogue.render(code, "privacy-notice")
        # Too long for a button with the German added: the own language alone.
        assert Translator(catalogue, code).label("privacy-notice") == own


@pytest.mark.parametrize(
    ("candidates", "expected"),
    [
        (("de-AT",), "de"),
        (("pt",), "de"),
        ((None,), "de"),
        ((), "de"),
        (("",), "de"),
        (("ar",), "ar"),
        (("AR",), "ar"),
        (("en-GB",), "en"),
        (("uk_UA",), "uk"),
        (("pt-BR", "fa"), "fa"),
        ((None, "tr"), "tr"),
        (("ru", "en"), "ru"),
        (("zz-ZZ",), "de"),
    ],
)
def test_pick_language(candidates: tuple[str | None, ...], expected: str) -> None:
    assert pick_language(_catalogue(), *candidates) == expected


def test_missing_german_catalogue_is_refused(tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "main.ftl").write_text("welcome = Welcome\n", "utf-8")
    with pytest.raises(FileNotFoundError):
        Catalogue(tmp_path)


def test_missing_message_falls_back_to_german(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    (tmp_path / "de").mkdir()
    (tmp_path / "de" / "main.ftl").write_text("a = Hallo\nb = Tschüss\n", "utf-8")
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "main.ftl").write_text("a = Hello\n", "utf-8")
    catalogue = Catalogue(tmp_path)
    assert catalogue.languages == ["de", "en"]
    assert catalogue.render("en", "a") == "Hello"
    assert catalogue.render("en", "b") == "Tschüss"
    assert any("missing message b in en" in record.getMessage() for record in caplog.records)
