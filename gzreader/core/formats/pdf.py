"""PDF text layers to the paragraphs a person reads (pypdfium2: characters with their boxes).

Lines come from pdfium with their boxes. Running headers and footers (lines that repeat in the
top or bottom band across pages) and page numbers (— 2 —, -2-, 第2页 共9页, 2/9 …) are dropped.
Wrapped lines are joined into paragraphs by their layout: a line continues the one before when
that one is full (reaches the right margin) and this one is not indented and follows closely. A
line starting with 第十二条 after a full line is therefore a continuation, not a heading. Table
rows with wide gaps between cells become one cell per line.
"""

from __future__ import annotations

import itertools
import re
import statistics
from array import array
from collections.abc import Callable
from dataclasses import dataclass, field
from types import ModuleType

from gzreader.core.errors import DocumentError
from gzreader.core.formats import ocr, pdfium_owner
from gzreader.core.formats.pdf_pages import open_pdf, page_images
from gzreader.core.formats.text_layer import reads_as_chinese, unmapped
from gzreader.core.text.find import fold

BAND = 0.08  # share of the page height at the top and bottom where headers and footers live
_PAGE_NUMBER = re.compile(
    r"^(?:[—–\-－一~～\s]*\d{1,4}[—–\-－一~～\s]*"
    r"|第\s*\d+\s*页(?:\s*[，,/、]?\s*共\s*\d+\s*页)?"
    r"|\d{1,4}\s*/\s*\d{1,4}|page\s*\d+(?:\s*of\s*\d+)?)$",
    re.IGNORECASE,
)
_ARTICLE = re.compile(r"^第[一二三四五六七八九十百千零〇两\d]+条(?:之[一二三四五六七八九十]+)?[ \u3000]")
_UNIT = re.compile(r"^第[一二三四五六七八九十百千零〇两\d]+[编章节][ \u3000]")
# Founder (方正) fonts map GB2312 punctuation codes straight to Unicode: "ꎬ" (U+A3AC) is "，".
_FOUNDER = str.maketrans(
    {
        "\ua3ac": "，",
        "\ua3ae": "。",
        "\ua3bb": "；",
        "\ua3ba": "：",
        "\ua3a1": "！",
        "\ua3bf": "？",
        "\ua3a8": "（",
        "\ua3a9": "）",
        "«": "《",
        "»": "》",
    }
)
# "第三条在…" with no space (OCR drops it): an article only after a finished sentence; after
# anything else it is a wrapped cross-reference ("依照本法" / "第十二条规定的…").
_ARTICLE_TIGHT = re.compile(r"^第[一二三四五六七八九十百千零〇两\d]+条(?=[\u4e00-\u9fff])")
_ITEM = re.compile(r"^[（(][一二三四五六七八九十]{1,3}[）)](?!项)")


@dataclass(slots=True)  # tens of thousands of them for a long law
class PdfLine:
    page: int  # 1-based
    text: str
    x0: float
    top: float  # distance from the top of the page
    x1: float
    bottom: float
    char_width: float
    page_box: tuple[float, float, float, float] | None = None  # on the page as scanned, if turned to read
    doubtful: bool = False  # OCR read it with little confidence


@dataclass(slots=True)
class Paragraph:
    text: str
    page: int  # where it starts
    starts: array[int] = field(default_factory=lambda: array("I"))  # where each source line starts
    pages: array[int] = field(default_factory=lambda: array("H"))  # … its page
    coords: array[float] = field(default_factory=lambda: array("f"))  # … its box: x0, top, x1, bottom
    doubtful: list[int] | None = None  # indices of lines OCR was unsure of (None: none, no list kept)

    def add(self, start: int, line: PdfLine) -> None:
        """One more source line (kept in arrays: a 266-page law has 8,000 of them)."""
        if line.doubtful:
            self.doubtful = [*(self.doubtful or ()), len(self.starts)]
        self.starts.append(start)
        self.pages.append(line.page)
        self.coords.extend(line.page_box or (line.x0, line.top, line.x1, line.bottom))

    @property
    def boxes(self) -> list[tuple[int, int, tuple[float, float, float, float]]]:
        """(offset in the paragraph, page, box) of each source line."""
        c = self.coords
        return [
            (self.starts[i], self.pages[i], (c[4 * i], c[4 * i + 1], c[4 * i + 2], c[4 * i + 3]))
            for i in range(len(self.starts))
        ]


@dataclass(frozen=True)
class PdfText:
    paragraphs: list[Paragraph]
    pages: int
    page_sizes: tuple[tuple[float, float], ...]
    warnings: tuple[str, ...]


def read_pdf(data: bytes, progress: Callable[[int, int], None] | None = None) -> PdfText:
    """The paragraphs of a PDF: its text layer, and OCR of the pages without one (when the OCR
    extra is installed; else they are named, or a scan is refused, in one line)."""
    layer = _lines(data)
    lines, sizes, empty, damaged, misread = layer.lines, layer.sizes, layer.empty, layer.damaged, layer.misread
    if len(damaged) == len(sizes):
        raise DocumentError(f"this PDF is damaged: none of its {len(sizes)} page(s) can be read")
    warnings = [f"page(s) {_pages(damaged)} are damaged and are left out"] if damaged else []
    read_by_ocr: list[int] = []
    if (empty or misread) and ocr.available():
        read_by_ocr = sorted(empty + list(misread))
        recognised, _unsure = _recognise(data, read_by_ocr, progress)
        # OCR reads whole pages, each in the order of its upright reading (a turned page's boxes
        # on the scan run the other way): merged by page only
        lines = sorted(sorted(lines, key=_reading) + sorted(recognised, key=_reading), key=lambda line: line.page)
        empty = []
        if misread:
            warnings.append(f"page(s) {_pages(sorted(misread))} have a text layer that does not read as Chinese "
                            "(a font with a wrong Unicode map) and were read by OCR instead")  # fmt: skip
    elif len(empty) + len(damaged) == len(sizes):
        raise DocumentError(f"this PDF is a scan: none of its {len(sizes)} page(s) has a text layer; {ocr.EXTRA}")
    elif misread:  # kept as they are, and said
        lines = sorted([*lines, *(line for page in misread.values() for line in page)], key=lambda line: line.page)
        warnings.append(f"page(s) {_pages(sorted(misread))} have a text layer that does not read as Chinese "
                        f"(a font with a wrong Unicode map); {ocr.EXTRA}")  # fmt: skip
    if empty:
        warnings.append(f"page(s) {_pages(empty)} have no text layer (scanned) and are left out; {ocr.EXTRA}")
    if layer.unmapped:
        warnings.append(
            f"page(s) {_pages(layer.unmapped)} use a font without a Unicode map; some characters may be wrong"
        )
    paragraphs = _paragraphs(_drop_furniture(lines, sizes), sizes)
    if read_by_ocr:
        # counted in the text as shown: a doubtful page number is dropped with the page furniture
        doubtful = sum(len(p.doubtful or ()) for p in paragraphs)
        warnings.insert(0, f"page(s) {_pages(read_by_ocr)} were read by OCR ({doubtful} line(s) recognised with doubt)")
    return PdfText(paragraphs, len(sizes), tuple(sizes), tuple(warnings))


def _recognise(
    data: bytes, numbers: list[int], progress: Callable[[int, int], None] | None
) -> tuple[list[PdfLine], int]:
    """OCR of the given pages, rendered in grey at the engine's resolution."""
    recognised, unsure = ocr.recognise_pages(page_images(data, numbers), len(numbers), progress)
    lines = [
        PdfLine(
            page,
            _unspaced(o.text.translate(_FOUNDER)),
            o.x0,
            o.top,
            o.x1,
            o.bottom,
            o.char_width,
            o.page_box,
            o.score < ocr.UNSURE,
        )
        for page, found in recognised.items()
        for o in found
    ]
    return lines, unsure


def _reading(line: PdfLine) -> tuple[int, float, float]:
    return line.page, line.top, line.x0


def _pages(numbers: list[int]) -> str:
    return "、".join(str(n) for n in numbers[:12]) + ("…" if len(numbers) > 12 else "")


@dataclass
class _Layer:
    """What a PDF's text layer holds, page by page."""

    lines: list[PdfLine] = field(default_factory=list)
    sizes: list[tuple[float, float]] = field(default_factory=list)
    empty: list[int] = field(default_factory=list)  # pages without text (scanned)
    unmapped: list[int] = field(default_factory=list)  # private-use characters: a font without a Unicode map
    damaged: list[int] = field(default_factory=list)  # pages PDFium cannot load
    misread: dict[int, list[PdfLine]] = field(default_factory=dict)  # text that does not read as Chinese


def _lines(data: bytes) -> _Layer:
    return pdfium_owner.run(lambda pypdfium2: _read_lines(pypdfium2, data))


# Pages one PDF may have: a long law or yearbook has hundreds; 20,000 blank pages is an attack.
MAX_PAGES = 5_000


def _read_lines(pypdfium2: ModuleType, data: bytes) -> _Layer:
    pdf = open_pdf(pypdfium2, data)
    if len(pdf) > MAX_PAGES:
        count = len(pdf)
        pdf.close()
        raise DocumentError(f"this PDF has {count:,} pages; gzreader reads at most {MAX_PAGES:,}")
    layer = _Layer()
    try:
        for number in range(len(pdf)):
            try:  # a cyclic page tree or a flipped byte: that page is lost, not the document
                page = pdf[number]
                width, height = page.get_size()
                textpage = page.get_textpage()
                count = textpage.count_chars()
                text = textpage.get_text_range(0, count) if count else ""
            except pypdfium2.PdfiumError:
                layer.sizes.append((0.0, 0.0))
                layer.damaged.append(number + 1)
                continue
            layer.sizes.append((width, height))
            if not text.strip():
                layer.empty.append(number + 1)
                continue
            if unmapped(text):
                layer.unmapped.append(number + 1)
            page_lines = _page_lines(number + 1, text, textpage, height)
            if reads_as_chinese(text):
                layer.lines += page_lines
            else:
                layer.misread[number + 1] = page_lines
    finally:
        pdf.close()
    return layer


def _page_lines(page: int, text: str, textpage, height: float) -> list[PdfLine]:  # type: ignore[no-untyped-def]
    """pdfium's lines (its text has one index per character, line breaks included) with the
    boxes of their characters; a row with wide gaps between characters (a table) is cut into cells."""
    out: list[PdfLine] = []
    at = 0
    for raw in re.split(r"(\r\n|\n|\r)", text):
        start, at = at, at + len(raw)
        if raw in ("\r\n", "\n", "\r") or not raw.strip():
            continue
        chars = [(start + k, ch) for k, ch in enumerate(raw) if not ch.isspace()]
        boxes = [textpage.get_charbox(i) for i, _ch in chars]
        raised = _superscripts(chars, boxes)
        if raised:  # footnote markers ("1761.48 万人" with a raised ¹): not part of the text
            gone = {chars[k][0] - start for k in raised}
            raw = "".join(" " if k in gone else ch for k, ch in enumerate(raw))  # same length: indices hold
            keep = [k for k in range(len(chars)) if k not in raised]
            chars, boxes = [chars[k] for k in keep], [boxes[k] for k in keep]
            if not chars:
                continue
        widths = sorted(b[2] - b[0] for b in boxes if b[2] > b[0])
        char_width = widths[len(widths) // 2] if widths else 10.0
        cut = [0] + [k for k in range(1, len(boxes)) if boxes[k][0] - boxes[k - 1][2] > 3 * char_width] + [len(boxes)]
        for lo, hi in itertools.pairwise(cut):
            piece = raw[chars[lo][0] - start : chars[hi - 1][0] - start + 1]
            cell = boxes[lo:hi]
            out.append(
                PdfLine(
                    page,
                    _unspaced(piece.translate(_FOUNDER)),
                    min(b[0] for b in cell),
                    height - max(b[3] for b in cell),
                    max(b[2] for b in cell),
                    height - min(b[1] for b in cell),
                    char_width,
                )
            )
    return out


def _superscripts(chars: list[tuple[int, str]], boxes: list[tuple[float, float, float, float]]) -> set[int]:
    """Digits set small and raised above the line (footnote reference marks), by index."""
    if len(chars) < 3:
        return set()
    heights = sorted(b[3] - b[1] for b in boxes)
    bottoms = sorted(b[1] for b in boxes)
    height, bottom = heights[len(heights) // 2], bottoms[len(bottoms) // 2]
    return {
        k
        for k, (_i, ch) in enumerate(chars)
        if ch.isdigit() and boxes[k][3] - boxes[k][1] < 0.75 * height and boxes[k][1] > bottom + 0.25 * height
    }


_SPACED_LABEL = re.compile(r"(第[一二三四五六七八九十百零〇\d]+[编章节])\s+(?=\S)")


def _unspaced(text: str) -> str:
    """A letter-spaced line (总   则, 2 0 2 1 年) without its spacing; ordinary spaces stay (the
    one after 第一条 tells an article from a wrapped cross-reference)."""
    text = text.strip()
    singles = len(re.findall(r"(?<=\S) +(?=\S)", text))
    if singles and singles >= 0.4 * len(text.replace(" ", "")):
        label = _SPACED_LABEL.match(text)  # "第一章 总 则": the label keeps its space before the title
        if label:
            return label.group(1) + " " + re.sub(r"(?<=\S) +(?=\S)", "", text[label.end() :])
        return re.sub(r"(?<=\S) +(?=\S)", "", text)
    return text


def _drop_furniture(lines: list[PdfLine], sizes: list[tuple[float, float]]) -> list[PdfLine]:
    """Lines that are page furniture: page numbers in the bands, and lines repeated in the bands."""
    pages = len({line.page for line in lines})

    def in_band(line: PdfLine) -> bool:
        height = sizes[line.page - 1][1]
        return line.top < BAND * height or line.bottom > (1 - BAND) * height

    def key(line: PdfLine) -> str:
        return re.sub(r"\d+", "#", re.sub(r"\s+", "", fold(line.text)))

    seen: dict[str, set[int]] = {}
    for line in lines:
        if in_band(line):
            seen.setdefault(key(line), set()).add(line.page)
    repeated = {k for k, on in seen.items() if pages >= 2 and len(on) >= max(2, pages * 0.4)}
    kept = []
    for line in lines:
        if in_band(line) and (key(line) in repeated or _PAGE_NUMBER.match(fold(line.text).strip())):
            continue
        if _PAGE_NUMBER.match(fold(line.text).strip()) and re.search(r"[—–\-－]", line.text):
            continue  # "— 3 —" printed a little above the bottom band
        kept.append(line)
    return kept


def _paragraphs(lines: list[PdfLine], sizes: list[tuple[float, float]]) -> list[Paragraph]:
    """Wrapped lines joined into paragraphs by their layout."""
    if not lines:
        return []
    left = _mode([round(line.x0) for line in lines])
    right = sorted(line.x1 for line in lines)[int(len(lines) * 0.9)]
    gaps = [b.top - a.bottom for a, b in itertools.pairwise(lines) if a.page == b.page and b.top > a.bottom]
    usual_gap = statistics.median(gaps) if gaps else 5.0
    out: list[Paragraph] = []
    previous: PdfLine | None = None
    for line in lines:
        continues = (
            previous is not None
            and not _ARTICLE.match(line.text)  # "第三条 在…": an article, even after a full line
            and not (_ARTICLE_TIGHT.match(line.text) and previous.text.endswith("。"))
            and not _ITEM.match(line.text)  # "（一）…" likewise: 项 of a law start at the margin
            and not _UNIT.match(line.text)  # "第一章 总则" after a full 题注 line
            and abs(line.char_width - previous.char_width) <= 0.15 * previous.char_width  # same type size
            and previous.x1 >= right - 1.5 * previous.char_width  # the line before is full
            and line.x0 <= left + 0.8 * line.char_width  # this one is not indented
            and (line.page != previous.page or line.top - previous.bottom <= max(usual_gap * 1.8, 2.0))
        )
        if continues and out:
            paragraph = out[-1]
            joined = _join(paragraph.text, line.text)
            paragraph.add(len(joined) - len(line.text), line)
            paragraph.text = joined
        else:
            out.append(Paragraph(line.text, line.page))
            out[-1].add(0, line)
        previous = line
    return out


def _mode(values: list[int]) -> int:
    counts: dict[int, int] = {}
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    return max(counts, key=lambda v: (counts[v], -v))


def _join(before: str, after: str) -> str:
    """Two pieces of one paragraph: no space between CJK, one between Latin words, hyphens mended."""
    if not before:
        return after
    if before.endswith("-") and before[-2:-1].isalpha() and after[:1].isalpha():
        return before[:-1] + after
    if before[-1].isascii() and before[-1].isalnum() and after[:1].isascii() and after[:1].isalnum():
        return before + " " + after
    return before + after
