"""Staff on duty through the real Application: /duty, and crisis alerts nobody saw in time."""

from __future__ import annotations

from datetime import timedelta

from bot.models import Alert, Role, Severity
from scheduler.planners import watch_alerts

from harness import Harness, User
from seed import Cast, add_member, alerts_to, answer_weekly, answers, deliver, deps_of, rows, start
from seed import load as person

NOT_ALLOWED = "nicht verfügbar"
CRISIS_AR = "لا أريد أن أعيش"  # on the Arabic crisis list; the demo model: "ich will nicht mehr leben"


async def test_a_crisis_in_arabic_reaches_the_coach_then_staff_on_duty(
    harness: Harness, cast: Cast, mt: None
) -> None:
    klaus = User(11, "Klaus", "de")
    await add_member(harness, klaus, Role.STAFF)
    assert await harness.send(cast.staff, "/duty") == [
        "Sie haben jetzt Bereitschaft: Krisen-Alarme ohne Reaktion der Beraterin oder des Beraters kommen zu Ihnen."
    ]
    assert await harness.send(cast.staff, "/duty") == ["Ihre Bereitschaft ist beendet."]
    assert not (await person(harness, cast.staff_id)).on_duty
    await harness.send(cast.staff, "/duty")
    assert (await person(harness, cast.staff_id)).on_duty

    amina = cast.participant
    checkin = await start(harness, amina)
    replies = await answer_weekly(harness, amina, checkin, mood=4, words=CRISIS_AR)
    assert replies[0].startswith("Danke!")
    (alert,) = await rows(harness, Alert)
    assert alert.severity == Severity.CRISIS
    assert {(r["detail"]["language"], r["detail"]["via"]) for r in alert.reasons} == {
        ("ar", "original"),
        ("de", "translation"),
    }
    stored = (await answers(harness))["text"]
    assert stored.text == CRISIS_AR and stored.text_de == "ich will nicht mehr leben"
    await deliver(harness)

    (numbers,) = harness.request.texts(amina.id)[-1:]
    for number in ("112", "0800 111 0 111", "116 016"):
        assert numbers.count(f"\u2066{number}\u2069") == 2, number  # German, then Arabic
    assert numbers.startswith("Sie sind nicht allein.") and "مساعدة مجانية ليلًا ونهارًا:" in numbers
    (message,) = harness.request.texts(cast.coach.id)
    assert message.startswith("🆘 KRISE: Amina – bitte sofort melden\n")
    assert f"«{CRISIS_AR}»" in message and "Maschinelle Übersetzung" in message
    assert "«ich will nicht mehr leben»" in message
    assert "Wort „nicht mehr leben“ in der maschinellen Übersetzung" in message
    assert alerts_to(harness, cast.staff) == alerts_to(harness, klaus) == []

    deps = deps_of(harness)
    harness.clock.advance(timedelta(minutes=deps.settings.crisis_escalation_minutes) - timedelta(seconds=1))
    await watch_alerts(deps)
    await deliver(harness)
    assert alerts_to(harness, cast.staff) == []
    harness.clock.advance(timedelta(seconds=1))
    await watch_alerts(deps)
    await watch_alerts(deps)
    await deliver(harness)
    (escalated,) = alerts_to(harness, cast.staff)
    assert escalated.startswith(
        "🆘 KRISE: Amina – bitte sofort melden\nDie Beraterin oder der Berater hat nicht rechtzeitig reagiert."
    )
    assert CRISIS_AR in escalated
    assert harness.request.texts(klaus.id) == []  # not on duty
    assert len(alerts_to(harness, cast.coach)) == 1
    assert NOT_ALLOWED in (await harness.send(cast.coach, "/duty"))[0]
