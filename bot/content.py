"""Everything the bot reads from content/ (catalogues, decks, questionnaires, flag rules), read once."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from bot.checkin_content import CheckinContent
from bot.decks import Decks
from bot.i18n import Catalogue
from bot.services.flags import FlagRules


@dataclass(frozen=True)
class Content:
    catalogue: Catalogue
    decks: Decks
    checkins: CheckinContent
    flags: FlagRules

    @classmethod
    def load(cls, content_dir: Path) -> Content:
        """Read and validated once per process and folder: content does not change while the
        bot runs, and the command line and tests build deps often."""
        return _load(content_dir.resolve())


@functools.cache
def _load(content_dir: Path) -> Content:
    return Content(
        catalogue=Catalogue(content_dir / "locales"),
        decks=Decks(content_dir / "decks"),
        checkins=CheckinContent.load(content_dir),
        flags=FlagRules.load(content_dir),
    )
