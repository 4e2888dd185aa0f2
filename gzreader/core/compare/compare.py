"""新旧对照: align the clauses of two versions of a document and show what changed inside each.

Units are what a reader compares: a law's articles (条), a 公文's deepest numbered units, or the
paragraphs of a text without an outline. Units whose text is identical (whitespace and bracket
width aside) anchor the alignment; between anchors an order-preserving alignment pairs units by
text similarity (rapidfuzz). What is left is then checked for moves, splits and merges. Inside a
pair, diff-match-patch finds the differences over tokens (a CJK character, or a whole Latin word
or number) and its semantic clean-up turns confetti into one deletion and one insertion.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from rapidfuzz import fuzz

from gzreader.core.anchoring.citation import Citation
from gzreader.core.compare.inline_diff import Op, diff_ops
from gzreader.core.compare.similarity import (
    MAX_CHARS_COMPARED,
    Budget,
    similarities,
    similarity,
    spaced,
)
from gzreader.core.kinds import OutlineKind
from gzreader.core.model import Document, OutlineNode
from gzreader.core.text.find import fold_loose

PAIR_AT = 0.5  # similarity (0..1) from which two units in order can be the same provision
MOVE_AT = 0.7  # similarity for a unit found again out of order
ABSORB_AT = 72  # share (0..100) of a unit's characters found in another that absorbed it
GROW_BY = 0.08  # a split or merge must explain the text this much better than the pair alone


class Status(StrEnum):
    UNCHANGED = "unchanged"
    CHANGED = "changed"
    ADDED = "added"
    DELETED = "deleted"
    MOVED = "moved"
    SPLIT = "split"
    MERGED = "merged"


STATUS_ZH = {
    Status.UNCHANGED: "未修改",
    Status.CHANGED: "修改",
    Status.ADDED: "新增",
    Status.DELETED: "删除",
    Status.MOVED: "移动",
    Status.SPLIT: "拆分",
    Status.MERGED: "合并",
}


@dataclass(frozen=True)
class Unit:
    """One comparable unit of a version: an article, a numbered item or a paragraph."""

    id: str
    label: str  # 第十二条, 二（一）1, ¶3
    citation: Citation
    start: int
    end: int
    text: str  # the unit's text without its label
    key: str  # `text` normalised for comparison (no whitespace, brackets of one width)

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "label": self.label,
            "citation": self.citation.full(),
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True)
class Pair:
    status: Status
    similarity: float
    old: tuple[Unit, ...] = ()
    new: tuple[Unit, ...] = ()
    ops: tuple[tuple[Op, str], ...] = ()  # what the text did, piece by piece

    @property
    def renumbered(self) -> bool:
        return bool(self.old and self.new) and [u.label for u in self.old] != [u.label for u in self.new]

    def to_dict(self) -> dict[str, object]:
        def side(units: tuple[Unit, ...]) -> object:
            if not units:
                return None
            return units[0].to_dict() if len(units) == 1 else [u.to_dict() for u in units]

        return {
            "status": str(self.status),
            "similarity": round(self.similarity, 3),
            "old": side(self.old),
            "new": side(self.new),
            "ops": [[str(op), text] for op, text in self.ops],
        }


@dataclass(frozen=True)
class Comparison:
    old_title: str
    new_title: str
    pairs: tuple[Pair, ...]
    counts: dict[Status, int] = field(default_factory=dict)
    capped: bool = False  # too different to pair everything within MAX_CHARS_COMPARED

    def cap_note(self) -> str:
        """What a capped comparison tells the reader (empty when it was not capped)."""
        if not self.capped:
            return ""
        return (
            "the versions are too different to pair clause by clause within the work limit "
            f"({MAX_CHARS_COMPARED:,} characters compared per step); clauses left unpaired are listed "
            "as deleted and added"
        )

    @property
    def changes(self) -> list[Pair]:
        return [p for p in self.pairs if p.status != Status.UNCHANGED]

    def summary_zh(self) -> str:
        """新增 3 条，删除 0 条，修改 21 条 … — or 没有修改 when the versions say the same."""
        if not self.changes:
            return "没有修改"
        order = (Status.ADDED, Status.DELETED, Status.CHANGED, Status.MOVED, Status.SPLIT, Status.MERGED)
        return "，".join(f"{STATUS_ZH[s]} {self.counts.get(s, 0)} 条" for s in order if self.counts.get(s))

    def to_dict(self, *, everything: bool = False) -> dict[str, object]:
        pairs = self.pairs if everything else tuple(self.changes)
        return {
            "summary": {"old": self.old_title, "new": self.new_title, **{str(s): n for s, n in self.counts.items()}},
            "pairs": [p.to_dict() for p in pairs],
        }


# --- units ---------------------------------------------------------------------------------
_SPACES = re.compile(r"\s+")


def _key(text: str) -> str:
    return _SPACES.sub("", fold_loose(text))


def units_of(doc: Document) -> list[Unit]:
    """The units to compare: articles if the document has any, else its deepest numbered units,
    else its paragraphs."""
    nodes = list(doc.walk())
    articles = [n for n in nodes if n.kind == OutlineKind.TIAO]
    if articles:
        return [_unit(doc, n) for n in articles]
    leaves = [n for n in nodes if n.kind != OutlineKind.PART and not n.children]
    if leaves:
        return [_unit(doc, n) for n in leaves]
    units, at = [], 0
    for number, paragraph in enumerate(doc.text.split("\n"), start=1):
        if paragraph.strip():
            units.append(
                Unit(
                    f"¶{number}",
                    f"第{number}段",
                    Citation(doc.title, f"第{number}段"),
                    at,
                    at + len(paragraph),
                    paragraph,
                    _key(paragraph),
                )
            )
        at += len(paragraph) + 1
    return units


def _unit(doc: Document, node: OutlineNode) -> Unit:
    text = doc.text[node.start : node.end]
    body = text[len(node.label) :] if text.startswith(node.label) else text
    return Unit(node.id, node.label or node.title[:12], node.citation, node.start, node.end, body.strip(), _key(body))


# --- alignment -----------------------------------------------------------------------------
def compare(old: Document, new: Document) -> Comparison:
    """Pair the units of `old` and `new`, each pair with a status, a similarity and its diff."""
    a, b = units_of(old), units_of(new)
    budget = Budget()
    matched = _align(a, b, budget)
    paired_old = {i for i, _j, _s in matched}
    paired_new = {j for _i, j, _s in matched}
    loose_old = [i for i in range(len(a)) if i not in paired_old]
    loose_new = [j for j in range(len(b)) if j not in paired_new]
    moved = _moves(a, b, loose_old, loose_new, budget)
    loose_old = [i for i in loose_old if i not in {i for i, _j, _s in moved}]
    loose_new = [j for j in loose_new if j not in {j for _i, j, _s in moved}]
    groups = _splits_and_merges(a, b, matched, loose_old, loose_new, budget)
    grouped_old = {i for g in groups for i in g[0]}
    grouped_new = {j for g in groups for j in g[1]}

    rows: list[tuple[float, Pair]] = []  # sorted by position in the new version (old for deletions)
    for i, j, score in matched:
        if i in grouped_old or j in grouped_new:
            continue
        status = Status.UNCHANGED if a[i].key == b[j].key else Status.CHANGED
        rows.append((float(j), _pair(status, score, (a[i],), (b[j],))))
    for i, j, score in moved:
        rows.append((float(j), _pair(Status.MOVED, score, (a[i],), (b[j],))))
    for olds, news, status, score in groups:
        rows.append((float(news[0]), _pair(status, score, tuple(a[i] for i in olds), tuple(b[j] for j in news))))
    for j in loose_new:
        if j not in grouped_new:
            rows.append((float(j), _pair(Status.ADDED, 0.0, (), (b[j],))))
    for i in loose_old:
        if i not in grouped_old:
            rows.append((_after_old(i, matched), _pair(Status.DELETED, 0.0, (a[i],), ())))
    pairs = tuple(p for _at_, p in sorted(rows, key=lambda r: r[0]))
    counts: dict[Status, int] = {}
    for pair in pairs:
        counts[pair.status] = counts.get(pair.status, 0) + 1
    return Comparison(old.title, new.title, pairs, counts, budget.exceeded)


def _after_old(i: int, matched: list[tuple[int, int, float]]) -> float:
    """A deleted unit sits right after the new unit paired with the old unit before it."""
    before = [j for i2, j, _s in matched if i2 < i]
    return (max(before) if before else -1) + 0.5 + i / 10_000


def _align(a: Sequence[Unit], b: Sequence[Unit], budget: Budget) -> list[tuple[int, int, float]]:
    """An order-preserving pairing: identical units as anchors, then similarity between them."""
    anchors = _anchors(a, b)
    matched: list[tuple[int, int, float]] = []
    prev_i, prev_j = -1, -1
    for i, j in [*anchors, (len(a), len(b))]:
        matched += _align_gap(a, b, range(prev_i + 1, i), range(prev_j + 1, j), budget)
        if i < len(a) and j < len(b):
            matched.append((i, j, 1.0))
        prev_i, prev_j = i, j
    return matched


def _anchors(a: Sequence[Unit], b: Sequence[Unit]) -> list[tuple[int, int]]:
    """Units with identical text in an order both versions share: the longest matching runs of
    the two key sequences (difflib, which also pairs repeated texts in order)."""
    from difflib import SequenceMatcher

    keys_a, keys_b = [u.key for u in a], [u.key for u in b]
    blocks = SequenceMatcher(None, keys_a, keys_b, autojunk=False).get_matching_blocks()
    return [(block.a + k, block.b + k) for block in blocks for k in range(block.size) if keys_a[block.a + k]]


def _align_gap(
    a: Sequence[Unit], b: Sequence[Unit], rows: range, cols: range, budget: Budget
) -> list[tuple[int, int, float]]:
    """The best order-preserving pairing inside one gap (dynamic programming over similarities)."""
    if not rows or not cols or not budget.allows([len(a[i].key) for i in rows], [len(b[j].key) for j in cols]):
        return []
    scores = similarities([a[i].key for i in rows], [b[j].key for j in cols])
    n, m = len(rows), len(cols)
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for x in range(n - 1, -1, -1):
        row, below, here = scores[x], best[x + 1], best[x]
        for y in range(m - 1, -1, -1):
            take = below[y + 1] + row[y] - PAIR_AT if row[y] >= PAIR_AT else -1.0
            here[y] = max(take, below[y], here[y + 1])
    out, x, y = [], 0, 0
    while x < n and y < m:
        s = scores[x][y]
        if s >= PAIR_AT and best[x][y] == best[x + 1][y + 1] + s - PAIR_AT:
            out.append((rows[x], cols[y], s))
            x, y = x + 1, y + 1
        elif best[x][y] == best[x + 1][y]:
            x += 1
        else:
            y += 1
    return out


def _moves(
    a: Sequence[Unit], b: Sequence[Unit], olds: list[int], news: list[int], budget: Budget
) -> list[tuple[int, int, float]]:
    """Units left unpaired that are the same provision found out of order."""
    if not olds or not news or not budget.allows([len(a[i].key) for i in olds], [len(b[j].key) for j in news]):
        return []
    scores = similarities([a[i].key for i in olds], [b[j].key for j in news])
    candidates = sorted(
        ((scores[x][y], x, y) for x in range(len(olds)) for y in range(len(news)) if scores[x][y] >= MOVE_AT),
        reverse=True,
    )
    used_x: set[int] = set()
    used_y: set[int] = set()
    out = []
    for score, x, y in candidates:
        if x not in used_x and y not in used_y:
            used_x.add(x)
            used_y.add(y)
            out.append((olds[x], news[y], score))
    return out


def _splits_and_merges(
    a: Sequence[Unit],
    b: Sequence[Unit],
    matched: list[tuple[int, int, float]],
    olds: list[int],
    news: list[int],
    budget: Budget,
) -> list[tuple[list[int], list[int], Status, float]]:
    """An unpaired unit whose text a pair absorbs: one old unit split into several new ones, or
    several old units merged into one new one."""
    groups: list[tuple[list[int], list[int], Status, float]] = []
    pairs = [len(a[i].key) + len(b[j].key) for i, j, score in matched if score < 0.98]
    if not budget.allows(pairs, [len(a[k].key) for k in olds] + [len(b[k].key) for k in news]):
        return groups
    taken_old: set[int] = set()
    taken_new: set[int] = set()
    for i, j, score in sorted(matched, key=lambda m: m[2]):
        if score >= 0.98:
            continue
        extra_old = [k for k in olds if k not in taken_old and _absorbs(b[j].key, a[k].key)]
        if extra_old:
            joined = "".join(a[k].key for k in sorted([i, *extra_old]))
            together = similarity(joined, b[j].key)
            if _explains_better(a[i].key, joined, b[j].key, score, together):
                groups.append((sorted([i, *extra_old]), [j], Status.MERGED, together))
                taken_old.update(extra_old)
                continue
        extra_new = _adjacent(j, [k for k in news if k not in taken_new and _absorbs(a[i].key, b[k].key)])
        if extra_new:
            joined = "".join(b[k].key for k in sorted([j, *extra_new]))
            together = similarity(a[i].key, joined)
            if _explains_better(b[j].key, joined, a[i].key, score, together):
                groups.append(([i], sorted([j, *extra_new]), Status.SPLIT, together))
                taken_new.update(extra_new)
    return groups


def _adjacent(anchor: int, candidates: list[int]) -> list[int]:
    """The candidates that, with `anchor`, form one run of neighbouring units: the parts of a split
    follow each other in the new text — a far-away unit that shares words with the article is a
    change elsewhere, not a part of it. (A merge's sources may come from far apart: 北京市审计条例's
    第二十一条 and 第二十四条 became one 第十八条.)"""
    pool, run = set(candidates), []
    for step in (1, -1):
        k = anchor + step
        while k in pool:
            run.append(k)
            k += step
    return sorted(run)


def _explains_better(alone: str, joined: str, other: str, score: float, together: float) -> bool:
    """Whether the joined units account for `other` better than one unit alone: clearly more
    alike, or as alike and much closer in length (a merged article rewritten as it was combined:
    北京市审计条例 old 第二十一、二十四条 → new 第十八条 stay at 0.51 either way, but 36 and 69
    characters against 87)."""
    if together >= score + GROW_BY:
        return True
    closer = abs(1 - len(joined) / len(other)) + 0.2 < abs(1 - len(alone) / len(other))
    return closer and together >= score - 0.02


def _absorbs(whole: str, part: str) -> bool:
    """Most of `part`'s vocabulary reappears in `whole` (a merged article holds its sources')."""
    return len(part) >= 8 and fuzz.token_set_ratio(spaced(part), spaced(whole)) >= ABSORB_AT


def _pair(status: Status, score: float, old: tuple[Unit, ...], new: tuple[Unit, ...]) -> Pair:
    old_text = "\n".join(u.text for u in old)
    new_text = "\n".join(u.text for u in new)
    if status == Status.UNCHANGED:
        ops: tuple[tuple[Op, str], ...] = ((Op.EQUAL, new_text),)
    else:
        ops = diff_ops(old_text, new_text)
    return Pair(status, score, old, new, ops)
