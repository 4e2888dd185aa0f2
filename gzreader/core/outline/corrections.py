"""A reader's corrections of a document's outline, and how they are applied.

No parser is perfect, so a reader can say: this is *not a heading*, *make a heading here*, *join*
this heading with the next line, or *change its level*. A correction is anchored like an
annotation, by the heading's text (quote) and the text just before it (prefix), so it finds its
place again in a new version of the document. Applying works on the outline flattened into
(node, depth) in document order; the tree is rebuilt from depths, so a node's descendants move
with it and what follows a new heading falls under it while it is deeper.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from gzreader.core.anchoring.citation import Citation
from gzreader.core.kinds import OUTLINE_RULES, OutlineKind
from gzreader.core.model import Document, OutlineNode
from gzreader.core.outline.numbering import match_marker

PREFIX_CHARS = 32


class FixAction(StrEnum):
    NOT_HEADING = "not-heading"
    HEADING = "heading"
    JOIN = "join"
    LEVEL = "level"


@dataclass(frozen=True)
class Correction:
    action: FixAction
    quote: str  # the heading (or, for HEADING, the paragraph's first sentence) as written
    prefix: str = ""  # up to 32 characters before it, to tell equal headings apart
    kind: OutlineKind | None = None  # HEADING: the outline kind of the new heading
    level: int = 0  # LEVEL (and HEADING when given): 1 = top level of the outline
    id: int = 0  # the library's id once stored
    created: str = ""
    unreadable: str = ""  # why a stored correction cannot be read (an unknown kind): skipped and said

    def describe(self) -> str:
        what = {
            FixAction.NOT_HEADING: "not a heading",
            FixAction.HEADING: f"heading ({self.kind or 'level ' + str(self.level)})",
            FixAction.JOIN: "joined with the next line",
            FixAction.LEVEL: f"level {self.level}",
        }[self.action]
        return f"{what}: {self.quote[:40]}"


class CorrectionError(ValueError):
    """A correction that does not fit the document (one line, said to the user)."""


MAX_LEVEL = 12  # deeper than any real outline
MAX_QUOTE = 2000  # characters: a heading, or a paragraph's first sentence


def outline_kind(name: str) -> OutlineKind | None:
    """The kind a reader or a file names ("cn_paren"; "" for none), checked where it comes in."""
    if not name:
        return None
    try:
        return OutlineKind(name)
    except ValueError:
        kinds = ", ".join(k.value for k in OutlineKind)
        raise CorrectionError(f"unknown outline kind {name[:20]!r}; one of: {kinds}") from None


def problem(correction: Correction) -> str | None:
    """Why a correction cannot be applied to any document (None: it can be tried). Checked before
    one from a shared file is stored, and again before a stored one is applied, so a bad one is
    skipped and reported instead of failing the document."""
    if correction.unreadable:
        return correction.unreadable
    if not isinstance(correction.action, FixAction):
        return f"unknown action {str(correction.action)[:20]!r}"
    if not correction.quote.strip():
        return "no quote"
    if len(correction.quote) > MAX_QUOTE:
        return f"the quote is longer than {MAX_QUOTE:,} characters"
    if correction.kind is not None and not isinstance(correction.kind, OutlineKind):
        return f"unknown outline kind {str(correction.kind)[:20]!r}"
    if isinstance(correction.level, bool) or not 0 <= correction.level <= MAX_LEVEL:
        return f"the level must be a whole number from 1 to {MAX_LEVEL}"
    if correction.action == FixAction.LEVEL and correction.level < 1:
        return "the level must be 1 or more"
    if correction.action == FixAction.HEADING and not correction.kind and correction.level < 1:
        return "a new heading needs a kind or a level"
    return None


def _checked(correction: Correction) -> Correction:
    reason = problem(correction)
    if reason is not None:
        raise CorrectionError(reason)
    return correction


def correction_for_node(doc: Document, node: OutlineNode, action: FixAction, level: int = 0) -> Correction:
    """Not-a-heading, join or change-level of an outline node."""
    start = node.heading_start
    return _checked(
        Correction(
            action, doc.text[start : node.heading_end], doc.text[max(0, start - PREFIX_CHARS) : start], level=level
        )
    )


def correction_at(doc: Document, offset: int, kind: OutlineKind | None = None, level: int = 0) -> Correction:
    """Make-a-heading at the paragraph holding `offset`; its title is the paragraph's first sentence."""
    if kind is None and level < 1:
        raise CorrectionError("say the kind or the level of the new heading")
    start = doc.text.rfind("\n", 0, max(0, offset)) + 1
    end = doc.text.find("\n", start)
    paragraph = doc.text[start : end if end >= 0 else len(doc.text)]
    if not paragraph.strip():
        raise CorrectionError("there is no text to make a heading of here")
    return _checked(
        Correction(
            FixAction.HEADING,
            _first_sentence(paragraph)[:MAX_QUOTE],
            doc.text[max(0, start - PREFIX_CHARS) : start],
            kind=kind,
            level=level,
        )
    )


def correction_at_quote(doc: Document, quote: str, kind: OutlineKind | None = None, level: int = 0) -> Correction:
    """Make-a-heading at the first paragraph that starts with `quote` (the CLI's --heading-at)."""
    at = _paragraph_starting(doc.text, quote.strip())
    if at < 0:
        raise CorrectionError(f"no paragraph starts with {quote.strip()[:30]!r}")
    return correction_at(doc, at, kind, level)


def _first_sentence(paragraph: str) -> str:
    m = re.search(r"[。；！？]", paragraph)
    return paragraph[: m.end()] if m and m.end() < len(paragraph) else paragraph


def _paragraph_starting(text: str, quote: str, prefix: str = "") -> int:
    """Offset of the paragraph that starts with `quote`, the one after `prefix` when several do."""
    if not quote:
        return -1
    found: list[int] = []
    at = text.find(quote)
    while at >= 0:
        if at == 0 or text[at - 1] == "\n":
            found.append(at)
            if prefix and text[max(0, at - len(prefix)) : at] == prefix:
                return at
        at = text.find(quote, at + 1)
    return found[0] if found else -1


# --- applying ----------------------------------------------------------------------------------


@dataclass
class _Flat:
    node: OutlineNode
    depth: int
    touched: bool = False


def apply_corrections(doc: Document, corrections: Sequence[Correction]) -> tuple[Document, list[Correction]]:
    """The document with its outline corrected, and the corrections that found no place in it."""
    if not corrections:
        return doc, []
    flat = [_Flat(node, depth) for node, depth in _flatten(doc.nodes)]
    unplaced: list[Correction] = []
    for correction in corrections:
        if problem(correction) is not None or not _apply(doc, flat, correction):
            unplaced.append(correction)  # a stored correction that cannot apply never fails the document
    return replace(doc, nodes=_rebuild(doc, flat), _index={}), unplaced


def _flatten(nodes: Iterable[OutlineNode], depth: int = 0) -> Iterable[tuple[OutlineNode, int]]:
    for node in nodes:
        yield replace(node, children=()), depth
        yield from _flatten(node.children, depth + 1)


def _find(flat: list[_Flat], doc: Document, correction: Correction) -> int:
    at = _paragraph_starting(doc.text, correction.quote, correction.prefix)
    return next((i for i, f in enumerate(flat) if f.node.heading_start == at), -1)


def _subtree_end(flat: list[_Flat], i: int) -> int:
    j = i + 1
    while j < len(flat) and flat[j].depth > flat[i].depth:
        j += 1
    return j


def _unmake(flat: list[_Flat], i: int) -> None:
    """Node i is no heading: its children become its parent's."""
    for f in flat[i + 1 : _subtree_end(flat, i)]:
        f.depth -= 1
    del flat[i]


def _apply(doc: Document, flat: list[_Flat], correction: Correction) -> bool:
    if correction.action == FixAction.HEADING:
        return _insert(doc, flat, correction)
    i = _find(flat, doc, correction)
    if i < 0:
        return False
    if correction.action == FixAction.NOT_HEADING:
        _unmake(flat, i)
    elif correction.action == FixAction.LEVEL:
        ceiling = flat[i - 1].depth + 1 if i > 0 else 0
        delta = min(correction.level - 1, ceiling) - flat[i].depth
        for f in flat[i : _subtree_end(flat, i)]:
            f.depth += delta
        flat[i].touched = True
    elif correction.action == FixAction.JOIN:
        node = flat[i].node
        line_end = doc.text.find("\n", node.heading_end)
        if line_end < 0:
            return False
        next_end = doc.text.find("\n", line_end + 1)
        next_end = len(doc.text) if next_end < 0 else next_end
        following = doc.text[line_end + 1 : next_end]
        # the heading spans both lines in the text; its title reads as one
        heading = doc.text[node.heading_start : line_end + 1] + _first_sentence(following)
        if i + 1 < len(flat) and flat[i + 1].node.heading_start == line_end + 1:
            _unmake(flat, i + 1)  # the second line was taken for a heading of its own
        title = (node.title + _first_sentence(following)).rstrip("。；")
        flat[i].node = replace(node, heading=heading, title=title, heading_end=node.heading_start + len(heading))
        flat[i].touched = True
    return True


def _insert(doc: Document, flat: list[_Flat], correction: Correction) -> bool:
    start = _paragraph_starting(doc.text, correction.quote, correction.prefix)
    if start < 0 or any(f.node.heading_start == start for f in flat):
        return start >= 0  # already a heading: nothing to do
    at = next((i for i, f in enumerate(flat) if f.node.heading_start > start), len(flat))
    before = flat[at - 1] if at > 0 else None
    if correction.level >= 1:
        depth = min(correction.level - 1, before.depth + 1 if before else 0)
    else:
        rank = OUTLINE_RULES[correction.kind or OutlineKind.CN].rank
        holder = next((f for f in reversed(flat[:at]) if OUTLINE_RULES[f.node.kind].rank < rank), None)
        depth = holder.depth + 1 if holder else 0
    kind = correction.kind or (before.node.kind if before else OutlineKind.CN)
    marker = match_marker(correction.quote)
    label = marker.label if marker else ""
    title = (marker.rest if marker else correction.quote).rstrip("。；").strip()
    parent = next((f.node for f in reversed(flat[:at]) if f.depth < depth), None)
    citation = Citation(
        parent.citation.document if parent else doc.title,
        (parent.citation.clause if parent else "") + (label.rstrip("、.．") or title[:12]),
    )
    node = OutlineNode(
        f"{parent.id + '/' if parent else ''}fix-{start}",
        kind,
        label,
        title,
        correction.quote,
        citation,
        start,
        start + len(correction.quote),
        heading_start=start,
        heading_end=start + len(correction.quote),
    )
    flat.insert(at, _Flat(node, depth, touched=True))
    return True


def _rebuild(doc: Document, flat: list[_Flat]) -> tuple[OutlineNode, ...]:
    """The tree from (node, depth) in document order; each node ends where the next node of its
    depth or shallower begins."""
    ends: list[int] = [len(doc.text)] * len(flat)
    parent_of: list[int] = []
    open_at: list[int] = []  # indices of the open nodes, one per depth
    for i, f in enumerate(flat):
        f.depth = min(f.depth, len(open_at))  # never deeper than one below the open node
        while len(open_at) > f.depth:
            ends[open_at.pop()] = max(0, f.node.start - 1)
        parent_of.append(open_at[-1] if open_at else -1)
        open_at.append(i)
    children: list[list[OutlineNode]] = [[] for _ in flat]
    roots: list[OutlineNode] = []
    for i in range(len(flat) - 1, -1, -1):  # children before their parent: each is built whole
        f = flat[i]
        node = replace(
            f.node,
            end=max(ends[i], f.node.heading_end),
            children=tuple(reversed(children[i])),
            corrected=f.node.corrected or f.touched,
        )
        (children[parent_of[i]] if parent_of[i] >= 0 else roots).append(node)
    return tuple(reversed(roots))
