"""Text of an HTML page in one streaming pass (the stdlib's HTMLParser tokenizer, no tree).

A tree was quadratic in the nesting depth: 20,000 nested or unclosed tags took 21 s in
BeautifulSoup. Scripts, styles and embedded objects are dropped; nothing is fetched or run.
Block elements break lines; a heading keeps its level (h1 → 1 …) for the outline.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

SKIPPED = {"script", "style", "iframe", "noscript", "template", "object", "embed", "head", "svg"}
BLOCKS = {"p", "div", "br", "tr", "li", "table", "ul", "ol", "center", "section", "article", "dd", "dt", "dl",
          "blockquote", "pre", "body", "hr"}  # fmt: skip
HEADINGS = {f"h{n}": n for n in range(1, 7)}
CELLS = {"td", "th"}


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[tuple[str, int]] = []
        self.parts: list[str] = []
        self.level = 0  # heading level of the line being collected
        self.skipping: list[str] = []  # open skipped elements (their text is dropped)

    def _break(self) -> None:
        self.lines.append(("".join(self.parts), self.level))
        self.parts, self.level = [], 0

    # HTMLParser API
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":
            self.skipping.clear()  # an unclosed <head> ends where the body begins
        if tag in SKIPPED:
            self.skipping.append(tag)
        elif tag in HEADINGS:
            self._break()
            self.level = HEADINGS[tag]
        elif tag in BLOCKS:
            self._break()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in BLOCKS or tag in HEADINGS:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIPPED:
            if tag in self.skipping:
                while self.skipping and self.skipping.pop() != tag:
                    pass
        elif tag in HEADINGS or tag in BLOCKS:
            self._break()
        elif tag in CELLS and not self.skipping:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def _balanced(text: str) -> str:
    """The page without comments, and with every "<" that is not closed by a ">" before the next
    "<" written as text. HTMLParser searches to the end of the page for each unclosed construct,
    so 33,000 unclosed "<a " took 96 s; after this pass every construct closes."""
    out: list[str] = []
    at = 0
    while (start := text.find("<!--", at)) >= 0:  # comments first: they may hold a lone "<"
        out.append(text[at:start])
        end = text.find("-->", start + 4)
        at = len(text) if end < 0 else end + 3
    out.append(text[at:])
    text = "".join(out)
    pieces = text.split("<")
    for i in range(1, len(pieces)):
        if ">" not in pieces[i]:
            pieces[i] = "&lt;" + pieces[i]
        else:
            pieces[i] = "<" + pieces[i]
    return "".join(pieces)


def html_lines(text: str) -> list[tuple[str, int]]:
    """(line, heading level) pairs of a page's visible text, in order."""
    parser = _TextExtractor()
    parser.feed(_balanced(text))
    parser.close()
    parser._break()
    lines: list[tuple[str, int]] = []
    for chunk, level in parser.lines:
        for i, raw in enumerate(chunk.split("\n")):
            lines.append((re.sub(r"[ \t\r]+", " ", raw), level if i == 0 else 0))
    return lines
