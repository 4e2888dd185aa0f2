"""What changed inside one compared pair: per character for Chinese, per word for Latin and numbers."""

from __future__ import annotations

import re
from enum import StrEnum

from diff_match_patch import diff_match_patch

_TOKEN = re.compile(r"[A-Za-z]+|\d+(?:[.,]\d+)*|\s+|.", re.DOTALL)
_DMP = diff_match_patch()
_DMP.Diff_Timeout = 2.0  # seconds per pair at most; a huge unrelated pair still returns


class Op(StrEnum):
    """What a piece of a compared pair's text did between the versions."""

    EQUAL = "equal"
    DELETE = "delete"
    INSERT = "insert"


_OP = {0: Op.EQUAL, -1: Op.DELETE, 1: Op.INSERT}


def diff_ops(old: str, new: str) -> tuple[tuple[Op, str], ...]:
    """What changed from `old` to `new`: per character for Chinese, per word for Latin and numbers,
    with diff-match-patch's semantic clean-up (one rewording = one deletion and one insertion)."""
    if old == new:
        return ((Op.EQUAL, old),) if old else ()
    vocabulary: dict[str, str] = {}
    tokens: list[str] = []

    def encode(text: str) -> str:
        out = []
        for token in _TOKEN.findall(text):
            code = vocabulary.get(token)
            if code is None:
                code = vocabulary[token] = (
                    chr(0xE000 + len(tokens)) if len(tokens) < 6400 else chr(0xF0000 + len(tokens))
                )
                tokens.append(token)
            out.append(code)
        return "".join(out)

    diffs = _DMP.diff_main(encode(old), encode(new), False)
    decode = {code: token for token, code in vocabulary.items()}
    _DMP.diff_cleanupSemantic(diffs)
    merged: list[tuple[Op, str]] = []
    for op, coded in diffs:
        text = "".join(decode[c] for c in coded)
        if merged and merged[-1][0] == _OP[op]:
            merged[-1] = (merged[-1][0], merged[-1][1] + text)
        elif text:
            merged.append((_OP[op], text))
    return tuple(merged)
