"""Shared fixtures. Qt runs offscreen so the suite needs no display."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from gzreader.core.formats.pdfium_fonts import add_font_folder
from gzreader.resources import resource_path
from tests.paths import SEED

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
add_font_folder(resource_path("fonts"))  # as the CLI and the window do at start-up


@pytest.fixture
def seed_path() -> Path:
    return SEED


@pytest.fixture
def library(tmp_path: Path):
    """An empty library in a temporary folder, closed without an automatic backup."""
    from gzreader.store import Library

    lib = Library.open(tmp_path / "lib")
    yield lib
    lib.close(auto_backup=False)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private library folder for the test, also seen by the CLI through the environment."""
    folder = tmp_path / "library"
    monkeypatch.setenv("GZREADER_DATA_DIR", str(folder))
    return folder
