"""Where canonical-text offsets lie on the pages of the original (PDF) file."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Any

Box = tuple[float, float, float, float]  # x0, top, x1, bottom in PDF points from the page's top-left


@dataclass(frozen=True)
class PageMap:
    """Offsets (sorted) at which a source line starts, with its page and its box."""

    offsets: tuple[int, ...]
    pages: tuple[int, ...]  # 1-based
    boxes: tuple[Box, ...]
    sizes: tuple[tuple[float, float], ...]  # width, height of each page

    @property
    def count(self) -> int:
        return len(self.sizes)

    def page_at(self, offset: int) -> int:
        """The page holding the text at `offset` (1 before the first mapped line)."""
        at = bisect.bisect_right(self.offsets, offset) - 1
        return self.pages[at] if at >= 0 else 1

    def box_at(self, offset: int) -> tuple[int, Box] | None:
        at = bisect.bisect_right(self.offsets, offset) - 1
        return (self.pages[at], self.boxes[at]) if at >= 0 else None

    def lines_between(self, start: int, end: int) -> list[tuple[int, Box]]:
        """(page, box) of every source line holding text of start–end."""
        first = max(0, bisect.bisect_right(self.offsets, start) - 1)
        last = bisect.bisect_left(self.offsets, end)
        return [(self.pages[i], self.boxes[i]) for i in range(first, min(last, len(self.offsets)))]

    def offset_at(self, page: int, x: float, y: float) -> int | None:
        """The offset of the line nearest to the point (x, y) on `page` (a click on the page)."""
        best: tuple[float, int] | None = None
        for offset, on, (x0, top, x1, bottom) in zip(self.offsets, self.pages, self.boxes, strict=True):
            if on != page:
                continue
            dy = 0.0 if top <= y <= bottom else min(abs(y - top), abs(y - bottom))
            dx = 0.0 if x0 <= x <= x1 else min(abs(x - x0), abs(x - x1))
            distance = dy * 4 + dx
            if best is None or distance < best[0]:
                best = (distance, offset)
        return best[1] if best else None

    def to_dict(self) -> dict[str, Any]:
        return {"offsets": list(self.offsets), "pages": list(self.pages),
                "boxes": [[round(v, 1) for v in box] for box in self.boxes], "sizes": [list(s) for s in self.sizes]}  # fmt: skip

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PageMap:
        return cls(tuple(data["offsets"]), tuple(data["pages"]), tuple(tuple(b) for b in data["boxes"]),
                   tuple(tuple(s) for s in data["sizes"]))  # fmt: skip
