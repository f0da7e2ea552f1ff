"""Cells a spreadsheet would run as a formula ("CSV injection"): refused when a CSV file is
imported, and quoted in any CSV file the bot writes, so no file of ours can carry one."""

from __future__ import annotations

# What Excel, LibreOffice and Google Sheets read as the start of a formula; a tab or carriage
# return in front of one is skipped by some of them.
FORMULA_STARTS = ("=", "+", "-", "@")
_SKIPPED = " \t\r\n"


def formula_start(value: str) -> str | None:
    """The character that would make `value` a formula, or None if it is plain text."""
    text = value.lstrip(_SKIPPED)
    return text[0] if text and text[0] in FORMULA_STARTS else None


def safe_cell(value: object) -> str:
    """A value for a CSV cell: text that would be a formula gets a leading apostrophe, which
    spreadsheets show as text and do not run (OWASP's advice). Numbers stay numbers."""
    if isinstance(value, bool) or not isinstance(value, str):
        return "" if value is None else str(value)
    if formula_start(value) is not None or value[:1] in ("\t", "\r"):
        return "'" + value
    return value
