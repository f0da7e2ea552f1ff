"""Staff get one message per person and incident: alerts about her that escalate while it is
open are merged into it (edited in place); acknowledging it closes the incident."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

from bot.models import Alert, AlertSource, AlertStatus, OutboxMessage, Person, Role, Severity
from bot.services import alerts
from bot.services.flags import Reason
from scheduler.planners import watch_alerts

from harness import Harness, User
from seed import Cast, add_member, alerts_to, deliver, deps_of, rows


async def raise_for(harness: Harness, participant_id: int, reason: Reason) -> int:
    deps = deps_of(harness)
    async with deps.sessionmaker.begin() as session:
        participant = await session.get(Person, participant_id)
        assert participant is not None
        alert = await alerts.raise_alert(
            session, participant, source=AlertSource.CHECKIN, reasons=[reason], now=deps.clock.now()
        )
        return alert.id


def edits(harness: Harness) -> list[dict[str, Any]]:
    return harness.request.sent(method="editMessageText")


def callback_data(params: dict[str, Any]) -> list[str]:
    markup = params.get("reply_markup")
    markup = json.loads(markup) if isinstance(markup, str) else markup
    return [b["callback_data"] for row in (markup or {}).get("inline_keyboard", []) for b in row]


CRISIS = Reason(
    rule="keywords", severity=Severity.CRISIS, detail={"language": "de", "term": "x", "via": "original"}
)


async def escalated(harness: Harness, participant_id: int) -> int:
    """A crisis alert about her that nobody acknowledges, escalated to staff and delivered."""
    alert_id = await raise_for(harness, participant_id, CRISIS)
    await deliver(harness)
    deps = deps_of(harness)
    harness.clock.advance(timedelta(minutes=deps.settings.crisis_escalation_minutes))
    await watch_alerts(deps)
    await deliver(harness)
    return alert_id


PING = "Neue Meldung zu Amina: die Nachricht oben ist ergänzt."


def staff_edits(harness: Harness, user: User) -> list[str]:
    return [str(params["text"]) for params in edits(harness) if int(params["chat_id"]) == user.id]


async def test_three_alerts_about_amina_make_one_staff_message_edited_to_show_all_three(
    harness: Harness, cast: Cast
) -> None:
    first = await escalated(harness, cast.participant_id)
    second = await escalated(harness, cast.participant_id)
    third = await escalated(harness, cast.participant_id)

    staff = alerts_to(harness, cast.staff)
    assert len([text for text in staff if PING not in text]) == 1
    assert len([text for text in staff if PING in text]) == 2  # an edit makes no sound
    assert len(alerts_to(harness, cast.coach)) == 3  # the coach side: one message per alert
    merged = staff_edits(harness, cast.staff)
    assert len(merged) == 2
    assert merged[0].startswith("🆘 ") and "Offene Meldungen zu Amina: 2, die neueste zuerst." in merged[0]
    assert "Offene Meldungen zu Amina: 3, die neueste zuerst." in merged[1]
    assert merged[1].index("Meldung 1 von 3") < merged[1].index("Meldung 3 von 3")
    edited = edits(harness)[-1]
    assert callback_data(edited)[0] == f"alk:{third}"  # ✅ of the newest acknowledges them all

    # The three staff rows the outbox sent (one sent, two edits) are one Telegram message.
    staff_rows = [row for row in await rows(harness, OutboxMessage) if row.kind == "alert.staff"]
    assert len(staff_rows) == 3 and len({row.telegram_message_id for row in staff_rows}) == 1

    harness.request.clear()
    replies = await harness.press(cast.staff, f"alk:{third}", message_id=int(edited["message_id"]))
    assert replies == []
    assert {a.id: a.status for a in await rows(harness, Alert)} == {
        first: AlertStatus.ACKNOWLEDGED,
        second: AlertStatus.ACKNOWLEDGED,
        third: AlertStatus.ACKNOWLEDGED,
    }
    seen = staff_edits(harness, cast.staff)
    assert len(seen) == 1 and "Offene Meldungen zu Amina: 3" in seen[0] and "Gesehen von" in seen[0]
    # Every coach message of the three shows it was seen.
    assert len(staff_edits(harness, cast.coach)) == 3


async def test_an_alert_about_another_participant_is_a_message_of_its_own(
    harness: Harness, cast: Cast
) -> None:
    other = User(31, "Layla", "en")
    layla = await add_member(harness, other, Role.PARTICIPANT, coach_id=cast.coach_id, language="en")
    await escalated(harness, cast.participant_id)
    await escalated(harness, layla)
    assert len(alerts_to(harness, cast.staff)) == 2
    assert staff_edits(harness, cast.staff) == []


async def test_after_acknowledging_the_next_alert_about_her_is_a_new_message(
    harness: Harness, cast: Cast
) -> None:
    first = await escalated(harness, cast.participant_id)
    await escalated(harness, cast.participant_id)
    message_id = int(edits(harness)[-1]["message_id"])
    await harness.press(cast.staff, f"alk:{first + 1}", message_id=message_id)
    harness.request.clear()

    await escalated(harness, cast.participant_id)
    assert len(alerts_to(harness, cast.staff)) == 1  # a new message, not an edit
    assert staff_edits(harness, cast.staff) == []


async def test_the_coach_acknowledging_one_of_her_alerts_acknowledges_only_that_one(
    harness: Harness, cast: Cast
) -> None:
    """The coach has one message per alert: its ✅ says he saw that one, not the others."""
    first = await escalated(harness, cast.participant_id)
    second = await escalated(harness, cast.participant_id)
    await harness.press(cast.coach, f"alk:{second}")
    assert {a.id: a.status for a in await rows(harness, Alert)} == {
        first: AlertStatus.OPEN,
        second: AlertStatus.ACKNOWLEDGED,
    }


async def test_a_new_alert_in_her_incident_message_is_heard(harness: Harness, cast: Cast) -> None:
    """An edit makes no sound: staff get a short reply under the message the alert joined."""
    await escalated(harness, cast.participant_id)
    await escalated(harness, cast.participant_id)
    merged = edits(harness)[-1]
    pings = [params for params in harness.request.sent(cast.staff.id) if str(params["text"]).endswith(PING)]
    assert len(pings) == 1 and pings[0]["text"].startswith("🆘 ")
    reply_to = pings[0]["reply_parameters"]
    reply_to = json.loads(reply_to) if isinstance(reply_to, str) else reply_to
    assert reply_to["message_id"] == merged["message_id"]
