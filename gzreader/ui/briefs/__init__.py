"""PDF briefs from the window: the export dialog, building, printing."""
