"""How many messages a flow adds to a chat: each flow has a budget the tests hold.

A phone screen shows four or five short messages; every message beyond what a flow needs
pushes the question she has to answer out of sight. Edits in place do not count (the chat
does not grow), new messages do. The budgets are the counts the flows reach today: a change
that adds a message to a flow fails here and has to say why.
"""

from __future__ import annotations

from bot.app import dispatcher_of

from harness import Harness, User
from seed import Cast, answer_right, make_invite, set_level

# Messages per flow and chat. Before issue 10 (e051fb7) the flows sent: onboarding 9 (and 1
# to the coach), a check-in 8, a practice dose of 3 items 7, an appointment created 7 to the
# coach and 2 to the participant (the message and its calendar file).
# Onboarding now 5: welcome, privacy notice, quiet hours, practice time, "Fertig!" with the
# help and the keyboard; the chosen language, the consent ("Danke! … /privacy") and each
# chosen time are shown by editing the question (handlers/start.py).
# An appointment created, to the coach: 7 at e051fb7, 3 now ("Für wen?", "Was für ein
# Termin?" after the typed time, "Eine Notiz?" after the typed place): each button edits
# the question it sat under, with the answer and the next question or the preview.
# A check-in now 7: the introduction comes with the first question (six questions, each
# edited to show its answer, and the thanks after the typed last answer).
# A practice dose of 3 now 4: each item one message that takes its verdict; the end of the
# dose is a message of its own only after a typed last answer (3 when it is pressed).
BUDGETS = {
    "onboarding": 5,
    "onboarding, to the coach": 1,
    "check-in": 7,
    "practice dose of 3": 4,
    "appointment created, coach": 3,
    "appointment created, participant": 2,
}

NEW_MESSAGES = {"sendMessage", "sendPhoto", "sendDocument", "sendVoice", "sendAudio", "copyMessage"}


def messages_to(harness: Harness, chat_id: int) -> int:
    return sum(
        1
        for name, params in harness.request.calls
        if name in NEW_MESSAGES
        and int(params.get("chat_id", 0) or 0) == chat_id
        and not params.get("_failed")
    )


def pick(harness: Harness, chat_id: int, *, avoid: tuple[str, ...] = ()) -> str:
    """The first button of the last keyboard in the chat whose data is not to be avoided."""
    return next(data for data in harness.request.buttons(chat_id) if not data.startswith(avoid))


async def test_onboarding_budget(harness: Harness, cast: Cast) -> None:
    token = await make_invite(harness, coach_id=cast.coach_id)
    amal = User(600, "Amal", "ar")
    await harness.send(amal, f"/start {token}")
    await harness.press(amal, "lang:ar")
    await harness.press(amal, "consent:yes")
    await harness.press(amal, pick(harness, amal.id))
    await harness.press(amal, pick(harness, amal.id))
    assert messages_to(harness, amal.id) <= BUDGETS["onboarding"]
    assert messages_to(harness, cast.coach.id) <= BUDGETS["onboarding, to the coach"]


async def test_checkin_budget(harness: Harness, cast: Cast) -> None:
    amina = cast.participant
    await harness.send(amina, "/checkin")
    for _ in range(6):
        keys = harness.request.buttons(amina.id)
        several = any(":done:" in f":{key}" or key.startswith("ck:done") for key in keys)
        answers = [key for key in keys if key.startswith("ck:a:")]
        if several:
            await harness.press(amina, answers[0])
            await harness.press(amina, next(key for key in keys if key.startswith("ck:done")))
        elif answers:
            await harness.press(amina, answers[len(answers) // 2])
        else:
            await harness.send(amina, "Der Kurs ist gut.")
    assert messages_to(harness, amina.id) <= BUDGETS["check-in"]


async def test_practice_dose_of_three_budget(harness: Harness, cast: Cast) -> None:
    await set_level(harness, cast.participant_id, "A2", ["doctor"])
    await harness.send(cast.participant, "/practice")
    for _ in range(3):
        await answer_right(harness, cast)
    assert messages_to(harness, cast.participant.id) <= BUDGETS["practice dose of 3"]


async def test_appointment_created_budget(harness: Harness, cast: Cast) -> None:
    coach = cast.coach
    await harness.send(coach, "/appointment")
    await harness.press(coach, f"apn:p:{cast.participant_id}")
    await harness.send(coach, "morgen 9:30")
    await harness.press(coach, "apn:k:job_centre")
    await harness.send(coach, "Jobcenter Kassel, Grüner Weg 2")
    await harness.press(coach, "apn:skip")
    await harness.press(coach, "apn:save")
    await dispatcher_of(harness.app).drain()
    assert messages_to(harness, coach.id) <= BUDGETS["appointment created, coach"]
    assert messages_to(harness, cast.participant.id) <= BUDGETS["appointment created, participant"]
