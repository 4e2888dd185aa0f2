"""Structure recognition: cleaned lines to an outline tree.

Levels come from the shape of the marker (一、 > （一） > 1. > （1）; 编 > 章 > 节 > 条 > 项), not
from numbering restarts, because real documents number on across sections. Un-numbered title
lines open parts (cover notice, each attached document) on structural evidence. Lines become
paragraphs in paragraphs.py; whether a numbered paragraph is a heading is heading_rules.py's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from gzreader.core.anchoring.citation import Citation
from gzreader.core.formats.formats import Line
from gzreader.core.kinds import OUTLINE_RULES, OutlineKind
from gzreader.core.model import OutlineNode
from gzreader.core.outline.heading_rules import BuildState, accept, number_path, opens_part
from gzreader.core.outline.node import BuildNode
from gzreader.core.outline.numbering import Marker, int_to_cn, match_marker
from gzreader.core.outline.paragraphs import merge_titles
from gzreader.core.outline.titles import (
    attachment_title,
    collapse_letter_spacing,
    is_attachment_list,
    is_attachment_marker,
    is_numbered_part,
    is_title_like,
)

_LETTER_SPACED = re.compile(r"^[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff])+$")
_SPACES = " \t\u3000"
_NOTES = re.compile(r"(?:备\s*)?注\s*[：:]")
_PREAMBLE = re.compile(r"序[ \u3000]*言")
_TABLE_HEADER = re.compile(r"序\s*号(?:[ \t\u3000]|$)")  # the header row of a table flattened into lines


@dataclass(frozen=True)
class Outline:
    paragraphs: list[str]
    nodes: tuple[OutlineNode, ...]
    part_titles: list[str]


class _Builder:
    """Builds the outline paragraph by paragraph; the only writer of its BuildState."""

    def __init__(self, paragraphs: list[str], doc_title: str, unsure: set[int], marked_up: set[int]) -> None:
        starts: list[int] = []
        offset = 0
        for p in paragraphs:
            starts.append(offset)
            offset += len(p) + 1
        self.state = BuildState(paragraphs, starts, unsure, marked_up)
        self.length = max(0, offset - 1)
        self.roots: list[BuildNode] = []
        self.parts = 0
        self.part_title = doc_title  # cited until the first part title
        self.part_prefix = ""
        self.part_titles: list[str] = []
        self.ids: set[str] = set()
        self.suffixes: dict[str, int] = {}

    # --- stack ---------------------------------------------------------------------------
    def close_to(self, rank: float, index: int) -> None:
        end = self.state.starts[index] - 1 if index > 0 else 0
        while self.state.stack and self.state.stack[-1].rank >= rank:
            self.state.stack.pop().end = max(end, 0)

    def attach(self, node: BuildNode) -> None:
        """Hang `node` under the innermost open heading, give it a unique id and its citation."""
        parent = self.state.stack[-1] if self.state.stack else None
        siblings = parent.children if parent else self.roots
        base = (parent.id + "/" if parent and node.kind != OutlineKind.TIAO else self._part_prefix()) + node.segment
        node_id, n = base, self.suffixes.get(base, 1)
        while node_id in self.ids:  # the next free "~n" for this base, remembered: 20,000 equal
            n += 1  # headings took 27 s when every one counted up from 1
            node_id = f"{base}~{n}"
        self.suffixes[base] = n
        self.ids.add(node_id)
        node.id = node_id
        node.citation = self._citation(node)
        siblings.append(node)
        self.state.stack.append(node)

    def _part_prefix(self) -> str:
        part = next((n for n in self.state.stack if n.kind == OutlineKind.PART), None)
        return part.id + "/" if part else ""

    def _citation(self, node: BuildNode) -> Citation:
        pieces: list[str] = [self.part_prefix] if self.part_prefix else []
        for n in [*self.state.stack, node]:
            cited = OUTLINE_RULES[n.kind].cited
            if n.kind == OutlineKind.TIAO:
                pieces = [n.segment]  # articles are numbered through the whole law
            elif n.kind == OutlineKind.DECIMAL:
                pieces = [p for p in pieces if not p[:1].isdigit()] + [n.segment]  # 1.2 names its path
            elif n.kind != OutlineKind.PART:
                pieces.append(cited.format(cn=int_to_cn(n.number), n=n.number) if cited else n.segment)
        return Citation(self.part_title, "".join(pieces))

    # --- headings ------------------------------------------------------------------------
    def open_part(self, index: int, title_index: int) -> None:
        """Close everything and open a part at paragraph `index`, titled by paragraph `title_index`."""
        self.close_to(0, index)
        self.parts += 1
        title = _collapse_letter_spacing(
            attachment_title(self.state.paragraphs[title_index]) or self.state.paragraphs[title_index]
        )
        numbered = re.match(r"第[一二三四五六七八九十]+部分", title) if is_numbered_part(title) else None
        # 第二部分 is cited inside its document: 《规划》第二部分一, not 《第二部分》一.
        self.part_prefix = numbered.group(0) if numbered else ""
        if not numbered:
            self.part_title = title
        self.part_titles.append(title)
        self.state.in_form = _is_form_title(title)
        self.state.in_table = False
        self.state.last_tiao = (0, 0)
        node = BuildNode(
            OutlineKind.PART,
            0,
            "",
            title,
            self.state.paragraphs[title_index],
            self.state.starts[index],
            segment=f"p{self.parts}",
            heading_start=self.state.starts[title_index],
        )
        self.attach(node)
        self.state.last_heading = title_index

    def open_section(self, index: int) -> None:
        """序言: a unit of the law beside its chapters, not a part holding them."""
        rank = OUTLINE_RULES[OutlineKind.SECTION].rank
        self.close_to(rank, index)
        text = self.state.paragraphs[index]
        self.attach(BuildNode(OutlineKind.SECTION, rank, "", "序言", text, self.state.starts[index], segment="序言"))
        self.state.last_heading = index

    def add_heading(self, index: int, marker: Marker) -> bool:
        """Open a heading at paragraph `index`, or return False if the marker is not a heading there."""
        text = self.state.paragraphs[index]
        kind = marker.kind
        if kind == OutlineKind.CN_PAREN and any(n.kind == OutlineKind.TIAO for n in self.state.stack):
            kind = OutlineKind.XIANG
        verdict = accept(self.state, index, marker, kind)
        if verdict.semicolon_list is not None:
            self.state.in_semicolon_list = verdict.semicolon_list
            if verdict.semicolon_list:
                self.state.last_item = index
        if not verdict.heading:
            return False
        if kind == OutlineKind.CN and marker.number == 1 and self._restarts_cn():
            found = self._title_since_last_heading(index)
            if found is not None:
                self.open_part(*found)
        rank = self._decimal_rank(marker) if kind == OutlineKind.DECIMAL else OUTLINE_RULES[kind].rank
        if OUTLINE_RULES[kind].law_unit and any(n.kind == OutlineKind.SECTION for n in self.state.stack):
            self.close_to(OUTLINE_RULES[OutlineKind.SECTION].rank, index)  # 第一章 ends the 序言
        self.close_to(rank, index)
        heading, title = _heading_and_title(text, marker, kind)
        if kind == OutlineKind.DECIMAL and not marker.rest:
            title = self.state.paragraphs[index + 1]  # "1.1" / "适用范围": checked by accept
        node = BuildNode(
            kind,
            rank,
            marker.label,
            title,
            heading,
            self.state.starts[index],
            marker.number,
            marker.sub,
            _segment(kind, marker),
        )
        node.low_confidence = (
            index in self.state.unsure or (kind == OutlineKind.DECIMAL and marker.depth == 1) or marker.run_on
        )
        self.attach(node)
        self.state.last_heading = index
        parent = self.state.stack[-2] if len(self.state.stack) > 1 else None
        if (
            kind == OutlineKind.DECIMAL
            and parent is not None
            and parent.kind == OutlineKind.DECIMAL
            and parent.label.count(".") == 0
        ):
            parent.low_confidence = False  # "1　总则" is a heading for sure once "1.1" sits under it
        if kind == OutlineKind.TIAO:
            self.state.last_tiao = (marker.number, marker.sub)
            self.state.saw_tiao = True
        if kind == OutlineKind.DECIMAL and marker.depth == 1:
            self.state.last_top_decimal = marker.number
        return True

    def _decimal_rank(self, marker: Marker) -> float:
        """2.4.4 hangs under the open 2.4 (or under "2." written as a 公文 level: 三、>（二）>2.>2.4),
        whatever their kinds' ranks; a decimal without such a parent ranks by its depth."""
        prefix = marker.label.rsplit(".", 1)[0] if "." in marker.label else None
        for node in reversed(self.state.stack):
            if (
                prefix is not None
                and node.kind in (OutlineKind.DECIMAL, OutlineKind.ARABIC)
                and number_path(node) == prefix
            ):
                return node.rank + 0.1
            if node.kind == OutlineKind.DECIMAL and node.label.count(".") == marker.label.count("."):
                return node.rank  # a sibling: 2.4.5 after 2.4.4
        return 5 + marker.depth

    def _restarts_cn(self) -> bool:
        container = next((n for n in reversed(self.state.stack) if n.rank < OUTLINE_RULES[OutlineKind.CN].rank), None)
        siblings = container.children if container else self.roots
        return any(n.kind == OutlineKind.CN for n in siblings)

    def _title_since_last_heading(self, index: int) -> tuple[int, int] | None:
        """(part start, title) of an un-marked title between the last heading and `index`."""
        for i in range(self.state.last_heading + 1, index):
            if is_title_like(self.state.paragraphs[i]):
                marker = i - 1 if i > 0 and is_attachment_marker(self.state.paragraphs[i - 1]) else i
                return marker, i
        return None

    def build(self, titles: set[int], attachments: set[int], cells: set[int]) -> list[OutlineNode]:
        state = self.state
        for i, text in enumerate(state.paragraphs):
            if i in cells:
                continue  # "1.重点人群签约服务覆盖率" in an indicator table is a cell, not a heading
            if _TABLE_HEADER.match(text):
                state.in_table = True
            if _PREAMBLE.fullmatch(text) and state.stack:
                self.open_section(i)
                continue
            if i in attachments:
                self.open_part(i, i if i in titles else i + 1)
                continue
            if i in titles and opens_part(state, i):
                if i - 1 not in attachments or (i - 1) in titles:
                    self.open_part(i, i)
                continue
            marker = match_marker(text)
            if not (marker and self.add_heading(i, marker)):
                # "附件：1.…" or a table's "注：": the numbered lines that follow are a list, not headings
                listed = is_attachment_list(text) or _NOTES.fullmatch(text) is not None
                state.in_attachment_list = listed or (state.in_attachment_list and marker is not None)
            else:
                state.in_attachment_list = False
        while state.stack:
            state.stack.pop().end = self.length
        return [n.freeze() for n in self.roots]


def build_outline(lines: list[Line], fallback_title: str) -> Outline:
    merged = merge_titles(lines)
    builder = _Builder(merged.texts, fallback_title, merged.unsure, merged.marked_up)
    nodes = builder.build(merged.titles, merged.attachments, merged.cells)
    return Outline(merged.texts, tuple(nodes), builder.part_titles)


def _segment(kind: OutlineKind, marker: Marker) -> str:
    """The node's part of its id: 十二, (3), 第五条之一, 2.4."""
    rule = OUTLINE_RULES[kind]
    if not rule.segment:
        return marker.label
    segment = rule.segment.format(cn=int_to_cn(marker.number), n=marker.number, word=rule.word)
    return segment + (f"之{int_to_cn(marker.sub)}" if marker.sub else "")


def _heading_and_title(text: str, marker: Marker, kind: OutlineKind) -> tuple[str, str]:
    """The heading as written and its title: run-in headings end at the first 。."""
    if kind == OutlineKind.TIAO:
        m = re.match(r"[【\[［]([^】\]］]{1,30})[】\]］]", marker.rest)
        return marker.label, m.group(1) if m else ""
    stops = "。；;" if kind == OutlineKind.XIANG else "。"
    cut = min((p for p in (text.find(s, len(marker.label)) for s in stops) if p >= 0), default=-1)
    heading = text if cut < 0 else text[: cut + 1]
    title = heading[len(marker.label) :].strip(_SPACES).rstrip("。；;").strip(_SPACES)
    if cut < 0 and title.endswith(("：", ":")):
        title = title[:-1]
    return heading, _collapse_letter_spacing(title)


def _is_form_title(title: str) -> bool:
    """A form or table attached to a document (…申请表, …登记表, …一览表): its numbered rows are
    captions of table sections, not outline headings."""
    return re.sub(r"[（(][^）)]*[）)]$", "", title.strip()).endswith("表")


def _collapse_letter_spacing(title: str) -> str:
    """ "总 则" → "总则": titles spaced out letter by letter for typography."""
    return re.sub(r"[ \u3000]+", "", title) if _LETTER_SPACED.match(title) else collapse_letter_spacing(title)
