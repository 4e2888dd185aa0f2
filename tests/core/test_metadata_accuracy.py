"""Document information on the 46 corpus documents (issue 23 target: ≥ 95 % of the hand-checked
fields right: title, 文号, issuers, 成文日期, 施行日期)."""

from __future__ import annotations

from tests.metadata_outcomes import FIELDS, metadata_scores
from tests.paths import CORPUS, needs_corpus


@needs_corpus
def test_document_information_of_the_corpus_is_right_for_95_percent_of_fields() -> None:
    scores = metadata_scores(CORPUS)
    assert scores.documents == 46
    figures = ", ".join(f"{key} {scores.right[key]}/{scores.documents}" for key in FIELDS)
    assert scores.total_right >= 0.95 * scores.fields, f"{figures}\n" + "\n".join(scores.wrong)
