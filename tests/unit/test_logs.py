"""Logs without personal data: the redacting filter, library levels, database errors."""

from __future__ import annotations

import io
import logging
from datetime import UTC, datetime
from typing import cast

import pytest
from sqlalchemy.exc import IntegrityError

from bot.db import create_engine, create_sessionmaker
from bot.deps import BotContext, Deps
from bot.logs import configure_logging, configure_logging_for, describe_exception
from bot.models import Cohort
from handlers.errors import on_error

from harness import make_settings

pytestmark = pytest.mark.usefixtures("restore_logging")

# Shaped like a real token: found by its shape, not because it was configured.
SHAPED_TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw_x"
CONFIGURED_TOKEN = "999000:TEST"
INVITE_TOKEN = "q3Zt7xLm0PwRv9KbYc2NdA"  # what secrets.token_urlsafe(16) makes
GROUP = "Frauen aus Afrin, Kassel-Nord"  # a group name is personal: where people come from
SECRET_TEXT = "Ich habe Angst vor meinem Mann"
WHEN = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def product_log(level: str = "DEBUG", *, library_payloads: bool = False) -> io.StringIO:
    buffer = io.StringIO()
    configure_logging(level, secrets=[CONFIGURED_TOKEN], library_payloads=library_payloads, stream=buffer)
    return buffer


def test_a_token_in_a_url_is_redacted_from_any_logger() -> None:
    buffer = product_log()
    url = f"https://api.telegram.org/bot{SHAPED_TOKEN}/getUpdates"
    logging.getLogger("some.library").warning("HTTP Request: POST %s", url)
    logging.getLogger("begleiter.test").info("base url http://127.0.0.1:1/bot%s/", CONFIGURED_TOKEN)
    text = buffer.getvalue()
    assert "HTTP Request: POST https://api.telegram.org/bot[redacted]/getUpdates" in text
    assert "AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw_x" not in text and CONFIGURED_TOKEN not in text


def test_tokens_names_and_texts_in_an_args_tuple_are_redacted() -> None:
    buffer = product_log()
    parameters = {
        "chat_id": 4711,
        "text": f"/start {INVITE_TOKEN}",
        "from": {"first_name": "Zahraa", "last_name": "Haidari", "username": "zahraa84"},
        "url": f"https://t.me/begleiter_bot?start={INVITE_TOKEN}",
        "token": SHAPED_TOKEN,
    }
    logging.getLogger("begleiter.test").info("calling %s with %r", "sendMessage", parameters)
    logging.getLogger("begleiter.test").info('{"message": {"text": "%s", "caption": "x"}}', SECRET_TEXT)
    text = buffer.getvalue()
    for secret in (INVITE_TOKEN, SHAPED_TOKEN, "Zahraa", "Haidari", "zahraa84", "Angst"):
        assert secret not in text, secret
    assert "'chat_id': 4711" in text and "sendMessage" in text  # ids and methods stay readable


def test_a_token_in_an_exception_text_is_redacted() -> None:
    buffer = product_log()
    try:
        raise ConnectionError(f"cannot reach https://api.telegram.org/bot{SHAPED_TOKEN}/getMe")
    except ConnectionError:
        logging.getLogger("telegram.ext.Updater").exception("network loop failed")
    text = buffer.getvalue()
    assert "network loop failed" in text and "Traceback" in text and "ConnectionError" in text
    assert SHAPED_TOKEN.split(":")[1] not in text


def test_library_payloads_stay_out_at_debug_unless_asked_for() -> None:
    buffer = product_log("DEBUG")
    for name in ("telegram.ext.ExtBot", "httpx", "httpcore.http11", "aiosqlite", "sqlalchemy.engine.Engine"):
        logging.getLogger(name).debug("payload of %s", name)
    logging.getLogger("handlers.start").debug("our own detail")
    assert buffer.getvalue().count("payload of") == 0
    assert "our own detail" in buffer.getvalue()

    buffer = product_log("DEBUG", library_payloads=True)
    logging.getLogger("telegram.ext.ExtBot").debug("payload %s", {"text": SECRET_TEXT})
    assert "DEBUG telegram.ext.ExtBot: payload {'text': [redacted]}" in buffer.getvalue()


def test_the_setting_lets_library_payloads_through() -> None:
    settings = make_settings("sqlite://", LOG_LEVEL="DEBUG", LOG_LIBRARY_PAYLOADS_UNSAFE="1")
    buffer = io.StringIO()
    configure_logging_for(settings, stream=buffer)
    logging.getLogger("aiosqlite").debug("executing %s", "INSERT")
    assert "DEBUG aiosqlite: executing INSERT" in buffer.getvalue()
    assert not make_settings("sqlite://").log_library_payloads_unsafe


async def duplicate_group_error(deps: Deps) -> IntegrityError:
    async with deps.sessionmaker.begin() as session:
        session.add(Cohort(name=GROUP, created_at=deps.clock.now()))
    with pytest.raises(IntegrityError) as raised:
        async with deps.sessionmaker.begin() as session:
            session.add(Cohort(name=GROUP, created_at=deps.clock.now()))
    return raised.value


async def test_an_engine_hides_sql_parameters_in_errors(migrated_sqlite_url: str) -> None:
    engine = create_engine(migrated_sqlite_url)
    try:
        maker = create_sessionmaker(engine)
        async with maker.begin() as session:
            session.add(Cohort(name=GROUP, created_at=WHEN))
        with pytest.raises(IntegrityError) as raised:
            async with maker.begin() as session:
                session.add(Cohort(name=GROUP, created_at=WHEN))
    finally:
        await engine.dispose()
    assert "cohorts" in str(raised.value)
    assert GROUP not in str(raised.value)


async def test_a_database_error_is_logged_without_the_values(
    deps: Deps, caplog: pytest.LogCaptureFixture
) -> None:
    # On PostgreSQL the driver's own message says "Key (name)=(…) already exists", whatever
    # SQLAlchemy hides: the error handler logs the type, the frames and the reference only.
    error = await duplicate_group_error(deps)
    context = cast(BotContext, type("Context", (), {"error": error})())
    caplog.set_level(logging.DEBUG)
    await on_error(None, context)
    (record,) = [r for r in caplog.records if r.name == "handlers.errors"]
    assert record.levelno == logging.ERROR
    message = record.getMessage()
    assert "IntegrityError" in message and "Traceback" in message
    assert GROUP not in caplog.text and "Afrin" not in caplog.text


async def test_the_product_log_of_a_library_reporting_a_database_error_has_no_values(deps: Deps) -> None:
    error = await duplicate_group_error(deps)
    buffer = product_log("INFO")
    logging.getLogger("apscheduler.executors.default").error("Job raised", exc_info=error)
    text = buffer.getvalue()
    assert "IntegrityError" in text
    assert "Afrin" not in text


def test_describe_exception_gives_frames_and_types_of_the_chain_not_messages() -> None:
    def inner() -> None:
        raise KeyError(SECRET_TEXT)

    try:
        try:
            inner()
        except KeyError as exc:
            raise RuntimeError(f"while handling {SECRET_TEXT}") from exc
    except RuntimeError as exc:
        described = describe_exception(exc)
    assert "in inner" in described and "raise KeyError(SECRET_TEXT)" in described
    assert "builtins.KeyError" in described and "builtins.RuntimeError" in described
    assert described.index("KeyError") < described.index("RuntimeError")  # oldest first, as Python
    assert "Angst" not in described


def test_log_format_json_writes_one_redacted_object_per_line() -> None:
    import json

    settings = make_settings("sqlite://", LOG_FORMAT="json", TELEGRAM_BOT_TOKEN=CONFIGURED_TOKEN)
    buffer = io.StringIO()
    configure_logging_for(settings, stream=buffer)
    log = logging.getLogger("begleiter.test")
    log.info("relayed message of person %d: text=%r", 42, SECRET_TEXT)
    try:
        raise RuntimeError(f"boom with token {CONFIGURED_TOKEN}")
    except RuntimeError:
        log.exception("turn of person %d failed", 42)
    lines = buffer.getvalue().splitlines()
    assert len(lines) == 2
    first, second = (json.loads(line) for line in lines)
    assert first["level"] == "INFO" and first["logger"] == "begleiter.test"
    assert first["message"] == "relayed message of person 42: text=[redacted]"
    assert second["message"] == "turn of person 42 failed" and "RuntimeError" in second["exception"]
    assert SECRET_TEXT not in buffer.getvalue() and CONFIGURED_TOKEN not in buffer.getvalue()
    assert make_settings("sqlite://").log_format == "text"


def test_an_unknown_log_format_is_refused() -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError):
        make_settings("sqlite://", LOG_FORMAT="xml")


def test_a_job_cancelled_at_shutdown_is_one_info_line_not_a_traceback() -> None:
    import asyncio

    buffer = product_log("INFO")
    executors = logging.getLogger("apscheduler.executors.default")
    try:
        raise asyncio.CancelledError
    except asyncio.CancelledError:
        executors.exception('Job "outbox-dispatcher (trigger: interval[0:00:01])" raised an exception')
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        executors.exception('Job "alert-watch (trigger: interval[0:00:30])" raised an exception')
    text = buffer.getvalue()
    assert "INFO apscheduler.executors.default: job outbox-dispatcher: stopped by the shutdown" in text
    assert text.count("Traceback") == 1 and "RuntimeError" in text  # a real error stays an error
