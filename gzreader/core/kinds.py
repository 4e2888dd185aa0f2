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
    gongwen: bool  # 一、 （一） 1. （1）: the 公文 levels, which wrap over lines and run on in inline lists
    word: str  # the unit word after 第X (编 分编 章 节 条); "" for the others
    example: str  # how a heading of the kind looks (menus offer it); "" when a reader never makes one
    scale: float  # heading size in the reading pane, relative to the body text


OUTLINE_RULES: dict[OutlineKind, OutlineRule] = {
    OutlineKind.PART: OutlineRule(0, False, False, False, "", "", 1.45),
    # closed by the first 编/章/节/条 after it
    OutlineKind.SECTION: OutlineRule(1, False, True, False, "", "", 1.0),
    OutlineKind.BIAN: OutlineRule(1, True, True, False, "编", "", 1.35),
    OutlineKind.FENBIAN: OutlineRule(2, True, True, False, "分编", "", 1.3),
    OutlineKind.ZHANG: OutlineRule(3, True, True, False, "章", "第一章", 1.3),
    OutlineKind.JIE: OutlineRule(4, True, True, False, "节", "第一节", 1.2),
    OutlineKind.TIAO: OutlineRule(5, True, True, False, "条", "第一条", 1.0),
    OutlineKind.XIANG: OutlineRule(6, False, False, False, "", "", 1.0),
    OutlineKind.CN: OutlineRule(6, False, False, True, "", "一、", 1.2),
    OutlineKind.CN_PAREN: OutlineRule(7, False, False, True, "", "（一）", 1.05),
    OutlineKind.ARABIC: OutlineRule(8, False, False, True, "", "1.", 1.0),
    OutlineKind.ARABIC_PAREN: OutlineRule(9, False, False, True, "", "（1）", 1.0),
    OutlineKind.DECIMAL: OutlineRule(5, True, False, False, "", "1.1", 1.1),
}
LAW_UNIT_KINDS = {rule.word: kind for kind, rule in OUTLINE_RULES.items() if rule.word}


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
