"""`python -m bot sandbox` as a real process for tests: its banner, web address and console."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import re
import signal
import sys
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Sandbox:
    web: str  # the web chat's address, http://127.0.0.1:<port>/
    token: str  # the newcomer's invitation
    banner: str
    console: list[str] = field(default_factory=list)  # every line printed after the banner
    returncode: int | None = None

    async def chat(self, client: httpx.AsyncClient, user_id: int) -> list[dict[str, Any]]:
        data = (await client.get(f"/sandbox/api/chat/{user_id}")).json()
        return data["result"]["messages"]  # type: ignore[no-any-return]

    async def wait_for(self, client: httpx.AsyncClient, user_id: int, fragment: str) -> None:
        for _ in range(200):
            if any(fragment in str(m.get("text", "")) for m in await self.chat(client, user_id)):
                return
            await asyncio.sleep(0.05)
        raise AssertionError(
            f"{fragment!r} not in chat {user_id}: {json.dumps(await self.chat(client, user_id))[:500]}"
        )


@contextlib.asynccontextmanager
async def running_sandbox(folder: Path) -> AsyncIterator[Sandbox]:
    """The sandbox started fresh in `folder` on a free port; stopped with Ctrl+C at the end."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_", "LOG_"))}
    env["PYTHONPATH"] = str(ROOT)
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "sandbox",
        "--port",
        "0",
        "--fresh",
        cwd=folder,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    assert process.stdout is not None
    stdout = process.stdout
    banner = ""
    reader: asyncio.Task[None] | None = None
    sandbox: Sandbox | None = None
    try:
        while "Stop with Ctrl+C." not in banner:
            line = await asyncio.wait_for(stdout.readline(), timeout=60)
            assert line, f"sandbox ended early:\n{banner}"
            banner += line.decode()
        web = re.search(r"Web chat:\s+(http://127\.0\.0\.1:\d+/)", banner)
        token = re.search(r"/start ([A-Za-z0-9_-]{22})", banner)
        assert web and token, banner
        sandbox = Sandbox(web=web.group(1), token=token.group(1), banner=banner)
        console = sandbox.console

        async def read() -> None:
            while line := await stdout.readline():
                console.append(line.decode(errors="replace"))

        reader = asyncio.create_task(read())
        yield sandbox
    finally:
        if process.returncode is None:
            process.send_signal(signal.SIGINT)
        await asyncio.wait_for(process.wait(), timeout=30)
        if reader is not None:
            await asyncio.wait_for(reader, timeout=10)
        if sandbox is not None:
            sandbox.returncode = process.returncode
