"""Old Word (.doc) and WPS (.wps) files, converted to .docx by LibreOffice when it is installed.

gzreader is offline, and so is the conversion: a .doc that is really a web page (common: sites
serve HTML as .doc) is read by gzreader's own HTML import, which fetches nothing; anything else
goes to LibreOffice with a private profile that never updates links or loads remote content, run
where it has no network at all (a network namespace of its own, when the system allows one). A
tracking pixel in a document must not learn who opened it and when.
"""

from __future__ import annotations

import functools
import shutil
import subprocess
import tempfile
from pathlib import Path

from gzreader.core.errors import DocumentError

CONVERTIBLE = (".doc", ".wps")
TIMEOUT = 120  # seconds: a long document takes LibreOffice a while to open

# LibreOffice settings of the private profile (registrymodifications.xcu): never update links on
# load, block every link from an untrusted referrer (remote images, stylesheets), no macros, no
# update checks, no start centre work.
_SETTINGS = {
    ("/org.openoffice.Office.Writer/Content/Update", "Link"): "2",  # 2 = never
    ("/org.openoffice.Office.Calc/Content/Update", "Link"): "2",
    ("/org.openoffice.Office.Common/Security/Scripting", "BlockUntrustedRefererLinks"): "true",
    ("/org.openoffice.Office.Common/Security/Scripting", "MacroSecurityLevel"): "3",  # very high
    ("/org.openoffice.Office.Common/Security/Scripting", "DisableMacrosExecution"): "true",
    ("/org.openoffice.Office.Common/Misc", "UseOpenCL"): "false",
    ("/org.openoffice.Office.Common/Misc", "CrashReport"): "false",
    ("/org.openoffice.Office.Jobs/Jobs/org.openoffice.Office.Jobs:Job['UpdateCheck']/Arguments", "AutoCheckEnabled"): (
        "false"
    ),
}


def soffice() -> str | None:
    """The LibreOffice command on this system, if any."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def looks_like_html(data: bytes) -> bool:
    """A "Word document" that is a web page (saved as .doc by a site or by Word's "Web page")."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml")) and b"<html" in data[:8192].lower()


def converted(path: Path, data: bytes) -> tuple[bytes, str] | None:
    """(.docx bytes, name) of a .doc/.wps file converted by LibreOffice; None when the file is of
    another kind, is a web page, or LibreOffice is not installed (the caller then reads it as HTML
    or says what to do)."""
    if path.suffix.lower() not in CONVERTIBLE:
        return None
    if looks_like_html(data):
        return None  # a web page: document_from_bytes reads it with the HTML import, fetching nothing
    command = soffice()
    if command is None:
        return None
    with tempfile.TemporaryDirectory(prefix="gzreader-convert-") as folder:
        profile = Path(folder) / "profile"
        write_profile(profile)
        try:
            subprocess.run(
                [
                    *_offline(),
                    command,
                    f"-env:UserInstallation={profile.as_uri()}",
                    "--headless",
                    "--norestore",
                    "--nolockcheck",
                    "--convert-to",
                    "docx",
                    "--outdir",
                    folder,
                    str(path),
                ],
                capture_output=True,
                timeout=TIMEOUT,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise DocumentError(f"LibreOffice could not convert it ({exc.__class__.__name__})") from exc
        out = Path(folder) / (path.stem + ".docx")
        if not out.is_file():
            raise DocumentError("LibreOffice could not convert it to .docx")
        return out.read_bytes(), path.stem + ".docx"


def write_profile(profile: Path) -> Path:
    """A fresh LibreOffice user profile holding the offline settings; returns its settings file."""
    user = profile / "user"
    user.mkdir(parents=True, exist_ok=True)
    items = "\n".join(
        f'<item oor:path="{path}"><prop oor:name="{name}" oor:op="fuse"><value>{value}</value></prop></item>'
        for (path, name), value in _SETTINGS.items()
    )
    settings = user / "registrymodifications.xcu"
    settings.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
        'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
        f"{items}\n</oor:items>\n",
        encoding="utf-8",
    )
    return settings


@functools.cache
def _offline() -> tuple[str, ...]:
    """A prefix that runs a command without any network (its own empty network namespace), where
    the system lets us make one; else nothing, and the profile's settings alone keep it offline."""
    unshare = shutil.which("unshare")
    for prefix in (("-n",), ("-rn",)):
        if unshare is None:
            break
        try:
            probe = subprocess.run([unshare, *prefix, "true"], capture_output=True, timeout=10, check=False)
        except (OSError, subprocess.TimeoutExpired):
            break
        if probe.returncode == 0:
            return (unshare, *prefix)
    return ()
