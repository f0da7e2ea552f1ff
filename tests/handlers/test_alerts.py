"""Alerts through the real Application: who is told, who may mark them as seen, escalation."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from bot.models import Alert, AlertSource, AlertStatus, Checkin, CheckinAnswer, CheckinStatus, Severity
from bot.services.triage import triage_checkin
from scheduler.planners import watch_alerts

from harness import Harness
from seed import Cast, alerts_to, answer_weekly, answers, deliver, deps_of, outbox, rows, start

NOT_ALLOWED = "nicht verfügbar"
DYING_AR = "أريد أن أموت"  # on the Arabic crisis list; the demo model: "ich will sterben"


async def test_low_mood_alerts_the_coach_once_and_only_they_or_staff_acknowledge(
    harness: Harness, cast: Cast
) -> None:
    amina = cast.participant
    checkin = await start(harness, amina)
    await answer_weekly(harness, amina, checkin, mood=1)
    await watch_alerts(deps_of(harness))  # the turn triaged it already: nothing more
    assert (await answers(harness))["problems"].choice == ""  # "none of these", not skipped
    (alert,) = await rows(harness, Alert)
    assert alert.severity == Severity.URGENT and [r["rule"] for r in alert.reasons] == ["low_mood"]
    assert await outbox(harness) == [("alert.coach", cast.coach_id)]
    await deliver(harness)
    (message,) = harness.request.texts(cast.coach.id)
    assert message == (
        "❗ Dringend: Amina\nWochen-Check-in vom 23.11.2026:\n• Befinden: 😞 1/5\n• Schlaf: Gut\n"
        "• Kurs/Praktikum: Ja, immer\n• Probleme: Nichts davon\n• Kontakt gewünscht: Nein, danke\n"
        "Warum:\n• Befinden sehr niedrig"
    )
    assert harness.request.buttons(cast.coach.id) == [
        f"alk:{alert.id}",
        f"rly:{cast.participant_id}",
        f"cpc:{cast.participant_id}",
    ]
    assert harness.request.texts(cast.staff.id) == []

    replies = await harness.press(amina, f"alk:{alert.id}")
    assert len(replies) == 1 and NOT_ALLOWED in replies[0]
    replies = await harness.press(cast.other_coach, f"alk:{alert.id}")
    assert replies == ["Diese Schaltfläche gilt nicht mehr.\n\nThis button is no longer valid."]
    assert (await rows(harness, Alert))[0].status is AlertStatus.OPEN

    replies = await harness.press(cast.coach, f"alk:{alert.id}")
    assert (
        replies == []
        and harness.toasts()[-1] == "Danke. Amina bekommt die Nachricht, dass Sie es gesehen haben."
    )
    (acknowledged,) = await rows(harness, Alert)
    assert (
        acknowledged.status is AlertStatus.ACKNOWLEDGED and acknowledged.acknowledged_by_id == cast.coach_id
    )
    assert (await harness.press(cast.coach, f"alk:{alert.id}")) == []
    assert harness.toasts()[-1] == "Das wurde schon als gesehen markiert."
    await deliver(harness)
    assert harness.request.texts(amina.id)[-1].startswith(
        "Ihre Beraterin oder Ihr Berater hat Ihre Antworten gesehen."
    )


async def test_no_escalation_after_acknowledgement(harness: Harness, cast: Cast, mt: None) -> None:
    amina = cast.participant
    await harness.press(cast.staff, "duty:on")
    checkin = await start(harness, amina)
    await answer_weekly(harness, amina, checkin, words=DYING_AR)
    (alert,) = await rows(harness, Alert)
    assert alert.severity == Severity.CRISIS
    await deliver(harness)  # the help numbers go out at once, long before the coach looks
    harness.clock.advance(timedelta(minutes=10))
    await harness.press(cast.coach, f"alk:{alert.id}")
    harness.clock.advance(timedelta(hours=1))
    await watch_alerts(deps_of(harness))
    await deliver(harness)
    assert alerts_to(harness, cast.staff) == []
    assert ("alert.staff", cast.staff_id) not in await outbox(harness)
    assert harness.request.texts(amina.id)[-1].startswith(
        "Ihre Beraterin oder Ihr Berater hat Ihre Antworten gesehen."
    )


async def test_triage_runs_again_when_the_turn_did_not(harness: Harness, cast: Cast) -> None:
    deps = deps_of(harness)
    harness.clock.advance(timedelta(hours=14, minutes=30))  # 23:30 UTC, already Tuesday in Kassel
    now = deps.clock.now()
    async with deps.sessionmaker.begin() as session:
        checkin = Checkin(
            person_id=cast.participant_id,
            questionnaire="weekly",
            period="2026-W48",
            status=CheckinStatus.COMPLETED,
            offered_at=now,
            expires_at=now + timedelta(days=3),
            started_at=now,
            completed_at=now,
        )
        session.add(checkin)
        await session.flush()
        session.add(
            CheckinAnswer(
                checkin_id=checkin.id,
                person_id=cast.participant_id,
                question="mood",
                score=1,
                answered_at=now,
            )
        )
    # The job and a late post-commit triage at the same moment: still one alert.
    await asyncio.gather(watch_alerts(deps), triage_checkin(deps, checkin.id))
    await watch_alerts(deps)
    (alert,) = await rows(harness, Alert)
    assert alert.checkin_id == checkin.id and alert.source is AlertSource.CHECKIN
    (done,) = await rows(harness, Checkin)
    assert done.triaged_at is not None
    assert await outbox(harness) == [("alert.coach", cast.coach_id)]
    await deliver(harness)  # urgent: not held back by the coach's quiet hours
    (message,) = harness.request.texts(cast.coach.id)
    assert message.startswith("❗ Dringend: Amina\nWochen-Check-in vom 24.11.2026:\n• Befinden: 😞 1/5")


async def test_a_crisis_found_only_in_the_german_translation(harness: Harness, cast: Cast, mt: None) -> None:
    """A phrasing the Arabic list lacks; its German machine translation is on the German list."""
    phrase = "سأرمي نفسي من النافذة"  # demo model: "ich will aus dem Fenster springen"
    deps = deps_of(harness)
    assert not deps.flags.scan(phrase, "ar")
    checkin = await start(harness, cast.participant)
    await answer_weekly(harness, cast.participant, checkin, mood=4, words=phrase)
    (alert,) = await rows(harness, Alert)
    assert alert.severity == Severity.CRISIS
    assert {(r["rule"], r["detail"]["via"]) for r in alert.reasons} == {("keywords", "translation")}
    await deliver(harness)
    assert "116 016" in harness.request.texts(cast.participant.id)[-1]
    (message,) = alerts_to(harness, cast.coach)
    assert "«ich will aus dem Fenster springen»" in message and "in der maschinellen Übersetzung" in message
