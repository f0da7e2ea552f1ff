"""`python -m bot run` waits out a Bot API server that fails at start-up (HTTP 500 on getMe)
instead of ending: it tries again with backoff, says what it waits for, then serves."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_run_command import TOKEN, environment

from devtools.localapi import LocalBotApi, SimUser
from devtools.localapi.methods import ApiError, Uploads
from devtools.localapi.state import JSON

from e2e_support import has, start_bot, stop_bot

pytestmark = pytest.mark.e2e


class FlakyBotApi(LocalBotApi):
    """getMe answers 500 the first `failures` times, then works."""

    def __init__(self, *args: Any, failures: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.failures = failures

    async def _dispatch(self, method: str, params: JSON, files: Uploads) -> Any:
        if method == "getMe" and self.failures > 0:
            self.failures -= 1
            raise ApiError(500, "Internal Server Error")
        return await super()._dispatch(method, params, files)


async def test_run_waits_for_get_me_and_then_answers(tmp_path: Path) -> None:
    async with FlakyBotApi(TOKEN, bot_username="begleiter_run_bot", failures=2) as api:
        env = environment(api, tmp_path)
        log_path = tmp_path / "bot.log"
        with log_path.open("wb") as log:
            bot = await start_bot(env, tmp_path, log)
            try:
                stranger = api.add_user(SimUser(4101, "Stranger", "de"))
                await api.send_text(stranger, "/start")
                await api.wait_for_bot_message(stranger.id, has("nur mit Einladung"), timeout=60)
                assert bot.returncode is None, "the bot is still running"
            finally:
                code = await stop_bot(bot)
        assert code == 0
        assert [status for method, status, _ in api.errors if method == "getMe"] == [500, 500]
        log_text = log_path.read_text("utf-8", "replace")
        assert "getMe failed (NetworkError, attempt 1); waiting 1 s for the Bot API server" in log_text
        assert "getMe failed (NetworkError, attempt 2); waiting 2 s for the Bot API server" in log_text
        assert "Traceback" not in log_text and TOKEN not in log_text
