"""Every pattern that scans user text runs in linear time: the worst shapes we could think of,
100 KB each, parse within 0.2 s (a cubic Markdown heading pattern once took 112 s on 5 KB)."""

from __future__ import annotations

import contextlib
import time

import pytest

from gzreader.core import DocumentError, document_from_bytes

N = 100_000
SHAPES = {
    "heading then spaces": "# a" + " " * N + "b",
    "heading then spaces and hashes": "# a" + " #" * (N // 2),
    "hashes": "#" * N,
    "open comments": "<!--" * (N // 4),
    "emphasis openers": "**a" * (N // 3),
    "mixed emphasis": "__**" * (N // 4),
    "spaces": "a" + " " * N + "b",
    "ideographic spaces": "标题" + "\u3000" * N + "正文",
    "第 run": "第" * N,
    "article labels": "第一条" * (N // 3),
    "cn labels": "一、" * (N // 2),
    "paren labels": "（一）" * (N // 3),
    "ascii parens": "(" * N,
    "decimals": "1." * (N // 2),
    "deep decimal": "1." * (N // 2) + "标题",
    "brackets": "〔2020〕" * (N // 6),
    "book marks": "《" * N,
    "attachment words": "附件" * (N // 2),
    "doc numbers": "粤府〔2020〕1号" * (N // 10),
    "fullwidth digits": "１２３４５６７８９０" * (N // 10),
    "angle brackets": "<" * N,
    "tags without end": "<a " * (N // 3),
    "entities": "&amp" * (N // 4),
}


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
@pytest.mark.parametrize("name", list(SHAPES))
def test_one_line_shapes_parse_in_linear_time(name: str, suffix: str) -> None:
    data = ("文件标题\n" + SHAPES[name] + "\n").encode()
    start = time.perf_counter()
    with contextlib.suppress(DocumentError):  # refusing is fine; hanging is not
        document_from_bytes(data, "x" + suffix)
    assert time.perf_counter() - start <= 0.2, f"{name} ({suffix}) took {time.perf_counter() - start:.2f} s"


LINES = {
    "one character lines": "字\n" * (N // 2),
    "heading lines": "一、标题\n" * (N // 5),
    "article lines": "".join(f"第{i}条 内容。\n" for i in range(1, N // 8)),
    "blank lines": "\n" * N,
    "markdown headings": "## 第一章 总则\n" * (N // 10),
}


@pytest.mark.parametrize("name", list(LINES))
def test_many_line_shapes_parse_in_bounded_time(name: str) -> None:
    start = time.perf_counter()
    with contextlib.suppress(DocumentError):
        document_from_bytes(LINES[name].encode(), "x.md")
    assert time.perf_counter() - start <= 4.0, f"{name} took {time.perf_counter() - start:.2f} s"


def test_html_nested_a_hundred_thousand_levels_parses_in_time() -> None:
    """About 1 s on 2 idle cores; the bound only has to catch the quadratic 21 s of a tree parser
    (a tight bound failed once on a machine busy with OCR)."""
    html = "<html><body>" + "<div>" * 100_000 + "正文" + "</div>" * 100_000 + "</body></html>"
    start = time.perf_counter()
    doc = document_from_bytes(html.encode(), "deep.html")
    assert time.perf_counter() - start <= 4.0
    assert "正文" in doc.text
