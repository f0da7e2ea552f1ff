"""Machine translation with real argostranslate and the demo models the suite builds (devtools/mt_demo.py)."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import subprocess
import sys
import threading
import zipfile
from pathlib import Path
from typing import Any

import pytest
from mt_models import demo_package_files

from bot import cli
from bot.mt import (
    MAX_TEXT_CHARS,
    ConfigurationError,
    InstalledPair,
    InstallError,
    MachineTranslation,
    MachineTranslator,
    split_sentences,
)
from devtools.mt_demo import DEMO_LEXICONS, DEMO_VERSION, build_demo_package

ROOT = Path(__file__).resolve().parents[2]
AR_DE = f"argos ar→de {DEMO_VERSION}"
DE_AR = f"argos de→ar {DEMO_VERSION}"
UK_DE = f"argos uk→en→de {DEMO_VERSION}/{DEMO_VERSION}"
DE_UK = f"argos de→en→uk {DEMO_VERSION}/{DEMO_VERSION}"


def test_installed_pairs(machine_translator: MachineTranslator) -> None:
    assert machine_translator.pairs() == sorted(
        InstalledPair(source, target, DEMO_VERSION) for source, target in DEMO_LEXICONS
    )
    assert machine_translator.can_translate("ar", "de")
    assert machine_translator.can_translate("uk", "de")  # through English
    assert machine_translator.can_translate("de", "uk")
    assert not machine_translator.can_translate("fa", "de")
    assert not machine_translator.can_translate("de", "de")


async def test_available_says_what_can_translate_says_off_the_event_loop(
    machine_translator: MachineTranslator,
) -> None:
    machine_translator.reload()  # the packages not read yet: available() reads them itself
    assert await machine_translator.available("ar", "de")
    assert await machine_translator.available("de", "uk")  # through English
    assert not await machine_translator.available("fa", "de")
    assert not await machine_translator.available("de", "fa")
    assert not await machine_translator.available("de", "de")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أنا متعب", "ich bin müde"),
        ("لا أريد أن أعيش", "ich will nicht mehr leben"),
        ("أريد أن أموت", "ich will sterben"),
        ("شكرا", "danke"),
        ("نعم", "ja"),
        ("غدا", "morgen"),
        ("أنا متعب. شكرا!", "ich bin müde. danke!"),
        ("كيف حالك؟", "wie geht es Ihnen?"),
        ("صباح الخير\n\nأنا بخير", "guten Morgen\n\nmir geht es gut"),
        ("أنا متعب Kassel", "ich bin müde Kassel"),  # unknown words are copied through
    ],
)
async def test_arabic_to_german(machine_translator: MachineTranslator, text: str, expected: str) -> None:
    assert await machine_translator.translate(text, "ar", "de") == MachineTranslation(expected, AR_DE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ich rufe Sie morgen an", "سأتصل بك غدا"),
        ("Ich rufe Sie morgen an.", "سأتصل بك غدا."),
        ("Wie geht es Ihnen?", "كيف حالك؟"),
        ("danke", "شكرا"),  # a source phrase matches with either case of its first letter
        ("Danke", "شكرا"),
    ],
)
async def test_german_to_arabic(machine_translator: MachineTranslator, text: str, expected: str) -> None:
    assert await machine_translator.translate(text, "de", "ar") == MachineTranslation(expected, DE_AR)


async def test_ukrainian_and_german_go_through_english(machine_translator: MachineTranslator) -> None:
    assert await machine_translator.translate("Я втомився", "uk", "de") == MachineTranslation(
        "ich bin müde", UK_DE
    )
    assert await machine_translator.translate("Я не хочу жити.", "uk", "de") == MachineTranslation(
        "ich will nicht mehr leben.", UK_DE
    )
    assert await machine_translator.translate("Ich rufe Sie morgen an.", "de", "uk") == MachineTranslation(
        "Я зателефоную вам завтра.", DE_UK
    )


async def test_no_model_same_language_or_no_text_give_none(machine_translator: MachineTranslator) -> None:
    assert await machine_translator.translate("سلام", "fa", "de") is None
    assert await machine_translator.translate("Hallo", "de", "fa") is None
    assert await machine_translator.translate("أنا متعب", "ar", "uk") is None  # no ar→en to pivot through
    assert await machine_translator.translate("Hallo", "de", "de") is None
    assert await machine_translator.translate("", "ar", "de") is None
    assert await machine_translator.translate(" \n\t ", "ar", "de") is None
    assert await machine_translator.translate("x" * (MAX_TEXT_CHARS + 1), "ar", "de") is None
    assert machine_translator.model_runs == 0


async def test_results_are_cached_in_memory(mt_packages: Path) -> None:
    translator = MachineTranslator(mt_packages, cache_size=2)
    try:
        first = await translator.translate("أنا متعب", "ar", "de")
        assert translator.model_runs == 1
        assert await translator.translate("أنا متعب", "ar", "de") == first
        assert translator.model_runs == 1  # served from the cache
        await translator.translate("شكرا", "ar", "de")
        await translator.translate("نعم", "ar", "de")  # evicts the least recently used: "أنا متعب"
        assert translator.model_runs == 3
        await translator.translate("أنا متعب", "ar", "de")
        assert translator.model_runs == 4
        await translator.translate("أنا متعب", "ar", "uk")  # no model: nothing computed
        assert translator.model_runs == 4
    finally:
        translator.close()


async def test_cache_can_be_off(mt_packages: Path) -> None:
    translator = MachineTranslator(mt_packages, cache_size=0)
    try:
        for _ in range(2):
            assert await translator.translate("شكرا", "ar", "de") == MachineTranslation("danke", AR_DE)
        assert translator.model_runs == 2
    finally:
        translator.close()


async def test_a_message_of_4000_characters(machine_translator: MachineTranslator) -> None:
    sentences = [
        ("أنا متعب.", "ich bin müde."),
        ("لا أستطيع النوم!", "ich kann nicht schlafen!"),
        ("متى؟", "wann?"),
        ("عندي موعد غدا.", "ich habe einen Termin morgen."),
    ]
    source: list[str] = []
    expected: list[str] = []
    while len(" ".join(source)) < 3950:
        arabic, german = sentences[len(source) % len(sentences)]
        source.append(arabic)
        expected.append(german)
    text = " ".join(source)
    assert 3950 <= len(text) <= 4000
    result = await machine_translator.translate(text, "ar", "de")
    assert result == MachineTranslation(" ".join(expected), AR_DE)


async def test_a_long_line_without_punctuation_is_cut_and_still_translated(
    machine_translator: MachineTranslator,
) -> None:
    text = " ".join(["Kassel", "شكرا"] * 80)  # 959 characters, no sentence end: cut into 5 pieces
    result = await machine_translator.translate(text, "ar", "de")
    assert result == MachineTranslation(" ".join(["Kassel", "danke"] * 80), AR_DE)


class _RecordingTranslator(MachineTranslator):
    """Notes where the model runs and can be made to fail; argostranslate itself is not replaced."""

    def __init__(self, packages_dir: Path) -> None:
        super().__init__(packages_dir)
        self.threads: list[threading.Thread] = []
        self.fail_with: Exception | None = None

    def _translate_with(self, package: Any, text: str) -> str:
        self.threads.append(threading.current_thread())
        if self.fail_with is not None:
            raise self.fail_with
        return super()._translate_with(package, text)


async def test_the_model_runs_in_the_worker_thread_not_the_event_loop(mt_packages: Path) -> None:
    translator = _RecordingTranslator(mt_packages)
    try:
        assert await translator.translate("Я втомився", "uk", "de") is not None
        assert len(translator.threads) == 2  # uk→en, en→de
        assert all(thread is not threading.current_thread() for thread in translator.threads)
        assert {thread.name.split("_")[0] for thread in translator.threads} == {"machine-translation"}
    finally:
        translator.close()


async def test_texts_never_reach_the_logs(mt_packages: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    translator = _RecordingTranslator(mt_packages)
    try:
        assert await translator.translate("أريد أن أموت", "ar", "de") == MachineTranslation(
            "ich will sterben", AR_DE
        )
        translator.fail_with = ValueError("model broke on: لا أريد أن أعيش")
        assert await translator.translate("لا أريد أن أعيش", "ar", "de") is None
    finally:
        translator.close()
    assert "ValueError" in caplog.text  # the failure is logged, by its type
    for secret in ("أريد", "أموت", "أعيش", "sterben", "leben"):
        assert secret not in caplog.text


def test_install_checks_the_file_first(machine_translator: MachineTranslator, tmp_path: Path) -> None:
    with pytest.raises(InstallError, match="no such file"):
        machine_translator.install(tmp_path / "missing.argosmodel")
    not_zip = tmp_path / "notes.argosmodel"
    not_zip.write_text("hello", encoding="utf-8")
    with pytest.raises(InstallError, match="not a zip archive"):
        machine_translator.install(not_zip)
    loose = tmp_path / "loose.argosmodel"
    with zipfile.ZipFile(loose, "w") as archive:
        archive.writestr("metadata.json", "{}")
        archive.writestr("model/model.bin", "")
    with pytest.raises(InstallError, match="one top folder"):
        machine_translator.install(loose)
    no_model = tmp_path / "no-model.argosmodel"
    with zipfile.ZipFile(no_model, "w") as archive:
        metadata = {"from_code": "tr", "to_code": "de", "package_version": "1.0"}
        archive.writestr("translate-tr_de/metadata.json", json.dumps(metadata))
    with pytest.raises(InstallError, match="no CTranslate2 model"):
        machine_translator.install(no_model)
    assert ("tr", "de") not in {(pair.source, pair.target) for pair in machine_translator.pairs()}


async def test_reinstalling_a_package_reloads_it(machine_translator: MachineTranslator) -> None:
    assert await machine_translator.translate("شكرا", "ar", "de") is not None
    pair = machine_translator.install(demo_package_files()["ar", "de"])
    assert pair == InstalledPair("ar", "de", DEMO_VERSION)
    assert await machine_translator.translate("شكرا", "ar", "de") == MachineTranslation("danke", AR_DE)
    assert machine_translator.model_runs == 2  # the cache was dropped with the old models


def test_one_packages_directory_per_process(mt_packages: Path, tmp_path: Path) -> None:
    MachineTranslator(mt_packages).close()
    MachineTranslator().close()  # "whatever is configured" is fine
    with pytest.raises(ConfigurationError, match="ARGOS_PACKAGES_DIR once"):
        MachineTranslator(tmp_path)


def test_demo_packages_are_deterministic(tmp_path: Path) -> None:
    lexicon = {"أنا متعب": "ich bin müde", "شكرا": "danke"}
    first = build_demo_package(tmp_path / "a", "ar", "de", lexicon)
    second = build_demo_package(tmp_path / "b", "ar", "de", lexicon)
    assert hashlib.sha256(first.read_bytes()).digest() == hashlib.sha256(second.read_bytes()).digest()
    assert first.name == "translate-ar_de-demo.argosmodel"


def test_demo_model_gives_the_same_with_int8_weights(tmp_path: Path) -> None:
    """The sandbox runs argostranslate's default compute type (int8 on CPU), not the tests' float32."""
    import ctranslate2
    import sentencepiece

    with zipfile.ZipFile(demo_package_files()["ar", "de"]) as archive:
        archive.extractall(tmp_path)
    root = tmp_path / "translate-ar_de-demo"
    pieces = sentencepiece.SentencePieceProcessor(model_file=str(root / "sentencepiece.model"))
    model = ctranslate2.Translator(str(root / "model"), compute_type="int8", intra_threads=1)
    tokens = pieces.encode("أنا متعب. شكرا Kassel", out_type=str)
    result = model.translate_batch([tokens], replace_unknowns=True, beam_size=4)
    assert pieces.decode_pieces(result[0].hypotheses[0]) == "ich bin müde. danke Kassel"


def test_demo_lexicons_cover_the_crisis_words() -> None:
    german = " ".join(DEMO_LEXICONS["ar", "de"].values())
    assert DEMO_LEXICONS["ar", "de"]["لا أريد أن أعيش"] == "ich will nicht mehr leben"
    assert "sterben" in german and "umbringen" in german
    # Everything uk→en produces, en→de knows: Ukrainian reaches German whole.
    assert set(DEMO_LEXICONS["uk", "en"].values()) <= set(DEMO_LEXICONS["en", "de"])
    assert set(DEMO_LEXICONS["de", "en"].values()) <= set(DEMO_LEXICONS["en", "uk"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ich bin müde. Danke!", ["Ich bin müde.", "Danke!"]),
        ("Das ist z. B. gut. Ja.", ["Das ist z. B. gut.", "Ja."]),
        ("Termin am 9. Mai. Bis dann", ["Termin am 9. Mai.", "Bis dann"]),
        ("Er sagte „Hallo.“ Dann ging er.", ["Er sagte „Hallo.“", "Dann ging er."]),
        ("أنا متعب. شكرا؟ نعم", ["أنا متعب.", "شكرا؟", "نعم"]),
        ("  ", []),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def _cli(*args: str, packages_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ARGOS_PACKAGES_DIR": str(packages_dir), "LOG_LEVEL": "WARNING"}
    return subprocess.run(
        [sys.executable, "-m", "bot", "translate", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_cli_installs_and_lists(tmp_path: Path) -> None:
    packages_dir = tmp_path / "packages"
    installed = _cli("install", str(demo_package_files()["ar", "de"]), packages_dir=packages_dir)
    assert installed.returncode == 0, installed.stderr
    assert installed.stdout == f"installed ar→de {DEMO_VERSION} into {packages_dir}\n"
    assert (packages_dir / "translate-ar_de-demo" / "metadata.json").is_file()

    listed = _cli("list", packages_dir=packages_dir)
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout == f"ar→de  {DEMO_VERSION}\n"


def test_cli_refuses_a_bad_file_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.argosmodel"
    bad.write_text("not a model", encoding="utf-8")
    assert cli.main(["translate", "install", str(bad)]) == 1
    assert cli.main(["translate", "install", str(tmp_path / "missing.argosmodel")]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines() == [
        f"error: {bad} is not an .argosmodel file (not a zip archive)",
        f"error: {tmp_path / 'missing.argosmodel'}: no such file",
    ]
