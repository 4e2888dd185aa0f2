"""Names of documents in references: a bare law name cut out of the sentence before it
(人民法院依照反垄断法第十七条 → 反垄断法), a short title made full (《行政许可法》 →
中华人民共和国行政许可法), and what in 《》 is no document (certificates, forms, newspapers)."""

from __future__ import annotations

import re

# A bare law name is cut after the last of these ("人民法院依照反垄断法第十七条" → 反垄断法); one
# character words are few, since law names hold many (对外贸易法, 反不正当竞争法).
_BOUNDARY = re.compile(
    r"依照|依据|根据|按照|违反|适用|参照|对照|执行|遵守|属于|符合|认定|界定|构成|主张|可以|应当|规定|以及|或者"
    r"|援引|视为|关于|除外|所称|即|的|、|和|及|其|是|在|经|由|向|于"
)
ISSUER_BOUNDARY = re.compile(r"为|按|以|将|见|据|照|印发|转发|废止|执行|落实|贯彻|通知|意见|决定|办法|规定|方案|函")
_STATE = "中华人民共和国"


def law_name(candidate: str) -> str:
    """The law's name at the end of `candidate`: what follows the last boundary word."""
    state = candidate.rfind(_STATE)
    cut = 0
    for found in _BOUNDARY.finditer(candidate):
        if not (state >= 0 and state <= found.start() < state + len(_STATE)):
            cut = found.end()
    return candidate[cut:]


NOT_LAW = frozenset(
    ["本法", "该法", "此法", "办法", "方法", "立法", "执法", "司法", "守法", "违法", "合法", "依法", "条例"]
)
_PLACE = re.compile(r"^(?:[\u4e00-\u9fff]{2,9}(?:省|市|自治区|自治州|县|区|盟|旗)|国务院|最高人民|全国人民)")
_VERSION = re.compile(r"[（(](?:\d{4}|[一二三四五六七八九〇○零]{4})年[^（）()]{0,12}[）)]$")
# 《道路运输证》, 《残疾军人证》, 《申请表》, 《深圳特区报》: certificates, forms and newspapers in 《》
# are not documents to cite.
NOT_DOCUMENT = re.compile(r"(?:证|证书|证件|执照|卡|表|票|牌|日报|晚报|晨报|商报|特区报|时报|周报)$")  # and newspapers


def full_title(name: str) -> str:
    """《行政许可法》 → 中华人民共和国行政许可法; a local, a State Council or a dated title as written."""
    name = _VERSION.sub("", name.strip())
    if name.startswith("中华人民共和国") or _PLACE.match(name):
        return name
    if name.endswith(("法", "法典")):
        return "中华人民共和国" + name
    return name
