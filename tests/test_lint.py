"""Lint and types are part of the test suite: ruff check, ruff format --check, mypy --strict on the whole package (core, store, brief, cli and ui) and on the benchmarks and the screenshot script."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).parent.parent


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=REPO, capture_output=True, text=True, timeout=300)


def test_ruff_check() -> None:
    result = _run("ruff", "check", "gzreader", "tests", "benchmarks", "build_spec", "docs")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format() -> None:
    result = _run("ruff", "format", "--check", "gzreader", "tests", "benchmarks", "build_spec", "docs")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_on_the_whole_package() -> None:
    result = _run("mypy")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_on_the_benchmarks_and_the_screenshot_script() -> None:
    """They call the package's API without tests of their own: a rename broke docs/screenshots.py
    once (window.navigation.show_find) and nothing said so until it was run."""
    result = _run("mypy", "benchmarks", "docs")
    assert result.returncode == 0, result.stdout + result.stderr
