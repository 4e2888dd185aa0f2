"""Search with Ctrl+F semantics: every occurrence, never a false hit.

Exact occurrences are found (core.find: exact first, then folded, the find bar's policy too)
with str.find over folded texts cached per version: measured, this beats an FTS index for exact
substrings of 1–2 characters, which a jieba or trigram index misses (DESIGN.md). Several words
separated by spaces find clauses holding all of them; a Chinese query with no exact occurrence
falls back to its jieba words within one clause, ranked. jieba is loaded only then.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Generic, TypeVar, overload

from gzreader.core import Citation, Document, OutlineKind, OutlineNode
from gzreader.core.text import words
from gzreader.core.text.find import FoldedText, find_occurrences, fold

SNIPPET_CONTEXT = 24
T = TypeVar("T")


@dataclass(frozen=True)
class Hit:
    """One search result: where it is (document, clause, offsets) and how it reads (snippet)."""

    doc_id: str
    doc_title: str
    clause: str | None
    citation: Citation
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
            "citation": self.citation.full(),
            "start": self.start,
            "end": self.end,
            "snippet": self.snippet,
            "in": self.where,
            "annotation": self.annotation_id,
            "score": round(self.score, 3),
        }


class DocumentIndex(FoldedText):
    """What search needs of one document version: folded text and the clauses by offset. Built
    from the text alone, the version is parsed only when a hit needs its clauses."""

    def __init__(self, doc_id: str, doc: Document | str, parse: Callable[[], Document] | None = None) -> None:
        super().__init__(doc if isinstance(doc, str) else doc.text)
        self.doc_id = doc_id
        self._doc = doc if isinstance(doc, Document) else None
        self._parse = parse

    @property
    def doc(self) -> Document:
        if self._doc is None:
            assert self._parse is not None, "a text-only index needs a way to parse its version"
            self._doc = self._parse()
        return self._doc

    def hit(self, start: int, end: int, score: float = 1.0, node: OutlineNode | None = None) -> Hit:
        """A hit at start–end, cited by `node` or else by the innermost clause there."""
        node = node or self.doc.clause_at(start)
        return Hit(
            self.doc_id,
            self.doc.title,
            node.id if node else None,
            self.doc.citation_for(node),
            start,
            end,
            snippet(self.doc.text, start, end),
            score=score,
        )


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


def search_documents(
    indexes: Sequence[DocumentIndex],
    query: str,
    limit: int = 50,
    wider: Callable[[list[str]], Sequence[DocumentIndex]] | None = None,
) -> list[Hit]:
    """Exact occurrences (tier 1, then tier 2 folding); else clauses holding all the space-separated
    words; else, for Chinese, clauses holding most of the query's jieba words. `indexes` are the
    documents that can hold every piece of the query; `wider(words)` those that hold any word."""
    if not query.strip():
        return []
    found = find_occurrences(indexes, query, limit)
    if found:
        return [index.hit(start, end) for index, start, end in found]
    words = [fold(w) for w in query.split()]
    if len(words) > 1:
        return _clauses_with_words(indexes, words, limit, require_all=True)
    if not _has_cjk(query):
        return []
    words = segment(words[0])
    if len(words) < 2:
        return []
    return _clauses_with_words(wider(words) if wider else indexes, words, limit, require_all=False)


def _clauses_with_words(
    indexes: Sequence[DocumentIndex], words: list[str], limit: int, *, require_all: bool
) -> list[Hit]:
    """The innermost clauses holding all (for a jieba fallback: most) of the words, best first.
    Documents are read best-bound first (from their text alone: how close the words come), and
    parsed only while one of them could still make the top `limit`."""
    unique = list(dict.fromkeys(words))
    total_chars = sum(len(w) for w in unique)
    bounded = []
    for order, index in enumerate(indexes):
        offsets = {word: index.find_all(word) for word in unique}
        present = {w: at for w, at in offsets.items() if at}
        if not _enough(present, unique, total_chars, require_all):
            continue
        covered = sum(len(w) for w in present) / total_chars
        closest = _narrowest(present) if require_all else 1  # a clause's words lie at least this far apart
        bound = covered + 0.5 * min(1.0, total_chars / max(1, closest))
        bounded.append((-bound, order, index))
    bounded.sort(key=lambda b: (b[0], b[1]))
    ranked: list[Hit] = []
    for negative_bound, _order, index in bounded:
        if len(ranked) >= limit and ranked[limit - 1].score > -negative_bound:
            break  # no clause of this or a later document can make the list
        ranked += _clauses_of(index, unique, total_chars, require_all)
        ranked.sort(key=lambda h: (-h.score, h.doc_id, h.start))
    return ranked[:limit]


def _enough(words_found: Mapping[str, object], unique: list[str], total_chars: int, require_all: bool) -> bool:
    if require_all:
        return len(words_found) == len(unique)
    return len(words_found) >= 2 and 2 * sum(len(w) for w in words_found) >= total_chars


def _narrowest(offsets: dict[str, list[int]]) -> int:
    """The shortest stretch of text holding one occurrence of every word (start of the first to
    end of the last)."""
    events = sorted((at, word) for word, ats in offsets.items() for at in ats)
    need, have, best, left = len(offsets), dict.fromkeys(offsets, 0), 1 << 62, 0
    held = 0
    for at, word in events:
        have[word] += 1
        held += have[word] == 1
        while held == need:
            start, first = events[left]
            best = min(best, at + len(word) - start)
            have[first] -= 1
            held -= have[first] == 0
            left += 1
    return best


def _clauses_of(index: DocumentIndex, unique: list[str], total_chars: int, require_all: bool) -> list[Hit]:
    """One document's innermost clauses holding enough of the words, each scored."""
    found: dict[str, dict[str, int]] = {}  # clause id -> word -> first offset
    nodes: dict[str, OutlineNode] = {}
    for word in unique:
        for at in index.find_all(word):
            for node in index.doc.path_at(at):
                if node.kind != OutlineKind.PART:
                    nodes[node.id] = node
                    found.setdefault(node.id, {}).setdefault(word, at)
    matching = {cid for cid, w in found.items() if _enough(w, unique, total_chars, require_all)}
    hits = []
    for cid in matching:
        if any(child.id in matching for child in nodes[cid].walk() if child.id != cid):
            continue  # a smaller clause inside holds them too
        words_found = found[cid]
        first_word = min(words_found, key=words_found.__getitem__)
        first = words_found[first_word]
        last = max(at + len(w) for w, at in words_found.items())
        covered = sum(len(w) for w in words_found) / total_chars
        score = covered + 0.5 * min(1.0, total_chars / max(1, last - first))
        hits.append(index.hit(first, first + len(first_word), score, nodes[cid]))
    return hits


def _has_cjk(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in text)


@lru_cache(maxsize=256)
def _segment(text: str) -> tuple[str, ...]:
    # jieba costs ~1 s and ~185 MB the first time: only when a fallback needs it (the same
    # dictionary as the reader's double-click and key terms, policy words included)
    return tuple(w for w in words.cut(text) if _has_cjk(w) or w.isalnum())


def segment(text: str) -> list[str]:
    """jieba words of a query (punctuation dropped)."""
    return list(_segment(text))
