"""Cleaning: spacing variants, page chrome of web scrapes, repeated titles, tables of contents.

Works on `Line`s before the canonical text exists, so what is dropped here never reaches the
reading pane or the outline (the original bytes are kept by the library).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from gzreader.core.formats.formats import Line
from gzreader.core.outline.numbering import match_marker
from gzreader.core.outline.titles import title_span

_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_STRIP = " \t\r\n\u3000\u00a0\u2002\u2003\u2009\f\v"
_SPACE_RUN = re.compile(r"[ \t]{2,}")

_BREADCRUMB = re.compile(
    r"^(您当前的位置|您当前所在的位置|您现在的位置|您所在的位置|当前的位置|当前位置|您的位置|所在位置|现在位置)\s*[:：]"
)
_FONT_WIDGET = re.compile(r"^[【\[]?\s*字\s*[体号]\s*[:：]")
# A bare breadcrumb (首页 > 政务公开 > 政策文件) and a row of reading widgets (还原 减小 放大, A+ A-)
_HOME_TRAIL = re.compile(r"^(?:网站)?首页(?:\s*[>»＞›/|]\s*[^>»＞›/|。，；！？]{1,16}){1,6}\s*[>»＞›/|]?$")
_WIDGETS = re.compile(
    r"^(?:[【\[]?\s*(?:还原|减小|放大|增大|缩小|默认|大|中|小|A\+|A-|A－|打印|关闭|分享)\s*[】\]]?\s*){2,}$"
)
_WIDGET_WORD = re.compile(r"还原|减小|放大|增大|缩小|A[+\-－]")
# An encyclopedia copy: 折叠 / 编辑本段 before a heading, and citation marks after a sentence ([1], [2-3])
_FOLD = re.compile(r"^(?:折叠\s*(?:编辑本段)?|编辑本段)\s*(?=第\s*[一二三四五六七八九十百零〇\d])")
_FOLD_ALONE = {"折叠", "编辑", "编辑本段", "折叠编辑本段", "展开", "收起"}
_CITE_MARK = re.compile(r"(?<=[\u4e00-\u9fff。，；：、）”」》])\[\d{1,3}(?:[-–,，]\d{1,3})*\]")
# A label with spaces inside (第一百二十八 条, 第 五 章): written together, as every rule expects
_SPACED_LABEL = re.compile(r"^第[ \u3000]*([一二三四五六七八九十百千零〇两\d]{1,8})[ \u3000]*(分编|编|章|节|条)")
_FONT_SIZES = {"大", "中", "小", "默认", "】", "]", "大 中 小", "小 中 大"}


def _labels(*names: str) -> str:
    """Page labels as scraped, with any spacing between their characters (索 引 号, 标　　题)."""
    return "|".join(r"\s*".join(name) for name in names)


_META_LABELS = (
    "发布时间",
    "发表时间",
    "发文时间",
    "发布日期",
    "成文日期",
    "生成日期",
    "来源",
    "信息来源",
    "文章来源",
    "稿件来源",
    "阅读量",
    "阅读次数",
    "浏览次数",
    "浏览量",
    "点击数",
    "点击量",
    "点击次数",
    "访问量",
    "责任编辑",
    "编辑人",
    "字号",
    "分享到",
    "索引号",
    "主题分类",
    "体裁分类",
    "组配分类",
    "公文种类",
    "发文机关",
    "发布机构",
    "所属机构",
    "标题",
    "发文字号",
    "文号",
    "主题词",
    "有效性",
    "上一篇",
    "下一篇",
)
_META = re.compile(rf"^({_labels(*_META_LABELS)})\s*[:：]")
_DOC_NUMBER_LABEL = re.compile(rf"^(?:{_labels('发文字号', '文号')})\s*[:：]\s*(\S.*)$")
_SIZE_BUTTONS = re.compile(r"^(?:[【\[]\s*[大中小]\s*[】\]]\s*){2,}$")
# Site footers: phrases that start a footer line, and marks that never occur in an official text.
_FOOTER_START = re.compile(
    r"^(版权所有|网站标识码|技术支持\s*[:：]|主办单位\s*[:：]|承办单位\s*[:：]|扫一扫|打印本页|关闭窗口|网站地图|联系我们|"
    r"[【\[](打印本页|打印此页|打印|关闭窗口|关闭|返回顶部|我要纠错|收藏本页|收藏)[】\]])"
)
_FOOTER_MARK = re.compile(r"ICP备|ICP证|公网安备|Copyright|©", re.IGNORECASE)
_CHROME_WORDS = {
    "【",
    "】",
    "[",
    "]",
    ">",
    "»",
    "|",
    "打印",
    "关闭",
    "分享",
    "分享到",
    "收藏",
    "返回",
    "返回顶部",
    "上一篇",
    "下一篇",
    "打印本页",
    "关闭窗口",
    "【打印】",
    "【关闭】",
    "首页",
}
_IMAGE_FILE = re.compile(r"^[\w\-.%()（）]+\.(png|jpe?g|gif|bmp|webp|tiff?|svg)$", re.IGNORECASE)
_HEX_ID = re.compile(
    r"^(?:[0-9a-fA-F]{16,}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$"
)
_FABAO = re.compile(
    r"^【(法宝引证码|发布部门|发文字号|发布日期|实施日期|时效性|效力级别|法规类别|原文链接|批准部门|批准日期|"
    r"公布日期|施行日期|失效日期|标题)】\s*(.*)$"
)
_PHOTO_CREDIT = re.compile(r"(记者|通讯员|摄影|图片来源)\s*\S{1,12}\s*摄$")


@dataclass(frozen=True)
class Cleaned:
    lines: list[Line]
    doc_number: str | None  # a 发文字号 found in dropped header lines (北大法宝)


def normalize_spacing(text: str) -> str:
    """Remove invisible characters, turn no-break spaces into spaces, trim the ends."""
    # str.translate with a table is slow on long lines; a regex that rarely matches is not.
    text = _INVISIBLE.sub("", text).replace("\u00a0", " ").strip(_STRIP)
    text = _SPACE_RUN.sub(" ", text) if "  " in text else text
    if text.startswith(("折叠", "编辑本段")):
        text = _FOLD.sub("", text)
    if text.startswith("第") and (" " in text[:14] or "\u3000" in text[:14]):
        text = _SPACED_LABEL.sub(r"第\1\2", text)
    return _CITE_MARK.sub("", text) if "[" in text else text


def clean_lines(lines: list[Line]) -> Cleaned:
    normalized = [Line(normalize_spacing(ln.text), ln.heading_level, ln.cell) for ln in lines]
    kept = _split_glued_headings([ln for ln in normalized if ln.text])
    kept, doc_number = _drop_chrome(kept)
    kept = _drop_repeated_titles(kept)
    kept = _drop_table_of_contents(kept)
    return Cleaned(kept, doc_number)


_SENTENCE_END = re.compile(r"[。；！？]")
# A heading that lost its line break in a PDF extraction, at the end of the previous sentence:
# "…提出意见和建议。第1章  总则", "…实时查询…反馈。5.4", "…管理。5.1.2  社会组织管理".
_GLUED_HEADING = re.compile(
    r"(?:第[\d一二三四五六七八九十]{1,3}章[ \u3000]+[\u4e00-\u9fff]{1,20}"
    r"|\d{1,2}(?:\.\d{1,2}){1,3}(?:[ \u3000]+[\u4e00-\u9fff][^。，；：,;:]{0,29})?)"
)


_OPEN_BRACKETS = ("（", "(")
_CLOSED_NUMBER = re.compile(r"[一二三四五六七八九十\d]{1,3}[）)]")


def _split_glued_headings(lines: list[Line]) -> list[Line]:
    """Give a heading its own line back: one glued to the end of a sentence, and one broken
    right after its opening bracket ("…（" / "三）保障措施")."""
    out: list[Line] = []
    for line in lines:
        text = line.text
        if out and not line.cell and out[-1].text.endswith(_OPEN_BRACKETS) and _CLOSED_NUMBER.match(text):
            bracket, before = out[-1].text[-1], out[-1].text[:-1].rstrip(_STRIP)
            out[-1:] = [replace(out[-1], text=before)] if before else []
            text = bracket + text
            line = replace(line, text=text)
        ends = [m.end() for m in _SENTENCE_END.finditer(text[-48:])] if not line.cell else []
        cut = len(text) - min(48, len(text)) + ends[-1] if ends else -1
        tail = text[cut:].strip(_STRIP) if cut > 0 else ""
        if tail and _GLUED_HEADING.fullmatch(tail):
            out.append(Line(text[:cut], line.heading_level, line.cell))
            out.append(Line(tail, 0, False, unsure=True))
        else:
            out.append(line)
    return out


def _is_chrome(text: str) -> bool:
    if text in _CHROME_WORDS or _IMAGE_FILE.match(text) or _HEX_ID.match(text) or _SIZE_BUTTONS.match(text):
        return True
    if text in _FOLD_ALONE or (len(text) <= 80 and _HOME_TRAIL.match(text)):
        return True
    if len(text) <= 40 and _WIDGET_WORD.search(text) and _WIDGETS.match(text):
        return True
    if len(text) <= 120 and (_FOOTER_START.match(text) or _FOOTER_MARK.search(text) or _PHOTO_CREDIT.search(text)):
        return match_marker(text) is None  # never a numbered clause, whatever it mentions
    return bool(_BREADCRUMB.match(text) or _FONT_WIDGET.match(text) or (len(text) <= 80 and _META.match(text)))


def _drop_chrome(lines: list[Line]) -> tuple[list[Line], str | None]:
    kept: list[Line] = []
    doc_number: str | None = None
    i, n = 0, len(lines)
    while i < n:
        text = lines[i].text
        fabao = _FABAO.match(text)
        if fabao:
            if fabao.group(1) == "发文字号" and fabao.group(2):
                doc_number = fabao.group(2).strip()
            i += 1
        elif _BREADCRUMB.match(text):
            i = _skip_breadcrumb(lines, i)
        elif _FONT_WIDGET.match(text):
            i += 1
            if "】" not in text and "]" not in text:
                limit = i + 6  # a widget split one size per line: 小 / 中 / 大 / 】
                while i < min(n, limit) and lines[i].text in _FONT_SIZES:
                    i += 1
        elif len(text) <= 80 and _META.match(text):
            label_only = re.sub(r"\s", "", _META.sub("", text)) == ""
            number = _DOC_NUMBER_LABEL.match(text)
            if number and doc_number is None:
                doc_number = number.group(1).strip()
            elif label_only and doc_number is None and re.sub(r"\s", "", text).startswith(("发文字号", "文号")):
                doc_number = lines[i + 1].text.strip() if i + 1 < n else None
            i += 1
            # the value of "标　　题：" on the next line, unless the label was empty ("主题词：") and
            # the next line begins the title itself
            if label_only and i < n and _is_meta_value(lines[i].text) and not title_span(lines, i):
                i += 1
        elif _is_chrome(text):
            i += 1
        else:
            kept.append(lines[i])
            i += 1
    return kept, doc_number


def _is_meta_value(text: str) -> bool:
    return len(text) <= 40 and not _is_chrome(text) and match_marker(text) is None


def _skip_breadcrumb(lines: list[Line], i: int) -> int:
    """Skip a breadcrumb; a label-only one continues one item per line: 首页 / > / 要闻."""
    label_only = re.sub(r"\s", "", _BREADCRUMB.sub("", lines[i].text)) == ""
    i += 1
    if not label_only:
        return i
    separators = {">", "»", "/", "|", "-"}
    if i < len(lines) and len(lines[i].text) <= 12:
        i += 1  # first item (首页)
        while i + 1 < len(lines) and lines[i].text in separators and len(lines[i + 1].text) <= 12:
            i += 2
        if i < len(lines) and lines[i].text == lines[i - 1].text:
            i += 1  # the column's name again as the page's section heading (云南要闻 / 云南要闻, 45)
    return i


def _drop_repeated_titles(lines: list[Line]) -> list[Line]:
    """A scraped page often shows its title twice in a row; keep one."""
    kept: list[Line] = []
    for line in lines:
        if kept and line.text == kept[-1].text and len(line.text) <= 80 and match_marker(line.text) is None:
            continue
        kept.append(line)
    return kept


_TOC_TITLE = re.compile(r"^目\s*录$")
_TOC_PAGE = re.compile(r"[\s.·…\-—]*\d*$")
_MARKDOWN_HEADING = re.compile(r"^\s*#+\s*")
_TOC_CHAPTER = re.compile(r"^第[一二三四五六七八九十百零〇\d]+[编章节]")


_TOC_LEADER = re.compile(r"(?:[.·…]{4,}|[.·…][ .·…]{6,})\s*\d{1,4}\s*$")  # "一、总体要求……1"


def _drop_table_of_contents(lines: list[Line]) -> list[Line]:
    return _drop_untitled_contents(_drop_titled_contents(lines))


def _drop_titled_contents(lines: list[Line]) -> list[Line]:
    """Drop a 目录 whose entries end in dot leaders and a page number, or repeat the headings
    that follow it."""
    for i, line in enumerate(lines[:200]):
        if not _TOC_TITLE.match(line.text):
            continue
        j = i + 1
        while j < len(lines) and _TOC_LEADER.search(lines[j].text[-80:]):
            j += 1
        if j > i + 1:
            return lines[:i] + lines[j:]
        entries: list[str] = []
        j = i + 1
        while j < len(lines) and len(lines[j].text) <= 60 and "。" not in lines[j].text:
            key = _toc_key(lines[j].text)
            if entries and key == entries[0]:
                return lines[:i] + lines[j:]
            entries.append(key)
            j += 1
        # A 目录 of 第X章 lines without leaders, then something else (a law's 题注), then the body
        # repeating them: the entries go, what stands between stays.
        run = 0
        while run < len(entries) and _TOC_CHAPTER.match(entries[run]):
            run += 1
        end = i + 1 + run
        later = {_toc_key(x.text) for x in lines[end : end + 500]}
        if run >= 1 and entries[0] in later and entries[run - 1] in later:  # after a 目录 line, one entry is enough
            return lines[:i] + lines[end:]
    return lines


def _drop_untitled_contents(lines: list[Line]) -> list[Line]:
    """A 目录 with no 目录 line: a run of 第X章 lines with nothing between them near the top, which
    the body then repeats (a web copy's contents as headings). The first copy goes."""
    keys = [_toc_key(_MARKDOWN_HEADING.sub("", x.text)) if len(x.text) <= 44 else "…" for x in lines]
    filled = [i for i, key in enumerate(keys[:400]) if key]  # blank lines do not break a run
    at = 0
    while at < len(filled):
        start = filled[at]
        run = [start] if _TOC_CHAPTER.match(keys[start]) else []
        while run and at + 1 < len(filled) and _TOC_CHAPTER.match(keys[filled[at + 1]]):
            if keys[filled[at + 1]] == keys[run[0]]:
                break  # the body begins: its first chapter repeats the contents' first line
            at += 1
            run.append(filled[at])
        at += 1
        if len(run) < 2:
            continue
        names = [keys[i] for i in run]
        later = set(keys[run[-1] + 1 : run[-1] + 4000])
        if names[0] in later and names[-1] in later:
            dropped = set(range(run[0], run[-1] + 1))
            return [x for i, x in enumerate(lines) if i not in dropped]
    return lines


def _toc_key(text: str) -> str:
    return re.sub(r"\s", "", _TOC_PAGE.sub("", text))
