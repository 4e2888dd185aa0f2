"""Annotations, their durable anchors, and citations of the clauses they sit in."""
