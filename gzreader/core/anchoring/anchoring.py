"""Anchors that survive new versions of a text (after the W3C selectors and Hypothesis).

An anchor keeps a position (TextPositionSelector), the exact quote with 32 characters of context
(TextQuoteSelector) and the clause id. `reanchor` finds it again in a new text: the old position
if the quote is still there; else the exact quote nearest the old position; else a fuzzy match
scored on quote, prefix, suffix and distance (weights 50/20/20/2, as Hypothesis does); else None,
and the annotation becomes an orphan.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from rapidfuzz import fuzz

from gzreader.core.anchoring.annotation import Anchor, Annotation
from gzreader.core.model import Document

CONTEXT = 32
_WEIGHTS = (50.0, 20.0, 20.0, 2.0)  # quote, prefix, suffix, position
MIN_QUOTE_SCORE = 60.0  # rapidfuzz similarity 0..100 of the best alignment of the quote
MIN_TOTAL_SCORE = 0.62  # weighted score 0..1


def make_anchor(text: str, start: int, end: int, clause_id: str | None = None) -> Anchor:
    """An anchor over text[start:end] with its quote context (no clause snapshot)."""
    if not 0 <= start < end <= len(text):
        raise ValueError(f"span {start}–{end} is outside the text (0–{len(text)})")
    return Anchor(
        start, end, text[start:end], text[max(0, start - CONTEXT) : start], text[end : end + CONTEXT], clause_id
    )


def anchor_in(doc: Document, start: int, end: int) -> Anchor:
    """An anchor over doc.text[start:end] with the snapshot of the clause it is made on."""
    node = doc.clause_at(start)
    anchor = make_anchor(doc.text, start, end, node.id if node else None)
    return replace(anchor, citation=doc.citation_for(node), clause_title=node.title if node else "")


def moved_anchor(old: Anchor, doc: Document, start: int, end: int) -> Anchor:
    """`old` found again at start–end of a new version: new position and clause, same snapshot."""
    node = doc.clause_at(start)
    anchor = make_anchor(doc.text, start, end, node.id if node else None)
    return replace(anchor, citation=old.citation, clause_title=old.clause_title)


@dataclass(frozen=True)
class Reanchored:
    annotation: Annotation
    anchor: Anchor | None  # None: not found; the annotation becomes an orphan

    @property
    def moved(self) -> bool:
        """Found at another position than before, or found again after being an orphan."""
        old = self.annotation
        return self.anchor is not None and (
            old.orphan or (self.anchor.start, self.anchor.end) != (old.anchor.start, old.anchor.end)
        )


def reanchor_all(annotations: Iterable[Annotation], doc: Document) -> list[Reanchored]:
    """Where each annotation lies in a new version of its document (pure: nothing is stored)."""
    results = []
    for ann in annotations:
        found = reanchor(ann.anchor, doc.text)
        results.append(Reanchored(ann, None if found is None else moved_anchor(ann.anchor, doc, *found)))
    return results


def reanchor(anchor: Anchor, text: str) -> tuple[int, int] | None:
    """Where `anchor` lies in `text`, or None if it cannot be found with confidence."""
    exact = anchor.exact
    if not exact:
        return None
    if text[anchor.start : anchor.end] == exact:
        return anchor.start, anchor.end
    found = _nearest_exact(anchor, text)
    if found is not None:
        return found
    return _fuzzy(anchor, text)


def _nearest_exact(anchor: Anchor, text: str) -> tuple[int, int] | None:
    occurrences = []
    at = text.find(anchor.exact)
    while at >= 0:
        occurrences.append(at)
        at = text.find(anchor.exact, at + 1)
    if not occurrences:
        return None
    # Context breaks ties between repeated quotes; distance from the old position decides the rest.
    end = len(anchor.exact)
    best = min(occurrences, key=lambda o: (-_context_score(anchor, text, o, o + end), abs(o - anchor.start)))
    return best, best + end


def _context_score(anchor: Anchor, text: str, start: int, end: int) -> float:
    prefix = text[max(0, start - len(anchor.prefix)) : start]
    suffix = text[end : end + len(anchor.suffix)]
    p = fuzz.ratio(anchor.prefix, prefix) if anchor.prefix else 100.0
    s = fuzz.ratio(anchor.suffix, suffix) if anchor.suffix else 100.0
    return (p + s) / 2


def _fuzzy(anchor: Anchor, text: str) -> tuple[int, int] | None:
    candidates: list[tuple[int, int]] = []
    alignment = fuzz.partial_ratio_alignment(anchor.exact, text)
    if alignment is not None:
        candidates.append(_refine(anchor.exact, text, alignment.dest_start, alignment.dest_end))
    between = _between_context(anchor, text)
    if between is not None:
        candidates.append(between)
    best: tuple[float, tuple[int, int]] | None = None
    for start, end in candidates:
        if end <= start:
            continue
        quote = fuzz.ratio(anchor.exact, text[start:end])
        if quote < MIN_QUOTE_SCORE:
            continue
        prefix = fuzz.ratio(anchor.prefix, text[max(0, start - len(anchor.prefix)) : start]) if anchor.prefix else 100.0
        suffix = fuzz.ratio(anchor.suffix, text[end : end + len(anchor.suffix)]) if anchor.suffix else 100.0
        position = 100.0 * (1 - min(1.0, abs(start - anchor.start) / max(1, len(text))))
        weights = _WEIGHTS
        total = (weights[0] * quote + weights[1] * prefix + weights[2] * suffix + weights[3] * position) / (
            100.0 * sum(weights)
        )
        if total >= MIN_TOTAL_SCORE and (best is None or total > best[0]):
            best = (total, (start, end))
    return best[1] if best is not None else None


def _refine(exact: str, text: str, start: int, end: int) -> tuple[int, int]:
    """partial_ratio aligns a window as long as the quote; let its ends move to fit a reworded quote."""
    slack = min(8, max(2, len(exact) // 4))
    best = (fuzz.ratio(exact, text[start:end]), start, end)
    for s in range(max(0, start - slack), start + slack + 1):
        for e in range(max(s + 1, end - slack), min(len(text), end + slack) + 1):
            score = fuzz.ratio(exact, text[s:e])
            if score > best[0]:
                best = (score, s, e)
    return best[1], best[2]


def _between_context(anchor: Anchor, text: str) -> tuple[int, int] | None:
    """The span between an intact prefix and suffix (the quote itself was reworded)."""
    if len(anchor.prefix) < 8 or len(anchor.suffix) < 8:
        return None
    at = text.find(anchor.prefix)
    while at >= 0:
        start = at + len(anchor.prefix)
        end = text.find(anchor.suffix, start, start + 3 * len(anchor.exact) + 16)
        if end > start:
            return start, end
        at = text.find(anchor.prefix, at + 1)
    return None
