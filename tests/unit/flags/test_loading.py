"""Loading: broken flag rules and keyword lists are refused, naming the file and the entry."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from bot.services.flags import FlagRules
from bot.settings import PROJECT_ROOT

CONTENT = PROJECT_ROOT / "content"


@pytest.fixture
def content(tmp_path: Path) -> Path:
    shutil.copytree(CONTENT / "checkins", tmp_path / "checkins")
    return tmp_path


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), "utf-8")


FLAGS_FILE = "checkins/flags.yaml"
DE_FILE = "checkins/keywords/de.yaml"


@pytest.mark.parametrize(
    ("file", "old", "new", "message"),
    [
        (
            FLAGS_FILE,
            "question: mood\n    levels",
            "question: moood\n    levels",
            "low_mood.*unknown question 'moood'",
        ),
        (
            FLAGS_FILE,
            "{at_most: 1, severity: urgent}",
            "{at_most: 1, severity: severe}",
            "low_mood.*severity",
        ),
        (
            FLAGS_FILE,
            "    severity: normal\n\n  - id: contact",
            "    severity: high\n\n  - id: contact",
            "mood_drop.*severity",
        ),
        (FLAGS_FILE, "kind: drop", "kind: fall", "mood_drop.*unknown kind 'fall'"),
        (FLAGS_FILE, 'options: ["yes"]', 'options: ["maybe"]', "contact_requested.*unknown option.*maybe"),
        (FLAGS_FILE, "question: attendance", "question: mood", "missed_course.*does not fit question 'mood'"),
        (FLAGS_FILE, "id: missed_course", "id: low_mood", "low_mood.*duplicate id"),
        (FLAGS_FILE, "    history: 3", "    history: three", "history must be a number"),
        (
            FLAGS_FILE,
            "    question: contact\n",
            "    question: contact\n    colour: red\n",
            "unknown key.*colour",
        ),
        (FLAGS_FILE, "languages: [de,", "languages: [xx, de,", "no keyword list xx"),
        (FLAGS_FILE, ", kmr]", "]", "keyword list.*kmr not in languages"),
        (DE_FILE, "language: de", "language: en", "de.yaml: language 'en' does not match"),
        (DE_FILE, "machine_made: true", "machine_made: maybe", "de.yaml: machine_made"),
        (DE_FILE, "script: latin", "script: runic", "de.yaml: script"),
        (
            DE_FILE,
            "  - mich umbring*\n",
            "  - mich um*bringen\n",
            r"de.yaml: crisis\[\d+\] 'mich um\*bringen'.*'\*'",
        ),
        (DE_FILE, "  - mich umbring*\n", "  - mich *\n", r"de.yaml: crisis\[\d+\] 'mich \*'"),
        (
            DE_FILE,
            "  - freitod\n",
            "  - freitod\n  - Freitod\n",
            r"de.yaml: crisis\[\d+\] 'Freitod': same as crisis",
        ),
        (
            DE_FILE,
            "  - ich sterbe ... vor lachen\n",
            "  - er stirbt vor lachen\n",
            "does not contain 'ich sterbe'",
        ),
        (DE_FILE, "  - will ... sterben\n", "  - will ... ... sterben\n", r"'\.\.\.' must stand between"),
        (DE_FILE, "  - überdosis\n", "  - {term: überdosis, colour: red}\n", "unknown key.*colour"),
        (
            "checkins/keywords/en.yaml",
            "harmless_after:\n  child:",
            "harmless_after:\n  childs:",
            "harmless_after must map categories of life",
        ),
        (
            "checkins/keywords/en.yaml",
            "harmless_after:\n  child: [",
            "harmless_after:\n  child: [1, ",
            "harmless_after",
        ),
    ],
)
def test_broken_data_is_refused_with_file_and_entry(
    content: Path, file: str, old: str, new: str, message: str
) -> None:
    _edit(content / file, old, new)
    with pytest.raises(ValueError, match=message) as caught:
        FlagRules.load(content)
    assert str(content / file) in str(caught.value)


def test_an_empty_severity_is_refused(content: Path) -> None:
    path = content / DE_FILE
    raw = yaml.safe_load(path.read_text("utf-8"))
    raw["urgent"] = []
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), "utf-8")
    with pytest.raises(ValueError, match=r"de\.yaml: urgent must be a non-empty list"):
        FlagRules.load(content)


def test_a_missing_keyword_file_is_refused(content: Path) -> None:
    (content / "checkins" / "keywords" / "fa.yaml").unlink()
    with pytest.raises(ValueError, match="no keyword list fa"):
        FlagRules.load(content)
