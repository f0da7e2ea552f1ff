"""`python -m bot sandbox`, the README's first command, as a real process."""

from __future__ import annotations

import asyncio
import json
import os
import re
import signal
import sys
from pathlib import Path

import httpx
import pytest

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parents[2]


async def test_sandbox_starts_seeds_and_answers(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_"))}
    env["PYTHONPATH"] = str(ROOT)
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "sandbox",
        "--port",
        "0",
        "--fresh",
        cwd=tmp_path,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    assert process.stdout is not None
    banner = ""
    try:
        while "Stop with Ctrl+C." not in banner:
            line = await asyncio.wait_for(process.stdout.readline(), timeout=60)
            assert line, f"sandbox ended early:\n{banner}"
            banner += line.decode()
        web = re.search(r"Web chat:\s+(http://127\.0\.0\.1:\d+/)", banner).group(1)  # type: ignore[union-attr]
        token = re.search(r"/start ([A-Za-z0-9_-]{22})", banner).group(1)  # type: ignore[union-attr]
        async with httpx.AsyncClient(base_url=web, timeout=10) as client:
            page = await client.get("/")
            assert page.status_code == 200 and "<html" in page.text.lower()
            users = (await client.get("/sandbox/api/users")).json()
            names = {user["first_name"] for user in users["result"]["users"]}
            assert {"Sabine", "Jonas", "Amina", "Olena", "Unbekannt"} <= names

            async def chat(user_id: int) -> list[dict[str, object]]:
                data = (await client.get(f"/sandbox/api/chat/{user_id}")).json()
                return data["result"]["messages"]  # type: ignore[no-any-return]

            async def wait_for(user_id: int, fragment: str) -> None:
                for _ in range(200):
                    if any(fragment in str(m.get("text", "")) for m in await chat(user_id)):
                        return
                    await asyncio.sleep(0.05)
                raise AssertionError(
                    f"{fragment!r} not in chat {user_id}: {json.dumps(await chat(user_id))[:500]}"
                )

            # The newcomer's link works, a stranger is turned away, Amina's demo appointment arrived.
            await client.post("/sandbox/api/send", json={"user_id": 1004, "text": f"/start {token}"})
            await wait_for(1004, "Willkommen bei Begleiter!")
            await client.post("/sandbox/api/send", json={"user_id": 1005, "text": "hallo"})
            await wait_for(1005, "nur mit Einladung")
            await wait_for(1003, "Neuer Termin: Jobcenter")

            # Amina asks for help and writes in Arabic; Jonas gets it with the demo model's German.
            await client.post("/sandbox/api/send", json={"user_id": 1003, "text": "/sos"})
            await wait_for(1003, "116 016")
            await wait_for(1002, "Dringend: Amina")
            offer = next(m for m in await chat(1003) if "sos:write" in json.dumps(m))
            await client.post(
                "/sandbox/api/press",
                json={"user_id": 1003, "message_id": offer["message_id"], "data": "sos:write"},
            )
            await wait_for(1003, "Schreiben Sie, was passiert ist")
            await client.post("/sandbox/api/send", json={"user_id": 1003, "text": "لا أريد أن أعيش"})
            await wait_for(1002, "ich will nicht mehr leben")
            await wait_for(1002, "KRISE: Amina")
    finally:
        process.send_signal(signal.SIGINT)
        await asyncio.wait_for(process.wait(), timeout=30)
    assert process.returncode == 0
    assert (tmp_path / "data" / "sandbox.db").exists()
    assert any((tmp_path / "data" / "sandbox-argos").iterdir())  # the demo translation models
