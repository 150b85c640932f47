"""translate_document: paragraphs in, aligned English out — in order, nothing cut, problems reported.

Three steps, so that a batch of documents can share the engine call in the middle (`translate.many`):

1. `plan_document`: split each paragraph into sentences; keep a sentence in another language as it is when
   the caller's `passthrough` says so (an English quote in a Dutch article); chunk a sentence longer than the
   model's input limit at clause boundaries. The plan's `pieces` are what the engine must translate.
2. `translate_pieces`: look every piece up in the cache and translate the rest in one call (the engine
   sorts by length, batches by a token budget and restores order).
3. `assemble_document`: rejoin chunks into their sentence and sentences into their paragraph; then check
   each sentence: output cap hit, low mean log-probability, numbers missing.
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
    pieces: list[str]  # chunks sent to the engine (one when the sentence fits; none when kept as it is)
    source_tokens: int
    lang: str | None = None  # set when the sentence is in another language and kept as it is


@dataclass
class DocumentPlan:
    """What one document needs from the engine (`pieces`) and how to put the answers back together."""

    paragraphs: int  # how many paragraphs the document has
    units: list[_Unit]
    warnings: list[str]

    @property
    def pieces(self) -> list[str]:
        return [p for u in self.units for p in u.pieces]


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _counter(translator) -> Callable[[list[str]], list[int]]:
    count = getattr(translator, "count_tokens", None)
    if callable(count):
        return count
    return lambda texts: [whitespace_tokens(t) for t in texts]


def plan_document(
    paragraphs: list[str],
    language: str,
    translator,
    *,
    passthrough: Callable[[str], str | None] | None = None,
) -> DocumentPlan:
    """Step 1 (see the module docstring). `passthrough(sentence)` returns a language code for a sentence to
    keep untranslated (it is already in the target language), or None."""
    count_many = _counter(translator)
    limit = int(getattr(translator, "max_input_tokens", 0) or 0)
    # count_tokens includes the special tokens the tokenizer adds (</s>, NLLB language code), so the
    # limit applies as is
    chunk_limit = limit
    warnings: list[str] = []

    found = paragraph_sentences(paragraphs, language)
    kept = [passthrough(sentence) if passthrough else None for _, sentence in found]
    to_count = [sentence for (_, sentence), lang in zip(found, kept) if lang is None]
    counts = iter(count_many(to_count) if to_count else [])
    units: list[_Unit] = []
    for (p_index, sentence), lang in zip(found, kept):
        if lang is not None:
            units.append(_Unit(p_index, sentence, [], 0, lang))
            continue
        tokens = next(counts)
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
    passed = [number for number, unit in enumerate(units, start=1) if unit.lang is not None]
    if passed:
        langs = sorted({units[n - 1].lang for n in passed})
        shown = ", ".join(map(str, passed[:10])) + (f" and {len(passed) - 10} more" if len(passed) > 10 else "")
        warnings.append(f"sentence(s) {shown} detected as {'/'.join(langs)} and kept as they are, not "
                        f"translated: \"{_short(units[passed[0] - 1].src)}\"")
    return DocumentPlan(len(paragraphs), units, warnings)


def assemble_document(
    plan: DocumentPlan,
    results: dict[str, SentenceTranslation],
    *,
    min_score: float = -1.5,
) -> DocumentTranslation:
    """Step 3 (see the module docstring): `results` maps every piece of `plan` to its translation."""
    warnings = list(plan.warnings)
    aligned: list[AlignedSentence] = []
    by_paragraph: list[list[str]] = [[] for _ in range(plan.paragraphs)]
    for number, unit in enumerate(plan.units, start=1):
        if unit.lang is not None:
            aligned.append(AlignedSentence(unit.paragraph, unit.src, unit.src, None, unit.lang))
            by_paragraph[unit.paragraph].append(unit.src)
            continue
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


def translate_document(
    paragraphs: list[str],
    language: str,
    translator,
    *,
    cache: TranslationCache | None = None,
    min_score: float = -1.5,
    progress: Callable[[int, int], None] | None = None,
    passthrough: Callable[[str], str | None] | None = None,
) -> DocumentTranslation:
    """Translate `paragraphs` (source language `language`) with `translator`: plan, translate, assemble."""
    plan = plan_document(paragraphs, language, translator, passthrough=passthrough)
    warnings: list[str] = []
    results = translate_pieces(plan.pieces, translator, cache, progress, warnings)
    doc = assemble_document(plan, results, min_score=min_score)
    doc.warnings.extend(warnings)
    return doc


def translate_pieces(pieces, translator, cache, progress, warnings) -> dict[str, SentenceTranslation]:
    """Step 2: translate unique pieces, cache first; returns piece -> translation. The cache's own
    warnings (it disabled itself) are added to `warnings`."""
    unique = list(dict.fromkeys(pieces))
    key = model_key(translator.describe()) if cache is not None else ""
    results = cache.get_many(key, unique) if cache is not None else {}
    pending = [p for p in unique if p not in results]
    total = len(unique)
    done = total - len(pending)
    if progress is not None:
        progress(done, total)
    if getattr(translator, "reports_progress", False):
        # an engine that batches and streams by itself (CTranslate2) gets everything in one call
        groups = [pending] if pending else []
    else:
        # Sort by length before grouping so each engine call gets similar lengths (less padding); the engine
        # batches within the call by its token budget. Results are keyed by text, so order is restored.
        pending.sort(key=len)
        groups = [pending[start:start + _GROUP] for start in range(0, len(pending), _GROUP)]
    for group in groups:
        if progress is not None and getattr(translator, "reports_progress", False):
            base = done
            out = translator.translate(group, progress=lambda n, _t: progress(base + n, total))
        else:
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
