"""The error types users see. Each message is one line meant for the user."""

from __future__ import annotations


class UserError(Exception):
    """A failure the user caused or can fix (bad file, unknown document …): shown as one line,
    never as a traceback. Every layer's own error derives from it."""


class DocumentError(UserError, ValueError):
    """A file that cannot become a Document."""
