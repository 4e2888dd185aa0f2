"""The library as a table: one row per document, versions of one document grouped as a family,
and each version's 时效性 (尚未施行 / 现行有效 / 已被修改 / 已废止) decided among its family.

A family is the documents whose titles are the same once the revision note is left off
(中华人民共和国统计法 and 统计法（2009年修订）). Its newest version (by version date) is the one in
force; the older ones are 已被修改. A status the text states (已废止) or the reader set wins."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from gzreader.core.metadata import AMENDED, IN_FORCE, NOT_YET, Metadata

_NOTE = re.compile(r"[（(][^（）()]{0,14}(?:年|修订|修正|试行|草案|暂行)[^（）()]{0,6}[）)]$")


def dated_title(title: str, dated: str, number: str = "", *more: str) -> str:
    """中华人民共和国统计法（2009-06-27）, 关于…的通知（2019-01-24，国发〔2019〕4号）: a version is
    never named by its bare title."""
    return f"{title}（{'，'.join(p for p in (dated, number, *more) if p)}）"


def family_key(title: str) -> str:
    plain = "".join(title.split()).removeprefix("中华人民共和国")
    while _NOTE.search(plain):
        plain = _NOTE.sub("", plain)
    return plain


@dataclass(frozen=True)
class Entry:
    """One document as stored: its current version's metadata (the reader's values applied)."""

    doc_id: str
    meta: Metadata
    annotations: int = 0
    bookmarks: int = 0


@dataclass(frozen=True)
class Row:
    """What the library table shows for one document."""

    doc_id: str
    title: str
    kind: str
    issuers: str
    doc_number: str
    date: str  # the version date (else the 成文日期 or 公布日期), YYYY-MM-DD or ""
    status: str
    level: str
    versions: int  # documents in its family
    annotations: int
    bookmarks: int
    family: str

    @property
    def year(self) -> str:
        return self.date[:4]


def _date(meta: Metadata) -> str:
    for found in (meta.version_date, meta.written, meta.published):
        if found is not None:
            return found.value
    return ""


def _status(meta: Metadata, newest: bool, today: str) -> str:
    if meta.status is not None:
        return meta.status.value
    if not newest:
        return AMENDED
    if meta.effective is not None and meta.effective.value > today:
        return NOT_YET
    return IN_FORCE


def families(entries: list[Entry], today: date | None = None) -> list[list[Row]]:
    """Each family's rows, newest version first; families in the order their first member came."""
    day = (today or date.today()).isoformat()
    grouped: dict[str, list[Entry]] = defaultdict(list)
    for entry in entries:
        grouped[family_key(entry.meta.title.value)].append(entry)
    result = []
    for key, members in grouped.items():
        members = sorted(members, key=lambda e: _date(e.meta), reverse=True)  # undated last
        rows = []
        for i, entry in enumerate(members):
            meta = entry.meta
            rows.append(
                Row(
                    doc_id=entry.doc_id,
                    title=meta.title.value,
                    kind=meta.kind.value if meta.kind else "",
                    issuers="、".join(i.value for i in meta.issuers),
                    doc_number=meta.doc_number.value if meta.doc_number else "",
                    date=_date(meta),
                    status=_status(meta, i == 0, day),
                    level=meta.level.value if meta.level else "",
                    versions=len(members),
                    annotations=entry.annotations,
                    bookmarks=entry.bookmarks,
                    family=key,
                )
            )
        result.append(rows)
    return result
