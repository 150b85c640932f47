"""The learned boilerplate model: is a line part of the article? (plain-Python inference, no ML library)

Two logistic regressions, fitted by scripts/fit_normaliser.py on the boilerplate corpus
with site-grouped cross-validation; only their weights ship, in `normaliser_model.json`:

1. **Line model** on the features of `vectors.py` (the line's shape, stop-word density,
   phrase categories, the rule classifier's decision, and its neighbours' shape).
2. **Context model** (jusText-style smoothing, but learned): the line model's score of the
   line and of its neighbours (a short line between two content paragraphs is content; a
   lone "paragraph" inside a menu is not), window averages, and a few of the line's own features.

The decision is ``content`` when the context model's probability reaches ``threshold`` (``drop_kept_below``
for a line the rules keep), see `decide`. Which threshold, and whether the model may also overrule the rules
above the headline and in a comment section, is chosen per page by a third fitted layer (`pagemode.py`,
`decide_page`): a news article keeps the strict setting, a page of many short texts keeps more. In the article
mode, when the parameters hold ``sequence`` costs, the lines are then decoded together rather than one by one
(`sequence_keep`: one main region, see `sequence.py`). The article mode keeps the rules' header decisions, except
where running text stands above the headline (`story_above_headline`): those lines are then the model's too.
"""

from __future__ import annotations

import functools
import json
import math
from importlib import resources

from newsbrief.errors import ConfigError
from newsbrief.normalise.pagemode import PAGE_FEATURE_NAMES, choose_mode, closed_list, no_sliver, page_features
from newsbrief.normalise.sequence import main_region
from newsbrief.normalise.vectors import FEATURE_NAMES, rule_group

MODEL_FILE = "normaliser_model.json"
MODEL_VERSION = 2  # 2: the page-mode layer ("page")
#: neighbours of the line whose line-model probability the context model sees
CONTEXT_OFFSETS = (-3, -2, -1, 1, 2, 3)
#: half-widths of the windows whose mean line-model probability it sees
CONTEXT_WINDOWS = (2, 5, 12)
#: own features passed through to the context model
CONTEXT_OWN = ("log_words", "prose", "terminal", "r_prose", "r_before", "r_after", "stop_share", "bullet")
_OWN_INDEX = [FEATURE_NAMES.index(name) for name in CONTEXT_OWN]
CONTEXT_NAMES = (
    ("bias", "logit")
    + tuple(f"p@{k:+d}" for k in CONTEXT_OFFSETS)
    + tuple(f"mean_p±{w}" for w in CONTEXT_WINDOWS)
    + ("max_p_before", "max_p_after")
    + CONTEXT_OWN
)


@functools.lru_cache(maxsize=1)
def packaged_model() -> dict:
    """The shipped parameters, checked against the features this version computes."""
    path = resources.files("newsbrief.normalise") / MODEL_FILE
    try:
        params = json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError) as exc:
        raise ConfigError(f"newsbrief/normalise/{MODEL_FILE} is missing or not JSON; reinstall newsbrief") from exc
    try:
        for name in ("line", "context"):  # the file keeps one readable row per feature: "name": [coef, mean, scale]
            layer = params[name]
            if "weights" in layer and layer.get("kind") != "trees":
                rows = layer.pop("weights")
                layer["features"] = list(rows)
                layer["coef"], layer["mean"], layer["scale"] = (list(col) for col in zip(*rows.values()))
        page = params["page"]  # "name": [mean, scale, coef of mode 0, coef of mode 1, ...]
        if "weights" in page:
            rows = page.pop("weights")
            page["features"] = list(rows)
            page["mean"] = [r[0] for r in rows.values()]
            page["scale"] = [r[1] for r in rows.values()]
            page["coef"] = [[r[2 + m] for r in rows.values()] for m in range(len(page["modes"]))]
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        raise ConfigError(f"newsbrief/normalise/{MODEL_FILE} is malformed ({exc}); reinstall newsbrief") from exc
    check_model(params)
    return params


def check_model(params: dict) -> None:
    if params.get("version") != MODEL_VERSION or tuple(params.get("line", {}).get("features", ())) != FEATURE_NAMES \
            or tuple(params.get("context", {}).get("features", ())) != CONTEXT_NAMES \
            or tuple(params.get("page", {}).get("features", ())) != PAGE_FEATURE_NAMES:
        raise ConfigError(f"{MODEL_FILE} was fitted for other features; refit with scripts/fit_normaliser.py")


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _score(rows: list[list[float]], layer: dict) -> list[float]:
    """The layer's logit for each row: a logistic regression, or a small boosted tree ensemble."""
    if layer.get("kind") == "trees":
        return _trees(rows, layer)
    return _linear(rows, layer)


def _trees(rows: list[list[float]], layer: dict) -> list[float]:
    """Sum of the trees' leaf values plus the baseline; a node is [feature, threshold, left, right, value],
    a leaf has feature -1 (x[feature] <= threshold goes left, as in scikit-learn's histogram boosting)."""
    out = []
    trees = layer["trees"]
    base = layer["baseline"]
    for row in rows:
        total = base
        for nodes in trees:
            node = nodes[0]
            while node[0] >= 0:
                node = nodes[node[2]] if row[node[0]] <= node[1] else nodes[node[3]]
            total += node[4]
        out.append(total)
    return out


def _linear(rows: list[list[float]], layer: dict) -> list[float]:
    """w · ((x - mean) / scale) for each row (the scaling was part of the fit)."""
    weights = [w / s for w, s in zip(layer["coef"], layer["scale"])]
    offset = layer["intercept"] - sum(w * m for w, m in zip(weights, layer["mean"]))
    return [offset + sum(w * x for w, x in zip(weights, row) if x) for row in rows]


def context_rows(vectors: list[list[float]], line_logits: list[float]) -> list[list[float]]:
    """The context model's input rows (see the module docstring)."""
    n = len(vectors)
    p = [_sigmoid(z) for z in line_logits]
    prefix = [0.0]
    for value in p:
        prefix.append(prefix[-1] + value)
    rows = []
    for i in range(n):
        row = [1.0, line_logits[i]]
        row.extend(p[i + k] if 0 <= i + k < n else 0.0 for k in CONTEXT_OFFSETS)
        for w in CONTEXT_WINDOWS:
            lo, hi = max(0, i - w), min(n, i + w + 1)
            row.append((prefix[hi] - prefix[lo]) / (hi - lo))
        row.append(max(p[max(0, i - 5):i], default=0.0))
        row.append(max(p[i + 1:i + 6], default=0.0))
        row.extend(vectors[i][k] for k in _OWN_INDEX)
        rows.append(row)
    return rows


def line_logits(vectors: list[list[float]], params: dict) -> list[float]:
    return _score(vectors, params["line"])


def content_probabilities(vectors: list[list[float]], params: dict | None = None) -> list[float]:
    """P(line is article content) for each line's feature row."""
    if not vectors:
        return []
    params = params or packaged_model()
    rows = context_rows(vectors, line_logits(vectors, params))
    return [_sigmoid(z) for z in _score(rows, params["context"])]


def decide(fixed: list, rule_kept: list[bool], probs: list[float], words: list[int], params: dict,
           reasons: list[str] | None = None) -> list[bool]:
    """Keep or drop each line: the rules' call where `fixed` holds one (title, byline, boxes), else the model's.

    The model's call is per line (its probability against the threshold) or, when `params` holds ``sequence``
    costs and the rules' `reasons` are given, decoded over the whole page (`sequence_keep`).
    When the model keeps less than `fallback` of the words the rules keep on the lines it decides, the page
    is unlike the pages it learned from (a photo page, a fixture, a list) and the rules decide it instead:
    losing a whole article silently is the worst outcome.
    """
    threshold = params["threshold"]
    # a line the rules keep (running text inside the article) needs clearer evidence to drop than a line
    # the rules drop needs to be kept: a wrongly dropped paragraph is lost, a kept widget line is only noise
    drop_below = params.get("drop_kept_below", threshold)
    if params.get("sequence") and reasons is not None:
        keep = sequence_keep(fixed, rule_kept, probs, words, reasons, threshold, drop_below, params["sequence"])
    else:
        keep = [x if x is not None else p >= (drop_below if r else threshold)
                for x, r, p in zip(fixed, rule_kept, probs)]
    model_words = sum(w for w, k, x in zip(words, keep, fixed) if k and x is None)
    rule_words = sum(w for w, k, x in zip(words, rule_kept, fixed) if k and x is None)
    if rule_words and model_words < params.get("fallback", 0.0) * rule_words:
        return [x if x is not None else r for x, r in zip(fixed, rule_kept)]
    return keep


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1.0 - 1e-4)
    return math.log(p / (1.0 - p))


#: fixed lines the sequence leaves out: a box (related links, summary box, a glued second article) and a line a
#: phrase list names (share bar, newsletter, tags, "Advertisement") in the middle of an article remove only
#: themselves and do not split the article into two regions (chosen on folds 0 and 1 against counting them as a
#: gap: the same F1 within 0.001, and a tags line between two paragraphs then no longer ends the article)
SEQUENCE_SKIP = ("r_box", "r_phrase")


def sequence_keep(fixed: list, rule_kept: list[bool], probs: list[float], words: list[int], reasons: list[str],
                  threshold: float, drop_below: float, costs: dict) -> list[bool]:
    """The keep decision of the lines the model decides, decoded together with one main region
    (`sequence.main_region`; `costs`: its ``switch``, ``gap`` and ``outside``; the scores: `sequence_scores`)."""
    idx, scores = sequence_scores(fixed, rule_kept, probs, words, reasons, threshold, drop_below)
    keep = [bool(x) for x in fixed]
    for i, k, score in zip(idx, main_region(scores, costs["switch"], costs["gap"], costs["outside"]), scores):
        if score is not None:
            keep[i] = k
    return keep


def sequence_scores(fixed: list, rule_kept: list[bool], probs: list[float], words: list[int], reasons: list[str],
                    threshold: float, drop_below: float,
                    skip: tuple | str = SEQUENCE_SKIP) -> tuple[list[int], list[float | None]]:
    """The lines of the decoded sequence (indices) and their scores (None: a line the rules fixed as dropped).

    A decided line's score is its log-odds above its own threshold (so a score >= 0 is what the per-line rule
    keeps), weighted by the square root of its words: a paragraph weighs more than a one-word line, but not
    so much that one long line outweighs its neighbourhood. A line the rules dropped and fixed counts as a
    dropped line of the sequence (a caption, a date, a line above the headline or in a comment section: part
    of a gap), except the lines of the rule groups in `skip` (SEQUENCE_SKIP; "all": every fixed line), which
    are left out of the sequence. Fixed kept lines are left out too.
    """
    idx, scores = [], []
    for i, (x, r, p, w) in enumerate(zip(fixed, rule_kept, probs, words)):
        if x is None:
            idx.append(i)
            scores.append(math.sqrt(w) * (_logit(p) - _logit(drop_below if r else threshold)))
        elif not x and skip != "all" and rule_group(reasons[i]) not in skip:
            idx.append(i)
            scores.append(None)
    return idx, scores


#: In the article mode the lines the rules put above the headline stay dropped, unless at least this many of them
#: are sentences of running text (this many words or more, ending a sentence): then the rules' body anchor fell
#: on a later block (a blog's comment thread, a recipe's method under "Making the dough:") and the story stands
#: above the line taken for the headline. Those lines are then the model's, at the first open mode's threshold.
#: Chosen on folds 0-1 of the site-grouped split (scripts/line_oracle.py: missed leads "above the headline" were
#: dragnet's second-largest loss); a teaser list or script residue above a headline seldom ends its lines in
#: sentences, which is what keeps l3s's pages of that kind as they were.
STORY_ABOVE_LINES = 2
STORY_ABOVE_WORDS = 12
_TERMINAL = FEATURE_NAMES.index("terminal")


def story_above_headline(reasons: list[str], words: list[int], vectors: list[list[float]]) -> bool:
    """Whether running text stands above the headline the rules chose (STORY_ABOVE_LINES)."""
    sentences = sum(1 for r, w, v in zip(reasons, words, vectors)
                    if r == "above the headline" and w >= STORY_ABOVE_WORDS and v[_TERMINAL] > 0.5)
    return sentences >= STORY_ABOVE_LINES


def decide_page(fixed: list, soft: list[bool], rule_kept: list[bool], probs: list[float], words: list[int],
                vectors: list[list[float]], reasons: list[str], has_title: bool, params: dict) -> tuple[list[bool], int]:
    """Keep or drop each line, in the mode the page layer picks for this page; and the mode's index.

    `fixed` as for `decide` (the strict setting); `soft[i]`: the rules put line i above the headline or in a
    comment section, which only the open modes let the model overrule. Every mode's decision is computed (a
    few passes over the lines), since the share of words each would keep is what the page layer reads.
    Whatever the mode, a decision that keeps only a sliver of a page whose text no boilerplate evidence claims
    keeps that text instead (`pagemode.no_sliver`).
    """
    keep, mode = _page_decision(fixed, soft, rule_kept, probs, words, vectors, reasons, has_title, params)
    return no_sliver(keep, words, reasons), mode


def _page_decision(fixed: list, soft: list[bool], rule_kept: list[bool], probs: list[float], words: list[int],
                   vectors: list[list[float]], reasons: list[str], has_title: bool,
                   params: dict) -> tuple[list[bool], int]:
    """decide_page's decision before the sliver check: the page layer's mode, and that mode's keep decision."""
    page = params["page"]
    fallback = params.get("fallback", 0.0)
    if len(vectors) < page.get("min_lines", 0):  # a short page stays in the article mode (pagemode.MIN_LINES)
        mode = 0
    else:
        # the page layer reads every mode's per-line decision (what it was fitted on) ...
        kept = mode_decisions(fixed, soft, rule_kept, probs, words, page["modes"], fallback)
        mode = choose_mode(page_features(vectors, probs, words, rule_kept, soft, reasons, has_title, kept), page)
        if mode != 0:
            # whatever the mode, a list under an explicit end marker stays as the article mode decides it (the layer
            # itself reads the modes' decisions without this, as it was fitted: pagemode.closed_list)
            closed = closed_list(reasons, rule_kept, words)
            return [a if c else k for k, a, c in zip(kept[mode], kept[0], closed)], mode
        keep = kept[0]
        if params.get("sequence"):
            keep = _article_decode(fixed, rule_kept, probs, words, reasons, params)
        if story_above_headline(reasons, words, vectors):
            # the story above the "headline": the first open mode's decision for those lines (STORY_ABOVE_LINES)
            keep = [o if r == "above the headline" else k for k, o, r in zip(keep, kept[1], reasons)]
        return keep, 0
    return _article_decode(fixed, rule_kept, probs, words, reasons, params), 0


def _article_decode(fixed: list, rule_kept: list[bool], probs: list[float], words: list[int], reasons: list[str],
                    params: dict) -> list[bool]:
    """The article mode's lines decoded together, when the parameters say how (sequence_keep), else per line."""
    _, _, threshold, drop = params["page"]["modes"][0]
    return decide(fixed, rule_kept, probs, words, {"threshold": threshold, "drop_kept_below": drop,
                                                   "fallback": params.get("fallback", 0.0),
                                                   "sequence": params.get("sequence")}, reasons)


def mode_decisions(fixed: list, soft: list[bool], rule_kept: list[bool], probs: list[float], words: list[int],
                   modes: list, fallback: float) -> list[list[bool]]:
    """Each mode's keep decision: (name, open, threshold, drop_kept_below); an open mode lets the model
    decide the soft lines too."""
    kept = []
    for _, relaxed, threshold, drop in modes:
        mode_fixed = [None if relaxed and s else x for x, s in zip(fixed, soft)]
        kept.append(decide(mode_fixed, rule_kept, probs, words,
                           {"threshold": threshold, "drop_kept_below": drop, "fallback": fallback}))
    return kept
