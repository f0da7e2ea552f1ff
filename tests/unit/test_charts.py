"""The pictures themselves (bot/charts.py): size, honesty with few points, names the font
cannot draw, drawing from several threads, and the fallback when drawing fails."""

from __future__ import annotations

import io
import logging
from concurrent.futures import ThreadPoolExecutor
from datetime import date

import pytest
from PIL import Image

from bot import charts

TODAY = date(2026, 12, 3)  # a Thursday
WEEK = [(3, 1), (0, 0), (5, 0), (2, 2), (0, 0), (7, 3), (1, 0)]
MOODS: list[float | None] = [None, None, 3, 4.5, None, 2, 1, None, 5, 3.4, None, 2]


def image(picture: bytes) -> Image.Image:
    loaded = Image.open(io.BytesIO(picture))
    assert loaded.format == "PNG"
    loaded.load()  # the whole image decodes
    return loaded.convert("RGB")


def count(picture: bytes, colour: str) -> int:
    """Pixels of exactly this colour ("#rrggbb")."""
    wanted = tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return sum(n for n, rgb in image(picture).getcolors(charts.WIDTH * charts.HEIGHT) or [] if rgb == wanted)


def test_both_pictures_are_pngs_twice_the_old_size_and_small() -> None:
    progress = charts.progress_chart(WEEK, last_day=TODAY, level="A2", streak=3)
    mood = charts.mood_chart(MOODS, last_week=TODAY, name="Amina")
    for picture in (progress, mood):
        assert image(picture).size == (840, 400) == (2 * 420, 2 * 200)
        assert len(picture) < 100_000  # Telegram takes photos up to 10 MB; a phone loads this at once


def test_different_data_gives_different_pictures() -> None:
    assert charts.progress_chart(WEEK, last_day=TODAY) != charts.progress_chart(WEEK[::-1], last_day=TODAY)
    assert charts.progress_chart(WEEK, last_day=TODAY) != charts.progress_chart(
        WEEK, last_day=TODAY, level="B1", streak=1
    )
    assert charts.mood_chart(MOODS, last_week=TODAY) != charts.mood_chart(MOODS[::-1], last_week=TODAY)
    # The same data, the same picture: nothing random or time-stamped in it.
    assert charts.draw_mood_chart(MOODS, last_week=TODAY) == charts.draw_mood_chart(MOODS, last_week=TODAY)


def test_more_right_answers_draw_more_green() -> None:
    few = charts.progress_chart([(0, 0)] * 6 + [(1, 1)], last_day=TODAY)
    many = charts.progress_chart([(0, 0)] * 6 + [(8, 1)], last_day=TODAY)
    assert count(many, charts.RIGHT) > count(few, charts.RIGHT) > 0


def test_each_mood_point_has_its_faces_colour() -> None:
    low = charts.mood_chart([None] * 11 + [1], last_week=TODAY)
    high = charts.mood_chart([None] * 11 + [5], last_week=TODAY)
    red, green = charts.MOOD_COLOURS[0], charts.MOOD_COLOURS[4]
    assert count(low, red) > 0 and count(low, green) == 0  # one answer: one point, drawn
    assert count(high, green) > 0 and count(high, red) == 0


def test_empty_and_unanswered_data_draw_without_error() -> None:
    for picture in (
        charts.progress_chart([], last_day=TODAY),
        charts.progress_chart([(0, 0)] * 7, last_day=TODAY),
        charts.mood_chart([], last_week=TODAY),
        charts.mood_chart([None] * 12, last_week=TODAY),
    ):
        assert image(picture).size == (840, 400)


@pytest.mark.parametrize(
    ("name", "drawn_as"),
    [
        ("أمينة", None),  # Arabic: matplotlib would draw it unjoined and backwards
        ("مریم 🌸", None),  # Persian
        ("Amina 🌸", "Amina"),  # the emoji is not in the font
        ("🌸✨", None),
        ("Олена", "Олена"),  # Cyrillic is
        ("Ayşe  Yılmaz\u200d", "Ayşe Yılmaz"),
        ("", None),
        ("Anna-Maria Katharina Schmidt-Müller", "Anna-Maria Katharina Sc…"),  # the caption has it whole
    ],
)
def test_names_are_drawn_only_as_the_font_can(name: str, drawn_as: str | None) -> None:
    picture = charts.mood_chart(MOODS, last_week=TODAY, name=name)  # no warning about missing glyphs either
    assert picture == charts.mood_chart(MOODS, last_week=TODAY, name=drawn_as)
    assert image(picture).size == (840, 400)


def test_a_level_the_font_cannot_draw_does_not_break_the_picture() -> None:
    picture = charts.progress_chart(WEEK, last_day=TODAY, level="🙂", streak=1)
    assert image(picture).size == (840, 400)


def test_pictures_drawn_in_threads_at_once_are_the_ones_drawn_alone() -> None:
    alone = charts.mood_chart(MOODS, last_week=TODAY), charts.progress_chart(WEEK, last_day=TODAY)
    with ThreadPoolExecutor(4) as pool:
        # Drawn anew in each thread, not taken from the cache.
        moods = pool.map(lambda _: charts.draw_mood_chart(MOODS, last_week=TODAY), range(4))
        weeks = pool.map(lambda _: charts.draw_progress_chart(WEEK, last_day=TODAY), range(4))
        assert set(moods) == {alone[0]} and set(weeks) == {alone[1]}


def test_a_failing_drawing_gives_none_and_logs_only_its_kind(caplog: pytest.LogCaptureFixture) -> None:
    def broken() -> bytes:
        raise ValueError("Amina")

    with caplog.at_level(logging.WARNING):
        assert charts.drawn(broken, "a test chart") is None
    assert caplog.messages == ["drawing a test chart failed: ValueError"]
    assert charts.drawn(lambda: b"png", "a test chart") == b"png"


def test_the_same_figures_are_drawn_once(monkeypatch: pytest.MonkeyPatch) -> None:
    drawings: list[str] = []
    real_progress, real_mood = charts.draw_progress_chart, charts.draw_mood_chart

    def progress(*args: object, **kwargs: object) -> bytes:
        drawings.append("progress")
        return real_progress(*args, **kwargs)  # type: ignore[arg-type]

    def mood(*args: object, **kwargs: object) -> bytes:
        drawings.append("mood")
        return real_mood(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(charts, "draw_progress_chart", progress)
    monkeypatch.setattr(charts, "draw_mood_chart", mood)
    week = [(9, 1), *WEEK[1:]]  # figures no other test draws
    first = charts.progress_chart(week, last_day=TODAY, level="A2", streak=2)
    assert charts.progress_chart(list(week), last_day=TODAY, level="A2", streak=2) == first
    assert drawings == ["progress"]
    charts.progress_chart(week, last_day=TODAY, level="A2", streak=3)  # one more day in a row
    assert drawings == ["progress", "progress"]
    moods = [*MOODS[:-1], 4.25]
    assert charts.mood_chart(moods, last_week=TODAY, name="Amina") == charts.mood_chart(
        moods, last_week=TODAY, name="Amina"
    )
    assert drawings == ["progress", "progress", "mood"]
    assert first == real_progress(week, last_day=TODAY, level="A2", streak=2)  # as drawn anew
