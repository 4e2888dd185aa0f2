"""Annotation interchange: W3C Web Annotation collections (JSON-LD), Markdown and CSV.

Our own fields travel under the `gzreader:` prefix declared in the @context, so other tools
read standard selectors and bodies and ignore the rest.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from gzreader.core import Citation, Document
from gzreader.core.anchoring import moved_anchor, reanchor
from gzreader.core.annotation import Anchor, Annotation, normalize_color, normalize_tags
from gzreader.core.kinds import ANNOTATION_RULES, AnnotationKind
from gzreader.store.errors import LibraryError
from gzreader.store.library import Library
from gzreader.store.records import DocumentRecord

CONTEXT: list[Any] = ["http://www.w3.org/ns/anno.jsonld", {"gzreader": "urn:gzreader:"}]
KIND_OF = {rule.motivation: kind for kind, rule in ANNOTATION_RULES.items()}


def _citation(doc: Document, ann: Annotation) -> str:
    """Where the annotation is now; for an orphan, where it was made (旧版 二（一）2 …)."""
    if ann.orphan:
        return ann.made_at()
    return doc.citation_for(doc.node(ann.anchor.clause_id or "")).full()


def _made_citation(doc: Document, ann: Annotation) -> str:
    made = ann.anchor.citation
    return made.full() if made is not None else doc.citation_for(doc.node(ann.anchor.clause_id or "")).full()


def to_web_annotations(record: DocumentRecord, doc: Document, annotations: list[Annotation]) -> dict[str, Any]:
    items = []
    for ann in annotations:
        selectors: list[dict[str, Any]] = [
            {"type": "TextQuoteSelector", "exact": ann.quote, "prefix": ann.anchor.prefix, "suffix": ann.anchor.suffix}
        ]
        if not ann.orphan:
            selectors.append({"type": "TextPositionSelector", "start": ann.anchor.start, "end": ann.anchor.end})
        body: list[dict[str, Any]] = []
        if ann.note:
            body.append({"type": "TextualBody", "purpose": "commenting", "value": ann.note, "format": "text/plain"})
        body += [{"type": "TextualBody", "purpose": "tagging", "value": tag} for tag in ann.tags]
        item: dict[str, Any] = {
            "id": f"urn:uuid:{ann.id}",
            "type": "Annotation",
            "motivation": ANNOTATION_RULES[ann.kind].motivation,
            "created": ann.created,
            "modified": ann.modified,
            "body": body,
            "target": {"source": f"urn:sha256:{record.sha256}", "selector": selectors},
            "gzreader:color": ann.color,
            "gzreader:clause": ann.anchor.clause_id,
            "gzreader:citation": _made_citation(doc, ann),  # as made: stays true when numbers shift
            "gzreader:clauseTitle": ann.anchor.clause_title,
        }
        if ann.orphan:
            item["orphan"] = True
        items.append(item)
    return {
        "@context": CONTEXT,
        "type": "AnnotationCollection",
        "label": doc.title,
        "gzreader:document": record.id,
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }


def import_web_annotations(library: Library, data: dict[str, Any], doc_name: str | None = None) -> list[Annotation]:
    """Add the collection's annotations (those not already present) to their document."""
    if not isinstance(data, dict) or data.get("type") != "AnnotationCollection":
        raise LibraryError("not a W3C AnnotationCollection")
    items = data.get("first", {}).get("items", [])
    record = library.resolve(doc_name) if doc_name else _document_of(library, data, items)
    doc = library.document(record.id)
    added = []
    for item in items:
        ann = _annotation_from_item(item, record.id, doc)
        if library.has_annotation(ann.id):
            continue  # already here (the very same id): importing twice changes nothing
        added.append(library.insert_annotation(ann).annotation)
    return added


def _document_of(library: Library, data: dict[str, Any], items: list[dict[str, Any]]) -> DocumentRecord:
    name = data.get("gzreader:document")
    sources = {i.get("target", {}).get("source", "") for i in items}
    for record in library.documents():
        if record.id == name or f"urn:sha256:{record.sha256}" in sources:
            return record
    raise LibraryError(
        "the document these annotations belong to is not in the library; import it, or name it with --doc"
    )


def _annotation_from_item(item: dict[str, Any], doc_id: str, doc: Document) -> Annotation:
    try:
        ann_id = str(item["id"]).removeprefix("urn:uuid:")
        kind = KIND_OF.get(item.get("motivation", "highlighting"), AnnotationKind.HIGHLIGHT)
        selectors = {s["type"]: s for s in item["target"]["selector"]}
        quote = selectors["TextQuoteSelector"]
        position = selectors.get("TextPositionSelector")
        bodies = item.get("body", [])
        bodies = [bodies] if isinstance(bodies, dict) else bodies
        note = "\n\n".join(b["value"] for b in bodies if b.get("purpose") == "commenting")
        tags = normalize_tags([b["value"] for b in bodies if b.get("purpose") == "tagging"])
        color = normalize_color(item.get("gzreader:color"))
    except (KeyError, TypeError, ValueError) as exc:
        raise LibraryError(f"annotation {item.get('id', '?')!r} is malformed ({exc})") from exc
    made = item.get("gzreader:citation")
    old = Anchor(
        start=int(position["start"]) if position else 0, end=int(position["end"]) if position else 0,
        exact=quote["exact"], prefix=quote.get("prefix", ""), suffix=quote.get("suffix", ""),
        clause_id=item.get("gzreader:clause"), citation=Citation.parse(made) if isinstance(made, str) else None,
        clause_title=str(item.get("gzreader:clauseTitle") or ""),
    )  # fmt: skip
    found = reanchor(old, doc.text)
    anchor = old if found is None else moved_anchor(old, doc, *found)
    created = str(item.get("created") or "")
    return Annotation(
        id=ann_id, document_id=doc_id, kind=kind, color=color, note=note, tags=tags, created=created,
        modified=str(item.get("modified") or created), anchor=anchor, orphan=found is None,
    )  # fmt: skip


def to_markdown(doc: Document, annotations: list[Annotation]) -> str:
    lines = [f"# {doc.title}", ""]
    if doc.doc_number:
        lines += [doc.doc_number, ""]
    for ann in annotations:
        head = "（已失锚）" + _citation(doc, ann) if ann.orphan else _citation(doc, ann)
        lines += [f"## {head}", "", f"*{ann.kind} · {ann.color}*", ""]
        lines += ["> " + line for line in ann.quote.splitlines() or [""]]
        lines.append("")
        if ann.note:
            lines += [ann.note, ""]
        if ann.tags:
            lines += [" ".join(f"#{t}" for t in ann.tags), ""]
    return "\n".join(lines)


CSV_FIELDS = ["id", "kind", "color", "citation", "clause", "start", "end", "quote", "note", "tags", "created",
              "modified", "orphan"]  # fmt: skip


def to_csv(doc: Document, annotations: list[Annotation]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, CSV_FIELDS)
    writer.writeheader()
    for ann in annotations:
        writer.writerow({
            "id": ann.id, "kind": ann.kind, "color": ann.color, "citation": _citation(doc, ann),
            "clause": ann.anchor.clause_id or "", "start": "" if ann.orphan else ann.anchor.start,
            "end": "" if ann.orphan else ann.anchor.end, "quote": ann.quote, "note": ann.note,
            "tags": ";".join(ann.tags), "created": ann.created, "modified": ann.modified, "orphan": int(ann.orphan),
        })  # fmt: skip
    return out.getvalue()
