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
from gzreader.core.metadata import Metadata
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


_made: dict[Path, tuple[tuple[object, ...], Catalogue, dict[str, str]]] = {}  # per library, while unchanged


def catalogue(library: Library, citing: str | None = None) -> Catalogue:
    """The library's documents for resolving references, newest first; with `citing` (a document
    id), versions are chosen as in force on that document's date. Made once while the library's
    documents and their information stay as they are (190 ms at 3,344 documents; a hover asks)."""
    stamp = (library.data_version(), *library.conn.query_one(_STAMP_SQL))  # type: ignore[misc]
    made = _made.get(library.path)
    if made is None or made[0] != stamp:
        records = sorted(library.documents.all(), key=lambda r: r.modified, reverse=True)  # newest first
        entries = {e.doc_id: e.meta for e in library.info.entries()}
        rows = [
            (r.id, r.title, r.doc_number, _in_force_from(entries[r.id]) if r.id in entries else "") for r in records
        ]
        made = _made[library.path] = (stamp, Catalogue.of(rows), {k: _dated(m) for k, m in entries.items()})
    shared, dates = made[1], made[2]
    return shared.dated(dates.get(citing, "")) if citing is not None else shared


_STAMP_SQL = (
    "SELECT (SELECT count(*) FROM documents), (SELECT max(modified) FROM documents), "
    "(SELECT max(current_version) FROM documents), (SELECT max(modified) FROM document_info)"
)


def _in_force_from(meta: Metadata) -> str:
    for found in (meta.effective, meta.version_date, meta.published, meta.written):
        if found is not None:
            return found.value
    return ""


def _dated(meta: Metadata) -> str:
    """A citing document's date: its 成文日期, else its version's."""
    for found in (meta.written, meta.version_date, meta.published):
        if found is not None:
            return found.value
    return ""


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
    known = catalogue(library, doc_id)
    return list(zip(refs, resolve_all(doc, doc_id, refs, known, library.document), strict=True))


def cited_by_index(library: Library) -> dict[tuple[str, str], list[CitedBy]]:
    """(document id, clause id) → the references that lead there, for the whole library at once."""
    index: dict[tuple[str, str], list[CitedBy]] = {}
    seen: set[tuple[str, str, str, str]] = set()  # one line per citing sentence (第一项至第五项 is one)
    for record in library.documents.all():
        doc = library.document(record.id)
        refs = find_references(doc)
        known = catalogue(library, record.id)
        for ref, where in zip(refs, resolve_all(doc, record.id, refs, known, library.document), strict=True):
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


def other_documents(
    library: Library, doc: Document, annotations: list[Annotation], doc_id: str | None = None
) -> Others:
    """The library documents named by the annotations' external references (the versions in force
    on the date of `doc_id`, the citing document), read now (in the calling thread: a brief is laid
    out in another one, where the library may not be used)."""
    shared = catalogue(library, doc_id)
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
