"""devtools/ for the sandbox and the demo models: in a checkout, not in the wheel or the Docker image."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# bot/cli/checkout.py → the checkout's root, when bot/ is used from one (an editable install).
ROOT = Path(__file__).resolve().parents[2]


class NeedsCheckout(Exception):
    """A command that runs only from a checkout of the repository was run from an installation."""


@contextmanager
def required(what: str) -> Iterator[None]:
    """Import devtools inside: from the checkout bot/ comes from, from any directory; else NeedsCheckout."""
    if (ROOT / "devtools" / "__init__.py").is_file() and str(ROOT) not in sys.path:
        sys.path.append(str(ROOT))
    try:
        yield
    except ModuleNotFoundError as exc:
        if exc.name != "devtools" and not (exc.name or "").startswith("devtools."):
            raise  # a dependency missing inside devtools: a real error, with its traceback
        raise NeedsCheckout(
            f"{what} needs a checkout of the repository: devtools/ is not part of the installed package"
            " or the Docker image"
        ) from None
