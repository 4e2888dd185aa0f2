"""How a version's outline is kept: zlib-compressed JSON in the same column.

An outline's JSON repeats its document's title in every citation and is larger than the text itself
(3,346 laws: 72 M characters of outline for 19 M of text); compressed it is a tenth. Libraries
written before hold the JSON as text, which still reads: SQLite keeps a value's type, so a BLOB is
packed and a TEXT is plain.
"""

from __future__ import annotations

import zlib

from gzreader.store.errors import LibraryError


def pack_outline(outline_json: str) -> bytes:
    return zlib.compress(outline_json.encode("utf-8"), 6)


def unpack_outline(stored: str | bytes, what: str) -> str:
    """The JSON text of a stored outline; one clear line if it was damaged."""
    if isinstance(stored, str):
        return stored
    try:
        return zlib.decompress(stored).decode("utf-8")
    except (zlib.error, UnicodeDecodeError) as exc:
        raise LibraryError(f"{what}: its stored outline is damaged; import the file again") from exc
