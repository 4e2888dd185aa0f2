"""Qt-free core: decoding, cleaning, structure recognition and the Document model."""

from __future__ import annotations

from gzreader.core.errors import DocumentError
from gzreader.core.load import MAX_FILE_BYTES, document_from_bytes, document_from_text, load_document
from gzreader.core.model import KINDS, Document, OutlineNode

__all__ = [
    "KINDS",
    "MAX_FILE_BYTES",
    "Document",
    "DocumentError",
    "OutlineNode",
    "document_from_bytes",
    "document_from_text",
    "load_document",
]
