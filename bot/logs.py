"""Logging without personal data: one redacting filter on the root's handler, quiet libraries.

Begleiter's own modules log ids and exception types only. What they cannot promise for
others (python-telegram-bot prints whole updates at DEBUG, httpx the token-bearing URL,
the database drivers their parameters) is kept out by levels, and what still slips
through (an exception's text, a library record an operator asked for) by the filter.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import sys
import traceback
from collections.abc import Iterable
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from bot.settings import Settings

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
REDACTED = "[redacted]"

# Libraries whose DEBUG output (and for some INFO) carries payloads or only noise: the bot token in URLs,
# updates with names and texts, SQL parameters and rows. They stay at these levels even at
# LOG_LEVEL=DEBUG unless LOG_LIBRARY_PAYLOADS_UNSAFE is set. sqlalchemy logs every statement
# at INFO; httpx every request URL (with the token) at INFO.
LIBRARY_LEVELS = {
    "telegram": logging.INFO,
    "apscheduler": logging.INFO,
    "apscheduler.executors": logging.WARNING,  # two lines a second at INFO: "running job"
    "apscheduler.scheduler": logging.WARNING,  # twelve lines at start: "Adding job tentatively"...
    "alembic.runtime.plugins": logging.WARNING,  # seven "setup plugin" lines per migration run
    "aiosqlite": logging.INFO,
    "asyncpg": logging.INFO,
    "httpx": logging.WARNING,
    "httpcore": logging.WARNING,
    "sqlalchemy": logging.WARNING,
}

# A Bot API token: the bot's id, a colon, 35 characters today (30 or more to be safe).
_BOT_TOKEN = re.compile(r"\d+:[A-Za-z0-9_-]{30,}")
# Invite tokens (bot/services/invites.py: 22 characters of A-Za-z0-9_-, up to 64 in a link)
# where they travel: the /start payload and the deep link's start= parameter.
_INVITE_PAYLOAD = re.compile(r"(/start(?:@\w+)?(?:\s+|\\n|%20|\+))[A-Za-z0-9_-]{1,64}")
_INVITE_LINK = re.compile(r"([?&](?:start|startgroup|startapp)=)[A-Za-z0-9_-]{1,64}")
# A bare token as token_urlsafe(16) makes it: 22 characters with a digit and both cases
# (paths and identifiers of that length rarely mix all three; the contexts above are exact).
_INVITE_BARE = re.compile(
    r"(?<![A-Za-z0-9_-])(?=[A-Za-z0-9_-]{0,21}\d)(?=[A-Za-z0-9_-]{0,21}[a-z])(?=[A-Za-z0-9_-]{0,21}[A-Z])"
    r"[A-Za-z0-9_-]{22}(?![A-Za-z0-9_-])"
)
# Fields that hold what people wrote or are called, as Python reprs ('text': '…', text='…'),
# JSON ("text": "…") or query strings (text=…). Telegram's and Begleiter's own field names.
TEXT_FIELDS = (
    "text",
    "caption",
    "first_name",
    "last_name",
    "username",
    "title",
    "name",
    "bio",
    "query",
    "quote",
    "question",
    "explanation",
    "phone_number",
    "email",
    "address",
    "place",
    "note",
    "reason",
    "answer",
)
_QUOTED = r"'(?:[^'\\]|\\.)*'" + "|" + r'"(?:[^"\\]|\\.)*"'
_UNQUOTED = r"""(?<==)[^\s&,)'"][^\s&,)]*"""  # name=value in a query string or a repr
_TEXT_FIELD = re.compile(
    r"(?P<head>\b(?:"
    + "|".join(TEXT_FIELDS)
    + r""")['"]?\s*[:=]\s*)(?P<value>"""
    + _QUOTED
    + "|"
    + _UNQUOTED
    + ")"
)
# SQLAlchemy's "[parameters: …]" (engines hide them; this is for any that does not) and
# PostgreSQL's "DETAIL:  Key (name)=(value) already exists."
_SQL_PARAMETERS = re.compile(r"\[parameters: [^\n]*")
_PG_DETAIL = re.compile(r"(DETAIL:)[^\n]*")
# A password in a database URL.
_URL_PASSWORD = re.compile(r"(://[^:/@\s]+:)[^@/\s]+@")


class RedactingFilter(logging.Filter):
    """Rewrites each record's message, exception and stack text without tokens, invite
    tokens, names and message texts. Installed on handlers, so it sees every logger's records."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        self.secrets = tuple(sorted({secret for secret in secrets if secret}, key=len, reverse=True))

    def redact(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, REDACTED)
        text = _BOT_TOKEN.sub(REDACTED, text)
        text = _INVITE_PAYLOAD.sub(rf"\g<1>{REDACTED}", text)
        text = _INVITE_LINK.sub(rf"\g<1>{REDACTED}", text)
        text = _TEXT_FIELD.sub(rf"\g<head>{REDACTED}", text)
        text = _SQL_PARAMETERS.sub(f"[parameters: {REDACTED}]", text)
        text = _PG_DETAIL.sub(rf"\g<1> {REDACTED}", text)
        text = _URL_PASSWORD.sub(rf"\g<1>{REDACTED}@", text)
        return _INVITE_BARE.sub(REDACTED, text)

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "_begleiter_redacted", False):
            return True  # a second handler: done already
        try:
            message = record.getMessage()
        except Exception:  # a malformed call; show its parts rather than lose the record
            message = f"{record.msg!r} % {record.args!r}"
        record.msg, record.args = self.redact(message), None
        if record.exc_info and record.exc_info[1] is not None and not record.exc_text:
            record.exc_text = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        record.__dict__["_begleiter_redacted"] = True
        return True


def describe_exception(error: BaseException) -> str:
    """A traceback with the frames (file, line, code) and the type of each chained exception,
    without their messages: those of a database error carry the values that failed, and of
    others whatever text they were given. No locals either."""
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
    parts = []
    for position, exc in enumerate(reversed(chain)):
        if position:
            parts.append("\nwhich led to:\n")
        parts.append("Traceback (most recent call last):\n")
        parts.extend(traceback.StackSummary.extract(traceback.walk_tb(exc.__traceback__)).format())
        parts.append(f"{type(exc).__module__}.{type(exc).__qualname__} (message not logged)\n")
    return "".join(parts).rstrip("\n")


_HANDLER_NAME = "begleiter"


class JobCancelledAtShutdown(logging.Filter):
    """APScheduler logs a job cancelled while the bot stops (the dispatcher's round, the
    doorbell's wait) as an error with a traceback. That is the expected end of a job at
    shutdown (a send cut short is retried after its claim's lease): one info line instead."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        if isinstance(error, asyncio.CancelledError):
            record.levelno, record.levelname = logging.INFO, "INFO"
            record.msg, record.args = "%s: stopped by the shutdown", (_job_name(record),)
            record.exc_info, record.exc_text = None, None
        return True


def quiet_job_cancellations() -> None:
    """JobCancelledAtShutdown on APScheduler's executor logger (idempotent): configure_logging
    does it, and so does every Application built (tests and benchmarks configure no logging)."""
    executors = logging.getLogger("apscheduler.executors.default")
    if not any(isinstance(f, JobCancelledAtShutdown) for f in executors.filters):
        executors.addFilter(JobCancelledAtShutdown())


def _job_name(record: logging.LogRecord) -> str:
    text = record.msg % record.args if record.args else str(record.msg)
    match = re.search(r'Job "([\w-]+)', text)
    return f"job {match.group(1)}" if match else "a job"


class JsonFormatter(logging.Formatter):
    """One JSON object per line (LOG_FORMAT=json), for log collectors: time, level, logger,
    message, and the redacted traceback where there is one. The redacting filter has run
    before a formatter sees the record, so nothing here can bring back what it removed."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S") + f".{int(record.msecs):03d}",
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            entry["exception"] = record.exc_text
        if record.stack_info:
            entry["stack"] = record.stack_info
        return json.dumps(entry, ensure_ascii=False)


def configure_logging(
    level: str = "INFO",
    *,
    secrets: Iterable[str] = (),
    library_payloads: bool = False,
    stream: TextIO | None = None,
    json_lines: bool = False,
) -> logging.Handler:
    """The root logger at `level`, with one handler whose filter redacts; library loggers
    that print payloads no lower than INFO (or WARNING) unless `library_payloads` is set.
    Calling it again replaces the handler (tests, the sandbox)."""
    root = logging.getLogger()
    for old in [h for h in root.handlers if h.get_name() == _HANDLER_NAME]:
        root.removeHandler(old)
        old.close()
    handler = logging.StreamHandler(stream if stream is not None else sys.stderr)
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(JsonFormatter() if json_lines else logging.Formatter(FORMAT))
    redacting = RedactingFilter(secrets)
    handler.addFilter(redacting)
    root.addHandler(handler)
    # Any handler someone else put on the root gets the same filter.
    for other in root.handlers:
        if not any(isinstance(f, RedactingFilter) for f in other.filters):
            other.addFilter(redacting)
    root.setLevel(level.upper())
    quiet_job_cancellations()
    for name, floor in LIBRARY_LEVELS.items():
        logging.getLogger(name).setLevel(root.level if library_payloads else max(floor, root.level))
    return handler


def configure_logging_for(settings: Settings, stream: TextIO | None = None) -> logging.Handler:
    """configure_logging with LOG_LEVEL, LOG_LIBRARY_PAYLOADS_UNSAFE and the secrets to hide
    however they appear: the bot token and the data key(s)."""
    secrets = []
    if settings.telegram_bot_token is not None:
        secrets.append(settings.telegram_bot_token.get_secret_value())
    if settings.data_key is not None:
        keys = settings.data_key.get_secret_value()
        secrets += [keys, *(part.strip() for part in keys.split(","))]
    return configure_logging(
        settings.log_level,
        secrets=secrets,
        library_payloads=settings.log_library_payloads_unsafe,
        stream=stream,
        json_lines=settings.log_format == "json",
    )
