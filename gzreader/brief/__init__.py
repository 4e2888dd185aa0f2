"""Annotated PDF briefs (reportlab); no Qt.

`build_brief` is imported on first use: reportlab takes ~150 ms to import, which the GUI's
start-up should not pay.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from gzreader.brief.select import BriefError, BriefOptions

if TYPE_CHECKING:
    from gzreader.brief.layout import BriefResult, build_brief

__all__ = ["BriefError", "BriefOptions", "BriefResult", "build_brief"]


def __getattr__(name: str) -> Any:
    if name in ("build_brief", "BriefResult"):
        from gzreader.brief import layout

        return getattr(layout, name)
    raise AttributeError(name)
