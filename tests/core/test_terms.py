"""Key terms are terms: no function words or numbering, and a clause's differ from the document's."""

from __future__ import annotations

from gzreader.core import load_document
from gzreader.core.text.terms import STOP_WORDS, clause_terms, document_terms, is_term
from tests.paths import SEED, corpus_file


def test_function_words_and_numbering_are_not_terms() -> None:
    for word in ("应当", "或者", "本法", "第一百五十", "第一百五十条", "二", "2023", "的"):
        assert not is_term(word), word
    assert is_term("股东会") and is_term("人工智能")


def test_a_law_yields_its_subject_not_its_grammar() -> None:
    law = load_document(corpus_file("06_gongsifa_2023.md"))
    terms = document_terms(law.text)
    assert "股东" in terms and "董事会" in terms
    assert not set(terms) & STOP_WORDS and not any(t.startswith("第") for t in terms)


def test_a_clause_shows_what_sets_it_apart_from_the_document() -> None:
    doc = load_document(SEED)
    whole = document_terms(doc.text)
    clause = clause_terms(doc, "p2/二/一/3")  # 打造协同创新应用平台
    assert clause and clause != whole
    assert "开源" in clause or "开发者" in clause
    assert len(set(clause[:5]) & set(whole[:5])) <= 1  # not the document's list again
    assert clause_terms(doc, "no/such/clause") == []


def test_a_clauses_terms_are_telling_words_not_policy_boilerplate() -> None:
    """Issue 21.10: the seed's clause terms were generic words (一批, 不断, 发展, 坚持), fragments of
    compounds (区块 of 区块链, 大湾 of 大湾区) and jieba's guesses across word boundaries (向省, 办要)."""
    doc = load_document(SEED)
    shown = {n.id: clause_terms(doc, n.id, 8) for n in doc.walk()}
    every = {t for terms in shown.values() for t in terms}
    generic = {"一批", "不断", "成为", "发展", "坚持", "重大", "合理", "力量", "全国", "前列", "大力发展", "积极支持"}
    fragments = {"区块", "一路", "二中", "三中", "向省", "办要", "区办"}
    assert not every & generic and not every & fragments
    assert "区块链" in shown["p2/二/二/3"] and "一带一路" in shown["p2/二/三/2"]
    assert "粤港澳大湾区" in shown["p2/三/一"] and "开源" in shown["p2/二/一/3"]


def test_jiebas_data_may_ship_compressed(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The packaged app ships jieba's dictionary and IDF table gzip-compressed (11 MB become 4)."""
    import gzip

    from gzreader.core.text import words

    (tmp_path / "analyse").mkdir()
    (tmp_path / "analyse" / "idf.txt.gz").write_bytes(gzip.compress("数据 5.0\n安全 7.0\n治理 9.0\n".encode()))
    monkeypatch.setattr(words, "_data", lambda _jieba, *parts: tmp_path.joinpath(*parts))
    words.idf_table.cache_clear()
    try:
        assert words.idf_table() == ({"数据": 5.0, "安全": 7.0, "治理": 9.0}, 7.0)
    finally:
        words.idf_table.cache_clear()
    (tmp_path / "dict.txt.gz").write_bytes(gzip.compress("数据 100 n\n安全 90 n\n".encode()))
    with words._open_packed(tmp_path / "dict.txt.gz") as lines:
        assert list(lines) == ["数据 100 n\n".encode(), "安全 90 n\n".encode()]  # as jieba reads its file
