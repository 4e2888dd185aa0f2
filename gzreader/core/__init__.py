"""Qt-free core: decoding, cleaning, structure recognition and the Document model."""

from __future__ import annotations

from gzreader.core.anchoring.citation import Citation
from gzreader.core.errors import DocumentError, UserError
from gzreader.core.kinds import AnnotationKind, OutlineKind
from gzreader.core.load import MAX_FILE_BYTES, document_from_bytes, document_from_text, load_document
from gzreader.core.model import Document, OutlineNode

__all__ = [
    "MAX_FILE_BYTES",
    "AnnotationKind",
    "Citation",
    "Document",
    "DocumentError",
    "OutlineKind",
    "OutlineNode",
    "UserError",
    "document_from_bytes",
    "document_from_text",
    "load_document",
]
