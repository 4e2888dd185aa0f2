"""Un-numbered title lines: document titles, attachment titles, split over several lines."""

from __future__ import annotations

import re

from gzreader.core.formats.formats import Line
from gzreader.core.outline.numbering import match_marker

# Words an official document's title ends with (before an optional （试行） and the like).
_DOC_TYPES = (
    "通知|通报|决定|决议|意见|实施意见|方案|规定|办法|细则|规则|规范|规划|纲要|条例|计划|报告|公告|通告|"
    "批复|函|指引|指南|措施|要点|标准|章程|守则|制度|预案|清单|名单|规程|行动|法|公报|说明|解释|议定书|协定|宣言"
)
# An appended catalogue is a document of its own (…危险化学品目录, …名录): never the bare 目录 line
_CATALOGUE = r"(?<=[\u4e00-\u9fff]{2})(?:目录|名录|一览表)"
_TITLE_END = re.compile(rf"(?:{_DOC_TYPES}|{_CATALOGUE})》?(?:[（(][^（）()]{{1,30}}[）)])?$")
_SENTENCE_PUNCT = re.compile(r"[。；;！!？?，,：:]")
_DATE = re.compile(
    r"^(?:\d{4}|[一二三四五六七八九〇○零]{4})\s*年(?:\s*[\d一二三四五六七八九十]{1,2}\s*月(?:\s*[\d一二三四五六七八九十]{1,3}\s*日)?)?$"
)
_FULL_DATE_START = re.compile(r"^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
_ISSUER_END = re.compile(r"(厅|部|院|局|委|委员会|会|组|办|办公室|政府|中心|处|所)$")
_ATTACHMENT = re.compile(r"^附\s*件\s*[\d一二三四五六七八九十]*$")
_ATTACHMENT_LIST = re.compile(r"^附\s*[件表图]\s*[\d一二三四五六七八九十]*\s*[:：]")
MAX_TITLE = 100


_NUMBERED_PART = re.compile(r"^第[一二三四五六七八九十]{1,3}部分(?:[ \u3000：:]|$)")


def is_numbered_part(text: str) -> bool:
    """ "第二部分　主要任务": a part of a plan or report, above its 一、 headings."""
    return len(text) <= 40 and "。" not in text and bool(_NUMBERED_PART.match(text))


def is_attachment_marker(text: str) -> bool:
    """ "附件" or "附件2" alone on a line: an attached document follows."""
    return bool(_ATTACHMENT.match(text))


_ATTACHMENT_WITH_TITLE = re.compile(r"^附\s*(?:件\s*[\d一二三四五六七八九十]*)?\s*[:：]\s*(.+)$")  # 附件2：… / 附：…


def attachment_title(text: str) -> str | None:
    """The title in "附件2：某某管理办法" or "附：某某目录", if what follows the colon is a document title."""
    m = _ATTACHMENT_WITH_TITLE.match(text)
    return m.group(1) if m and is_document_title(m.group(1)) else None


def is_attachment_list(text: str) -> bool:
    """ "附件：1.…" (or 附表：, 附图：) — a list of attachments, whose numbered lines are not headings."""
    return bool(_ATTACHMENT_LIST.match(text))


def _is_title_piece(text: str) -> bool:
    """A line that could be (part of) a title: short, no sentence punctuation, no number."""
    return (
        len(text) <= 60
        and not _SENTENCE_PUNCT.search(_strip_parenthetical(text))
        and match_marker(text) is None
        and not is_attachment_list(text)
        and not text.startswith("——")
    )


def _strip_parenthetical(text: str) -> str:
    return re.sub(r"[（(][^（）()]*[）)]$", "", text)


_SPACED_RUN = re.compile(r"[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff](?![\u4e00-\u9fff])){2,}")


def collapse_letter_spacing(text: str) -> str:
    """ "国 务 院 工 作 规 则" → "国务院工作规则", also inside a longer title ("…印发国 家 粮 食 应 急
    预 案 的 函"): three or more single characters spaced out for typography. "总  则" (two) is
    left to the heading's own rule."""
    return _SPACED_RUN.sub(lambda m: re.sub(r"[ \u3000]+", "", m.group(0)), text)


def is_document_title(text: str) -> bool:
    return len(text) <= MAX_TITLE and _is_title_piece(text) and bool(_TITLE_END.search(collapse_letter_spacing(text)))


def _is_continued(text: str) -> bool:
    """A first or middle line of a title broken over lines (not the 版头's "…文件")."""
    return (
        len(text) <= 40
        and not text.endswith("文件")
        and not _FULL_DATE_START.match(text)  # "2024年7月1日 施行" above a law's title
        and _is_title_piece(text)
        and not any(ch in text for ch in "（）()〔〕")
        and not _DATE.search(text)
        and not _ISSUER_END.search(text)
        and not _TITLE_END.search(text)
    )


def title_span(lines: list[Line], i: int) -> int:
    """How many lines from `i` make a document title (0 if none): 1, or 2–3 when split."""
    if len(lines[i].text) > MAX_TITLE:
        return 0  # body paragraphs, the bulk of every document
    if is_document_title(lines[i].text):
        return 1
    below = _title_below_issuer(lines, i)
    if below:
        return 1 + below
    joined = lines[i].text
    if not _is_continued(joined):
        return 0
    for k in (1, 2):
        if i + k >= len(lines):
            return 0
        nxt = lines[i + k].text
        if nxt[:1].isascii() and nxt[:1].isalpha():
            return 0  # "工作机构" / "Government Agencies…": a bilingual menu, not a broken title
        joined += nxt
        if is_document_title(nxt) and is_document_title(joined):
            return k + 1
        if not _is_continued(nxt):
            return 0
    return 0


def _title_below_issuer(lines: list[Line], i: int) -> int:
    """How many lines of title follow an issuer set on a line of its own: "四川省人民政府办公厅" /
    "关于印发《…的" / "…》的通知" (a 落款's issuer is followed by its date, never by 关于…)."""
    issuer = lines[i].text
    if i + 1 >= len(lines) or not lines[i + 1].text.startswith("关于"):
        return 0
    if len(issuer) > 30 or not _ISSUER_END.search(issuer) or not _is_title_piece(issuer):
        return 0
    return title_span(lines, i + 1)


def is_title_like(text: str) -> bool:
    """A looser test for a title line whose document type we cannot see (after 附件, on restart)."""
    return (
        len(text) <= 60
        and _is_title_piece(text)
        and not _DATE.search(text)
        and not _ISSUER_END.search(text)
        and not is_attachment_marker(text)
    )
