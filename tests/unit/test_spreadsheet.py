"""bot/spreadsheet.py: no cell of a CSV file the bot writes is run as a formula."""

from __future__ import annotations

import pytest

from bot.spreadsheet import formula_start, safe_cell


@pytest.mark.parametrize(
    ("value", "start"),
    [
        ("=1+1", "="),
        ("+49 561 123", "+"),
        ("-2+3+cmd|' /C calc'!A0", "-"),
        ("@SUM(A1:A9)", "@"),
        ('  =HYPERLINK("http://x")', "="),
        ("\t=1", "="),
        ("Raum 1 = Erdgeschoss", None),
        ("Tel. +49 561 123", None),
        ("", None),
    ],
)
def test_formula_start(value: str, start: str | None) -> None:
    assert formula_start(value) == start


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
        ("+49 561 123", "'+49 561 123"),
        ("-", "'-"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tplain", "'\tplain"),
        ("Amina", "Amina"),
        (-5, "-5"),  # a number stays a number
        (None, ""),
    ],
)
def test_safe_cell(value: object, cell: str) -> None:
    assert safe_cell(value) == cell
