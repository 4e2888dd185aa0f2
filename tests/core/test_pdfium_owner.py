"""PDFium has one owner: rendering, importing and printing from three threads at once go through
its one thread, never crash, and give what they give one after another."""

from __future__ import annotations

import hashlib
import io
import threading
from pathlib import Path

import pytest

from gzreader.core import document_from_bytes
from gzreader.core.formats import pdfium_owner
from gzreader.core.formats.pdfium_owner import PdfPages

ROUNDS = 200


def _pdf(seed: int, pages: int = 2) -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=(300, 400))
    for number in range(pages):
        page.setFont("STSong-Light", 12)
        page.drawString(30, 360, f"第{'一二三四'[number]}条　文档{seed}的第{number + 1}页，用于并发渲染测试。")
        page.drawString(30, 340, "本条例自公布之日起施行。")
        page.rect(30 + 10 * seed, 100, 80, 40 + 10 * number, fill=1)
        page.showPage()
    page.save()
    return out.getvalue()


def _digest(page: pdfium_owner.RenderedPage) -> str:
    return hashlib.sha1(page.pixels).hexdigest()


def _render_one(data: bytes, number: int) -> str:
    pages = PdfPages(data)
    try:
        return _digest(pages.render(number, 0.5))
    finally:
        pages.close()


def _print_all(path: Path) -> list[str]:
    """What printing does: open the file, render every page at the printer's scale, close."""
    pages = PdfPages(path)
    try:
        return [_digest(pages.render(n, 0.6)) for n in range(1, pages.page_count() + 1)]
    finally:
        pages.close()


def _import(data: bytes) -> str:
    return document_from_bytes(data, "import.pdf").text


def test_render_import_and_print_at_once_equal_serial(tmp_path: Path) -> None:
    shown, imported, printed = _pdf(1), _pdf(2, pages=3), tmp_path / "brief.pdf"
    printed.write_bytes(_pdf(3))
    serial = ([_render_one(shown, 1), _render_one(shown, 2)], _import(imported), _print_all(printed))
    assert "第一条" in serial[1] and len(serial[2]) == 2

    failures: list[BaseException] = []
    results: dict[str, list[object]] = {"render": [], "import": [], "print": []}
    viewer = PdfPages(shown)  # the Page view keeps its document open between renders

    def repeat(name: str, work) -> None:  # type: ignore[no-untyped-def]
        try:
            for i in range(ROUNDS):
                results[name].append(work(i))
        except BaseException as exc:
            failures.append(exc)

    threads = [
        threading.Thread(target=repeat, args=("render", lambda i: _digest(viewer.render(i % 2 + 1, 0.5)))),
        threading.Thread(target=repeat, args=("import", lambda _i: _import(imported))),
        threading.Thread(target=repeat, args=("print", lambda _i: _print_all(printed))),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    viewer.close()
    assert not failures, failures
    assert results["render"] == [serial[0][i % 2] for i in range(ROUNDS)]
    assert results["import"] == [serial[1]] * ROUNDS
    assert results["print"] == [serial[2]] * ROUNDS


def test_every_pdfium_call_runs_on_its_one_thread(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Import, render and print each open documents only on PDFium's thread, whoever asks."""
    import pypdfium2

    seen: list[str] = []
    original = pypdfium2.PdfDocument

    def recording(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(threading.current_thread().name)
        return original(*args, **kwargs)

    monkeypatch.setattr(pypdfium2, "PdfDocument", recording)
    path = tmp_path / "a.pdf"
    path.write_bytes(_pdf(4))
    worker = threading.Thread(target=lambda: _import(_pdf(5)))
    worker.start()
    worker.join()
    _render_one(_pdf(6), 1)
    _print_all(path)
    assert len(seen) == 3 and all(name.startswith("pdfium") for name in seen), seen


def test_a_failure_reaches_the_caller_and_the_owner_goes_on() -> None:
    from gzreader.core.errors import DocumentError

    with pytest.raises(DocumentError, match="damaged"):
        document_from_bytes(b"%PDF-1.4\nnot a pdf at all", "broken.pdf")
    assert _render_one(_pdf(7), 1)  # the owner's thread still serves
