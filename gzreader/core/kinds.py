"""The kinds of things gzreader names, as types, each with one table of its rules."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class OutlineKind(StrEnum):
    """Outline kinds, outermost first (DESIGN.md's table)."""

    PART = "part"
    SECTION = "section"  # an un-numbered unit among a law's own: 序言 before 第一章
    BIAN = "bian"
    FENBIAN = "fenbian"
    ZHANG = "zhang"
    JIE = "jie"
    TIAO = "tiao"
    XIANG = "xiang"
    CN = "cn"
    CN_PAREN = "cn_paren"
    ARABIC = "arabic"
    ARABIC_PAREN = "arabic_paren"
    DECIMAL = "decimal"


@dataclass(frozen=True)
class OutlineRule:
    rank: int  # nesting depth by marker shape (a decimal adds its own depth)
    spaced: bool  # "第一章 总则": a space between label and title when shown
    law_unit: bool  # 编/分编/章/节/条: the units of a law


OUTLINE_RULES: dict[OutlineKind, OutlineRule] = {
    OutlineKind.PART: OutlineRule(0, False, False),
    OutlineKind.SECTION: OutlineRule(1, False, True),  # closed by the first 编/章/节/条 after it
    OutlineKind.BIAN: OutlineRule(1, True, True),
    OutlineKind.FENBIAN: OutlineRule(2, True, True),
    OutlineKind.ZHANG: OutlineRule(3, True, True),
    OutlineKind.JIE: OutlineRule(4, True, True),
    OutlineKind.TIAO: OutlineRule(5, True, True),
    OutlineKind.XIANG: OutlineRule(6, False, False),
    OutlineKind.CN: OutlineRule(6, False, False),
    OutlineKind.CN_PAREN: OutlineRule(7, False, False),
    OutlineKind.ARABIC: OutlineRule(8, False, False),
    OutlineKind.ARABIC_PAREN: OutlineRule(9, False, False),
    OutlineKind.DECIMAL: OutlineRule(5, True, False),
}


class AnnotationKind(StrEnum):
    HIGHLIGHT = "highlight"
    NOTE = "note"
    BOOKMARK = "bookmark"


@dataclass(frozen=True)
class AnnotationRule:
    motivation: str  # the W3C Web Annotation motivation
    name_zh: str  # how a brief names it
    excerpt: bool  # printed as an excerpt in a brief (bookmarks are listed apart)


ANNOTATION_RULES: dict[AnnotationKind, AnnotationRule] = {
    AnnotationKind.HIGHLIGHT: AnnotationRule("highlighting", "高亮", True),
    AnnotationKind.NOTE: AnnotationRule("commenting", "批注", True),
    AnnotationKind.BOOKMARK: AnnotationRule("bookmarking", "书签", False),
}
