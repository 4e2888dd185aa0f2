"""Every pattern that scans user text runs in linear time: the worst shapes we could think of,
parsed at n and at 4n characters, take at most 10 times as long at 4n (linear: 4, quadratic: 16;
a cubic Markdown heading pattern once took 112 s on 5 KB). Growth, not wall time, so a busy
machine cannot fail it; absolute times are in benchmarks/."""

from __future__ import annotations

import contextlib
import time

import pytest

from gzreader.core import DocumentError, document_from_bytes

N = 100_000
GROWTH = 10  # time(4n) / time(n) allowed
FLOOR = 0.05  # seconds: below this at 4n nothing can be measured, and nothing is slow


def _seconds(data: bytes, suffix: str) -> float:
    """The faster of two parses (the other may have met a busy machine)."""
    best = float("inf")
    for _ in range(2):
        start = time.perf_counter()
        with contextlib.suppress(DocumentError):  # refusing is fine; hanging is not
            document_from_bytes(data, "x" + suffix)
        best = min(best, time.perf_counter() - start)
    return best


def assert_linear(make, suffix: str, what: str) -> None:  # type: ignore[no-untyped-def]
    small, large = _seconds(make(1), suffix), _seconds(make(4), suffix)
    assert large <= max(FLOOR, GROWTH * small), f"{what}: {small:.3f} s at n, {large:.3f} s at 4n"


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
    shape = SHAPES[name]
    assert_linear(lambda k: ("文件标题\n" + shape[: len(shape) * k // 4] + "\n").encode(), suffix, name)


LINES = {
    "one character lines": "字\n" * (N // 2),
    "heading lines": "一、标题\n" * (N // 5),
    "article lines": "".join(f"第{i}条 内容。\n" for i in range(1, N // 8)),
    "blank lines": "\n" * N,
    "markdown headings": "## 第一章 总则\n" * (N // 10),
}


@pytest.mark.parametrize("name", list(LINES))
def test_many_line_shapes_parse_in_linear_time(name: str) -> None:
    lines = LINES[name].splitlines(keepends=True)
    assert_linear(lambda k: "".join(lines[: len(lines) * k // 4]).encode(), ".md", name)


def test_html_nested_a_hundred_thousand_levels_parses_in_linear_time() -> None:
    """A tree parser once took a quadratic 21 s on 100,000 levels."""

    def nested(k: int) -> bytes:
        depth = 25_000 * k
        return ("<html><body>" + "<div>" * depth + "正文" + "</div>" * depth + "</body></html>").encode()

    assert_linear(nested, ".html", "nested divs")
    assert "正文" in document_from_bytes(nested(4), "deep.html").text
