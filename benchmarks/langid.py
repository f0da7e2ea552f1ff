"""Benchmark: tell the language of short participant texts (bot/langid.py).

    .venv/bin/python benchmarks/langid.py [--repeats 200]

`load_seconds` is the first call (py3langid loads its model); then every sentence of
tests/unit/test_langid.py (5 to 10 words, every offered language) is detected `--repeats`
times, and `median_ms`/`max_ms` are per text. `correct` counts the sentences whose language
was found, of `sentences`. `model_bytes` is the size of the model file inside the package.
"""

from __future__ import annotations

import os
import sys

# bot/ is imported from the checkout, like the other benchmarks.
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "tests", "unit"))

import argparse
import json
import statistics
import time
from pathlib import Path

from bot.i18n import LANGUAGES
from bot.langid import detect


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=200)
    args = parser.parse_args()
    from test_langid import SENTENCES  # type: ignore[import-not-found]  # the test sentences

    candidates = list(LANGUAGES)
    texts = [(language, text) for language, items in SENTENCES.items() for text in items]
    start = time.perf_counter()
    detect(texts[0][1], candidates)
    load = time.perf_counter() - start
    times: list[float] = []
    correct = 0
    for language, text in texts:
        found = detect(text, candidates)
        correct += found is not None and found.language == language
        for _ in range(args.repeats):
            start = time.perf_counter()
            detect(text, candidates)
            times.append((time.perf_counter() - start) * 1000)
    import py3langid

    model = Path(py3langid.__file__).parent / "data" / "model.npz.xz"
    print(
        json.dumps(
            {
                "load_seconds": round(load, 3),
                "median_ms": round(statistics.median(times), 3),
                "max_ms": round(max(times), 3),
                "sentences": len(texts),
                "correct": correct,
                "model_bytes": model.stat().st_size,
            }
        )
    )


if __name__ == "__main__":
    main()
