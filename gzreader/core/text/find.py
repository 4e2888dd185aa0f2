"""Finding every occurrence of what the reader typed: exact first, then folded.

Texts are folded one character for one character (full-width → half-width, Latin case), so an
offset in the folded text is the same offset in the canonical text. The find bar and the library
search share this one policy.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TypeVar


def _width_table(punctuation: bool) -> dict[int, str]:
    """Full-width → half-width for letters and digits; with `punctuation`, also ，（）： … and U+3000."""
    table: dict[int, str] = {}
    for code in range(0xFF01, 0xFF5F):
        half = chr(code - 0xFEE0)
        if punctuation or half.isalnum():
            table[code] = half
    if punctuation:
        table[0x3000] = " "
    return table


# Tier 1 folds only what never differs in meaning (ＰＭ２.５ is PM2.5) and keeps every exact
# match exact. Tier 2, tried only when tier 1 finds nothing, also folds punctuation and case:
# a corpus that mixes "，" and "," would otherwise turn every exact query into a fuzzy one.
_STRICT = _width_table(punctuation=False)
_LOOSE = {**_width_table(punctuation=True), **{c: chr(c + 32) for c in range(ord("A"), ord("Z") + 1)}}
_LOOSE.update({code: _LOOSE.get(ord(half), half) for code, half in _width_table(punctuation=True).items()})


def fold(text: str) -> str:
    """Tier-1 folded text of the same length (offsets carry over)."""
    return text.translate(_STRICT)


def fold_loose(text: str) -> str:
    """Tier-2 folded text: width of punctuation and Latin case too; same length."""
    return text.translate(_LOOSE)


def _variants(table: dict[int, str]) -> dict[str, str]:
    """For each folded character, every character that folds to it (itself included)."""
    found: dict[str, set[str]] = {}
    for code, folded in table.items():
        found.setdefault(folded, {folded}).add(chr(code))
    return {ch: "".join(sorted(chars)) for ch, chars in found.items()}


_STRICT_VARIANTS = _variants(_STRICT)
_LOOSE_VARIANTS = _variants({code: fold_loose(chr(code)) for code in _LOOSE})


@lru_cache(maxsize=256)
def _pattern(needle: str, loose: bool) -> re.Pattern[str]:
    """A folded needle as a pattern over the unfolded text: each character as the class of the
    characters that fold to it (one for one, so offsets are the text's)."""
    variants = _LOOSE_VARIANTS if loose else _STRICT_VARIANTS
    return re.compile("".join(f"[{re.escape(variants[ch])}]" if ch in variants else re.escape(ch) for ch in needle))


class FoldedText:
    """A text searched as if folded: the text itself is never folded (a library search reads
    thousands; folding each cost more than the search), the needle becomes a pattern instead."""

    def __init__(self, text: str) -> None:
        self.text = text

    def find_all(self, needle: str, limit: int | None = None, *, loose: bool = False) -> list[int]:
        """Start offsets of the non-overlapping occurrences of a (tier-1 or tier-2) folded needle."""
        found: list[int] = []
        if not needle:
            return found
        for match in _pattern(needle, loose).finditer(self.text):
            found.append(match.start())
            if limit is not None and len(found) >= limit:
                break
        return found


T = TypeVar("T", bound=FoldedText)


def find_occurrences(texts: Sequence[T], query: str, limit: int | None = None) -> list[tuple[T, int, int]]:
    """Every occurrence of `query` in `texts` as (text, start, end): the exact (tier-1) ones if
    there are any in any text, else the loosely folded ones; at most `limit`."""
    if not query:
        return []
    for needle, loose in ((fold(query), False), (fold_loose(query), True)):
        found: list[tuple[T, int, int]] = []
        for text in texts:
            left = None if limit is None else limit - len(found)
            found += [(text, at, at + len(needle)) for at in text.find_all(needle, left, loose=loose)]
            if limit is not None and len(found) >= limit:
                break
        if found:
            return found
    return []
