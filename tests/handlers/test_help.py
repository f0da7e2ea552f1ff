"""The "I need help" button through the real Application: /sos, then writing what happened to the coach."""

from __future__ import annotations

from datetime import timedelta

from bot.models import Alert, AlertSource, RelayDirection, RelayMessage, Role, Severity

from harness import Harness, User
from seed import Cast, add_member, deliver, rows

DYING_AR = "أريد أن أموت"  # on the Arabic crisis list; the demo model: "ich will sterben"


async def test_help_twice_within_half_an_hour_is_one_alert(harness: Harness, cast: Cast) -> None:
    amina = cast.participant
    replies = await harness.send(amina, "/sos")
    # The numbers first and alone, then that the coach is told, with "write what happened".
    assert "0800 111 0 111" in replies[0] and "116 016" in replies[0] and "112" in replies[0]
    assert (
        replies[1].startswith("Ihre Beraterin oder Ihr Berater wird jetzt informiert") and len(replies) == 2
    )
    assert harness.request.buttons(amina.id) == ["sos:write"]
    (numbers, told) = harness.request.sent(amina.id)[-2:]
    assert "reply_markup" not in numbers and told["reply_markup"]
    harness.clock.advance(timedelta(minutes=29))
    replies = await harness.send(amina, "/sos")
    assert replies[1].startswith("Ihre Beraterin oder Ihr Berater ist schon informiert")
    (alert,) = await rows(harness, Alert)
    assert alert.source is AlertSource.HELP_BUTTON and alert.severity == Severity.URGENT
    await deliver(harness)
    (message,) = harness.request.texts(cast.coach.id)
    assert message.startswith("❗ Dringend: Amina\nHat auf „Ich brauche Hilfe“ getippt.")
    harness.clock.advance(timedelta(minutes=2))
    await harness.send(amina, "/sos")
    assert len(await rows(harness, Alert)) == 2


async def test_help_then_writing_what_happened_reaches_the_coach(
    harness: Harness, cast: Cast, mt: None
) -> None:
    amina = cast.participant
    await harness.send(amina, "/sos")
    replies = await harness.press(amina, "sos:write")
    assert replies[0].startswith("Schreiben Sie, was passiert ist, in Ihrer Sprache.")
    replies = await harness.send(amina, DYING_AR)
    # Crisis first: the numbers alone, then "sent", naming the coach.
    assert replies[0].startswith("\u200fأنت لست وحدك")  # her Arabic first, then the German
    assert "Sie sind nicht allein. Ihre Beraterin oder Ihr Berater wird jetzt informiert." in replies[0]
    assert "0800 111 0 111" in replies[0] and "116 016" in replies[0]
    assert replies[1].startswith("An Jonas gesendet ✓") and len(replies) == 2
    (message,) = await rows(harness, RelayMessage)
    assert message.direction is RelayDirection.TO_COACH and message.text == DYING_AR
    assert message.translation == "ich will sterben"
    help_alert, crisis = await rows(harness, Alert)
    assert help_alert.source is AlertSource.HELP_BUTTON
    assert crisis.source is AlertSource.MESSAGE and crisis.severity == Severity.CRISIS
    assert crisis.message_id == message.id
    assert {(r["detail"]["language"], r["detail"]["via"]) for r in crisis.reasons} == {
        ("ar", "original"),
        ("de", "translation"),
    }
    await deliver(harness)
    texts = harness.request.texts(cast.coach.id)
    # Her words reach Jonas once, in the alert (not a second time as a message of their own).
    assert [t for t in texts if t.startswith("✉️ Nachricht von Amina:")] == []
    (alarm,) = [t for t in texts if t.startswith("🆘 KRISE: Amina")]
    assert "In einer Nachricht an die Beraterin oder den Berater:" in alarm and "«ich will sterben»" in alarm
    assert DYING_AR in alarm
    assert "• Wort „will ... sterben“ in der maschinellen Übersetzung" in alarm
    # The numbers were shown at once: the outbox does not send them a second time.
    assert harness.request.texts(amina.id)[-1].startswith("An Jonas gesendet ✓")
    assert sum("0800 111 0 111" in t for t in harness.request.texts(amina.id)) == 2  # /sos, the crisis
    # The dialogue is over: the next text is not relayed without asking her first.
    replies = await harness.send(amina, "Hallo")
    assert replies[0].startswith("Soll ich das an Jonas senden?")
    assert len(await rows(harness, RelayMessage)) == 1


async def test_a_long_message_to_the_coach_is_kept_whole(harness: Harness, cast: Cast) -> None:
    amina = cast.participant
    long_text = ("Ich habe Probleme mit dem Vermieter und dem Amt. " * 90)[:4000]
    await harness.send(amina, "/sos")
    await harness.press(amina, "sos:write")
    await harness.send(amina, long_text)
    (message,) = await rows(harness, RelayMessage)
    assert message.text == long_text.strip()
    await deliver(harness)
    (relayed,) = [t for t in harness.request.texts(cast.coach.id) if t.startswith("✉️ Nachricht von Amina:")]
    assert len(relayed) <= 4096 and relayed.count("Vermieter") > 60


async def test_without_a_coach_she_reads_that_the_team_is_told(
    harness: Harness, cast: Cast, mt: None
) -> None:
    """Her alerts go to the staff on duty when she has no coach: "your coach is told" would be false."""
    user = User(35, "Hiba", "ar")
    await add_member(harness, user, Role.PARTICIPANT, language="ar")
    replies = await harness.send(user, "/sos")
    assert replies[1].startswith("Das Team wird jetzt informiert und meldet sich")
    assert "\n\n\u200fنحن نُبلغ فريق العمل الآن" in replies[1] or "نحن نُبلغ فريق العمل الآن" in replies[1]
    assert "Beraterin" not in replies[1]
    harness.clock.advance(timedelta(minutes=5))
    replies = await harness.send(user, "/sos")
    assert replies[1].startswith("Das Team ist schon informiert")
    await harness.press(user, "sos:write")
    replies = await harness.send(user, DYING_AR)
    assert "Sie sind nicht allein. Das Team wird jetzt informiert." in replies[0]
    assert "Beraterin" not in replies[0]


async def test_after_help_she_reads_that_her_coach_saw_she_needs_help(harness: Harness, cast: Cast) -> None:
    """Not "saw your message": she pressed a button, she wrote nothing."""
    amina = cast.participant
    await harness.send(amina, "/sos")
    await deliver(harness)
    (alert,) = await rows(harness, Alert)
    await harness.press(cast.coach, f"alk:{alert.id}")
    await deliver(harness)
    seen = harness.request.texts(amina.id)[-1]
    assert seen.startswith("Ihre Beraterin oder Ihr Berater hat gesehen, dass Sie Hilfe brauchen.\n\n")
    assert "أنك تحتاج إلى مساعدة" in seen
