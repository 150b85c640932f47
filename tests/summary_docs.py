"""Test helper: the extractive takeaways of an article stated as paragraphs of sentences.

Many summariser tests state an article as `[[sentence, ...], ...]` (one list per paragraph) and read back the
takeaway texts. `doc_of` is fixtures_summarise.summary_input under the name those tests use.
"""

from __future__ import annotations

from summarise import SummaryInput
from summarise.extractive import ExtractiveSummariser
from tests.fixtures_summarise import summary_input as doc_of  # noqa: F401  (re-exported for the tests)


def takeaways(doc: SummaryInput, n=None) -> list[str]:
    """The extractive summariser's takeaway texts for `doc` (`n` of them, or its own count)."""
    return [b.text for b in ExtractiveSummariser().summarise(doc, n).takeaways]
