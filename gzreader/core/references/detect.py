"""Finding the references in a canonical text (Qt-free; offsets are Python string indices).

One pattern finds *mentions*: an article chain 第X条第Y款第（Z）项 (optionally 本法…), a chapter
第X章第Y节, a relative word (本条 本款 前款 前两款 前条 本章 本节), a 《title》, a bare law name with an
article (行政诉讼法第十三条) and a 文号. A mention joined to the one before by 、 和 及 或者 至 takes
its context: in "《行政处罚法》第三十二条、第三十三条" both articles are the other law's, in
"第四十九条第二款、第三款" 第三款 is article 49's, and "第七十八条至第八十条" names 78, 79 and 80.
Relative words are resolved here, from where they stand (款 = the paragraphs of an article; the
items （一）… under a paragraph are not 款).

Not references: an article's or chapter's own label at the start of its line, 第一次会议, 第三人, a
《title》 being defined (以下简称《…》), and the document's own title and 文号.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from enum import StrEnum

from gzreader.core.kinds import OutlineKind
from gzreader.core.model import Document, OutlineNode
from gzreader.core.outline.numbering import cn_to_int
from gzreader.core.references.names import ISSUER_BOUNDARY, NOT_DOCUMENT, NOT_LAW, full_title, law_name


class RefKind(StrEnum):
    INTERNAL = "internal"  # 第十八条, 本法第十八条第二款
    RELATIVE = "relative"  # 本条, 前款, 前两款, 前条, 本章 — resolved from where they stand
    EXTERNAL = "external"  # 《行政许可法》第二十条, 行政诉讼法第十三条, 国发〔2019〕4号
    CHAPTER = "chapter"  # 第三章, 第三章第一节


@dataclass(frozen=True)
class Target:
    document: str | None = None  # the full title of another document; None: this one
    article: int | None = None
    paragraph: int | None = None  # 款
    item: int | None = None  # 项
    chapter: int | None = None
    section: int | None = None  # 节
    doc_number: str | None = None  # a 文号 named alone
    part: int | None = None  # 第一部分 of an appended list (its items 一、 二、 are its 项)
    subitem: int | None = None  # 第（三）项 inside a list's item: its （三）

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "document": self.document,
            "article": self.article,
            "paragraph": self.paragraph,
            "item": self.item,
            "chapter": self.chapter,
            "section": self.section,
        }
        if self.doc_number is not None:
            out["doc_number"] = self.doc_number
        if self.part is not None:
            out["part"] = self.part
        if self.subitem is not None:
            out["subitem"] = self.subitem
        return out


@dataclass(frozen=True)
class Reference:
    start: int
    end: int
    text: str
    kind: RefKind
    target: Target


_N = r"[一二三四五六七八九十百千零〇两\d]+"


def _item(a: str, b: str) -> str:
    return rf"(?:第[（(](?P<{a}>{_N})[）)]项|第(?P<{b}>{_N})项)"


_SCOPE = r"本(?:实施细则|实施条例|实施办法|法|条例|办法|规定|细则|解释|决定|规则|准则)"
_ARTICLE = rf"第(?P<{{0}}>{_N})条(?:第(?P<{{1}}>{_N})款)?{{2}}?"
_PATTERN = re.compile(
    "|".join(
        [
            r"《(?P<title>[^《》\n]{2,80})》",
            r"(?P<docno>[\u4e00-\u9fff]{1,8}[〔［\[](?:19|20)\d\d[〕］\]]\d{1,4}号)",
            r"(?P<law>[\u4e00-\u9fff]{2,30}?(?:法典|法|条例))" + _ARTICLE.format("lart", "lpara", _item("li", "li2")),
            rf"(?P<scope>{_SCOPE})?" + _ARTICLE.format("art", "para", _item("i", "i2")),
            rf"第(?P<para_only>{_N})款{_item('pi', 'pi2')}?",
            rf"第(?P<part>{_N})部分第(?P<part_item>{_N})项",  # 第一部分第一项: an item of a list's part
            rf"第(?P<ropen>[（(])?(?P<item_from>{_N})[）)]?至第[（(]?(?P<item_to>{_N})[）)]?项",  # 第十四至第十七项
            _item("item_only", "item_only2"),
            rf"(?:{_SCOPE})?第(?P<chap>{_N})章(?:第(?P<sect>{_N})节)?",
            rf"(?:{_SCOPE})?第(?P<sect_only>{_N})节",
            rf"(?P<rel>本条(?!例)|本款|本章|本节|前条|前款|前(?P<prev>[两二三四])款)"
            rf"(?:第(?P<rel_para>{_N})款)?{_item('ri', 'ri2')}?",
        ]
    )
)
_JOINERS = frozenset(["", "、", "和", "及", "以及", "或者", "或", "与", "至", "到", "，", "，以及", "、以及"])
_RANGE = frozenset(["至", "到"])
_PREV = {"两": 2, "二": 2, "三": 3, "四": 4}
_ITEM_LINE = re.compile(r"^[ \u3000]*[（(][一二三四五六七八九十]+[）)]")


def find_references(doc: Document) -> list[Reference]:
    """Every reference of `doc.text`, in text order (a range or 前两款 gives one per target)."""
    return list(_Scanner(doc).scan())


def _number(text: str | None) -> int | None:
    return cn_to_int(text) if text else None


def _label_number(node: OutlineNode) -> int | None:
    found = re.search(_N, node.label)
    return _number(found.group(0)) if found else None


class _Scanner:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        titles = {doc.title} | {n.title for n in doc.nodes if n.kind == OutlineKind.PART and n.title}
        self.own_titles = {full_title(t) for t in titles if t} | {t for t in titles if t}
        self.chain: Target | None = None
        self.aliases: dict[str, str | None] = {}  # short name → full title (None: this document)
        self.last_title: str | None = None  # the 《title》 a 以下简称 defines a name for
        self.chain_kind = RefKind.INTERNAL
        self.chain_end = -1
        self.has_articles = any(n.kind == OutlineKind.TIAO for n in doc.walk())

    def scan(self) -> Iterator[Reference]:
        for m in _PATTERN.finditer(self.text):
            start = m.start()
            between = self.text[self.chain_end : start] if self.chain is not None else None
            joined = between is not None and between in _JOINERS
            if not joined:
                self.chain = None
            yield from self._mention(m, between if joined else None)

    def _link(self, target: Target, kind: RefKind, end: int) -> None:
        self.chain, self.chain_kind, self.chain_end = target, kind, end

    def _mention(self, m: re.Match[str], between: str | None) -> Iterator[Reference]:
        g = m.groupdict()
        start, end = m.span()
        if g["title"] is not None:
            title = g["title"]
            defined = self.text[max(0, start - 4) : start].endswith(("简称", "简称为", "称"))
            if defined:  # （以下简称《管制清单》）: later 《管制清单》 means the title named before it
                self.aliases[title] = self.last_title
                self.chain = None
                return
            document = self.aliases[title] if title in self.aliases else full_title(title)
            own = document is None or title in self.own_titles or document in self.own_titles
            if own or NOT_DOCUMENT.search(title):
                self.last_title = None if own else document
                self.chain = None
                return
            self.last_title = document
            target = Target(document=document)
            yield Reference(start, end, m.group(0), RefKind.EXTERNAL, target)
            self._link(target, RefKind.EXTERNAL, end)
        elif g["docno"] is not None:
            bracket = re.search(r"[〔［\[]", g["docno"])
            issuer = g["docno"][: bracket.start()] if bracket else ""
            code = law_name(issuer)
            code = code[max((m.end() for m in ISSUER_BOUNDARY.finditer(code)), default=0) :]
            start += len(issuer) - len(code)  # 根据国发〔2019〕4号 → 国发〔2019〕4号
            number = self.text[start:end]
            self.chain = None
            mine = self.doc.doc_number or ""
            if not mine or not (number.endswith(mine) or mine.endswith(number)):
                yield Reference(start, end, number, RefKind.EXTERNAL, Target(doc_number=number))
        elif g["law"] is not None:
            yield from self._law(m)
        elif g["art"] is not None:
            yield from self._article(m, between)
        elif g["part"] is not None:
            target = Target(part=_number(g["part"]), item=_number(g["part_item"]))
            yield Reference(start, end, m.group(0), RefKind.INTERNAL, target)
            self._link(target, RefKind.INTERNAL, end)
        elif g["item_from"] is not None:
            yield from self._item_range(m)
        elif g["para_only"] is not None or g["item_only"] is not None or g["item_only2"] is not None:
            between = between or ""
            if self.chain is None or self.chain.article is None:
                yield from self._bare_item(m)  # "属于第一项情形的": an item of the article it stands in
                return
            if g["para_only"] is not None:
                target = replace(self.chain, paragraph=_number(g["para_only"]), item=_number(g["pi"] or g["pi2"]))
            else:
                target = replace(self.chain, item=_number(g["item_only"] or g["item_only2"]))
                first, last = self.chain.item, target.item
                if between in _RANGE and first is not None and last is not None:
                    for between_item in range(first + 1, last):  # 第一项至第五项: 2, 3 and 4 too
                        yield Reference(
                            self.chain_end, start, between, self.chain_kind, replace(target, item=between_item)
                        )
            yield Reference(start, end, m.group(0), self.chain_kind, target)
            self._link(target, self.chain_kind, end)
        elif g["chap"] is not None or g["sect_only"] is not None:
            if self._line_start(start):
                self.chain = None  # a chapter's or section's own heading
                return
            chapter = _number(g["chap"])
            if chapter is None and self.chain is not None:
                chapter = self.chain.chapter
            if chapter is None:  # 第二节 alone: a section of the chapter it stands in
                chapter = self._enclosing_number(start, OutlineKind.ZHANG)
            target = Target(chapter=chapter, section=_number(g["sect"] or g["sect_only"]))
            yield Reference(start, end, m.group(0), RefKind.CHAPTER, target)
            self._link(target, RefKind.CHAPTER, end)
        else:
            yield from self._relative(m)

    def _law(self, m: re.Match[str]) -> Iterator[Reference]:
        name = law_name(m.group("law"))
        if name in NOT_LAW or len(name) < 3 or re.search(rf"(?:{_SCOPE}|该法|此法)$", name):
            yield from self._bare_article(m, name)  # "…载明本法第九十五条": this document's article
            return
        start = m.end("law") - len(name)
        target = Target(
            document=full_title(name),
            article=_number(m.group("lart")),
            paragraph=_number(m.group("lpara")),
            item=_number(m.group("li") or m.group("li2")),
        )
        yield Reference(start, m.end(), self.text[start : m.end()], RefKind.EXTERNAL, target)
        self._link(target, RefKind.EXTERNAL, m.end())

    def _bare_article(self, m: re.Match[str], name: str) -> Iterator[Reference]:
        scope = re.search(rf"(?:{_SCOPE})$", name)
        start = m.end("law") - (len(scope.group(0)) if scope else 0)
        target = Target(
            article=_number(m.group("lart")),
            paragraph=_number(m.group("lpara")),
            item=_number(m.group("li") or m.group("li2")),
        )
        yield Reference(start, m.end(), self.text[start : m.end()], RefKind.INTERNAL, target)
        self._link(target, RefKind.INTERNAL, m.end())

    def _article(self, m: re.Match[str], between: str | None) -> Iterator[Reference]:
        start, end = m.span()
        scoped = m.group("scope") is not None
        if not scoped and self._line_start(start) and self.text[end : end + 1] in (" ", "\u3000", "\n", ""):
            self.chain = None  # the article's own label
            return
        target = Target(
            article=_number(m.group("art")),
            paragraph=_number(m.group("para")),
            item=_number(m.group("i") or m.group("i2")),
        )
        kind = RefKind.INTERNAL
        chain = self.chain
        if not scoped and chain is not None and between is not None:
            kind = self.chain_kind if self.chain_kind in (RefKind.EXTERNAL, RefKind.INTERNAL) else RefKind.INTERNAL
            if kind == RefKind.EXTERNAL:
                target = replace(target, document=chain.document)
            if between in _RANGE and chain.article is not None and target.article is not None:
                for number in range(chain.article + 1, target.article):  # 第七十八条至第八十条: 79 too
                    middle = replace(target, article=number, paragraph=None, item=None)
                    yield Reference(self.chain_end, start, between, kind, middle)
        yield Reference(start, end, m.group(0), kind, target)
        self._link(target, kind, end)

    def _relative(self, m: re.Match[str]) -> Iterator[Reference]:
        start, end = m.span()
        word = m.group("rel")
        self.chain = None
        article = self._enclosing(start, OutlineKind.TIAO)
        number = _label_number(article) if article is not None else None
        item = _number(m.group("ri") or m.group("ri2"))
        said = _number(m.group("rel_para"))
        if word in ("本章", "本节"):
            chapter = self._enclosing_number(start, OutlineKind.ZHANG)
            section = self._enclosing_number(start, OutlineKind.JIE) if word == "本节" else None
            if chapter is not None or section is not None:
                yield Reference(start, end, m.group(0), RefKind.RELATIVE, Target(chapter=chapter, section=section))
            return
        if (article is None or number is None) and word in ("本条", "本款") and not self.has_articles:
            heading = self._enclosing(start, OutlineKind.CN)  # a 公文's 四、 is its 条 and its 款
            numbered = _label_number(heading) if heading is not None else None
            if numbered is not None:
                yield Reference(start, end, m.group(0), RefKind.RELATIVE, Target(article=numbered, item=item))
            return
        if article is None or number is None:
            return  # outside any article: nothing to resolve it to
        here = self._paragraph_of(article, start)
        if word == "本条":
            targets = [Target(article=number, paragraph=said, item=item)]
        elif word == "前条":
            targets = [Target(article=number - 1, paragraph=said, item=item)] if number > 1 else []
        elif word == "本款":
            targets = [Target(article=number, paragraph=here, item=item)]
        else:  # 前款, 前两款 …
            count = _PREV.get(m.group("prev") or "", 1)
            targets = [
                Target(article=number, paragraph=here - k, item=item) for k in range(count, 0, -1) if here - k >= 1
            ]
        for target in targets:
            yield Reference(start, end, m.group(0), RefKind.RELATIVE, target)
        if targets:
            self._link(targets[-1], RefKind.RELATIVE, end)  # 本条第一款、第三款: both relative

    def _bare_item(self, m: re.Match[str]) -> Iterator[Reference]:
        """第X项 with nothing before it names an item of the article it stands in, or, in an
        appended list of parts (管制清单: 第一部分 with items 一、 二、), an item of its part (a 款
        alone is too vague to place: it is left out)."""
        item = _number(m.group("item_only") or m.group("item_only2"))
        target = self._item_here(m.start(), item, m.group("item_only") is not None)
        if target is None:
            return
        yield Reference(m.start(), m.end(), m.group(0), RefKind.RELATIVE, target)
        self._link(target, RefKind.RELATIVE, m.end())

    def _item_here(self, offset: int, item: int | None, bracketed: bool = False) -> Target | None:
        """Item `item` of the article at `offset`, else of the list part it stands in: 第一项 its
        一、, 第（三）项 the （三） of the item it stands in."""
        if item is None:
            return None
        article = self._enclosing(offset, OutlineKind.TIAO)
        number = _label_number(article) if article is not None else None
        if number is not None:
            return Target(article=number, item=item)
        path = self.doc.path_at(offset)
        in_list = len(path) >= 2 and path[0].kind == OutlineKind.PART and path[1].kind == OutlineKind.CN
        if not in_list or sum(1 for n in path[0].children if n.kind == OutlineKind.CN) < 2:
            return None
        if not bracketed:
            return Target(item=item)  # resolved to the part it stands in
        if any(n.kind == OutlineKind.CN_PAREN for n in path[1].children):
            return Target(item=_label_number(path[1]), subitem=item)
        return None

    def _item_range(self, m: re.Match[str]) -> Iterator[Reference]:
        """第十四至第十七项: items 14, 15, 16 and 17 (the middle ones cited by the 至)."""
        first, last = _number(m.group("item_from")), _number(m.group("item_to"))
        opening = self._item_here(m.start(), first, m.group("ropen") is not None)
        if opening is None or first is None or last is None or last < first:
            return
        cut = m.start() + m.group(0).index("至")
        joiner = cut + 1  # the 第 of the last one
        yield Reference(m.start(), cut, self.text[m.start() : cut], RefKind.RELATIVE, opening)

        def nth(number: int) -> Target:
            if opening.subitem is not None:
                return replace(opening, subitem=number)
            return replace(opening, item=number)

        for middle in range(first + 1, last):
            yield Reference(cut, joiner, self.text[cut:joiner], RefKind.RELATIVE, nth(middle))
        closing = nth(last)
        yield Reference(joiner, m.end(), self.text[joiner : m.end()], RefKind.RELATIVE, closing)
        self._link(closing, RefKind.RELATIVE, m.end())

    # --- where a mention stands ---------------------------------------------------------
    def _line_start(self, at: int) -> bool:
        line = self.text.rfind("\n", 0, at) + 1
        return not self.text[line:at].strip(" \u3000\t")

    def _enclosing(self, offset: int, kind: OutlineKind) -> OutlineNode | None:
        return next((n for n in reversed(self.doc.path_at(offset)) if n.kind == kind), None)

    def _enclosing_number(self, offset: int, kind: OutlineKind) -> int | None:
        node = self._enclosing(offset, kind)
        return _label_number(node) if node is not None else None

    def _paragraph_of(self, article: OutlineNode, offset: int) -> int:
        """Which 款 of `article` holds `offset`: its lines, not counting item lines （一）…"""
        lines = self.text[article.start : offset].split("\n")
        return 1 + sum(1 for line in lines[1:] if not _ITEM_LINE.match(line))
