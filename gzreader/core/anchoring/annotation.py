"""Annotations: highlights, notes and bookmarks with colours, tags and a durable anchor.

Pure values; the store persists them and the brief prints them. The palette lives here, once.
"""

from __future__ import annotations

from dataclasses import dataclass

from gzreader.core.anchoring.citation import Citation
from gzreader.core.kinds import AnnotationKind

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
COLOR_NAMES_ZH = {
    "yellow": "黄色",
    "green": "绿色",
    "blue": "蓝色",
    "pink": "粉色",
    "purple": "紫色",
    "orange": "橙色",
    "red": "红色",
}


@dataclass(frozen=True)
class Anchor:
    """Where an annotation lies: position, quote with context, clause — and where it was made.

    `citation` and `clause_title` are a snapshot taken when the annotation was made; they are
    never rewritten, so an orphan still says which clause it was made on even after a new
    version renumbers that clause's successor into its place.
    """

    start: int
    end: int
    exact: str
    prefix: str
    suffix: str
    clause_id: str | None = None
    citation: Citation | None = None
    clause_title: str = ""


@dataclass(frozen=True)
class Annotation:
    """A highlight, note or bookmark: its anchor, colour, note, tags and deletion marker."""

    id: str
    document_id: str
    kind: AnnotationKind
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

    def made_at(self) -> str:
        """旧版 二（一）2 提升技术创新策源能力 — where an orphan was made, in the earlier version."""
        made = self.anchor.citation
        where = " ".join(part for part in ((made.short() if made else ""), self.anchor.clause_title) if part)
        return f"旧版 {where}" if where else "旧版"


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


def color_for(kind: AnnotationKind, color: str | None) -> str:
    """The colour stored for an annotation: a bookmark marks a place and has none ("")."""
    return "" if kind == AnnotationKind.BOOKMARK else normalize_color(color)


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
