"""The contact directory (content/contacts.yaml): the shipped file is valid, mistakes are named,
and a changed file is read again while a broken change keeps the last good version."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from bot.contacts import TOPICS, ContactBook, load_directory
from bot.settings import PROJECT_ROOT

SHIPPED = PROJECT_ROOT / "content" / "contacts.yaml"


def test_the_shipped_file_is_valid_and_covers_every_topic() -> None:
    directory = load_directory(SHIPPED)
    assert [topic.id for topic in directory.topics] == list(TOPICS)
    for topic in directory.topics:
        for contact in topic.contacts:
            assert contact.phone.startswith("+49"), "international form: phones make it tappable"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("topics:\n  - id: work\n    contacts: []\n", "topics.0.contacts"),
        ("topics:\n  - id: pets\n    contacts: [{name: A, role: B, phone: '+49 561 1'}]\n", "unknown topic"),
        ("topics:\n  - id: work\n    contacts: [{name: A, role: B, phone: 'ruf an'}]\n", "phone"),
        ("topics:\n  - id: work\n    contacts: [{name: A, role: B, phone: '+49 561 11', mail: x}]\n", "mail"),
        ("topics:\n  - id: work\n    contacts: [{name: A, role: B, phone: '+49 561 11', email: x}]\n", "e-mail"),
        ("topics:\n  - id: work\n    contacts: [{name: A, phone: '+49 561 11'}]\n", "role"),
        ("topics: [{id: work, contacts: [{name: A, role: B, phone: '+4956111'}]}, "
         "{id: work, contacts: [{name: C, role: D, phone: '+4956112'}]}]\n", "twice"),
        ("topics: [\n", "cannot read"),
    ],
)  # fmt: skip
def test_a_broken_file_is_reported_by_name(tmp_path: Path, text: str, problem: str) -> None:
    path = tmp_path / "contacts.yaml"
    path.write_text(text, "utf-8")
    with pytest.raises(ValueError, match=problem) as caught:
        load_directory(path)
    assert str(caught.value).startswith(f"{path}: ")


def _touch_later(path: Path) -> None:
    """A later modification time, as an editor's save gives it, however fast the test runs."""
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000_000))


def test_a_changed_file_is_read_again(tmp_path: Path) -> None:
    path = tmp_path / "contacts.yaml"
    shutil.copy(SHIPPED, path)
    book = ContactBook(path)
    assert book.current().topics[0].contacts[0].name == "Sabine Beispiel"
    path.write_text(SHIPPED.read_text("utf-8").replace("Sabine Beispiel", "Sabine Neu"), "utf-8")
    _touch_later(path)
    assert book.current().topics[0].contacts[0].name == "Sabine Neu"


def test_a_broken_change_keeps_the_last_good_version_and_is_logged(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "contacts.yaml"
    shutil.copy(SHIPPED, path)
    book = ContactBook(path)
    good = book.current()
    path.write_text("topics:\n  - id: work\n    contacts: []\n", "utf-8")
    _touch_later(path)
    assert book.current() is good
    assert str(path) in caplog.text and "last good version" in caplog.text
    caplog.clear()
    assert book.current() is good
    assert caplog.text == "", "the same broken file is reported once"


def test_without_any_good_version_the_mistake_is_raised(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="cannot read"):
        ContactBook(tmp_path / "contacts.yaml").current()


def test_the_command_line_checks_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from bot.cli import main

    monkeypatch.setenv("BEGLEITER_CONTENT_DIR", str(tmp_path))
    monkeypatch.setenv("DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path}/unused.db")
    shutil.copy(SHIPPED, tmp_path / "contacts.yaml")
    assert main(["contacts", "check"]) == 0
    assert "housing      1 contact(s)" in capsys.readouterr().out
    (tmp_path / "contacts.yaml").write_text("topics: []\n", "utf-8")
    assert main(["contacts", "check"]) == 1
    assert f"{tmp_path / 'contacts.yaml'}: topics" in capsys.readouterr().err
