"""Chinese line breaking for reportlab's CJK wrap.

reportlab keeps only some closing marks off the start of a line and none off the end. The
Chinese rule (GB/T 15834, and what every typesetter does): no line starts with ，。、；：？！）》」』】
and no line ends with （《「『【. `ChineseParagraph` breaks lines with a splitter that honours both
(reportlab's own algorithm otherwise: CJK runs break anywhere), for one run of text or many.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Paragraph, paragraph

CANNOT_START = "，。、；：？！）》」』】〕〉…—,.;:?!)]}”’%·～"
CANNOT_END = "（《「『【〔〈“‘([{"
_FUZZ = 1e-6


def _split(frags: Any, max_widths: list[float], calc_bounds: Any, encoding: str = "utf8") -> Any:
    units: list[Any] = []
    for frag in frags:
        text = frag.text.decode(encoding) if isinstance(frag.text, bytes) else frag.text
        if text:
            units.extend(paragraph.cjkU(t, frag, encoding) for t in text)
        else:
            units.append(paragraph.cjkU(text, frag, encoding))
    lines = []
    i = width_used = line_start = 0
    max_width = max_widths[0]
    while i < len(units):
        unit = units[i]
        i += 1
        w = unit.width
        if hasattr(w, "normalizedValue"):
            w._normalizer = max_width
            w = w.normalizedValue(max_width)
        width_used += w
        line_break = hasattr(unit.frag, "lineBreak")
        if not ((width_used > max_width + _FUZZ and width_used > 0) or line_break):
            continue
        extra = max_width - width_used
        if not line_break:
            if str(unit) in CANNOT_START and i > line_start + 1:
                pass  # hang the mark in the margin rather than start a line with it
            elif i > line_start + 1:
                i -= 1  # the overflowing character starts the next line
                extra += w
                # a line may not end with an opening mark: move it down with the next line
                while i > line_start + 1 and str(units[i - 1]) in CANNOT_END:
                    i -= 1
                    extra += units[i].width
            # a line may not start with a closing mark: pull it up (hanging)
            while i < len(units) and str(units[i]) in CANNOT_START and i > line_start:
                extra -= units[i].width
                i += 1
        lines.append(
            paragraph.makeCJKParaLine(units[line_start:i], max_width, max_width - extra, extra, line_break, calc_bounds)
        )
        max_width = max_widths[min(len(lines), len(max_widths) - 1)]
        line_start = i
        width_used = 0
    if line_start < len(units):
        used = sum(u.width for u in units[line_start:])
        lines.append(
            paragraph.makeCJKParaLine(units[line_start:], max_width, used, max_width - used, False, calc_bounds)
        )
    return paragraph.ParaLines(kind=1, lines=lines)


class ChineseParagraph(Paragraph):
    """A Paragraph whose CJK wrapping follows the Chinese line-breaking rules."""

    def breakLinesCJK(self, maxWidths: Any) -> Any:
        if not isinstance(maxWidths, (list, tuple)):
            maxWidths = [maxWidths]
        self.height = 0
        if hasattr(self, "blPara") and getattr(self, "_splitpara", False):
            return self.blPara  # the second half of a split keeps its lines
        if not self.frags:
            return super().breakLinesCJK(maxWidths)
        # platypus wraps a paragraph several times at the same width (keep-with-next trials,
        # then layout); breaking lines is the costly part, so remember it per width.
        key = tuple(maxWidths)
        cache: dict[tuple[float, ...], Any] = self.__dict__.setdefault("_cjk_lines", {})
        if key not in cache:
            cache[key] = _split(self.frags, list(maxWidths), False)
        return cache[key]
