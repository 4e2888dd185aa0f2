"""Reading a document's information from its text (and the date its file name carries).

Nothing is fetched. Where each value comes from, in order:
- a law's 题注 (the dated lines under its title): each 通过 / 修正 / 修订 / 公布 / 批准 / 施行 with its
  date and body; the first body is the 制定机关;
- a 公文's 落款 (the issuing bodies on the lines above its 成文日期), its 版头 (the bodies above the
  文号 line), a 令 ("中华人民共和国国务院令 / 第706号"), or its title ("X关于…");
- a 政府工作报告's "——2026年1月26日在广东省第十四届人民代表大会第五次会议上";
- a web page's 基本信息 labels (实施日期：…);
- 施行日期 from "自…起施行" (于, 至…, 自公布之日 / 印发之日 resolved to a date);
- failing all, an issuer guessed from the title, marked as a guess.
"""

from __future__ import annotations

import re
from itertools import pairwise

from gzreader.core.dates import ANY_DATE, ANY_DATE_RE, date_in_name, iso_date
from gzreader.core.metadata import REPEALED, Event, Found, Metadata
from gzreader.core.model import Document

# 题注: "2009年6月27日 第十一届全国人民代表大会常务委员会第九次会议修订"; a city's regulation has two
# events on one line: "…市人民代表大会常务委员会第五次会议通过 2018年11月30日…省…批准"
_ACTIONS = "通过|修正|修订|公布|发布|施行|批准|印发|废止"
_EVENT = re.compile(rf"(?P<date>\d{{4}}年\d{{1,2}}月\d{{1,2}}日)\s*(?P<rest>[^年]*?)(?P<action>{_ACTIONS})")
_EVENT_END = re.compile(rf"(?:{_ACTIONS})[）)]?\s*$")
_BODY_START = re.compile(r"^\s*(?:第[一二三四五六七八九十百零〇\d]+[编章节条]|[一二三四五六七八九十]+、)")
_VERSION_EVENTS = ("通过", "修正", "修订", "公布", "发布", "批准", "印发")  # not 施行: a version exists before
_SESSION = re.compile(
    r"第[一二三四五六七八九十百零〇\d]+届|第[一二三四五六七八九十百零〇\d]+次(?:全体|常务|部务|局务|署务|委务)?会议.*$"
    r"|第[一二三四五六七八九十百零〇\d]+次$|令第.*$|第\d+号令.*$|审判委员会.*$|检察委员会.*$",
    re.S,
)
_EFFECTIVE = re.compile(
    rf"(?:自|于)(?P<date>{ANY_DATE}|公布之日|发布之日|印发之日)(?:至{ANY_DATE})?\s*起?(?:施行|实施|执行)"
    rf"|执行期限为(?P<span>{ANY_DATE})至"
)
_LABEL = re.compile(rf"^(?P<label>实施日期|施行日期|成文日期|发布日期|失效日期)[：:]\s*(?P<date>{ANY_DATE})?\s*$")
# "——2026年1月26日在广东省第十四届人民代表大会第五次会议上": a government's report, its date
_REPORT = re.compile(
    rf"^[—－\-\s]*(?P<date>{ANY_DATE})\s*在(?P<place>[^第在]{{0,12}})第[一二三四五六七八九十]+届"
    r"(?P<national>全国)?人民代表大会第[一二三四五六七八九十]+次会议上"
)
_ORGAN = re.compile(
    r"(?:委员会|人民政府|办公厅|办公室|领导小组|局|委|部|厅|院|署|办|中心|政府|银行|联合会|协会|总队|小组)$"
)
_NUMBER = re.compile(r"[^\s（()：:]*?(?:〔\d{4}〕|\[\d{4}\]|［\d{4}］)\s*\d+\s*号|[^\s（()：:]*令第\s*\d+\s*号")
_PLACE = re.compile(r"^(.{2,8}?(?:省|自治区|市|自治州|盟|县))(?!场|政|区域|级)")
_PROVINCES = {  # a title may name its province without 省 / 市: 上海港口条例
    **{p: p + "市" for p in ("北京", "天津", "上海", "重庆")},
    **{p: p + "省" for p in ["河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海"]},
    "内蒙古": "内蒙古自治区", "广西": "广西壮族自治区", "西藏": "西藏自治区", "宁夏": "宁夏回族自治区", "新疆": "新疆维吾尔自治区",
}  # fmt: skip
_KINDS = (
    "司法解释", "实施细则", "实施办法", "实施意见", "实施方案", "行动计划", "指导意见", "工作方案",
    "决定", "决议", "通知", "通报", "意见", "方案", "办法", "规定", "细则", "条例", "批复", "复函", "函",
    "报告", "解释", "规则", "规划", "纲要", "计划", "公告", "指南", "措施", "法典", "法",
)  # fmt: skip
_HEAD_LINES = 15  # the 题注, 版头 and a 令 are near the top


def read_metadata(doc: Document, source_name: str = "") -> Metadata:
    return read_text_metadata(doc.title, doc.doc_number, doc.text, source_name)


def read_text_metadata(title: str, doc_number: str | None, text: str, source_name: str = "") -> Metadata:
    """What the text (and the file name's date) say; the parser's title and 文号 are taken as read."""
    lines = _Lines(text)
    history, spans = _history(lines)
    labels = _labels(lines)
    report = _report(lines)
    signed = _written(lines)  # the 成文日期 and its line
    written = labels.get("成文日期") or (signed[0] if signed else None) or (report[0] if report else None)
    decree = _decree(lines)
    issuers = _issuers(history, spans, lines, title, signed[1] if signed else None, report, decree)
    kind = _kind(title, issuers)
    published = next((Found(e.date, spans[i]) for i, e in enumerate(history) if e.action in ("公布", "发布")), None)
    effective = _effective(text, history, spans, labels, published, written)
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
        doc_number=decree[1] if decree is not None else _number(doc_number, lines.text),
        issuers=tuple(issuers),
        kind=kind,
        level=_level(kind, issuers),
        written=written if not history or decree else None,  # a law has its 题注; a 令 its date
        published=published,
        effective=effective,
        version_date=version_date,
        history=tuple(history),
        status=_repealed(title, history, spans),
    )


def _repealed(title: str, history: list[Event], spans: list[str]) -> Found | None:
    """已废止 when the text says so: a 废止 in its 题注, or a title marked （已废止） / （失效）."""
    for i, event in enumerate(history):
        if event.action == "废止":
            return Found(REPEALED, spans[i])
    if re.search(r"[（(](?:已废止|已失效|失效|废止)[）)]", title):
        return Found(REPEALED, "title")
    return None


class _Lines:
    """The text's lines with their offsets (a span is "text START–END" of the whole text)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.items: list[tuple[int, str]] = []
        offset = 0
        for line in text.split("\n"):
            self.items.append((offset, line))
            offset += len(line) + 1

    def span(self, index: int) -> str:
        offset, line = self.items[index]
        return f"text {offset}–{offset + len(line)}"


def _span(text: str, value: str, start: int = 0) -> Found:
    at = text.find(value, start)
    return Found(value, f"text {at}–{at + len(value)}" if at >= 0 else "text")


def _history(lines: _Lines) -> tuple[list[Event], list[str]]:
    """The 题注 lines at the top: each event a date, a body and what it did."""
    events, spans = [], []
    for offset, line in _notes(lines):
        for found in _EVENT.finditer(line):
            when = iso_date(found.group("date"))
            if not when:
                continue
            rest = found.group("rest").split("《")[0]
            body = _SESSION.sub("", rest.replace("\n", "")).strip(" （()）")
            body = body.removeprefix("由").removeprefix("经").removeprefix("中华人民共和国")
            body = body.replace("人大常委会", "人民代表大会常务委员会")
            where = f"text {offset + found.start()}–{offset + found.end()}"
            events.append(Event(when, body, found.group("action")))
            spans.append(where)
            if found.group("action") in ("公布", "发布") and line[found.end() :].startswith("施行"):
                events.append(Event(when, body, "施行"))  # 宪法: "全国人民代表大会公告公布施行"
                spans.append(where)
    return events, spans


def _notes(lines: _Lines) -> list[tuple[int, str]]:
    """The 题注 lines near the top, each opening with its date and saying something after it, with
    their offsets. A line that does not open with a date continues the one before (a long 决定's
    name wraps onto the next line); a date alone on its line is a 落款, not a 题注."""
    notes: list[tuple[int, str]] = []
    open_note = False
    for offset, line in lines.items[:_HEAD_LINES]:
        stripped = line.strip().lstrip("（(")
        dated = re.match(ANY_DATE, stripped)
        if dated and len(line) <= 400:
            notes.append((offset, line))
            open_note = bool(stripped[dated.end() :].strip()) and not _EVENT_END.search(line)
        elif open_note and len(line) <= 80 and not _BODY_START.match(line) and not _continues_not(line):
            start, note = notes[-1]
            notes[-1] = (start, f"{note}\n{line}")
            open_note = not _EVENT_END.search(line)
        else:
            open_note = False
    return notes


def _continues_not(line: str) -> bool:
    return line.endswith(("。", "；", "：")) or line.lstrip().startswith(("（", "("))


def _labels(lines: _Lines) -> dict[str, Found]:
    """A web page's 基本信息: "实施日期：" with its date on the same line or the next."""
    found: dict[str, Found] = {}
    items = lines.items
    for i, (_, line) in enumerate(items):
        label = _LABEL.match(line.strip())
        if label is None:
            continue
        where, value = i, label.group("date")
        if value is None and i + 1 < len(items) and ANY_DATE_RE.fullmatch(items[i + 1][1].strip()):
            where, value = i + 1, items[i + 1][1]
        when = iso_date(value) if value else None
        if when and label.group("label") not in found:
            found[label.group("label")] = Found(when, lines.span(where))
    return found


def _date_line(lines: _Lines, index: int) -> str | None:
    """The date of a line holding only a date — not one under a label (实施日期：)."""
    line = lines.items[index][1].strip()
    if not ANY_DATE_RE.fullmatch(line):
        return None
    above = lines.items[index - 1][1].strip() if index else ""
    return None if above.endswith(("：", ":")) else iso_date(line)


def _written(lines: _Lines) -> tuple[Found, int] | None:
    """A 公文's 成文日期 (or a 令's date) and its line: the first date on a line of its own — the
    cover's 落款 comes first; attachments may carry their own dates."""
    for i in range(len(lines.items)):
        when = _date_line(lines, i)
        if when:
            return Found(when, lines.span(i)), i
    return None


def _report(lines: _Lines) -> tuple[Found, Found] | None:
    """A government's work report: (the date it was delivered, the government)."""
    items = lines.items[:_HEAD_LINES]
    for i, (_, line) in enumerate(items):
        wrapped = line.strip() + (items[i + 1][1].strip() if i + 1 < len(items) else "")  # 第十四届⏎人民代表大会
        found = _REPORT.match(wrapped)
        if found:
            when = iso_date(found.group("date"))
            government = "国务院" if found.group("national") else f"{found.group('place')}人民政府"
            if when and (found.group("national") or found.group("place")):
                return Found(when, lines.span(i)), Found(government, lines.span(i))
    return None


def _issuers(
    history: list[Event],
    spans: list[str],
    lines: _Lines,
    title: str,
    signed_at: int | None,
    report: tuple[Found, Found] | None,
    decree: tuple[Found, Found] | None,
) -> list[Found]:
    """Who made it: the history's first body (a law's 制定机关), the 落款, the 版头, a 令, the
    title's "X关于", a report's government; else a guess from the title."""
    for i, event in enumerate(history):
        if event.body:  # "国务院、中央军事委员会": each body an issuer
            bodies = (n.removeprefix("中华人民共和国") for n in event.body.split("、"))
            return [Found(n, spans[i]) for n in bodies if len(n) >= 2]
    signed = _signed(lines, signed_at)
    if signed:
        return signed
    if decree is not None:
        return [decree[0]]
    made = re.match(r"^([^《]{2,40}?)关于", title)
    if made:
        named = re.split(r"转发|批转|印发", made.group(1))[0]  # 国务院办公厅转发民政部关于…
        names = re.split(r"[、\s]+", named)  # 最高人民法院 最高人民检察院关于…
        return [_span(lines.text, n.removeprefix("中华人民共和国")) for n in names if len(n) >= 2]
    if report is not None:
        return [report[1]]
    return _issuer_by_title(title)


def _organs(line: str) -> list[str] | None:
    """The bodies a 落款 or 版头 line names ("广州市卫生健康委员会 广州市财政局"; a letter-spaced
    "济 南 市 公 安 局" is one), or None when the line is something else."""
    tokens = line.replace("（盖章）", "").split()
    if tokens and all(len(t) == 1 for t in tokens):
        tokens = ["".join(tokens)]
    if tokens and all(4 <= len(t) <= 30 and _ORGAN.search(t) for t in tokens):
        return tokens
    return None


def _signed(lines: _Lines, signed_at: int | None) -> list[Found]:
    """The 落款 above the 成文日期's line, else the 版头 above the 文号 line."""
    anchors = [signed_at] if signed_at is not None else []
    anchors += [i for i, (_, line) in enumerate(lines.items[:_HEAD_LINES]) if _NUMBER.fullmatch(line.strip())][:1]
    for anchor in anchors:
        found: list[Found] = []
        for i in range(anchor - 1, max(-1, anchor - 5), -1):
            names = _organs(lines.items[i][1])
            if names is None:
                break
            found = [Found(n, lines.span(i)) for n in names] + found
        if found:
            return found
    return []


def _decree(lines: _Lines) -> tuple[Found, Found] | None:
    """A 令 at the top: "中华人民共和国国务院令" and "第706号" on the next line → (issuer, number)."""
    head = lines.items[:_HEAD_LINES]
    for i, ((_, line), (_, below)) in enumerate(pairwise(head)):
        order = line.strip()
        number = re.fullmatch(r"第\s*(\d+)\s*号", below.strip())
        if order.endswith("令") and len(order) <= 20 and number:
            body = order.removeprefix("中华人民共和国").removesuffix("令")
            where = f"{lines.span(i)}, {lines.span(i + 1)}"
            return Found(body, lines.span(i)), Found(f"{body}令第{number.group(1)}号", where)
    return None


def _number(doc_number: str | None, text: str) -> Found | None:
    """The parser's 文号 cut to the number itself (a web page may glue "发布日期：…" to it)."""
    if not doc_number:
        return None
    found = _NUMBER.search(doc_number)
    value = found.group(0) if found else doc_number
    return _span(text, value)


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


def _effective(
    text: str,
    history: list[Event],
    spans: list[str],
    labels: dict[str, Found],
    published: Found | None,
    written: Found | None,
) -> Found | None:
    """施行日期: the 题注's 施行, a page's 实施日期, else the first "自…起施行" of the text."""
    for i, event in enumerate(history):
        if event.action == "施行":
            return Found(event.date, spans[i])
    if "实施日期" in labels or "施行日期" in labels:
        return labels.get("实施日期") or labels["施行日期"]
    found = _EFFECTIVE.search(text)
    if found is None:
        return None
    where = f"text {found.start()}–{found.end()}"
    said = found.group("date") or found.group("span")
    when = iso_date(said)
    if when:
        return Found(when, where)
    if said == "印发之日" and written is not None:
        return Found(written.value, where)
    if published is not None:  # 自公布之日起施行
        return Found(published.value, where)
    if written is not None:
        return Found(written.value, where)
    last = max((e.date for e in history), default=None)
    return Found(last, where) if last else None
