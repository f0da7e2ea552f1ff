"""The pictures through the real Application: the coach's mood picture on a participant's card
and the participant's /progress, with "sending a photo…" first, the caption in the reader's
language, and text where a picture cannot be drawn or sent."""

from __future__ import annotations

import io
import logging
from datetime import timedelta

import pytest
from PIL import Image

from bot import charts
from bot.models import Checkin, CheckinAnswer, CheckinStatus, PracticeReview, Role

from harness import Harness, User
from seed import Cast, add_member, deps_of

CAPTION_DE = "Stimmung von Amina in den letzten 12 Wochen (links die älteste, · = keine Antwort): "
FACES = "····😄·🙂·🙁·😐😞"


async def add_reviews(harness: Harness, person_id: int, *answers: tuple[int, bool]) -> None:
    """Practice reviews `days_ago` days back, right or wrong."""
    deps = deps_of(harness)
    now = deps.clock.now()
    async with deps.sessionmaker.begin() as session:
        for index, (days_ago, correct) in enumerate(answers):
            session.add(
                PracticeReview(
                    person_id=person_id,
                    item_id=f"item-{index}",
                    rating=3 if correct else 1,
                    correct=correct,
                    reviewed_at=now - timedelta(days=days_ago, minutes=5),
                )
            )


async def moods(harness: Harness, person_id: int) -> None:
    """Completed weekly check-ins with a mood answer, 7, 5, 3, 1 and 0 weeks ago."""
    deps = deps_of(harness)
    now = deps.clock.now()
    async with deps.sessionmaker.begin() as session:
        for weeks_ago, mood in ((7, 5), (5, 4), (3, 2), (1, 3), (0, 1)):
            done = now - timedelta(weeks=weeks_ago, hours=1)
            checkin = Checkin(
                person_id=person_id,
                questionnaire="weekly",
                period=f"w-{weeks_ago}",
                status=CheckinStatus.COMPLETED,
                offered_at=done - timedelta(hours=1),
                expires_at=done + timedelta(days=2),
                started_at=done,
                completed_at=done,
            )
            session.add(checkin)
            await session.flush()
            session.add(
                CheckinAnswer(
                    checkin_id=checkin.id, person_id=person_id, question="mood", score=mood, answered_at=done
                )
            )


def calls_to(harness: Harness, chat_id: int) -> list[str]:
    """The Bot API methods sent to one chat, in order, with a chat action's kind."""
    out = []
    for name, params in harness.request.calls:
        if int(params.get("chat_id", 0) or 0) != chat_id:
            continue
        out.append(f"{name}:{params['action']}" if name == "sendChatAction" else name)
    return out


def photo_of(harness: Harness, chat_id: int) -> bytes:
    (picture,) = harness.request.sent(chat_id, "sendPhoto")[-1]["_files"].values()
    assert isinstance(picture, bytes)
    return picture


def plain(text: str) -> str:
    """Without the marks that keep right-to-left lines and their numbers in order."""
    return text.translate({0x2068: None, 0x2069: None, 0x200F: None})


def size_of(picture: bytes) -> tuple[int, int]:
    with Image.open(io.BytesIO(picture)) as image:
        assert image.format == "PNG"
        return image.size


# -- the coach's mood picture ------------------------------------------------------------------


async def test_the_card_shows_upload_photo_then_the_drawn_mood_picture_with_a_german_caption(
    harness: Harness, cast: Cast
) -> None:
    await moods(harness, cast.participant_id)

    replies = await harness.press(cast.coach, f"cpc:{cast.participant_id}")

    assert replies[0] == f"[sendPhoto] {CAPTION_DE}{FACES}"
    assert replies[1].startswith("👤 Amina")
    assert calls_to(harness, cast.coach.id) == [
        "sendChatAction:upload_photo",
        "sendPhoto",
        "sendMessage",
    ]
    assert size_of(photo_of(harness, cast.coach.id)) == (charts.WIDTH, charts.HEIGHT) == (840, 400)


async def test_a_participant_with_an_arabic_and_emoji_name_gets_her_picture_and_her_name_in_the_caption(
    harness: Harness, cast: Cast
) -> None:
    name = "أمينة 🌸"
    pid = await add_member(
        harness, User(31, name, "ar"), Role.PARTICIPANT, coach_id=cast.coach_id, language="ar"
    )
    await moods(harness, pid)

    replies = await harness.press(cast.coach, f"cpc:{pid}")

    assert replies[0].startswith(f"[sendPhoto] Stimmung von {name} in den letzten 12 Wochen")
    assert size_of(photo_of(harness, cast.coach.id)) == (840, 400)


async def test_the_mood_caption_goes_as_text_when_drawing_fails_and_the_name_is_not_logged(
    harness: Harness, cast: Cast, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    await moods(harness, cast.participant_id)

    def broken(*args: object, **kwargs: object) -> bytes:
        raise RuntimeError("Amina's picture")

    monkeypatch.setattr(charts, "mood_chart", broken)
    with caplog.at_level(logging.INFO):
        replies = await harness.press(cast.coach, f"cpc:{cast.participant_id}")

    assert replies[0] == f"{CAPTION_DE}{FACES}"  # the faces, as text
    assert replies[1].startswith("👤 Amina")
    assert harness.request.sent(cast.coach.id, "sendPhoto") == []
    assert "drawing a mood chart failed: RuntimeError" in caplog.text
    assert "Amina" not in caplog.text


async def test_a_card_without_mood_answers_draws_nothing(harness: Harness, cast: Cast) -> None:
    replies = await harness.press(cast.coach, f"cpc:{cast.participant_id}")
    assert len(replies) == 1 and replies[0].startswith("👤 Amina")
    assert calls_to(harness, cast.coach.id) == ["sendMessage"]  # no chat action, no picture


# -- the participant's progress ----------------------------------------------------------------


async def test_progress_shows_upload_photo_then_the_week_with_a_caption_in_german_and_arabic(
    harness: Harness, cast: Cast
) -> None:
    await add_reviews(harness, cast.participant_id, (0, True), (0, False), (2, True))

    replies = await harness.send(cast.participant, "/progress")

    assert len(replies) == 1
    caption = replies[0]
    assert caption.startswith("[sendPhoto] Serie: 0 Tage")
    assert "Diese Woche: 2 von 3 richtig" in caption  # German first
    assert "الإجابات الصحيحة هذا الأسبوع: 2 من 3" in plain(caption)  # then her language
    assert calls_to(harness, cast.participant.id) == ["sendChatAction:upload_photo", "sendPhoto"]
    assert size_of(photo_of(harness, cast.participant.id)) == (840, 400)


async def test_progress_pictures_differ_with_the_practice(harness: Harness, cast: Cast) -> None:
    await add_reviews(harness, cast.participant_id, (1, True))
    await harness.send(cast.participant, "/progress")
    before = photo_of(harness, cast.participant.id)
    await add_reviews(harness, cast.participant_id, (0, True), (0, False))
    await harness.send(cast.participant, "/progress")
    assert photo_of(harness, cast.participant.id) != before


async def test_a_week_without_practice_is_said_in_text_not_an_empty_chart(
    harness: Harness, cast: Cast
) -> None:
    await add_reviews(harness, cast.participant_id, (9, True))  # older than the week shown

    replies = await harness.send(cast.participant, "/progress")

    assert len(replies) == 1 and replies[0].startswith("Serie: 0 Tage")
    assert "Diese Woche: 0 von 0 richtig" in replies[0]
    assert calls_to(harness, cast.participant.id) == ["sendMessage"]  # no chat action, no picture


async def test_progress_falls_back_to_text_when_drawing_or_sending_fails(
    harness: Harness, cast: Cast, monkeypatch: pytest.MonkeyPatch
) -> None:
    await add_reviews(harness, cast.participant_id, (0, True))
    harness.request.fail_methods.add("sendPhoto")
    replies = await harness.send(cast.participant, "/progress")
    assert len(replies) == 1 and replies[0].startswith("Serie: 0 Tage")  # text where pictures cannot be sent

    harness.request.fail_methods.clear()
    harness.request.clear()

    def broken(*args: object, **kwargs: object) -> bytes:
        raise ValueError("no picture today")

    monkeypatch.setattr(charts, "progress_chart", broken)
    replies = await harness.send(cast.participant, "/progress")
    assert len(replies) == 1 and replies[0].startswith("Serie: 0 Tage")
    assert "الإجابات الصحيحة هذا الأسبوع: 1 من 1" in plain(replies[0])
    assert calls_to(harness, cast.participant.id) == ["sendChatAction:upload_photo", "sendMessage"]
