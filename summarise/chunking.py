"""Splitting an article into model-sized chunks at sentence boundaries — never truncating.

A chunk holds whole sentences in article order and fits the model's input budget (counted with the model's own
tokenizer). Chunks are balanced (a 1.2-budget article gives two chunks of ~0.6, not 1.0 + 0.2), because a
summariser fed a scrap of text pads its summary with invention. A single sentence longer than the budget is split
at word boundaries into pieces that fit; every piece keeps the sentence's index, so evidence still points home.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable

from summarise.errors import SummaryRequestError


@dataclass
class Chunk:
    indices: list[int]  # sentence indices (a split sentence appears in several chunks)
    text: str


def chunk_sentences(sentences: list[str], count_tokens: Callable[[str], int], budget: int) -> list[Chunk]:
    """Chunks covering every sentence in order; each chunk's text counts at most `budget` tokens."""
    if budget < 1:
        raise SummaryRequestError(f"chunk budget must be a positive number of tokens, got {budget}; "
                                  "raise max_input_tokens in models.yaml")
    pieces: list[tuple[int, str]] = []
    for i, sentence in enumerate(sentences):
        sentence = sentence.strip()
        if not sentence:
            continue
        if count_tokens(sentence) <= budget:
            pieces.append((i, sentence))
        else:
            pieces.extend((i, part) for part in _split_long(sentence, count_tokens, budget))
    if not pieces:
        return []
    total = count_tokens(" ".join(text for _, text in pieces))
    n_chunks = max(1, math.ceil(total / budget))
    target = math.ceil(total / n_chunks)
    chunks: list[Chunk] = []
    current: list[tuple[int, str]] = []
    for piece in pieces:
        candidate = current + [piece]
        size = count_tokens(" ".join(text for _, text in candidate))
        if current and (size > budget or count_tokens(" ".join(t for _, t in current)) >= target):
            chunks.append(_make(current))
            current = [piece]
        else:
            current = candidate
    if current:
        chunks.append(_make(current))
    return chunks


def _make(pieces: list[tuple[int, str]]) -> Chunk:
    indices: list[int] = []
    for i, _ in pieces:
        if not indices or indices[-1] != i:
            indices.append(i)
    return Chunk(indices=indices, text=" ".join(text for _, text in pieces))


def _split_long(sentence: str, count_tokens: Callable[[str], int], budget: int) -> list[str]:
    """Word-boundary pieces of an over-long sentence, each within budget (a single huge 'word' is cut by chars)."""
    out: list[str] = []
    current: list[str] = []
    for word in sentence.split():
        if count_tokens(word) > budget:  # e.g. a URL or a run of symbols: cut it by characters
            if current:
                out.append(" ".join(current))
                current = []
            step = max(1, len(word) * budget // (count_tokens(word) + 1))
            while step > 1 and any(count_tokens(word[k:k + step]) > budget for k in range(0, len(word), step)):
                step //= 2  # uneven characters per token: halve until every piece fits
            out.extend(word[k:k + step] for k in range(0, len(word), step))
            continue
        if current and count_tokens(" ".join(current + [word])) > budget:
            out.append(" ".join(current))
            current = [word]
        else:
            current.append(word)
    if current:
        out.append(" ".join(current))
    return out
