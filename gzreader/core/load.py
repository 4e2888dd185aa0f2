"""From a file (or bytes, or text) to a Document: read, decode, clean, recognise structure."""

from __future__ import annotations

import gc
import os
import re
import warnings
from array import array
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gzreader.core.errors import DocumentError
from gzreader.core.formats.formats import Line, read_lines
from gzreader.core.formats.pages import PageMap
from gzreader.core.model import Document
from gzreader.core.outline.clean import clean_lines
from gzreader.core.text.find import fold

if TYPE_CHECKING:
    from gzreader.core.formats.pdf import PdfText
from gzreader.core.formats.office import CONVERTIBLE, converted, looks_like_html
from gzreader.core.outline.numbering import match_marker
from gzreader.core.outline.structure import build_outline
from gzreader.core.outline.titles import is_document_title

MAX_FILE_BYTES = 64 * 1024 * 1024  # far above any real policy text; protects memory

_DOC_NUMBER = re.compile(
    r"[\u4e00-\u9fff]{1,16}\s*[〔［\[【(（]\s*(?:19|20)\d{2}\s*[〕］\]】)）]\s*第?\s*\d{1,5}\s*号"
    r"|[\u4e00-\u9fff]{1,16}令\s*第\s*[\d一二三四五六七八九十百零〇]{1,6}\s*号"
)


def load_document(path: str | Path) -> Document:
    """Read a .txt/.md/.html/.docx/.pdf file (.doc/.wps through LibreOffice) into a Document."""
    data, name = read_document_file(Path(path))
    return document_from_bytes(data, name)


def read_document_file(path: Path) -> tuple[bytes, str]:
    """A document file's bytes and name; a .doc or .wps file converted to .docx when LibreOffice
    is installed (else document_from_bytes says which tool converts it)."""
    data = read_file(path)
    if path.suffix.lower() in IMAGE_SUFFIXES:  # kept as a PDF, so the Page view can show it
        return images_to_pdf([data]), display_path(path.with_suffix(".pdf").name)
    return converted(path, data) or (data, display_path(path.name))


def display_path(path: str | Path) -> str:
    """A path as text that can be shown and stored: a file name in another encoding (a GBK name
    on a UTF-8 system arrives as lone surrogates) is decoded as GB18030, else replaced."""
    text = str(path)
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        raw = os.fsencode(text)
    for codec in ("utf-8", "gb18030"):
        try:
            return raw.decode(codec)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace")


def read_file(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """A document file's bytes. Only regular files are read (a FIFO would block, /dev/zero never
    ends), and never more than `limit` bytes, whatever size the file claims."""
    try:
        if path.is_dir():
            raise DocumentError("is a folder, not a file")
        if not path.exists():
            raise DocumentError("no such file")
        if not path.is_file():
            raise DocumentError("not a regular file (a device, pipe or socket); nothing was read")
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except FileNotFoundError as exc:
        raise DocumentError("no such file") from exc
    except PermissionError as exc:
        raise DocumentError("permission denied") from exc
    except IsADirectoryError as exc:
        raise DocumentError("is a folder, not a file") from exc
    except OSError as exc:
        raise DocumentError(f"cannot be read ({exc.strerror or exc})") from exc
    if len(data) > limit:
        raise DocumentError(f"the file is too large (the limit is {limit // 2**20} MB)")
    return data


def document_from_bytes(data: bytes, name: str, progress: Callable[[int, int], None] | None = None) -> Document:
    """Parse a file's bytes; the suffix of `name` selects the format (a PDF is known by its bytes).
    `progress(done, total)` hears of long work (OCR, page by page)."""
    if len(data) > MAX_FILE_BYTES:
        raise DocumentError(f"the file is too large (the limit is {MAX_FILE_BYTES // 2**20} MB)")
    if Path(name).suffix.lower() in CONVERTIBLE and looks_like_html(data):
        name = str(Path(name).with_suffix(".html"))  # a web page saved as .doc: read as what it is
    refuse_office_format(name)
    if Path(name).suffix.lower() in IMAGE_SUFFIXES:
        data, name = images_to_pdf([data]), str(Path(name).with_suffix(".pdf"))
    if data[:1024].lstrip().startswith(b"%PDF"):
        return _pdf_document(data, name, progress)
    with _collector_paused():
        return _build(read_lines(data, Path(name).suffix), name)


_OFFICE = {
    ".wps": "a WPS Writer file: save it as .docx in WPS (or convert it with LibreOffice) and import that",
    ".ofd": "an OFD file: open it in an OFD reader (数科、福昕 …) and save it as PDF, then import that",
    ".doc": "an old Word .doc file: save it as .docx (Word, WPS or LibreOffice) and import that",
}


def refuse_office_format(name: str) -> None:
    """Formats gzreader cannot read itself, said with the tool that converts them."""
    reason = _OFFICE.get(Path(name).suffix.lower())
    if reason:
        raise DocumentError(f"this is {reason}")


IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff")


class PageImageError(DocumentError):
    """One of several page images is bad: `index` says which, so the message can name its file."""

    def __init__(self, index: int, message: str) -> None:
        super().__init__(message)
        self.index = index


def images_to_pdf(images: list[bytes]) -> bytes:
    """Photos or scans of pages, in order, as one image-only PDF (then read by OCR like any
    scanned PDF, with the Page view beside it)."""
    import io

    from PIL import Image, UnidentifiedImageError

    from gzreader.core.formats.pdf import MAX_PAGES

    pages: list[bytes] = []  # each page a one-page PDF: one decoded picture in memory at a time
    resolution = 0.0
    for index, data in enumerate(images):
        try:
            with warnings.catch_warnings():
                # a header declaring a giant picture is refused in one line, not warned about on stderr
                warnings.simplefilter("error", Image.DecompressionBombWarning)
                image = Image.open(io.BytesIO(data))
                frames = getattr(image, "n_frames", 1)  # a multi-page TIFF
                if len(pages) + frames > MAX_PAGES:
                    raise PageImageError(
                        index, f"the images hold more than {MAX_PAGES:,} pages; gzreader reads at most {MAX_PAGES:,}"
                    )
                for frame in range(frames):
                    image.seek(frame)
                    grey = _grey(image)
                    resolution = resolution or scan_dpi(grey)  # the first page's, for every page
                    page = io.BytesIO()
                    grey.save(page, "PDF", resolution=resolution)
                    pages.append(page.getvalue())
                    del grey
        except PageImageError:
            raise
        except (Image.DecompressionBombWarning, Image.DecompressionBombError) as exc:
            message = "the image is too large (its header declares more than 89 million pixels)"
            raise PageImageError(index, message) from exc
        except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
            raise PageImageError(index, "this is not an image gzreader can read (PNG, JPEG or TIFF)") from exc
        except MemoryError as exc:
            raise PageImageError(index, "the image is too large to read") from exc
    if not pages:
        raise DocumentError("the image holds no page")
    return pages[0] if len(pages) == 1 else _joined_pdf(pages)


def _joined_pdf(pages: list[bytes]) -> bytes:
    """One-page PDFs joined into one, in order (on PDFium's thread)."""
    import io

    from gzreader.core.formats import pdfium_owner

    def join(pypdfium2: Any) -> bytes:
        joined = pypdfium2.PdfDocument.new()
        try:
            for data in pages:
                page = pypdfium2.PdfDocument(data)
                joined.import_pages(page)
                page.close()
            out = io.BytesIO()
            joined.save(out)
            return out.getvalue()
        finally:
            joined.close()

    return pdfium_owner.run(join)


def scan_dpi(image: Any) -> float:
    """The resolution a scan was made at. A TIFF saved without one (PIL and ImageMagick write 1 or
    72, an ordinary scanner output) would make a page metres wide: then the page is taken as A4
    and the resolution follows from its pixels."""
    dpi = image.info.get("dpi", (0, 0))[0] or 0
    if 100 <= dpi <= 1200:
        return float(dpi)
    return float(min(600, max(100, max(image.size) / 11.69)))  # the long side of A4 in inches


def _grey(image: Any) -> Any:
    """One page in 8-bit grey; 16-bit and floating-point scans are scaled into 0–255 first."""
    if image.mode in ("I;16", "I;16B", "I;16L", "I", "F"):
        low, high = image.getextrema()
        span = (high - low) or 1
        image = image.point(lambda v: (v - low) * 255 / span).convert("L")
    return image.convert("L").copy()


def _pdf_document(data: bytes, name: str, progress: Callable[[int, int], None] | None = None) -> Document:
    """A text-layer PDF reflowed into paragraphs, parsed like any text, with its page map."""
    from dataclasses import replace

    from gzreader.core.formats.pdf import read_pdf

    pdf = read_pdf(data, progress)
    doc = _build([Line(p.text) for p in pdf.paragraphs], name)
    return replace(doc, title=_with_adoption_note(doc), pages=_page_map(doc.text, pdf), warnings=pdf.warnings)


_ADOPTION = re.compile(r"^[（(]?\s*(\d{4}\s*年[^。]{4,80}?(?:通过|修订|修正|公布))\s*[）)]?$")


def _with_adoption_note(doc: Document) -> str:
    """A law printed as a PDF carries the line under its title (2021年8月20日第十三届…通过) in its
    title, as the printed title page reads: 《…保护法（2021年8月20日…通过）》."""
    lines = doc.text.split("\n", 3)
    if len(lines) >= 2 and lines[0] == doc.title and "关于" not in doc.title:
        for candidate in (lines[1], "".join(lines[1:3])):  # the note may be set over two lines
            note = _ADOPTION.match(fold(candidate).strip())
            if note:
                squashed = re.sub(r"\s+", "", note.group(1))
                return f"{doc.title}（{squashed}）"
    return doc.title


PAGE_MAP_SLACK = 2000  # characters the cleaning may drop between two paragraphs found
LOOK_AHEAD = 30  # paragraphs: a 目录 holds a few dozen entries at most


def _page_map(text: str, pdf: PdfText) -> PageMap:
    """Find each reflowed paragraph in the canonical text, in order and whitespace aside (the
    cleaning changes spacing), and map its lines there; a paragraph the cleaning dropped (a 目录,
    chrome) is simply not found."""
    # where each non-space character sits in the text: an array of 4-byte offsets, not a list of
    # Python ints (36 bytes each: 48× the text's size on a 266-page law)
    positions = array("I", (i for i, ch in enumerate(text) if not ch.isspace()))
    squashed = re.sub(r"\s+", "", text)
    offsets: array[int] = array("I")
    pages: array[int] = array("H")
    coords: array[float] = array("f")
    doubtful: list[int] = []
    keys = [re.sub(r"\s+", "", p.text) for p in pdf.paragraphs]
    cursor = 0
    for n, (paragraph, key) in enumerate(zip(pdf.paragraphs, keys, strict=True)):
        # near the last one found: a 目录 entry must not match its chapter further on
        at = squashed.find(key, cursor, cursor + len(key) + PAGE_MAP_SLACK) if key else -1
        if at < 0 or any(squashed.find(k, cursor, at) >= 0 for k in keys[n + 1 : n + LOOK_AHEAD] if k):
            continue  # dropped by the cleaning (or the next paragraphs come first): not mapped
        doubtful.extend(len(offsets) + i for i in paragraph.doubtful or ())
        for i, inner in enumerate(paragraph.starts):
            skipped = len(re.sub(r"\s+", "", paragraph.text[:inner]))
            offsets.append(positions[min(at + skipped, len(positions) - 1)])
            pages.append(paragraph.pages[i])
        coords.extend(paragraph.coords)
        cursor = at + len(key)
    made = PageMap.from_arrays(offsets, pages, coords, pdf.page_sizes)
    made.doubtful = frozenset(doubtful)
    return made


def document_from_text(text: str, name: str = "untitled.txt") -> Document:
    """Parse text that is already decoded (plain text unless `name` ends in .md)."""
    if Path(name).suffix.lower() in (".md", ".markdown", ".html", ".htm"):
        return document_from_bytes(text.encode("utf-8"), name)
    return _build([Line(t) for t in text.splitlines()], name)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while a text becomes a document: the parse makes hundreds of
    thousands of objects and no cycles, and the collector's passes over them were 12 % of the time
    of a 10 MB text. Back on afterwards (unless something else had turned it off)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _build(lines: list[Line], name: str) -> Document:
    cleaned = clean_lines(lines)
    if not cleaned.lines:
        raise DocumentError("the file contains no readable text")
    stem = Path(name).stem or "untitled"
    outline = build_outline(cleaned.lines, stem)
    paragraphs = outline.paragraphs
    # The first part that is titled like a document (…的通知, …条例): a saved page's site name
    # ("…政府信息公开") or menu words ("语言") open parts of their own before it.
    titled = [t for t in outline.part_titles if is_document_title(t)] or outline.part_titles
    title = _LATIN_MENU.sub("", titled[0]) if titled else _fallback_title(paragraphs, stem)
    doc_number = cleaned.doc_number or _find_doc_number(paragraphs[:15])
    return Document(title, doc_number, "\n".join(paragraphs), outline.nodes, name)


# "Government Agencies广州市…的通知": a bilingual menu's last item glued before the title
_LATIN_MENU = re.compile(r"^[A-Za-z][A-Za-z &\-]*(?=[\u4e00-\u9fff])")


def _fallback_title(paragraphs: list[str], stem: str) -> str:
    """Without a title line: a short first line that is not a heading, else the file's name."""
    first = paragraphs[0]
    short = len(first) <= 60 and not re.search(r"[。；：:，,]", first)
    return first if short and match_marker(first) is None else stem


def _find_doc_number(paragraphs: list[str]) -> str | None:
    """A 文号 on its own line (粤大湾区〔2020〕1号) or in a title's parentheses."""
    for text in paragraphs:
        text = fold(text)  # １号 is 1号
        m = _DOC_NUMBER.search(text)
        sentence = text.rstrip().endswith(("。", "；", "，", "：", ";", ","))  # "…不适用于国发〔2019〕4号。"
        if m and not sentence and (len(text) <= 40 or text.endswith(("）", ")"))):
            number = re.sub(r"\s+", "", m.group(0)).lstrip("（(")
            # the year stands in 〔〕 (GB/T 9704); OCR and typists write ［］ or [] as often
            return re.sub(
                r"[［\[【](\d{4})[］\]】〕]|〔(\d{4})[］\]】]", lambda y: f"〔{y.group(1) or y.group(2)}〕", number
            )
    return None
