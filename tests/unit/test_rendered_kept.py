"""Renderings kept for reuse (bot/i18n.py): only those whose arguments are numbers, dates and
times, never one with text (a name); a kept one reads exactly as a new rendering would; and
no more than RENDERED_KEPT are kept."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot import i18n
from bot.i18n import Catalogue

FTL = """\
when = { DATETIME($at, dateStyle: "full") }, { DATETIME($at, timeStyle: "short") } Uhr
hello = Hallo { $name }
hello-at = Hallo { $name }, { DATETIME($at, timeStyle: "short") } Uhr
count = { $n ->
    [one] ein Termin
   *[other] { NUMBER($n) } Termine
}
plain = Nur Text
"""


@pytest.fixture
def locales(tmp_path: Path) -> Path:
    (tmp_path / "de").mkdir()
    (tmp_path / "de" / "test.ftl").write_text(FTL, "utf-8")
    return tmp_path


def fresh(locales: Path, message_id: str, **args: object) -> str:
    """The message rendered by a catalogue that has kept nothing yet."""
    return Catalogue(locales).render("de", message_id, args)


def test_a_rendering_with_a_date_is_kept_and_reads_as_a_new_one(locales: Path) -> None:
    catalogue = Catalogue(locales)
    at = datetime(2026, 12, 7, 10, 30)
    first = catalogue.render("de", "when", {"at": at})
    assert first == "Montag, 7. Dezember 2026, 10:30 Uhr" == fresh(locales, "when", at=at)
    assert len(catalogue._rendered) == 1  # kept
    assert catalogue.render("de", "when", {"at": at}) == first
    assert catalogue.render("de", "plain") == "Nur Text"
    assert len(catalogue._rendered) == 2  # a message without arguments is kept too


def test_equal_values_that_read_differently_are_kept_apart(locales: Path) -> None:
    """10:30 UTC and 11:30 in Berlin are equal datetimes with equal hashes; 1 and 1.0 are
    equal numbers. Each reads as a new rendering of it would, whichever came first."""
    catalogue = Catalogue(locales)
    utc = datetime(2026, 12, 7, 10, 30, tzinfo=UTC)
    berlin = utc.astimezone(ZoneInfo("Europe/Berlin"))
    assert utc == berlin and hash(utc) == hash(berlin)
    for value in (utc, berlin, utc):
        assert catalogue.render("de", "when", {"at": value}) == fresh(locales, "when", at=value)
    assert catalogue.render("de", "when", {"at": utc}) != catalogue.render("de", "when", {"at": berlin})
    for n in (1, 1.0, 1, True, 2, 2.5):
        assert catalogue.render("de", "count", {"n": n}) == fresh(locales, "count", n=n)
    day = date(2026, 12, 7)
    assert catalogue.render("de", "when", {"at": day}) == fresh(locales, "when", at=day)


def test_a_rendering_with_text_is_never_kept(locales: Path) -> None:
    """Text may be a person's name: it stays out of what the process keeps."""
    catalogue = Catalogue(locales)
    assert catalogue.render("de", "hello", {"name": "Amina"}) == "Hallo Amina"
    at = datetime(2026, 12, 7, 10, 30)
    assert catalogue.render("de", "hello-at", {"name": "Amina", "at": at}) == "Hallo Amina, 10:30 Uhr"
    assert catalogue._rendered == {}
    assert "Amina" not in repr(catalogue._rendered)


def test_no_more_than_rendered_kept_are_kept(locales: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "RENDERED_KEPT", 3)
    catalogue = Catalogue(locales)
    for day in range(1, 11):
        at = datetime(2026, 12, day, 9, 0)
        assert catalogue.render("de", "when", {"at": at}) == fresh(locales, "when", at=at)
        assert len(catalogue._rendered) <= 3
