"""The OCR engine (rapidocr-onnxruntime 1.4), set up for pages of text.

Two settings differ from the engine's defaults, each measured on the five text-layer samples
rasterised at 200 dpi (benchmarks/bench_ocr_vs_tesseract.py; 2 cores, 46 pages):
- Detection sees the page at DETECT_DPI, not at the 150 dpi recognition reads it at. Text lines
  are found as well (accuracy 99.3–99.9 % either way), while the detector's full-page activations —
  most of the memory, 650 MB for an A4 page at 150 dpi — shrink with the area: peak 320–370 MB for
  the whole import instead of 800–890 MB. Recognition still reads each line from the full image.
- Lines are recognised one at a time (rec_batch_num 1): a batch is padded to its widest line, and
  a page's lines differ in width, so batches of six did more than twice the work (1.5–2.0 s a page
  against 0.6–1.1 s, same text).
Normalising the detector's input in float32 (the engine mixes in float64) saves 0.3 s a page with
the same numbers.
"""

from __future__ import annotations

from typing import Any

DETECT_DPI = 64  # the detector's view of the page; the recogniser reads it at ocr.DPI


def make_engine(read_dpi: float) -> Any:
    """A RapidOCR instance whose detector sees pages at DETECT_DPI (read at `read_dpi`)."""
    import numpy as np
    from rapidocr_onnxruntime import RapidOCR
    from rapidocr_onnxruntime.ch_ppocr_det.utils import DetPreProcess

    class Preprocess(DetPreProcess):  # type: ignore[misc]
        def normalize(self, img: Any) -> Any:
            out = img.astype(np.float32)
            out *= np.asarray(self.scale / self.std, dtype=np.float32).reshape(-1)
            out -= np.asarray(self.mean / self.std, dtype=np.float32).reshape(-1)
            return out

    engine = RapidOCR(rec_batch_num=1)
    detector = engine.text_det

    def preprocess(longest: int) -> Any:
        side = max(320, round(longest * DETECT_DPI / read_dpi / 32) * 32)
        return Preprocess(side, "max", detector.mean, detector.std)

    detector.get_preprocess = preprocess  # the engine asks for its resizer per page
    return engine
