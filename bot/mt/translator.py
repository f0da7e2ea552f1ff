"""Machine translation behind one small interface: installed argostranslate packages, off the event loop.

Texts are sensitive: they are never logged (argostranslate's own logger, which logs every input
at INFO, is turned down to WARNING) and the cache lives in memory only. How argostranslate is
set up, once per process, is in packages.py.
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot import metrics
from bot.mt.packages import InstalledPair, argos, check_package_file, read_installed, use_packages_dir
from bot.mt.sentences import Sentencizer, sentencizer_for

log = logging.getLogger(__name__)

PIVOT = "en"  # a pair without a direct package goes through English, as the Argos index is built
MAX_TEXT_CHARS = 5000  # a Telegram message has at most 4096 characters


@dataclass(frozen=True)
class MachineTranslation:
    text: str
    model: str  # what made it, e.g. "argos ar→de 1.9" or "argos uk→en→de 1.9/1.9"


class MachineTranslator:
    """Translates between installed language pairs, directly or through English; None when it can't.

    Construction is cheap (no import of argostranslate). The first translate(), pairs() or
    can_translate() imports it and reads the installed packages (~0.3 s); `await warm_up()` does
    that off the event loop. Models are loaded when first used and run in a worker thread:
    one for the translations someone waits for in a conversation (triage, the relay), another
    for bulk ones (`bulk=True`: a broadcast in K languages), so a conversation's translation
    never queues behind a broadcast's.
    """

    def __init__(self, packages_dir: Path | None = None, *, cache_size: int = 4096) -> None:
        if packages_dir is not None:
            use_packages_dir(packages_dir)
        os.environ.setdefault("ARGOS_INTRA_THREADS", "1")
        self._cache_size = cache_size
        self._cache: OrderedDict[tuple[str, str, str, str], str] = OrderedDict()
        self._lock = threading.Lock()  # guards the package table and the loaded models
        self._packages: dict[tuple[str, str], Any] | None = None  # (from, to) -> argos Package
        self._loaded: dict[Path, _Loaded] = {}
        self._executor: ThreadPoolExecutor | None = None
        self._bulk_executor: ThreadPoolExecutor | None = None
        self.model_runs = 0  # translations computed (not served from the cache)

    # -- installed packages -------------------------------------------------------------------

    def pairs(self) -> list[InstalledPair]:
        """The installed packages as (source, target, version), sorted."""
        return sorted(
            InstalledPair(source, target, str(package.package_version))
            for (source, target), package in self._table().items()
        )

    def can_translate(self, source: str, target: str) -> bool:
        """Whether translate() can give a translation (False for the same language)."""
        return source != target and self._route(source, target) is not None

    async def available(self, source: str, target: str) -> bool:
        """can_translate() for the event loop: the installed packages are read in the worker
        thread the first time; False when they cannot be read (what a sentence promising a
        translation must know: whether one will really be made)."""
        if source == target:
            return False
        try:
            if self._packages is None:
                await asyncio.get_running_loop().run_in_executor(self._worker(), self._table)
            return self._route(source, target) is not None
        except Exception as exc:
            log.warning("reading the translation packages failed: %s", type(exc).__name__)
            return False

    def reload(self) -> None:
        """Read the installed packages again (after an install); drops loaded models and the cache."""
        with self._lock:
            self._packages = None
            self._loaded.clear()
        self._cache.clear()

    def install(self, path: Path) -> InstalledPair:
        """Install an `.argosmodel` file into the packages directory; checked first, InstallError if bad."""
        pair = check_package_file(path)
        modules = argos()
        with self._lock:
            modules.package.install_from_path(path)
        self.reload()
        log.info("installed translation package %s→%s %s", pair.source, pair.target, pair.version)
        return pair

    @property
    def packages_dir(self) -> Path:
        return Path(argos().settings.package_data_dir)

    # -- translation ----------------------------------------------------------------------------

    async def warm_up(self) -> None:
        """Import argostranslate and read the installed packages in the worker thread."""
        await asyncio.get_running_loop().run_in_executor(self._worker(), self._table)

    async def translate(
        self, text: str, source: str, target: str, *, bulk: bool = False
    ) -> MachineTranslation | None:
        """The text in the target language, or None: same language, empty text, no model, failure.
        `bulk`: a text for many people (a broadcast), translated in the bulk worker thread."""
        if source == target or not text.strip():
            return None
        if len(text) > MAX_TEXT_CHARS:
            log.warning("machine translation skipped: text longer than %d characters", MAX_TEXT_CHARS)
            return None
        loop = asyncio.get_running_loop()
        worker = self._worker()
        model = f"argos {source}→{target}"
        try:
            if self._packages is None:
                await loop.run_in_executor(worker, self._table)
            route = self._route(source, target)
            if route is None:
                return None
            model = _model_name(route)
            key = (text, source, target, model)
            cached = self._cache.get(key)
            if cached is not None:
                self._cache.move_to_end(key)
                metrics.TRANSLATION_CACHE_HITS.inc()
                return MachineTranslation(cached, model)
            with metrics.TRANSLATION_SECONDS.time():
                runner = self._bulk_worker() if bulk else worker
                translated = await loop.run_in_executor(runner, self._run, text, route)
        except Exception as exc:  # a model failing on some input must not break the caller
            log.warning("machine translation %s failed: %s", model, type(exc).__name__)  # never the text
            return None
        if self._cache_size > 0:
            self._cache[key] = translated
            if len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return MachineTranslation(translated, model)

    def close(self) -> None:
        """Stop the worker threads (waits for the translations in progress)."""
        for executor in (self._executor, self._bulk_executor):
            if executor is not None:
                executor.shutdown(wait=True)
        self._executor = self._bulk_executor = None

    def _worker(self) -> ThreadPoolExecutor:
        # One thread: a CTranslate2 model is not used from several threads at once, and one
        # translation at a time keeps the CPU share of the bot predictable.
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="machine-translation")
        return self._executor

    def _bulk_worker(self) -> ThreadPoolExecutor:
        # Its own thread: a broadcast's K translations (seconds each with a real model) would
        # otherwise hold up every translation a person in a conversation is waiting for. Two
        # threads never use one CTranslate2 model at once in practice (bulk: from German;
        # conversations: into German), and CTranslate2 serialises calls on one model anyway.
        if self._bulk_executor is None:
            self._bulk_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="bulk-translation")
        return self._bulk_executor

    def _run(self, text: str, route: tuple[Any, ...]) -> str:
        """Runs in the worker thread: the text through each package of the route."""
        self.model_runs += 1
        for package in route:
            text = self._translate_with(package, text)
        return text

    def _translate_with(self, package: Any, text: str) -> str:
        modules = argos()
        loaded = self._load(package)
        lines = []
        for line in text.splitlines():
            if not line.strip():
                lines.append("")
                continue
            hypotheses = modules.translate.apply_packaged_translation(
                loaded.package, line, loaded.translator, loaded.sentencizer, 1
            )
            lines.append(str(hypotheses[0].value))
        return "\n".join(lines)

    def _route(self, source: str, target: str) -> tuple[Any, ...] | None:
        table = self._table()
        if (source, target) in table:
            return (table[source, target],)
        if PIVOT not in (source, target) and (source, PIVOT) in table and (PIVOT, target) in table:
            return (table[source, PIVOT], table[PIVOT, target])
        return None

    def _table(self) -> dict[tuple[str, str], Any]:
        with self._lock:
            if self._packages is None:
                self._packages = read_installed(argos())
            return self._packages

    def _load(self, package: Any) -> _Loaded:
        """The package's model, loaded on first use (in the worker thread, the only caller)."""
        with self._lock:
            loaded = self._loaded.get(package.package_path)
        if loaded is None:
            settings = argos().settings
            options: dict[str, Any] = {
                "device": settings.device,
                "inter_threads": settings.inter_threads,
                "intra_threads": settings.intra_threads,
            }
            if settings.compute_type != "auto":
                options["compute_type"] = settings.compute_type
            translator = argos().ctranslate2.Translator(str(package.package_path / "model"), **options)
            loaded = _Loaded(package, translator, sentencizer_for(argos(), package))
            with self._lock:
                self._loaded[package.package_path] = loaded
        return loaded


@dataclass(frozen=True)
class _Loaded:
    package: Any  # argostranslate.package.Package
    translator: Any  # ctranslate2.Translator
    sentencizer: Sentencizer


def _model_name(route: tuple[Any, ...]) -> str:
    codes = [str(route[0].from_code), *(str(package.to_code) for package in route)]
    versions = "/".join(str(package.package_version) for package in route)
    return f"argos {'→'.join(codes)} {versions}"
