"""User text to reportlab paragraph markup: escaped, line breaks kept, missing glyphs handled.

Characters the role font lacks are drawn with a fallback font; a character no font has is
written as its code ([U+1F600]) and reported, so nothing disappears silently.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from gzreader.brief.fonts import FontSet, has_glyph

_ALWAYS_DRAWN = {"\n", "\t", " "}


def to_markup(
    text: str, font: str, fonts: FontSet, missing: set[str], *, highlight: tuple[int, int, str] | None = None
) -> str:
    """Markup for `text` in `font`; `highlight` = (start, end, hex colour) marks a span."""
    out: list[str] = []
    run: list[str] = []
    run_font = font

    def flush() -> None:
        if run:
            chunk = escape("".join(run)).replace("\n", "<br/>")
            out.append(chunk if run_font == font else f'<font face="{run_font}">{chunk}</font>')
            run.clear()

    for i, ch in enumerate(text):
        if highlight and i == highlight[0]:
            flush()
            out.append(f'<span backColor="{highlight[2]}">')
        if highlight and i == highlight[1]:
            flush()
            out.append("</span>")
        # reportlab's subsetting maps characters beyond the BMP wrongly (😀 comes out as ὠ), so
        # those are always shown as their code rather than as a wrong glyph.
        if ord(ch) > 0xFFFF:
            target = None
        else:
            target = font if ch in _ALWAYS_DRAWN or has_glyph(font, ch) else _fallback(ch, fonts)
        if target is None:
            flush()
            missing.add(ch)
            out.append(f'<font color="#b00020">[U+{ord(ch):04X}]</font>')
            continue
        if target != run_font:
            flush()
            run_font = target
        run.append(ch)
    flush()
    if highlight and highlight[1] >= len(text) > highlight[0]:
        out.append("</span>")
    return "".join(out)


def _fallback(ch: str, fonts: FontSet) -> str | None:
    return next((f for f in fonts.all() if has_glyph(f, ch)), None)
