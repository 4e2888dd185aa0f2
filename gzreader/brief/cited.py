"""引用条文: the text of the clauses an excerpt refers to, to print under it in a brief."""

from __future__ import annotations

from collections.abc import Sequence

from gzreader.core import Document
from gzreader.core.references import Reference, RefKind
from gzreader.core.references.resolve import Others, locate


def cited_clauses(
    doc: Document, references: Sequence[Reference], start: int, end: int, others: Others | None = None
) -> list[tuple[str, str]]:
    """(citation, text) of each clause referred to between `start` and `end`, in order, each once.
    A reference to a whole other document (《行政许可法》 without an article) prints nothing."""
    out: list[tuple[str, str]] = []
    seen: set[tuple[int, str]] = set()
    for ref in references:
        if ref.start < start or ref.end > end:
            continue
        external = ref.kind == RefKind.EXTERNAL
        if external and (others is None or (ref.target.article is None and ref.target.chapter is None)):
            continue
        target_doc = others(ref.target) if external and others is not None else doc
        if target_doc is None:
            continue
        node = locate(target_doc, ref.target, 0 if external else ref.start)
        if node is None or (id(target_doc), node.id) in seen:
            continue
        seen.add((id(target_doc), node.id))
        out.append((node.citation.full(), target_doc.text[node.start : node.end].strip()))
    return out
