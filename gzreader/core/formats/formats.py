"""File formats to raw lines: .txt, .md, .html/.htm, .docx.

Each reader returns `Line`s, one per source paragraph, before any cleaning. A Markdown or
HTML heading keeps its level so the outline can treat an un-numbered heading as a part title.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

from gzreader.core.errors import DocumentError
from gzreader.core.formats.decode import decode_bytes
from gzreader.core.formats.html_text import html_lines

SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".docx")


@dataclass(frozen=True)
class Line:
    text: str
    heading_level: int = 0  # 1 for "# title" / <h1>, 2 for "##" …; 0 for body text
    cell: bool = False  # a cell of a data table (HTML <table>, .docx table): never a heading
    unsure: bool = False  # cut out of a longer line by a guess (a heading glued to a sentence)


# What one document may hold: far above any real policy text or law (the 10 MB benchmark text has
# 70,000 lines), low enough that a hostile file is refused before it fills the memory (63 MB of
# "一、标题" lines took 10 GB; a .docx of 3 million paragraphs 2.4 GB and 300 s).
MAX_LINES = 1_000_000


def too_many_lines(count: int) -> DocumentError:
    return DocumentError(f"the document has more than {MAX_LINES:,} lines ({count:,}); gzreader reads at most that")


def read_lines(data: bytes, suffix: str) -> list[Line]:
    """Split a file's bytes into raw lines according to its format (by suffix)."""
    suffix = suffix.lower()
    if suffix == ".docx":
        return _docx_lines(data)
    text = decode_bytes(data)
    count = text.count("\n")
    if count > MAX_LINES:
        raise too_many_lines(count)
    if suffix in (".md", ".markdown"):
        return _markdown_lines(text)
    if suffix in (".html", ".htm") or (suffix not in SUFFIXES and _looks_like_html(text)):
        return _html_lines(text)
    return [Line(t) for t in text.splitlines()]


def _looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html"))


# Every pattern over user text must run in linear time: "# a" and 5,000 spaces took 112 s with
# the old "^(#{1,6})\s+(.*?)\s*#*\s*$" (tests/hostile times the worst shapes).
_MD_HEADING = re.compile(r"(#{1,6})[ \t]")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")


def _markdown_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    for raw in _drop_front_matter(_drop_comments(text).splitlines()):
        raw = _MD_EMPHASIS.sub(r"\2", raw)
        m = _MD_HEADING.match(raw)
        if m:
            lines.append(Line(_heading_text(raw[m.end() :]), len(m.group(1))))
        elif raw.startswith("==") and raw.rstrip().endswith("==") and raw.strip("= \t"):
            # a wikitext heading "=====第一节　…=====" left unconverted in a copy from Wikisource
            level = len(raw) - len(raw.lstrip("="))
            lines.append(Line(raw.strip("= \t"), min(6, max(1, level - 1))))
        else:
            lines.append(Line(raw))
    return lines


def _drop_front_matter(raw_lines: list[str]) -> list[str]:
    """A YAML front-matter block ("---" … "---" at the top: title, tags …) is metadata, not text."""
    first = next((i for i, line in enumerate(raw_lines[:5]) if line.strip()), None)
    if first is None or raw_lines[first].strip() != "---":
        return raw_lines
    for end in range(first + 1, min(len(raw_lines), first + 80)):
        line = raw_lines[end]
        if line.startswith("---"):
            rest = line[3:].lstrip("-").strip()  # "---# 标题": the title glued to the closing fence
            return ([rest] if rest else []) + raw_lines[end + 1 :]
    return raw_lines


def _heading_text(rest: str) -> str:
    """The text of an ATX heading: trimmed, with an optional closing run of # dropped."""
    rest = rest.strip()
    closed = rest.rstrip("#")
    if closed != rest and (not closed or closed[-1] in " \t"):
        rest = closed.rstrip()
    return rest


def _drop_comments(text: str) -> str:
    """Text without <!-- … --> comments (an unclosed one runs to the end), in one pass."""
    out: list[str] = []
    at = 0
    while True:
        start = text.find("<!--", at)
        if start < 0:
            out.append(text[at:])
            return "".join(out)
        out.append(text[at:start])
        end = text.find("-->", start + 4)
        if end < 0:
            return "".join(out)
        at = end + 3


def _html_lines(text: str) -> list[Line]:
    """Text of an HTML page; scripts, styles and embedded objects are dropped, nothing is fetched."""
    return [Line(raw, level, cell) for raw, level, cell in html_lines(text)]


MAX_DOCX_EXPANDED = 200 * 2**20  # a real .docx expands to a few MB of XML
MAX_DOCX_RATIO = 200  # compression ratio of one member; a zip bomb's is in the thousands


def _check_zip(data: bytes) -> None:
    """Refuse a .docx whose members would expand beyond reason, before anything is decompressed."""
    import zipfile

    try:
        members = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise DocumentError("this is not a valid .docx file (not a zip archive)") from exc
    total = sum(m.file_size for m in members)
    if total > MAX_DOCX_EXPANDED:
        raise DocumentError(
            f"this .docx would expand to {total / 2**20:.0f} MB (the limit is {MAX_DOCX_EXPANDED // 2**20} MB); "
            "it looks like a zip bomb, nothing was imported"
        )
    for m in members:
        if m.file_size > 2**20 and m.file_size > MAX_DOCX_RATIO * max(1, m.compress_size):
            raise DocumentError(
                f"this .docx has a part compressed {m.file_size // max(1, m.compress_size)}:1 "
                f"({m.filename}); it looks like a zip bomb, nothing was imported"
            )


_DOCTYPE = re.compile(rb"<!DOCTYPE[^\[>]*(?:\[.*?\]\s*)?>", re.DOTALL | re.IGNORECASE)
_CUSTOM_ENTITY = re.compile(rb"&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)[A-Za-z_][A-Za-z0-9_.-]*;")


def _defused(data: bytes) -> bytes:
    """The .docx with any DOCTYPE and custom entity references removed from its XML parts. Word
    never writes them; an entity bomb would make lxml refuse the whole file (or expand it), and
    the text around it must stay."""
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(data))
    if not any(
        b"<!DOCTYPE" in source.read(m).upper() for m in source.infolist() if m.filename.endswith((".xml", ".rels"))
    ):
        return data
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for member in source.infolist():
            content = source.read(member)
            if member.filename.endswith((".xml", ".rels")):
                content = _CUSTOM_ENTITY.sub(b"", _DOCTYPE.sub(b"", content))
            target.writestr(member, content)
    return out.getvalue()


def _docx_lines(data: bytes) -> list[Line]:
    """Paragraphs and table rows of a .docx. Entities are never expanded (python-docx's parser
    does not resolve them, and custom ones are removed first); any failure is one line."""
    _check_zip(data)
    try:
        import docx  # python-docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise DocumentError("reading .docx needs python-docx") from exc
    try:
        document = docx.Document(io.BytesIO(_defused(data)))
        lines: list[Line] = []
        blocks = len(document.element.body)  # counted before any is read: reading is the slow part
        if blocks > MAX_LINES:
            raise too_many_lines(blocks)
        for block in document.element.body.iterchildren():
            if len(lines) > MAX_LINES:  # a table's rows count too
                raise too_many_lines(len(lines))
            tag = block.tag.rsplit("}", 1)[-1] if isinstance(block.tag, str) else ""
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
                    lines.append(Line(" ".join(cell.text for cell in row.cells), cell=len(row.cells) > 1))
    except DocumentError:
        raise
    except Exception as exc:  # python-docx and lxml raise many types for a damaged or foreign file
        reason = "it is not a Word document" if "content type" in str(exc).lower() else type(exc).__name__
        raise DocumentError(f"this is not a valid .docx file ({reason})") from exc
    return _with_core_title(lines, document.core_properties.title or "")


# A title in a document's properties that is a program's default, not the document's
_DEFAULT_TITLE = re.compile(r"Microsoft|Word|WPS|文档\s*\d*$|新建|模板|^\s*(?:Document|Title|标题)\s*\d*\s*$", re.I)


def _with_core_title(lines: list[Line], title: str) -> list[Line]:
    """A Word document whose title is only in its properties (the first paragraph an outline
    label such as "大纲1"): the title goes first, as a title. A title the text already shows, or a
    program's default one (Microsoft Word - 文档1), changes nothing."""
    title = title.strip()
    first = next((line.text.strip() for line in lines if line.text.strip()), "")
    shown = any(title in line.text for line in lines[:8])
    if len(title) < 4 or not _CJK_TEXT.search(title) or _DEFAULT_TITLE.search(title) or shown:
        return lines
    if not _WORKING_LABEL.fullmatch(first):
        return lines  # the first paragraph is the document's own (its title, or its text)
    return [Line(title, 1), *lines]


_CJK_TEXT = re.compile(r"[\u4e00-\u9fff]")
# what an author leaves at the top of a draft instead of its title: 大纲1, 提纲, 初稿 v2, 3
_WORKING_LABEL = re.compile(r"(?:大纲|提纲|目录|正文|草稿|初稿|定稿)?[\s\dA-Za-z._-]*")
