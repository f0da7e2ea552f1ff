"""Sentences for the translation models: argostranslate's splitter when its model is here, else punctuation.

argostranslate (-lt) splits sentences with MiniSBD: an ONNX model from the package's `minisbd/`
folder, else one downloaded on the first translate() into $XDG_DATA_HOME/argos-translate/minisbd.
The bot must not fetch anything while it translates a participant's message (and offline the
download fails with URLError), so the library's sentencizer is used only when its model is
already here: bundled in the package or pre-seeded in that cache. Otherwise a small rule-based
splitter does the job; it is what every package without a bundled splitter gets offline,
including the demo packages of devtools/mt_demo.py. Either way, over-long sentences are cut.
apply_packaged_translation() only calls split_sentences(), so this is the whole interface.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

from bot.mt.packages import Argos

log = logging.getLogger(__name__)

MAX_SENTENCE_CHARS = 200  # longer "sentences" are cut at spaces (models degrade on long inputs)

_SENTENCE_END = re.compile(r"(?<=[.!?…؟。])([\"'“”»)]*)\s+")
_ABBREVIATION = re.compile(
    r"(?:^|\s)(?:\d+|\w|Dr|Nr|Hr|Fr|Str|Tel|bzw|ca|usw|vgl|ggf|evtl|inkl|z\.\s?B|d\.\s?h|u\.\s?a)\.$"
)


class Sentencizer:
    def __init__(self, library: Any | None) -> None:
        self.library = library  # argostranslate's MiniSBDSentencizer, when its model is here

    def split_sentences(self, text: str) -> list[str]:
        sentences: list[str] | None = None
        if self.library is not None:
            try:
                sentences = [str(sentence) for sentence in self.library.split_sentences(text)]
            except Exception as exc:  # the splitter's model is broken: punctuation will do from now on
                log.warning("sentence splitter failed (%s); splitting by punctuation", type(exc).__name__)
                self.library = None
        if sentences is None:
            sentences = split_sentences(text)
        return [part for sentence in sentences for part in _cut(sentence.strip()) if part]


def split_sentences(text: str) -> list[str]:
    """Sentences of one line, by final punctuation (not after a number or a common abbreviation)."""
    sentences: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if _ABBREVIATION.search(text[start : match.start()]):
            continue
        sentences.append(text[start : match.end(1)])
        start = match.end()
    sentences.append(text[start:])
    return [sentence.strip() for sentence in sentences if sentence.strip()]


def _cut(sentence: str) -> list[str]:
    """Pieces of at most MAX_SENTENCE_CHARS, cut at spaces where possible."""
    pieces: list[str] = []
    while len(sentence) > MAX_SENTENCE_CHARS:
        cut = sentence.rfind(" ", 0, MAX_SENTENCE_CHARS + 1)
        if cut <= 0:
            cut = MAX_SENTENCE_CHARS
        pieces.append(sentence[:cut].strip())
        sentence = sentence[cut:].strip()
    pieces.append(sentence)
    return pieces


def _bundled_sentencizer(argos: Argos, package: Any) -> Any | None:
    """argostranslate's MiniSBD sentencizer if its model needs no download, else None."""
    bundled = Path(package.package_path) / "minisbd"
    if bundled.is_dir() and any(bundled.glob("*.onnx")):
        return argos.sbd.MiniSBDSentencizer(package)
    language = argos.sbd.MiniSBDSentencizer.LANGUAGE_CODE_MAPPING.get(package.from_code, package.from_code)
    filename = argos.sbd.minisbd_models.MODELS.get(language)
    if filename and (Path(argos.sbd.minisbd_models.cache_dir) / filename).is_file():
        return argos.sbd.MiniSBDSentencizer(package)
    return None


def sentencizer_for(argos: Argos, package: Any) -> Sentencizer:
    """The splitter for one package's source language."""
    return Sentencizer(_bundled_sentencizer(argos, package))
