"""The container image's install and start steps, read from the Dockerfile and run in a fresh
virtualenv (no container engine runs on these machines): the build stage's COPY and RUN lines,
then the final stage's ENV, CMD and HEALTHCHECK against the local Bot API server.

What it proves: the package installs from exactly the files the image copies (a module left
out of a COPY line fails here), `python -m bot run` starts from that install with the image's
settings, and the health check command answers."""

from __future__ import annotations

import asyncio
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from devtools.localapi import LocalBotApi

from harness import TEST_DATA_KEY, free_port

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "555000:IMAGE"


@dataclass
class Stage:
    workdir: str = "/"
    env: dict[str, str] = field(default_factory=dict)
    steps: list[tuple[str, str]] = field(default_factory=list)  # ("COPY"|"RUN", argument)
    cmd: list[str] = field(default_factory=list)
    healthcheck: list[str] = field(default_factory=list)


def stages(dockerfile: str) -> list[Stage]:
    """The Dockerfile's stages with what this test needs of them (continuation lines joined)."""
    text = re.sub(r"\\\n\s*", " ", dockerfile)
    found: list[Stage] = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        word, _, rest = line.partition(" ")
        word = word.upper()
        if word == "FROM":
            found.append(Stage())
        elif word == "WORKDIR":
            found[-1].workdir = rest
        elif word == "ENV":
            found[-1].env.update(dict(pair.split("=", 1) for pair in shlex.split(rest)))
        elif word in ("COPY", "RUN"):
            found[-1].steps.append((word, rest))
        elif word == "CMD":
            found[-1].cmd = eval_json_list(rest)
        elif word == "HEALTHCHECK":
            found[-1].healthcheck = eval_json_list(rest.split("CMD", 1)[1])
    return found


def eval_json_list(text: str) -> list[str]:
    import json

    value = json.loads(text.strip())
    assert isinstance(value, list) and all(isinstance(item, str) for item in value)
    return value


async def test_the_images_install_and_start_steps_work_in_a_fresh_virtualenv(tmp_path: Path) -> None:
    build, final = stages((ROOT / "Dockerfile").read_text())
    # Paths of the image, mapped into this test's folder.
    places = {"/venv": tmp_path / "venv", build.workdir: tmp_path / "src", "/data": tmp_path / "data"}
    places["/app"] = tmp_path / "app"

    def here(text: str) -> str:
        for image_path, local in sorted(places.items(), key=lambda item: -len(item[0])):
            text = text.replace(image_path, str(local))
        return text

    places[build.workdir].mkdir()
    for kind, argument in build.steps:
        if kind == "COPY":
            *sources, target = argument.split()
            destination = places[build.workdir] / target
            for source in sources:
                origin = ROOT / source
                if origin.is_dir():
                    shutil.copytree(origin, destination if target != "./" else destination / source)
                else:
                    shutil.copy2(origin, destination)
        else:
            command = here(argument)
            if command.startswith("python "):
                command = f"{shlex.quote(sys.executable)} {command.removeprefix('python ')}"
            done = subprocess.run(
                command,
                shell=True,
                cwd=places[build.workdir],
                capture_output=True,
                text=True,
                timeout=900,
                check=False,
            )
            assert done.returncode == 0, f"{argument}\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}"

    # The final stage: its files, its environment, its command.
    for kind, argument in final.steps:
        if kind == "COPY" and "--from" not in argument:
            source, target = argument.split()
            shutil.copytree(ROOT / source, Path(here(target)))
    (tmp_path / "data").mkdir(exist_ok=True)
    venv_bin = tmp_path / "venv" / "bin"
    assert not list((tmp_path / "venv" / "lib").glob("*/site-packages/devtools")), (
        "devtools is not in the image"
    )
    port = free_port()
    async with LocalBotApi(TOKEN, bot_username="begleiter_image_bot") as api:
        env = {key: here(value) for key, value in final.env.items()}
        env.update(
            PATH=f"{venv_bin}:{os.environ['PATH']}",
            HOME=str(tmp_path),
            TELEGRAM_BOT_TOKEN=TOKEN,
            TELEGRAM_API_BASE_URL=api.base_url,
            BEGLEITER_DATA_KEY=TEST_DATA_KEY,
            METRICS_PORT=str(port),  # the image's 9100 may be taken on a shared machine
            METRICS_LISTEN="127.0.0.1",
        )
        log_path = tmp_path / "bot.log"
        with log_path.open("wb") as log:
            bot = await asyncio.create_subprocess_exec(
                *final.cmd, cwd=here(final.workdir), env=env, stdout=log, stderr=log
            )
            try:
                await api.wait_for_call("getUpdates", timeout=120, arrived=True)
                for _ in range(50):
                    health = await asyncio.create_subprocess_exec(
                        *final.healthcheck, cwd=here(final.workdir), env=env,
                        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
                    )  # fmt: skip
                    out, _ = await health.communicate()
                    if health.returncode == 0:
                        break
                    await asyncio.sleep(0.2)
                assert health.returncode == 0 and out.decode().strip() == "ok", log_path.read_text()
                assert bot.returncode is None
            finally:
                if bot.returncode is None:
                    bot.send_signal(signal.SIGTERM)
                await asyncio.wait_for(bot.wait(), timeout=60)
        assert (tmp_path / "data" / "begleiter.db").exists()  # the image's DATABASE_URL, in /data
