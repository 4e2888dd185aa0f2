"""The Document and its outline: plain frozen dataclasses shared by every layer."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from gzreader.core.anchoring.citation import Citation
from gzreader.core.formats.pages import PageMap
from gzreader.core.kinds import OUTLINE_RULES, OutlineKind


@dataclass(frozen=True)
class OutlineNode:
    """One heading of the outline and the span of canonical text it governs.

    `start`/`end` are offsets into `Document.text` (end exclusive) covering the heading and
    its body; `heading` is the heading as written (label + title sentence, with its 。), and
    `heading_start`/`heading_end` its span (an attachment's part starts at its 附件N line, its
    heading is the title line after it).
    """

    id: str
    kind: OutlineKind
    label: str
    title: str
    heading: str
    citation: Citation
    start: int
    end: int
    children: tuple[OutlineNode, ...] = ()
    heading_start: int = -1  # -1: not given; then the heading opens the span
    heading_end: int = -1
    low_confidence: bool = False  # a guess (a heading cut out of a sentence, joined from two lines)
    corrected: bool = False  # placed by a reader's outline correction

    def __post_init__(self) -> None:
        if self.heading_start < 0:
            object.__setattr__(self, "heading_start", self.start)
        if self.heading_end < 0:
            object.__setattr__(self, "heading_end", min(self.end, self.heading_start + len(self.heading)))

    def walk(self) -> Iterator[OutlineNode]:
        """This node and all its descendants in document order."""
        yield self
        for child in self.children:
            yield from child.walk()

    def display(self, width: int = 40) -> str:
        """Label and title as a reader scans them: "一、总体要求", "第一章 总则", "第三条"."""
        title = self.title if len(self.title) <= width else self.title[: width - 1] + "…"
        spaced = OUTLINE_RULES[self.kind].spaced and title
        return f"{self.label}{' ' if spaced else ''}{title}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "label": self.label,
            "title": self.title,
            "heading": self.heading,
            "citation": self.citation.full(),
            "cited_document": self.citation.document,
            "clause_path": self.citation.clause,
            "start": self.start,
            "end": self.end,
            "heading_start": self.heading_start,
            "heading_end": self.heading_end,
            **({"confidence": "low"} if self.low_confidence else {}),
            **({"corrected": True} if self.corrected else {}),
            "children": [c.to_dict() for c in self.children],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> OutlineNode:
        if "cited_document" in data:
            citation = Citation(data["cited_document"], data.get("clause_path", ""))
        else:  # libraries written before citations were values stored the rendered string
            citation = Citation.parse(data["citation"])
        return cls(
            id=data["id"],
            kind=OutlineKind(data["kind"]),
            label=data["label"],
            title=data["title"],
            heading=data.get("heading", data["label"] + data["title"]),
            citation=citation,
            start=data["start"],
            end=data["end"],
            children=tuple(cls.from_dict(c) for c in data["children"]),
            heading_start=data.get("heading_start", -1),
            heading_end=data.get("heading_end", -1),
            low_confidence=data.get("confidence") == "low",
            corrected=bool(data.get("corrected", False)),
        )


@dataclass(frozen=True)
class Document:
    """A parsed document: one canonical text and the outline over it."""

    title: str
    doc_number: str | None
    text: str
    nodes: tuple[OutlineNode, ...]
    source_name: str = ""
    pages: PageMap | None = field(default=None, compare=False)  # for a PDF: offset → page and box
    warnings: tuple[str, ...] = field(default=(), compare=False)  # said at import (scanned pages …)
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

    def citation_for(self, where: int | OutlineNode | None) -> Citation:
        """The citation of a node, or of the innermost clause at an offset; the document's own
        citation in front matter (or for None)."""
        node = self.clause_at(where) if isinstance(where, int) else where
        return node.citation if node is not None else Citation(self.title)

    def clause_citation(self, clause_id: str | None) -> Citation:
        """How the clause with this id is cited in this version (where an annotation on it is cited
        now); the document's own citation when there is no such clause."""
        return self.citation_for(self.node(clause_id or ""))

    def quote_with_citation(self, start: int, end: int, *, with_page: bool = False) -> str:
        """《…》二（一）1：“quote” — what a reader pastes into a memo; with the page of a PDF
        original on request: 《…》第十五条（第 6 页）."""
        return f"{self.cite(start, with_page=with_page)}：“{self.text[start:end]}”"

    def cite(self, offset: int, *, with_page: bool = False) -> str:
        """The full citation of the clause at `offset`, with its page when asked and known."""
        citation = self.citation_for(offset)
        if with_page and self.pages is not None:
            citation = replace(citation, page=self.pages.page_at(offset))
        return citation.full(with_page=with_page)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "title": self.title,
            "doc_number": self.doc_number,
            "chars": self.chars,
            "nodes": [n.to_dict() for n in self.nodes],
        }
        if self.pages is not None:
            data["pages"] = self.pages.count

            def add_pages(nodes: list[dict[str, Any]]) -> None:
                for node in nodes:
                    node["page"] = self.pages.page_at(node["heading_start"]) if self.pages else None
                    add_pages(node["children"])

            add_pages(data["nodes"])
        return data
