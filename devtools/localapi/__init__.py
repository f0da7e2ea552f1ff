"""Local stand-in for the Telegram Bot API, for end-to-end tests and the sandbox web chat."""

from devtools.localapi.server import LocalBotApi
from devtools.localapi.state import SimUser

__all__ = ["LocalBotApi", "SimUser"]
