"""Key terms of a document and of one clause.

A document's terms are jieba's TF-IDF against its general corpus; a clause's are TF-IDF with the
document's own clauses as the collection, so a clause shows what sets it apart from the rest of
the document rather than the document's terms again. Function words of legal and administrative
text (应当, 或者, 本法 …) and numbering (第一百五十条, 二) are never terms.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from gzreader.core.kinds import OutlineKind
from gzreader.core.model import Document, OutlineNode
from gzreader.core.text import words

STOP_WORDS = frozenset(
    [
        "应当",
        "应该",
        "或者",
        "以及",
        "并且",
        "而且",
        "但是",
        "但",
        "及",
        "与",
        "和",
        "或",
        "等",
        "的",
        "了",
        "是",
        "在",
        "对",
        "为",
        "由",
        "从",
        "向",
        "把",
        "被",
        "将",
        "就",
        "都",
        "也",
        "又",
        "还",
        "即",
        "其",
        "本法",
        "本条例",
        "本规定",
        "本办法",
        "本细则",
        "本决定",
        "本方案",
        "本意见",
        "本通知",
        "本条",
        "本款",
        "本项",
        "本章",
        "本节",
        "本规范",
        "本标准",
        "本指南",
        "规定",
        "有关",
        "相关",
        "依照",
        "按照",
        "依据",
        "根据",
        "进行",
        "可以",
        "不得",
        "必须",
        "需要",
        "对于",
        "关于",
        "其他",
        "其它",
        "以上",
        "以下",
        "之一",
        "同时",
        "以及",
        "通过",
        "有权",
        "负责",
        "予以",
        "给予",
        "应",
        "可",
        "须",
        "均",
        "各",
        "各级",
        "各类",
        "所",
        "所有",
        "其中",
        "一切",
        "任何",
        "该",
        "此",
        "这",
        "那",
        "上述",
        "下列",
        "前款",
        "前述",
        "第一款",
        "第二款",
        "具体",
        "有效",
        "相应",
        "一定",
        "主要",
        "重要",
        "若干",
        "方面",
        "工作",
        "情况",
        "问题",
        "活动",
        "措施",
        "要求",
        "部门",
        "单位",
        "人员",
        "内容",
        "事项",
        "实施",
        "执行",
        "年",
        "月",
        "日",
        "时",
        "个",
        "项",
        "条",
        "款",
        "章",
        "节",
        "编",
        "号",
        "次",
        "第",
    ]
)
_NUMBERING = re.compile(
    r"^(?:第?[一二三四五六七八九十百千零〇两\d]+[条款项章节编号年月日中批个类种位家些]?|[\d.．%％]+)$"  # 二中全会, 一批, 两个
)
# "大力发展", "积极支持", "进一步加强": an adverb of exhortation and a verb, in every policy text
_EXHORTATION = re.compile(r"^(?:大力|积极|切实|认真|进一步|加快|全面|不断|努力|深入|着力|扎实)")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def is_term(word: str) -> bool:
    """A word worth listing: Chinese, two characters or more, not a function word or a number."""
    word = word.strip()
    return (
        len(word) >= 2
        and bool(_CJK.search(word))
        and word not in STOP_WORDS
        and not _NUMBERING.match(word)
        and not _EXHORTATION.match(word)
    )


def document_terms(text: str, top: int = 12) -> list[str]:
    """Key terms of a whole text: jieba's TF-IDF (its IDF table), without function words and
    numbering. Paragraphs are cut one by one: jieba's first step is one regular-expression split
    of its input, which on a 10 MB text held the GIL (and froze the window) for a second."""
    counts: Counter[str] = Counter()
    for paragraph in _sample(text).split("\n"):
        counts.update(w for w in words.cut(paragraph) if is_term(w))
    idf, median = words.idf_table()
    total = sum(counts.values()) or 1
    scored = {w: c / total * idf.get(w, median) for w, c in counts.items()}
    return [w for w, _score in sorted(scored.items(), key=lambda item: (-item[1], item[0]))][:top]


SAMPLE_CHARS = 400_000  # a longer text's terms come from evenly spaced windows of it
MAX_COLLECTION = 2_000  # clauses: a larger document's IDF is taken over an even sample of them


def _sample(text: str) -> str:
    """The text, or for a very long one 100 evenly spaced windows totalling SAMPLE_CHARS: the
    terms of a 10 MB text do not need all of it, and the work competes with the window."""
    if len(text) <= SAMPLE_CHARS:
        return text
    width, step = SAMPLE_CHARS // 100, len(text) // 100
    return "\n".join(text[i * step : i * step + width] for i in range(100))


@dataclass(frozen=True)
class _ClauseStats:
    counts: dict[str, Counter[str]]  # clause id -> term counts
    document_frequency: Counter[str]


_STATS: dict[int, tuple[Document, _ClauseStats]] = {}  # by id(doc); the Document is kept so ids stay unique


def _leaves(doc: Document) -> list[OutlineNode]:
    return [n for n in doc.walk() if not n.children and n.kind != OutlineKind.PART] or [n for n in doc.walk()]


def _stats(doc: Document) -> _ClauseStats:
    cached = _STATS.get(id(doc))
    if cached is not None and cached[0] is doc:
        return cached[1]
    counts: dict[str, Counter[str]] = {}
    frequency: Counter[str] = Counter()
    leaves = _leaves(doc)
    for node in leaves[:: max(1, len(leaves) // MAX_COLLECTION)]:
        terms = Counter(w for w in words.cut(doc.text[node.start : node.end], guess=False) if is_term(w))
        counts[node.id] = terms
        frequency.update(terms.keys())
    stats = _ClauseStats(counts, frequency)
    if len(_STATS) >= 4:
        _STATS.pop(next(iter(_STATS)))
    _STATS[id(doc)] = (doc, stats)
    return stats


def clause_terms(doc: Document, node_id: str, top: int = 12) -> list[str]:
    """Key terms of one clause scored against the document's other clauses (TF-IDF)."""
    node = doc.node(node_id)
    if node is None:
        return []
    stats = _stats(doc)
    total = max(1, len(stats.counts))
    counts: Counter[str] = Counter()
    for leaf in (n for n in node.walk() if n.id in stats.counts):
        counts.update(stats.counts[leaf.id])
    if not counts:  # a clause outside the sample, or a part: its own words
        counts = Counter(
            w
            for p in _sample(doc.text[node.start : node.end]).split("\n")
            for w in words.cut(p, guess=False)
            if is_term(w)
        )
    size = sum(counts.values()) or 1
    # what sets the clause apart within the document, weighed by how telling the word is in the
    # language at large (jieba's IDF): 发展, 坚持, 重大 are in every clause of every policy
    idf, median = words.idf_table()
    scored = {
        w: (c / size) * math.log((1 + total) / (1 + stats.document_frequency[w])) * idf.get(w, median) / median
        for w, c in counts.items()
    }
    return [w for w, _score in sorted(scored.items(), key=lambda item: (-item[1], item[0]))][:top]
