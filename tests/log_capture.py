"""The product's logging setup (bot/logs.py) in a test: it changes process-wide state, which
`restore_logging` puts back afterwards, for every test (tests/conftest.py imports it). Tests
that run the command line configure logging without asking for it. A RedactingFilter one of
them left on a root handler that outlives the test then marked a later test's records as
redacted already, with the other test's secrets (test_logs failed after
test_mentors_service.py::test_the_command_line on the same xdist worker)."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from bot.logs import LIBRARY_LEVELS, RedactingFilter


@pytest.fixture(autouse=True)
def restore_logging() -> Iterator[None]:
    names = ["", *LIBRARY_LEVELS]
    levels = {name: logging.getLogger(name).level for name in names}
    handlers = list(logging.getLogger().handlers)
    yield
    root = logging.getLogger()
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
        for redacting in [f for f in handler.filters if isinstance(f, RedactingFilter)]:
            handler.removeFilter(redacting)
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)
