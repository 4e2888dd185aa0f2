"""Chinese words with jieba: the word under a double-click, and a text's key terms.

jieba costs ~1 s and ~185 MB to initialise, so it is imported on first use only; a GUI calls
`warm_up()` from a background thread and asks `ready()` before using it on the GUI thread.
jieba's dictionary and IDF table may ship gzip-compressed (the packaged app: 11 MB become 4).
"""

from __future__ import annotations

import gzip
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any

_lock = threading.Lock()
_ready = threading.Event()

# Words of policy texts jieba's dictionary cuts apart (大湾 + 区, 区块 + 链): kept whole, so that a
# double-click selects them and key terms name them.
POLICY_WORDS = (
    "粤港澳大湾区",
    "大湾区",
    "区块链",
    "数字经济",
    "一带一路",
    "营商环境",
    "放管服",
    "新基建",
    "双循环",
    "专精特新",
    "碳达峰",
    "碳中和",
)


def _jieba() -> Any:
    with _lock:
        import jieba

        jieba.setLogLevel(60)
        if not _ready.is_set():
            packed = _data(jieba, "dict.txt").with_suffix(".txt.gz")
            if packed.exists():  # read as jieba reads its own file: bytes, line by line
                jieba.dt.get_dict_file = lambda: _open_packed(packed)
            jieba.initialize()
            for word in POLICY_WORDS:
                jieba.add_word(word)
        _ready.set()
        return jieba


def warm_up() -> None:
    """Load jieba's dictionary (call off the GUI thread)."""
    _jieba()


def ready() -> bool:
    return _ready.is_set()


def word_span(paragraph: str, index: int) -> tuple[int, int]:
    """The jieba word of `paragraph` that holds character `index` (start, end)."""
    if not paragraph:
        return 0, 0
    index = max(0, min(index, len(paragraph) - 1))
    for _word, start, end in _tokens(paragraph):
        if start <= index < end:
            return start, end
    return index, index + 1


@lru_cache(maxsize=64)
def _tokens(paragraph: str) -> tuple[tuple[str, int, int], ...]:
    return tuple(_jieba().tokenize(paragraph))


@lru_cache(maxsize=1)
def idf_table() -> tuple[dict[str, float], float]:
    """jieba.analyse's inverse document frequencies and the median used for unknown words (read
    as jieba.analyse reads them, without importing it)."""
    import jieba

    plain = _data(jieba, "analyse", "idf.txt")
    packed = plain.with_suffix(".txt.gz")
    content = gzip.decompress(packed.read_bytes()) if packed.exists() else plain.read_bytes()
    table: dict[str, float] = {}
    for line in content.decode("utf-8").splitlines():
        word, _, value = line.strip().partition(" ")
        if value:
            table[word] = float(value)
    return table, sorted(table.values())[len(table) // 2]


def _data(jieba: Any, *parts: str) -> Path:
    return Path(jieba.__file__).parent.joinpath(*parts)


def _open_packed(path: Path) -> gzip.GzipFile:
    return gzip.GzipFile(path, "rb")


def cut(text: str, *, guess: bool = True) -> list[str]:
    """jieba's words of a text, in order; with `guess` off, only dictionary words (jieba's HMM
    invents words from unknown runs: "向省", "办要" out of "…办要向省领导小组报告")."""
    return [str(w) for w in _jieba().lcut(text, HMM=guess)]
