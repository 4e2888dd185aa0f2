"""The import contract (DESIGN.md: arrows point down only).

ui, cli → brief → store → core; core imports nothing of ours; nothing below ui imports PySide6.
Every import statement counts, including those inside functions.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).parent.parent
PACKAGE = REPO / "gzreader"

# What each layer may import from gzreader (besides itself).
ALLOWED: dict[str, set[str]] = {
    "core": set(),
    "store": {"core"},
    "brief": {"core", "top"},
    "logs": {"store"},
    "top": set(),  # gzreader/__init__.py, resources.py
    "cli": {"core", "store", "brief", "logs", "top", "ui"},  # ui only to start the window
    "ui": {"core", "store", "brief", "logs", "top"},
    "main": {"cli"},
}
BELOW_UI = {"core", "store", "brief", "logs", "top"}


def layer_of(module: str) -> str:
    parts = module.split(".")
    if len(parts) == 1:
        return "top"
    name = parts[1]
    if name in ("core", "store", "brief", "cli", "ui", "logs"):
        return name
    return "main" if name == "__main__" else "top"


def imports_of(source: str, module: str) -> list[str]:
    """Every module named by an import statement anywhere in `source` (relative ones resolved)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(module.split(".")[: -node.level] + ([base] if base else []))
            found.append(base)
    return found


def violations(source: str, module: str) -> list[str]:
    layer = layer_of(module)
    wrong = []
    for name in imports_of(source, module):
        if name.startswith("gzreader"):
            target = layer_of(name)
            if target != layer and target not in ALLOWED[layer]:
                wrong.append(f"{module} ({layer}) imports {name} ({target})")
        elif name.split(".")[0] in ("PySide6", "shiboken6") and layer in BELOW_UI:
            wrong.append(f"{module} ({layer}) imports {name}")
    return wrong


def _modules() -> list[tuple[str, Path]]:
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(REPO).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out.append((".".join(parts), path))
    return out


def test_every_module_keeps_the_contract() -> None:
    wrong = [v for module, path in _modules() for v in violations(path.read_text(encoding="utf-8"), module)]
    assert wrong == []


def test_the_contract_catches_upward_and_qt_imports() -> None:
    assert violations("from gzreader.store import Library\n", "gzreader.core.model")
    assert violations("def f():\n    from gzreader.ui import app\n", "gzreader.store.library")
    assert violations("from gzreader.store.library import Library\n", "gzreader.brief.layout")
    assert violations("import PySide6.QtCore\n", "gzreader.brief.fonts")
    assert violations("from ..store import Library\n", "gzreader.core.model")  # relative, resolved
    assert not violations("from gzreader.core import Document\n", "gzreader.store.library")


def test_core_packages_do_not_load_pyside6() -> None:
    code = (
        "import sys\n"
        "import gzreader.core, gzreader.store, gzreader.brief, gzreader.cli\n"
        "from gzreader.core import load_document\n"
        "from gzreader.resources import sample_document_path\n"
        "load_document(sample_document_path())\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == "[]"


MAX_LINES = 400


def import_graph(modules: dict[str, str]) -> dict[str, set[str]]:
    """module → the modules of ours it imports; `from package import module` points at the module."""
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for module, source in modules.items():
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    base = ".".join(module.split(".")[: -node.level] + ([base] if base else []))
                targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base for a in node.names]
            else:
                continue
            graph[module] |= {t for t in targets if t in modules and t != module}
    return graph


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_import_circle() -> None:
    """Every import counts, those under TYPE_CHECKING too: a circle there is a circle in the design."""
    modules = {name: path.read_text(encoding="utf-8") for name, path in _modules()}
    assert circles(import_graph(modules)) == []


def test_the_circle_check_finds_a_circle() -> None:
    modules = {
        "gzreader.ui.a": "from gzreader.ui import b\n",
        "gzreader.ui.b": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from gzreader.ui.a import A\n",
        "gzreader.ui": "",
        "gzreader.ui.c": "import gzreader.ui.a\n",
    }
    assert circles(import_graph(modules)) == [["gzreader.ui.a", "gzreader.ui.b"]]


def test_no_module_is_longer_than_the_limit() -> None:
    long = {
        module: lines
        for module, path in _modules()
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}, f"split these modules (more than {MAX_LINES} lines): {long}"


def test_only_the_app_knows_the_main_window() -> None:
    """Views and helpers are fed (the session, the pane, callbacks), never handed the window."""
    knowing = sorted(
        module
        for module, path in _modules()
        if "gzreader.ui.main_window" in imports_of(path.read_text(encoding="utf-8"), module)
        and module != "gzreader.ui.main_window"
    )
    assert knowing == ["gzreader.ui.app"]
