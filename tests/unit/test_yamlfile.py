"""The one YAML loader of content/: libyaml when there, same data as PyYAML's safe_load, errors naming the file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from bot.checkin_content import CheckinContent
from bot.decks import load_deck
from bot.settings import PROJECT_ROOT
from bot.yamlfile import LOADER, load_yaml

CONTENT = PROJECT_ROOT / "content"


def test_the_c_loader_is_used_when_pyyaml_has_it() -> None:
    assert hasattr(yaml, "CSafeLoader")  # the PyYAML wheels bring libyaml
    assert LOADER is yaml.CSafeLoader


@pytest.mark.parametrize("path", sorted(CONTENT.rglob("*.yaml")), ids=lambda p: str(p.relative_to(CONTENT)))
def test_every_content_file_reads_as_with_safe_load(path: Path) -> None:
    assert load_yaml(path) == yaml.safe_load(path.read_text("utf-8"))


def test_a_yaml_error_names_the_file_and_the_place(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("id: weekly\nquestions: [one, two\n", "utf-8")
    with pytest.raises(ValueError, match="cannot read") as caught:
        load_yaml(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert "line" in str(caught.value)


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=f"^{re.escape(str(tmp_path / 'absent.yaml'))}: cannot read"):
        load_yaml(tmp_path / "absent.yaml")


@pytest.mark.parametrize("text", ["- a list\n- of things\n", "just words\n", ""])
def test_anything_but_a_mapping_at_the_top_is_refused(tmp_path: Path, text: str) -> None:
    path = tmp_path / "list.yaml"
    path.write_text(text, "utf-8")
    with pytest.raises(ValueError, match=f"^{re.escape(str(path))}: expected a mapping at the top"):
        load_yaml(path)


def test_decks_and_questionnaires_report_a_broken_file_by_name(tmp_path: Path) -> None:
    deck = tmp_path / "food.yaml"
    deck.write_text("topic: food\nitems: [\n", "utf-8")
    with pytest.raises(ValueError, match=f"^{re.escape(str(deck))}: cannot read"):
        load_deck(deck)
    checkins = tmp_path / "checkins"
    checkins.mkdir()
    (checkins / "weekly.yaml").write_text("id: weekly\n  every: week\n", "utf-8")
    with pytest.raises(ValueError, match=f"^{re.escape(str(checkins / 'weekly.yaml'))}: cannot read"):
        CheckinContent.load(tmp_path)
