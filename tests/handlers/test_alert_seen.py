"""An acknowledged alert is edited for everyone who received it; /alerts lists the open ones."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from bot.models import Alert, AlertSource, AlertStatus, OutboxMessage, Person, Role, Severity
from bot.services import alerts
from bot.services.flags import Reason
from scheduler.planners import watch_alerts

from harness import Harness, User
from seed import Cast, add_member, alerts_to, deliver, deps_of, rows

CRISIS = Reason(
    rule="keywords", severity=Severity.CRISIS, detail={"language": "de", "term": "x", "via": "original"}
)
LOW = Reason(rule="low_mood", severity=Severity.NORMAL, detail={})


async def raise_for(harness: Harness, participant_id: int, reason: Reason) -> int:
    deps = deps_of(harness)
    async with deps.sessionmaker.begin() as session:
        participant = await session.get(Person, participant_id)
        assert participant is not None
        alert = await alerts.raise_alert(
            session, participant, source=AlertSource.CHECKIN, reasons=[reason], now=deps.clock.now()
        )
        return alert.id


async def sent_ids(harness: Harness) -> dict[int, int]:
    """person id -> Telegram message id of the alert message they were sent."""
    async with deps_of(harness).sessionmaker() as session:
        found = await session.scalars(select(OutboxMessage).where(OutboxMessage.kind.like("alert.%")))
        return {row.recipient_id: row.telegram_message_id for row in found if row.telegram_message_id}


def edits(harness: Harness) -> list[dict[str, Any]]:
    return harness.request.sent(method="editMessageText")


def callback_data(params: dict[str, Any]) -> list[str]:
    markup = params.get("reply_markup")
    if not markup:
        return []
    markup = json.loads(markup) if isinstance(markup, str) else markup
    return [b["callback_data"] for row in markup["inline_keyboard"] for b in row]


async def crisis_seen_by_coach_and_two_staff(harness: Harness, cast: Cast) -> tuple[int, User]:
    klaus = User(11, "Klaus", "en")
    await add_member(harness, klaus, Role.STAFF, language="en")
    alert_id = await raise_for(harness, cast.participant_id, CRISIS)
    await deliver(harness)
    deps = deps_of(harness)
    harness.clock.advance(timedelta(minutes=deps.settings.crisis_escalation_minutes))
    await watch_alerts(deps)  # nobody on duty: every staff member gets it
    await deliver(harness)
    assert len(alerts_to(harness, cast.staff)) == len(alerts_to(harness, klaus)) == 1
    return alert_id, klaus


async def test_the_coachs_ack_edits_the_coachs_and_every_staff_members_alert(
    harness: Harness, cast: Cast
) -> None:
    alert_id, klaus = await crisis_seen_by_coach_and_two_staff(harness, cast)
    before = {user.id: alerts_to(harness, user)[0] for user in (cast.coach, cast.staff, klaus)}
    ids = await sent_ids(harness)
    harness.clock.advance(timedelta(minutes=3))
    at = harness.clock.now().astimezone(ZoneInfo("Europe/Berlin")).strftime("%H:%M")

    replies = await harness.press(cast.coach, f"alk:{alert_id}", message_id=ids[cast.coach_id])
    assert replies == []  # no new message: the toast and the edits say it
    assert harness.toasts()[-1] == "Danke. Amina bekommt die Nachricht, dass Sie es gesehen haben."
    edited = {int(e["chat_id"]): e for e in edits(harness)}
    assert set(edited) == {cast.coach.id, cast.staff.id, klaus.id}
    expected_ids = {cast.coach.id: cast.coach_id, cast.staff.id: cast.staff_id}
    for chat_id, person_id in expected_ids.items():
        assert edited[chat_id]["message_id"] == ids[person_id]
    for chat_id, params in edited.items():
        line = f"✅ Seen by Jonas, {at}" if chat_id == klaus.id else f"✅ Gesehen von Jonas, {at}"
        assert params["text"] == before[chat_id] + "\n\n" + line  # the same text, plus who and when
        keys = callback_data(params)
        assert keys and not [k for k in keys if k.startswith("alk:")]  # the ✅ is gone
    assert (await rows(harness, Alert))[0].status is AlertStatus.ACKNOWLEDGED

    # Pressing an old ✅ again: nothing new, only that message is put right.
    harness.request.clear()
    assert await harness.press(klaus, f"alk:{alert_id}", message_id=ids[(await klaus_id(harness))]) == []
    assert harness.toasts() == ["This was already marked as seen."]
    assert [int(e["chat_id"]) for e in edits(harness)] == [klaus.id]


async def klaus_id(harness: Harness) -> int:
    async with deps_of(harness).sessionmaker() as session:
        person = await session.scalar(select(Person).where(Person.telegram_user_id == 11))
        assert person is not None
        return person.id


async def test_staff_acknowledging_edits_the_coachs_message_with_the_staff_name(
    harness: Harness, cast: Cast
) -> None:
    alert_id, klaus = await crisis_seen_by_coach_and_two_staff(harness, cast)
    ids = await sent_ids(harness)
    await harness.press(cast.staff, f"alk:{alert_id}", message_id=ids[cast.staff_id])
    edited = {int(e["chat_id"]): e["text"] for e in edits(harness)}
    assert set(edited) == {cast.coach.id, cast.staff.id, klaus.id}
    assert "✅ Gesehen von Sabine, " in edited[cast.coach.id]
    assert "✅ Seen by Sabine, " in edited[klaus.id]


async def test_edits_that_fail_fail_nothing(harness: Harness, cast: Cast) -> None:
    alert_id, _ = await crisis_seen_by_coach_and_two_staff(harness, cast)
    ids = await sent_ids(harness)
    harness.request.fail_methods.add("editMessageText")
    assert await harness.press(cast.coach, f"alk:{alert_id}", message_id=ids[cast.coach_id]) == []
    assert len(edits(harness)) == 3  # each tried once, each refused
    assert (await rows(harness, Alert))[0].status is AlertStatus.ACKNOWLEDGED
    assert str(harness.toasts()[-1]).startswith("Danke.")
    await deliver(harness)
    assert harness.request.texts(cast.participant.id)[-1].startswith(
        "Ihre Beraterin oder Ihr Berater hat Ihre Antworten gesehen."
    )


async def test_a_normal_alert_says_only_seen_since_the_participant_is_not_told(
    harness: Harness, cast: Cast
) -> None:
    harness.clock.advance(timedelta(hours=2))  # the coach's day: a normal alert goes out
    alert_id = await raise_for(harness, cast.participant_id, LOW)
    await deliver(harness)
    ids = await sent_ids(harness)
    assert await harness.press(cast.coach, f"alk:{alert_id}", message_id=ids[cast.coach_id]) == []
    assert harness.toasts()[-1] == "✅ Als gesehen markiert."
    (edit,) = edits(harness)
    assert "✅ Gesehen von Jonas" in edit["text"]
    await deliver(harness)
    assert harness.request.texts(cast.participant.id) == []  # and she is indeed not told


async def test_alerts_lists_only_the_open_alerts_the_viewer_may_see(harness: Harness, cast: Cast) -> None:
    other_id = await add_member(
        harness, User(31, "Dana", "uk"), Role.PARTICIPANT, coach_id=cast.other_coach_id
    )
    assert await harness.send(cast.coach, "/alerts") == ["Keine offenen Meldungen."]
    first = await raise_for(harness, cast.participant_id, LOW)
    harness.clock.advance(timedelta(minutes=5))
    second = await raise_for(harness, cast.participant_id, CRISIS)
    await raise_for(harness, other_id, CRISIS)  # Petra's participant

    (listed,) = await harness.send(cast.coach, "/alerts")
    assert "Dana" not in listed
    lines = listed.split("\n")
    assert lines[0] == "🔔 Offene Meldungen: 2"
    assert lines[1].startswith("🆘 Amina, ") and lines[2].startswith("ℹ️ Amina, ")  # newest first
    assert lines[2].endswith(": Befinden sehr niedrig")
    assert harness.request.buttons(cast.coach.id) == [f"alk:{second}:l", f"alk:{first}:l"]
    # Two alerts of one person: their buttons differ by mark and time.
    labels = [
        b["text"]
        for row in harness.request.sent(cast.coach.id)[-1]["reply_markup"]["inline_keyboard"]
        for b in row
    ]
    assert (
        labels[0].startswith("✅ 🆘 Amina ")
        and labels[1].startswith("✅ ℹ️ Amina ")
        and labels[0] != labels[1]
    )

    (staff_view,) = await harness.send(cast.staff, "/alerts")
    assert staff_view.startswith("🔔 Offene Meldungen: 3") and "Dana" in staff_view
    assert (await harness.send(cast.participant, "/alerts"))[0].startswith("Dieser Befehl ist für Sie nicht")

    # ✅ in the list: the list is edited in place, one fewer.
    assert await harness.press(cast.coach, f"alk:{second}:l") == []
    (relisted,) = [e for e in edits(harness) if int(e["chat_id"]) == cast.coach.id and e["message_id"] == 1]
    assert relisted["text"].startswith("🔔 Offene Meldungen: 1\nℹ️ Amina")
    assert callback_data(relisted) == [f"alk:{first}:l"]
    await harness.press(cast.coach, f"alk:{first}:l")
    assert edits(harness)[-1]["text"] == "Keine offenen Meldungen."
    assert await harness.send(cast.coach, "/alerts") == ["Keine offenen Meldungen."]
