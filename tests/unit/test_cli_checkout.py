"""bot/cli/checkout.py: the sandbox and the demo models say in one line that they need a checkout."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from bot import cli
from bot.cli import checkout


@pytest.fixture
def installed(monkeypatch: pytest.MonkeyPatch) -> None:
    """As in the wheel or the Docker image: devtools cannot be imported."""
    monkeypatch.setattr(sys, "path", list(sys.path))  # required() may add the checkout
    for name in [name for name in sys.modules if name.startswith("devtools.")] + ["devtools"]:
        monkeypatch.setitem(sys.modules, name, None)  # None in sys.modules: ModuleNotFoundError


NEEDS_CHECKOUT = (
    "needs a checkout of the repository: devtools/ is not part of the installed package or the Docker image"
)


def test_sandbox_without_devtools_says_so_in_one_line(
    installed: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["sandbox", "--port", "0"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"the sandbox {NEEDS_CHECKOUT}\n"


def test_demo_models_without_devtools_say_so_in_one_line(
    installed: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["translate", "demo", str(tmp_path / "demo")]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"building the demo models {NEEDS_CHECKOUT}\n"
    assert not (tmp_path / "demo").exists()


def test_in_a_checkout_devtools_is_found_from_any_directory(monkeypatch: pytest.MonkeyPatch) -> None:
    root = str(Path(__file__).resolve().parents[2])
    monkeypatch.setattr(sys, "path", [entry for entry in sys.path if entry not in ("", ".", root)])
    monkeypatch.delitem(sys.modules, "devtools", raising=False)
    monkeypatch.delitem(sys.modules, "devtools.mt_demo", raising=False)
    with checkout.required("the test"):
        from devtools.mt_demo import DEMO_VERSION
    assert DEMO_VERSION
    assert root in sys.path


def test_other_missing_modules_are_real_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "argostranslate_missing_for_the_test", None)
    with pytest.raises(ModuleNotFoundError), checkout.required("the test"):
        import argostranslate_missing_for_the_test  # type: ignore[import-not-found]  # noqa: F401
