"""Search with Ctrl+F semantics: every occurrence, never a false hit.

Texts are folded one character for one character (full-width → half-width, Latin case), so an
offset in the folded text is the same offset in the canonical text. Exact occurrences are found
with str.find over folded texts cached per version: measured, this beats an FTS index for exact
substrings of 1–2 characters, which a jieba or trigram index misses (DESIGN.md). Several words
separated by spaces find clauses holding all of them; a Chinese query with no exact occurrence
falls back to its jieba words within one clause, ranked. jieba is loaded only then.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Generic, TypeVar, overload

from gzreader.core import Document, OutlineNode

SNIPPET_CONTEXT = 24
T = TypeVar("T")


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


@dataclass(frozen=True)
class Hit:
    """One search result: where it is (document, clause, offsets) and how it reads (snippet)."""

    doc_id: str
    doc_title: str
    clause: str | None
    citation: str
    start: int
    end: int
    snippet: str
    where: str = "text"  # "text", or "note" for a hit inside an annotation's note
    annotation_id: str | None = None
    score: float = 1.0

    def to_dict(self) -> dict[str, object]:
        return {
            "doc": self.doc_id,
            "title": self.doc_title,
            "clause": self.clause,
            "citation": self.citation,
            "start": self.start,
            "end": self.end,
            "snippet": self.snippet,
            "in": self.where,
            "annotation": self.annotation_id,
            "score": round(self.score, 3),
        }


class DocumentIndex:
    """What search needs of one document version: folded text and the clauses by offset."""

    def __init__(self, doc_id: str, doc: Document) -> None:
        self.doc_id = doc_id
        self.doc = doc
        self.folded = fold(doc.text)
        self._loose: str | None = None

    def clause_at(self, offset: int) -> OutlineNode | None:
        return self.doc.clause_at(offset)

    def find_all(self, needle: str, limit: int | None = None, *, loose: bool = False) -> list[int]:
        """Start offsets of the non-overlapping occurrences of a (tier-1 or tier-2) folded needle."""
        if loose and self._loose is None:
            self._loose = fold_loose(self.doc.text)
        haystack = self._loose if loose and self._loose is not None else self.folded
        found: list[int] = []
        at = haystack.find(needle)
        while at >= 0 and (limit is None or len(found) < limit):
            found.append(at)
            at = haystack.find(needle, at + len(needle))
        return found

    def hit(self, start: int, end: int, score: float = 1.0, node: OutlineNode | None = None) -> Hit:
        """A hit at start–end, cited by `node` or else by the innermost clause there."""
        node = node or self.clause_at(start)
        citation = node.citation if node else f"《{self.doc.title}》"
        return Hit(self.doc_id, self.doc.title, node.id if node else None, citation, start, end,
                   snippet(self.doc.text, start, end), score=score)  # fmt: skip


class LazyIndexes(Sequence[DocumentIndex], Generic[T]):
    """Documents' search indexes, each built when a search first reaches it."""

    def __init__(self, records: Sequence[T], make: Callable[[T], DocumentIndex]) -> None:
        self.records, self.make = records, make

    def __len__(self) -> int:
        return len(self.records)

    @overload
    def __getitem__(self, i: int) -> DocumentIndex: ...
    @overload
    def __getitem__(self, i: slice) -> list[DocumentIndex]: ...
    def __getitem__(self, i: int | slice) -> DocumentIndex | list[DocumentIndex]:
        if isinstance(i, slice):
            return [self.make(r) for r in self.records[i]]
        return self.make(self.records[i])


def snippet(text: str, start: int, end: int, context: int = SNIPPET_CONTEXT) -> str:
    """The hit with some context, on one line, marked with 【】."""
    before = text[max(0, start - context) : start].split("\n")[-1]
    after = text[end : end + context].split("\n")[0]
    lead = "…" if start - len(before) > 0 and before == text[max(0, start - context) : start] else ""
    tail = "…" if end + len(after) < len(text) and after == text[end : end + context] else ""
    return f"{lead}{before}【{text[start:end]}】{after}{tail}"


def search_documents(indexes: Sequence[DocumentIndex], query: str, limit: int = 50) -> list[Hit]:
    """Exact occurrences (tier 1, then tier 2 folding); else clauses holding all the space-separated
    words; else, for Chinese, clauses holding most of the query's jieba words."""
    if not query.strip():
        return []
    for needle, loose in ((fold(query), False), (fold_loose(query), True)):
        hits = _occurrences(indexes, needle, limit, loose=loose)
        if hits:
            return hits
    words = [fold(w) for w in query.split()]
    if len(words) > 1:
        return _clauses_with_words(indexes, words, limit, require_all=True)
    if not _has_cjk(query):
        return []
    words = segment(words[0])
    return _clauses_with_words(indexes, words, limit, require_all=False) if len(words) > 1 else []


def _occurrences(indexes: Sequence[DocumentIndex], needle: str, limit: int, *, loose: bool) -> list[Hit]:
    hits: list[Hit] = []
    for index in indexes:
        for at in index.find_all(needle, limit - len(hits), loose=loose):
            hits.append(index.hit(at, at + len(needle)))
        if len(hits) >= limit:
            break
    return hits


def _clauses_with_words(
    indexes: Sequence[DocumentIndex], words: list[str], limit: int, *, require_all: bool
) -> list[Hit]:
    """The innermost clauses holding all (for a jieba fallback: most) of the words, best first."""
    unique = list(dict.fromkeys(words))
    total_chars = sum(len(w) for w in unique)
    ranked: list[Hit] = []
    for index in indexes:
        found: dict[str, dict[str, int]] = {}  # clause id -> word -> first offset
        nodes: dict[str, OutlineNode] = {}
        for word in unique:
            for at in index.find_all(word):
                for node in index.doc.path_at(at):
                    if node.kind != "part":
                        nodes[node.id] = node
                        found.setdefault(node.id, {}).setdefault(word, at)

        def enough(words_found: dict[str, int]) -> bool:
            if require_all:
                return len(words_found) == len(unique)
            return len(words_found) >= 2 and 2 * sum(len(w) for w in words_found) >= total_chars

        matching = {cid for cid, w in found.items() if enough(w)}
        for cid in matching:
            if any(child.id in matching for child in nodes[cid].walk() if child.id != cid):
                continue  # a smaller clause inside holds them too
            words_found = found[cid]
            first_word = min(words_found, key=words_found.__getitem__)
            first = words_found[first_word]
            last = max(at + len(w) for w, at in words_found.items())
            covered = sum(len(w) for w in words_found) / total_chars
            score = covered + 0.5 * min(1.0, total_chars / max(1, last - first))
            ranked.append(index.hit(first, first + len(first_word), score, nodes[cid]))
    ranked.sort(key=lambda h: (-h.score, h.doc_id, h.start))
    return ranked[:limit]


def _has_cjk(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in text)


@lru_cache(maxsize=256)
def _segment(text: str) -> tuple[str, ...]:
    import jieba  # ~1 s and ~185 MB the first time: only when a fallback needs it

    jieba.setLogLevel(60)
    return tuple(w for w in jieba.cut(text) if _has_cjk(w) or w.isalnum())


def segment(text: str) -> list[str]:
    """jieba words of a query (punctuation dropped)."""
    return list(_segment(text))
