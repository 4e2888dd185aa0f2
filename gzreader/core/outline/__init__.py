"""Structure recognition: cleaned lines to paragraphs and the outline tree, and the reader's corrections."""
