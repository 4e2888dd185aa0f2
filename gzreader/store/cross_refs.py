"""References across the library: what a document cites, resolved, and who cites a clause.

Above the SQL: it reads documents through `Library` and resolves with the core's Catalogue. The
reverse list is computed by reading every document's references (fine for a reader's library of
hundreds; an index for thousands is the next step, see issue 24).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from gzreader.core import Document
from gzreader.core.anchoring.annotation import Annotation
from gzreader.core.references import Catalogue, Reference, RefKind, Resolved, Target, find_references, resolve_all
from gzreader.core.references.resolve import Others
from gzreader.store.library import Library

_SENTENCE_ENDS = "。；！？\n"


@dataclass(frozen=True)
class CitedBy:
    doc_id: str
    title: str
    reference: Reference
    citation: str  # where the citing text stands: 《…》第四十五条
    sentence: str  # the sentence around the reference


def catalogue(library: Library) -> Catalogue:
    records = sorted(library.documents.all(), key=lambda r: r.modified, reverse=True)  # newest first
    return Catalogue.of((r.id, r.title, r.doc_number) for r in records)


def references_of_version(folder: str, version_id: int) -> list[Reference]:
    """A stored version's references, read in a process of its own (the window's worker): it opens
    the library itself, so only the references cross between the processes."""
    library = Library(Path(folder))
    try:
        return find_references(library.version_document(version_id))
    finally:
        library.close(auto_backup=False)


def resolved_references(library: Library, doc_id: str, doc: Document | None = None) -> list[tuple[Reference, Resolved]]:
    doc = library.document(doc_id) if doc is None else doc
    refs = find_references(doc)
    return list(zip(refs, resolve_all(doc, doc_id, refs, catalogue(library), library.document), strict=True))


def cited_by_index(library: Library) -> dict[tuple[str, str], list[CitedBy]]:
    """(document id, clause id) → the references that lead there, for the whole library at once."""
    index: dict[tuple[str, str], list[CitedBy]] = {}
    seen: set[tuple[str, str, str, str]] = set()  # one line per citing sentence (第一项至第五项 is one)
    shared = catalogue(library)
    for record in library.documents.all():
        doc = library.document(record.id)
        refs = find_references(doc)
        for ref, where in zip(refs, resolve_all(doc, record.id, refs, shared, library.document), strict=True):
            if where.doc is None or where.clause is None:
                continue
            entry = CitedBy(record.id, record.title, ref, doc.cite(ref.start), sentence(doc.text, ref))
            key = (where.doc, where.clause, record.id, entry.citation + entry.sentence)
            if key not in seen:
                seen.add(key)
                index.setdefault((where.doc, where.clause), []).append(entry)
    return index


def cited_by(library: Library, doc_id: str, clause_id: str) -> list[CitedBy]:
    """Every reference in the library that leads to `clause_id` of `doc_id`, or to a node inside it."""
    return lookup(cited_by_index(library), library.document(doc_id), doc_id, clause_id)


def lookup(index: dict[tuple[str, str], list[CitedBy]], doc: Document, doc_id: str, clause_id: str) -> list[CitedBy]:
    node = doc.node(clause_id)
    if node is None:
        return []
    found: dict[tuple[str, str, str], CitedBy] = {}
    for n in node.walk():  # the clause and its 款 and 项: one line per citing sentence
        for c in index.get((doc_id, n.id), []):
            found.setdefault((c.doc_id, c.citation, c.sentence), c)
    return sorted(found.values(), key=lambda c: (c.doc_id != doc_id, c.title, c.reference.start))


def sentence(text: str, ref: Reference, limit: int = 120) -> str:
    start = max((text.rfind(c, 0, ref.start) for c in _SENTENCE_ENDS), default=-1) + 1
    ends = [i for c in _SENTENCE_ENDS if (i := text.find(c, ref.end)) >= 0]
    end = min(ends) + 1 if ends else len(text)
    out = text[start:end].strip()
    return out if len(out) <= limit else out[: limit - 1] + "…"


def other_documents(library: Library, doc: Document, annotations: list[Annotation]) -> Others:
    """The library documents named by the annotations' external references, read now (in the
    calling thread: a brief is laid out in another one, where the library may not be used)."""
    shared = catalogue(library)
    spans = [(a.start, a.end) for a in annotations if a.start is not None and a.end is not None]
    loaded: dict[str, Document] = {}
    for ref in find_references(doc):
        if ref.kind != RefKind.EXTERNAL or not any(s <= ref.start and ref.end <= e for s, e in spans):
            continue
        doc_id = shared.find(ref.target)
        if doc_id is not None and doc_id not in loaded:
            loaded[doc_id] = library.document(doc_id)

    def lookup(target: Target) -> Document | None:
        doc_id = shared.find(target)
        return loaded.get(doc_id) if doc_id is not None else None

    return lookup
