"""Dates and times as coaches type them in German: "morgen 9:30", "Mo 10 Uhr", "am 24.8. um 14 Uhr".

parse_when() turns such text into an aware wall-clock datetime in the given zone (plus the same instant in
UTC) or raises WhenError with a stable reason code. The clock is injected; nothing here reads system time.

Summer and winter time: the local datetime is built with datetime.combine(day, time, tzinfo=zone), so the
UTC offset is the one valid on that day. A time inside the hour skipped in spring (2027-03-28 02:30) does
not exist and is "bad-time"; a time inside the hour repeated in autumn (2026-10-25 02:30) means its first
occurrence (fold=0, still summer time).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

Reason = Literal["empty", "no-date", "no-time", "bad-date", "bad-time", "past", "too-far", "ambiguous"]


class WhenError(ValueError):
    """Input that is not a date/time we understand; .reason is a stable kebab-case code."""

    def __init__(self, reason: Reason) -> None:
        super().__init__(reason)
        self.reason: Reason = reason


@dataclass(frozen=True)
class Parsed:
    local: datetime  # aware, in the zone asked for
    utc: datetime  # the same instant in UTC; compare and store this one, because inside a repeated
    # autumn hour an aware == across zones is always False (PEP 495), even for the same instant


_RELATIVE = {"heute": 0, "morgen": 1, "übermorgen": 2, "uebermorgen": 2}
_WEEKDAYS = {"mo": 0, "montag": 0, "di": 1, "dienstag": 1, "mi": 2, "mittwoch": 2, "do": 3, "donnerstag": 3}
_WEEKDAYS |= {"fr": 4, "freitag": 4, "sa": 5, "samstag": 5, "sonnabend": 5, "so": 6, "sonntag": 6}
_WD = "|".join(sorted(_WEEKDAYS, key=len, reverse=True))

# Matched against text that is already lower case, with single spaces and no commas.
# re.ASCII: \d is 0-9 only, so int() never sees other scripts' digits.
_DATE = re.compile(
    rf"""(?:am\ )?(?:
        (?P<rel>{"|".join(_RELATIVE)})
      | (?:(?:nächste|naechste|kommende)n?\ )?(?P<wd>{_WD})\.?
      | (?:(?P<named>{_WD})\.?\ )?(?:den\ )?(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})(?:\.(?P<y>\d{{4}}|\d{{2}})?)?
      | (?P<iso_y>\d{{4}})-(?P<iso_m>\d{{1,2}})-(?P<iso_d>\d{{1,2}})
    )""",
    re.ASCII | re.VERBOSE,
)
_TIME = re.compile(
    r"""(?:um\ )?(?:
        (?P<h>\d{1,4})(?:[:.](?P<min>\d{2}))?
      | halb\ (?P<half>\d{1,2})
      | viertel\ (?P<side>nach|vor)\ (?P<q>\d{1,2})
    )(?:\ ?(?:uhr|h))?""",
    re.ASCII | re.VERBOSE,
)

Days = Callable[[date], list[date]]  # today -> the days meant, preferred first
Reading = tuple[re.Match[str] | None, re.Match[str] | None]  # (date, time)

# How far a failed reading got: its values made sense (1), it was complete (2). The furthest ones speak.
_STAGE = {"bad-date": 0, "bad-time": 0, "no-date": 1, "no-time": 1, "past": 2, "too-far": 2}


def parse_when(
    text: str,
    *,
    now: datetime,
    zone: ZoneInfo,
    default_time: time | None = None,
    max_ahead_days: int = 366,
) -> Parsed:
    """A future appointment from text like "morgen 9:30"; a bare date gets `default_time`.

    A weekday means its next occurrence that is still ahead (today if the time has not passed yet);
    a date without a year means its next occurrence from today on.
    """
    _require_aware(now)
    hits: dict[datetime, datetime] = {}  # utc -> local: two readings of one instant are not ambiguous
    failures: list[Reason] = []
    for date_match, time_match in _readings(_normalize(text)):
        try:
            local = _resolve(date_match, time_match, now, zone, default_time, max_ahead_days)
        except WhenError as error:
            failures.append(error.reason)
        else:
            hits.setdefault(local.astimezone(UTC), local)
    if len(hits) > 1:  # "10.12 11.11": 10 Dec at 11:11, or 11 Nov at 10:12
        raise WhenError("ambiguous")
    if hits:
        ((utc, local),) = hits.items()
        return Parsed(local=local, utc=utc)
    raise WhenError(_verdict(failures))


def parse_date(text: str, *, now: datetime, zone: ZoneInfo) -> date:
    """Only a date ("morgen", "24.8.", "Mo"). Today counts as not past; an explicit earlier date is "past"."""
    _require_aware(now)
    match = _DATE.fullmatch(_normalize(text))
    if match is None:
        raise WhenError("no-date")
    today = now.astimezone(zone).date()
    day = _days_of(match)(today)[0]
    if day < today:
        raise WhenError("past")
    return day


def parse_time(text: str) -> time:
    """Only a time of day: "9:30", "9.30", "14 Uhr", "14h", "9", "halb 10", "viertel nach 9"."""
    match = _TIME.fullmatch(_normalize(text))
    if match is None:
        raise WhenError("no-time")
    return _time_of(match)


def _require_aware(now: datetime) -> None:
    if now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")  # a bug in the caller, not bad input


def _normalize(text: str) -> str:
    text = " ".join(unicodedata.normalize("NFC", text.casefold()).replace(",", " ").split())
    if not text:
        raise WhenError("empty")
    return text


def _readings(text: str) -> list[Reading]:
    """Every way to split the text into a date and/or a time, either one first; bare date first."""
    words = text.split(" ")
    if len(words) > 12:  # longer than anything we understand; also bounds the work
        return []
    readings: list[Reading] = []
    for cut in range(len(words), -1, -1):
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        for date_text, time_text in [(head, tail), (tail, head)] if head and tail else [(head, tail)]:
            date_match = _DATE.fullmatch(date_text) if date_text else None
            time_match = _TIME.fullmatch(time_text) if time_text else None
            if bool(date_match) == bool(date_text) and bool(time_match) == bool(time_text):
                readings.append((date_match, time_match))
    return readings


def _verdict(failures: list[Reason]) -> Reason:
    if not failures:
        return "no-date"
    top = max(_STAGE[reason] for reason in failures)
    best = list(dict.fromkeys(reason for reason in failures if _STAGE[reason] == top))
    # "10.12" alone is a fine date (lacking a time) and a fine time (lacking a date): don't guess
    return "ambiguous" if top > 0 and len(best) > 1 else best[0]


def _resolve(
    date_match: re.Match[str] | None,
    time_match: re.Match[str] | None,
    now: datetime,
    zone: ZoneInfo,
    default_time: time | None,
    max_ahead_days: int,
) -> datetime:
    days = _days_of(date_match) if date_match else None
    clock = _time_of(time_match) if time_match else default_time
    if days is None:
        raise WhenError("no-date")
    if clock is None:
        raise WhenError("no-time")
    today = now.astimezone(zone).date()
    for day in days(today):
        if day < today:
            raise WhenError("past")
        if (day - today).days > max_ahead_days + 1:  # decided on the date: near year 1 or 9999 UTC overflows
            raise WhenError("too-far")
        local = _wall_clock(day, clock, zone)
        if local > now:
            break
    else:
        raise WhenError("past")
    if local - now > timedelta(days=max_ahead_days):
        raise WhenError("too-far")
    return local


def _wall_clock(day: date, clock: time, zone: ZoneInfo) -> datetime:
    local = datetime.combine(day, clock.replace(fold=0), tzinfo=zone)  # fold=0: first of a repeated hour
    # A time skipped in spring comes back from UTC as a different wall-clock time.
    if local.astimezone(UTC).astimezone(zone).replace(tzinfo=None) != local.replace(tzinfo=None):
        raise WhenError("bad-time")
    return local


def _days_of(match: re.Match[str]) -> Days:
    if match["rel"]:
        offset = timedelta(days=_RELATIVE[match["rel"]])
        return lambda today: [today + offset]
    if match["wd"]:
        weekday = _WEEKDAYS[match["wd"]]

        def week(today: date) -> list[date]:
            first = today + timedelta(days=(weekday - today.weekday()) % 7)
            return [first, first + timedelta(days=7)]  # a week later if today's time has already passed

        return week
    if match["iso_y"]:
        fixed = _calendar(int(match["iso_y"]), int(match["iso_m"]), int(match["iso_d"]))
        return lambda today: [fixed]
    day, month, named = int(match["d"]), int(match["m"]), match["named"]
    if match["y"]:
        year = int(match["y"]) + (2000 if len(match["y"]) == 2 else 0)
        fixed = _named(_calendar(year, month, day), named)
        return lambda today: [fixed]
    _calendar(2000, month, day)  # a leap year, so 29.2. is fine here

    def yearly(today: date) -> list[date]:
        for year in range(today.year, today.year + 9):  # 29.2. can be eight years away
            try:
                candidate = date(year, month, day)
            except ValueError:
                continue
            if candidate >= today:  # today stays today when its time has passed: "past", not next year
                return [_named(candidate, named)]
        raise WhenError("bad-date")

    return yearly


def _calendar(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise WhenError("bad-date") from None


def _named(day: date, weekday: str | None) -> date:
    if weekday and day.weekday() != _WEEKDAYS[weekday]:  # "Mo 24.11." when the 24th is a Tuesday
        raise WhenError("bad-date")
    return day


def _time_of(match: re.Match[str]) -> time:
    if match["half"]:
        hour, minute = int(match["half"]) - 1, 30  # German "halb 10" is half way to ten: 9:30
    elif match["q"]:
        quarter = int(match["q"])
        hour, minute = (quarter, 15) if match["side"] == "nach" else (quarter - 1, 45)
    elif len(match["h"]) > 2:
        raise WhenError("bad-time")  # "930", "1430": ask for 9:30 rather than guess
    else:
        hour, minute = int(match["h"]), int(match["min"] or 0)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise WhenError("bad-time")
    return time(hour, minute)
