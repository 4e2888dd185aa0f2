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
    """What gzreader knows of one outline kind. Formats take {cn} (the number as 十二) and {n} (12)."""

    rank: int  # nesting depth by marker shape (a decimal adds its own depth)
    spaced: bool  # "第一章 总则": a space between label and title when shown
    law_unit: bool  # 编/分编/章/节/条: the units of a law
    gongwen: bool  # 一、 （一） 1. （1）: the 公文 levels, which wrap over lines and run on in inline lists
    word: str  # the unit word after 第X (编 分编 章 节 条); "" for the others
    example: str  # how a heading of the kind looks (menus offer it); "" when a reader never makes one
    scale: float  # heading size in the reading pane, relative to the body text
    space_above: int  # pixels above a heading of the kind in the reading pane
    segment: str  # its part of a node id: "十二" of p2/二/十二; "" for a decimal (its label)
    cited: str  # its part of a citation: 二（三）1（2）, 第五条第（三）项; "" for its segment
    next_written: tuple[str, ...]  # how the next number is written inside a line (inline lists)


_LAW = ("第{cn}{word}", "")
OUTLINE_RULES: dict[OutlineKind, OutlineRule] = {
    OutlineKind.PART: OutlineRule(0, False, False, False, "", "", 1.45, 18, "", "", ()),
    # closed by the first 编/章/节/条 after it
    OutlineKind.SECTION: OutlineRule(1, False, True, False, "", "", 1.0, 4, "序言", "", ()),
    OutlineKind.BIAN: OutlineRule(1, True, True, False, "编", "", 1.35, 10, *_LAW, ()),
    OutlineKind.FENBIAN: OutlineRule(2, True, True, False, "分编", "", 1.3, 4, *_LAW, ()),
    OutlineKind.ZHANG: OutlineRule(3, True, True, False, "章", "第一章", 1.3, 10, *_LAW, ()),
    OutlineKind.JIE: OutlineRule(4, True, True, False, "节", "第一节", 1.2, 10, *_LAW, ()),
    OutlineKind.TIAO: OutlineRule(5, True, True, False, "条", "第一条", 1.0, 4, *_LAW, ()),
    OutlineKind.XIANG: OutlineRule(6, False, False, False, "", "", 1.0, 4, "{cn}", "第（{cn}）项", ()),
    OutlineKind.CN: OutlineRule(6, False, False, True, "", "一、", 1.2, 10, "{cn}", "{cn}", ("{cn}、",)),
    OutlineKind.CN_PAREN: OutlineRule(
        7, False, False, True, "", "（一）", 1.05, 4, "{cn}", "（{cn}）", ("（{cn}）", "({cn})")
    ),
    OutlineKind.ARABIC: OutlineRule(8, False, False, True, "", "1.", 1.0, 4, "{n}", "{n}", ("{n}.", "{n}、", "{n}．")),
    OutlineKind.ARABIC_PAREN: OutlineRule(
        9, False, False, True, "", "（1）", 1.0, 4, "({n})", "（{n}）", ("（{n}）", "({n})")
    ),
    OutlineKind.DECIMAL: OutlineRule(5, True, False, False, "", "1.1", 1.1, 4, "", "", ()),
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
