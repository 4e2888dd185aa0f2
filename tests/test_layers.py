"""The core packages never load Qt (DESIGN.md: arrows point down only)."""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).parent.parent
CORE_PACKAGES = [
    m
    for m in ("gzreader.core", "gzreader.store", "gzreader.brief", "gzreader.cli")
    if importlib.util.find_spec(m) is not None
]


def test_core_packages_do_not_load_pyside6() -> None:
    code = (
        "import sys\n"
        f"for name in {CORE_PACKAGES!r}: __import__(name)\n"
        "from gzreader.core import load_document\n"
        "from gzreader.resources import sample_document_path\n"
        "load_document(sample_document_path())\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == "[]"
    assert "gzreader.core" in CORE_PACKAGES


def test_no_module_below_ui_imports_qt() -> None:
    for path in (REPO / "gzreader").rglob("*.py"):
        if "ui" in path.relative_to(REPO / "gzreader").parts:
            continue
        source = path.read_text(encoding="utf-8")
        assert not re.search(r"^\s*(from|import)\s+PySide6", source, re.MULTILINE), path
