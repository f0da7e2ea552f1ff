"""The programme's contact people by topic (content/contacts.yaml): validated when read, and read
again whenever the file changes, so staff update it without a code change or a restart."""

from __future__ import annotations

import logging
import re
import threading
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from bot.yamlfile import load_yaml

log = logging.getLogger(__name__)

FILE_NAME = "contacts.yaml"
# The topics the catalogue has names for (contacts-topic-<id> in content/locales/*/contacts.ftl).
TOPICS = ("work", "education", "mentors", "volunteers", "housing")
_PHONE = re.compile(r"\+?[0-9][0-9 /()-]{4,30}")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


class Contact(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    name: str = Field(min_length=1, max_length=100)
    role: str = Field(min_length=1, max_length=120)
    phone: str = Field(min_length=1, max_length=40)
    email: str | None = Field(default=None, max_length=120)
    hours: str | None = Field(default=None, max_length=120)

    @field_validator("phone")
    @classmethod
    def _phone(cls, value: str) -> str:
        if not _PHONE.fullmatch(value):
            raise ValueError("a phone number of digits, spaces and + / ( ) -")
        return value

    @field_validator("email")
    @classmethod
    def _email(cls, value: str | None) -> str | None:
        if value is not None and not _EMAIL.fullmatch(value):
            raise ValueError("not an e-mail address")
        return value


class Topic(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    contacts: tuple[Contact, ...] = Field(min_length=1)

    @field_validator("id")
    @classmethod
    def _known(cls, value: str) -> str:
        if value not in TOPICS:
            raise ValueError(f"unknown topic (one of {', '.join(TOPICS)})")
        return value


class Directory(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    topics: tuple[Topic, ...] = Field(min_length=1)

    @field_validator("topics")
    @classmethod
    def _unique(cls, value: tuple[Topic, ...]) -> tuple[Topic, ...]:
        ids = [topic.id for topic in value]
        if len(ids) != len(set(ids)):
            raise ValueError("a topic is listed twice")
        return value

    def topic(self, topic_id: str | None) -> Topic | None:
        return next((topic for topic in self.topics if topic.id == topic_id), None)


def load_directory(path: Path) -> Directory:
    """The directory in the file; ValueError naming the file and the place of each mistake."""
    raw = load_yaml(path)
    try:
        return Directory.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(part) for part in error['loc'])}: {error['msg']}" for error in exc.errors()
        )
        raise ValueError(f"{path}: {problems}") from None


@dataclass
class _Read:
    mtime_ns: int
    size: int
    directory: Directory


class ContactBook:
    """The directory of one file, read again when the file's modification time or size changes.
    A changed file with a mistake is logged (its name and the mistake) and the last good
    version stays in use, so a typo never takes the directory away from participants."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._read: _Read | None = None
        self._lock = threading.Lock()

    def current(self) -> Directory:
        """The directory as the file is now. ValueError only if no version was ever good."""
        try:
            stat = self.path.stat()
        except OSError:
            stat = None
        with self._lock:
            known = self._read
            if known is not None and (
                stat is None or (stat.st_mtime_ns, stat.st_size) == (known.mtime_ns, known.size)
            ):
                return known.directory
            try:
                directory = load_directory(self.path)
            except ValueError as exc:
                if known is None:
                    raise
                log.error("contacts not reloaded, the last good version stays: %s", exc)
                # Not tried again until the file changes once more.
                if stat is not None:
                    self._read = _Read(stat.st_mtime_ns, stat.st_size, known.directory)
                return known.directory
            if stat is not None:
                self._read = _Read(stat.st_mtime_ns, stat.st_size, directory)
            if known is not None:
                log.info("contacts reloaded: %d topics", len(directory.topics))
            return directory


_books: dict[Path, ContactBook] = {}


def book_for(content_dir: Path) -> ContactBook:
    """One book per content folder and process."""
    path = (content_dir / FILE_NAME).resolve()
    if path not in _books:
        _books[path] = ContactBook(path)
    return _books[path]
