"""How alike two units' texts are, and how much comparing may cost.

Similarity is rapidfuzz's (C++): edit similarity for the order of the words, token overlap for the
vocabulary. Its cost grows with the texts' length, so each step of a comparison (a gap between
anchors, the moves, the splits) first asks the budget whether all of its pairs are affordable.
"""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import fuzz

MAX_CELLS = 1_500_000  # similarity computations per gap between anchors: beyond, units stay unpaired
# Characters read by the similarity computations of one step (a gap, the moves, the splits): about
# 5 s of rapidfuzz. Two unrelated laws of 1,200 articles would take minutes; beyond the budget the
# units stay unpaired (deleted and added) and the comparison says so.
MAX_CHARS_COMPARED = 100_000_000


class Budget:
    """Whether a step's similarity computations are affordable; remembers that one was not."""

    def __init__(self) -> None:
        self.exceeded = False

    def allows(self, left: Sequence[int], right: Sequence[int]) -> bool:
        """Every text of the lengths `left` against every one of `right`: within MAX_CELLS and
        MAX_CHARS_COMPARED?"""
        cells = len(left) * len(right)
        chars = len(left) * sum(right) + len(right) * sum(left)
        if cells > MAX_CELLS or chars > MAX_CHARS_COMPARED:
            self.exceeded = True
            return False
        return True


def similarity(x: str, y: str) -> float:
    """How alike two units' texts are (0..1): half the edit similarity (the order of the words),
    half the overlap of their characters (the vocabulary). A rewritten article that governs the
    same matter keeps its vocabulary when its sentences change: 北京市审计条例 old 第十四条 and new
    第十一条 score 0.39 on edits alone, 0.59 here; unrelated articles of one law about 0.3."""
    if not x or not y:
        return 0.0
    return (fuzz.ratio(x, y) + fuzz.token_set_ratio(spaced(x), spaced(y))) / 200


def spaced(text: str) -> str:
    return " ".join(text)


def similarities(left: list[str], right: list[str]) -> list[list[float]]:
    return [[similarity(x, y) for y in right] for x in left]
