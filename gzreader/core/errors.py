"""The one error type the core raises for bad input."""

from __future__ import annotations


class DocumentError(ValueError):
    """A file that cannot become a Document; the message is one line meant for the user."""
