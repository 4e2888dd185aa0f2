"""Resolving references: to the outline node they name, in this document or in another of the library.

Internal and relative references resolve to the article node (or the item node 第（三）项 inside it,
in the 款 named); chapters to the chapter or section node. An external one is looked up in a
`Catalogue` of the library's documents by full title, short title (without 中华人民共和国 and a
version note) or 文号, then to the article in that document.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from gzreader.core.kinds import OutlineKind
from gzreader.core.model import Document, OutlineNode
from gzreader.core.outline.numbering import cn_to_int
from gzreader.core.references.detect import _ITEM_LINE, Reference, RefKind, Target
from gzreader.core.references.names import full_title

Others = Callable[[Target], Document | None]  # the library document a reference to another one names

_NUMBER = re.compile(r"[一二三四五六七八九十百千零〇两\d]+")
_SPACES = re.compile(r"[\s\u3000]+")


def short_title(title: str) -> str:
    """The name a title is known by: 中华人民共和国行政许可法（2019年修正） → 行政许可法."""
    return _SPACES.sub("", full_title(title)).removeprefix("中华人民共和国")


@dataclass(frozen=True)
class Resolved:
    doc: str | None  # the library document it names; None: not in the library
    clause: str | None  # the outline node; None: the document as a whole, or not found


@dataclass
class Catalogue:
    """The library's documents by short title and by 文号. Where several versions share a title,
    a reference leads to the one in force on the citing document's date (`on`): the latest that
    took effect by then; without dates (or before them all), to the newest given first."""

    titles: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # → (in force from, id)
    numbers: dict[str, str] = field(default_factory=dict)
    on: str = ""  # the citing document's date, YYYY-MM-DD ("" not known)

    @classmethod
    def of(cls, documents: Iterable[tuple[str, str, str | None] | tuple[str, str, str | None, str]]) -> Catalogue:
        """From (id, title, 文号[, in force from]) rows, newest first."""
        catalogue = cls()
        for row in documents:
            doc_id, title, number = row[0], row[1], row[2]
            catalogue.titles.setdefault(short_title(title), []).append((row[3] if len(row) > 3 else "", doc_id))
            if number:
                catalogue.numbers.setdefault(number, doc_id)
        return catalogue

    def dated(self, on: str) -> Catalogue:
        """The same documents, for a citing document of date `on`."""
        return Catalogue(self.titles, self.numbers, on)

    def find(self, target: Target) -> str | None:
        if target.doc_number is not None:
            return self.numbers.get(target.doc_number)
        if target.document is None:
            return None
        versions = self.titles.get(short_title(target.document))
        if not versions:
            return None
        if self.on:
            in_force = [v for v in versions if v[0] and v[0] <= self.on]
            if in_force:
                return max(in_force, key=lambda v: v[0])[1]
        return versions[0][1]


def _number(node: OutlineNode) -> int | None:
    found = _NUMBER.search(node.label)
    return cn_to_int(found.group(0)) if found else None


def locate(doc: Document, target: Target, near: int = 0) -> OutlineNode | None:
    """The node `target` names in `doc` (the article nearest `near` when parts repeat numbers)."""
    if target.article is not None:
        articles = [n for n in doc.walk() if n.kind == OutlineKind.TIAO and _number(n) == target.article]
        if not articles and not any(n.kind == OutlineKind.TIAO for n in doc.walk()):
            return _section(doc, target, near)  # 本通知第五条第（二）项: a 公文 counts its 五、 as 条
        if not articles:
            return None
        part = next((n for n in doc.nodes if n.start <= near < n.end), None)
        article = next((a for a in articles if part is not None and part.start <= a.start < part.end), articles[0])
        if target.item is None:
            return article
        return _item(doc, article, target.paragraph, target.item) or article
    if target.item is not None and target.chapter is None:
        return _list_item(doc, target, near)
    if target.chapter is not None or target.section is not None:
        chapters = [n for n in doc.walk() if n.kind == OutlineKind.ZHANG and _number(n) == target.chapter]
        if target.section is None:
            return chapters[0] if chapters else None
        scope = chapters[0].walk() if chapters else doc.walk()
        return next((n for n in scope if n.kind == OutlineKind.JIE and _number(n) == target.section), None)
    return None


def _list_item(doc: Document, target: Target, near: int) -> OutlineNode | None:
    """Item 一、 of a list's part: 第N部分's (by its title), else the part at `near`."""
    if target.part is not None:
        named = (re.match(rf"第({_NUMBER.pattern})部分", n.title or n.label) for n in doc.nodes)
        part = next(
            (n for n, m in zip(doc.nodes, named, strict=True) if m and cn_to_int(m.group(1)) == target.part), None
        )
    else:
        part = next((n for n in doc.nodes if n.start <= near < n.end), None)
    if part is None:
        return None
    item = next((n for n in part.children if n.kind == OutlineKind.CN and _number(n) == target.item), None)
    if item is None or target.subitem is None:
        return item
    return next((n for n in item.children if n.kind == OutlineKind.CN_PAREN and _number(n) == target.subitem), None)


def _section(doc: Document, target: Target, near: int) -> OutlineNode | None:
    part = next((n for n in doc.nodes if n.start <= near < n.end), None)
    scope = part.walk() if part is not None else doc.walk()
    heading = next((n for n in scope if n.kind == OutlineKind.CN and _number(n) == target.article), None)
    if heading is None or target.item is None:
        return heading
    return next((n for n in heading.children if n.kind == OutlineKind.CN_PAREN and _number(n) == target.item), heading)


def _item(doc: Document, article: OutlineNode, paragraph: int | None, item: int) -> OutlineNode | None:
    begin = article.start
    if paragraph is not None and paragraph > 1:  # the items of the 款 named come after its line
        offset, seen = article.start, 1
        for line in doc.text[article.start : article.end].split("\n")[1:]:
            offset = doc.text.index(line, offset) if line else offset + 1
            if not _ITEM_LINE.match(line):
                seen += 1
                if seen == paragraph:
                    begin = offset
                    break
    items = [n for n in article.walk() if n.kind == OutlineKind.XIANG and n.start >= begin]
    return next((n for n in items if _number(n) == item), None)


def resolve_all(
    doc: Document,
    doc_id: str | None,
    references: Iterable[Reference],
    catalogue: Catalogue,
    load: Callable[[str], Document],
) -> list[Resolved]:
    """Where each reference leads: this document (`doc_id`) or another one `load` can open."""
    opened: dict[str, Document] = {}
    out = []
    for ref in references:
        if ref.kind != RefKind.EXTERNAL:
            node = locate(doc, ref.target, ref.start)
            out.append(Resolved(doc_id, node.id if node is not None else None))
            continue
        other = catalogue.find(ref.target)
        if other is None or (ref.target.article is None and ref.target.chapter is None):
            out.append(Resolved(other, None))
            continue
        if other not in opened:
            opened[other] = load(other)
        node = locate(opened[other], ref.target)
        out.append(Resolved(other, node.id if node is not None else None))
    return out
