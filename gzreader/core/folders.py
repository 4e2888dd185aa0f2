"""The documents in a folder tree, for importing a whole library (`import --recursive`, the
window's Import folder…): every importable file, sorted, hidden files and folders left out."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from gzreader.core.errors import DocumentError
from gzreader.core.formats.formats import SUFFIXES
from gzreader.core.load import IMAGE_SUFFIXES, display_path

IMPORTABLE = frozenset((*SUFFIXES, *IMAGE_SUFFIXES, ".pdf", ".doc", ".wps"))


def files_under(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Importable files in each folder (sorted, hidden ones left out); a file named itself is kept."""
    for name in paths:
        root = Path(name)
        if root.is_file():
            yield root
        elif root.is_dir():
            found = (
                p
                for p in root.rglob("*")
                if p.is_file()
                and p.suffix.lower() in IMPORTABLE
                and not any(part.startswith(".") for part in p.relative_to(root).parts)
            )
            yield from sorted(found)
        else:
            raise DocumentError(f"{display_path(name)}: no such file or folder")
