"""Machine translation behind one small interface: installed argostranslate packages, off the event loop.

argostranslate reads its settings from the environment once, when it is first imported
(ARGOS_PACKAGES_DIR, XDG_DATA_HOME, XDG_CONFIG_HOME, ARGOS_COMPUTE_TYPE, ARGOS_INTRA_THREADS, ...).
So it is imported lazily, on first use, never by constructing a MachineTranslator. Before that
import, `packages_dir` (when given) is written to ARGOS_PACKAGES_DIR, and ARGOS_INTRA_THREADS
defaults to 1: the library's default (0, all cores) costs 55–68 ms per sentence of a small model on
2 cores, one thread 1–3 ms. A process therefore has exactly one packages directory: a second
MachineTranslator with a different `packages_dir` raises ConfigurationError.

Texts are sensitive: they are never logged (argostranslate's own logger, which logs every input
at INFO, is turned down to WARNING) and the cache lives in memory only.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import re
import sys
import threading
import zipfile
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, NamedTuple

log = logging.getLogger(__name__)

PIVOT = "en"  # a pair without a direct package goes through English, as the Argos index is built
MAX_TEXT_CHARS = 5000  # a Telegram message has at most 4096 characters
MAX_SENTENCE_CHARS = 200  # longer "sentences" are cut at spaces (models degrade on long inputs)


@dataclass(frozen=True)
class MachineTranslation:
    text: str
    model: str  # what made it, e.g. "argos ar→de 1.9" or "argos uk→en→de 1.9/1.9"


class InstalledPair(NamedTuple):
    source: str
    target: str
    version: str


class ConfigurationError(RuntimeError):
    """The process was set up for another packages directory (argostranslate reads it once)."""


class InstallError(Exception):
    """A package file that cannot be installed; the message is one line for the operator."""


# argostranslate's settings are process-wide, so is the directory chosen for them.
_process_packages_dir: Path | None = None
_process_lock = threading.Lock()


class MachineTranslator:
    """Translates between installed language pairs, directly or through English; None when it can't.

    Construction is cheap (no import of argostranslate). The first translate(), pairs() or
    can_translate() imports it and reads the installed packages (~0.3 s); `await warm_up()` does
    that off the event loop. Models are loaded when first used and run in one worker thread.
    """

    def __init__(self, packages_dir: Path | None = None, *, cache_size: int = 4096) -> None:
        global _process_packages_dir
        if packages_dir is not None:
            wanted = Path(os.path.abspath(packages_dir.expanduser()))
            with _process_lock:
                configured = _process_packages_dir or _imported_packages_dir()
                if configured is not None and configured != wanted:
                    raise ConfigurationError(
                        f"argostranslate in this process already uses {configured}; it reads"
                        f" ARGOS_PACKAGES_DIR once, so {wanted} cannot be used as well"
                    )
                os.environ["ARGOS_PACKAGES_DIR"] = str(wanted)
                _process_packages_dir = wanted
        os.environ.setdefault("ARGOS_INTRA_THREADS", "1")
        self._cache_size = cache_size
        self._cache: OrderedDict[tuple[str, str, str, str], str] = OrderedDict()
        self._lock = threading.Lock()  # guards the package table and the loaded models
        self._packages: dict[tuple[str, str], Any] | None = None  # (from, to) -> argos Package
        self._loaded: dict[Path, _Loaded] = {}
        self._executor: ThreadPoolExecutor | None = None
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

    def reload(self) -> None:
        """Read the installed packages again (after an install); drops loaded models and the cache."""
        with self._lock:
            self._packages = None
            self._loaded.clear()
        self._cache.clear()

    def install(self, path: Path) -> InstalledPair:
        """Install an `.argosmodel` file into the packages directory; checked first, InstallError if bad."""
        pair = _check_package_file(path)
        argos = _argos()
        with self._lock:
            argos.package.install_from_path(path)
        self.reload()
        log.info("installed translation package %s→%s %s", pair.source, pair.target, pair.version)
        return pair

    @property
    def packages_dir(self) -> Path:
        return Path(_argos().settings.package_data_dir)

    # -- translation ----------------------------------------------------------------------------

    async def warm_up(self) -> None:
        """Import argostranslate and read the installed packages in the worker thread."""
        await asyncio.get_running_loop().run_in_executor(self._worker(), self._table)

    async def translate(self, text: str, source: str, target: str) -> MachineTranslation | None:
        """The text in the target language, or None: same language, empty text, no model, failure."""
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
                return MachineTranslation(cached, model)
            translated = await loop.run_in_executor(worker, self._run, text, route)
        except Exception as exc:  # a model failing on some input must not break the caller
            log.warning("machine translation %s failed: %s", model, type(exc).__name__)  # never the text
            return None
        if self._cache_size > 0:
            self._cache[key] = translated
            if len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return MachineTranslation(translated, model)

    def close(self) -> None:
        """Stop the worker thread (waits for a translation in progress)."""
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None

    def _worker(self) -> ThreadPoolExecutor:
        # One thread: a CTranslate2 model is not used from several threads at once, and one
        # translation at a time keeps the CPU share of the bot predictable.
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="machine-translation")
        return self._executor

    def _run(self, text: str, route: tuple[Any, ...]) -> str:
        """Runs in the worker thread: the text through each package of the route."""
        self.model_runs += 1
        for package in route:
            text = self._translate_with(package, text)
        return text

    def _translate_with(self, package: Any, text: str) -> str:
        argos = _argos()
        loaded = self._load(package)
        lines = []
        for line in text.splitlines():
            if not line.strip():
                lines.append("")
                continue
            hypotheses = argos.translate.apply_packaged_translation(
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
                self._packages = _read_installed(_argos())
            return self._packages

    def _load(self, package: Any) -> _Loaded:
        """The package's model, loaded on first use (in the worker thread, the only caller)."""
        with self._lock:
            loaded = self._loaded.get(package.package_path)
        if loaded is None:
            settings = _argos().settings
            options: dict[str, Any] = {
                "device": settings.device,
                "inter_threads": settings.inter_threads,
                "intra_threads": settings.intra_threads,
            }
            if settings.compute_type != "auto":
                options["compute_type"] = settings.compute_type
            translator = _argos().ctranslate2.Translator(str(package.package_path / "model"), **options)
            loaded = _Loaded(package, translator, _Sentencizer(_bundled_sentencizer(_argos(), package)))
            with self._lock:
                self._loaded[package.package_path] = loaded
        return loaded


@dataclass(frozen=True)
class _Loaded:
    package: Any  # argostranslate.package.Package
    translator: Any  # ctranslate2.Translator
    sentencizer: _Sentencizer


class _Argos(NamedTuple):
    settings: Any
    package: Any
    translate: Any
    sbd: Any
    ctranslate2: Any


_argos_modules: _Argos | None = None


def _argos() -> _Argos:
    """Import argostranslate (once; it reads the environment then, see the module docstring)."""
    global _argos_modules
    if _argos_modules is None:
        with _process_lock:
            os.environ.setdefault("ARGOS_INTRA_THREADS", "1")
            import ctranslate2
            from argostranslate import package, sbd, settings, translate

            # argostranslate logs every text it translates at INFO (and more with ARGOS_DEBUG).
            logging.getLogger("argostranslate").setLevel(logging.WARNING)
            logging.getLogger("argostranslate.utils").setLevel(logging.WARNING)
            _argos_modules = _Argos(settings, package, translate, sbd, ctranslate2)
    return _argos_modules


def _imported_packages_dir() -> Path | None:
    settings = sys.modules.get("argostranslate.settings")
    directory = getattr(settings, "package_data_dir", None)
    return Path(os.path.abspath(directory)) if directory is not None else None


def _read_installed(argos: _Argos) -> dict[tuple[str, str], Any]:
    """Installed translate packages by (from, to); the highest version wins, broken ones are skipped."""
    from packaging.version import InvalidVersion, Version

    def version(package: Any) -> Version:
        try:
            return Version(str(package.package_version))
        except InvalidVersion:
            return Version("0")

    table: dict[tuple[str, str], Any] = {}
    for directory in argos.settings.package_dirs:
        if not Path(directory).is_dir():
            continue
        for path in sorted(Path(directory).iterdir()):
            if not path.is_dir():
                continue
            try:
                package = argos.package.Package(path)
            except (OSError, ValueError) as exc:
                log.warning("skipping translation package %s: %s", path.name, type(exc).__name__)
                continue
            if package.type != "translate" or not package.from_code or not package.to_code:
                continue
            key = (str(package.from_code), str(package.to_code))
            if key not in table or version(package) > version(table[key]):
                table[key] = package
    return table


def _model_name(route: tuple[Any, ...]) -> str:
    codes = [str(route[0].from_code), *(str(package.to_code) for package in route)]
    versions = "/".join(str(package.package_version) for package in route)
    return f"argos {'→'.join(codes)} {versions}"


# -- sentence splitting ------------------------------------------------------------------------
#
# argostranslate (-lt) splits sentences with MiniSBD: an ONNX model from the package's `minisbd/`
# folder, else one downloaded on the first translate() into $XDG_DATA_HOME/argos-translate/minisbd.
# The bot must not fetch anything while it translates a participant's message (and offline the
# download fails with URLError), so the library's sentencizer is used only when its model is
# already here: bundled in the package or pre-seeded in that cache. Otherwise a small rule-based
# splitter does the job; it is what every package without a bundled splitter gets offline,
# including the demo packages of devtools/mt_demo.py. Either way, over-long sentences are cut.
# apply_packaged_translation() only calls split_sentences(), so this is the whole interface.

_SENTENCE_END = re.compile(r"(?<=[.!?…؟。])([\"'“”»)]*)\s+")
_ABBREVIATION = re.compile(
    r"(?:^|\s)(?:\d+|\w|Dr|Nr|Hr|Fr|Str|Tel|bzw|ca|usw|vgl|ggf|evtl|inkl|z\.\s?B|d\.\s?h|u\.\s?a)\.$"
)


class _Sentencizer:
    def __init__(self, library: Any | None) -> None:
        self.library = library  # argostranslate's MiniSBDSentencizer, when its model is here

    def split_sentences(self, text: str) -> list[str]:
        sentences: list[str] | None = None
        if self.library is not None:
            try:
                sentences = [str(sentence) for sentence in self.library.split_sentences(text)]
            except Exception as exc:  # the splitter's model is broken: punctuation will do from now on
                log.warning("sentence splitter failed (%s); splitting by punctuation", type(exc).__name__)
                self.library = None
        if sentences is None:
            sentences = split_sentences(text)
        return [part for sentence in sentences for part in _cut(sentence.strip()) if part]


def split_sentences(text: str) -> list[str]:
    """Sentences of one line, by final punctuation (not after a number or a common abbreviation)."""
    sentences: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if _ABBREVIATION.search(text[start : match.start()]):
            continue
        sentences.append(text[start : match.end(1)])
        start = match.end()
    sentences.append(text[start:])
    return [sentence.strip() for sentence in sentences if sentence.strip()]


def _cut(sentence: str) -> list[str]:
    """Pieces of at most MAX_SENTENCE_CHARS, cut at spaces where possible."""
    pieces: list[str] = []
    while len(sentence) > MAX_SENTENCE_CHARS:
        cut = sentence.rfind(" ", 0, MAX_SENTENCE_CHARS + 1)
        if cut <= 0:
            cut = MAX_SENTENCE_CHARS
        pieces.append(sentence[:cut].strip())
        sentence = sentence[cut:].strip()
    pieces.append(sentence)
    return pieces


def _bundled_sentencizer(argos: _Argos, package: Any) -> Any | None:
    """argostranslate's MiniSBD sentencizer if its model needs no download, else None."""
    bundled = Path(package.package_path) / "minisbd"
    if bundled.is_dir() and any(bundled.glob("*.onnx")):
        return argos.sbd.MiniSBDSentencizer(package)
    language = argos.sbd.MiniSBDSentencizer.LANGUAGE_CODE_MAPPING.get(package.from_code, package.from_code)
    filename = argos.sbd.minisbd_models.MODELS.get(language)
    if filename and (Path(argos.sbd.minisbd_models.cache_dir) / filename).is_file():
        return argos.sbd.MiniSBDSentencizer(package)
    return None


# -- package files -----------------------------------------------------------------------------


def _check_package_file(path: Path) -> InstalledPair:
    """What an `.argosmodel` file holds, or InstallError saying in one line why it is unusable."""
    if not path.is_file():
        raise InstallError(f"{path}: no such file")
    if not zipfile.is_zipfile(path):
        raise InstallError(f"{path} is not an .argosmodel file (not a zip archive)")
    try:
        with zipfile.ZipFile(path) as archive:
            names = [PurePosixPath(name) for name in archive.namelist()]
            tops = {name.parts[0] for name in names if name.parts}
            if len(tops) != 1 or any(name.is_absolute() or ".." in name.parts for name in names):
                raise InstallError(f"{path} is not an .argosmodel file (expected one top folder)")
            top = tops.pop()
            present = {str(name) for name in names}
            if f"{top}/metadata.json" not in present:
                raise InstallError(f"{path} is not an .argosmodel file (no {top}/metadata.json)")
            metadata = json.loads(archive.read(f"{top}/metadata.json").decode("utf-8"))
    except (zipfile.BadZipFile, UnicodeDecodeError, json.JSONDecodeError, OSError) as exc:
        raise InstallError(f"{path} is not a readable .argosmodel file ({type(exc).__name__})") from exc
    if not isinstance(metadata, dict) or metadata.get("type", "translate") != "translate":
        raise InstallError(f"{path} is not a translation package")
    source, target = metadata.get("from_code"), metadata.get("to_code")
    if not isinstance(source, str) or not isinstance(target, str) or not source or not target:
        raise InstallError(f"{path}: metadata.json names no from_code/to_code")
    if f"{top}/model/model.bin" not in present:
        raise InstallError(f"{path} has no CTranslate2 model ({top}/model/model.bin)")
    if not {f"{top}/sentencepiece.model", f"{top}/bpe.model"} & present:
        raise InstallError(f"{path} has no tokenizer (sentencepiece.model or bpe.model)")
    return InstalledPair(source, target, str(metadata.get("package_version", "")))
