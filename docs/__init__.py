"""Scripts that make the README's pictures (run as python -m docs.NAME)."""
