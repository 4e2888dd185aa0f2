"""新旧对照: aligning two versions of a document, and the comparison as Markdown and CSV."""
