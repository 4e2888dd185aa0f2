"""Numbering markers of Chinese official documents and laws, and Chinese numerals.

A `Marker` says what a paragraph starts with: its kind (DESIGN.md's table; 条 inside laws and
（一） inside 条 are resolved by the outline builder), the label as written and its number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from gzreader.core.kinds import LAW_UNIT_KINDS, OUTLINE_RULES, OutlineKind

CN_NUMERALS = "一二三四五六七八九十百千零〇两"
_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNIT = {"十": 10, "百": 100, "千": 1000}
_CIRCLED_PAREN = {chr(0x3220 + i): i + 1 for i in range(10)}  # ㈠…㈩
_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def cn_to_int(text: str) -> int | None:
    """Value of a Chinese numeral (一, 十二, 二十三, 一百零五, 二〇二〇), or None."""
    if not text:
        return None
    if text.isdigit():
        return int(text)
    if all(ch in _DIGIT for ch in text) and len(text) > 1:  # 二〇二〇 digit by digit
        return int("".join(str(_DIGIT[ch]) for ch in text))
    total, current = 0, 0
    for ch in text:
        if ch in _DIGIT:
            current = _DIGIT[ch]
        elif ch in _UNIT:
            total += (current or 1) * _UNIT[ch]
            current = 0
        else:
            return None
    return total + current


def int_to_cn(number: int) -> str:
    """Chinese numeral for 0 < number < 10000 as written in headings (十一, 二十, 一百零五)."""
    digits = "零一二三四五六七八九"
    if not 0 <= number < 10000:
        return str(number)  # no real document numbers this far; never fail on one that does
    if number < 10:
        return digits[number]
    if number < 20:
        return "十" + (digits[number - 10] if number > 10 else "")
    parts: list[str] = []
    for unit_value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit, number = divmod(number, unit_value)
        if digit:
            parts.append(digits[digit] + unit)
        elif parts and number and not parts[-1].endswith("零"):
            parts.append("零")
    return "".join(parts).rstrip("零")


@dataclass(frozen=True)
class Marker:
    kind: OutlineKind  # never PART, SECTION or XIANG: the builder decides those
    label: str  # as written: "一、" "(一)" "1、" "（1）" "1.2" "第三条之一"
    number: int
    rest: str  # the paragraph after the label, leading spaces removed
    sub: int = 0  # 之N of 第N条之N, else 0
    run_on: bool = False  # "第二条规范管理…": run on into a word a cross-reference also starts with

    @property
    def depth(self) -> int:
        """Depth of a decimal label (1.2.1 → 3); 1 for every other kind."""
        return self.label.count(".") + 1 if self.kind == OutlineKind.DECIMAL else 1


_N = CN_NUMERALS
_SPACE = " \t\u3000\u00a0"
_LAW = re.compile(rf"第([{_N}\d]{{1,8}})(分编|编|章|节|条)(?:之([{_N}]{{1,3}}))?")
_CN = re.compile(r"([一二三四五六七八九十百零〇]{1,4})(?:[、．]|\.(?!\d))")
_CN_PAREN = re.compile(r"[（(]([一二三四五六七八九十百零〇]{1,5})[）)]|([㈠-㈩])")
# "1." must not be followed by a digit ("2.5", a split PM2.5), nor by a letter unless Chinese
# follows soon: "5.R&D 就业人员数" is an item, "1.png" and "3.5G" are not.
_ARABIC = re.compile(r"(\d{1,3})(?:[.．](?!\d)(?![A-Za-z](?![^\u4e00-\u9fff]{0,10}[\u4e00-\u9fff]))|、)")
_ARABIC_PAREN = re.compile(r"[（(](\d{1,2})[）)]")
_DECIMAL = re.compile(r"(\d{1,2}(?:\.\d{1,2}){0,3})[ \u3000]+(?=[\u4e00-\u9fff])")
# "1.1编制目的" with no space: only a short standalone heading, never "2.5亿元" or "1.5倍".
_DECIMAL_ALONE = re.compile(r"(\d{1,2}(?:\.\d{1,2}){1,3})[ \u3000]*")
_DECIMAL_TIGHT = re.compile(r"(\d{1,2}(?:\.\d{1,2}){1,3})(?=[\u4e00-\u9fff])")
_UNITS = set("亿万千百十元角分倍个只件台套人户次项条款年月日时号期批米吨度公里亩辆所家座%％")
_SENTENCE = re.compile(r"[。；;，,！!？?]")
# What follows "第十条" when it can only be a cross-reference ("第十条的规定", "第十条、第十一条");
# after any other character an article is told by its place (the builder wants the next number).
_CROSS_REFERENCE = tuple("、，,的所至和及或")
_MAYBE_REFERENCE = tuple("规中第款项以")


_HAS_FULLWIDTH_DIGIT = re.compile("[０-９]")
_MARKER_STARTS = frozenset("第（(㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩0123456789０１２３４５６７８９一二三四五六七八九十百零〇")


def match_marker(paragraph: str) -> Marker | None:
    """The numbering marker a paragraph starts with, or None."""
    if not paragraph or paragraph[0] not in _MARKER_STARTS:
        return None  # most paragraphs: decided by their first character
    head = paragraph[:24]
    if _HAS_FULLWIDTH_DIGIT.search(head):
        head = head.translate(_FULLWIDTH_DIGITS)
    if head.startswith("第"):
        return _law_marker(paragraph, head)
    for kind, pattern in (
        (OutlineKind.CN, _CN),
        (OutlineKind.CN_PAREN, _CN_PAREN),
        (OutlineKind.ARABIC_PAREN, _ARABIC_PAREN),
    ):
        m = pattern.match(head)
        if m:
            raw = m.group(1) or m.group(2)
            number = _CIRCLED_PAREN.get(raw) or cn_to_int(raw)
            if number is None or number == 0:
                return None
            return Marker(kind, paragraph[: m.end()], number, paragraph[m.end() :].lstrip(_SPACE))
    m = _DECIMAL.match(head)
    # "1 范围" (a standard's level 1) is a short title; "18 个月，且不得…" is a wrapped line
    if m and ("." in m.group(1) or (len(paragraph) <= 40 and not _SENTENCE.search(paragraph))):
        return Marker(
            OutlineKind.DECIMAL, m.group(1), int(m.group(1).split(".")[0]), paragraph[m.end() :].lstrip(_SPACE)
        )
    m = _DECIMAL_ALONE.fullmatch(paragraph)
    if m:  # "1.1" alone on its line, its title on the next (the builder decides)
        return Marker(OutlineKind.DECIMAL, m.group(1), int(m.group(1).split(".")[0]), "")
    m = _DECIMAL_TIGHT.match(head)
    if m and len(paragraph) <= 30 and paragraph[m.end()] not in _UNITS and not _SENTENCE.search(paragraph):
        return Marker(OutlineKind.DECIMAL, m.group(1), int(m.group(1).split(".")[0]), paragraph[m.end() :])
    m = _ARABIC.match(head)
    if m and int(m.group(1)) > 0:
        return Marker(OutlineKind.ARABIC, paragraph[: m.end()], int(m.group(1)), paragraph[m.end() :].lstrip(_SPACE))
    return None


def _law_marker(paragraph: str, head: str) -> Marker | None:
    m = _LAW.match(head)
    if not m:
        return None
    number = cn_to_int(m.group(1))
    if not number:
        return None
    rest = paragraph[m.end() :]
    if rest.startswith(_CROSS_REFERENCE):
        return None
    sub = cn_to_int(m.group(3)) if m.group(3) else 0
    run_on = rest.startswith(_MAYBE_REFERENCE)
    if run_on and m.group(2) != "条":
        return None  # "第三章规定的…": only an article is ever written without a separator
    return Marker(LAW_UNIT_KINDS[m.group(2)], paragraph[: m.end()], number, rest.lstrip(_SPACE), sub or 0, run_on)


def next_label_variants(marker: Marker) -> tuple[str, ...]:
    """How the next number of the same shape would be written (for spotting inline lists)."""
    n = marker.number + 1
    return tuple(shape.format(cn=int_to_cn(n), n=n) for shape in OUTLINE_RULES[marker.kind].next_written)
