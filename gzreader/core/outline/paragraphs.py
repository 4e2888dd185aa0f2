"""Lines to paragraphs: titles split over lines joined, and what the lines said about each
paragraph (a title, an 附件 marker, a table cell, a guess, a marked-up heading)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from gzreader.core.formats.formats import Line
from gzreader.core.kinds import OUTLINE_RULES, OutlineKind
from gzreader.core.outline.numbering import match_marker
from gzreader.core.outline.titles import (
    attachment_title,
    is_attachment_marker,
    is_document_title,
    is_numbered_part,
    is_title_like,
    title_span,
)

ANY_PUNCT = re.compile(r"[。；;！!？?，,：:、]")


@dataclass
class Paragraphs:
    """The paragraphs of a document and what the line structure said about some of them."""

    texts: list[str] = field(default_factory=list)
    titles: set[int] = field(default_factory=set)
    attachments: set[int] = field(default_factory=set)  # 附件N markers
    cells: set[int] = field(default_factory=set)  # table cells
    unsure: set[int] = field(default_factory=set)  # cut out of a sentence or joined by a guess
    marked_up: set[int] = field(default_factory=set)  # a Markdown/HTML heading: structure, not a guess


def merge_titles(lines: list[Line]) -> Paragraphs:
    """Join titles split over lines into paragraphs, noting titles, markers, cells and guesses."""
    out = Paragraphs()
    paragraphs, titles, attachments = out.texts, out.titles, out.attachments
    i = 0
    while i < len(lines):
        line = lines[i]
        span = 0
        if line.cell and not is_document_title(line.text):  # a page may give its title in a table
            out.cells.add(len(paragraphs))
            paragraphs.append(line.text)
            i += 1
            continue
        if line.unsure:
            out.unsure.add(len(paragraphs))
        if (line.heading_level and match_marker(line.text) is None) or is_numbered_part(line.text):
            span = 1
            if line.heading_level:
                out.marked_up.add(len(paragraphs))
        elif is_attachment_marker(line.text) and i + 1 < len(lines) and is_title_like(lines[i + 1].text):
            attachments.add(len(paragraphs))
            paragraphs.append(line.text)
            titles.add(len(paragraphs))
            paragraphs.append(lines[i + 1].text)
            i += 2
            continue
        elif _starts_attachment(lines, i):
            # "附件2：某某办法" heading the attachment itself: one line, marker and title
            attachments.add(len(paragraphs))
            titles.add(len(paragraphs))
            paragraphs.append(line.text)
            i += 1
            continue
        elif not line.heading_level:
            span = title_span(lines, i)
        if span:
            # A title right after another title (page title, then the document's) is a subtitle.
            if not paragraphs or len(paragraphs) - 1 not in titles or is_numbered_part(line.text):
                titles.add(len(paragraphs))
            paragraphs.append("".join(ln.text for ln in lines[i : i + span]))
            i += span
        elif _split_heading(lines, i):
            if match_marker(line.text).rest:  # type: ignore[union-attr]
                out.unsure.add(len(paragraphs))  # "（一）加快推进" + "数字化转型。": joined by shape alone
            paragraphs.append(line.text + lines[i + 1].text)
            i += 2
        else:
            paragraphs.append(line.text)
            i += 1
    return out


def _starts_attachment(lines: list[Line], i: int) -> bool:
    """ "附件N：TITLE" opens the attachment when real content follows (a heading or a long
    paragraph), not when it is the notice's list of attachments before its 落款."""
    if attachment_title(lines[i].text) is None or i + 1 >= len(lines):
        return False
    following = lines[i + 1].text
    return match_marker(following) is not None or len(following) > 40


def _split_heading(lines: list[Line], i: int) -> bool:
    """A heading broken over two lines by scraping: "（一）加快推进" / "数字化转型。". Only the
    unambiguous shape is joined: an unpunctuated heading line, then a short line whose only
    punctuation is its final 。 (form labels and body text never look like that)."""
    if i + 1 >= len(lines):
        return False
    head, tail = lines[i].text, lines[i + 1].text
    if len(head) > 30:
        return False
    marker = match_marker(head)
    if (
        marker is None
        or marker.kind == OutlineKind.TIAO
        or len(head) > 30
        or ANY_PUNCT.search(head[len(marker.label) :])
    ):
        return False
    if not marker.rest and not (OUTLINE_RULES[marker.kind].law_unit or marker.kind == OutlineKind.DECIMAL):
        # "（一）" alone on its line: its title is the next line, whatever its punctuation
        return len(tail) <= 60 and match_marker(tail) is None and not lines[i + 1].heading_level
    if not OUTLINE_RULES[marker.kind].gongwen:
        return False  # "1.2适用范围" is complete; decimals and laws are not split like this
    return (
        len(tail) <= 20
        and "\u4e00" <= tail[0] <= "\u9fff"
        and tail.endswith("。")
        and not ANY_PUNCT.search(tail[:-1])
        and match_marker(tail) is None
        and not lines[i + 1].heading_level
    )
