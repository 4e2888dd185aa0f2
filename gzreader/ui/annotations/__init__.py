"""Annotating: the annotations panel, the note dialog, and the one owner of writes with undo."""
