"""Linking a bullet to the article sentences that support it, by weighted lexical overlap.

For an abstractive bullet the evidence is the sentence covering most of the bullet's content words (weighted by
how rare each word is in the article, so "Malta" counts more than "said"), plus a second sentence when it covers a
substantial part of the bullet that the first does not (a bullet fusing two sentences). Numbers count double:
they are what a reader checks first.
"""

from __future__ import annotations

import math

from summarise.text import content_terms, numbers

SECOND_SENTENCE_SHARE = 0.2  # a second sentence must add at least this share of the bullet's weight
MIN_SUPPORT = 0.15  # below this share of the bullet's weight, no sentence is called evidence


class EvidenceIndex:
    """Term statistics of one article, built once and queried per bullet."""

    def __init__(self, sentences: list[str]) -> None:
        self.sentences = sentences
        self.terms = [set(content_terms(s)) | numbers(s) for s in sentences]
        df: dict[str, int] = {}
        for ts in self.terms:
            for t in ts:
                df[t] = df.get(t, 0) + 1
        n = max(len(sentences), 1)
        self.idf = {t: math.log((1 + n) / (1 + c)) + 1.0 for t, c in df.items()}
        self._max_idf = math.log(1 + n) + 1.0  # a word the article never uses

    def weight(self, term: str) -> float:
        w = self.idf.get(term, self._max_idf)
        return 2 * w if term[:1].isdigit() else w

    def link(self, text: str, max_sentences: int = 2) -> list[int]:
        """Indices (article order) of up to `max_sentences` sentences supporting `text`; [] when none does."""
        wanted = set(content_terms(text)) | numbers(text)
        if not wanted or not self.sentences:
            return []
        total = sum(self.weight(t) for t in wanted)
        chosen: list[int] = []
        covered: set[str] = set()
        for _ in range(max_sentences):
            best, best_gain = None, 0.0
            for i, ts in enumerate(self.terms):
                if i in chosen:
                    continue
                gain = sum(self.weight(t) for t in (wanted & ts) - covered)
                if gain > best_gain + 1e-12:  # strict: ties go to the earlier sentence
                    best, best_gain = i, gain
            threshold = MIN_SUPPORT if not chosen else SECOND_SENTENCE_SHARE
            if best is None or best_gain / total < threshold:
                break
            chosen.append(best)
            covered |= wanted & self.terms[best]
        return sorted(chosen)


def link_evidence(text: str, sentences: list[str], max_sentences: int = 2) -> list[int]:
    """One-off convenience wrapper around EvidenceIndex."""
    return EvidenceIndex(sentences).link(text, max_sentences)
