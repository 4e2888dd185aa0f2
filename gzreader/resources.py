"""Paths of bundled files: the sample documents (`data/`) and `resources/` (fonts, icons …).

A wheel carries them inside the package as `gzreader/_data/{data,resources}` (see
pyproject.toml); a source checkout finds them at the repository's top level.
"""

from __future__ import annotations

from pathlib import Path

SAMPLE_NAME = "00_guangzhou_ai_digital_economy_plan.txt"
_PACKAGE = Path(__file__).resolve().parent


def _root(folder: str) -> Path:
    installed = _PACKAGE / "_data" / folder
    return installed if installed.is_dir() else _PACKAGE.parent / folder


def data_path(*parts: str) -> Path:
    """A bundled sample document (top-level `data/`)."""
    return _root("data").joinpath(*parts)


def resource_path(*parts: str) -> Path:
    """A bundled resource: fonts/, icons/, translations/, the desktop file."""
    return _root("resources").joinpath(*parts)


def sample_document_path() -> Path:
    return data_path(SAMPLE_NAME)
