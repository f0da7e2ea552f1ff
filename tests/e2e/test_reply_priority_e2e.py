"""A person's reply goes before the bulk rows queued in the rate limiter (issue 13): the real bot
polls the limits-enforcing local Bot API server while the dispatcher sends a bulk send, and a
person sends /help meanwhile. Counted in the limiter: the bulk requests waiting for a slot when
the reply asked for one, and the slots granted before the reply's; on the server's record: the
bulk messages stored between the person's message and the answer."""

from __future__ import annotations

import pytest
from benchmark_loading import load_benchmark


@pytest.mark.e2e
@pytest.mark.slow
async def test_a_reply_during_a_bulk_send_goes_before_the_queued_bulk_rows() -> None:
    bench = load_benchmark("reply_latency")
    report = await bench.run(200, 4, 0.3, "priorities")
    print(bench.render([report]))
    assert report.replies == 4
    assert report.bulk_delivered == 200  # the bulk send is not starved either
    # Bulk rows were queued for slots when the replies asked, and a reply waited at most for
    # the slot already due, not behind them (first come first served, it waited behind all).
    assert report.queued_at_reply_p50 >= 2
    assert report.slots_before_reply_max <= 1
    # Every answer reached the server during the send (its record; printed above: the bulk
    # messages stored between a question and its answer, those sent while it was handled).
    assert len(report.overtaken) == 4
