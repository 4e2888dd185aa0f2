"""Old Word (.doc) and WPS (.wps) files, converted to .docx by LibreOffice when it is installed."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from gzreader.core.errors import DocumentError

CONVERTIBLE = (".doc", ".wps")
TIMEOUT = 120  # seconds: a long document takes LibreOffice a while to open


def soffice() -> str | None:
    """The LibreOffice command on this system, if any."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def converted(path: Path) -> tuple[bytes, str] | None:
    """(.docx bytes, name) for a .doc/.wps file when LibreOffice can convert it; None when the
    file is of another kind or LibreOffice is not installed (the caller then says what to do)."""
    command = soffice()
    if path.suffix.lower() not in CONVERTIBLE or command is None:
        return None
    with tempfile.TemporaryDirectory(prefix="gzreader-convert-") as folder:
        try:
            subprocess.run([command, "--headless", "--convert-to", "docx", "--outdir", folder, str(path)],
                           capture_output=True, timeout=TIMEOUT, check=False)  # fmt: skip
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise DocumentError(f"LibreOffice could not convert it ({exc.__class__.__name__})") from exc
        out = Path(folder) / (path.stem + ".docx")
        if not out.is_file():
            raise DocumentError("LibreOffice could not convert it to .docx")
        return out.read_bytes(), path.stem + ".docx"
