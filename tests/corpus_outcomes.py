"""What the corpus's hand counts mean for the outline: each *.expected.json key is an exact count
of one outline kind, or is explained here (counted as some kind, or deliberately not a heading).
Shared by the corpus tests and the benchmark's per-document table."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from gzreader.core import Document

# Keys that are exact counts of one kind (the cover notice's points are cn too).
EXACT = {
    "一、": "cn",
    "（一）": "cn_paren",
    "1.": "arabic",
    "1、": "arabic",
    "（1）": "arabic_paren",
    "编": "bian",
    "章": "zhang",
    "节": "jie",
    "条": "tiao",
    "分编": "fenbian",
    "项（一）": "xiang",
    "1.1": "decimal",
    "1.1.1": "decimal",
    "1.1.1.1": "decimal",
}

# Keys the hand counts leave open, each with the outcome expected for that document: the kind it
# is counted as and whether it is a heading. Kind None: not a numbering the outline has a kind for
# (attachment markers open parts, 图N, page numbers, a subset already counted under another key);
# their false positives would show as a wrong count of the kinds above. Every key of every
# document is exact or listed here, so every number is exact or explained.
NOT_COUNTED = (None, False)
LENIENT: dict[str, dict[str, tuple[str | None, bool]]] = {
    "04": {"1.(名词解释 glossary)": ("arabic", True)},  # the glossary's entries are navigable nodes
    "05": {"节 (degraded: plain line without number or #)": ("jie", False)},  # a bare line is not a 节
    "07": {"一、(attachment form sections, not outline)": ("cn", False)},  # a form's rows are captions
    "09": {"节 (wikitext “=====第X节　…=====” lines, not converted to markdown)": ("jie", True)},
    "10": {
        "目录 (table-of-contents heading “目　　录”)": NOT_COUNTED,
        "章 (目录 entries, not headings)": ("zhang", False),
        "节 (目录 entries, not headings)": ("jie", False),
    },
    "12": {
        "附件 (attachment marker “附件：”)": NOT_COUNTED,
        "第X部分 (annex part lines, plain text)": NOT_COUNTED,  # parts of the annex
        "①": NOT_COUNTED,  # circled items stay in their paragraph
    },
    "14": {"- (YAML front-matter tag list items, not outline)": NOT_COUNTED},
    "15": {"章 (degraded: plain line without number or #)": ("zhang", False)},
    "16": {"项 (degraded: item lines without （一） marker)": ("xiang", False)},
    "17": {
        "附件：1、…6、 (attachment list entries after the last article)": ("arabic", False),
        "附件N (attachment headings)": NOT_COUNTED,  # each opens a part
    },
    "19": {"项（一） (run-in: “（一）登记申请书；” inside the 第二十九条 line)": ("xiang", False)},
    "20": {
        "附件N (attachment markers)": NOT_COUNTED,
        "1.(附件 list continuation line, not a heading)": ("arabic", False),
        "1.(附件1 table: indicator-name cells 1.-19., not headings)": ("arabic", False),
        "1.(附件1 table: numbered check items inside a cell, not headings)": ("arabic", False),
        "N (附件2 table: bare 序号 cells, not headings)": ("decimal", False),
    },
    "21": {
        "1.(附件 list items, full-width, not headings)": ("arabic", False),
        "附件N：….doc (download links, attachments not in the page)": NOT_COUNTED,
    },
    "22": {"附件N.docx (download links, attachments not in the page)": NOT_COUNTED},
    "23": {"一是(run-in enumeration)": NOT_COUNTED},
    "24": {
        "toc_entries (目录, not headings)": NOT_COUNTED,  # would show as extra 一、/（一）
        "附件N (attachment markers)": NOT_COUNTED,
        "1.(附件 list continuation line, not a heading)": ("arabic", False),
        "page_number_lines (bare page numbers 1-38)": ("decimal", False),
        "N (附件 table rows “1 A基础共性…”, not headings)": ("decimal", False),
        "图N (figure captions)": NOT_COUNTED,
    },
    "25": {
        "第X章 (glued to the end of the previous line, not at line start)": ("zhang", True),
        "1.1 (glued mid-line)": ("decimal", True),
        "1.1.1 (glued mid-line)": ("decimal", True),
        "1.1.1.1 (glued mid-line)": ("decimal", True),
        "1.1 (number-only line, title on the next line)": NOT_COUNTED,  # 22 of the 25 under "1.1"
        "1）(run-in list items, not headings)": NOT_COUNTED,
        "page_number_lines": ("decimal", False),
    },
    "26": {
        "1.(目 under 第十二条（四）)": ("arabic", True),
        "（一）(false positive: wrapped cross-reference “（十二）项规定…”)": ("xiang", False),
        "附件N (attachment markers)": NOT_COUNTED,
        "1.(附件 list items, not headings)": ("arabic", False),
        "（一）(附件2 list of application materials)": ("cn_paren", True),
        "N (附件1 table rows “1 交通信号识别…”, not headings)": ("decimal", False),
        "N (other lines starting with a number and a space: date, wrapped numbers)": ("decimal", False),
        "— N — (page footer lines)": NOT_COUNTED,
        "一、(appended foreign document: 内河船舶绿色智能发展 意见)": ("cn", True),
        "（一）(appended foreign document)": ("cn_paren", True),
    },
    "27": {
        "1.(附件 lists of application materials, not headings)": ("arabic", False),
        "1.(附表 list items, not headings)": ("arabic", False),
        "附件 (attachment marker)": NOT_COUNTED,
        "附表N (form markers)": NOT_COUNTED,
    },
    "28": {"附件 (attachment marker)": NOT_COUNTED, "图N (figure captions, one line holds two)": NOT_COUNTED},
    "30": {
        "1.(decimal level 1 written “N.” before the title)": ("arabic", True),
        "(a)(list items at line start, not headings)": NOT_COUNTED,
        "(a)(list markers glued mid-line, not counted as items)": NOT_COUNTED,
    },
    "35": {"1.(名词解释 glossary)": ("arabic", True)},  # as in 04
    "36": {
        "1\u3000(decimal level 1)": ("decimal", True),  # "1　总则": an emergency plan's top level
        "toc_entries (目录, not headings)": NOT_COUNTED,  # would show as extra decimals
    },
    "39": {"1.(注, notes list)": ("arabic", False)},  # the notes under a table's "注："
    "43": {"序言 (un-numbered ## heading)": ("section", True)},  # beside the chapters, not holding them
    "44": {
        "条之N (inserted articles, included in 条)": NOT_COUNTED,  # a subset of 条
        "un-numbered ## headings (附则, 附件一, 附件二)": NOT_COUNTED,  # each opens a part
    },
}


def expected(path: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    return loaded


def count_mismatches(path: Path, doc: Document) -> list[str]:
    """ "kind: got N, expected M" for every outline kind whose count differs from the hand count."""
    got = Counter[str](str(node.kind) for node in doc.walk())
    want: Counter[str] = Counter()
    lenient = LENIENT.get(path.name[:2], {})
    for key, count in expected(path)["levels"].items():
        if key in lenient:
            kind, is_heading = lenient[key]
            if kind is not None:
                want[kind] += count if is_heading else 0
        elif key in EXACT:
            want[EXACT[key]] += count
        elif key.startswith("一、(cover notice"):
            want["cn"] += count
        elif key.startswith("项"):
            want["xiang"] += count  # every 项 is recognised: losing them fails here
        elif not key.startswith(NEVER_NODES):
            return [f"no expected outcome for {key!r}"]
    return [f"{kind}: got {got[kind]}, expected {want[kind]}" for kind in sorted(set(want) | set(got) - {"part"})
            if got[kind] != want[kind]]  # fmt: skip


NEVER_NODES = ("——", "一是", "这是", "附件")  # prefixes of keys counted by test_never_nodes
