"""Delivery under faults (issue 15): against the local Bot API server over HTTP, with 10% 5xx,
5% hangs longer than the bot's send timeout, 5% dropped connections (half after the message
was stored) and random 429s, every planned reminder is delivered, the bot logs no error,
duplicates (counted in the server's record) stay within the ambiguous outcomes the
dispatcher counted, and the rate is at least 70% of fault-free runs' in the same test.

FAULT_MESSAGES lowers the 2,000 messages for a quick local run; CI runs the 2,000. With few
messages the retries at the end (a hang costs its row the 5 s send timeout) weigh more, and
the rate check can fail.

Why 70% holds. Without faults the rate is the limiter's 28 sends a second. With them, 23% of
requests fail, and every request that Telegram may have counted keeps its slot: a 429, a
timeout, a dropped connection (and the retry of a message Telegram had, the duplicate). A 5xx
answer and a connection never made give their slot back (bot/ratelimit.py): Telegram sent no
message for them. That puts the ceiling at about 2,000 / 2,330 counted requests = 0.86 of the
fault-free rate (0.78 when every failure kept its slot, which is where this test failed
before, at 0.67); the last rows' hangs (5 s each) take a few percent more. Measured on the
2-core machine shared with other work (`-n 0 -s`, load 3-5): 0.758, 0.764 and 0.769 against
the baseline before, 0.765, 0.787 and 0.772 against the two baselines; alternating with the old accounting in one script at load 6-9 (same seed,
same baseline): 0.69-0.76 against 0.60-0.68. The load of a shared machine changes within minutes and moves the fault-free rate
as well (21/s instead of 28/s seen at load 9): the fault-free rate is therefore measured before
and after the faulty run and averaged, so that both sides of the ratio see the same machine.
"""

from __future__ import annotations

import os

import pytest
from benchmark_loading import load_benchmark

from devtools.localapi.faults import KINDS, FaultPolicy

MESSAGES = int(os.environ.get("FAULT_MESSAGES", "2000"))
BASELINE = min(MESSAGES, 300)


@pytest.mark.e2e
@pytest.mark.slow
async def test_every_message_arrives_through_faults_at_most_ambiguous_twice() -> None:
    bench = load_benchmark("faults")
    clean = await bench.run(BASELINE, FaultPolicy(), "none")
    policy = FaultPolicy.issue_15(seed=15)
    faulty = await bench.run(MESSAGES, policy)
    after = await bench.run(BASELINE, FaultPolicy(), "none after")
    print(bench.render([clean, faulty]))
    fault_free = (clean.messages_per_second + after.messages_per_second) / 2
    print(
        f"fault-free {clean.messages_per_second} and {after.messages_per_second}/s, faulty"
        f" {faulty.messages_per_second}/s: ratio {faulty.messages_per_second / fault_free:.3f}"
    )

    for run in (clean, after):
        assert run.delivered == BASELINE and run.duplicated == 0 and run.ambiguous == 0
    # The faults did happen, each kind of them.
    assert set(policy.injected) == KINDS
    assert faulty.delivered == MESSAGES and faulty.lost == 0
    assert faulty.outbox == {"sent": MESSAGES}
    assert faulty.errors_logged == 0  # nothing crashed, nothing unexpected
    # Duplicates only where the dispatcher could not know: at most one per ambiguous outcome.
    assert faulty.duplicated <= faulty.ambiguous
    assert faulty.messages_per_second >= 0.7 * fault_free
