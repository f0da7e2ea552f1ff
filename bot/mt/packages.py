"""argostranslate, imported once per process, and its translation packages: installed ones and package files.

argostranslate reads its settings from the environment once, when it is first imported
(ARGOS_PACKAGES_DIR, XDG_DATA_HOME, XDG_CONFIG_HOME, ARGOS_COMPUTE_TYPE, ARGOS_INTRA_THREADS, ...).
So it is imported lazily, on first use, never by constructing a MachineTranslator. Before that
import, `packages_dir` (when given) is written to ARGOS_PACKAGES_DIR, and ARGOS_INTRA_THREADS
defaults to 1: the library's default (0, all cores) costs 55–68 ms per sentence of a small model on
2 cores, one thread 1–3 ms. A process therefore has exactly one packages directory: a second
MachineTranslator with a different `packages_dir` raises ConfigurationError.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import threading
import zipfile
from pathlib import Path, PurePosixPath
from typing import Any, NamedTuple

log = logging.getLogger(__name__)


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


def use_packages_dir(packages_dir: Path) -> None:
    """Have argostranslate use this packages directory; ConfigurationError when this process
    uses another already (argostranslate reads ARGOS_PACKAGES_DIR once, when imported)."""
    global _process_packages_dir
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


class Argos(NamedTuple):
    settings: Any
    package: Any
    translate: Any
    sbd: Any
    ctranslate2: Any


_argos_modules: Argos | None = None


def argos() -> Argos:
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
            _argos_modules = Argos(settings, package, translate, sbd, ctranslate2)
    return _argos_modules


def _imported_packages_dir() -> Path | None:
    settings = sys.modules.get("argostranslate.settings")
    directory = getattr(settings, "package_data_dir", None)
    return Path(os.path.abspath(directory)) if directory is not None else None


def read_installed(modules: Argos) -> dict[tuple[str, str], Any]:
    """Installed translate packages by (from, to); the highest version wins, broken ones are skipped."""
    from packaging.version import InvalidVersion, Version

    def version(package: Any) -> Version:
        try:
            return Version(str(package.package_version))
        except InvalidVersion:
            return Version("0")

    table: dict[tuple[str, str], Any] = {}
    for directory in modules.settings.package_dirs:
        if not Path(directory).is_dir():
            continue
        for path in sorted(Path(directory).iterdir()):
            if not path.is_dir():
                continue
            try:
                package = modules.package.Package(path)
            except (OSError, ValueError) as exc:
                log.warning("skipping translation package %s: %s", path.name, type(exc).__name__)
                continue
            if package.type != "translate" or not package.from_code or not package.to_code:
                continue
            key = (str(package.from_code), str(package.to_code))
            if key not in table or version(package) > version(table[key]):
                table[key] = package
    return table


# -- package files -----------------------------------------------------------------------------


def check_package_file(path: Path) -> InstalledPair:
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
