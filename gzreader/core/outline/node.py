"""A node of the outline while it is being built: mutable, frozen into an OutlineNode at the end.

Its own module so that the builder (structure.py) and its rules (heading_rules.py) both use it
without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from gzreader.core.anchoring.citation import Citation
from gzreader.core.kinds import OutlineKind
from gzreader.core.model import OutlineNode


@dataclass
class BuildNode:
    kind: OutlineKind
    rank: float
    label: str
    title: str
    heading: str
    start: int
    number: int = 0
    sub: int = 0
    segment: str = ""
    heading_start: int = -1
    low_confidence: bool = False
    id: str = ""
    citation: Citation = field(default_factory=lambda: Citation(""))
    end: int = 0
    children: list[BuildNode] = field(default_factory=list)

    def freeze(self) -> OutlineNode:
        heading_start = self.start if self.heading_start < 0 else self.heading_start
        return OutlineNode(
            self.id,
            self.kind,
            self.label,
            self.title,
            self.heading,
            self.citation,
            self.start,
            self.end,
            tuple(c.freeze() for c in self.children),
            heading_start,
            min(self.end, heading_start + len(self.heading)),
            self.low_confidence,
        )
