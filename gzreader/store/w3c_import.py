"""Importing a W3C Web Annotation collection: every item checked, all or nothing.

An item is added only if its id is new (ids match exactly; prefixes are a convenience of the
command line's arguments, never of an import). Malformed items, duplicate or empty ids, wrong
types and strings that are not text (lone surrogates) are reported by item number; by default
nothing is imported then, and with `skip_invalid` the valid items are.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gzreader.core import Citation, Document, DocumentError
from gzreader.core.anchoring.anchoring import moved_anchor, reanchor
from gzreader.core.anchoring.annotation import Anchor, Annotation, color_for, normalize_tags
from gzreader.core.kinds import ANNOTATION_RULES, AnnotationKind
from gzreader.core.load import read_file
from gzreader.core.outline.corrections import Correction, FixAction, outline_kind, problem
from gzreader.store.doc_info import checked_values
from gzreader.store.errors import LibraryError
from gzreader.store.library import Library
from gzreader.store.records import DocumentRecord

KIND_OF = {rule.motivation: kind for kind, rule in ANNOTATION_RULES.items()}
MAX_JSON_BYTES = 256 * 2**20
MAX_TEXT = 2_000_000  # characters in one quote or note


class InvalidItem(ValueError):
    """One item of a collection cannot become an annotation; the message says why."""


@dataclass(frozen=True)
class ImportReport:
    imported: tuple[Annotation, ...]
    present: tuple[str, ...]  # ids already in the library: skipped
    invalid: tuple[str, ...]  # "item N: reason", skipped (only with skip_invalid)
    fixes: int = 0  # outline corrections added from the gzreader extension
    info: int = 0  # fields of document information added from it

    @property
    def orphans(self) -> tuple[str, ...]:
        return tuple(a.id for a in self.imported if a.orphan)

    def summary(self) -> str:
        text = f"imported {len(self.imported)}, already present {len(self.present)}, orphans {len(self.orphans)}"
        text += f", outline corrections {self.fixes}" if self.fixes else ""
        text += f", document information {self.info}" if self.info else ""
        return text + (f", invalid {len(self.invalid)}" if self.invalid else "")

    def to_dict(self) -> dict[str, Any]:
        return {
            "imported": [a.id for a in self.imported],
            "already_present": list(self.present),
            "orphans": list(self.orphans),
            "invalid": list(self.invalid),
            "outline_corrections": self.fixes,
        }


def read_collection(path: Path) -> Any:
    """The JSON of an annotation file, or one line saying why it is not one."""
    try:
        data = read_file(path, MAX_JSON_BYTES)
    except DocumentError as exc:
        raise LibraryError(f"{path}: {exc}") from exc
    try:
        return json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise LibraryError(f"{path}: not a JSON annotation file (not UTF-8 text)") from exc
    except json.JSONDecodeError as exc:
        raise LibraryError(f"{path}: not a JSON annotation file ({exc.msg}, line {exc.lineno})") from exc
    except RecursionError as exc:
        raise LibraryError(f"{path}: not a JSON annotation file (nested too deeply)") from exc


def import_collection(
    library: Library,
    data: Any,
    doc_name: str | None = None,
    *,
    skip_invalid: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """Add the collection's new annotations to their document in one transaction."""
    if not isinstance(data, dict) or data.get("type") != "AnnotationCollection":
        raise LibraryError('not a W3C AnnotationCollection (no "type": "AnnotationCollection")')
    page = data.get("first", {})
    items = page.get("items", []) if isinstance(page, dict) else None
    if not isinstance(items, list):
        raise LibraryError('not a W3C AnnotationCollection ("first" holds no list of "items")')
    record = library.documents.resolve(doc_name) if doc_name else _document_of(library, data, items)
    doc = library.document(record.id)
    existing = library.annotations.ids()
    seen: set[str] = set()
    new: list[Annotation] = []
    present: list[str] = []
    invalid: list[str] = []
    for number, item in enumerate(items, start=1):
        try:
            ann = _annotation(item, record.id, doc)
            if ann.id in seen:
                raise InvalidItem(f"the id {ann.id!r} occurs twice in the file")
        except InvalidItem as exc:
            invalid.append(f"item {number}: {exc}")
            continue
        seen.add(ann.id)
        if ann.id in existing:
            present.append(ann.id)
        else:
            new.append(ann)
        if progress is not None and number % 1000 == 0:
            progress(number, len(items))
    if progress is not None and len(items) >= 1000:
        progress(len(items), len(items))
    if invalid and not skip_invalid:
        raise LibraryError(
            f"{len(invalid)} of {len(items)} annotations are invalid ({invalid[0]}); nothing was imported "
            "(--skip-invalid imports the valid ones)"
        )
    fixes = _fixes(data.get("gzreader:outlineCorrections", []), library.corrections.of(record.id))
    info = _info(data.get("gzreader:documentInfo", {}), library.info.fixes(record.id))
    library.annotations.insert_many(
        new,
        outline_fixes=[(record.id, fix) for fix in fixes],
        document_info=[(record.id, k, v) for k, v in info.items()],
    )  # one transaction: all of the file or nothing
    return ImportReport(tuple(new), tuple(present), tuple(invalid), len(fixes), len(info))


def _info(value: Any, existing: dict[str, str]) -> dict[str, str]:
    """The extension's document information, checked field by field; a value the reader has set
    here already stays (the file does not overwrite it); a bad one refuses the whole file."""
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        raise LibraryError('"gzreader:documentInfo" is not an object of texts; nothing was imported')
    try:
        checked = checked_values(value)
    except LibraryError as exc:
        raise LibraryError(f"document information is invalid ({exc}); nothing was imported") from exc
    return {key: v for key, v in checked.items() if key not in existing}


def _fixes(value: Any, existing: list[Correction]) -> list[Correction]:
    """The extension's outline corrections that the document does not have yet; a malformed
    list refuses the whole file, like a malformed annotation."""
    if not isinstance(value, list):
        raise LibraryError('"gzreader:outlineCorrections" is not a list; nothing was imported')
    have = {(f.action, f.quote, f.prefix, f.kind, f.level) for f in existing}
    out: list[Correction] = []
    for number, item in enumerate(value, start=1):
        try:
            fix = Correction(
                FixAction(item["action"]),
                _text(item["quote"], "quote"),
                _text(item.get("prefix", ""), "prefix"),
                outline_kind(_text(item.get("kind", ""), "kind")),
                int(item.get("level", 0)),
                created=_text(item.get("created", ""), "created"),
            )
        except (InvalidItem, KeyError, TypeError, ValueError, OverflowError) as exc:
            raise LibraryError(f"outline correction {number} is invalid ({exc}); nothing was imported") from exc
        reason = problem(fix)
        if reason is not None:
            raise LibraryError(f"outline correction {number} is invalid ({reason}); nothing was imported")
        key = (fix.action, fix.quote, fix.prefix, fix.kind, fix.level)
        if key not in have:
            have.add(key)
            out.append(fix)
    return out


def _document_of(library: Library, data: dict[str, Any], items: list[Any]) -> DocumentRecord:
    name = data.get("gzreader:document")
    sources = {
        i.get("target", {}).get("source", "")
        for i in items
        if isinstance(i, dict) and isinstance(i.get("target"), dict) and isinstance(i["target"].get("source", ""), str)
    }
    for record in library.documents.all():
        if record.id == name or f"urn:sha256:{record.sha256}" in sources:
            return record
    raise LibraryError(
        "the document these annotations belong to is not in the library; import it, or name it with --doc"
    )


def _text(value: Any, what: str, *, default: str | None = None) -> str:
    """A string that SQLite and every export can hold (no lone surrogates), within the limit."""
    if value is None and default is not None:
        return default
    if not isinstance(value, str):
        raise InvalidItem(f"{what} must be text, not {type(value).__name__}")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidItem(f"{what} holds a character that is not text (a lone surrogate)") from None
    if len(value) > MAX_TEXT:
        raise InvalidItem(f"{what} is longer than {MAX_TEXT:,} characters")
    return value


def _offset(value: Any, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidItem(f"{what} must be a whole number ≥ 0")
    return value


def _annotation(item: Any, doc_id: str, doc: Document) -> Annotation:
    if not isinstance(item, dict):
        raise InvalidItem("not an annotation object")
    ann_id = _text(item.get("id"), "the id").removeprefix("urn:uuid:").strip()
    if not ann_id or len(ann_id) > 200 or any(ch < " " for ch in ann_id):
        raise InvalidItem("the id is empty, too long or holds control characters")
    motivation = item.get("motivation", "highlighting")
    if motivation not in KIND_OF:
        raise InvalidItem(f"unknown motivation {str(motivation)[:40]!r}")
    kind: AnnotationKind = KIND_OF[motivation]
    target = item.get("target")
    selectors = target.get("selector") if isinstance(target, dict) else None
    selectors = [selectors] if isinstance(selectors, dict) else selectors
    if not isinstance(selectors, list) or not all(isinstance(s, dict) for s in selectors):
        raise InvalidItem("the target has no list of selectors")
    by_type = {s.get("type"): s for s in selectors}
    quote, position = by_type.get("TextQuoteSelector"), by_type.get("TextPositionSelector")
    if quote is None:
        raise InvalidItem("no TextQuoteSelector")
    exact = _text(quote.get("exact"), "the quote")
    if not exact:
        raise InvalidItem("the quote is empty")
    bodies = item.get("body", [])
    bodies = [bodies] if isinstance(bodies, dict) else bodies
    if not isinstance(bodies, list) or not all(isinstance(b, dict) for b in bodies):
        raise InvalidItem("the body is not a list of objects")
    note = "\n\n".join(_text(b.get("value"), "a note") for b in bodies if b.get("purpose") == "commenting")
    tags = normalize_tags([_text(b.get("value"), "a tag") for b in bodies if b.get("purpose") == "tagging"])
    try:
        color = color_for(kind, _text(item.get("gzreader:color"), "the colour", default=""))
    except ValueError as exc:
        raise InvalidItem(str(exc)) from None
    made = item.get("gzreader:citation")
    old = Anchor(
        start=_offset(position.get("start"), "start") if position else 0,
        end=_offset(position.get("end"), "end") if position else 0,
        exact=exact,
        prefix=_text(quote.get("prefix"), "the prefix", default=""),
        suffix=_text(quote.get("suffix"), "the suffix", default=""),
        clause_id=_text(item.get("gzreader:clause"), "the clause", default="") or None,
        citation=Citation.parse(_text(made, "the citation")) if made is not None else None,
        clause_title=_text(item.get("gzreader:clauseTitle"), "the clause title", default=""),
    )
    found = reanchor(old, doc.text)
    created = _text(item.get("created"), "created", default="")
    return Annotation(
        id=ann_id,
        document_id=doc_id,
        kind=kind,
        color=color,
        note=note,
        tags=tags,
        created=created,
        modified=_text(item.get("modified"), "modified", default="") or created,
        anchor=old if found is None else moved_anchor(old, doc, *found),
        orphan=found is None,
    )
