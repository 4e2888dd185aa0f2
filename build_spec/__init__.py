"""PyInstaller build (issue 6)."""
