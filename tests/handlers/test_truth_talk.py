"""Sentences that say what really happens: whether a translation comes with a message (by the
models really installed: the demo models translate Arabic and Ukrainian, not Farsi), and who
saw an alert (her coach, or someone from the team who then takes it over from the coach)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.deps import Deps
from bot.models import AlertSource, Person, RelayMessage, Role, Severity
from bot.mt import MachineTranslation
from bot.services import alerts
from bot.services.flags import Reason
from scheduler.planners import watch_alerts

from harness import Harness, User
from seed import Cast, add_member, alerts_to, deliver, deps_of, rows

INSTALLED = "Was Sie schreiben, bekommt Jonas mit maschineller Übersetzung ins Deutsche."
INSTALLED_AR = "\u200fما تكتبه يصل إلى \u2068Jonas\u2069 مع ترجمة آلية إلى الألمانية."
MISSING = (
    "Was Sie schreiben, bekommt Jonas in Ihrer Sprache, ohne Übersetzung:"
    " Für Ihre Sprache ist keine maschinelle Übersetzung installiert."
)


async def farid(harness: Harness, cast: Cast) -> tuple[User, int]:
    """A participant of Jonas who reads Farsi: no demo model translates it."""
    user = User(32, "Farid", "fa")
    return user, await add_member(harness, user, Role.PARTICIPANT, coach_id=cast.coach_id, language="fa")


# -- the participant: what she is told before she writes to her coach ---------------------------


async def test_with_a_model_she_is_told_her_coach_gets_a_machine_translation(
    harness: Harness, cast: Cast, mt: None
) -> None:
    amina = cast.participant
    await harness.send(amina, "/sos")
    (ask,) = await harness.press(amina, "sos:write")
    german, arabic = ask.split("\n\n")
    assert german == "Schreiben Sie, was passiert ist, in Ihrer Sprache. " + INSTALLED
    assert arabic.endswith(INSTALLED_AR)
    (ask,) = await harness.send(amina, "/message")
    assert ask.split("\n\n")[0].endswith("ein Foto oder eine Sprachnachricht schicken. " + INSTALLED)


async def test_without_a_model_she_is_told_her_coach_gets_her_own_language(
    harness: Harness, cast: Cast, mt: None
) -> None:
    user, _ = await farid(harness, cast)
    await harness.send(user, "/sos")
    (ask,) = await harness.press(user, "sos:write")
    german, farsi = ask.split("\n\n")
    assert german == "Schreiben Sie, was passiert ist, in Ihrer Sprache. " + MISSING
    assert "برای زبان شما ترجمه ماشینی نصب نشده است." in farsi and "ترجمه ماشینی به آلمانی" not in farsi
    assert (await harness.send(user, "  "))[0].startswith(german)  # asked again: the same truth
    (ask,) = await harness.send(user, "/message")
    assert ask.split("\n\n")[0].endswith("Sprachnachricht schicken. " + MISSING)

    # Answering her coach's message: the same sentence under "write your answer".
    await harness.press(cast.coach, f"rly:{_}")
    await harness.send(cast.coach, "Bis morgen")
    (sent,) = await rows(harness, RelayMessage)
    (ask,) = await harness.press(user, f"rla:{sent.id}")
    assert ask.split("\n\n")[0] == "Schreiben Sie Ihre Antwort, in Ihrer Sprache oder auf Deutsch. " + MISSING


async def test_without_a_model_and_without_a_coach_the_team_gets_her_language(
    harness: Harness, cast: Cast, mt: None
) -> None:
    user = User(33, "Roya", "fa")
    await add_member(harness, user, Role.PARTICIPANT, language="fa")  # no coach: staff on duty
    (ask,) = await harness.send(user, "/message")
    assert ask.split("\n\n")[0] == (
        "Schreiben Sie Ihre Nachricht an das Team, gern in Ihrer Sprache. Sie können auch ein Foto"
        " oder eine Sprachnachricht schicken. Was Sie schreiben, bekommt das Team in Ihrer Sprache,"
        " ohne Übersetzung: Für Ihre Sprache ist keine maschinelle Übersetzung installiert."
    )


async def test_writing_german_needs_no_translation_and_none_is_mentioned(
    harness: Harness, cast: Cast
) -> None:
    user = User(34, "Maria", "de")
    await add_member(harness, user, Role.PARTICIPANT, coach_id=cast.coach_id)
    await harness.send(user, "/sos")
    assert await harness.press(user, "sos:write") == ["Schreiben Sie, was passiert ist, in Ihrer Sprache."]


# -- the coach: what she is told before and after writing to a participant -----------------------


async def test_with_a_model_the_coach_is_told_a_machine_translation_comes_with_it(
    harness: Harness, cast: Cast, mt: None
) -> None:
    assert await harness.press(cast.coach, f"rly:{cast.participant_id}") == [
        "Schreiben Sie Ihre Nachricht an Amina auf Deutsch. Sie kommt mit maschineller Übersetzung an (العربية)."
    ]


async def test_without_a_model_the_coach_is_told_it_arrives_in_german_only(
    harness: Harness, cast: Cast, mt: None
) -> None:
    _, farid_id = await farid(harness, cast)
    assert await harness.press(cast.coach, f"rly:{farid_id}") == [
        "Schreiben Sie Ihre Nachricht an Farid auf Deutsch. Sie kommt nur auf Deutsch an:"
        " Für فارسی / دری ist keine maschinelle Übersetzung installiert."
    ]
    maria_id = await add_member(harness, User(34, "Maria", "de"), Role.PARTICIPANT, coach_id=cast.coach_id)
    assert await harness.press(cast.coach, f"rly:{maria_id}") == [
        "Schreiben Sie Ihre Nachricht an Maria auf Deutsch."  # she reads German: nothing to translate
    ]


class FailingTranslator:
    """The real translator, whose model fails on every text (translate() answers None then)."""

    def __init__(self, deps: Deps) -> None:
        self.inner = deps.mt

    async def translate(self, text: str, source: str, target: str) -> MachineTranslation | None:
        return None

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


async def test_a_translation_that_failed_is_not_called_missing(
    harness: Harness, cast: Cast, mt: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(deps_of(harness), "mt", FailingTranslator(deps_of(harness)))
    await harness.press(cast.coach, f"rly:{cast.participant_id}")
    assert await harness.send(cast.coach, "Bis morgen") == [
        "Gesendet an Amina, nur auf Deutsch: Die maschinelle Übersetzung hat diesmal nicht geklappt."
    ]


async def test_a_failed_translation_is_not_called_missing_on_the_receiving_side(
    harness: Harness, cast: Cast, mt: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Arabic has a model: a text that comes without its translation failed this time."""
    monkeypatch.setattr(deps_of(harness), "mt", FailingTranslator(deps_of(harness)))
    amina = cast.participant
    await harness.press(cast.coach, f"rly:{cast.participant_id}")
    await harness.send(cast.coach, "Bis morgen")
    await deliver(harness)
    (relayed,) = [t for t in harness.request.texts(amina.id) if "Bis morgen" in t]
    assert relayed.endswith("لم تنجح الترجمة الآلية هذه المرة. يمكنك الرد بلغتك.")
    assert "keine maschinelle Übersetzung" not in relayed and "لا توجد بعد ترجمة" not in relayed
    await harness.send(amina, "/message")
    await harness.send(amina, "مرحبا")
    await deliver(harness)
    (message,) = [t for t in harness.request.texts(cast.coach.id) if "مرحبا" in t]
    assert message.endswith("Die maschinelle Übersetzung hat diesmal nicht geklappt.")
    assert "installiert" not in message


async def test_without_a_model_the_coach_reads_that_none_is_installed(
    harness: Harness, cast: Cast, mt: None
) -> None:
    farid_user, _ = await farid(harness, cast)
    await harness.send(farid_user, "/message")
    await harness.send(farid_user, "سلام")
    await deliver(harness)
    (message,) = [t for t in harness.request.texts(cast.coach.id) if "سلام" in t]
    assert message.endswith("Keine maschinelle Übersetzung für Farsi/Dari installiert.")


# -- who saw her alert ------------------------------------------------------------------------------

CRISIS = Reason(
    rule="keywords", severity=Severity.CRISIS, detail={"language": "de", "term": "x", "via": "original"}
)


async def escalated_crisis(harness: Harness, cast: Cast) -> int:
    """A crisis alert about Amina that Jonas did not acknowledge in time: staff have it too."""
    deps = deps_of(harness)
    async with deps.sessionmaker.begin() as session:
        participant = await session.get(Person, cast.participant_id)
        assert participant is not None
        alert = await alerts.raise_alert(
            session, participant, source=AlertSource.CHECKIN, reasons=[CRISIS], now=deps.clock.now()
        )
    await deliver(harness)
    harness.clock.advance(timedelta(minutes=deps.settings.crisis_escalation_minutes))
    await watch_alerts(deps)
    await deliver(harness)
    assert len(alerts_to(harness, cast.staff)) == 1
    return alert.id


async def test_staff_taking_an_alert_is_named_truthfully_to_her_and_to_her_coach(
    harness: Harness, cast: Cast
) -> None:
    alert_id = await escalated_crisis(harness, cast)
    coach_before = harness.request.texts(cast.coach.id)
    staff_before = harness.request.texts(cast.staff.id)
    harness.clock.advance(timedelta(minutes=2))
    at = harness.clock.now().astimezone(ZoneInfo("Europe/Berlin")).strftime("%H:%M")
    await harness.press(cast.staff, f"alk:{alert_id}")
    await deliver(harness)

    seen = harness.request.texts(cast.participant.id)[-1]
    assert seen.startswith("Jemand aus dem Team hat Ihre Antworten gesehen.\n\n")
    assert "رأى أحد أعضاء الفريق إجاباتك." in seen and "Berater" not in seen
    (taken,) = harness.request.texts(cast.coach.id)[len(coach_before) :]
    assert (
        taken
        == f"✅ Sabine aus dem Team hat die Meldung zu Amina um {at} Uhr gesehen und kümmert sich darum."
    )
    assert harness.request.buttons(cast.coach.id) == [f"cpc:{cast.participant_id}"]
    assert harness.request.texts(cast.staff.id) == staff_before  # nothing new for staff

    await deliver(harness)  # once only
    assert len(harness.request.texts(cast.coach.id)) == len(coach_before) + 1


async def test_her_coach_taking_it_is_her_coach_and_nobody_else_is_told(harness: Harness, cast: Cast) -> None:
    alert_id = await escalated_crisis(harness, cast)
    coach_before = harness.request.texts(cast.coach.id)
    staff_before = harness.request.texts(cast.staff.id)
    await harness.press(cast.coach, f"alk:{alert_id}")
    await deliver(harness)
    assert harness.request.texts(cast.participant.id)[-1].startswith(
        "Ihre Beraterin oder Ihr Berater hat Ihre Antworten gesehen.\n\n"
    )
    assert harness.request.texts(cast.coach.id) == coach_before
    assert harness.request.texts(cast.staff.id) == staff_before
