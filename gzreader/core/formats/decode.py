"""Bytes to text: UTF-8 (with or without BOM), GB18030/GBK, UTF-16 with BOM; binary refused."""

from __future__ import annotations

import codecs

from gzreader.core.errors import DocumentError

# Signatures of common binary formats a user may pick by mistake.
_BINARY_MAGIC = (
    b"%PDF",
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF8",
    b"PK\x03\x04",
    b"\x7fELF",
    b"MZ",
    b"\xd0\xcf\x11\xe0",  # OLE: .doc, .xls
    b"SQLite format 3",
    b"\x1f\x8b",
    b"Rar!",
    b"7z\xbc\xaf",
)
_ALLOWED_CONTROLS = set("\t\n\r\f\v")


def decode_bytes(data: bytes) -> str:
    """Decode a text file's bytes, or raise DocumentError with a one-line reason."""
    if not data:
        raise DocumentError("the file is empty")
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return _checked(data.decode(codec))
            except UnicodeDecodeError as exc:
                raise DocumentError(
                    f"the file starts with a {codec.upper()} mark but is not valid {codec.upper()}"
                ) from exc
    if data.startswith(b"%PDF"):
        raise DocumentError("this is a binary file (a PDF), not a text document; copy its text into a .txt file")
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise DocumentError("this is a binary file (an old Word .doc or Excel file); save it as .docx and import that")
    if data.startswith(_BINARY_MAGIC):  # before the UTF-16 guess: random bytes may look like it
        raise DocumentError("this is a binary file, not a text document")
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return _checked(utf16)
    if b"\x00" in data:
        raise DocumentError("this is a binary file, not a text document")
    for codec in ("utf-8", "gb18030"):
        try:
            return _checked(data.decode(codec))
        except UnicodeDecodeError:
            continue
    return _checked(_guess(data))


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text saved without a byte-order mark, recognised by its byte pattern: ASCII letters
    and line breaks put NUL bytes on one side of each pair only. None when the pattern is absent."""
    sample = data[:65536]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    # Text has a line break or an ASCII character every few dozen characters (random bytes: a NUL
    # in 256); 一 (U+4E00) and its kin put a few NULs on the other side too.
    if max(even, odd) < max(2, len(sample) // 200) or 3 * min(even, odd) > max(even, odd):
        return None  # too few NULs, or NULs on both sides: not UTF-16
    unclear = DocumentError(
        "the text encoding is not recognised (it looks like UTF-16 without a byte-order mark, but does not decode)"
    )
    if len(data) % 2:
        raise unclear
    try:
        text = data.decode("utf-16-be" if even > odd else "utf-16-le")
    except UnicodeDecodeError as exc:
        raise unclear from exc
    if "\x00" in text:
        raise unclear
    return text


def _guess(data: bytes) -> str:
    """Tie-breaker for text that is neither UTF-8 nor GB18030 (Big5, say)."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:1_000_000]).best()
    if best is None or best.encoding is None:
        raise DocumentError("the text encoding is not recognised (expected UTF-8, GB18030/GBK or UTF-16)")
    try:
        return data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise DocumentError("the text encoding is not recognised (expected UTF-8, GB18030/GBK or UTF-16)") from exc


def _checked(text: str) -> str:
    """Refuse decoded text that is mostly control characters (binary that happened to decode)."""
    sample = text[:100_000]
    controls = sum(1 for ch in sample if ch < " " and ch not in _ALLOWED_CONTROLS)
    if controls > max(8, len(sample) // 200):
        raise DocumentError("this looks like a binary file, not a text document")
    if not text.strip():
        raise DocumentError("the file contains no text")
    return text
