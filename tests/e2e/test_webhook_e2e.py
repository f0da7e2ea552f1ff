"""`python -m bot run --webhook-url …` as a real process, with the local Bot API server posting
updates to it as Telegram does; /healthz, /readyz and /metrics on the same port; and
METRICS_PORT in polling mode."""

from __future__ import annotations

import asyncio
import json
import signal
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import aiohttp
import pytest
from prometheus_client.parser import text_string_to_metric_families

from devtools.localapi import LocalBotApi, SimUser

from e2e_support import has, run_environment, start_bot
from harness import free_port

pytestmark = pytest.mark.e2e

TOKEN = "555000:WEBHOOK"
SECRET = "s3cret-Webhook_token"


def environment(api: LocalBotApi, tmp_path: Path, **extra: str) -> dict[str, str]:
    return run_environment(api, TOKEN, f"sqlite:///{tmp_path / 'run.db'}", **extra)


async def staff_link(env: dict[str, str], tmp_path: Path) -> str:
    create = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "invite",
        "create",
        "--role",
        "staff",
        cwd=tmp_path,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await create.communicate()
    assert create.returncode == 0, err.decode()
    return out.decode().strip().splitlines()[0].rsplit("=", 1)[1]


@asynccontextmanager
async def bot_process(env: dict[str, str], tmp_path: Path, *args: str) -> AsyncIterator[Path]:
    log_path = tmp_path / "bot.log"
    with log_path.open("wb") as log:
        bot = await start_bot(env, tmp_path, log, *args)
        try:
            yield log_path
            assert bot.returncode is None, log_path.read_text("utf-8", "replace")
        finally:
            if bot.returncode is None:
                bot.send_signal(signal.SIGTERM)
            code = await asyncio.wait_for(bot.wait(), timeout=30)
    assert code in (0, -signal.SIGTERM), log_path.read_text("utf-8", "replace")


async def wait_until(check: object, timeout: float = 30.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not await check():  # type: ignore[operator]
        assert loop.time() < deadline, "timed out"
        await asyncio.sleep(0.1)


async def get(session: aiohttp.ClientSession, url: str) -> tuple[int, str]:
    try:
        async with session.get(url) as response:
            return response.status, await response.text()
    except aiohttp.ClientError:
        return 0, ""


def samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """Every sample of a Prometheus text page, parsed with the client's own parser."""
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


async def test_the_webhook_takes_updates_with_the_secret_and_refuses_others(tmp_path: Path) -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    async with LocalBotApi(TOKEN, bot_username="begleiter_hook_bot") as api:
        env = environment(api, tmp_path, WEBHOOK_SECRET_TOKEN=SECRET)
        token = await staff_link(env, tmp_path)
        args = ("--webhook-url", f"{base}/telegram", "--listen", "127.0.0.1", "--port", str(port))
        async with bot_process(env, tmp_path, *args) as log_path, aiohttp.ClientSession() as http:

            async def webhook_set() -> bool:
                return api.state.webhook is not None

            await wait_until(webhook_set)
            assert api.state.webhook.url == f"{base}/telegram"
            assert api.state.webhook.secret_token == SECRET

            # A whole first dialogue arrives by webhook, as with polling.
            staff = api.add_user(SimUser(4101, "Sabine", "de"))
            await api.send_text(staff, f"/start {token}")
            welcome = await api.wait_for_bot_message(staff.id, has("Willkommen"), timeout=30)
            await api.press(staff, welcome["message_id"], "lang:de")
            await api.wait_for_bot_message(staff.id, has("einverstanden?"))
            assert all(d.status == 200 for d in api.state.webhook_deliveries)

            # Forged posts: no secret, a wrong one. Refused, and nothing is answered.
            forged = {
                "update_id": 999_001,
                "message": {
                    "message_id": 77,
                    "date": 1_790_000_000,
                    "chat": {"id": 4102, "type": "private", "first_name": "Mallory"},
                    "from": {"id": 4102, "is_bot": False, "first_name": "Mallory"},
                    "text": "/help",
                },
            }
            for headers in ({}, {"X-Telegram-Bot-Api-Secret-Token": "wrong"}):
                async with http.post(f"{base}/telegram", data=json.dumps(forged), headers=headers) as answer:
                    assert answer.status == 403
            calls_before = len(api.calls)
            await asyncio.sleep(1.5)
            assert not api.messages(4102)
            assert not [c for c in api.calls[calls_before:] if str(c[1].get("chat_id")) == "4102"]

            # Health, readiness and metrics on the same port.
            assert await get(http, f"{base}/healthz") == (200, "ok\n")

            async def ready() -> bool:
                return (await get(http, f"{base}/readyz"))[0] == 200

            await wait_until(ready)
            status, page = await get(http, f"{base}/metrics")
            assert status == 200
            figures = samples(page)
            assert figures[("begleiter_outbox_depth", (("priority", "crisis"),))] >= 0
            assert ("begleiter_dispatcher_lag_seconds", ()) in figures
            assert any(name == "begleiter_updates_total" for name, _ in figures)
            assert "Sabine" not in page and token not in page
        log_text = log_path.read_text("utf-8", "replace")
        assert "webhook request refused" in log_text
        # Stopped as polling stops: post_shutdown ran (the database's connections closed).
        assert "stopped: database connections closed" in log_text
        assert SECRET not in log_text and token not in log_text


async def test_polling_serves_health_and_metrics_on_metrics_port(tmp_path: Path) -> None:
    port = free_port()
    async with LocalBotApi(TOKEN, bot_username="begleiter_hook_bot") as api:
        env = environment(api, tmp_path, METRICS_PORT=str(port))
        async with bot_process(env, tmp_path), aiohttp.ClientSession() as http:
            base = f"http://127.0.0.1:{port}"

            async def ready() -> bool:
                return (await get(http, f"{base}/readyz"))[0] == 200

            await wait_until(ready)
            assert await get(http, f"{base}/healthz") == (200, "ok\n")
            status, page = await get(http, f"{base}/metrics")
            assert status == 200 and ("begleiter_dispatcher_lag_seconds", ()) in samples(page)
            async with http.post(f"{base}/telegram", data="{}") as answer:
                assert answer.status in (404, 405)  # no webhook path in polling mode
