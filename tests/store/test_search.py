"""Search with Ctrl+F semantics over the corpus: every occurrence, never a false hit."""

from __future__ import annotations

import random

import pytest

from gzreader.store import Library
from tests.paths import CORPUS, needs_corpus

pytestmark = needs_corpus


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory):
    lib = Library.open(tmp_path_factory.mktemp("lib"))
    for path in sorted(CORPUS.iterdir()):
        if path.suffix in (".txt", ".md") and path.name[:2] < "09":  # the nine documents of the first corpus
            lib.import_file(path)
    yield lib
    lib.close(auto_backup=False)


def _occurrences(text: str, needle: str) -> list[int]:
    found, at = [], text.find(needle)
    while at >= 0:
        found.append(at)
        at = text.find(needle, at + len(needle))
    return found


def test_random_substrings_match_str_find(library: Library) -> None:
    rng = random.Random(20261128)
    records = library.documents.all()
    checked = 0
    for _ in range(300):
        record = rng.choice(records)
        text = library.document(record.id).text
        size = rng.randint(2, 6)
        start = rng.randrange(0, len(text) - size)
        needle = text[start : start + size]
        hits = [h for h in library.search(needle, limit=100_000) if h.where == "text"]
        expected = {(r.id, at) for r in records for at in _occurrences(library.document(r.id).text, needle)}
        assert {(h.doc_id, h.start) for h in hits} == expected, needle
        for h in hits:
            assert library.document(h.doc_id).text[h.start : h.end] == needle
        checked += 1
    assert checked == 300


def test_hits_carry_clause_citation_and_snippet(library: Library) -> None:
    (hit,) = library.search("建立创新要素高效配置规则体系")
    assert hit.clause == "p2/二/一/1"
    assert hit.citation.full() == "《广州人工智能与数字经济试验区建设总体方案》二（一）1"
    assert "【建立创新要素高效配置规则体系】" in hit.snippet and "\n" not in hit.snippet


def test_full_and_half_width_letters_and_digits_are_the_same(library: Library) -> None:
    gdp = {(h.doc_id, h.start) for h in library.search("GDP")}
    assert gdp and {(h.doc_id, h.start) for h in library.search("ＧＤＰ")} == gdp


def test_punctuation_and_case_fold_when_nothing_matches_exactly(library: Library) -> None:
    # The corpus writes 总体要求 after "一、" everywhere; typed with a half-width comma and
    # lower-case letters the query still finds them, while exact queries stay exact.
    assert {h.start for h in library.search("（二）发展目标")} == {h.start for h in library.search("(二)发展目标")}
    assert library.search("gdp") and all(
        library.document(h.doc_id).text[h.start : h.end] == "GDP" for h in library.search("gdp", limit=500)
    )
    exact = library.search("(一)", limit=1000)
    assert exact and all(library.document(h.doc_id).text[h.start : h.end] == "(一)" for h in exact)


def test_words_separated_by_spaces_find_clauses_with_all(library: Library) -> None:
    hits = library.search("数据 安全 个人信息", limit=200)
    assert hits
    for hit in hits:
        doc = library.document(hit.doc_id)
        node = doc.node(hit.clause)
        body = doc.text[node.start : node.end]
        assert all(word in body for word in ("数据", "安全", "个人信息"))


def test_jieba_fallback_for_a_query_with_no_exact_occurrence(library: Library) -> None:
    query = "琶洲人工智能产业园建设"
    assert all(query not in library.document(r.id).text for r in library.documents.all())
    hits = library.search(query, limit=10)
    assert hits
    doc = library.document(hits[0].doc_id)
    body = doc.text[doc.node(hits[0].clause).start : doc.node(hits[0].clause).end]
    assert "琶洲" in body and "人工智能" in body


def test_hostile_queries_are_literal(library: Library) -> None:
    for query in ['"', "NEAR(", "%", "_", "*", "'); DROP TABLE documents; --", "<b>"]:
        for hit in library.search(query, limit=1000):
            text = library.document(hit.doc_id).text
            assert text[hit.start : hit.end] == query
    assert library.search("   ") == []
    assert len(library.documents.all()) == 9
