"""Small pictures without a plotting library: PNG bar charts drawn pixel by pixel (pypng)."""

from __future__ import annotations

import io
from collections.abc import Sequence

import png

RIGHT = (46, 160, 67)
WRONG = (207, 216, 220)
BACKGROUND = (255, 255, 255)
AXIS = (120, 120, 120)


def week_bars(days: list[tuple[int, int]], *, width: int = 420, height: int = 200) -> bytes:
    """One bar per day: right answers (green) stacked under wrong ones (grey)."""
    top = max((right + wrong for right, wrong in days), default=0) or 1
    slot = width // max(1, len(days))
    bar = max(4, slot * 3 // 5)
    base = height - 12
    rows = [[*BACKGROUND] * width for _ in range(height)]
    for index, (right, wrong) in enumerate(days):
        left = index * slot + (slot - bar) // 2
        right_px = round(right / top * (base - 10))
        wrong_px = round(wrong / top * (base - 10))
        for y in range(base - right_px - wrong_px, base):
            colour = RIGHT if y >= base - right_px else WRONG
            for x in range(left, left + bar):
                rows[y][x * 3 : x * 3 + 3] = colour
    for x in range(width):
        rows[base][x * 3 : x * 3 + 3] = AXIS
    buffer = io.BytesIO()
    png.Writer(width, height, greyscale=False).write(buffer, rows)
    return buffer.getvalue()


# Mood 1..5, from bad (red) to good (green); the same order as the check-in's emoji.
MOOD_COLOURS = ((211, 47, 47), (245, 124, 0), (251, 192, 45), (124, 179, 66), (46, 160, 67))
GRID = (236, 239, 241)
MISSING = (176, 190, 197)


def mood_weeks(points: Sequence[float | None], *, width: int = 420, height: int = 200) -> bytes:
    """One bar per week, as high as the mean mood (1..5) and coloured from red to green;
    a week without an answer is a small grey dot on the axis. Oldest week first."""
    slot = width // max(1, len(points))
    bar = max(4, slot * 3 // 5)
    base = height - 12
    step = (base - 10) // 5  # pixels per mood point
    rows = [[*BACKGROUND] * width for _ in range(height)]

    def fill(x0: int, x1: int, y0: int, y1: int, colour: tuple[int, int, int]) -> None:
        for y in range(max(0, y0), min(height, y1)):
            row = rows[y]
            for x in range(max(0, x0), min(width, x1)):
                row[x * 3 : x * 3 + 3] = colour

    for level in range(1, 6):  # faint lines at each mood step, so heights can be compared
        fill(0, width, base - level * step, base - level * step + 1, GRID)
    for index, point in enumerate(points):
        left = index * slot + (slot - bar) // 2
        if point is None:
            middle = left + bar // 2
            fill(middle - 2, middle + 3, base - 6, base - 1, MISSING)
            continue
        mood = min(5.0, max(1.0, point))
        colour = MOOD_COLOURS[min(4, max(0, int(mood + 0.5) - 1))]
        fill(left, left + bar, base - round(mood * step), base, colour)
    fill(0, width, base, base + 1, AXIS)
    buffer = io.BytesIO()
    png.Writer(width, height, greyscale=False).write(buffer, rows)
    return buffer.getvalue()
