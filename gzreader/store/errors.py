"""Errors of the library; each message is one line meant for the user."""

from __future__ import annotations

from gzreader.core.errors import UserError


class LibraryError(UserError):
    """The library cannot do what was asked (unknown document, bad file, damaged database …)."""
