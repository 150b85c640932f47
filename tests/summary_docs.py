"""Test helper: a SummaryInput written as paragraphs of sentences, and the extractive takeaways of one.

Many summariser tests state an article as `[[sentence, ...], ...]` (one list per paragraph) and read back the
takeaway texts; this is that conversion, written once.
"""

from __future__ import annotations

from summarise import SummaryInput
from summarise.extractive import ExtractiveSummariser


def doc_of(paragraphs: list[list[str]], title: str | None = None) -> SummaryInput:
    """The SummaryInput of these paragraphs (each a list of sentences), with the article's title."""
    sentences = [s for p in paragraphs for s in p]
    index = [k for k, p in enumerate(paragraphs) for _ in p]
    return SummaryInput(sentences, index, title)


def takeaways(doc: SummaryInput, n=None) -> list[str]:
    """The extractive summariser's takeaway texts for `doc` (`n` of them, or its own count)."""
    return [b.text for b in ExtractiveSummariser().summarise(doc, n).takeaways]
