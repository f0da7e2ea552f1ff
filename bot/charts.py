"""Small pictures without a plotting library: PNG bar charts drawn pixel by pixel (pypng)."""

from __future__ import annotations

import io

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
