"""File formats to text lines: plain text and its encodings, HTML, Word, LibreOffice, PDF (PDFium), OCR."""
