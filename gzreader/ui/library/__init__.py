"""The library: its panel, importing, opening documents, search, and staying true to outside writes."""
