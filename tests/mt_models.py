"""Demo translation models for the test session: built once, installed into a throwaway packages dir.

argostranslate reads ARGOS_PACKAGES_DIR, XDG_* and the like once, when it is first imported, and
creates its folders under them. isolate_argos_environment() runs from conftest.py before any test
can import it, so the suite never reads or writes the developer's ~/.local/share/argos-translate.
Each test process (pytest-xdist worker) has its own temporary home, so workers never build into
the same folder.
"""

from __future__ import annotations

import atexit
import functools
import os
import shutil
import sys
import tempfile
from pathlib import Path

from bot.mt import MachineTranslator
from devtools.mt_demo import DEMO_LEXICONS, build_demo_package


@functools.cache
def isolate_argos_environment() -> Path:
    """Point argostranslate at a fresh temporary home for this session (idempotent)."""
    if "argostranslate.settings" in sys.modules:
        raise RuntimeError("argostranslate was imported before the test environment was set up")
    home = Path(tempfile.mkdtemp(prefix="begleiter-tests-argos-"))
    atexit.register(shutil.rmtree, home, ignore_errors=True)
    for name, folder in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_CONFIG_HOME", "config"),
        ("ARGOS_PACKAGES_DIR", "packages"),
    ):
        (home / folder).mkdir()
        os.environ[name] = str(home / folder)
    os.environ["ARGOS_COMPUTE_TYPE"] = "float32"  # the default (int8 on CPU) is not what tests pin
    os.environ["ARGOS_INTRA_THREADS"] = "1"
    return home


@functools.cache
def demo_package_files() -> dict[tuple[str, str], Path]:
    """Every demo pair built as an `.argosmodel` file (once per session)."""
    out = isolate_argos_environment() / "built"
    return {
        (source, target): build_demo_package(out, source, target, lexicon)
        for (source, target), lexicon in DEMO_LEXICONS.items()
    }


@functools.cache
def installed_packages_dir() -> Path:
    """The session's ARGOS_PACKAGES_DIR with every demo package installed the real way."""
    packages_dir = Path(os.environ["ARGOS_PACKAGES_DIR"])
    translator = MachineTranslator(packages_dir)
    for path in demo_package_files().values():
        translator.install(path)
    translator.close()
    return packages_dir
