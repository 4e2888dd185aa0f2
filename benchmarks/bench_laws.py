"""Outline robustness at scale: the laws of ../shared/corpus/laws/ in four renderings.

For every law whose manifest is trustworthy (consecutive articles, not an amendment; none named in
RESERVED.md) the counts of 编 分编 章 节 条 must equal the manifest's. Renderings, made at run time:
  md       the Markdown as it is;
  wrapped  plain text without Markdown, hard-wrapped at 30–40 characters, "— N —" page footers;
  docx     a Word file made with python-docx (one paragraph per line, headings as Heading styles);
  pdf      a PDF made with reportlab (running header, page numbers, a 目录 page, justified lines),
           read back through the PDF import (every law; --pdf-every K for a sample).
The laws are shared out over --jobs processes (default: one per core); each law is rendered, read
and compared in one of them.
Targets (issue 22): ≥ 99.9 % exact on md and wrapped, ≥ 99 % on pdf and docx, all ≤ 10 minutes.
Run from the repository folder: python -m benchmarks.bench_laws [--limit N] [--pdf-every K] [--jobs N]
"""

from __future__ import annotations

import argparse
import io
import json
import multiprocessing
import os
import random
import re
import time
from collections import Counter
from collections.abc import Callable

from benchmarks.common import CORPUS
from gzreader.core import Document, document_from_bytes

LAWS = CORPUS / "laws"
# Where the manifest's script misread the Markdown (checked by hand): these count as exact when the
# outline matches the file, and are listed.
MANIFEST_ERRORS = {
    # "第五章法律责任" is a plain line, not a "## " heading: the script missed a real chapter
    "DLC/山东地方法规/地方性法规/山东/山东省循环经济条例(2016-07-22).md": {"章": 6, "条": 54},
    # "## 第一章 总则 第二章 任免范围 …" is the 目录 on one heading line, not a chapter
    "DLC/重庆地方法规/地方性法规/重庆/重庆市各级人民代表大会常务委员会人事任免工作条例(2022-06-10).md": {
        "章": 6,
        "条": 37,
    },
}
KINDS = {"bian": "编", "fenbian": "分编", "zhang": "章", "jie": "节", "tiao": "条"}
_HEADING = re.compile(r"^#+\s*")


def trustworthy() -> list[dict[str, object]]:
    reserved = (CORPUS / "RESERVED.md").read_text(encoding="utf-8")
    names = {line[2:].strip() for line in reserved.splitlines() if line.startswith("- ")}
    out = []
    for line in (LAWS / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        if not entry["articles_consecutive"] or entry["amendment_or_decision"]:
            continue
        title = str(entry["title"])
        if any(title in name or name.endswith(title) for name in names):
            continue  # RESERVED.md: never used, in any version
        out.append(entry)
    return out


_MD_UNIT = re.compile(r"^#+\s*(第[一二三四五六七八九十百零〇]+([编章节]).*)$")
_MD_ARTICLE = re.compile(r"^第[一二三四五六七八九十百零〇]+条")


def contents_counted_twice(markdown: str, want: dict[str, int]) -> dict[str, int]:
    """The manifest counts a 目录 written as headings (## 第一章 … ## 第九章, then the body's
    ## 第一章 …) as units of their own: the headings before the body's first repeat of the first one."""
    before: list[tuple[str, str]] = []
    for line in markdown.splitlines():
        if _MD_ARTICLE.match(line):
            break
        found = _MD_UNIT.match(line)
        if found:
            before.append((re.sub(r"\s", "", found.group(1)), found.group(2)))
    if not before or before[0] not in before[1:]:
        return want
    contents = before[: before.index(before[0], 1)]
    fixed = dict(want)
    for unit, times in Counter(unit for _key, unit in contents).items():
        if unit in fixed:
            fixed[unit] -= times
    return fixed


def counts(doc: Document) -> dict[str, int]:
    found = Counter(KINDS[n.kind] for n in doc.walk() if n.kind in KINDS)
    return dict(found)


def body_lines(markdown: str) -> list[str]:
    """The law as plain lines: Markdown heading marks and the INFO END comment dropped."""
    lines = []
    for line in markdown.splitlines():
        if line.strip() == "<!-- INFO END -->" or not line.strip():
            continue
        lines.append(_HEADING.sub("", line).strip())
    return lines


def as_md(markdown: str, _rng: random.Random) -> tuple[bytes, str]:
    return markdown.encode("utf-8"), "law.md"


def as_wrapped(markdown: str, rng: random.Random) -> tuple[bytes, str]:
    out, page, on_page = [], 1, 0
    for line in body_lines(markdown):
        width = rng.randint(30, 40)
        for at in range(0, len(line), width):
            out.append(line[at : at + width])
            on_page += 1
            if on_page == 38:
                out += ["", f"— {page} —", ""]
                page, on_page = page + 1, 0
    out += ["", f"— {page} —"]
    return "\n".join(out).encode("utf-8"), "law.txt"


def as_docx(markdown: str, _rng: random.Random) -> tuple[bytes, str]:
    import docx

    document = docx.Document()
    for line in markdown.splitlines():
        if not line.strip() or line.strip() == "<!-- INFO END -->":
            continue
        level = len(line) - len(line.lstrip("#"))
        text = line.lstrip("#").strip()
        if level:
            document.add_heading(text, level=min(level, 4))
        else:
            document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue(), "law.docx"


def as_pdf(markdown: str, _rng: random.Random) -> tuple[bytes, str]:
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    from gzreader.brief.fonts import font_set

    fonts = font_set()
    lines = body_lines(markdown)
    title = lines[0]
    body = ParagraphStyle("body", fontName=fonts.body, fontSize=11, leading=18, alignment=TA_JUSTIFY,
                          wordWrap="CJK")  # fmt: skip
    head = ParagraphStyle("head", parent=body, fontName=fonts.heading, fontSize=14, leading=22)
    story = [Paragraph(title, head), Paragraph("目  录", head)]
    listed = dict.fromkeys(line for line in lines if re.match(r"^第[一二三四五六七八九十百]+[编章]", line))
    story += [Paragraph(line, body) for line in listed]
    story.append(PageBreak())
    for line in lines:
        story.append(Paragraph(line, head if re.match(r"^第[一二三四五六七八九十百]+[编章节]", line) else body))

    def furniture(canvas, doc) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFont(fonts.body, 9)
        canvas.drawCentredString(A4[0] / 2, A4[1] - 12 * mm, title)
        canvas.drawCentredString(A4[0] / 2, 10 * mm, f"— {doc.page} —")
        canvas.restoreState()

    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, topMargin=20 * mm, bottomMargin=20 * mm).build(
        story, onFirstPage=furniture, onLaterPages=furniture
    )
    return buffer.getvalue(), "law.pdf"


RENDERINGS: dict[str, Callable[[str, random.Random], tuple[bytes, str]]] = {
    "md": as_md,
    "wrapped": as_wrapped,
    "docx": as_docx,
    "pdf": as_pdf,
}


def failure_class(want: dict[str, int], got: dict[str, int]) -> str:
    parts = []
    for kind in ("编", "分编", "章", "节", "条"):
        w, g = want.get(kind, 0), got.get(kind, 0)
        if w != g:
            parts.append(f"{kind} {'+' if g > w else '-'}")
    return " ".join(parts)


def judge(task: tuple[str, dict[str, object]]) -> tuple[str, str]:
    """(path, failure class or "") of one law in one rendering — run in a worker process."""
    name, entry = task
    markdown = (LAWS / str(entry["path"])).read_text(encoding="utf-8")
    rng = random.Random(str(entry["path"]))
    data, file_name = RENDERINGS[name](markdown, rng)
    want = {k: int(v) for k, v in dict(entry["levels"]).items() if v}  # type: ignore[call-overload]
    want = MANIFEST_ERRORS.get(str(entry["path"]), contents_counted_twice(markdown, want))
    try:
        got = counts(document_from_bytes(data, file_name))
    except Exception as exc:  # a crash is a failure class of its own
        return str(entry["path"]), f"error {type(exc).__name__}"
    return str(entry["path"]), failure_class(want, got)


def run(limit: int | None, pdf_every: int, jobs: int) -> None:
    laws = trustworthy()[:limit]
    print(f"{len(laws)} laws with a trustworthy manifest (RESERVED.md titles left out); {jobs} processes;")
    print(f"{len(MANIFEST_ERRORS)} manifest entries corrected by hand: {', '.join(MANIFEST_ERRORS)}")
    started = time.perf_counter()
    with multiprocessing.get_context("spawn").Pool(jobs) as pool:
        for name in RENDERINGS:
            chosen = laws[::pdf_every] if name == "pdf" else laws
            exact, classes = 0, Counter[str]()
            examples: dict[str, str] = {}
            t0 = time.perf_counter()
            for path, cls in pool.imap_unordered(judge, [(name, entry) for entry in chosen], chunksize=8):
                if not cls:
                    exact += 1
                else:
                    classes[cls] += 1
                    examples.setdefault(cls, path)
            share = exact / max(1, len(chosen))
            print(f"{name:8} {exact}/{len(chosen)} exact = {share:.2%}  ({time.perf_counter() - t0:.0f} s)")
            for cls, n in classes.most_common(8):
                print(f"         {n:4} × {cls:24} e.g. {examples[cls]}")
    print(f"whole benchmark: {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--pdf-every", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    options = parser.parse_args()
    run(options.limit, options.pdf_every, options.jobs)
