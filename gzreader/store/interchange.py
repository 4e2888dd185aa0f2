"""Annotation export: W3C Web Annotation collections (JSON-LD), Markdown and CSV (import: w3c_import).

Our own fields travel under the `gzreader:` prefix declared in the @context, so other tools
read standard selectors and bodies and ignore the rest.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from typing import Any

from gzreader.core import Document
from gzreader.core.anchoring.annotation import Annotation
from gzreader.core.formats.spreadsheet import spreadsheet_safe
from gzreader.core.kinds import ANNOTATION_RULES
from gzreader.core.outline.corrections import Correction
from gzreader.store.records import DocumentRecord

CONTEXT: list[Any] = ["http://www.w3.org/ns/anno.jsonld", {"gzreader": "urn:gzreader:"}]


def citation_text(doc: Document, ann: Annotation) -> str:
    """Where the annotation is now; for an orphan, where it was made (旧版 二（一）2 …)."""
    return ann.made_at() if ann.orphan else _clause_citation(doc, ann)


def _clause_citation(doc: Document, ann: Annotation) -> str:
    return doc.clause_citation(ann.anchor.clause_id).full()


def _made_citation(doc: Document, ann: Annotation) -> str:
    made = ann.anchor.citation
    return made.full() if made is not None else _clause_citation(doc, ann)


def fixes_to_json(fixes: Sequence[Correction]) -> list[dict[str, Any]]:
    """Outline corrections as the gzreader extension of an annotation collection."""
    return [
        {
            "action": f.action.value,
            "quote": f.quote,
            "prefix": f.prefix,
            "kind": f.kind or "",
            "level": f.level,
            "created": f.created,
        }
        for f in fixes
    ]


def to_web_annotations(
    record: DocumentRecord,
    doc: Document,
    annotations: list[Annotation],
    fixes: Sequence[Correction] = (),
    info: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """The W3C collection; gzreader's extensions carry the outline corrections and the reader's
    own document information (issuers, dates, 时效性 set by hand)."""
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
        **({"gzreader:outlineCorrections": fixes_to_json(fixes)} if fixes else {}),
        **({"gzreader:documentInfo": dict(sorted(info.items()))} if info else {}),
    }


def to_markdown(doc: Document, annotations: list[Annotation]) -> str:
    lines = [f"# {doc.title}", ""]
    if doc.doc_number:
        lines += [doc.doc_number, ""]
    for ann in annotations:
        head = "（已失锚）" + citation_text(doc, ann) if ann.orphan else citation_text(doc, ann)
        lines += [f"## {head}", "", f"*{ann.kind} · {ann.color}*", ""]
        lines += ["> " + line for line in ann.quote.splitlines() or [""]]
        lines.append("")
        if ann.note:
            lines += [ann.note, ""]
        if ann.tags:
            lines += [" ".join(f"#{t}" for t in ann.tags), ""]
    return "\n".join(lines)


CSV_FIELDS = [
    "id",
    "kind",
    "color",
    "citation",
    "clause",
    "start",
    "end",
    "quote",
    "note",
    "tags",
    "created",
    "modified",
    "orphan",
]


def to_csv(doc: Document, annotations: list[Annotation]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, CSV_FIELDS)
    writer.writeheader()
    for ann in annotations:
        writer.writerow(
            {
                "id": ann.id,
                "kind": str(ann.kind),
                "color": ann.color,
                "citation": spreadsheet_safe(citation_text(doc, ann)),
                "clause": spreadsheet_safe(ann.anchor.clause_id or ""),
                "start": "" if ann.orphan else ann.anchor.start,
                "end": "" if ann.orphan else ann.anchor.end,
                "quote": spreadsheet_safe(ann.quote),
                "note": spreadsheet_safe(ann.note),
                "tags": spreadsheet_safe(";".join(ann.tags)),
                "created": ann.created,
                "modified": ann.modified,
                "orphan": int(ann.orphan),
            }
        )
    return out.getvalue()
