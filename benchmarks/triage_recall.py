"""Recall of the keyword triage on the participant-style test sets, per category and language,
and the false alarms on their near-misses.

    .venv/bin/python benchmarks/triage_recall.py [--content DIR] [--sets DIR]

The sets are tests/data/triage/<lang>.yaml. Each sentence is scanned as the participant wrote
it (no machine translation: that needs the models). A crisis sentence counts when it flags at
crisis; a life-problem sentence when it flags at urgent or more ("hit"), and, in the column
"cat", when the reason also names its category. A near-miss is a false alarm when it flags at
urgent or more. Runs against whichever code and content are given, so the same sets measure the
code before and after a change.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import yaml

from bot.models import Severity
from bot.services.flags import FlagRules

ROOT = Path(__file__).resolve().parents[1]
CRISIS = ("suicide", "selfharm", "violence", "danger")
LIFE = ("residence", "housing", "wages", "energy", "debts", "child", "insurance")
ORDER = ("de", "en", "ar", "fa", "uk", "ru", "tr", "so", "ti", "kmr")


def load_sets(folder: Path) -> dict[str, dict[str, Any]]:
    found = {p.stem: yaml.safe_load(p.read_text(encoding="utf-8")) for p in folder.glob("*.yaml")}
    return {k: found[k] for k in sorted(found, key=lambda k: (ORDER.index(k) if k in ORDER else 99, k))}


def judge(rules: FlagRules, text: str, language: str, category: str) -> tuple[bool, bool]:
    """(flagged at the expected severity, and with the expected category where it has one)."""
    reasons = rules.scan(text, language)
    if category in CRISIS:
        hit = any(r.severity >= Severity.CRISIS for r in reasons)
        return hit, hit
    hit = any(r.severity >= Severity.URGENT for r in reasons)
    return hit, any(r.detail.get("category") == category for r in reasons)


def false_alarm(rules: FlagRules, text: str, language: str) -> bool:
    return any(r.severity >= Severity.URGENT for r in rules.scan(text, language))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--content", type=Path, default=ROOT / "content")
    parser.add_argument("--sets", type=Path, default=ROOT / "tests" / "data" / "triage")
    args = parser.parse_args()
    rules = FlagRules.load(args.content)
    sets = load_sets(args.sets)
    print("keyword lists:", " ".join(sorted(rules.languages())))
    print(f"{'category':<10}" + "".join(f"{lang:>9}" for lang in sets) + "   (recall %; life: hit/cat)")
    totals = [0, 0, 0]
    for category in CRISIS + LIFE:
        cells = []
        for language, data in sets.items():
            sentences = data["sentences"].get(category, [])
            if not sentences:
                cells.append(f"{'-':>9}")
                continue
            judged = [judge(rules, s, language, category) for s in sentences]
            hit = 100 * sum(h for h, _ in judged) // len(judged)
            cat = 100 * sum(c for _, c in judged) // len(judged)
            totals[0] += len(judged)
            totals[1] += sum(h for h, _ in judged)
            totals[2] += sum(c for _, c in judged)
            cells.append(f"{hit:>9}" if category in CRISIS else f"{f'{hit}/{cat}':>9}")
        print(f"{category:<10}" + "".join(cells))
    alarms = []
    false_alarms = near_misses = 0
    for language, data in sets.items():
        near = data.get("near_misses", [])
        found = sum(false_alarm(rules, s, language) for s in near)
        false_alarms, near_misses = false_alarms + found, near_misses + len(near)
        alarms.append(f"{f'{found}/{len(near)}':>9}")
    print(f"{'false al.':<10}" + "".join(alarms))
    print(f"overall: {totals[1]}/{totals[0]} flagged, {totals[2]}/{totals[0]} with the right category")
    # The figures for `./dev.sh bench` (benchmarks/run_all.py reads the last JSON line).
    figures = {
        "sentences": totals[0],
        "flagged": totals[1],
        "right_category": totals[2],
        "near_misses": near_misses,
        "false_alarms": false_alarms,
    }
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
