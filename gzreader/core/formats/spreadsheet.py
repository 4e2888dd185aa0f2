"""Text that goes into CSV files people open in a spreadsheet."""

from __future__ import annotations


def spreadsheet_safe(text: str) -> str:
    """A spreadsheet runs a cell starting with = + - @ (or a tab/CR before one) as a formula; a
    leading apostrophe keeps it text (the usual CSV-injection guard)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
