"""`gzreader outline`, `text`, `--version`, `--help` and their errors, run as a user would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from gzreader import __version__
from tests.paths import corpus_file

REPO = Path(__file__).parent.parent.parent
NODE_KEYS = {"id", "kind", "label", "title", "citation", "start", "end", "children"}
KINDS = {
    "part",
    "bian",
    "fenbian",
    "zhang",
    "jie",
    "tiao",
    "xiang",
    "cn",
    "cn_paren",
    "arabic",
    "arabic_paren",
    "decimal",
}


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-m", "gzreader", *args], capture_output=True, text=True, env=env, cwd=cwd, timeout=120
    )


def test_outline_json_shape(seed_path) -> None:
    result = run("outline", str(seed_path), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) >= {"title", "doc_number", "chars", "nodes"}
    assert data["doc_number"] == "粤大湾区〔2020〕1号"
    text = run("text", str(seed_path)).stdout
    assert data["chars"] == len(text) - 1  # the command ends the text with one newline

    def check(node: dict) -> None:
        assert set(node) >= NODE_KEYS and node["kind"] in KINDS
        assert isinstance(node["start"], int) and node["start"] < node["end"] <= data["chars"]
        for child in node["children"]:
            check(child)

    for node in data["nodes"]:
        check(node)
    first = data["nodes"][1]["children"][1]["children"][0]["children"][0]
    assert first["label"] == "1、" and first["title"] == "建立创新要素高效配置规则体系"
    assert text[first["start"] : first["end"]].startswith("1、建立创新要素高效配置规则体系。")


def test_outline_tree_text(seed_path) -> None:
    result = run("outline", str(seed_path))
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert "  广州人工智能与数字经济试验区建设总体方案" in lines
    assert "      (一)指导思想" in lines
    assert "        1、建立创新要素高效配置规则体系" in lines


def test_text_is_canonical() -> None:
    result = run("text", str(corpus_file("08_ningxia_gzbg_2026_scrape.txt")))
    assert result.returncode == 0
    assert "打印本页" not in result.stdout and result.stdout.startswith("2026年宁夏")


def test_version_and_help() -> None:
    assert run("--version").stdout.strip() == f"gzreader {__version__}"
    help_text = run("--help").stdout
    assert "outline" in help_text and "text" in help_text


@pytest.mark.parametrize(
    ("content", "name", "needle"),
    [
        (b"", "empty.txt", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "image.txt", "binary"),
        (b"\x00\x01\x02\x03" * 100, "blob.bin", "binary"),
        (b"\xef\xbb\xbf\xff\xfe\xfd", "bad.txt", "UTF-8"),
    ],
)
def test_bad_input_is_one_line_exit_2(tmp_path, content: bytes, name: str, needle: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    for command in ("outline", "text"):
        result = run(command, str(path))
        assert result.returncode == 2
        assert result.stdout == ""
        assert len(result.stderr.strip().splitlines()) == 1
        assert needle in result.stderr and "Traceback" not in result.stderr


def test_missing_file(tmp_path) -> None:
    result = run("outline", str(tmp_path / "nope.txt"), "--json")
    assert result.returncode == 2 and "no such file" in result.stderr


def test_works_from_another_folder(tmp_path, seed_path) -> None:
    result = run("outline", str(seed_path), cwd=tmp_path)
    assert result.returncode == 0 and "总体要求" in result.stdout


def test_installed_copy_finds_its_data_from_another_folder(tmp_path) -> None:
    """With a non-editable `pip install .` (as .ci/run does), the package carries data/ and resources/."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    probe = (
        "import gzreader, gzreader.resources as r; "
        "print(gzreader.__file__); print(r.sample_document_path().is_file()); "
        "print(r.resource_path('fonts', 'wqy-microhei.ttc').is_file()); "
        "print(r.resource_path('translations', 'gzreader_zh_CN.ts').is_file())"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=tmp_path, env=env)
    if result.returncode != 0:
        pytest.skip("gzreader is not installed in this interpreter (run `pip install .` first)")
    location, *found = result.stdout.split()
    if Path(location).resolve().parent == (REPO / "gzreader").resolve():
        pytest.skip("gzreader is installed in editable mode; nothing to check about the wheel")
    assert found == ["True", "True", "True"]
