"""Key terms of the document and the current clause, computed once the reader settles: jieba
holds the GIL while it works, so running it while a document opens or scrolls would stutter."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from gzreader.core import words
from gzreader.ui.keywords_panel import KeywordsPanel
from gzreader.ui.workers import Jobs

KEYWORDS_DELAY_MS = 1200


class KeyTerms(QObject):
    def __init__(self, panel: KeywordsPanel, jobs: Jobs, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.panel, self.jobs = panel, jobs
        self._pending: dict[str, str] = {}
        self.timer = QTimer(self, singleShot=True, interval=KEYWORDS_DELAY_MS)
        self.timer.timeout.connect(self._compute)

    def request(self, which: str, text: str) -> None:
        """Terms of `text` for the "document" or "clause" list, after the delay."""
        self._pending[which] = text
        self.timer.start()

    def _compute(self) -> None:
        pending, self._pending = self._pending, {}
        for which, text in pending.items():
            self.jobs.start("key terms", lambda _p, t=text: words.keywords(t, 12),
                            lambda terms, w=which: self.panel.show_terms(w, terms))  # fmt: skip

    def stop(self) -> None:
        self.timer.stop()
