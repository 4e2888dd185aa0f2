"""File formats to raw lines: .txt, .md, .html/.htm, .docx.

Each reader returns `Line`s, one per source paragraph, before any cleaning. A Markdown or
HTML heading keeps its level so the outline can treat an un-numbered heading as a part title.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

from gzreader.core.decode import decode_bytes
from gzreader.core.errors import DocumentError

SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".docx")


@dataclass(frozen=True)
class Line:
    text: str
    heading_level: int = 0  # 1 for "# title" / <h1>, 2 for "##" …; 0 for body text


def read_lines(data: bytes, suffix: str) -> list[Line]:
    """Split a file's bytes into raw lines according to its format (by suffix)."""
    suffix = suffix.lower()
    if suffix == ".docx":
        return _docx_lines(data)
    text = decode_bytes(data)
    if suffix in (".md", ".markdown"):
        return _markdown_lines(text)
    if suffix in (".html", ".htm") or (suffix not in SUFFIXES and _looks_like_html(text)):
        return _html_lines(text)
    return [Line(t) for t in text.splitlines()]


def _looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html"))


_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")


def _markdown_lines(text: str) -> list[Line]:
    text = _MD_COMMENT.sub("", text)
    lines: list[Line] = []
    for raw in text.splitlines():
        raw = _MD_EMPHASIS.sub(r"\2", raw)
        m = _MD_HEADING.match(raw)
        if m:
            lines.append(Line(m.group(2), len(m.group(1))))
        else:
            lines.append(Line(raw))
    return lines


_HTML_BLOCKS = [
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
]
_HTML_HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6"]


def _html_lines(text: str) -> list[Line]:
    """Text of an HTML page; scripts, styles and embedded objects are dropped, nothing is fetched."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(text, "html.parser")
    for tag in soup(["script", "style", "iframe", "noscript", "template", "object", "embed", "head", "svg"]):
        tag.decompose()
    for td in soup(["td", "th"]):
        td.append(" ")
    marks: dict[str, int] = {}
    for level, name in enumerate(_HTML_HEADINGS, start=1):
        for tag in soup(name):
            key = f"\x00h{level}\x00"
            tag.insert(0, key)
            tag.insert_before("\n")
            tag.insert_after("\n")
            marks[key] = level
    for tag in soup(_HTML_BLOCKS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    lines: list[Line] = []
    for raw in soup.get_text().split("\n"):
        raw = re.sub(r"[ \t\r]+", " ", raw)
        level = 0
        for key, value in marks.items():
            if key in raw:
                raw, level = raw.replace(key, ""), value
        lines.append(Line(raw, level))
    return lines


def _docx_lines(data: bytes) -> list[Line]:
    import zipfile

    try:
        import docx  # python-docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise DocumentError("reading .docx needs python-docx") from exc
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise DocumentError("this is not a valid .docx file") from exc
    lines: list[Line] = []
    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(block, document)
            style = (paragraph.style.name if paragraph.style is not None else "") or ""
            level = 0
            if style.lower().startswith(("heading", "title")):
                digits = "".join(ch for ch in style if ch.isdigit())
                level = int(digits) if digits else 1
            lines.append(Line(paragraph.text, level))
        elif tag == "tbl":
            table = Table(block, document)
            for row in table.rows:
                lines.append(Line(" ".join(cell.text for cell in row.cells)))
    return lines
