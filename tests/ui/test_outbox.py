"""ui/outbox: the renderer table loads on its own, and neither it nor the dispatcher needs
the Telegram handlers (ui is used by handlers and the scheduler alike, never the reverse)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHECK = """
import sys
from ui.outbox import RENDERERS
import scheduler.dispatcher
handlers = sorted(m for m in sys.modules if m == "handlers" or m.startswith("handlers."))
assert not handlers, handlers
print(len(RENDERERS))
"""


def test_the_renderers_import_on_their_own_without_handlers() -> None:
    result = subprocess.run(
        [sys.executable, "-c", CHECK], capture_output=True, text=True, check=False, timeout=60, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "21"


def test_only_the_composition_root_imports_handlers() -> None:
    """ui, scheduler and bot never import handlers; bot/app.py wires them in (lazily)."""
    found = []
    for folder in ("bot", "scheduler", "ui"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                words = line.split()
                if words[:2] == ["import", "handlers"] or (
                    words[:1] == ["from"] and len(words) > 1 and words[1].split(".")[0] == "handlers"
                ):
                    found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert [entry.split(":")[0] for entry in found] == ["bot/app.py"] * len(found), found
