"""Annotated PDF briefs (reportlab); no Qt."""

from __future__ import annotations

from gzreader.brief.layout import BriefResult, build_brief
from gzreader.brief.select import BriefError, BriefOptions

__all__ = ["BriefError", "BriefOptions", "BriefResult", "build_brief"]
