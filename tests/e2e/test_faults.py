"""Delivery under faults (issue 15): against the local Bot API server over HTTP, with 10% 5xx,
5% hangs longer than the bot's send timeout, 5% dropped connections (half after the message
was stored) and random 429s, every planned reminder is delivered, the bot logs no error,
duplicates (counted in the server's record) stay within the ambiguous outcomes the
dispatcher counted, and the rate is at least 70% of a fault-free run's in the same test.

FAULT_MESSAGES lowers the 2,000 messages for a quick local run; CI runs the 2,000. With few
messages the retries at the end (a hang costs its row the 5 s send timeout) weigh more, and
the rate check can fail: at 600 the ratio measured 0.61, at 2,000 0.75 (on a loaded machine).
"""

from __future__ import annotations

import os

import pytest
from benchmark_loading import load_benchmark

from devtools.localapi.faults import FaultPolicy

MESSAGES = int(os.environ.get("FAULT_MESSAGES", "2000"))
BASELINE = min(MESSAGES, 300)


@pytest.mark.e2e
@pytest.mark.slow
async def test_every_message_arrives_through_faults_at_most_ambiguous_twice() -> None:
    bench = load_benchmark("faults")
    clean = await bench.run(BASELINE, FaultPolicy(), "none")
    policy = FaultPolicy.issue_15(seed=15)
    faulty = await bench.run(MESSAGES, policy)
    print(bench.render([clean, faulty]))

    assert clean.delivered == BASELINE and clean.duplicated == 0 and clean.ambiguous == 0
    # The faults did happen, each kind of them.
    assert set(policy.injected) == {
        "server_error",
        "hang_stored",
        "hang_lost",
        "reset_stored",
        "reset_lost",
        "too_many",
    }
    assert faulty.delivered == MESSAGES and faulty.lost == 0
    assert faulty.outbox == {"sent": MESSAGES}
    assert faulty.errors_logged == 0  # nothing crashed, nothing unexpected
    # Duplicates only where the dispatcher could not know: at most one per ambiguous outcome.
    assert faulty.duplicated <= faulty.ambiguous
    assert faulty.messages_per_second >= 0.7 * clean.messages_per_second
