"""The 新旧对照 window and choosing what to compare."""
