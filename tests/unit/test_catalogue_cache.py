"""The catalogues are parsed once and then read from the cache folder on later starts."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import i18n
from bot.i18n import Catalogue


def _locales(root: Path) -> Path:
    for code, hello in (("de", "Hallo { $name }"), ("en", "Hello { $name }")):
        (root / code).mkdir(parents=True)
        (root / code / "a.ftl").write_text(f"hello = {hello}\n", encoding="utf-8")
        (root / code / "b.ftl").write_text("bye = Tschüss\n", encoding="utf-8")
    return root


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    seen: list[str] = []
    real = i18n.parse

    def counting(source: str) -> object:
        seen.append(source)
        return real(source)

    monkeypatch.setattr(i18n, "parse", counting)
    return seen


def test_each_file_is_parsed_once_then_read_from_the_cache(parses: list[str], tmp_path: Path) -> None:
    locales = _locales(tmp_path / "locales")
    first = Catalogue(locales)
    assert len(parses) == 4  # two files in two languages, each once
    again = Catalogue(locales)
    assert len(parses) == 4  # nothing parsed: the cache had all of it
    assert again.render("en", "hello", {"name": "Ana"}) == first.render("en", "hello", {"name": "Ana"})
    assert again.ids("de") == {"hello", "bye"}


def test_a_changed_file_is_parsed_again(parses: list[str], tmp_path: Path) -> None:
    locales = _locales(tmp_path / "locales")
    Catalogue(locales)
    (locales / "en" / "a.ftl").write_text("hello = Hi { $name }\n", encoding="utf-8")
    catalogue = Catalogue(locales)
    assert len(parses) == 6  # English again (both files), German from the cache
    assert catalogue.render("en", "hello", {"name": "Ana"}) == "Hi Ana"
    assert len(list((tmp_path / "cache" / "begleiter" / "fluent").glob("en-*.pickle"))) == 1


def test_a_broken_or_unwritable_cache_is_passed_over(
    parses: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locales = _locales(tmp_path / "locales")
    Catalogue(locales)
    for cached in (tmp_path / "cache" / "begleiter" / "fluent").glob("*.pickle"):
        cached.write_bytes(b"not a pickle")
    assert Catalogue(locales).render("de", "bye") == "Tschüss"
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))  # a file: no folder can be made in it
    assert Catalogue(locales).render("de", "bye") == "Tschüss"
