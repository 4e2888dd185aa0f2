"""When a numbered paragraph is a heading, and when a title line opens a part: the rules the
outline builder asks before it opens a node. Each rule is one class of real documents' traps (see
tests/core/test_traps*.py); they read the builder's state and change only the list flags."""

from __future__ import annotations

import bisect
import re

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


class HeadingRules:
    """Mixed into the outline builder, whose state these are."""

    paragraphs: list[str]
    starts: list[int]
    stack: list[BuildNode]
    last_tiao: tuple[int, int]
    saw_tiao: bool
    marked_up: set[int]
    in_form: bool
    in_table: bool
    in_attachment_list: bool
    in_semicolon_list: bool
    last_item: int
    last_heading: int
    last_top_decimal: int  # the last "3 标题" (a decimal without a dot), 0 before the first

    def _accept(self, index: int, marker: Marker, kind: str) -> bool:
        text = self.paragraphs[index]
        if self.in_form:
            return False  # "一、申请机构信息" in a flattened 申请表 is a table caption
        if kind == "tiao" and marker.run_on:
            # "第二条规范管理…" with no separator: an article only as the very next number
            return (marker.number, marker.sub) in (
                (self.last_tiao[0] + 1, 0),
                (self.last_tiao[0], self.last_tiao[1] + 1),
            )
        if kind == "tiao":
            return (marker.number, marker.sub) > self.last_tiao
        if kind in ("bian", "fenbian", "zhang", "jie") and _NOT_A_UNIT_TITLE.search(marker.rest):
            # "第四章关于报告的听取…；…" is a sentence a line break cut; "第五章 监督 第六章 附则" a 目录
            return False
        if kind == "decimal" and not self._decimal_in_place(marker):
            return False
        if kind == "xiang" and marker.number != 1:
            # items run 1, 2, 3 in their article: "第（五）" wrapped before "（十二）项规定…" is not one
            article = next(n for n in reversed(self.stack) if n.kind == "tiao")
            items = [n for n in article.children if n.kind == "xiang"]
            previous = items[-1].number if items else self._run_in_item(article)
            if marker.number != previous + 1:
                return False
        if kind == "arabic" and self.in_attachment_list:
            return False
        if self.in_table and (kind == "arabic" or (kind == "decimal" and marker.depth == 1)):
            return False  # "1 交通信号识别及响应" under a "序号 检测项目" header: a table row
        if kind == "arabic" and self.saw_tiao and self._in_title_list(index):
            return False
        # "1.《申请表》；" "2.《评估表》。": a list of items run on with semicolons, not headings
        # (inside an article the same shape is a 目 and is one)
        listed = text.endswith("；") or (self.in_semicolon_list and index == self.last_item + 1)
        if kind == "arabic" and listed and not any(n.kind == "tiao" for n in self.stack) and not self._announced():
            self.in_semicolon_list, self.last_item = True, index
            return False
        self.in_semicolon_list = False
        if kind == "decimal" and not marker.rest:
            # a number alone is a heading only when a short title line follows ("1.1" / "适用范围"),
            # never "2.5" split from PM2.5 before the rest of its sentence
            following = self.paragraphs[index + 1] if index + 1 < len(self.paragraphs) else ""
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
                index == self.last_heading + 1 and self.stack and self.paragraphs[index - 1].endswith(("：", ":"))
            )
            return bool(announced) or self._continues_at_line_start(index, inline)
        return True

    def _announced(self) -> bool:
        """The heading above announces a list ("（三）对存在下列问题的社会团体要进行整改。"): its
        items "1.未依照章程开展业务活动的；" are citable units (三（三）1), unlike a list of
        materials under a bare title ("（一）就业见习基地" / "1.《申请表》；")."""
        rank = OUTLINE_RULES[OutlineKind.ARABIC].rank
        parent = next((n for n in reversed(self.stack) if n.rank < rank), None)
        return parent is not None and parent.kind != "part" and _ANNOUNCES.search(parent.heading) is not None

    def _continues_at_line_start(self, index: int, last_inline: Marker) -> bool:
        for text in self.paragraphs[index + 1 : index + 12]:
            marker = match_marker(text)
            if marker is None:
                continue
            return marker.kind == last_inline.kind and marker.number == last_inline.number + 1
        return False

    def _decimal_in_place(self, marker: Marker) -> bool:
        """Decimal numbers go on from where the numbering is: "2.4" under an open 2 (a 2., a 第2章 or
        a 2.x sibling), "3" right after "2". A table's "93.91 罗湖区" or a wrapped "3 岁以下" is not."""
        parts = [int(p) for p in marker.label.split(".")]
        if len(parts) == 1:
            return parts[0] in (1, self.last_top_decimal + 1)
        numbered = [n for n in self.stack if n.kind in ("decimal", "arabic", "zhang", "jie", "cn")]
        if not numbered:
            return parts[0] <= 20 and all(p <= 50 for p in parts[1:])
        prefix = ".".join(str(p) for p in parts[:-1])
        return any(
            number_path(n) == prefix or (n.kind == "decimal" and n.label.rsplit(".", 1)[0] == prefix) for n in numbered
        )

    def _in_title_list(self, index: int) -> bool:
        """ "1.甲类物项目录" "2.乙类物项目录" one after another with no text between, in an
        attachment after a law's articles, right under its title: a list of titles, not an outline
        of headings (under an annex's own 一、/（一） the same lines are its headings)."""
        if any(n.kind != "part" for n in self.stack):
            return False

        def bare_item(i: int) -> bool:
            text = self.paragraphs[i] if 0 <= i < len(self.paragraphs) else ""
            m = match_marker(text)
            # a title may hold 、 or （边）, never a sentence: "7．关于惩治捕杀…珍贵、濒危野生动物犯罪的补充规定"
            return m is not None and m.kind == "arabic" and len(text) <= 60 and not _SENTENCE.search(m.rest)

        return bare_item(index) and (bare_item(index + 1) or bare_item(index - 1))

    def opens_part(self, index: int) -> bool:
        """A title line opens a part on structural evidence: nothing numbered has begun yet (the
        cover, the first document), it names a 第X部分, or the numbering restarts after it. A short
        line such as "重点行动" between two （N） headings is body text, whatever word it ends with."""
        if not self.stack or index in self.marked_up or is_numbered_part(self.paragraphs[index]):
            return True
        for text in self.paragraphs[index + 1 : index + 40]:
            marker = match_marker(text)
            if marker is not None:
                return marker.number == 1
        return True  # a form or table with no numbering of its own

    def _run_in_item(self, article: BuildNode) -> int:
        """The number of an item run into the article's own line ("第二十九条 …：（一）登记申请书；")."""
        index = bisect.bisect_right(self.starts, article.start) - 1
        m = _RUN_IN_ITEM.search(self.paragraphs[index])
        return (cn_to_int(m.group(1)) or 0) if m else 0


def number_path(node: BuildNode) -> str:
    """How a decimal number names this node as its parent: "2.4" for 2.4, "2" for 2. or 第2章."""
    return node.label if node.kind == "decimal" else str(node.number)


def _inline_at(body: str, label: str) -> bool:
    at = body.find(label)
    return at >= 0 and (at == 0 or body[at - 1] != "第")
