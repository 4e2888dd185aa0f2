"""Fonts for briefs: a TrueType Chinese font per role, embedded as a subset.

reportlab embeds TrueType outlines only (Noto CJK's CFF fails) and its CID font STSong-Light is
not embedded at all, so we use the bundled WenQuanYi Micro Hei unless the system has TrueType
fonts for a role: 黑体 for headings, 宋体/仿宋 for text, 楷体 for notes (Windows' own, or AR PL
UMing/UKai on Debian-like systems).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from gzreader.resources import resource_path

BUNDLED = ("GZ-WQYMicroHei", "fonts/wqy-microhei.ttc", 0)
_WINDOWS_FONTS = Path("C:/Windows/Fonts")
# role → candidate files (first found wins); each is TrueType with ASCII as well as CJK glyphs.
_ARPHIC = Path("/usr/share/fonts/truetype/arphic")  # Debian fonts-arphic-uming / -ukai (TrueType)
_ROLE_FILES = {
    "heading": [_WINDOWS_FONTS / "simhei.ttf"],
    "body": [_WINDOWS_FONTS / "simsun.ttc", _WINDOWS_FONTS / "simfang.ttf", _ARPHIC / "uming.ttc"],
    "note": [_WINDOWS_FONTS / "simkai.ttf", _WINDOWS_FONTS / "kaiti.ttf", _ARPHIC / "ukai.ttc"],
}
# Fonts tried, in order, for characters the role font lacks (Latin symbols, Greek …).
_FALLBACK_FILES = [
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/TTF/DejaVuSans.ttf"),
    Path("/Library/Fonts/Arial Unicode.ttf"),
    _WINDOWS_FONTS / "seguisym.ttf",
]


@dataclass(frozen=True)
class FontSet:
    heading: str
    body: str
    note: str
    fallbacks: tuple[str, ...]

    def all(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys((self.heading, self.body, self.note, *self.fallbacks)))


def _register(name: str, path: Path, index: int = 0) -> str | None:
    if name in pdfmetrics.getRegisteredFontNames():
        return name
    try:
        pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=index))
    except (TTFError, OSError):
        return None
    return name


@lru_cache(maxsize=1)
def font_set() -> FontSet:
    """Register and return the brief's fonts (cached: registration parses the font files)."""
    name, relative, index = BUNDLED
    bundled = _register(name, resource_path(relative), index)
    if bundled is None:
        raise RuntimeError(f"the bundled font {resource_path(relative)} is missing or unreadable")
    roles: dict[str, str] = {}
    for role, files in _ROLE_FILES.items():
        for path in files:
            found = _register(f"GZ-{path.stem}", path) if path.exists() else None
            if found:
                roles[role] = found
                break
    fallbacks = tuple(f for f in (_register(f"GZ-FB-{p.stem}", p) for p in _FALLBACK_FILES if p.exists()) if f)
    return FontSet(roles.get("heading", bundled), roles.get("body", bundled), roles.get("note", bundled), fallbacks)


@lru_cache(maxsize=16)
def _charmap(font_name: str) -> frozenset[int]:
    font = pdfmetrics.getFont(font_name)
    return frozenset(font.face.charToGlyph)


def has_glyph(font_name: str, char: str) -> bool:
    return ord(char) in _charmap(font_name)
