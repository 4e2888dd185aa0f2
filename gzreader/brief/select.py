"""Which annotations a brief holds: filters by colour, tag, clause subtree and kind."""

from __future__ import annotations

from dataclasses import dataclass, field

from gzreader.core import Document, UserError
from gzreader.core.anchoring.annotation import COLOR_NAMES_ZH, Annotation
from gzreader.core.kinds import ANNOTATION_RULES, AnnotationKind

MAX_TITLE = 300  # characters of a custom title: a few lines at 18 pt


class BriefError(UserError):
    """A brief cannot be made (e.g. nothing matches the filters); one line for the user."""


EXCERPTED = tuple(kind for kind, rule in ANNOTATION_RULES.items() if rule.excerpt)  # highlights and notes


@dataclass(frozen=True)
class BriefOptions:
    """What goes into a brief and how it is laid out (the export dialog and CLI flags)."""

    title: str | None = None  # default: 《document title》批注摘编
    colors: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    clause: str | None = None  # an outline node id: its subtree only
    kinds: tuple[AnnotationKind, ...] = EXCERPTED
    bookmarks: bool = False  # list bookmarks at the end
    orphans: bool = False  # annotations whose text vanished, in a final section
    context: bool = False  # each excerpt shows its whole clause with the quote marked
    paper: str = "a4"
    source: str = ""  # where the document came from (file name or path)
    prepared: str = ""  # date prepared; default today
    with_pages: bool = False  # cite the page of a PDF original: 《…》第十五条（第 6 页）
    max_chars: int = 5000  # a longer quote or note is cut with "…（全文见库）"; 0: never cut
    cited_articles: bool = False  # under each excerpt, the clauses it refers to (引用条文)
    extra: dict[str, str] = field(default_factory=dict)

    def describe_filters(self) -> str:
        """The filters in the brief's language (黄色, not yellow)."""
        parts = []
        if self.colors:
            parts.append("颜色：" + "、".join(COLOR_NAMES_ZH.get(c, c) for c in self.colors))
        if self.tags:
            parts.append("标签：" + "、".join(self.tags))
        if self.clause:
            parts.append("条款：" + self.clause)
        if tuple(self.kinds) != EXCERPTED:
            parts.append("类型：" + "、".join(ANNOTATION_RULES[k].name_zh for k in self.kinds))
        return "；".join(parts) or "全部高亮与批注"


@dataclass(frozen=True)
class Selection:
    excerpts: list[Annotation]
    bookmarks: list[Annotation]
    orphans: list[Annotation]


def select(doc: Document, annotations: list[Annotation], options: BriefOptions) -> Selection:
    """The excerpts, bookmarks and orphans a brief shows; BriefError if nothing matches."""
    if options.title and len(options.title) > MAX_TITLE:
        # a title taller than a page cannot be laid out: said before any work is done
        raise BriefError(f"the brief's title is longer than {MAX_TITLE} characters")
    colors = {c.lower() for c in options.colors}
    tags = set(options.tags)
    subtree = doc.node(options.clause) if options.clause else None
    if options.clause and subtree is None:
        raise BriefError(f"no clause {options.clause!r} in the document")

    def wanted(ann: Annotation) -> bool:
        if ann.deleted:
            return False
        if colors and ann.color.lower() not in colors:
            return False
        if tags and not tags & set(ann.tags):
            return False
        return subtree is None or (not ann.orphan and subtree.start <= ann.anchor.start < subtree.end)

    chosen = [a for a in annotations if wanted(a)]
    excerpts = sorted(
        (a for a in chosen if not a.orphan and a.kind in options.kinds), key=lambda a: (a.anchor.start, a.anchor.end)
    )
    bookmarks = [a for a in chosen if not a.orphan and a.kind == AnnotationKind.BOOKMARK] if options.bookmarks else []
    orphans = (
        [a for a in chosen if a.orphan and (a.kind in options.kinds or not ANNOTATION_RULES[a.kind].excerpt)]
        if options.orphans
        else []
    )
    if not excerpts and not bookmarks and not orphans:
        raise BriefError(f"no annotations match ({options.describe_filters()}); nothing to put in a brief")
    return Selection(excerpts, bookmarks, orphans)


def default_file_name(doc_title: str, limit: int = 40, dated: str = "") -> str:
    """A file name for the brief: the title cut at a character boundary, never leaving a 《 open,
    without characters file systems refuse, then the version's date (two versions' briefs differ)."""
    name = "".join(ch for ch in doc_title if ch not in '\\/:*?"<>|\n\r\t')[:limit]
    while name.count("《") > name.count("》"):
        name = name[: name.rfind("《")]
    return (name.strip() or "brief") + (f"（{dated}）" if dated else "") + "-批注摘编.pdf"
