"""The Document and its outline: plain frozen dataclasses shared by every layer."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

# Outline kinds, outermost first (DESIGN.md's table).
KINDS = (
    "part",
    "bian",
    "fenbian",
    "zhang",
    "jie",
    "tiao",
    "xiang",
    "cn",
    "cn_paren",
    "arabic",
    "arabic_paren",
    "decimal",
)


@dataclass(frozen=True)
class OutlineNode:
    """One heading of the outline and the span of canonical text it governs.

    `start`/`end` are offsets into `Document.text` (end exclusive) covering the heading and
    its body; `heading` is the heading as written (label + title sentence, with its 。).
    """

    id: str
    kind: str
    label: str
    title: str
    heading: str
    citation: str
    start: int
    end: int
    children: tuple[OutlineNode, ...] = ()

    def walk(self) -> Iterator[OutlineNode]:
        """This node and all its descendants in document order."""
        yield self
        for child in self.children:
            yield from child.walk()

    def display(self, width: int = 40) -> str:
        """Label and title as a reader scans them: "一、总体要求", "第一章 总则", "第三条"."""
        title = self.title if len(self.title) <= width else self.title[: width - 1] + "…"
        spaced = self.kind in ("bian", "fenbian", "zhang", "jie", "tiao", "decimal") and title
        return f"{self.label}{' ' if spaced else ''}{title}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "label": self.label,
            "title": self.title,
            "heading": self.heading,
            "citation": self.citation,
            "start": self.start,
            "end": self.end,
            "children": [c.to_dict() for c in self.children],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> OutlineNode:
        return cls(
            id=data["id"],
            kind=data["kind"],
            label=data["label"],
            title=data["title"],
            heading=data.get("heading", data["label"] + data["title"]),
            citation=data["citation"],
            start=data["start"],
            end=data["end"],
            children=tuple(cls.from_dict(c) for c in data["children"]),
        )


@dataclass(frozen=True)
class Document:
    """A parsed document: one canonical text and the outline over it."""

    title: str
    doc_number: str | None
    text: str
    nodes: tuple[OutlineNode, ...]
    source_name: str = ""
    _index: dict[str, OutlineNode] = field(default_factory=dict, repr=False, compare=False)

    @property
    def chars(self) -> int:
        return len(self.text)

    def walk(self) -> Iterator[OutlineNode]:
        """Every node in document order."""
        for node in self.nodes:
            yield from node.walk()

    def node(self, node_id: str) -> OutlineNode | None:
        if not self._index:
            self._index.update((n.id, n) for n in self.walk())
        return self._index.get(node_id)

    def path_at(self, offset: int) -> list[OutlineNode]:
        """The chain of nodes (outermost first) whose span holds `offset`."""
        path: list[OutlineNode] = []
        level: tuple[OutlineNode, ...] = self.nodes
        while True:
            inner = next((n for n in level if n.start <= offset < n.end), None)
            if inner is None:
                return path
            path.append(inner)
            level = inner.children

    def clause_at(self, offset: int) -> OutlineNode | None:
        """The innermost node holding `offset`, or None in front matter."""
        path = self.path_at(offset)
        return path[-1] if path else None

    def quote_with_citation(self, start: int, end: int) -> str:
        """《…》二（一）1：“quote” — what a reader pastes into a memo."""
        node = self.clause_at(start)
        citation = node.citation if node else f"《{self.title}》"
        return f"{citation}：“{self.text[start:end]}”"

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "doc_number": self.doc_number,
            "chars": self.chars,
            "nodes": [n.to_dict() for n in self.nodes],
        }
