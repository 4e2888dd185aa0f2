"""What the library knows about a document: issuers, kind (文种), level (效力级别), dates, history
(题注), 时效性 — each value with where it came from (a span of the text, the file name, or "set by
you"), so a wrong guess is easy to see and correct. Reading them from a text is metadata_text's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from gzreader.core.dates import ISO, iso_date, real_date

SET_BY_YOU = "set by you"
LEVELS = ("法律", "行政法规", "地方性法规", "部门规章", "地方政府规章", "规范性文件", "司法解释", "其他")
NOT_YET, IN_FORCE, AMENDED, REPEALED = "尚未施行", "现行有效", "已被修改", "已废止"
STATUSES = (NOT_YET, IN_FORCE, AMENDED, REPEALED)
DATE_FIELDS = ("written", "published", "effective", "version_date")
# what a reader may set: the stored fields, the issuers as one "、"-joined value, and 时效性
SETTABLE = ("title", "doc_number", "issuers", "kind", "level", *DATE_FIELDS, "status")


class MetadataError(ValueError):
    """A value a reader set that cannot be one (a date that is no date, an unknown field)."""


def checked_field(key: str, value: str) -> str:
    """The value as stored, or MetadataError saying in one line why it cannot be."""
    if key not in SETTABLE:
        raise MetadataError(f"unknown field {key!r}; one of: {', '.join(SETTABLE)}")
    value = " ".join(value.split())  # one line: a pasted newline or tab is a space
    if any(ord(c) < 32 or 0xD800 <= ord(c) <= 0xDFFF for c in value) or len(value) > 300:
        raise MetadataError(f"{key}: at most 300 characters of text")
    if key == "title" and not value:
        raise MetadataError("title: a document needs a title")
    if key in DATE_FIELDS and value:
        dashed = ISO.fullmatch(value)
        when = real_date(*dashed.groups()) if dashed else iso_date(value)
        if when is None:
            raise MetadataError(f"{key}: {value!r} is not a date (YYYY-MM-DD or 2024年1月1日)")
        value = when
    if key == "level" and value and value not in LEVELS:
        raise MetadataError(f"level: one of {'、'.join(LEVELS)}")
    if key == "status" and value and value not in STATUSES:
        raise MetadataError(f"status: one of {'、'.join(STATUSES)}")
    if key == "issuers":
        value = "、".join(v.strip() for v in re.split(r"[、,，;；]", value) if v.strip())
    return value


@dataclass(frozen=True)
class Found:
    """A value and where it came from: "text 120–138", "file name", or "set by you"."""

    value: str
    source: str

    def to_dict(self) -> dict[str, str]:
        return {"value": self.value, "source": self.source}


@dataclass(frozen=True)
class Event:
    """One line of a law's history: 2009-06-27 全国人民代表大会常务委员会 修订."""

    date: str
    body: str
    action: str


@dataclass(frozen=True)
class Metadata:
    title: Found
    doc_number: Found | None = None
    issuers: tuple[Found, ...] = ()
    kind: Found | None = None  # 文种
    level: Found | None = None  # 效力级别
    written: Found | None = None  # 成文日期 (the 落款 date of a 公文)
    published: Found | None = None  # 公布日期
    effective: Found | None = None  # 施行日期
    version_date: Found | None = None  # the date that tells this version from others
    history: tuple[Event, ...] = field(default=())
    status: Found | None = None  # 时效性 when known without the library: 已废止 in the text, or set by you

    def to_dict(self) -> dict[str, object]:
        def one(found: Found | None) -> dict[str, str] | None:
            return found.to_dict() if found is not None else None

        return {
            "title": self.title.to_dict(),
            "doc_number": one(self.doc_number),
            "issuers": [i.to_dict() for i in self.issuers],
            "kind": one(self.kind),
            "level": one(self.level),
            "written": one(self.written),
            "published": one(self.published),
            "effective": one(self.effective),
            "version_date": one(self.version_date),
            "history": [{"date": e.date, "body": e.body, "action": e.action} for e in self.history],
            "status": one(self.status),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Metadata:
        """The stored form back (what to_dict wrote)."""

        def one(key: str) -> Found | None:
            value = data.get(key)
            return Found(str(value["value"]), str(value["source"])) if isinstance(value, dict) else None

        return cls(
            title=one("title") or Found("", "title"),
            doc_number=one("doc_number"),
            issuers=tuple(Found(str(i["value"]), str(i["source"])) for i in data.get("issuers") or ()),
            kind=one("kind"),
            level=one("level"),
            written=one("written"),
            published=one("published"),
            effective=one("effective"),
            version_date=one("version_date"),
            history=tuple(Event(str(e["date"]), str(e["body"]), str(e["action"])) for e in data.get("history") or ()),
            status=one("status"),
        )

    def with_fixes(self, fixes: dict[str, str]) -> Metadata:
        """The reader's values in place of what the text said, each marked "set by you"."""
        changed: dict[str, Any] = {}
        for key, value in fixes.items():
            if key == "issuers":
                changed[key] = tuple(Found(v, SET_BY_YOU) for v in value.split("、") if v)
            elif key in SETTABLE:
                changed[key] = Found(value, SET_BY_YOU) if value else None
        if "title" in changed and changed["title"] is None:
            del changed["title"]
        return replace(self, **changed)
