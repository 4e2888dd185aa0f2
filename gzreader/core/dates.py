"""Dates as Chinese official texts write them: 2024年9月13日, 二〇二〇年三月五日, 2022 年3月10日 (a
PDF's spaces), and the version date a file name carries (反垄断法(2022-06-24).md)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import PurePath

ISO = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_.](\d{1,2})[-_.](\d{1,2})(?!\d)")
_CHINESE = re.compile(r"((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_DIGITS = "〇○零一二三四五六七八九"
_VALUE = {"〇": 0, "○": 0, "零": 0, **{c: n for n, c in enumerate("一二三四五六七八九", start=1)}}
_CN_DATE = re.compile(rf"([{_DIGITS}]{{4}})年([{_DIGITS}十]{{1,3}})月([{_DIGITS}十]{{1,3}})日")
# one date in the text, in either writing (spaces a PDF puts inside allowed)
ANY_DATE = rf"(?:(?:19|20)\d\d\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日|[{_DIGITS}]{{4}}年[{_DIGITS}十]{{1,3}}月[{_DIGITS}十]{{1,3}}日)"
ANY_DATE_RE = re.compile(ANY_DATE)


def real_date(year: str, month: str, day: str) -> str | None:
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def date_in_name(name: str | None) -> str | None:
    """The date in a file name as YYYY-MM-DD, or None (a number that is not a real date is not one)."""
    if not name:
        return None
    stem = PurePath(name).name
    for pattern in (ISO, _CHINESE):
        for found in pattern.finditer(stem):
            iso = real_date(found.group(1), found.group(2), found.group(3))
            if iso:
                return iso
    return None


def iso_date(text: str) -> str | None:
    """2024年9月13日 or 二〇二〇年三月五日 as 2024-09-13 (None if it is not a real date)."""
    found = _CHINESE.search(text)
    if found:
        return real_date(found.group(1), found.group(2), found.group(3))
    found = _CN_DATE.search(text)
    if found:
        year = "".join(str(_VALUE[c]) for c in found.group(1))
        return real_date(year, str(_cn_small(found.group(2))), str(_cn_small(found.group(3))))
    return None


def _cn_small(text: str) -> int:
    """一 … 三十一 (a month or a day in Chinese numerals)."""
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (_VALUE.get(tens, 1) if tens else 1) * 10 + (_VALUE.get(ones, 0) if ones else 0)
    return _VALUE.get(text, 0)
