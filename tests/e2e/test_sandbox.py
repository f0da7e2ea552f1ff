"""`python -m bot sandbox`, the README's first command, as a real process."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from sandbox_support import running_sandbox

pytestmark = pytest.mark.e2e


async def test_sandbox_starts_seeds_and_answers(tmp_path: Path) -> None:
    async with (
        running_sandbox(tmp_path) as sandbox,
        httpx.AsyncClient(base_url=sandbox.web, timeout=10) as client,
    ):
        page = await client.get("/")
        assert page.status_code == 200 and "<html" in page.text.lower()
        users = (await client.get("/sandbox/api/users")).json()
        names = {user["first_name"] for user in users["result"]["users"]}
        assert {"Sabine", "Jonas", "Amina", "Olena", "Unbekannt"} <= names

        # The newcomer's link works, a stranger is turned away, Amina's demo appointment arrived.
        await client.post("/sandbox/api/send", json={"user_id": 1004, "text": f"/start {sandbox.token}"})
        await sandbox.wait_for(client, 1004, "Willkommen bei Begleiter!")
        await client.post("/sandbox/api/send", json={"user_id": 1005, "text": "hallo"})
        await sandbox.wait_for(client, 1005, "nur mit Einladung")
        await sandbox.wait_for(client, 1003, "Neuer Termin: Jobcenter")

        # Amina asks for help and writes in Arabic; Jonas gets it with the demo model's German.
        await client.post("/sandbox/api/send", json={"user_id": 1003, "text": "/sos"})
        await sandbox.wait_for(client, 1003, "116 016")
        await sandbox.wait_for(client, 1002, "Dringend: Amina")
        offer = next(m for m in await sandbox.chat(client, 1003) if "sos:write" in json.dumps(m))
        await client.post(
            "/sandbox/api/press",
            json={"user_id": 1003, "message_id": offer["message_id"], "data": "sos:write"},
        )
        await sandbox.wait_for(client, 1003, "Schreiben Sie, was passiert ist")
        await client.post("/sandbox/api/send", json={"user_id": 1003, "text": "لا أريد أن أعيش"})
        await sandbox.wait_for(client, 1002, "ich will nicht mehr leben")
        await sandbox.wait_for(client, 1002, "KRISE: Amina")
    assert sandbox.returncode == 0
    assert (tmp_path / "data" / "sandbox.db").exists()
    assert any((tmp_path / "data" / "sandbox-argos").iterdir())  # the demo translation models
    # The console shows the banner and warnings, not the scheduler's two lines a second
    # ("Running job ...", "Job ... executed successfully") of a run of several seconds.
    scheduler_lines = [line for line in sandbox.console if "apscheduler.executors" in line]
    assert scheduler_lines == [], scheduler_lines[:3]
    # Nor a wall of start-up lines above the banner: the jobs added, alembic's plugins.
    noise = ("Adding job tentatively", "Added job", "setup plugin")
    printed = [*sandbox.banner.splitlines(), *sandbox.console]
    assert [line for line in printed if any(n in line for n in noise)] == []


async def test_the_clock_moves_sandbox_time_and_delivers_what_became_due(tmp_path: Path) -> None:
    async with (
        running_sandbox(tmp_path) as sandbox,
        httpx.AsyncClient(base_url=sandbox.web, timeout=30) as client,
    ):
        await sandbox.wait_for(client, 1003, "Neuer Termin: Jobcenter")
        clock = (await client.get("/sandbox/api/clock")).json()["result"]
        assert clock["offset_seconds"] == 0 and clock["timezone"] == "Europe/Berlin"
        refused = await client.post("/sandbox/api/clock", json={"advance": "-1d"})
        assert refused.status_code == 400

        moved = (await client.post("/sandbox/api/clock", json={"advance": "1h"})).json()["result"]
        assert moved["offset_seconds"] == 3600
        start = datetime.fromisoformat(moved["now"])

        # "next" jumps to the next planned message and it has arrived when the answer comes:
        # the demo appointment (tomorrow 10:00) is reminded of 24 h and 2 h before.
        async def reminders() -> list[dict[str, object]]:
            return [
                m for m in await sandbox.chat(client, 1003) if "Erinnerung: Jobcenter" in str(m.get("text"))
            ]

        before = len(await reminders())  # the 24 h reminder is gone already when started after 10:00
        for _ in range(12):
            moved = (await client.post("/sandbox/api/clock", json={"advance": "next"})).json()["result"]
            if len(await reminders()) > before:
                break
        assert len(await reminders()) > before, "no reminder after jumping to the next planned messages"
        assert moved["sent"] >= 1  # sent by the clock's own round, before it answered
        now = datetime.fromisoformat(moved["now"])
        assert now > start
        # The reminder is dated in sandbox time, as the bot saw it.
        sent = datetime.fromtimestamp(int(str((await reminders())[-1]["date"])), UTC)
        assert sent >= start - timedelta(seconds=5)
        assert abs(sent - now) < timedelta(minutes=1)
    assert sandbox.returncode == 0
