"""The bundled sample's outline, exactly as the issue specifies it."""

from __future__ import annotations

from gzreader.core import load_document
from gzreader.resources import sample_document_path

PLAN = "广州人工智能与数字经济试验区建设总体方案"


def _titles(node) -> list[str]:
    return [c.title for c in node.children]


def test_sample_is_bundled_unchanged(seed_path) -> None:
    assert sample_document_path().read_bytes() == seed_path.read_bytes()


def test_two_parts(seed_path) -> None:
    doc = load_document(seed_path)
    assert [n.kind for n in doc.nodes] == ["part", "part"]
    notice, plan = doc.nodes
    assert notice.title.endswith("的通知") and PLAN in notice.title
    assert [c.label for c in notice.children] == ["一、", "二、", "三、"]
    assert all(not c.children for c in notice.children)
    assert plan.title == PLAN
    assert doc.doc_number == "粤大湾区〔2020〕1号"


def test_plan_outline(seed_path) -> None:
    plan = load_document(seed_path).nodes[1]
    assert [c.label + c.title for c in plan.children] == ["一、总体要求", "二、主要任务", "三、保障措施"]
    requirements, tasks, safeguards = plan.children
    assert _titles(requirements) == ["指导思想", "发展目标", "功能布局"]
    assert [len(c.children) for c in tasks.children] == [4, 5, 2, 4]
    assert [c.label for c in tasks.children[1].children] == ["1、", "2、", "3、", "4、", "5、"]
    assert tasks.children[0].children[0].title == "建立创新要素高效配置规则体系"
    assert tasks.children[0].children[0].heading == "1、建立创新要素高效配置规则体系。"
    assert [c.label for c in safeguards.children] == ["(一)", "(二)", "(三)"]
    assert all(not c.children for c in safeguards.children)
    assert all(not c.children for c in requirements.children)


def test_bullets_and_image_name_are_not_headings(seed_path) -> None:
    doc = load_document(seed_path)
    headings = [n.heading for n in doc.walk()]
    assert not any(h.startswith(("——", "2899440")) for h in headings)
    assert len(headings) == 2 + 6 + 10 + 15


def test_ids_and_citations(seed_path) -> None:
    doc = load_document(seed_path)
    node = doc.node("p2/二/一/1")
    assert node is not None and node.title == "建立创新要素高效配置规则体系"
    assert node.citation.full() == f"《{PLAN}》二（一）1"
    assert doc.node("p2/三/三").citation.full() == f"《{PLAN}》三（三）"
    assert doc.node("p1/二").citation.full().endswith("的通知》二")


def test_run_in_heading_span_covers_its_body(seed_path) -> None:
    doc = load_document(seed_path)
    node = doc.node("p2/一/一")
    body = doc.text[node.start : node.end]
    assert body.startswith("(一)指导思想。以习近平新时代中国特色社会主义思想为指导")
    assert "(二)发展目标" not in body
    assert doc.clause_at(node.start + 20) == node
    assert [n.id for n in doc.path_at(node.start + 20)] == ["p2", "p2/一", "p2/一/一"]
