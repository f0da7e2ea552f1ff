"""Configuration from the environment and an optional `.env` file."""

from __future__ import annotations

import re
from datetime import time, timedelta
from functools import cached_property
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.db import POOL_OVERFLOW, POOL_SIZE

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA_DIR = Path("data")


_UNITS = {"d": timedelta(days=1), "h": timedelta(hours=1), "m": timedelta(minutes=1)}


def parse_offsets(text: str) -> tuple[timedelta, ...]:
    """ "24h,2h" -> (24 hours, 2 hours), largest first; "" means no reminders."""
    offsets = []
    for part in filter(None, (piece.strip().lower() for piece in text.split(","))):
        number, unit = part[:-1], part[-1:]
        if unit not in _UNITS or not number.isdigit() or not 0 < int(number) <= 60 * 24 * 30:
            raise ValueError(f"reminder offset {part!r}: use a number with d, h or m, e.g. 24h")
        offsets.append(int(number) * _UNITS[unit])
    return tuple(sorted(set(offsets), reverse=True))


WEEKDAYS = ("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN")


def parse_weekly(text: str) -> tuple[int, time]:
    """ "MON 10:00" -> (0, 10:00)."""
    parts = text.upper().split()
    if len(parts) != 2 or parts[0][:3] not in WEEKDAYS:
        raise ValueError(f"check-in schedule {text!r}: use a weekday and a time, e.g. MON 10:00")
    try:
        hour, minute = (int(piece) for piece in parts[1].split(":"))
        return WEEKDAYS.index(parts[0][:3]), time(hour, minute)
    except ValueError as exc:
        raise ValueError(f"check-in schedule {text!r}: use a weekday and a time, e.g. MON 10:00") from exc


class MissingTokenError(RuntimeError):
    """Raised when the bot is started without TELEGRAM_BOT_TOKEN."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", populate_by_name=True
    )

    telegram_bot_token: SecretStr | None = Field(default=None, alias="TELEGRAM_BOT_TOKEN")
    telegram_api_base_url: str = Field(default="https://api.telegram.org/bot", alias="TELEGRAM_API_BASE_URL")
    # The bot's @username, for deep links printed by the command line. Asked from
    # getMe when unset.
    telegram_bot_username: str | None = Field(default=None, alias="TELEGRAM_BOT_USERNAME")
    database_url: str = Field(
        default=f"sqlite+aiosqlite:///{DEFAULT_DATA_DIR / 'begleiter.db'}", alias="DATABASE_URL"
    )
    # PostgreSQL: connections each process keeps open, and opens beyond them in a burst.
    database_pool_size: int = Field(default=POOL_SIZE, ge=1, le=200, alias="DATABASE_POOL_SIZE")
    database_max_overflow: int = Field(default=POOL_OVERFLOW, ge=0, le=200, alias="DATABASE_MAX_OVERFLOW")
    bot_timezone: str = Field(default="Europe/Berlin", alias="BOT_TIMEZONE")
    content_dir: Path = Field(default=PROJECT_ROOT / "content", alias="BEGLEITER_CONTENT_DIR")
    invite_ttl_days: int = Field(default=14, ge=1, le=365, alias="INVITE_TTL_DAYS")
    log_level: str = Field(default="INFO", alias="LOG_LEVEL")
    # Webhook mode (`run --webhook-url`): the secret Telegram sends with every update; a new
    # random one per start when unset (setWebhook is called on each start).
    webhook_secret_token: SecretStr | None = Field(default=None, alias="WEBHOOK_SECRET_TOKEN")
    # Polling mode: serve /healthz, /readyz and /metrics on this port (webhook mode serves them
    # on the webhook's port).
    metrics_port: int | None = Field(default=None, ge=1, le=65535, alias="METRICS_PORT")
    metrics_listen: str = Field(default="127.0.0.1", alias="METRICS_LISTEN")
    # "text" (one readable line per event) or "json" (one JSON object per line, for collectors).
    log_format: Literal["text", "json"] = Field(default="text", alias="LOG_FORMAT")
    # Lets python-telegram-bot, httpx, the database drivers, SQLAlchemy and APScheduler log at
    # LOG_LEVEL too: whole updates, SQL parameters and rows, i.e. names and what people wrote.
    # Only for debugging a library on a test system (see bot/logs.py).
    log_library_payloads_unsafe: bool = Field(default=False, alias="LOG_LIBRARY_PAYLOADS_UNSAFE")
    # Appointment reminders before the start, e.g. "24h,2h" or "2d,24h,2h,30m"; per kind as
    # JSON: REMINDERS_BY_KIND='{"doctor": "48h,24h,2h"}'. Whole days keep the wall-clock time.
    reminders: str = Field(default="24h,2h", alias="REMINDERS")
    # A row claimed for sending by a process that then died is sent again after this long
    # (at least once; see bot/services/outbox.py). Longer than any one send can take.
    # The data lifecycle (bot/services/retention.py, once a day): days each kind is kept.
    retain_checkin_text_days: int = Field(default=365, ge=1, alias="RETAIN_CHECKIN_TEXT_DAYS")
    retain_messages_days: int = Field(default=365, ge=1, alias="RETAIN_MESSAGES_DAYS")
    retain_outbox_days: int = Field(default=30, ge=1, alias="RETAIN_OUTBOX_DAYS")
    retain_audit_detail_days: int = Field(default=730, ge=1, alias="RETAIN_AUDIT_DETAIL_DAYS")
    retain_left_grace_days: int = Field(default=180, ge=1, alias="RETAIN_LEFT_GRACE_DAYS")
    outbox_claim_lease_seconds: int = Field(default=120, ge=1, alias="OUTBOX_CLAIM_LEASE_SECONDS")
    # Several processes on PostgreSQL: the outbox's sends per second over all of them together
    # (bot/budget.py), below Telegram's 30 to leave room for replies; 0 switches it off.
    send_budget_per_second: float = Field(default=22, ge=0, le=1000, alias="SEND_BUDGET_PER_SECOND")
    # Off only for measuring the bot's own ceiling against the local Bot API server: no limiter.
    telegram_rate_limit: bool = Field(default=True, alias="TELEGRAM_RATE_LIMIT")
    reminders_by_kind: dict[str, str] = Field(default_factory=dict, alias="REMINDERS_BY_KIND")
    # A participant who has not answered the reminders: her coach hears of it this many
    # minutes before the appointment (at least 30 minutes after the last reminder, or half
    # the time left after it), unless she answered or wrote to the coach meanwhile.
    no_answer_minutes: int = Field(default=60, ge=1, le=30 * 24 * 60, alias="NO_ANSWER_MINUTES")
    # How long "why can't you come?" waits for her answer; what she types later goes to her
    # coach as a message of its own.
    reason_question_minutes: int = Field(default=30, ge=1, le=24 * 60, alias="REASON_QUESTION_MINUTES")
    # Key(s) for free text encrypted at rest; make one with `python -m bot keygen`.
    data_key: SecretStr | None = Field(default=None, alias="BEGLEITER_DATA_KEY")
    # Weekly check-in for participants whose cohort sets no time: "MON 10:00" (local time).
    checkin_schedule: str = Field(default="MON 10:00", alias="CHECKIN_SCHEDULE")
    # A crisis alert no coach acknowledged within this many minutes goes to staff on duty.
    crisis_escalation_minutes: int = Field(default=30, ge=1, le=24 * 60, alias="CRISIS_ESCALATION_MINUTES")
    # People nobody invited get at most one reply per chat in this many minutes, and all of
    # them together at most so many a minute; beyond that they are counted and ignored.
    stranger_reply_interval_minutes: int = Field(default=60, ge=1, alias="STRANGER_REPLY_INTERVAL_MINUTES")
    stranger_replies_per_minute: int = Field(default=20, ge=1, alias="STRANGER_REPLIES_PER_MINUTE")
    # Updates of different chats handled at once (one chat's always one after the other).
    concurrent_updates: int = Field(default=32, ge=1, le=1024, alias="CONCURRENT_UPDATES")
    # A person's "last seen" is written at most this often: not one write per update.
    last_seen_minutes: int = Field(default=5, ge=0, le=24 * 60, alias="LAST_SEEN_MINUTES")
    # Where argostranslate keeps its models (default: its own, ~/.local/share/argos-translate).
    argos_packages_dir: Path | None = Field(default=None, alias="ARGOS_PACKAGES_DIR")

    @field_validator("bot_timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError, OSError) as exc:  # "Europe" is a folder
            raise ValueError(f"unknown time zone {value!r}") from exc
        return value

    @field_validator("webhook_secret_token")
    @classmethod
    def _telegram_secret(cls, value: SecretStr | None) -> SecretStr | None:
        # What setWebhook accepts: 1-256 characters A-Z, a-z, 0-9, _ and -.
        if value is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", value.get_secret_value()):
            raise ValueError("use 1 to 256 characters: letters, digits, _ and -")
        return value

    @field_validator("database_url")
    @classmethod
    def _async_driver(cls, value: str) -> str:
        # People paste the URL their hosting gives them; pick the async driver for them.
        if value.startswith("postgres://"):
            value = "postgresql://" + value.removeprefix("postgres://")
        if value.startswith("postgresql://"):
            value = "postgresql+asyncpg://" + value.removeprefix("postgresql://")
        if value.startswith("sqlite://") and not value.startswith("sqlite+aiosqlite://"):
            value = "sqlite+aiosqlite://" + value.removeprefix("sqlite://")
        return value

    @field_validator("reminders")
    @classmethod
    def _valid_reminders(cls, value: str) -> str:
        parse_offsets(value)
        return value

    @field_validator("reminders_by_kind")
    @classmethod
    def _valid_reminders_by_kind(cls, value: dict[str, str]) -> dict[str, str]:
        for offsets in value.values():
            parse_offsets(offsets)
        return value

    @field_validator("checkin_schedule")
    @classmethod
    def _valid_checkin_schedule(cls, value: str) -> str:
        parse_weekly(value)
        return value

    def reminder_offsets(self, kind: str) -> tuple[timedelta, ...]:
        return parse_offsets(self.reminders_by_kind.get(kind, self.reminders))

    @property
    def no_answer_before(self) -> timedelta:
        return timedelta(minutes=self.no_answer_minutes)

    @cached_property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.bot_timezone)

    def require_data_key(self) -> str:
        from bot.crypto import DataKeyError, KeyRing

        if self.data_key is None or not self.data_key.get_secret_value().strip():
            raise DataKeyError(
                "BEGLEITER_DATA_KEY is not set: make one with `python -m bot keygen` and put it in "
                "the environment or in .env (keep a copy: without it stored free text is lost)"
            )
        KeyRing(self.data_key.get_secret_value())  # fails early on a malformed key
        return self.data_key.get_secret_value()

    def require_token(self) -> str:
        if self.telegram_bot_token is None or not self.telegram_bot_token.get_secret_value():
            raise MissingTokenError(
                "TELEGRAM_BOT_TOKEN is not set: put it in the environment or in .env "
                "(or try the bot without a token: python -m bot sandbox)"
            )
        return self.telegram_bot_token.get_secret_value()
