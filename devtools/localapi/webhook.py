"""Webhook delivery, as Telegram does it: once setWebhook names a URL, updates are no longer
handed out by getUpdates (which answers 409) but POSTed there one at a time, in order, with
the secret token in `X-Telegram-Bot-Api-Secret-Token`; an update is dropped from the queue
only when the bot answers 2xx, and tried again after a pause otherwise."""

from __future__ import annotations

import asyncio
import contextlib
import json
from dataclasses import dataclass

import aiohttp

from devtools.localapi.state import JSON, BotState

RETRY_PAUSE = 0.5  # seconds after an answer other than 2xx or no answer


@dataclass(frozen=True)
class Delivery:
    update_id: int
    status: int | None  # None: no answer (connection refused, timeout)


@dataclass
class WebhookConfig:
    url: str
    secret_token: str | None


def set_webhook(state: BotState, p: JSON) -> bool:
    url = str(p.get("url") or "")
    if not url:
        state.webhook = None
    else:
        secret = p.get("secret_token")
        state.webhook = WebhookConfig(url, str(secret) if secret else None)
    if isinstance(p.get("allowed_updates"), list):
        state.allowed_updates = p["allowed_updates"] or None
    if p.get("drop_pending_updates"):
        state.updates.clear()
    state.update_pulse.fire()
    return True


async def deliver_forever(state: BotState) -> None:
    """Runs beside the server: posts queued updates to the webhook while one is set."""
    timeout = aiohttp.ClientTimeout(total=10)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        while not state.closing:
            config = state.webhook
            if config is None or not state.updates:
                await state.update_pulse.wait(1.0)
                continue
            update = state.updates[0]
            headers = {"Content-Type": "application/json"}
            if config.secret_token:
                headers["X-Telegram-Bot-Api-Secret-Token"] = config.secret_token
            status: int | None = None
            with contextlib.suppress(aiohttp.ClientError, TimeoutError):
                async with session.post(config.url, data=json.dumps(update), headers=headers) as response:
                    status = response.status
            state.webhook_deliveries.append(Delivery(int(update["update_id"]), status))
            if status is not None and 200 <= status < 300:
                if state.updates and state.updates[0] is update:
                    state.updates.pop(0)
            else:
                await asyncio.sleep(RETRY_PAUSE)
