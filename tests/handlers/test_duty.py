"""Staff on duty through the real Application: /duty, and crisis alerts nobody saw in time."""

from __future__ import annotations

import json
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
    await harness.press(cast.staff, "duty:on")
    assert (await person(harness, cast.staff_id)).on_duty

    amina = cast.participant
    checkin = await start(harness, amina)
    replies = await answer_weekly(harness, amina, checkin, mood=4, words=CRISIS_AR)
    # The numbers, alone: her Arabic first, the German below.
    assert replies == [replies[0]] and replies[0].startswith("\u200fأنت لست وحدك")
    assert "Sie sind nicht allein." in replies[0]
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
        assert numbers.count(f"\u2066{number}\u2069") == 2, number  # Arabic, then German
    assert numbers.startswith("\u200fأنت لست وحدك.") and "\n\nSie sind nicht allein." in numbers
    assert "(\u2066+49 800 1110111\u2069)" in numbers
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


def last_edit(harness: Harness) -> tuple[str, list[str]]:
    (params,) = harness.request.sent(method="editMessageText")[-1:]
    markup = params["reply_markup"]
    markup = json.loads(markup) if isinstance(markup, str) else markup
    return str(params["text"]), [b["callback_data"] for row in markup["inline_keyboard"] for b in row]


async def test_duty_shows_the_state_and_its_button_switches_it_in_place(harness: Harness, cast: Cast) -> None:
    assert await harness.send(cast.staff, "/duty") == ["Sie haben Bereitschaft: aus."]
    assert harness.request.buttons(cast.staff.id) == ["duty:on"]
    assert not (await person(harness, cast.staff_id)).on_duty  # showing changes nothing
    assert await harness.send(cast.staff, "/duty") == ["Sie haben Bereitschaft: aus."]

    assert await harness.press(cast.staff, "duty:on") == []  # no new message: this one edited
    text, keys = last_edit(harness)
    assert text.startswith("Sie haben Bereitschaft: an.") and keys == ["duty:off"]
    assert harness.toasts()[-1] == (
        "Sie haben jetzt Bereitschaft: Krisen-Alarme ohne Reaktion der Beraterin oder des Beraters kommen zu Ihnen."
    )
    assert (await person(harness, cast.staff_id)).on_duty
    assert (await harness.send(cast.staff, "/duty"))[0].startswith("Sie haben Bereitschaft: an.")
    assert harness.request.buttons(cast.staff.id) == ["duty:off"]

    await harness.press(cast.staff, "duty:on")  # an old button pressed again: stays on
    assert (await person(harness, cast.staff_id)).on_duty
    await harness.press(cast.staff, "duty:off")
    assert last_edit(harness) == ("Sie haben Bereitschaft: aus.", ["duty:on"])
    assert harness.toasts()[-1] == "Ihre Bereitschaft ist beendet."
    assert not (await person(harness, cast.staff_id)).on_duty


async def test_only_staff_switch_duty_and_forged_buttons_change_nothing(harness: Harness, cast: Cast) -> None:
    assert NOT_ALLOWED in (await harness.press(cast.coach, "duty:on"))[0]
    assert NOT_ALLOWED in (await harness.press(cast.participant, "duty:on"))[0]
    assert (await harness.press(cast.staff, "duty:maybe"))[0].startswith(
        "Diese Schaltfläche gilt nicht mehr."
    )
    assert not (await person(harness, cast.staff_id)).on_duty
    english = User(12, "Kate", "en")
    await add_member(harness, english, Role.STAFF, language="en")
    assert await harness.send(english, "/duty") == ["You are on duty: off."]
