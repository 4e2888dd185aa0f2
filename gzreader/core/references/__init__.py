"""Cross-references: 第十八条第二款, 前款, 《行政许可法》第二十条, 国发〔2019〕4号 — found, then resolved."""

from gzreader.core.references.detect import Reference, RefKind, Target, find_references
from gzreader.core.references.resolve import Catalogue, Resolved, resolve_all, short_title

__all__ = [
    "Catalogue",
    "RefKind",
    "Reference",
    "Resolved",
    "Target",
    "find_references",
    "resolve_all",
    "short_title",
]
