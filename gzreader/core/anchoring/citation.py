"""A citation is a value: the cited document's title and the clause path, rendered one way.

《广州人工智能与数字经济试验区建设总体方案》二（一）1 is Citation("广州…总体方案", "二（一）1");
a law's article is Citation("中华人民共和国公司法", "第十五条"); the document itself has no clause.
"""

from __future__ import annotations

from dataclasses import dataclass


def book_title(title: str) -> str:
    """《title》, with 《》 inside the title turned into 〈〉 as Chinese citation style requires."""
    return "《" + title.replace("《", "〈").replace("》", "〉") + "》"


@dataclass(frozen=True)
class Citation:
    document: str  # the cited document's title as written (an attachment cites its own title)
    clause: str = ""  # 二（一）1, 第十五条, 第二部分一; "" for the document as a whole
    page: int | None = None  # 1-based page of the original, where the format has pages

    def full(self, *, with_page: bool = False) -> str:
        """《…》二（一）1 — what a reader writes in a memo."""
        page = f"（第 {self.page} 页）" if with_page and self.page else ""
        return book_title(self.document) + self.clause + page

    def short(self) -> str:
        """二（一）1 or 第十五条: the clause alone, for lists that already name the document."""
        return self.clause or book_title(self.document)

    def __str__(self) -> str:
        return self.full()

    @classmethod
    def parse(cls, text: str) -> Citation:
        """Read back a citation rendered by `full()` (older libraries stored only the string)."""
        if text.startswith("《") and "》" in text:
            title, _, clause = text[1:].partition("》")
            return cls(title, clause)
        return cls(text)
