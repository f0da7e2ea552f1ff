"""Local stand-in for the Telegram Bot API, for end-to-end tests and the sandbox web chat."""

from bot.localapi.server import LocalBotApi
from bot.localapi.state import SimUser

__all__ = ["LocalBotApi", "SimUser"]
