"""PDFium with a CJK font to fall back on.

Many Chinese PDFs name a font they do not embed (STSong-Light, SimSun …); PDFium then renders
with a system font, and on a Linux workstation without CJK fonts the page comes out blank: the
Page view showed an empty page, and OCR of such a render found nothing. On Linux the library is
started again, once, before the first document, with the usual font folders plus those the
application adds (the bundled WenQuanYi Micro Hei: `add_font_folder` from the CLI and the
window's start-up); PDFium reads user font paths only at start-up, in place of its defaults.
Elsewhere the system's own font lookup already has CJK fonts.
"""

from __future__ import annotations

import ctypes
import logging
import sys
import threading
from pathlib import Path
from types import ModuleType
from typing import Any

log = logging.getLogger(__name__)
_LINUX_FONT_FOLDERS = (
    "/usr/share/fonts",
    "/usr/share/X11/fonts/Type1",
    "/usr/share/X11/fonts/TTF",
    "/usr/local/share/fonts",
    "~/.fonts",
    "~/.local/share/fonts",
)
_extra_folders: list[str] = []
_lock = threading.Lock()
_state: dict[str, Any] = {}  # "done": set up (or given up); "paths": kept alive for PDFium


def add_font_folder(folder: Path) -> None:
    """A folder of fonts PDFium may fall back on; call before the first document is read."""
    with _lock:
        if "done" in _state:
            log.info("PDFium is set up already; %s is not used", folder)
        elif str(folder) not in _extra_folders:
            _extra_folders.append(str(folder))


def pdfium() -> ModuleType:
    """pypdfium2, set up to find a CJK font for documents that do not embed theirs."""
    import pypdfium2

    with _lock:
        if "done" not in _state:
            _state["done"] = True
            if sys.platform.startswith("linux"):
                try:
                    _restart_with_fonts([*_LINUX_FONT_FOLDERS, *_extra_folders])
                except Exception:  # a pypdfium2 without these internals: render as before
                    log.warning("PDFium kept its default fonts", exc_info=True)
    module: ModuleType = pypdfium2
    return module


def _restart_with_fonts(folders: list[str]) -> None:
    import pypdfium2.raw as raw
    from pypdfium2 import _library_scope as scope
    from pypdfium2.internal import bases

    if any(len(refs) for refs in bases.ObjectTracker.values()):
        log.info("PDFium is in use already; it keeps its default fonts")
        return
    paths = [str(Path(f).expanduser()).encode() for f in folders if Path(f).expanduser().is_dir()]
    array = (ctypes.c_char_p * (len(paths) + 1))(*paths, None)
    _state["paths"] = array  # PDFium keeps the pointer: it must outlive the library
    scope.destroy_lib()
    config = raw.FPDF_LIBRARY_CONFIG(
        version=2,
        m_pUserFontPaths=ctypes.cast(array, ctypes.POINTER(ctypes.POINTER(ctypes.c_char))),
        m_pIsolate=None,
        m_v8EmbedderSlot=0,
    )
    raw.FPDF_InitLibraryWithConfig(config)
    bases.LIBRARY_AVAILABLE = True
