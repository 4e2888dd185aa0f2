"""The outline model passes Qt's model tester and filters by plain text."""

from __future__ import annotations

from gzreader.core import load_document
from gzreader.ui.outline.outline_model import NODE_ID_ROLE, OutlineFilter, OutlineModel
from tests.paths import SEED, corpus_file


def test_model_tester_seed_and_law(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    for name in ("00_guangzhou_ai_digital_economy_plan.txt", "06_gongsifa_2023.md"):
        model = OutlineModel()
        model.set_document(load_document(corpus_file(name)))
        qtmodeltester.check(model, force_py=True)
        proxy = OutlineFilter()
        proxy.setSourceModel(model)
        proxy.set_text("第十五条")
        qtmodeltester.check(proxy, force_py=True)


def test_rows_and_roles() -> None:
    model = OutlineModel()
    doc = load_document(SEED)
    model.set_document(doc)
    assert model.rowCount() == 2
    plan = model.index(1, 0)
    assert model.data(plan) == "广州人工智能与数字经济试验区建设总体方案"
    assert [model.data(model.index(r, 0, plan)) for r in range(3)] == ["一、总体要求", "二、主要任务", "三、保障措施"]
    task = model.index_of("p2/二/一/1")
    assert model.data(task, NODE_ID_ROLE) == "p2/二/一/1"
    assert model.parent(task) == model.index_of("p2/二/一")
    assert "二（一）1" in model.data(task, 3)  # tooltip: the citation


def test_filter_keeps_ancestors_and_treats_brackets_literally() -> None:
    model = OutlineModel()
    model.set_document(load_document(SEED))
    proxy = OutlineFilter()
    proxy.setSourceModel(model)
    proxy.set_text("(二)")
    assert proxy.rowCount() == 1  # only the plan part has (二) headings
    proxy.set_text("区块链")
    plan = proxy.index(0, 0)
    tasks = proxy.index(0, 0, plan)
    group = proxy.index(0, 0, tasks)
    assert proxy.data(proxy.index(0, 0, group)) == "3、推动区块链产业创新发展"
    proxy.set_text("")
    assert proxy.rowCount() == 2
