"""An urgent life problem written in Ukrainian: one urgent alert, its category, the guidance card."""

from __future__ import annotations

from bot.models import Alert, Role, Severity

from harness import Harness, User
from seed import Cast, add_member, answer_weekly, deliver, rows

EVICTION_UK = "нас виселяють з квартири а я не знаю куди"  # "виселя*": life problem "housing"


async def test_an_eviction_in_ukrainian_raises_one_urgent_alert_with_category_and_guidance(
    harness: Harness, cast: Cast
) -> None:
    olena = User(41, "Olena", "uk")
    await add_member(harness, olena, Role.PARTICIPANT, coach_id=cast.coach_id, language="uk")
    await harness.send(olena, "/checkin")
    checkin = int(harness.request.buttons(olena.id)[0].split(":")[2])
    replies = await answer_weekly(harness, olena, checkin, mood=4, words=EVICTION_UK)
    assert not any("0800 111 0 111" in reply for reply in replies)  # urgent, not a crisis

    (alert,) = await rows(harness, Alert)
    assert alert.severity == Severity.URGENT
    keyword = [r for r in alert.reasons if r["rule"] == "keywords"]
    assert [(r["detail"]["language"], r["detail"]["category"]) for r in keyword] == [("uk", "housing")]

    await deliver(harness)
    (message,) = harness.request.texts(cast.coach.id)
    assert message.startswith("❗ Dringend: Olena")
    assert f"«{EVICTION_UK}»" in message
    assert "📋 Hinweise: Wohnung" in message
    assert "• Wen einbeziehen: Mieterverein" in message
    assert "• Bitte nicht:" in message and "Nummern zum Weitergeben:" in message


async def test_the_help_button_alert_carries_the_help_card(harness: Harness, cast: Cast) -> None:
    await harness.send(cast.participant, "/sos")
    await deliver(harness)
    (message,) = harness.request.texts(cast.coach.id)
    assert message.startswith("❗ Dringend: Amina\nHat auf „Ich brauche Hilfe“ getippt.")
    assert "📋 Hinweise: Hilferuf" in message and "Sie entscheiden, was Sie erzählen." in message


LEAVE_AR = "وصلتني رسالة من مكتب الأجانب يقولون لازم اغادر المانيا خلال شهر"  # residence


async def test_a_message_to_the_coach_about_an_urgent_life_problem_raises_an_urgent_alert(
    harness: Harness, cast: Cast
) -> None:
    amina = cast.participant
    await harness.send(amina, "/message")
    replies = await harness.send(amina, LEAVE_AR)
    assert not any("0800 111 0 111" in reply for reply in replies), replies  # urgent, not a crisis
    (alert,) = await rows(harness, Alert)
    assert alert.severity == Severity.URGENT and alert.message_id is not None
    assert [r["detail"]["category"] for r in alert.reasons] == ["residence"]
    await deliver(harness)
    texts = harness.request.texts(cast.coach.id)
    (alert_text,) = texts  # her message once: in the alert, with its card
    assert "📋 Hinweise: Aufenthalt" in alert_text and LEAVE_AR in alert_text
