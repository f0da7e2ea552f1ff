"""bot/services/when.py: German date/time input, summer/winter time, and garbage that must not crash."""

from __future__ import annotations

import contextlib
import random
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.services.when import Parsed, WhenError, parse_date, parse_time, parse_when

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)  # Saturday 2026-11-21 10:00 in Kassel (CET, UTC+1)


def when(
    text: str, now: datetime = NOW, default_time: time | None = None, max_ahead_days: int = 366
) -> Parsed:
    return parse_when(text, now=now, zone=BERLIN, default_time=default_time, max_ahead_days=max_ahead_days)


def reason(text: str, now: datetime = NOW, max_ahead_days: int = 366) -> str:
    with pytest.raises(WhenError) as caught:
        when(text, now, max_ahead_days=max_ahead_days)
    return caught.value.reason


def berlin(year: int, month: int, day: int, hour: int, minute: int) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=BERLIN)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # relative days
        ("heute 14 Uhr", berlin(2026, 11, 21, 14, 0)),
        ("morgen 9:30", berlin(2026, 11, 22, 9, 30)),
        ("morgen um 9", berlin(2026, 11, 22, 9, 0)),
        ("übermorgen 8", berlin(2026, 11, 23, 8, 0)),
        ("uebermorgen 8", berlin(2026, 11, 23, 8, 0)),
        ("Übermorgen 8 Uhr", berlin(2026, 11, 23, 8, 0)),
        ("u\u0308bermorgen 8", berlin(2026, 11, 23, 8, 0)),  # ü typed as u + combining diaeresis
        ("HEUTE 14 UHR", berlin(2026, 11, 21, 14, 0)),
        ("  heute    14   uhr  ", berlin(2026, 11, 21, 14, 0)),
        ("heute\u00a014\tUhr", berlin(2026, 11, 21, 14, 0)),  # non-breaking space, tab
        ("morgen, 9:30", berlin(2026, 11, 22, 9, 30)),
        ("morgen,9:30", berlin(2026, 11, 22, 9, 30)),
        # weekdays: today (Saturday) only if the time is still ahead
        ("Mo 10:00", berlin(2026, 11, 23, 10, 0)),
        ("Mo. 10:00", berlin(2026, 11, 23, 10, 0)),
        ("Montag 10:00", berlin(2026, 11, 23, 10, 0)),
        ("Montag, 10 Uhr", berlin(2026, 11, 23, 10, 0)),
        ("am Montag um 10", berlin(2026, 11, 23, 10, 0)),
        ("Di 9", berlin(2026, 11, 24, 9, 0)),
        ("Dienstag 9", berlin(2026, 11, 24, 9, 0)),
        ("Mi 9", berlin(2026, 11, 25, 9, 0)),
        ("Mittwoch 9", berlin(2026, 11, 25, 9, 0)),
        ("Do 9", berlin(2026, 11, 26, 9, 0)),
        ("Donnerstag 9", berlin(2026, 11, 26, 9, 0)),
        ("Fr 9", berlin(2026, 11, 27, 9, 0)),
        ("Freitag 9", berlin(2026, 11, 27, 9, 0)),
        ("Sa 11:00", berlin(2026, 11, 21, 11, 0)),
        ("Samstag 10:01", berlin(2026, 11, 21, 10, 1)),
        ("Sa 10:00", berlin(2026, 11, 28, 10, 0)),  # exactly now is not ahead
        ("Sa 9", berlin(2026, 11, 28, 9, 0)),
        ("Sonnabend 9", berlin(2026, 11, 28, 9, 0)),
        ("So 9", berlin(2026, 11, 22, 9, 0)),
        ("Sonntag 9", berlin(2026, 11, 22, 9, 0)),
        ("nächsten Montag 10 Uhr", berlin(2026, 11, 23, 10, 0)),
        ("naechsten Mo 10", berlin(2026, 11, 23, 10, 0)),
        ("am nächsten Samstag um 9", berlin(2026, 11, 28, 9, 0)),
        # dates; without a year the next one that is not past
        ("24.8. 14 Uhr", berlin(2027, 8, 24, 14, 0)),
        ("24.08. 14", berlin(2027, 8, 24, 14, 0)),
        ("24.8 14 Uhr", berlin(2027, 8, 24, 14, 0)),
        ("24.08.2027 14:00", berlin(2027, 8, 24, 14, 0)),
        ("24.8.27 14", berlin(2027, 8, 24, 14, 0)),
        ("1.12.2026 9", berlin(2026, 12, 1, 9, 0)),
        ("01.12.2026 09:00", berlin(2026, 12, 1, 9, 0)),
        ("2026-12-01 09:30", berlin(2026, 12, 1, 9, 30)),
        ("21.11. 11:00", berlin(2026, 11, 21, 11, 0)),  # today, later
        ("22.11. 9", berlin(2026, 11, 22, 9, 0)),
        ("20.11. 9", berlin(2027, 11, 20, 9, 0)),  # yesterday → next year
        ("am 24.8. um 14 Uhr", berlin(2027, 8, 24, 14, 0)),
        ("Di, 24.11., 14 Uhr", berlin(2026, 11, 24, 14, 0)),
        ("Dienstag, den 24.11. um 14 Uhr", berlin(2026, 11, 24, 14, 0)),
        ("den 24.11.2026 14:00", berlin(2026, 11, 24, 14, 0)),
        ("29.2. 9", berlin(2028, 2, 29, 9, 0)),  # with max_ahead_days large enough, see below
        # times
        ("morgen 09:30", berlin(2026, 11, 22, 9, 30)),
        ("morgen 9.30", berlin(2026, 11, 22, 9, 30)),
        ("morgen 9.30 Uhr", berlin(2026, 11, 22, 9, 30)),
        ("morgen 14.00", berlin(2026, 11, 22, 14, 0)),
        ("morgen 14h", berlin(2026, 11, 22, 14, 0)),
        ("morgen 14 h", berlin(2026, 11, 22, 14, 0)),
        ("morgen 0:00", berlin(2026, 11, 22, 0, 0)),
        ("morgen 23:59", berlin(2026, 11, 22, 23, 59)),
        ("morgen halb 10", berlin(2026, 11, 22, 9, 30)),
        ("morgen um halb 10 Uhr", berlin(2026, 11, 22, 9, 30)),
        ("morgen viertel nach 9", berlin(2026, 11, 22, 9, 15)),
        ("morgen viertel vor 10", berlin(2026, 11, 22, 9, 45)),
        # time first
        ("9:30 morgen", berlin(2026, 11, 22, 9, 30)),
        ("um 14 Uhr am 24.8.", berlin(2027, 8, 24, 14, 0)),
    ],
)
def test_understood(text: str, expected: datetime) -> None:
    parsed = when(text, max_ahead_days=3000)
    assert parsed.local.tzinfo is BERLIN
    assert parsed.local.replace(tzinfo=None) == expected.replace(tzinfo=None)  # the wall-clock time
    assert parsed.utc.tzinfo is UTC
    assert parsed.utc == parsed.local.astimezone(UTC)


@pytest.mark.parametrize(
    ("text", "default", "expected"),
    [
        ("morgen", time(9), berlin(2026, 11, 22, 9, 0)),
        ("Mo", time(9), berlin(2026, 11, 23, 9, 0)),
        ("Sa", time(9), berlin(2026, 11, 28, 9, 0)),  # today's 9:00 has passed
        ("Sa", time(12), berlin(2026, 11, 21, 12, 0)),
        ("24.8.", time(8, 30), berlin(2027, 8, 24, 8, 30)),
        ("10.12", time(9), berlin(2026, 12, 10, 9, 0)),  # only the date reading gives an appointment
        ("24.08", time(9), berlin(2027, 8, 24, 9, 0)),  # 24:08 is no time
        ("morgen 14 Uhr", time(9), berlin(2026, 11, 22, 14, 0)),  # an explicit time wins
    ],
)
def test_default_time(text: str, default: time, expected: datetime) -> None:
    assert when(text, default_time=default).local == expected


BEFORE_AUTUMN_CHANGE = datetime(2026, 10, 1, 8, 0, tzinfo=UTC)  # 10:00 CEST


@pytest.mark.parametrize(
    ("text", "now", "utc"),
    [
        # CEST (UTC+2) until 2026-10-25 03:00 local, then CET (UTC+1)
        ("24.10.2026 9:00", BEFORE_AUTUMN_CHANGE, datetime(2026, 10, 24, 7, 0, tzinfo=UTC)),
        ("25.10.2026 1:59", BEFORE_AUTUMN_CHANGE, datetime(2026, 10, 24, 23, 59, tzinfo=UTC)),
        ("25.10.2026 2:30", BEFORE_AUTUMN_CHANGE, datetime(2026, 10, 25, 0, 30, tzinfo=UTC)),  # fold=0
        ("25.10.2026 3:00", BEFORE_AUTUMN_CHANGE, datetime(2026, 10, 25, 2, 0, tzinfo=UTC)),
        ("25.10.2026 9:00", BEFORE_AUTUMN_CHANGE, datetime(2026, 10, 25, 8, 0, tzinfo=UTC)),
        ("26.10.2026 9:00", BEFORE_AUTUMN_CHANGE, datetime(2026, 10, 26, 8, 0, tzinfo=UTC)),
        # relative days count calendar days, not 24-hour steps (Sat 2026-10-24 10:00 CEST)
        ("morgen 9:00", datetime(2026, 10, 24, 8, 0, tzinfo=UTC), datetime(2026, 10, 25, 8, 0, tzinfo=UTC)),
        ("morgen 2:30", datetime(2026, 10, 24, 8, 0, tzinfo=UTC), datetime(2026, 10, 25, 0, 30, tzinfo=UTC)),
        ("Mo 9:00", datetime(2026, 10, 24, 8, 0, tzinfo=UTC), datetime(2026, 10, 26, 8, 0, tzinfo=UTC)),
        # CET (UTC+1) until 2027-03-28 02:00 local, then CEST (UTC+2)
        ("27.3.2027 9:00", NOW, datetime(2027, 3, 27, 8, 0, tzinfo=UTC)),
        ("28.3.2027 1:59", NOW, datetime(2027, 3, 28, 0, 59, tzinfo=UTC)),
        ("28.3.2027 3:00", NOW, datetime(2027, 3, 28, 1, 0, tzinfo=UTC)),
        ("28.3.2027 9:00", NOW, datetime(2027, 3, 28, 7, 0, tzinfo=UTC)),
        ("29.3.2027 9:00", NOW, datetime(2027, 3, 29, 7, 0, tzinfo=UTC)),
        # Sat 2027-03-27 10:00 CET
        ("morgen 9:00", datetime(2027, 3, 27, 9, 0, tzinfo=UTC), datetime(2027, 3, 28, 7, 0, tzinfo=UTC)),
        ("So 9:00", datetime(2027, 3, 27, 9, 0, tzinfo=UTC), datetime(2027, 3, 28, 7, 0, tzinfo=UTC)),
    ],
)
def test_summer_and_winter_time(text: str, now: datetime, utc: datetime) -> None:
    parsed = when(text, now)
    assert parsed.utc == utc
    assert parsed.utc.tzinfo is UTC
    assert parsed.local.astimezone(UTC) == utc


def test_repeated_autumn_hour_is_its_first_occurrence() -> None:
    parsed = when("25.10.2026 2:30", BEFORE_AUTUMN_CHANGE)
    assert parsed.local.fold == 0
    assert parsed.local.utcoffset() == timedelta(hours=2)


@pytest.mark.parametrize(
    ("text", "now"),
    [
        ("28.3.2027 2:30", NOW),  # skipped in spring
        ("28.3.2027 2:00", NOW),
        ("28.3.2027 2:59", NOW),
        ("morgen 2:30", datetime(2027, 3, 27, 9, 0, tzinfo=UTC)),
    ],
)
def test_skipped_spring_hour_is_bad_time(text: str, now: datetime) -> None:
    assert reason(text, now) == "bad-time"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("\n\t\u00a0", "empty"),
        (",", "empty"),
        # a time without a date
        ("9:30", "no-date"),
        ("14 Uhr", "no-date"),
        ("um 9", "no-date"),
        ("9.30", "no-date"),  # month 30 does not exist, so this is a time
        ("halb 10", "no-date"),
        # not a date at all
        ("asdf", "no-date"),
        ("😀", "no-date"),
        ("غدا الساعة ٩", "no-date"),
        ("٢٤.٨. ٩:٣٠", "no-date"),  # Arabic-Indic digits are not read
        ("x" * 4000, "no-date"),
        ("morgen " * 600, "no-date"),
        ("morgen morgen", "no-date"),
        ("24.8. Uhr", "no-date"),
        ("morgen 9:5", "no-date"),
        ("2026-12-01T09:30", "no-date"),
        # a date without a time
        ("morgen", "no-time"),
        ("Mo", "no-time"),
        ("nächsten Freitag", "no-time"),
        ("24.8.", "no-time"),
        ("24.08", "no-time"),  # 24:08 is no time, so this is a date
        ("1.12.2026", "no-time"),
        # invalid dates
        ("31.2. 9", "bad-date"),
        ("32.1. 9", "bad-date"),
        ("0.1. 9", "bad-date"),
        ("1.13. 9", "bad-date"),
        ("29.2.2027 9", "bad-date"),
        ("2026-02-30 9", "bad-date"),
        ("31.4.2027 9", "bad-date"),
        ("1.1.0000 9", "bad-date"),
        ("Mo 24.11. 9", "bad-date"),  # the 24th is a Tuesday
        ("32.1", "bad-date"),
        # invalid times
        ("morgen 24:00", "bad-time"),
        ("morgen 25 Uhr", "bad-time"),
        ("morgen 9:60", "bad-time"),
        ("morgen 930", "bad-time"),
        ("morgen 1430", "bad-time"),
        ("morgen halb 0", "bad-time"),
        ("morgen viertel vor 0", "bad-time"),
        ("morgen viertel nach 24", "bad-time"),
        ("25:00", "bad-time"),
        # not after now (Saturday 10:00)
        ("heute 9", "past"),
        ("heute 10:00", "past"),
        ("heute 9:59", "past"),
        ("21.11. 9", "past"),  # today's date with a passed time is not moved to next year
        ("21.11.2026 9:00", "past"),
        ("20.11.2026 12", "past"),
        ("1.1.2020 9", "past"),
        ("24.8.26 14", "past"),
        ("0001-01-01 00:00", "past"),
        # more than 366 days ahead
        ("1.1.2028 9", "too-far"),
        ("22.11.2027 10:01", "too-far"),
        ("9999-12-31 23:59", "too-far"),
        ("31.12.99 9", "too-far"),
        # both readings make sense
        ("10.12", "ambiguous"),
        ("10.12 11.11", "ambiguous"),
    ],
)
def test_rejected(text: str, expected: str) -> None:
    assert reason(text) == expected


def test_max_ahead_days_boundary() -> None:
    assert when("22.11.2027 10:00").utc - NOW == timedelta(days=366)
    assert reason("1.12. 9", max_ahead_days=7) == "too-far"
    assert when("27.11. 10:00", max_ahead_days=7).local == berlin(2026, 11, 27, 10, 0)
    assert when("28.11. 10:00", max_ahead_days=7).local == berlin(2026, 11, 28, 10, 0)
    assert reason("28.11. 10:01", max_ahead_days=7) == "too-far"
    assert reason("29.2. 9") == "too-far"  # the next 29 February is in 2028


def test_when_error_is_a_value_error_with_reason() -> None:
    error = WhenError("past")
    assert isinstance(error, ValueError)
    assert error.reason == "past"
    assert str(error) == "past"


def test_naive_now_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="aware") as caught:
        parse_when("morgen 9", now=datetime(2026, 11, 21, 9, 0), zone=BERLIN)
    assert not isinstance(caught.value, WhenError)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("heute", date(2026, 11, 21)),
        ("morgen", date(2026, 11, 22)),
        ("übermorgen", date(2026, 11, 23)),
        ("Mo", date(2026, 11, 23)),
        ("Sa", date(2026, 11, 21)),  # no time to have passed: today counts
        ("nächsten Freitag", date(2026, 11, 27)),
        ("24.8.", date(2027, 8, 24)),
        ("24.08", date(2027, 8, 24)),
        ("10.12", date(2026, 12, 10)),
        ("21.11.", date(2026, 11, 21)),
        ("20.11.", date(2027, 11, 20)),
        ("am 24.8.", date(2027, 8, 24)),
        ("1.12.2026", date(2026, 12, 1)),
        ("2026-12-01", date(2026, 12, 1)),
        ("Di, 24.11.", date(2026, 11, 24)),
    ],
)
def test_parse_date(text: str, expected: date) -> None:
    assert parse_date(text, now=NOW, zone=BERLIN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "empty"),
        ("9:30", "no-date"),
        ("morgen 9", "no-date"),
        ("asdf", "no-date"),
        ("31.2.", "bad-date"),
        ("Mo 24.11.", "bad-date"),
        ("1.1.2020", "past"),
    ],
)
def test_parse_date_rejects(text: str, expected: str) -> None:
    with pytest.raises(WhenError) as caught:
        parse_date(text, now=NOW, zone=BERLIN)
    assert caught.value.reason == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9:30", time(9, 30)),
        ("09:30", time(9, 30)),
        ("9.30", time(9, 30)),
        ("14 Uhr", time(14)),
        ("14uhr", time(14)),
        ("14h", time(14)),
        ("9", time(9)),
        ("0", time(0)),
        ("um 9", time(9)),
        ("23:59 Uhr", time(23, 59)),
        ("halb 10", time(9, 30)),
        ("halb 1", time(0, 30)),
        ("Viertel nach 9", time(9, 15)),
        ("viertel vor 10", time(9, 45)),
    ],
)
def test_parse_time(text: str, expected: time) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "empty"),
        ("24:00", "bad-time"),
        ("9:60", "bad-time"),
        ("930", "bad-time"),
        ("halb 25", "bad-time"),
        ("morgen", "no-time"),
        ("9:5", "no-time"),
        ("24.8", "no-time"),
        ("zehn", "no-time"),
    ],
)
def test_parse_time_rejects(text: str, expected: str) -> None:
    with pytest.raises(WhenError) as caught:
        parse_time(text)
    assert caught.value.reason == expected


WORDS = [
    "heute", "morgen", "übermorgen", "Mo", "Montag", "So.", "nächsten", "am", "um", "den", "halb", "viertel",
    "nach", "vor", "Uhr", "h", ",", ".", ":", "-", "24.8.", "31.2.", "29.2.", "9:30", "25:00", "0", "00",
    "9", "99", "930", "2026", "0000", "9999", "24.8.26", "1.1.0001", "31.12.9999", "9999-12-31",
    "0000-00-00", "0001-01-01", "28.3.2027", "2:30", "25.10.2026", "10.12",
]  # fmt: skip


def fuzz_texts(seed: int) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(100):
        shape = rng.randrange(4)
        if shape == 0:  # any code point, surrogates and controls included
            text = "".join(chr(rng.randrange(0x110000)) for _ in range(rng.randrange(1, 30)))
        elif shape == 1:  # digits and separators
            text = "".join(rng.choice("0123456789.:-, hU") for _ in range(rng.randrange(1, 20)))
        elif shape == 2:  # near misses built from words we know
            glue = rng.choice([" ", " ", "", ", "])
            text = glue.join(rng.choice(WORDS) for _ in range(rng.randrange(1, 6)))
        else:  # emoji, Arabic, combining marks, odd spaces next to a plausible input
            noise = "".join(rng.choice("😀ع٩ـ\u0301\u200b\u00a0\u2028ẞİ") for _ in range(rng.randrange(1, 4)))
            text = rng.choice(["morgen 9:30", "24.8. 14 Uhr", "Mo 10"]) + noise
        texts.append(text)
    return texts


@pytest.mark.parametrize("seed", range(5))
def test_fuzz_only_when_error(seed: int) -> None:
    default = None if seed % 2 else time(9)
    for text in fuzz_texts(seed):
        for now in (NOW, BEFORE_AUTUMN_CHANGE):
            try:
                parsed = parse_when(text, now=now, zone=BERLIN, default_time=default)
            except WhenError:
                pass
            else:
                assert now < parsed.utc <= now + timedelta(days=366)
                assert parsed.local.tzinfo is BERLIN
                # not parsed.utc == parsed.local: inside a repeated hour, == across zones is False (PEP 495)
                assert parsed.utc == parsed.local.astimezone(UTC)
        with contextlib.suppress(WhenError):
            parse_date(text, now=NOW, zone=BERLIN)
        with contextlib.suppress(WhenError):
            parse_time(text)
