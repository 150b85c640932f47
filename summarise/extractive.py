"""The embedded default summariser: extractive, deterministic, no model download.

Each usable sentence of the English text gets a score from four explainable features:

* centrality — TextRank over a TF-IDF cosine-similarity graph of the sentences (what the article keeps coming
  back to);
* position — news is front-loaded (inverted pyramid), so earlier sentences get a decaying lead bonus;
* coverage — how many of the article's key terms (content words repeated across sentences, plus the title's)
  the sentence mentions;
* title overlap — shared content words with the headline, when there is one.

Sentences are then chosen greedily with maximal marginal relevance (score minus similarity to what is already
chosen), so two bullets never say the same thing, and turned into bullets by `summarise.bullets`. Bullets come out
most important first (selection order); each carries the index of its sentence as evidence.
"""

from __future__ import annotations

import math
import re
from dataclasses import asdict, dataclass

import numpy as np

from summarise.bullets import DEFAULT_MAX_WORDS, to_bullet
from summarise.text import content_terms, word_count, words
from summarise.types import DEFAULT_BULLETS, Bullet, Summary, SummaryInput, check_bullet_count


@dataclass(frozen=True)
class ExtractiveConfig:
    """Feature weights and limits. Chosen once on CNN/DM as a whole (scripts/eval_summaries.py), not per article."""

    w_centrality: float = 0.15
    w_position: float = 1.0
    w_coverage: float = 0.25
    w_title: float = 0.3
    position_decay: float = 3.0  # sentences: the lead bonus halves roughly every 2 sentences
    long_bullet_words: int = 25  # a sentence whose bullet is still longer than this after trimming ...
    long_bullet_factor: float = 0.75  # ... is down-weighted by this factor
    very_long_words: int = 45  # so is a sentence longer than this (before trimming)
    pronoun_factor: float = 0.9  # sentences opening with an unresolved pronoun ("He said…") get this factor
    mmr_lambda: float = 0.7  # 1.0 = pure score, lower = stronger penalty for repeating chosen content
    max_similarity: float = 0.5  # a candidate this similar (cosine) to a chosen sentence is a repeat
    max_containment: float = 0.6  # ... and so is a bullet whose content words are mostly in a chosen bullet
    min_words: int = 6  # shorter sentences are captions, datelines or fragments
    max_words: int = DEFAULT_MAX_WORDS  # bullet length budget (trailing clauses are cut past it)
    damping: float = 0.85  # TextRank damping factor (as in PageRank)


_JUNK = re.compile(
    r"https?://|www\.|\bclick here\b|\bread more\b|\bphoto(?:s)? (?:source|credit)\b|\bsubscribe\b|"
    r"\bsign up\b|\bfollow us\b|\ball rights reserved\b|\bscroll down\b",
    re.IGNORECASE,
)


#: Candidate sentences per article. The similarity matrix and TextRank are quadratic in this (4 000 sentences
#: already took 500 MB); an article at the 10 MB input limit has ~100 000, which would exhaust memory and end
#: the whole run. News puts its point first (the position weight decays every few sentences), so later
#: sentences are left out of the candidates, and the summary says so.
MAX_CANDIDATES = 2000

_PRONOUN_START = re.compile(r"^(?:he|she|it|they|his|her|its|their|this|these|those|him|them)\b", re.IGNORECASE)


class ExtractiveSummariser:
    """Score, select with MMR, and post-process sentences into bullets."""

    kind = "extractive"

    def __init__(self, config: ExtractiveConfig | None = None) -> None:
        self.config = config or ExtractiveConfig()

    def describe(self) -> dict:
        return {"kind": self.kind, "model": None, "revision": None, "device": "cpu", "settings": asdict(self.config)}

    # --- public ----------------------------------------------------------------------------

    def summarise(self, doc: SummaryInput, n: int = DEFAULT_BULLETS) -> Summary:
        check_bullet_count(n)
        warnings: list[str] = []
        usable = len(self._usable(doc))
        if usable > MAX_CANDIDATES:
            warnings.append(f"the article has {usable} candidate sentences; takeaways were chosen from the first "
                            f"{MAX_CANDIDATES} only")
        chosen = self.select(doc, n)
        bullets: list[Bullet] = []
        seen: set[str] = set()
        for index in chosen:
            text = to_bullet(doc.sentences[index], self.config.max_words)
            key = text.lower()
            if not text or key in seen:
                continue
            seen.add(key)
            bullets.append(Bullet(text=text, evidence=[index]))
        if len(bullets) < n and doc.sentences:
            warnings.append(
                f"asked for {n} takeaways; the article has {len(bullets)} usable distinct sentence(s)"
            )
        if not doc.sentences:
            warnings.append("no English sentences to summarise")
        return Summary(takeaways=bullets, warnings=warnings)

    def scores(self, doc: SummaryInput) -> tuple[np.ndarray, np.ndarray, list[int], list[str]]:
        """(score per usable sentence, their similarity matrix, their indices into doc.sentences, their bullets)."""
        usable = self._usable(doc)[:MAX_CANDIDATES]
        if not usable:
            return np.zeros(0), np.zeros((0, 0)), [], []
        cfg = self.config
        bullets = [to_bullet(doc.sentences[i], cfg.max_words) for i in usable]
        terms = [content_terms(doc.sentences[i]) for i in usable]
        sim = _tfidf_similarity(terms)
        centrality = _textrank(sim, cfg.damping)
        position = np.array([math.exp(-rank / cfg.position_decay) for rank in range(len(usable))])
        coverage = _coverage(terms, content_terms(doc.title or ""))
        title = _title_overlap(terms, content_terms(doc.title or ""))
        score = (cfg.w_centrality * centrality + cfg.w_position * position + cfg.w_coverage * coverage
                 + cfg.w_title * title)
        score = score * np.array([self._quality(doc.sentences[i], b) for i, b in zip(usable, bullets)])
        return score, sim, usable, bullets

    def select(self, doc: SummaryInput, n: int) -> list[int]:
        """Indices into doc.sentences of up to n sentences, most important first (MMR)."""
        score, sim, usable, bullets = self.scores(doc)
        cfg = self.config
        bullet_terms = [set(content_terms(b)) for b in bullets]
        chosen: list[int] = []  # positions in `usable`
        candidates = list(range(len(usable)))
        while candidates and len(chosen) < n:
            best, best_value = None, -math.inf
            for c in candidates:
                redundancy = max((sim[c, s] for s in chosen), default=0.0)
                if redundancy > cfg.max_similarity:
                    continue
                # after trimming, a bullet can say what a chosen one says even when the full sentences differ
                if any(_containment(bullet_terms[c], bullet_terms[s]) > cfg.max_containment for s in chosen):
                    continue
                value = cfg.mmr_lambda * score[c] - (1 - cfg.mmr_lambda) * redundancy
                if value > best_value + 1e-12:  # strict: ties go to the earlier sentence (deterministic)
                    best, best_value = c, value
            if best is None:
                break
            chosen.append(best)
            candidates.remove(best)
        return [usable[c] for c in chosen]

    # --- helpers ----------------------------------------------------------------------------

    def _quality(self, sentence: str, bullet: str) -> float:
        """Down-weights (never excludes) sentences that make weaker bullets."""
        cfg = self.config
        factor = 1.0
        stripped = sentence.strip()
        if stripped[:1] in "\"“'‘":
            factor *= 0.75  # a bare quote is an opinion, not a takeaway
        if stripped.endswith("?"):
            factor *= 0.6  # rhetorical questions
        if _PRONOUN_START.match(stripped):
            factor *= cfg.pronoun_factor  # "He said …": the bullet list does not say who "he" is
        if word_count(stripped) > cfg.very_long_words:
            factor *= cfg.long_bullet_factor  # run-on sentences (often two glued together) make poor bullets
        if word_count(bullet) > cfg.long_bullet_words:
            factor *= cfg.long_bullet_factor  # no clean cut: it would stay a long bullet
        return factor

    def _usable(self, doc: SummaryInput) -> list[int]:
        title_terms = set(content_terms(doc.title or ""))
        out = []
        for i, sentence in enumerate(doc.sentences):
            if _usable_sentence(sentence, self.config.min_words, title_terms):
                out.append(i)
        if not out:
            # a very short article: take whatever has a few words rather than return nothing
            out = [i for i, s in enumerate(doc.sentences) if word_count(s) >= 3]
        return out


def _containment(a: set[str], b: set[str]) -> float:
    """Share of the smaller term set found in the other (1.0: one bullet's content is inside the other's)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def _usable_sentence(sentence: str, min_words: int, title_terms: set[str]) -> bool:
    toks = words(sentence)
    if len(toks) < min_words or _JUNK.search(sentence):
        return False
    stripped = sentence.strip()
    if stripped.endswith(":"):
        return False  # introduces a list or a quote that is not part of this sentence
    capitalised = sum(1 for t in toks if t[:1].isupper() or t[:1].isdigit())
    if capitalised / len(toks) > 0.75 and not stripped.endswith((".", "!", "?", '"', "”")):
        return False  # a headline or caption repeated in the body
    terms = set(content_terms(sentence))
    if title_terms and terms and terms <= title_terms:
        return False  # the title again
    return True




def _tfidf_similarity(terms: list[list[str]]) -> np.ndarray:
    """Cosine similarity of sublinear TF-IDF sentence vectors.

    Only terms shared by two or more sentences can contribute to a dot product, so the matrix is built over those
    columns alone (norms still use every term): same result, and a long article stays fast and small in memory.
    """
    n = len(terms)
    counts = [dict() for _ in range(n)]
    df: dict[str, int] = {}
    for i, ts in enumerate(terms):
        c = counts[i]
        for t in ts:
            c[t] = c.get(t, 0) + 1
        for t in c:
            df[t] = df.get(t, 0) + 1
    if not df:
        return np.zeros((n, n))
    idf = {t: math.log((1.0 + n) / (1.0 + d)) + 1.0 for t, d in df.items()}
    shared = {t: k for k, t in enumerate(t for t, d in df.items() if d >= 2)}
    x = np.zeros((n, len(shared)))
    norms = np.zeros(n)
    for i, c in enumerate(counts):
        total = 0.0
        for t, tf in c.items():
            w = math.log1p(tf) * idf[t]  # sublinear tf: one sentence repeating a word is not "more about" it
            total += w * w
            k = shared.get(t)
            if k is not None:
                x[i, k] = w
        norms[i] = math.sqrt(total)
    x = np.divide(x, norms[:, None], out=np.zeros_like(x), where=norms[:, None] > 0)
    sim = x @ x.T
    np.fill_diagonal(sim, 0.0)
    return sim


def _textrank(sim: np.ndarray, damping: float, iterations: int = 60) -> np.ndarray:
    """PageRank on the weighted similarity graph, scaled to max 1."""
    n = sim.shape[0]
    if n == 0:
        return np.zeros(0)
    row = sim.sum(axis=1, keepdims=True)
    # a sentence that shares nothing with the others links uniformly (a dangling node)
    trans = np.where(row > 0, np.divide(sim, row, out=np.zeros_like(sim), where=row > 0), 1.0 / n)
    rank = np.full(n, 1.0 / n)
    for _ in range(iterations):
        new = (1 - damping) / n + damping * (trans.T @ rank)
        if np.abs(new - rank).sum() < 1e-9:
            rank = new
            break
        rank = new
    return rank / rank.max()


def _coverage(terms: list[list[str]], title_terms: list[str]) -> np.ndarray:
    """Share of the article's key-term weight a sentence covers, scaled to max 1.

    A key term appears in at least two sentences (or in the title); its weight grows with the number of sentences
    mentioning it. Dividing by sqrt(length) keeps long sentences from winning by sheer size.
    """
    df: dict[str, int] = {}
    for ts in terms:
        for t in set(ts):
            df[t] = df.get(t, 0) + 1
    title = set(title_terms)
    weight = {t: math.log1p(c) + (0.5 if t in title else 0.0) for t, c in df.items() if c >= 2 or t in title}
    if not weight:
        return np.zeros(len(terms))
    raw = np.array([
        sum(weight.get(t, 0.0) for t in set(ts)) / math.sqrt(max(len(ts), 1)) for ts in terms
    ])
    top = raw.max()
    return raw / top if top > 0 else raw


def _title_overlap(terms: list[list[str]], title_terms: list[str]) -> np.ndarray:
    title = set(title_terms)
    if not title:
        return np.zeros(len(terms))
    return np.array([len(title & set(ts)) / len(title) for ts in terms])

