"""Where canonical-text offsets lie on the pages of the original (PDF) file."""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Iterable
from typing import Any

Box = tuple[float, float, float, float]  # x0, top, x1, bottom in PDF points from the page's top-left


class PageMap:
    """Offsets (sorted) at which a source line starts, with its page and its box. Kept in compact
    arrays: a 266-page law has 8,000 lines, and tuples of floats cost ten times as much."""

    __slots__ = ("_boxes", "doubtful", "offsets", "pages", "sizes")

    def __init__(
        self, offsets: Iterable[int], pages: Iterable[int], boxes: Iterable[Box], sizes: Iterable[tuple[float, float]]
    ) -> None:
        self.offsets = array("I", offsets)
        self.pages = array("H", pages)  # 1-based
        self._boxes = array("f", (v for box in boxes for v in box))
        self.sizes = tuple(sizes)  # width, height of each page
        self.doubtful: frozenset[int] = frozenset()  # lines OCR read with little confidence

    @classmethod
    def from_arrays(
        cls, offsets: array[int], pages: array[int], coords: array[float], sizes: Iterable[tuple[float, float]]
    ) -> PageMap:
        """A map over arrays already built (four box coordinates per line in `coords`)."""
        made = cls((), (), (), sizes)
        made.offsets, made.pages, made._boxes = offsets, pages, coords
        return made

    @property
    def count(self) -> int:
        return len(self.sizes)

    def box(self, i: int) -> Box:
        x0, top, x1, bottom = self._boxes[4 * i : 4 * i + 4]
        return (x0, top, x1, bottom)

    def page_at(self, offset: int) -> int:
        """The page holding the text at `offset` (1 before the first mapped line)."""
        at = bisect.bisect_right(self.offsets, offset) - 1
        return self.pages[at] if at >= 0 else 1

    def box_at(self, offset: int) -> tuple[int, Box] | None:
        at = bisect.bisect_right(self.offsets, offset) - 1
        return (self.pages[at], self.box(at)) if at >= 0 else None

    def lines_between(self, start: int, end: int) -> list[tuple[int, Box]]:
        """(page, box) of every source line holding text of start–end."""
        first = max(0, bisect.bisect_right(self.offsets, start) - 1)
        last = bisect.bisect_left(self.offsets, end)
        return [(self.pages[i], self.box(i)) for i in range(first, min(last, len(self.offsets)))]

    def spans_between(self, start: int, end: int) -> list[tuple[int, Box]]:
        """(page, box) of the part of each source line that start–end covers: a highlight of two
        words is drawn over those words, not the whole line. Within a line the characters are taken
        as equally wide (Chinese type is), so the box is cut in proportion."""
        out: list[tuple[int, Box]] = []
        first = max(0, bisect.bisect_right(self.offsets, start) - 1)
        last = min(bisect.bisect_left(self.offsets, end), len(self.offsets))
        for i in range(first, last):
            lo = self.offsets[i]
            hi = self.offsets[i + 1] if i + 1 < len(self.offsets) else max(end, lo + 1)
            n = max(1, hi - lo)
            x0, top, x1, bottom = self.box(i)
            left = (max(start, lo) - lo) / n
            right = (min(end, hi) - lo) / n
            if right > left:
                out.append((self.pages[i], (x0 + (x1 - x0) * left, top, x0 + (x1 - x0) * right, bottom)))
        return out

    def first_offset(self, page: int) -> int | None:
        """Where the text of `page` begins (None: no text on it)."""
        at = bisect.bisect_left(self.pages, page)  # lines run in page order
        return self.offsets[at] if at < len(self.pages) and self.pages[at] == page else None

    def offset_at(self, page: int, x: float, y: float) -> int | None:
        """The offset of the line nearest to the point (x, y) on `page` (a click on the page)."""
        best: tuple[float, int] | None = None
        for i, on in enumerate(self.pages):
            if on != page:
                continue
            x0, top, x1, bottom = self.box(i)
            dy = 0.0 if top <= y <= bottom else min(abs(y - top), abs(y - bottom))
            dx = 0.0 if x0 <= x <= x1 else min(abs(x - x0), abs(x - x1))
            distance = dy * 4 + dx
            if best is None or distance < best[0]:
                best = (distance, self.offsets[i])
        return best[1] if best else None

    def doubtful_spans(self, length: int) -> list[tuple[int, int]]:
        """Offsets (start, end) of the lines OCR was unsure of, in a text of `length` characters."""
        ends = [*self.offsets[1:], length]
        return [
            (self.offsets[i], max(self.offsets[i], ends[i] - 1 if ends[i] < length else length))
            for i in sorted(self.doubtful)
            if i < len(self.offsets)
        ]

    def to_dict(self) -> dict[str, Any]:
        return {
            "offsets": list(self.offsets),
            "pages": list(self.pages),
            "boxes": [round(v, 1) for v in self._boxes],
            "sizes": [list(s) for s in self.sizes],
            **({"doubtful": sorted(self.doubtful)} if self.doubtful else {}),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PageMap:
        flat = data["boxes"]
        if flat and isinstance(flat[0], list):  # an older layout: one list per box
            flat = [v for box in flat for v in box]
        boxes = [(flat[i], flat[i + 1], flat[i + 2], flat[i + 3]) for i in range(0, len(flat), 4)]
        made = cls(data["offsets"], data["pages"], boxes, (tuple(s) for s in data["sizes"]))
        made.doubtful = frozenset(data.get("doubtful", ()))
        return made
