"""The bot's own small web server: Telegram's webhook, /healthz, /readyz and /metrics.

In webhook mode Telegram posts each update to `/<path>` with the secret token given to
setWebhook in the `X-Telegram-Bot-Api-Secret-Token` header; a request without it, or with
another, is answered 403 and nothing of it is read further. The update goes into the
Application's queue, so the same handlers run as with polling. In polling mode the same
server runs without the webhook path when METRICS_PORT is set.

- /healthz: the process is up (200).
- /readyz: the database answers and this process's dispatcher ran in the last minute
  (200), else 503 with the reason.
- /metrics: Prometheus's text format (bot/metrics.py), no personal data in any label.
"""

from __future__ import annotations

import hmac
import json
import logging
from typing import Any

from aiohttp import web
from sqlalchemy import text
from telegram import Update

from bot import metrics
from bot.deps import Deps

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"  # noqa: S105  (a header's name)
READY_DISPATCHER_SECONDS = 60.0


class WebServer:
    def __init__(
        self,
        application: Any,
        deps: Deps,
        *,
        listen: str,
        port: int,
        webhook_path: str | None = None,
        secret_token: str | None = None,
    ) -> None:
        if webhook_path is not None and not secret_token:
            raise ValueError("a webhook needs a secret token")
        self.application = application
        self.deps = deps
        self.listen = listen
        self.port = port
        self.webhook_path = webhook_path
        self.secret_token = secret_token or ""
        self._runner: web.AppRunner | None = None

    def build_app(self) -> web.Application:
        app = web.Application(client_max_size=1024 * 1024)
        app.router.add_get("/healthz", self.healthz)
        app.router.add_get("/readyz", self.readyz)
        app.router.add_get("/metrics", self.metrics)
        if self.webhook_path is not None:
            app.router.add_post("/" + self.webhook_path.strip("/"), self.webhook)
        return app

    async def start(self) -> None:
        self._runner = web.AppRunner(self.build_app(), access_log=None, shutdown_timeout=2.0)
        await self._runner.setup()
        await web.TCPSite(self._runner, self.listen, self.port).start()
        role = "webhook" if self.webhook_path else "metrics"
        log.info("web server on %s:%d (%s)", self.listen, self.port, role)

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def healthz(self, request: web.Request) -> web.Response:
        return web.Response(text="ok\n")

    async def readyz(self, request: web.Request) -> web.Response:
        problems = []
        try:
            async with self.deps.engine.connect() as connection:
                await connection.execute(text("SELECT 1"))
        except Exception as exc:
            problems.append(f"database: {type(exc).__name__}")
        since = metrics.seconds_since_dispatcher_ran()
        if since is None:
            problems.append("dispatcher: not run yet")
        elif since > READY_DISPATCHER_SECONDS:
            problems.append(f"dispatcher: last ran {since:.0f} s ago")
        if problems:
            return web.Response(status=503, text="\n".join(problems) + "\n")
        return web.Response(text="ready\n")

    async def metrics(self, request: web.Request) -> web.Response:
        try:
            async with self.deps.sessionmaker() as session:
                await metrics.read_outbox(session, self.deps.clock.now())
        except Exception as exc:  # the other figures are still worth having
            log.warning("reading the outbox for /metrics failed: %s", type(exc).__name__)
        return web.Response(body=metrics.exposition(), content_type="text/plain", charset="utf-8")

    async def webhook(self, request: web.Request) -> web.Response:
        given = request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), self.secret_token.encode()):
            log.warning("webhook request refused: %s secret token", "wrong" if given else "no")
            return web.Response(status=403, text="forbidden\n")
        try:
            data = json.loads(await request.read())
            update = Update.de_json(data, self.application.bot)
        except Exception as exc:  # never the body: it holds what people wrote
            log.warning("webhook request with an unreadable update: %s", type(exc).__name__)
            return web.Response(status=400, text="bad update\n")
        await self.application.update_queue.put(update)
        return web.Response(text="ok\n")
