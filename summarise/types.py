"""The summarisation stage's data contract: what goes in, what comes out, and the summariser protocol.

These names are fixed by the lead so the pipeline (engineer D) and the stage fit; extend, never rename.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

MIN_BULLETS = 1
MAX_BULLETS = 10
#: the default count is adaptive (None): an editor-length set, 3–5 bullets within a word budget (issue 11);
#: an integer forces that many
DEFAULT_BULLETS: int | None = None
#: the adaptive range, and what a model is asked to write when the count is adaptive (the merge then keeps an
#: editor-length set of what it wrote)
AUTO_MIN_BULLETS = 3
AUTO_MAX_BULLETS = 5


@dataclass(frozen=True)
class SummaryInput:
    """An article as the summariser sees it: English sentences in article order.

    `paragraphs[i]` is the paragraph index of `sentences[i]` (record["sentences"][i]["paragraph"]).
    `source_takeaways` never appear here: the normaliser removed them before translation.
    """

    sentences: list[str]
    paragraphs: list[int]
    title: str | None = None

    def __post_init__(self) -> None:
        # a mismatch would silently shift every evidence index: refuse it at construction time
        if len(self.sentences) != len(self.paragraphs):
            from summarise.errors import SummaryRequestError

            raise SummaryRequestError(
                f"SummaryInput needs one paragraph index per sentence: got {len(self.sentences)} sentences "
                f"and {len(self.paragraphs)} paragraph indices"
            )


@dataclass
class Bullet:
    """One Key Takeaway and the indices (into SummaryInput.sentences) of the sentences it rests on."""

    text: str
    evidence: list[int] = field(default_factory=list)


@dataclass
class Summary:
    takeaways: list[Bullet]
    warnings: list[str] = field(default_factory=list)


@runtime_checkable
class Summariser(Protocol):
    def describe(self) -> dict:
        """What produced the takeaways: kind, model id, revision, device, decoding settings."""

    def summarise(self, doc: SummaryInput, n: int | None = DEFAULT_BULLETS) -> Summary:
        """Up to `n` bullets (1–10); `n=None`: an editor-length set (3–5). The extractive summariser gives them in the
        article's order (a live blog's: latest entry first), a model in the order it writes them."""


def check_bullet_count(n: int) -> int:
    """Validate the requested number of bullets (the CLI's --bullets)."""
    from summarise.errors import SummaryRequestError

    if isinstance(n, bool) or not isinstance(n, int) or not MIN_BULLETS <= n <= MAX_BULLETS:
        raise SummaryRequestError(f"number of bullets must be an integer from {MIN_BULLETS} to {MAX_BULLETS}, got {n!r}")
    return n
