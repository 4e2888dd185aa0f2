"""What a document says about itself: issuers, kind (文种), level (效力级别), dates, history (题注).

Read from the text only — nothing is fetched — and every field says where it came from (the span of
text, or the file name), so a wrong guess is easy to see. `date_in_name` reads the version date a
file name carries ("反垄断法(2022-06-24).md"), which tells two versions of one law apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import PurePath
from typing import Any

from gzreader.core.model import Document

_ISO = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_.](\d{1,2})[-_.](\d{1,2})(?!\d)")
_CHINESE = re.compile(r"((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日")
_DIGITS = "〇○零一二三四五六七八九"
_VALUE = {"〇": 0, "○": 0, "零": 0, **{c: n for n, c in enumerate("一二三四五六七八九", start=1)}}
_CN_DATE = re.compile(rf"([{_DIGITS}]{{4}})年([{_DIGITS}十]{{1,3}})月([{_DIGITS}十]{{1,3}})日")
_ANY_DATE = re.compile(rf"(?:(?:19|20)\d\d|[{_DIGITS}]{{4}})年[\d{_DIGITS}十]{{1,3}}月[\d{_DIGITS}十]{{1,3}}日")
# 题注: "2009年6月27日 第十一届全国人民代表大会常务委员会第九次会议修订"; a city's regulation has two
# events on one line: "…市人民代表大会常务委员会第五次会议通过 2018年11月30日…省…批准"
_EVENT = re.compile(
    r"(?P<date>\d{4}年\d{1,2}月\d{1,2}日)\s*(?P<rest>[^年]*?)(?P<action>通过|修正|修订|公布|发布|施行|批准|印发|废止)"
)
_EVENT_END = re.compile(r"(?:通过|修正|修订|公布|发布|施行|批准|印发|废止)[）)]?\s*$")
_BODY_START = re.compile(r"^\s*(?:第[一二三四五六七八九十百零〇\d]+[编章节条]|[一二三四五六七八九十]+、)")
_VERSION_EVENTS = ("通过", "修正", "修订", "公布", "发布", "批准", "印发")  # not 施行: a version exists before
_SESSION = re.compile(
    r"第[一二三四五六七八九十百零〇\d]+届|第[一二三四五六七八九十百零〇\d]+次(?:全体|常务|部务|局务|署务|委务)?会议.*$"
    r"|第[一二三四五六七八九十百零〇\d]+次$|令第.*$|第\d+号令.*$|审判委员会.*$|检察委员会.*$",
    re.S,
)
_PLACE = re.compile(r"^(.{2,8}?(?:省|自治区|市|自治州|盟|县))(?!场|政|区域|级)")
_PROVINCES = {  # a title may name its province without 省 / 市: 上海港口条例
    **{p: p + "市" for p in ("北京", "天津", "上海", "重庆")},
    **{p: p + "省" for p in ["河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海"]},
    "内蒙古": "内蒙古自治区", "广西": "广西壮族自治区", "西藏": "西藏自治区", "宁夏": "宁夏回族自治区", "新疆": "新疆维吾尔自治区",
}  # fmt: skip
_EFFECTIVE = re.compile(r"自(?P<date>\d{4}年\d{1,2}月\d{1,2}日|公布之日|发布之日|印发之日)起(?:施行|实施|执行)")
_KINDS = (
    "司法解释", "实施细则", "实施办法", "实施意见", "实施方案", "行动计划", "指导意见", "工作方案",
    "决定", "决议", "通知", "通报", "意见", "方案", "办法", "规定", "细则", "条例", "批复", "复函", "函",
    "报告", "解释", "规则", "规划", "纲要", "计划", "公告", "指南", "措施", "法典", "法",
)  # fmt: skip


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
        dashed = _ISO.fullmatch(value)
        when = _iso(*dashed.groups()) if dashed else iso_date(value)
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


def date_in_name(name: str | None) -> str | None:
    """The date in a file name as YYYY-MM-DD, or None (a number that is not a real date is not one)."""
    if not name:
        return None
    stem = PurePath(name).name
    for pattern in (_ISO, _CHINESE):
        for found in pattern.finditer(stem):
            iso = _iso(found.group(1), found.group(2), found.group(3))
            if iso:
                return iso
    return None


def iso_date(text: str) -> str | None:
    """2024年9月13日 or 二〇二〇年三月五日 as 2024-09-13 (None if it is not a real date)."""
    found = _CHINESE.search(text)
    if found:
        return _iso(found.group(1), found.group(2), found.group(3))
    found = _CN_DATE.search(text)
    if found:
        year = "".join(str(_VALUE[c]) for c in found.group(1))
        return _iso(year, str(_cn_small(found.group(2))), str(_cn_small(found.group(3))))
    return None


def read_metadata(doc: Document, source_name: str = "") -> Metadata:
    return read_text_metadata(doc.title, doc.doc_number, doc.text, source_name)


def read_text_metadata(title: str, doc_number: str | None, text: str, source_name: str = "") -> Metadata:
    """What the text (and the file name's date) say; the parser's title and 文号 are taken as read."""
    history, spans = _history(text)
    issuers = _issuers(history, text, spans)
    kind = _kind(title, issuers)
    number = _span(text, doc_number) if doc_number else None
    published = next((Found(e.date, spans[i]) for i, e in enumerate(history) if e.action in ("公布", "发布")), None)
    effective = _effective(text, history, spans, published)
    written = _written(text) if not history else None
    dated = [i for i, e in enumerate(history) if e.action in _VERSION_EVENTS]
    latest = max(dated, key=lambda i: history[i].date, default=None)
    version = date_in_name(source_name)
    if version is not None:
        version_date: Found | None = Found(version, "file name")
    elif latest is not None:
        version_date = Found(history[latest].date, spans[latest])
    else:
        version_date = written
    return Metadata(
        title=Found(title, "title"),
        doc_number=number,
        issuers=tuple(issuers),
        kind=kind,
        level=_level(kind, issuers),
        written=written,
        published=published,
        effective=effective,
        version_date=version_date,
        history=tuple(history),
        status=next((Found(REPEALED, spans[i]) for i, e in enumerate(history) if e.action == "废止"), None),
    )


def _iso(year: str, month: str, day: str) -> str | None:
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def _cn_small(text: str) -> int:
    """一 … 三十一 (a month or a day in Chinese numerals)."""
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (_VALUE.get(tens, 1) if tens else 1) * 10 + (_VALUE.get(ones, 0) if ones else 0)
    return _VALUE.get(text, 0)


def _span(text: str, value: str, start: int = 0) -> Found:
    at = text.find(value, start)
    return Found(value, f"text {at}–{at + len(value)}" if at >= 0 else "text")


def _history(text: str) -> tuple[list[Event], list[str]]:
    """The 题注 lines at the top: each event a date, a body and what it did."""
    events, spans = [], []
    for offset, line in _notes(text):
        for found in _EVENT.finditer(line):
            when = iso_date(found.group("date"))
            if when:
                rest = found.group("rest").split("《")[0]
                body = _SESSION.sub("", rest.replace("\n", "")).strip(" （()）")
                body = body.removeprefix("由").removeprefix("经").removeprefix("中华人民共和国")
                body = body.replace("人大常委会", "人民代表大会常务委员会")
                events.append(Event(when, body, found.group("action")))
                spans.append(f"text {offset + found.start()}–{offset + found.end()}")
    return events, spans


def _notes(text: str) -> list[tuple[int, str]]:
    """The 题注 lines near the top, each opening with its date, with their offsets. A line that does
    not open with a date continues the one before (a long 决定's name wraps onto the next line)."""
    notes: list[tuple[int, str]] = []
    offset, open_note = 0, False
    for line in text.split("\n")[:15]:
        if _ANY_DATE.match(line.strip().lstrip("（(")) and len(line) <= 400:  # a 题注 line opens with its date
            notes.append((offset, line))
            open_note = not _EVENT_END.search(line)
        elif open_note and len(line) <= 80 and not _BODY_START.match(line) and not line.endswith(("。", "；", "：")):
            start, note = notes[-1]
            notes[-1] = (start, f"{note}\n{line}")
            open_note = not _EVENT_END.search(line)
        offset += len(line) + 1
    return notes


def _issuers(history: list[Event], text: str, spans: list[str]) -> list[Found]:
    """Who made it: the body of the history's first event (a law's 制定机关); else the 版头 issuer."""
    for i, event in enumerate(history):
        if event.body:  # "国务院、中央军事委员会": each body an issuer
            bodies = (n.removeprefix("中华人民共和国") for n in event.body.split("、"))
            return [Found(n, spans[i]) for n in bodies if len(n) >= 2]
    head = text.split("\n", 1)[0]
    made = re.match(r"^([^《]{2,40}?)关于", head)
    if made:
        names = made.group(1).split("、")
        return [_span(text, n.removeprefix("中华人民共和国")) for n in names if len(n) >= 2]
    return _issuer_by_title(head)


def _issuer_by_title(title: str) -> list[Found]:
    """No 题注 and no 版头: who usually makes a document of this name (a guess, marked as one).
    A place's 条例 or 实施…办法 is its people's congress's; a national 条例 the State Council's;
    a 中华人民共和国…法 the NPC Standing Committee's."""
    named = _PLACE.match(title)
    province = next((p for p in _PROVINCES if title.startswith(p)), None)
    place = named.group(1) if named else _PROVINCES[province] if province else None
    local_law = title.endswith(("条例", "规定", "规则", "细则")) or ("实施《" in title and title.endswith("办法"))
    if place and local_law and not title.startswith("中华人民共和国"):
        return [Found(f"{place}人民代表大会常务委员会", "title (a guess)")]
    if title.endswith("条例") and not place:
        return [Found("国务院", "title (a guess)")]
    if title.startswith("中华人民共和国") and title.endswith("法"):
        return [Found("全国人民代表大会常务委员会", "title (a guess)")]
    return []


def _kind(title: str, issuers: list[Found]) -> Found | None:
    plain = re.sub(r"[（(][^（）()]{1,12}[）)]$", "", title.strip())  # （试行） （2023年修订）
    for kind in _KINDS:
        if plain.endswith(kind) and not (kind == "法" and plain.endswith(("办法", "方法", "做法"))):
            if kind in ("法", "法典"):
                return Found("法律", "title")
            if kind == "解释" and any(i.value.startswith("最高人民") for i in issuers):
                return Found("司法解释", "title")
            return Found(kind, "title")
    return None


def _level(kind: Found | None, issuers: list[Found]) -> Found | None:
    """效力级别 from the kind and who issued it (a guess the reader can correct)."""
    if kind is None:
        return None
    who = issuers[0].value if issuers else ""
    if kind.value == "法律" or who.startswith("全国人民代表大会"):
        level = "法律"
    elif kind.value == "司法解释" or who.startswith(("最高人民法院", "最高人民检察院")):
        level = "司法解释"
    elif who in ("国务院", "国务院办公厅") and kind.value in ("条例", "规定", "办法", "细则", "实施细则"):
        level = "行政法规"
    elif "人民代表大会" in who:
        level = "地方性法规"
    elif who.endswith("人民政府") and kind.value in ("规定", "办法", "细则", "实施细则", "条例"):
        level = "地方政府规章"
    elif kind.value in ("通知", "意见", "方案", "决定", "通报", "批复", "函", "复函", "实施意见", "指导意见"):
        level = "规范性文件"
    else:
        level = "其他"
    return Found(level, f"{kind.source}, issuer")


def _effective(text: str, history: list[Event], spans: list[str], published: Found | None) -> Found | None:
    for i, event in enumerate(history):
        if event.action == "施行":
            return Found(event.date, spans[i])
    found = _EFFECTIVE.search(text)
    if found is None:
        return None
    where = f"text {found.start()}–{found.end()}"
    when = iso_date(found.group("date"))
    if when:
        return Found(when, where)
    if published is not None:  # 自公布之日起施行
        return Found(published.value, where)
    last = max((e.date for e in history), default=None)
    return Found(last, where) if last else None


def _written(text: str) -> Found | None:
    """A 公文's 成文日期: the date on a line of its own in the 落款 (the last one of the cover part)."""
    offset, found = 0, None
    for line in text.split("\n"):
        stripped = line.strip()
        if _ANY_DATE.fullmatch(stripped):
            when = iso_date(stripped)
            if when:
                found = Found(when, f"text {offset}–{offset + len(line)}")
                break  # the cover's 落款 comes first; attachments may carry their own dates
        offset += len(line) + 1
    return found
