"""Message catalogues (Fluent, one folder per language under content/locales) and rendering.

German is the reference language. Messages for learners carry the German line first and
the person's own language below it. Right-to-left text gets a right-to-left mark at the
start of each line and Unicode isolates around placeholders so numbers, names and links
inside Arabic or Farsi sentences keep their place.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import logging
import os
import pickle
import re
import sys
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from fluent.runtime import FluentBundle
from fluent.syntax import FluentParser, ast

log = logging.getLogger(__name__)

REFERENCE = "de"
# Each language written in its own name, as the language keyboard shows it.
LANGUAGES: dict[str, str] = {
    "de": "Deutsch",
    "en": "English",
    "ar": "العربية",
    "fa": "فارسی / دری",
    "uk": "Українська",
    "tr": "Türkçe",
    "ru": "Русский",
    "so": "Soomaali",
    "ti": "ትግርኛ",
    "kmr": "Kurdî (Kurmancî)",
}
# Somali and Kurmanji are written in Latin letters, Tigrinya in Ge'ez (Ethiopic) script: all
# left to right. Ge'ez needs no mark, only a font with it on the phone (Android has Noto Sans
# Ethiopic, iOS Kefa); its word space "፡" and full stop "።" are plain characters, kept as
# they are by bot/text.clean (a test checks it).
RTL_LANGUAGES = frozenset({"ar", "fa"})
RLM = "\u200f"
LRM = "\u200e"
# A slash command inside right-to-left text would show its slash on the wrong side
# ("settings/"); a left-to-right mark before the slash keeps "/settings" whole.
_COMMAND_IN_TEXT = re.compile(r"(?<![\w/])/(?=[a-z])")
# Rendered messages are kept for reuse when their arguments are only numbers, dates and times
# (a count, an appointment's time): never text, which may be a person's name. Babel's dates
# are slow (an appointment's "Montag, 7. Dezember 2026, 10:30 Uhr" took 110 us), and a coach's
# list renders one per appointment each time it is shown. At most RENDERED_KEPT are kept.
_KEPT_ARGUMENTS = (int, float, datetime, date, time)  # bool is an int
RENDERED_KEPT = 4096


@dataclass(frozen=True)
class LocaleInfo:
    code: str
    machine_translated: bool
    reviewed_by: str


class Catalogue:
    """All languages' messages, loaded once from `content/locales/<lang>/*.ftl`."""

    def __init__(self, locales_dir: Path, languages: Iterable[str] | None = None) -> None:
        if languages is None:
            languages = [code for code in LANGUAGES if (locales_dir / code).is_dir()]
        if REFERENCE not in languages:
            raise FileNotFoundError(f"no {REFERENCE} catalogue in {locales_dir}")
        self._bundles: dict[str, FluentBundle] = {}
        self._rendered: dict[tuple[Any, ...], tuple[str, tuple[Exception, ...]]] = {}
        self._ids: dict[str, set[str]] = {}
        self.info: dict[str, LocaleInfo] = {}
        for code in languages:
            folder = locales_dir / code
            bundle = FluentBundle([code], use_isolating=code in RTL_LANGUAGES)
            ids: set[str] = set()
            for resource in _resources(code, sorted(folder.glob("*.ftl"))):
                bundle.add_resource(resource)
                ids |= {entry.id.name for entry in resource.body if isinstance(entry, ast.Message)}
            if not ids:
                raise FileNotFoundError(f"no messages for language {code!r} in {folder}")
            self._bundles[code] = bundle
            self._ids[code] = ids
            meta_path = folder / "meta.toml"
            meta = tomllib.loads(meta_path.read_text("utf-8")) if meta_path.exists() else {}
            self.info[code] = LocaleInfo(
                code=code,
                machine_translated=bool(meta.get("machine_translated", False)),
                reviewed_by=str(meta.get("reviewed_by", "")),
            )

    @property
    def languages(self) -> list[str]:
        return list(self._bundles)

    def ids(self, language: str) -> set[str]:
        return set(self._ids[language])

    def supports(self, language: str | None) -> bool:
        return language in self._bundles

    def render(self, language: str, message_id: str, args: Mapping[str, Any] | None = None) -> str:
        text, errors = self.render_checked(language, message_id, args)
        for error in errors:
            # The error names the message and variable, never the person's text.
            log.error("message %s in %s: %s", message_id, language, type(error).__name__)
        return text

    def render_checked(
        self, language: str, message_id: str, args: Mapping[str, Any] | None = None
    ) -> tuple[str, list[Exception]]:
        """The message and the errors Fluent met making it (an unknown variable, a missing
        variant), which render() logs; the catalogue test collects them."""
        bundle = self._bundles.get(language) or self._bundles[REFERENCE]
        if not bundle.has_message(message_id):
            log.error("missing message %s in %s", message_id, language)
            bundle = self._bundles[REFERENCE]
        key = _rendered_key(language, message_id, args)
        kept = self._rendered.get(key) if key is not None else None
        if kept is not None:
            return kept[0], list(kept[1])
        text, errors = self._render(bundle, language, message_id, args)
        if key is not None:
            if len(self._rendered) >= RENDERED_KEPT:
                self._rendered.clear()
            self._rendered[key] = (text, tuple(errors))
        return text, errors

    @staticmethod
    def _render(
        bundle: FluentBundle, language: str, message_id: str, args: Mapping[str, Any] | None
    ) -> tuple[str, list[Exception]]:
        message = bundle.get_message(message_id)
        if message.value is None:
            raise KeyError(f"message {message_id} has no value")
        value, errors = bundle.format_pattern(message.value, dict(args or {}))
        text = str(value)
        if language in RTL_LANGUAGES:
            text = directional(_COMMAND_IN_TEXT.sub(LRM + "/", text), language)
        return text, list(errors)


def _rendered_key(language: str, message_id: str, args: Mapping[str, Any] | None) -> tuple[Any, ...] | None:
    """What a rendering is kept under, or None when it is not kept (an argument that is text,
    or of a type not known here). Each value goes with its type, and a date's with its zone
    and fold: 1 and 1.0, or 10:00 UTC and 11:00 in Berlin, are equal in Python but read
    differently."""
    if not args:
        return (language, message_id)
    values = []
    for name, value in args.items():
        if not isinstance(value, _KEPT_ARGUMENTS):
            return None
        values.append((name, type(value), value, getattr(value, "tzinfo", None), getattr(value, "fold", 0)))
    return (language, message_id, *sorted(values, key=lambda item: item[0]))


_FLUENT_VERSION = importlib.metadata.version("fluent.syntax")
_PARSER = FluentParser(with_spans=False)  # spans are for editors; the bundle needs none


def parse(source: str) -> ast.Resource:
    return _PARSER.parse(source)


def cache_dir() -> Path:
    """Where parsed catalogues are kept between starts: $XDG_CACHE_HOME/begleiter/fluent."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "begleiter" / "fluent"


def _resources(code: str, paths: list[Path]) -> list[ast.Resource]:
    """The parsed .ftl files of one language. Parsing all languages is most of the bot's start
    (about 0.6 s of pure-Python parsing; unpickling is a fifth of that), so the result is
    kept in the cache folder under a hash of the files' bytes, the parser's version and
    Python's: any change to a file parses that language again. A cache that cannot be read
    or written is passed over."""
    sources = [path.read_bytes() for path in paths]
    digest = hashlib.sha256(f"{_FLUENT_VERSION} {sys.version}".encode())
    for path, source in zip(paths, sources, strict=True):
        digest.update(path.name.encode() + b"\0" + source + b"\0")
    cached = cache_dir() / f"{code}-{digest.hexdigest()[:32]}.pickle"
    try:
        resources = pickle.loads(cached.read_bytes())  # noqa: S301 (our own cache, see above)
        if isinstance(resources, list) and all(isinstance(r, ast.Resource) for r in resources):
            return resources
    except Exception:  # noqa: S110 (missing or unreadable: parse instead)
        pass
    resources = [parse(source.decode("utf-8")) for source in sources]
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        for stale in cached.parent.glob(f"{code}-*.pickle"):
            stale.unlink(missing_ok=True)
        partial = cached.with_suffix(f".{os.getpid()}.tmp")
        partial.write_bytes(pickle.dumps(resources, protocol=pickle.HIGHEST_PROTOCOL))
        partial.replace(cached)
    except OSError as exc:
        log.info("catalogue cache not written: %s", type(exc).__name__)
    return resources


def shorten(text: str, limit: int) -> str:
    """Cut to `limit` characters with an ellipsis (quotes in alerts, cards and lists)."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def directional(text: str, language: str) -> str:
    """Content text (not from the catalogue) shown in a right-to-left language: mark each line."""
    if language not in RTL_LANGUAGES:
        return text
    return "\n".join(RLM + line if line else line for line in text.split("\n"))


# Telegram's (ISO 639-1) code for a language the catalogue keeps under another one.
_ALIASES = {"ku": "kmr"}


def telegram_code(language: str) -> str:
    """The code Telegram uses for a catalogue language: it takes two letters only ("ku", not
    "kmr"), in what its clients report and in setMyCommands' language_code."""
    return next((code for code, ours in _ALIASES.items() if ours == language), language)


def pick_language(catalogue: Catalogue, *candidates: str | None) -> str:
    """The first supported of the given language codes (Telegram sends e.g. "de-AT")."""
    for candidate in candidates:
        if not candidate:
            continue
        code = candidate.lower().split("-")[0].split("_")[0]
        code = _ALIASES.get(code, code)
        if catalogue.supports(code):
            return code
    return REFERENCE


class Translator:
    """Renders messages for one person."""

    def __init__(self, catalogue: Catalogue, language: str) -> None:
        self.catalogue = catalogue
        self.language = language if catalogue.supports(language) else REFERENCE

    def __call__(self, message_id: str, **args: Any) -> str:
        """The message in the person's language only."""
        return self.catalogue.render(self.language, message_id, args)

    def de(self, message_id: str, **args: Any) -> str:
        return self.catalogue.render(REFERENCE, message_id, args)

    def both(self, message_id: str, **args: Any) -> str:
        """German first, the person's language below: short messages that teach German."""
        german = self.de(message_id, **args)
        if self.language == REFERENCE:
            return german
        return f"{german}\n\n{self(message_id, **args)}"

    def inline(self, message_id: str, **args: Any) -> str:
        """German, then the person's language after a dot, on one line: a short answer shown
        under its question ("→ Später · لاحقًا")."""
        german = self.de(message_id, **args)
        return german if self.language == REFERENCE else f"{german} · {self(message_id, **args)}"

    def label(self, message_id: str, **args: Any) -> str:
        """A button label: the person's language, with the German after a dot when short."""
        own = self(message_id, **args)
        if self.language == REFERENCE:
            return own
        german = self.de(message_id, **args)
        combined = f"{own} · {german}"
        return combined if len(combined) <= 40 else own
