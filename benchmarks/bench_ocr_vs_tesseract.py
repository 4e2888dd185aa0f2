"""gzreader's OCR beside Tesseract 5 (chi_sim, one thread), interleaved document by document.

The text-layer PDFs 01 04 05 06 07 of ../shared/corpus/pdf are rendered at 200 dpi in grey; each
document is read by gzreader (its OCR import, in a child process) and then by `tesseract -l chi_sim`
(OMP_THREAD_LIMIT=1, page by page), and both are compared with the text layer: character accuracy
(1 − edit distance / length, whitespace ignored), seconds per page, and peak memory (each child's).
Targets (issue 25): gzreader's seconds per page ≤ Tesseract's; accuracy mean ≥ 99 %, none < 98 %;
peak memory ≤ 400 MB. Needs the OCR extra and `tesseract` with chi_sim; says so without them.
Run from the repository folder: python -m benchmarks.bench_ocr_vs_tesseract
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.bench_ocr import SAMPLES
from benchmarks.common import CORPUS, REPO, Figure, main

_GZREADER_CHILD = """
import json, resource, sys, time
from gzreader.core import document_from_bytes
data = open(sys.argv[1], "rb").read()
start = time.perf_counter()
doc = document_from_bytes(data, "scan.pdf")
print(json.dumps({"text": doc.text, "seconds": time.perf_counter() - start,
                  "pages": doc.pages.count if doc.pages else 1,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


@dataclass
class _Total:
    seconds: float = 0.0
    pages: int = 0
    peak_mb: float = 0.0
    accuracies: list[float] = field(default_factory=list)


def _pages(data: bytes, folder: Path) -> list[Path]:
    from PIL import Image

    from gzreader.core.formats.pdfium_owner import PdfPages

    pdf = PdfPages(data)
    out = []
    for number in range(1, pdf.page_count() + 1):
        page = pdf.render(number, 200 / 72, grey=True)
        image = Image.frombuffer("L", (page.width, page.height), page.pixels, "raw", "L", page.stride, 1)
        path = folder / f"page-{number:03d}.png"
        image.save(path, dpi=(200, 200))
        out.append(path)
    pdf.close()
    return out


def _accuracy(text: str, reference: str) -> float:
    from rapidfuzz.distance import Levenshtein

    got, want = "".join(text.split()), "".join(reference.split())
    return 1 - Levenshtein.distance(got, want) / max(1, len(want))


def _tesseract(pages: list[Path]) -> tuple[str, float, float]:
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    texts, start, peak = [], time.perf_counter(), 0.0
    for page in pages:  # GNU time reports this child's own peak (RUSAGE_CHILDREN would mix in gzreader's)
        command = ["/usr/bin/time", "-f", "%M", "tesseract", str(page), "-", "-l", "chi_sim"]
        done = subprocess.run(command, capture_output=True, text=True, env=env)
        texts.append(done.stdout)
        peak = max(peak, float(done.stderr.strip().splitlines()[-1]))
    return "\n".join(texts), time.perf_counter() - start, peak / 1024


def figures() -> list[Figure]:
    from gzreader.core import document_from_bytes
    from gzreader.core.formats import ocr
    from gzreader.core.formats.pdfium_fonts import add_font_folder
    from gzreader.core.load import images_to_pdf
    from gzreader.resources import resource_path

    add_font_folder(resource_path("fonts"))
    if not ocr.available():
        return [Figure("OCR (the extra is not installed)", "-", "skipped", None)]
    if shutil.which("tesseract") is None or not Path("/usr/bin/time").exists():
        return [Figure("Tesseract or GNU time missing (apt install tesseract-ocr-chi-sim time)", "-", "skipped", None)]
    rows: list[Figure] = []
    totals = {"gz": _Total(), "tess": _Total()}
    for prefix in SAMPLES:
        path = next((CORPUS / "pdf").glob(f"{prefix}_*.pdf"))
        reference = document_from_bytes(path.read_bytes(), path.name).text
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            pages = _pages(path.read_bytes(), folder)
            scan = folder / "scan.pdf"
            scan.write_bytes(images_to_pdf([p.read_bytes() for p in pages]))
            child = subprocess.run(
                [sys.executable, "-c", _GZREADER_CHILD, str(scan)],
                capture_output=True, text=True, check=True, env={**os.environ, "PYTHONPATH": str(REPO)},
            )  # fmt: skip
            gz = json.loads(child.stdout)
            tess_text, tess_seconds, tess_peak = _tesseract(pages)
        for key, text, seconds, peak in (
            ("gz", gz["text"], gz["seconds"], gz["rss_mb"]),
            ("tess", tess_text, tess_seconds, tess_peak),
        ):
            total = totals[key]
            total.seconds += seconds
            total.pages += len(pages)
            total.peak_mb = max(total.peak_mb, peak)
            total.accuracies.append(_accuracy(text, reference))
        rows.append(
            Figure(
                f"  {path.stem[:28]} ({len(pages)} p.)",
                "-",
                f"gz {totals['gz'].accuracies[-1]:.1%} {gz['seconds'] / len(pages):.1f} s/p · "
                f"tess {totals['tess'].accuracies[-1]:.1%} {tess_seconds / len(pages):.1f} s/p",
                None,
            )
        )
    gz_rate, tess_rate = (t.seconds / max(1, t.pages) for t in (totals["gz"], totals["tess"]))
    gz_acc, tess_acc = (sum(t.accuracies) / len(t.accuracies) for t in (totals["gz"], totals["tess"]))
    load = os.getloadavg()[0]
    return [
        Figure(f"seconds per page: gzreader / Tesseract (load {load:.1f})", "ratio ≤ 1",
               f"{gz_rate:.2f} / {tess_rate:.2f} = {gz_rate / tess_rate:.2f}", gz_rate <= tess_rate),
        Figure("accuracy mean: gzreader / Tesseract", "≥ 99 %, none < 98 %",
               f"{gz_acc:.1%} / {tess_acc:.1%}", gz_acc >= 0.99 and min(totals["gz"].accuracies) >= 0.98),
        Figure("peak memory: gzreader / Tesseract", "≤ 400 MB",
               f"{totals['gz'].peak_mb:.0f} / {totals['tess'].peak_mb:.0f} MB", totals["gz"].peak_mb <= 400),
        *rows,
    ]  # fmt: skip


if __name__ == "__main__":
    main(figures)
