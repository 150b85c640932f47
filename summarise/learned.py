"""A learned value per candidate takeaway: a small linear model over generic sentence features (plain numpy).

The extractive summariser's hand-weighted score (position, centrality, coverage, title overlap, times quality
factors) moved ROUGE by at most a few tenths whatever its weights (BENCHMARKS.md, "Tuning pass"). This module gives
each candidate a value learned from how much its bullet overlaps the reference highlights of news articles; selection
(summarise/extractive.py) adds it to the hand score (`learned_weight`; `hand_weight` 0 replaces the hand score) and
then uses the sum as before: value per word**cost_exponent, MMR against what is chosen, within the budget and count.
It is off by default: on the CNN/DM articles it was not fitted on, it did not beat the hand score (BENCHMARKS.md,
"Learned sentence value"). The code stays so the experiment can be rerun with better labels or features.

Features (`FEATURE_NAMES`) are generic: where the sentence is (rank in reading order, relative place), how long it
and its bullet are, the article-level signals the hand score computes (TextRank centrality, key-term coverage, the
hand score itself), similarity to the lead and to the first three sentences, novelty against earlier sentences (the
largest similarity, the share of new content terms), and its surface (numbers, capitalised-name density, quotation
marks, a reporting verb, a pronoun or quote at the start, a question). Nothing specific to one site's formatting.
The weights are fitted by scripts/fit_takeaways.py (a pairwise logistic regression, scikit-learn, a dev dependency;
only the weights ship, in `takeaway_model.json`, one readable row per feature: "name": [coef, mean, scale]).
"""

from __future__ import annotations

import functools
import json
import math
import re
from importlib import resources

import numpy as np

from summarise.text import DIGIT, PRONOUN_START, word_count, words

MODEL_FILE = "takeaway_model.json"
MODEL_VERSION = 1

FEATURE_NAMES = (
    "lead", "first", "log_rank", "rel_pos",
    "log_words", "log_sentence_words", "kept_share",
    "centrality", "coverage", "lead_similarity", "lead3_similarity", "novelty", "mean_similarity", "new_terms",
    "hand",
    "numbers", "name_density", "quoted", "reporting", "pronoun_start", "quote_start", "question",
)

_QUOTE_MARKS = re.compile("[\"“”‘’]|(?:^|\\s)'|'(?:\\s|$)")
_REPORTING = re.compile(r"\b(?:said|says|told|according to|claimed|added|stated|reported|announced)\b", re.IGNORECASE)


def features(sentences: list[str], bullets: list[str], ranks: list[int], sim: np.ndarray,
             centrality: np.ndarray, coverage: np.ndarray, terms: list[list[str]], hand: np.ndarray) -> np.ndarray:
    """One row of FEATURE_NAMES per candidate: `sentences[c]` becomes `bullets[c]`; `ranks[c]` is its place in
    reading order among the candidates; `sim`, `centrality`, `coverage`, the content `terms` of each sentence and
    the `hand`-weighted score as summarise/extractive.py computes them."""
    n = len(sentences)
    out = np.zeros((n, len(FEATURE_NAMES)))
    if n == 0:
        return out
    rank = np.asarray(ranks)
    order = np.argsort(rank, kind="stable")
    lead, lead3 = int(order[0]), [int(c) for c in order[:3]]
    own = sim + np.eye(n)  # a sentence is fully similar to itself (the matrix has a zero diagonal)
    before = rank[None, :] < rank[:, None]  # before[c, d]: d is read before c
    novelty = 1.0 - np.where(before, sim, 0.0).max(axis=1)
    new_terms = np.zeros(n)
    seen: set[str] = set()
    for c in order:  # share of a sentence's terms that no earlier sentence used
        have = set(terms[c])
        new_terms[c] = len(have - seen) / max(1, len(have))
        seen |= have
    for c, (sentence, bullet) in enumerate(zip(sentences, bullets)):
        inner = (words(bullet) or words(sentence))[1:]  # not the first word, capitalised anyway
        stripped = sentence.strip()
        bullet_words = max(1, word_count(bullet))
        sentence_words = max(1, word_count(sentence))
        out[c] = (
            math.exp(-rank[c] / 3.0),
            1.0 if rank[c] == 0 else 0.0,
            math.log1p(rank[c]),
            rank[c] / max(1, n - 1),
            math.log(bullet_words),
            math.log(sentence_words),
            min(1.0, bullet_words / sentence_words),
            centrality[c],
            coverage[c],
            own[c, lead],
            own[c, lead3].mean(),
            novelty[c],
            float(sim[c].sum() / max(1, n - 1)),
            new_terms[c],
            hand[c],
            min(3, len(DIGIT.findall(bullet))) / 3.0,
            sum(1 for t in inner if t[:1].isupper()) / max(1, len(inner)),
            1.0 if _QUOTE_MARKS.search(bullet) else 0.0,
            1.0 if _REPORTING.search(bullet) else 0.0,
            1.0 if PRONOUN_START.match(stripped) else 0.0,
            1.0 if stripped[:1] in "\"“'‘" else 0.0,
            1.0 if stripped.endswith("?") else 0.0,
        )
    return out


def value(x: np.ndarray, params: dict, temperature: float = 1.0) -> np.ndarray:
    """The model's value of each candidate (a row of `features`), relative to the article's best: exp of the linear
    score minus the best one's, so the best gets 1 and one that a pairwise model says loses at odds e:1 gets 1/e
    (at `temperature` 1; higher flattens the differences)."""
    if len(x) == 0:
        return np.zeros(0)
    z = ((x - params["mean"]) / params["scale"]) @ params["coef"]
    return np.exp((z - z.max()) / temperature)


@functools.lru_cache(maxsize=1)
def packaged_model() -> dict:
    """The shipped weights, checked against the features this version computes."""
    from summarise.errors import SummaryRequestError

    path = resources.files("summarise") / MODEL_FILE
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return from_json(raw)
    except (FileNotFoundError, ValueError, KeyError, TypeError) as exc:
        raise SummaryRequestError(f"summarise/{MODEL_FILE} is missing or malformed ({exc}); reinstall newsbrief, "
                                  f"or refit it with scripts/fit_takeaways.py") from exc


def from_json(raw: dict) -> dict:
    """Arrays for `value` from the file's layout ("weights": {"name": [coef, mean, scale]})."""
    if raw.get("version") != MODEL_VERSION or tuple(raw["weights"]) != FEATURE_NAMES:
        raise ValueError("fitted for other features")
    rows = list(raw["weights"].values())
    coef, mean, scale = (np.array(col, dtype=float) for col in zip(*rows))
    return {"coef": coef, "mean": mean, "scale": scale}
