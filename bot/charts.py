"""The bot's two pictures, drawn with matplotlib: a participant's last seven days of practice
(/progress) and a participant's weekly mood on the coach's card. Axes, dates, labels and a
legend, in German (the language participants are learning; the caption beside the picture
is in the reader's language).

Matplotlib is imported when the first picture is drawn (the bot starts without it) and used
only through its object-oriented API: one Figure with its own Agg canvas per picture, no
pyplot and its global state, so pictures can be drawn in worker threads (asyncio.to_thread).
Every text is set in the DejaVu Sans that ships inside matplotlib: no system fonts are
looked up, and a server without fonts draws the same picture as a laptop.
"""

from __future__ import annotations

import io
import logging
import threading
import unicodedata
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from matplotlib.font_manager import FontProperties
    from matplotlib.ft2font import FT2Font

log = logging.getLogger(__name__)

# Twice the size of the hand-drawn pictures before (420 x 200), at 200 dpi.
WIDTH, HEIGHT = 840, 400
DPI = 200

RIGHT = "#2ea043"
WRONG = "#b0bec5"
AXIS = "#78909c"
GRID = "#eceff1"
TEXT = "#263238"
MISSING = "#90a4ae"
# Mood 1..5, from bad (red) to good (green); the same order as the check-in's faces.
MOOD_COLOURS = ("#d32f2f", "#f57c00", "#fbc02d", "#7cb342", "#2ea043")
MOOD_LABELS = ("sehr schlecht", "schlecht", "mittel", "gut", "sehr gut")
WEEKDAYS = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")
FEW_DAYS = 14  # up to this many days, each bar has its weekday, date and count
MAX_LABELS = 10  # dates on the x axis at most, counted back from the newest
NAME_SHOWN = 24  # characters of a name in a title; the caption has it whole


def drawn(draw: Callable[[], bytes], what: str) -> bytes | None:
    """The picture `draw` makes, or None should drawing fail (the caller sends text instead).
    Only the kind of failure is logged: a picture may carry a name."""
    try:
        return draw()
    except Exception as exc:
        log.warning("drawing %s failed: %s", what, type(exc).__name__)
        return None


# -- the participant's practice ------------------------------------------------------------


def progress_chart(
    days: Sequence[tuple[int, int]], *, last_day: date, level: str | None = None, streak: int = 0
) -> bytes:
    """The practice picture, drawn once for the same figures (see _cached)."""
    return _cached_progress(tuple((int(r), int(w)) for r, w in days), last_day, level, streak)


def draw_progress_chart(
    days: Sequence[tuple[int, int]], *, last_day: date, level: str | None = None, streak: int = 0
) -> bytes:
    """One bar per day, oldest first and `last_day` (today) last: the right answers (green)
    under the wrong ones (grey), the count above each bar; the level and streak as subtitle.
    More than FEW_DAYS days are drawn as one filled step line, with every n-th date."""
    from matplotlib.ticker import MaxNLocator

    figure, axes, font = _figure()
    first = last_day - timedelta(days=len(days) - 1)
    positions = list(range(len(days)))
    right = [r for r, _ in days]
    wrong = [w for _, w in days]
    few = len(days) <= FEW_DAYS  # room for each day's count and weekday; else every n-th date
    if few:
        axes.bar(positions, right, width=0.62, color=RIGHT, label="richtig", zorder=2)
        axes.bar(positions, wrong, width=0.62, bottom=right, color=WRONG, label="falsch", zorder=2)
    else:  # many days: two filled steps instead of a patch per bar (an eighth of the time)
        edges = [x - 0.5 for x in range(len(days) + 1)]
        totals = [r + w for r, w in days]
        axes.stairs(right, edges, fill=True, color=RIGHT, label="richtig", zorder=2)
        axes.stairs(totals, edges, baseline=right, fill=True, color=WRONG, label="falsch", zorder=2)
    top = max((r + w for r, w in days), default=0)
    for x, (r, w) in zip(positions, days, strict=True):
        if few and r + w:
            axes.annotate(
                f"{r}/{r + w}", (x, r + w), xytext=(0, 1.5), textcoords="offset points",
                ha="center", va="bottom", fontproperties=font(6.5), color=TEXT,
            )  # fmt: skip
    every = 1 if few else -(-len(days) // MAX_LABELS)
    ticks: dict[int, str] = {}  # position: label, counted back from today
    for index in range(len(days) - 1, -1, -every):
        day = first + timedelta(days=index)
        if day == last_day:
            ticks[index] = "heute"
        else:
            ticks[index] = (
                f"{WEEKDAYS[day.weekday()]}\n{day.day}.{day.month}." if few else f"{day.day}.{day.month}."
            )
    axes.set_xticks(list(ticks), list(ticks.values()))
    axes.set_xlim(-0.6, len(days) - 0.4)
    axes.set_ylim(0, max(4, top) * 1.22)
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_ylabel("Aufgaben", fontproperties=font(7), color=TEXT)
    practised = sum(1 for r, w in days if r + w)
    subtitle = [
        f"an {practised} von {len(days)} {'Tag' if len(days) == 1 else 'Tagen'} geübt",
        f"Serie: {streak} {'Tag' if streak == 1 else 'Tage'}",
    ]
    if level:
        subtitle.insert(0, f"Niveau {_drawable(level) or '?'}")
    span = "heute" if len(days) == 1 else f"die letzten {len(days)} Tage"
    _titles(figure, axes, font, f"Üben: {span}", " · ".join(subtitle))
    _legend(figure, font)
    return _png(figure, axes, font)


# -- the coach's view of a participant's mood ------------------------------------------------


def mood_chart(points: Sequence[float | None], *, last_week: date, name: str | None = None) -> bytes:
    """The mood picture, drawn once for the same figures (see _cached)."""
    return _cached_mood(tuple(None if p is None else float(p) for p in points), last_week, name)


def draw_mood_chart(points: Sequence[float | None], *, last_week: date, name: str | None = None) -> bytes:
    """The weekly mean mood (1..5) as a line over the weeks, oldest first, the week of
    `last_week` last; a week without an answer is a gap in the line and a grey mark on
    the axis. Each point is coloured like its face in the check-in."""
    figure, axes, font = _figure()
    monday = last_week - timedelta(days=last_week.weekday())
    first = monday - timedelta(weeks=len(points) - 1)
    positions = list(range(len(points)))
    values = [float("nan") if p is None else min(5.0, max(1.0, p)) for p in points]
    for level in range(1, 6):  # the scale's colours as faint bands, so a height reads as a mood
        axes.axhspan(level - 0.5, level + 0.5, color=MOOD_COLOURS[level - 1], alpha=0.07, lw=0, zorder=0)
    axes.plot(positions, values, color=AXIS, lw=1.2, zorder=2)
    answered = [(x, v) for x, v in zip(positions, values, strict=True) if v == v]
    axes.scatter(
        [x for x, _ in answered],
        [v for _, v in answered],
        s=22,
        c=[MOOD_COLOURS[min(4, max(0, int(v + 0.5) - 1))] for _, v in answered],
        edgecolors="white",
        linewidths=0.6,
        zorder=3,
        label="Stimmung der Woche",
    )
    gaps = [x for x, v in zip(positions, values, strict=True) if v != v]
    if gaps:
        axes.scatter(
            gaps, [0.72] * len(gaps), s=14, marker="x", color=MISSING, lw=1, zorder=3, label="keine Antwort"
        )
    every = max(1, -(-len(points) // (MAX_LABELS // 2 + 1)))  # a date every other week for 12
    mondays = {index: first + timedelta(weeks=index) for index in range(len(points) - 1, -1, -every)}
    axes.set_xticks(list(mondays), [f"{week.day}.{week.month}." for week in mondays.values()])
    axes.set_xticks(positions, minor=True)  # a small mark for each week
    axes.set_xlim(-0.6, len(points) - 0.4)
    axes.set_ylim(0.5, 5.5)
    axes.set_yticks(range(1, 6), [f"{label} {level}" for level, label in enumerate(MOOD_LABELS, start=1)])
    title = "Stimmung"
    shown = _drawable(name or "")
    if shown:
        title += f" von {shown if len(shown) <= NAME_SHOWN else shown[: NAME_SHOWN - 1] + '…'}"
    subtitle = f"Mittel je Woche (ab Montag) · {len(answered)} von {len(points)} Wochen mit Antwort"
    _titles(figure, axes, font, f"{title}: die letzten {len(points)} Wochen", subtitle)
    _legend(figure, font)
    return _png(figure, axes, font)


# -- shared ------------------------------------------------------------------------------------

# Drawing takes 50-150 ms of CPU that holds the GIL (benchmarks/charts.py); a picture depends
# only on its figures, which change once a day or after practice, while /progress and the
# coach's card are opened again and again. So the last pictures are kept by their figures
# (a few MB at most: ~40 KB each).
CACHED_PICTURES = 128


@lru_cache(maxsize=CACHED_PICTURES)
def _cached_progress(
    days: tuple[tuple[int, int], ...], last_day: date, level: str | None, streak: int
) -> bytes:
    return draw_progress_chart(days, last_day=last_day, level=level, streak=streak)


@lru_cache(maxsize=CACHED_PICTURES)
def _cached_mood(points: tuple[float | None, ...], last_week: date, name: str | None) -> bytes:
    return draw_mood_chart(points, last_week=last_week, name=name)


class Font(Protocol):
    def __call__(self, size: float, bold: bool = False) -> FontProperties: ...


def _figure() -> tuple[Figure, Axes, Font]:
    from matplotlib.figure import Figure
    from matplotlib.font_manager import FontProperties

    path, bold_path = _font_path(), _font_path("DejaVuSans-Bold.ttf")

    def font(size: float, bold: bool = False) -> FontProperties:
        return FontProperties(fname=bold_path if bold else path, size=size)

    figure = Figure(figsize=(WIDTH / DPI, HEIGHT / DPI), dpi=DPI, layout="constrained", facecolor="white")
    axes = figure.add_subplot()
    axes.set_facecolor("white")
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        axes.spines[side].set_color(AXIS)
        axes.spines[side].set_linewidth(0.6)
    axes.tick_params(colors=AXIS, width=0.6, length=2.5, labelcolor=TEXT)
    axes.grid(axis="y", color=GRID, lw=0.6, zorder=1)
    axes.set_axisbelow(True)
    return figure, axes, font


def _titles(figure: Figure, axes: Axes, font: Font, title: str, subtitle: str) -> None:
    figure.suptitle(title, x=0.015, ha="left", fontproperties=font(8.5, bold=True), color=TEXT)
    axes.set_title(subtitle, loc="left", fontproperties=font(6.5), color=AXIS, pad=3)


def _legend(figure: Figure, font: Font) -> None:
    legend = figure.legend(
        loc="outside lower right", ncols=2, frameon=False, prop=font(6.5),
        handlelength=1.2, columnspacing=1.2, borderaxespad=0.1,
    )  # fmt: skip
    for text in legend.get_texts():
        text.set_color(TEXT)


def _png(figure: Figure, axes: Axes, font: Font) -> bytes:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from PIL import Image

    for label in [*axes.get_xticklabels(), *axes.get_yticklabels()]:
        label.set_fontproperties(font(6.5))
    canvas = FigureCanvasAgg(figure)  # Agg, whatever matplotlib's default backend
    canvas.draw()  # type: ignore[no-untyped-call]  # once: savefig would lay out and draw twice
    pixels = canvas.buffer_rgba()  # type: ignore[no-untyped-call]
    rgb = Image.frombuffer("RGBA", canvas.get_width_height(), pixels).convert("RGB")
    buffer = io.BytesIO()  # RGB without alpha: ~30-45 KB (a palette would lose the faint colours)
    rgb.save(buffer, format="PNG")
    return buffer.getvalue()


@cache
def _font_path(name: str = "DejaVuSans.ttf") -> str:
    """DejaVu Sans as bundled with matplotlib, never a font of the system."""
    from pathlib import Path

    import matplotlib

    return str(Path(matplotlib.get_data_path(), "fonts", "ttf", name))


_glyphs = threading.Lock()


@cache
def _has_glyph(char: str) -> bool:
    with _glyphs:  # one FreeType face, asked from worker threads
        return _face().get_char_index(ord(char)) != 0


@cache
def _face() -> FT2Font:
    from matplotlib.ft2font import FT2Font

    return FT2Font(_font_path())


def _drawable(text: str) -> str | None:
    """`text` as the font can draw it, or None. Matplotlib neither joins Arabic letters nor
    orders right-to-left text, so a name in such a script stays in the caption only; an
    emoji or other sign the font lacks is left out instead of drawn as a box."""
    if any(unicodedata.bidirectional(char) in ("R", "AL") for char in text):
        return None
    kept = "".join(
        " " if char.isspace() else char
        for char in text
        if char.isspace() or (unicodedata.category(char)[0] != "C" and _has_glyph(char))
    )
    return " ".join(kept.split()) or None
