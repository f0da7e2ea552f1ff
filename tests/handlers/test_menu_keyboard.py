"""The persistent reply keyboard under the chat, and the command menu set again on /start."""

from __future__ import annotations

import json
from typing import Any

import pytest

from bot.i18n import RLM
from bot.models import Role
from ui import menu as view

from harness import Harness, User
from seed import Cast, add_member, deliver, deps_of, make_invite


def reply_keyboards(harness: Harness, user: User) -> list[dict[str, Any]]:
    """The reply keyboards (not inline ones) sent to the chat, in order."""
    found = []
    for params in harness.request.sent(user.id):
        markup = params.get("reply_markup")
        markup = json.loads(markup) if isinstance(markup, str) else markup
        if markup and "keyboard" in markup:
            found.append(markup)
    return found


def labels(markup: dict[str, Any]) -> list[list[str]]:
    return [[button["text"] for button in row] for row in markup["keyboard"]]


def chat_menus(harness: Harness, user: User) -> list[dict[str, Any]]:
    return [
        params
        for name, params in harness.request.calls
        if name == "setMyCommands" and str(user.id) in str(params.get("scope"))
    ]


async def test_onboarding_ends_with_the_persistent_keyboard_in_german_and_her_language(
    harness: Harness, cast: Cast
) -> None:
    token = await make_invite(harness, coach_id=cast.coach_id)
    amal = User(700, "Amal", "ar")
    await harness.send(amal, f"/start {token}")
    await harness.press(amal, "lang:ar")
    await harness.press(amal, "consent:yes")
    await harness.press(amal, "quiet:2207")
    assert reply_keyboards(harness, amal) == []  # nothing under the chat while joining
    (done,) = await harness.press(amal, "practice:1800")
    (markup,) = reply_keyboards(harness, amal)
    # It comes with the last message of joining: "Fertig!" and the help in one.
    last = harness.request.sent(amal.id)[-1]
    assert last["text"] == done and done.startswith("Fertig!") and "/sos" in done
    sent = last["reply_markup"]
    assert (json.loads(sent) if isinstance(sent, str) else sent) == markup
    assert markup["is_persistent"] is True and markup["resize_keyboard"] is True
    assert labels(markup) == [
        ["🆘 Hilfe · مساعدة", "📅 Termine · المواعيد"],
        ["📚 Üben · تدريب", "✉️ Beratung · الاستشارة"],
    ]


async def test_start_sends_the_keyboard_of_each_role_and_sets_the_command_menu_again(
    harness: Harness, cast: Cast
) -> None:
    keyboards = {}
    for user in (cast.participant, cast.coach, cast.staff):
        await harness.send(user, "/start")
        (markup,) = keyboards[user.id] = reply_keyboards(harness, user)
        assert markup["is_persistent"] is True
        menu = chat_menus(harness, user)
        assert len(menu) == 1
        raw = menu[0]["commands"]
        commands = [c["command"] for c in (json.loads(raw) if isinstance(raw, str) else raw)]
        assert ("invite" in commands) is (user is not cast.participant)
    assert labels(keyboards[cast.coach.id][0]) == [
        ["👥 Teilnehmende", "📅 Termine"],
        ["🔔 Offene Meldungen"],
    ]
    # Petra works in English: the coach's labels are too long for both words, so hers only.
    await harness.send(cast.other_coach, "/start")
    assert labels(reply_keyboards(harness, cast.other_coach)[-1]) == [
        ["👥 Participants", "📅 Appointments"],
        ["🔔 Open alerts"],
    ]


async def test_start_sets_the_menu_for_someone_still_joining(harness: Harness, cast: Cast) -> None:
    token = await make_invite(harness, coach_id=cast.coach_id)
    lena = User(701, "Lena", "de")
    await harness.send(lena, f"/start {token}")
    await harness.send(lena, "/start")
    assert chat_menus(harness, lena)
    assert reply_keyboards(harness, lena) == []


@pytest.mark.parametrize("language", ["de", "en", "ar", "fa", "uk", "tr", "ru", "so", "ti", "kmr"])
def test_participant_labels_carry_german_and_her_word_and_fit_a_phone(
    harness: Harness, language: str
) -> None:
    catalogue = deps_of(harness).catalogue
    for key in view.PARTICIPANT:
        label = view.label(catalogue, language, key)
        emoji, message_id = view.ENTRIES[key]
        german, own = catalogue.render("de", message_id), catalogue.render(language, message_id)
        both = f"{emoji} {german} · {own.lstrip(RLM)}"
        if language == "de":
            assert label == f"{emoji} {german}"
        elif view.width(both) <= view.LABEL_LIMIT:
            assert label == both, label
        else:  # both words would be cut on a phone: her own word, which she understands
            assert label == f"{emoji} {own.lstrip(RLM)}", label
        assert view.width(label) <= view.LABEL_LIMIT, label
        assert RLM not in label
    for key in view.COACH:
        assert view.width(view.label(catalogue, language, key)) <= view.LABEL_LIMIT


async def test_pressing_termine_lists_her_appointments(harness: Harness, cast: Cast) -> None:
    by_label = await harness.send(cast.participant, "📅 Termine · المواعيد")
    by_command = await harness.send(cast.participant, "/appointments")
    assert by_label == by_command and by_label[0].startswith("Keine kommenden Termine.")


async def test_each_participant_label_does_what_it_says(harness: Harness, cast: Cast) -> None:
    help_ = await harness.send(cast.participant, "🆘 Hilfe · مساعدة")
    assert (
        "0800 111 0 111" in help_[0] and "informiert" in help_[1]
    )  # /sos: the numbers, then her coach is told
    practice = await harness.send(cast.participant, "📚 Üben · تدريب")
    assert practice == await _command_reply(harness, cast.participant, "/practice")
    write = await harness.send(cast.participant, "✉️ Beratung · الاستشارة")
    assert write == await _command_reply(harness, cast.participant, "/message")
    assert write[0].startswith("Schreiben Sie Ihre Nachricht an Jonas")
    # Her next text goes to her coach.
    await harness.send(cast.participant, "Ich komme morgen später.")
    await deliver(harness)
    assert any("Ich komme morgen später." in text for text in harness.request.texts(cast.coach.id))


async def _command_reply(harness: Harness, user: User, command: str) -> list[str]:
    await harness.send(user, "/cancel")
    return await harness.send(user, command)


async def test_a_label_of_the_old_language_still_works(harness: Harness, cast: Cast) -> None:
    # Amina's keyboard was German and Arabic; she may press a German-only one (another phone).
    assert (await harness.send(cast.participant, "📅 Termine"))[0].startswith("Keine kommenden Termine.")


async def test_coach_labels_route_to_the_coach_tools(harness: Harness, cast: Cast) -> None:
    by_label = await harness.send(cast.coach, "👥 Teilnehmende")
    assert by_label == await harness.send(cast.coach, "/participants")
    alerts = await harness.send(cast.coach, "🔔 Offene Meldungen")
    assert alerts == await harness.send(cast.coach, "/alerts")
    assert alerts == ["Keine offenen Meldungen."]
    assert (await harness.send(cast.coach, "📅 Termine"))[0]


async def test_a_label_of_another_role_is_refused(harness: Harness, cast: Cast) -> None:
    refusal = "Dieser Befehl ist für Sie nicht verfügbar."
    for text in ("👥 Teilnehmende", "🔔 Offene Meldungen", "👥 Participants"):
        assert (await harness.send(cast.participant, text))[0].startswith(refusal)
    for text in ("🆘 Hilfe", "✉️ Beratung", "📚 Üben"):
        assert (await harness.send(cast.coach, text))[0].startswith(refusal)


async def test_a_stranger_pressing_a_label_gets_the_one_sentence(harness: Harness) -> None:
    replies = await harness.send(User(702, "X", "de"), "🆘 Hilfe")
    assert replies == [
        "Dieser Bot ist nur mit Einladung nutzbar. Bitte fragen Sie Ihre Beraterin oder Ihren "
        "Berater nach einem Einladungslink."
    ]


async def test_staff_get_the_coach_keyboard(harness: Harness) -> None:
    sabine = User(703, "Sabine", "de")
    await add_member(harness, sabine, Role.STAFF)
    await harness.send(sabine, "/start")
    assert labels(reply_keyboards(harness, sabine)[-1])[0] == ["👥 Teilnehmende", "📅 Termine"]
