"""What the bot's start imports: not the libraries only some moments need."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# A calendar file, an invitation's QR code, a chart, a machine translation (the translator
# is imported beside the first poll, bot/app.py _warm_up), a migration (a database at the
# head needs none, bot/migrate.py).
LATER = ("icalendar", "qrcode", "matplotlib", "argostranslate", "alembic")


def test_the_start_imports_nothing_only_some_moments_need() -> None:
    # What `python -m bot run` imports before its Application is built, in a fresh process.
    code = (
        "import sys, bot.cli, bot.cli.run, bot.app, handlers, ui.outbox, scheduler.jobs\n"
        f"print(' '.join(sorted(name for name in {LATER!r} if name in sys.modules)))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PTB_TIMEDELTA": "1"}
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == []
