"""The dependencies every handler and job needs, built once by the application factory."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any, cast

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from telegram.ext import CallbackContext, ExtBot

from bot.checkin_content import CheckinContent
from bot.clock import Clock
from bot.content import Content
from bot.db import Doorbell
from bot.decks import Decks
from bot.i18n import Catalogue
from bot.mt import MachineTranslator
from bot.services.flags import FlagRules
from bot.settings import Settings
from bot.strangers import StrangerGate

DEPS_KEY = "begleiter.deps"
# Bump when the privacy notice's meaning changes; consent records carry it.
PRIVACY_NOTICE_VERSION = "2026-11"


@dataclass
class Deps:
    settings: Settings
    engine: AsyncEngine
    sessionmaker: async_sessionmaker[AsyncSession]
    clock: Clock
    content: Content
    mt: MachineTranslator
    notice_version: str = PRIVACY_NOTICE_VERSION
    # Rung when an urgent outbox row is committed (bot/db.py); the dispatcher's doorbell job waits on it.
    doorbell: Doorbell = field(default_factory=Doorbell)
    # In memory, one per process: what the bot still says to people nobody invited.
    strangers: StrangerGate = field(init=False)

    def __post_init__(self) -> None:
        self.strangers = StrangerGate(
            per_minute=self.settings.stranger_replies_per_minute,
            interval=timedelta(minutes=self.settings.stranger_reply_interval_minutes),
        )

    # Handlers and services reach each part of the content directly.
    @property
    def catalogue(self) -> Catalogue:
        return self.content.catalogue

    @property
    def decks(self) -> Decks:
        return self.content.decks

    @property
    def checkins(self) -> CheckinContent:
        return self.content.checkins

    @property
    def flags(self) -> FlagRules:
        return self.content.flags


class BotContext(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], dict[Any, Any]]):
    """PTB's context with typed access to our dependencies."""

    @property
    def deps(self) -> Deps:
        return cast(Deps, self.application.bot_data[DEPS_KEY])
