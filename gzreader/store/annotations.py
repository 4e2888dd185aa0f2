"""Annotations: highlights, notes and bookmarks with colours, tags and a durable anchor."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from gzreader.store.anchoring import Anchor

KINDS = ("highlight", "note", "bookmark")

# Named highlight colours, yellow first (the default); hex values chosen to stay legible
# under black text in light, sepia and dark themes and when printed.
PALETTE: dict[str, str] = {
    "yellow": "#ffe066",
    "green": "#a8e6a1",
    "blue": "#9ccbff",
    "pink": "#ffb3c7",
    "purple": "#d0b3ff",
    "orange": "#ffc58a",
    "red": "#ff8a80",
}
DEFAULT_COLOR = "yellow"


@dataclass(frozen=True)
class Annotation:
    """A highlight, note or bookmark: its anchor, colour, note, tags and deletion marker."""

    id: str
    document_id: str
    kind: str
    color: str
    note: str
    tags: tuple[str, ...]
    created: str
    modified: str
    anchor: Anchor
    deleted: str | None = None
    orphan: bool = False

    @property
    def start(self) -> int | None:
        return None if self.orphan else self.anchor.start

    @property
    def end(self) -> int | None:
        return None if self.orphan else self.anchor.end

    @property
    def quote(self) -> str:
        return self.anchor.exact


COLUMNS = (
    'id, document_id, kind, color, note, tags, created, modified, deleted, start, "end", exact, prefix, suffix, '
    "clause_id, orphan"
)


def from_row(row: sqlite3.Row | tuple[object, ...]) -> Annotation:
    (ann_id, doc_id, kind, color, note, tags, created, modified, deleted, start, end, exact, prefix, suffix,
     clause_id, orphan) = tuple(row)  # fmt: skip
    anchor = Anchor(int(start or 0), int(end or 0), str(exact), str(prefix), str(suffix), clause_id)
    return Annotation(
        str(ann_id), str(doc_id), str(kind), str(color), str(note), tuple(json.loads(str(tags))),
        str(created), str(modified), anchor, deleted if deleted is None else str(deleted), bool(orphan),
    )  # fmt: skip


def normalize_color(color: str | None) -> str:
    """A palette name (case-insensitive) or a #rrggbb value."""
    if not color:
        return DEFAULT_COLOR
    name = color.strip().lower()
    if name in PALETTE:
        return name
    if len(name) == 7 and name.startswith("#") and all(c in "0123456789abcdef" for c in name[1:]):
        return name
    raise ValueError(f"unknown colour {color!r}; use one of {', '.join(PALETTE)} or #rrggbb")


def color_hex(color: str) -> str:
    return PALETTE.get(color, color)


def normalize_tags(tags: list[str] | tuple[str, ...] | None) -> tuple[str, ...]:
    """Tags as typed, trimmed, without '#' prefixes or duplicates, order kept."""
    seen: dict[str, None] = {}
    for tag in tags or ():
        clean = tag.strip().lstrip("#").strip()
        if clean:
            seen.setdefault(clean, None)
    return tuple(seen)
