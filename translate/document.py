"""translate_document: paragraphs in, aligned English out — in order, nothing cut, problems reported.

Steps: split each paragraph into sentences; chunk a sentence longer than the model's input limit at clause
boundaries; look every piece up in the cache; translate the rest in one call (the engine sorts by length,
batches by a token budget and restores order); rejoin chunks into their sentence and sentences into their
paragraph; then check each sentence: output cap hit, low mean log-probability, numbers missing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from translate.cache import TranslationCache, model_key
from translate.numbers import missing_numbers
from translate.segment import chunk_sentence, paragraph_sentences, whitespace_tokens
from translate.settings import AlignedSentence, DocumentTranslation, SentenceTranslation

#: sentences sent to the engine per call; small enough for a progress bar to move, large enough to batch well
_GROUP = 64


@dataclass
class _Unit:
    paragraph: int
    src: str           # the sentence, stripped
    pieces: list[str]  # chunks sent to the engine (one when the sentence fits)
    source_tokens: int


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _counter(translator) -> Callable[[list[str]], list[int]]:
    count = getattr(translator, "count_tokens", None)
    if callable(count):
        return count
    return lambda texts: [whitespace_tokens(t) for t in texts]


def translate_document(
    paragraphs: list[str],
    language: str,
    translator,
    *,
    cache: TranslationCache | None = None,
    min_score: float = -1.5,
    progress: Callable[[int, int], None] | None = None,
) -> DocumentTranslation:
    """Translate `paragraphs` (source language `language`) with `translator`; see the module docstring."""
    count_many = _counter(translator)
    limit = int(getattr(translator, "max_input_tokens", 0) or 0)
    # count_tokens includes the special tokens the tokenizer adds (</s>, NLLB language code), so the
    # limit applies as is
    chunk_limit = limit
    warnings: list[str] = []

    units: list[_Unit] = []
    found = paragraph_sentences(paragraphs, language)
    counts = count_many([sentence for _, sentence in found]) if found else []
    for (p_index, sentence), tokens in zip(found, counts):
        pieces = [sentence]
        if chunk_limit and tokens > chunk_limit:
            pieces = [p.strip() for p in chunk_sentence(sentence, chunk_limit, lambda t: count_many([t])[0])]
            pieces = [p for p in pieces if p]
            warnings.append(
                f"sentence {len(units) + 1} is {tokens} tokens, over the model's {limit}-token input limit: "
                f"translated in {len(pieces)} pieces split at clause boundaries (nothing cut): "
                f"\"{_short(sentence)}\""
            )
        units.append(_Unit(p_index, sentence, pieces, tokens))

    results = _translate_pieces([p for u in units for p in u.pieces], translator, cache, progress, warnings)

    aligned: list[AlignedSentence] = []
    by_paragraph: list[list[str]] = [[] for _ in paragraphs]
    for number, unit in enumerate(units, start=1):
        parts = [results[p] for p in unit.pieces]
        english = " ".join(t.text.strip() for t in parts if t.text.strip())
        scores = [t.score for t in parts]
        score = None if any(s is None for s in scores) else sum(scores) / len(scores)
        aligned.append(AlignedSentence(unit.paragraph, unit.src, english, score))
        by_paragraph[unit.paragraph].append(english)
        if any(t.capped for t in parts):
            warnings.append(
                f"sentence {number}: translation stopped at the output-length cap (possible repetition loop); "
                f"check it: \"{_short(unit.src)}\""
            )
        if score is not None and score < min_score:
            warnings.append(
                f"sentence {number}: low translation confidence (mean log-prob {score:.2f} < {min_score}): "
                f"\"{_short(unit.src)}\""
            )
        missing = missing_numbers(unit.src, english)
        if missing:
            warnings.append(
                f"sentence {number}: number(s) {', '.join(missing)} missing from the translation: "
                f"\"{_short(unit.src)}\""
            )
    paragraphs_en = [" ".join(s for s in sents if s) for sents in by_paragraph]
    return DocumentTranslation(sentences=aligned, paragraphs_en=paragraphs_en, warnings=warnings)


def _translate_pieces(pieces, translator, cache, progress, warnings) -> dict[str, SentenceTranslation]:
    """Translate unique pieces, cache first; returns piece -> translation."""
    unique = list(dict.fromkeys(pieces))
    key = model_key(translator.describe()) if cache is not None else ""
    results = cache.get_many(key, unique) if cache is not None else {}
    pending = [p for p in unique if p not in results]
    total = len(unique)
    done = total - len(pending)
    if progress is not None:
        progress(done, total)
    # Sort by length before grouping so each engine call gets similar lengths (less padding); the engine
    # batches within the call by its token budget. Results are keyed by text, so order is restored for free.
    pending.sort(key=len)
    for start in range(0, len(pending), _GROUP):
        group = pending[start:start + _GROUP]
        out = translator.translate(group)
        if len(out) != len(group):
            raise RuntimeError(f"translator returned {len(out)} translations for {len(group)} sentences")
        fresh = dict(zip(group, out))
        results.update(fresh)
        if cache is not None:
            cache.put_many(key, fresh)
        done += len(group)
        if progress is not None:
            progress(done, total)
    if cache is not None:
        warnings.extend(cache.take_warnings())
    return results
