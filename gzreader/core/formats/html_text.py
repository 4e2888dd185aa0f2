"""Text of an HTML page in one streaming pass (the stdlib's HTMLParser tokenizer, no tree).

A tree was quadratic in the nesting depth: 20,000 nested or unclosed tags took 21 s in
BeautifulSoup. Scripts, styles and embedded objects are dropped; nothing is fetched or run.
Block elements break lines; a heading keeps its level (h1 → 1 …) for the outline, and a line
from the cells of a data table says so: its numbers are table cells, never outline headings.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

SKIPPED = {"script", "style", "iframe", "noscript", "template", "object", "embed", "head", "svg"}
BLOCKS = {
    "p",
    "div",
    "br",
    "tr",
    "li",
    "table",
    "ul",
    "ol",
    "center",
    "section",
    "article",
    "dd",
    "dt",
    "dl",
    "blockquote",
    "pre",
    "body",
    "hr",
}
HEADINGS = {f"h{n}": n for n in range(1, 7)}
# An element the page does not show (a <div style="display:none"> holding the whole notice again in
# one line, 21): its text is not the page's. Unless it is most of the page — one that hides its
# content until a script shows it (20 hides its body): then everything is read.
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none", re.IGNORECASE)
CELLS = {"td", "th"}
VOID = {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source", "track", "wbr"}
# A data table has several rows of several cells; a layout table (a page's frame, a sidebar
# beside the text) has one or two such rows at most.
DATA_TABLE_ROWS = 3


class _Table:
    def __init__(self, first_line: int) -> None:
        self.first_line = first_line
        self.cells_in_row = 0
        self.wide_rows = 0
        self.nested = False


class _TextExtractor(HTMLParser):
    def __init__(self, hide: bool = True) -> None:
        super().__init__(convert_charrefs=True)
        self.hide = hide
        self.hidden: str | None = None  # the tag of the hidden element we are inside
        self.hidden_depth = 0  # how many of that tag are open inside it, itself included
        self.hidden_chars = self.shown_chars = 0
        self.lines: list[tuple[str, int]] = []
        self.parts: list[str] = []
        self.level = 0  # heading level of the line being collected
        self.skipping: list[str] = []  # open skipped elements (their text is dropped)
        self.tables: list[_Table] = []
        self.cell_lines: set[int] = set()  # indices into `lines` that come from a data table

    def _break(self) -> None:
        self.lines.append(("".join(self.parts), self.level))
        self.parts, self.level = [], 0

    # HTMLParser API
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.hidden is not None:
            self.hidden_depth += tag == self.hidden
            return
        if (
            self.hide
            and tag not in VOID
            and tag not in ("html", "body")
            and any(
                name == "hidden" or (name == "style" and value and _HIDDEN_STYLE.search(value)) for name, value in attrs
            )
        ):
            self.hidden, self.hidden_depth = tag, 1
            return
        if tag == "body":
            self.skipping.clear()  # an unclosed <head> ends where the body begins
        if tag in SKIPPED:
            self.skipping.append(tag)
        elif tag in HEADINGS:
            self._break()
            self.level = HEADINGS[tag]
        elif tag in BLOCKS:
            self._break()
        if self.skipping:
            return
        if tag == "table":
            if self.tables:
                self.tables[-1].nested = True
            self.tables.append(_Table(len(self.lines)))
        elif tag == "tr" and self.tables:
            self._end_row()
        elif tag in CELLS and self.tables:
            self.tables[-1].cells_in_row += 1

    def _end_row(self) -> None:
        table = self.tables[-1]
        table.wide_rows += table.cells_in_row >= 2
        table.cells_in_row = 0

    def _end_table(self) -> None:
        self._end_row()
        table = self.tables.pop()
        if table.wide_rows >= DATA_TABLE_ROWS and not table.nested:
            self.cell_lines.update(range(table.first_line, len(self.lines)))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in BLOCKS or tag in HEADINGS:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if self.hidden is not None:
            self.hidden_depth -= tag == self.hidden
            if self.hidden_depth == 0:
                self.hidden = None
            return
        if tag in SKIPPED:
            if tag in self.skipping:
                while self.skipping and self.skipping.pop() != tag:
                    pass
        elif tag in HEADINGS or tag in BLOCKS:
            self._break()
            if tag == "table" and self.tables and not self.skipping:
                self._end_table()
        elif tag in CELLS and not self.skipping:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        if self.hidden is None:
            self.parts.append(data)
            self.shown_chars += len(data.strip())
        else:
            self.hidden_chars += len(data.strip())


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


def html_lines(text: str) -> list[tuple[str, int, bool]]:
    """(line, heading level, from a data table's cell) of a page's visible text, in order."""
    page = _balanced(text)
    parser = _TextExtractor()
    parser.feed(page)
    parser.close()
    if parser.hidden is not None or parser.hidden_chars > parser.shown_chars:
        # a hidden element never closed, or most of the page hidden: hiding would lose the text
        parser = _TextExtractor(hide=False)
        parser.feed(page)
        parser.close()
    parser._break()
    while parser.tables:  # unclosed tables end with the page
        parser._end_table()
    lines: list[tuple[str, int, bool]] = []
    for n, (chunk, level) in enumerate(parser.lines):
        cell = n in parser.cell_lines
        for i, raw in enumerate(chunk.split("\n")):
            lines.append((re.sub(r"[ \t\r]+", " ", raw), level if i == 0 else 0, cell))
    return lines
