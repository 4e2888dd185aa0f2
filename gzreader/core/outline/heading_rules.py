"""When a numbered paragraph is a heading, and when a title line opens a part: the rules the
outline builder asks before it opens a node. Each rule is one class of real documents' traps (see
tests/core/test_traps*.py). They are functions of the builder's state, which they read and never
write: what a rule learns on the way (a list run on with semicolons) comes back in its verdict."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from gzreader.core.kinds import OUTLINE_RULES, OutlineKind
from gzreader.core.outline.node import BuildNode
from gzreader.core.outline.numbering import Marker, cn_to_int, match_marker, next_label_variants
from gzreader.core.outline.paragraphs import ANY_PUNCT
from gzreader.core.outline.titles import is_numbered_part

_ANNOUNCES = re.compile(r"下列|如下|以下[^，。；]{0,6}[：:。]|[：:]$")
_SENTENCE = re.compile(r"[。；;！!？?，,：:]")
_RUN_IN_ITEM = re.compile(r"[：:]\s*[（(]([一二三四五六七八九十]{1,3})[）)]")


# What a 编/章/节 title never holds: another unit's label (a 目录 run into one line), a semicolon,
# or a long sentence ("第四章关于报告的听取…，…" is a line break in the middle of a citation).
_NOT_A_UNIT_TITLE = re.compile(r"第[一二三四五六七八九十百零〇\d]+[编章节]|；|^.{30,}[，。]")


@dataclass
class BuildState:
    """What the outline builder knows at a paragraph. Only the builder (structure.py) writes it."""

    paragraphs: list[str]
    starts: list[int]  # each paragraph's offset in the text
    unsure: set[int] = field(default_factory=set)  # paragraphs whose heading shape came from a guess
    marked_up: set[int] = field(default_factory=set)  # titles the source marked up as headings
    stack: list[BuildNode] = field(default_factory=list)  # the open headings, outermost first
    last_tiao: tuple[int, int] = (0, 0)  # (number, 之N) of the last article
    saw_tiao: bool = False  # a law's articles came before: what follows is its attachments
    in_form: bool = False  # inside a part that is a form or table (申请表 …): its rows are not headings
    in_table: bool = False  # after a "序号 …" header row, until the part ends
    in_attachment_list: bool = False  # after "附件：" or a table's "注：": numbered lines are a list
    in_semicolon_list: bool = False  # inside "1.…；" "2.…；" "3.…。"
    last_item: int = -1  # the paragraph of that list's last item
    last_heading: int = -1
    last_top_decimal: int = 0  # the last "3 标题" (a decimal without a dot), 0 before the first


@dataclass(frozen=True)
class Verdict:
    heading: bool
    # a list of items run on with semicolons: True when this paragraph is one of them, False when
    # it ends such a list, None when the rule did not get so far (the state stays as it was)
    semicolon_list: bool | None = None


_NOT_A_HEADING = Verdict(False)


def accept(state: BuildState, index: int, marker: Marker, kind: OutlineKind) -> Verdict:
    """Whether the marker `kind` (a cn_paren inside an article already made an item) opens a heading."""
    text = state.paragraphs[index]
    if state.in_form:
        return _NOT_A_HEADING  # "一、申请机构信息" in a flattened 申请表 is a table caption
    if kind == OutlineKind.TIAO and marker.run_on:
        # "第二条规范管理…" with no separator: an article only as the very next number
        last = state.last_tiao
        return Verdict((marker.number, marker.sub) in ((last[0] + 1, 0), (last[0], last[1] + 1)))
    if kind == OutlineKind.TIAO:
        return Verdict((marker.number, marker.sub) > state.last_tiao)
    if OUTLINE_RULES[kind].word and _NOT_A_UNIT_TITLE.search(marker.rest):
        # "第四章关于报告的听取…；…" is a sentence a line break cut; "第五章 监督 第六章 附则" a 目录
        return _NOT_A_HEADING
    if kind == OutlineKind.DECIMAL and not _decimal_in_place(state, marker):
        return _NOT_A_HEADING
    if kind == OutlineKind.XIANG and marker.number != 1:
        # items run 1, 2, 3 in their article: "第（五）" wrapped before "（十二）项规定…" is not one
        article = next(n for n in reversed(state.stack) if n.kind == OutlineKind.TIAO)
        items = [n for n in article.children if n.kind == OutlineKind.XIANG]
        previous = items[-1].number if items else _run_in_item(state, article)
        if marker.number != previous + 1:
            return _NOT_A_HEADING
    if kind == OutlineKind.ARABIC and state.in_attachment_list:
        return _NOT_A_HEADING
    if state.in_table and (kind == OutlineKind.ARABIC or (kind == OutlineKind.DECIMAL and marker.depth == 1)):
        return _NOT_A_HEADING  # "1 交通信号识别及响应" under a "序号 检测项目" header: a table row
    if kind == OutlineKind.ARABIC and state.saw_tiao and _in_title_list(state, index):
        return _NOT_A_HEADING
    # "1.《申请表》；" "2.《评估表》。": a list of items run on with semicolons, not headings
    # (inside an article the same shape is a 目 and is one)
    listed = text.endswith("；") or (state.in_semicolon_list and index == state.last_item + 1)
    in_article = any(n.kind == OutlineKind.TIAO for n in state.stack)
    if kind == OutlineKind.ARABIC and listed and not in_article and not _announced(state):
        return Verdict(False, semicolon_list=True)
    return Verdict(_is_heading_line(state, index, marker, kind), semicolon_list=False)


def _is_heading_line(state: BuildState, index: int, marker: Marker, kind: OutlineKind) -> bool:
    text = state.paragraphs[index]
    if kind == OutlineKind.DECIMAL and not marker.rest:
        # a number alone is a heading only when a short title line follows ("1.1" / "适用范围"),
        # never "2.5" split from PM2.5 before the rest of its sentence
        following = state.paragraphs[index + 1] if index + 1 < len(state.paragraphs) else ""
        return 0 < len(following) <= 30 and not ANY_PUNCT.search(following) and match_marker(following) is None
    body = text[len(marker.label) :]
    inline = marker
    while any(_inline_at(body, v) for v in next_label_variants(inline)):
        inline = Marker(inline.kind, inline.label, inline.number + 1, "")
    if inline is not marker:
        # "（1）…；（2）…" is an inline list, not a heading, unless the numbering goes on at the
        # start of a following line: "（1）建设数据中心。（2）…（3）…" then "（4）完善机制。"
        # it is one when it is the whole list a heading just announced ("10.…还应具备：")
        announced = (
            index == state.last_heading + 1 and state.stack and state.paragraphs[index - 1].endswith(("：", ":"))
        )
        return bool(announced) or _continues_at_line_start(state, index, inline)
    return True


def _announced(state: BuildState) -> bool:
    """The heading above announces a list ("（三）对存在下列问题的社会团体要进行整改。"): its
    items "1.未依照章程开展业务活动的；" are citable units (三（三）1), unlike a list of
    materials under a bare title ("（一）就业见习基地" / "1.《申请表》；")."""
    rank = OUTLINE_RULES[OutlineKind.ARABIC].rank
    parent = next((n for n in reversed(state.stack) if n.rank < rank), None)
    return parent is not None and parent.kind != OutlineKind.PART and _ANNOUNCES.search(parent.heading) is not None


def _continues_at_line_start(state: BuildState, index: int, last_inline: Marker) -> bool:
    for text in state.paragraphs[index + 1 : index + 12]:
        marker = match_marker(text)
        if marker is None:
            continue
        return marker.kind == last_inline.kind and marker.number == last_inline.number + 1
    return False


_NUMBERED = (OutlineKind.DECIMAL, OutlineKind.ARABIC, OutlineKind.ZHANG, OutlineKind.JIE, OutlineKind.CN)


def _decimal_in_place(state: BuildState, marker: Marker) -> bool:
    """Decimal numbers go on from where the numbering is: "2.4" under an open 2 (a 2., a 第2章 or
    a 2.x sibling), "3" right after "2". A table's "93.91 罗湖区" or a wrapped "3 岁以下" is not."""
    parts = [int(p) for p in marker.label.split(".")]
    if len(parts) == 1:
        return parts[0] in (1, state.last_top_decimal + 1)
    numbered = [n for n in state.stack if n.kind in _NUMBERED]
    if not numbered:
        return parts[0] <= 20 and all(p <= 50 for p in parts[1:])
    prefix = ".".join(str(p) for p in parts[:-1])
    return any(
        number_path(n) == prefix or (n.kind == OutlineKind.DECIMAL and n.label.rsplit(".", 1)[0] == prefix)
        for n in numbered
    )


def _in_title_list(state: BuildState, index: int) -> bool:
    """ "1.甲类物项目录" "2.乙类物项目录" one after another with no text between, in an
    attachment after a law's articles, right under its title: a list of titles, not an outline
    of headings (under an annex's own 一、/（一） the same lines are its headings)."""
    if any(n.kind != OutlineKind.PART for n in state.stack):
        return False

    def bare_item(i: int) -> bool:
        text = state.paragraphs[i] if 0 <= i < len(state.paragraphs) else ""
        m = match_marker(text)
        # a title may hold 、 or （边）, never a sentence: "7．关于惩治捕杀…珍贵、濒危野生动物犯罪的补充规定"
        return m is not None and m.kind == OutlineKind.ARABIC and len(text) <= 60 and not _SENTENCE.search(m.rest)

    return bare_item(index) and (bare_item(index + 1) or bare_item(index - 1))


def opens_part(state: BuildState, index: int) -> bool:
    """A title line opens a part on structural evidence: nothing numbered has begun yet (the
    cover, the first document), it names a 第X部分, or the numbering restarts after it. A short
    line such as "重点行动" between two （N） headings is body text, whatever word it ends with."""
    if not state.stack or index in state.marked_up or is_numbered_part(state.paragraphs[index]):
        return True
    for text in state.paragraphs[index + 1 : index + 40]:
        marker = match_marker(text)
        if marker is not None:
            return marker.number == 1
    return True  # a form or table with no numbering of its own


def _run_in_item(state: BuildState, article: BuildNode) -> int:
    """The number of an item run into the article's own line ("第二十九条 …：（一）登记申请书；")."""
    index = bisect.bisect_right(state.starts, article.start) - 1
    m = _RUN_IN_ITEM.search(state.paragraphs[index])
    return (cn_to_int(m.group(1)) or 0) if m else 0


def number_path(node: BuildNode) -> str:
    """How a decimal number names this node as its parent: "2.4" for 2.4, "2" for 2. or 第2章."""
    return node.label if node.kind == OutlineKind.DECIMAL else str(node.number)


def _inline_at(body: str, label: str) -> bool:
    at = body.find(label)
    return at >= 0 and (at == 0 or body[at - 1] != "第")
