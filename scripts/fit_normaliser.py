#!/usr/bin/env python
"""Fit the learned boilerplate model (newsbrief/normalise/normaliser_model.json) and validate it by site.

Data: aeb_news50 and the five datasets of the development corpus (read from the eval folder, see
scripts/evaldata.py; never copied). Each page's raw lines are split exactly as the normaliser does,
and each line is labelled by aligning it to the page's gold text (`line_label`).

Validation: site-grouped K-fold cross-validation over all pages together. A site (host name without
``www.``, folded to its registered domain) is in one fold only; a page without a site is its own
group. For each fold the model is fitted on the other folds and scores the fold's pages, so every
reported page is a page the model never saw. A page's text is the lines the model keeps, from the
cached lines (the normaliser's own split, features and keep rule, `learned.decide`); on a sample of
every fold (`--check`) the normaliser runs end to end with the fold's parameters
(`normalise_text(raw, model=params)`), must give exactly the same words, and is timed. Printed next
to it, in the same run: keep-everything and the hand-written rules alone (what `model=False` keeps).
The final model is then fitted on all pages and written.

Three layers are fitted per fold: the line model and the context model (logistic regressions on the lines),
then the page layer (`newsbrief/normalise/pagemode.py`): a multinomial logistic regression that picks, per
page, how much to keep (the strict article mode, or an open mode in which the model also decides the lines the
rules put above the headline or in a comment section, at a lower threshold). Its training target is the mode
with the best F1 on each training page; it sees page-shape features only, never the dataset's name. It learns
from the training pages' line probabilities (in-sample by default; `--inner-folds K` for nested site-grouped
folds, K more fits per fold). The second table printed scores the same pages' text alone against title +
byline + text, since the l3s and dragnet golds count the headline (and often the byline) as main text.
In the article mode the lines are then decoded together (`learned.sequence_keep`, costs `SEQUENCE`, written into
the model); the CV table shows the same fit's per-line decision next to it.

    nice -n 19 .venv/bin/python scripts/fit_normaliser.py --only-fold 0 --no-write  # quick experiment
    nice -n 19 .venv/bin/python scripts/fit_normaliser.py --fit-only               # write the model, no CV

Needs scikit-learn (a dev dependency: only fitting uses it; inference is plain Python).

    nice -n 10 .venv/bin/python scripts/fit_normaliser.py --trees 80 # CV table + write the model
    nice -n 10 .venv/bin/python scripts/fit_normaliser.py --no-write # CV table only
"""

from __future__ import annotations

import argparse
import json
import pickle
import re
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlparse

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from evaldata import BOILERPLATE_SETS as DATASETS, boilerplate_pages  # noqa: E402
from eval_normalise import prf  # noqa: E402 - one scorer: the aeb_news50 one (word-bag P/R/F1)

from newsbrief.normalise import logical_lines, normalise_text, read_lines  # noqa: E402
from newsbrief.normalise.classify import (  # noqa: E402
    STANDFIRST_REASON, late_removals, without_home_bars, model_decides, rule_classify, stamps_follow_entries,
)
from newsbrief.normalise.datelines import dateline_step  # noqa: E402
from newsbrief.normalise.references import REFERENCES_REASON, note_numbers, strip_note_markers  # noqa: E402
from newsbrief.normalise.pagemode import (  # noqa: E402
    MIN_LINES, MODES, PAGE_FEATURE_NAMES, SOFT_REASONS, page_features,
)  # noqa: E402
from newsbrief.normalise.learned import (  # noqa: E402
    CONTEXT_NAMES, MODEL_FILE, MODEL_VERSION, check_model, content_probabilities, context_rows, decide_page,
    line_logits, mode_decisions,
)
from newsbrief.normalise.vectors import FEATURE_NAMES, line_vectors  # noqa: E402

#: how much each dataset's pages weigh in the fit: the news datasets are what the normaliser is for;
#: cleaneval (random 2007 pages, gold = all non-boilerplate) and readability (Readability.js output) less
DATASET_WEIGHT = {"aeb_news50": 1.0, "l3s_gn1": 1.0, "dragnet": 1.0, "cleanportaleval": 1.0,
                  "cleaneval": 0.5, "readability": 0.5}
_TOKEN = re.compile(r"\w+")
FALLBACK = 0.25
DROP_KEPT_BELOW = 0.3
TREES = 0
#: inverse regularisation of the page layer (chosen on fold 0 and 1 of the site-grouped split: 0.1 against 1.0,
#: after the local-wrap and comment-stamp rules; 1.0 before them)
PAGE_C = 0.1
#: inner site-grouped folds that give the page layer line probabilities of pages the line model never saw;
#: 0: the page layer learns from the fold's own (in-sample) line probabilities, which costs no extra fit (the
#: shared 2-core machine could not run the nested fits in time; the test fold is untouched either way)
INNER_FOLDS = 0
#: costs of the article mode's sequence decoder (learned.sequence_keep, sequence.main_region): a switch between
#: keeping and dropping, a dropped line inside the main region, a kept line outside it. Chosen on folds 0 and 1
#: (scripts/seq_experiment.py: a flat optimum, any of 2-5 for each within 0.001 F1); None: per-line decision
SEQUENCE = {"switch": 3.0, "gap": 3.0, "outside": 3.0}
_SECOND_LEVEL = {"co", "com", "org", "net", "ac", "gov", "edu"}


def site_group(page: dict) -> str:
    """The registered domain of the page's site ("news.bbc.co.uk" -> "bbc.co.uk"), or the page itself."""
    host = page.get("site") or (urlparse(page.get("url") or "").hostname or "")
    host = host.lower().removeprefix("www.")
    if not host:
        return "page:" + page["id"]
    parts = host.split(".")
    keep = 3 if len(parts) >= 3 and parts[-2] in _SECOND_LEVEL and len(parts[-1]) == 2 else 2
    return ".".join(parts[-keep:])


def _toks(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def line_label(tokens: list[str], gold_flat: str, gold_lines: str, gold_trigrams: set) -> int:
    """1 when the raw line is (part of) the gold text.

    A line of six or more words: it occurs in the gold word sequence, or most of its word trigrams do
    (the gold may differ in a quote or a joined word). A shorter line must occur at the start or end of a
    gold line (a subheading, a list item, a paragraph broken by a link): "Home" inside a gold sentence
    does not make the menu item "Home" content.
    """
    if not tokens:
        return 0
    s = " ".join(tokens)
    if len(tokens) >= 6:
        if f" {s} " in gold_flat:
            return 1
        grams = [tuple(tokens[k:k + 3]) for k in range(len(tokens) - 2)]
        return int(sum(g in gold_trigrams for g in grams) >= 0.6 * len(grams))
    return int(f"¶ {s} " in gold_lines or f" {s} ¶" in gold_lines)


def page_rows(page: dict):
    """(feature rows, labels, weights, line texts, fixed, rule_kept) of one page's lines; fixed[i] is the rules'
    keep decision where the model does not decide (title, byline, boxes), else None; rule_kept the rules' keep."""
    lines, _, feats = read_lines(logical_lines(page["raw_text"]))  # the lines normalise_text classifies
    if not lines:
        return [], [], [], [], [], []
    decisions, title, feats = rule_classify(lines, feats)
    vectors = line_vectors(lines, feats, [d.reason for d in decisions], title)
    gold_tok_lines = [_toks(line) for line in page["gold_text"].split("\n")]
    gold_tok_lines = [t for t in gold_tok_lines if t]
    flat = [t for line in gold_tok_lines for t in line]
    gold_flat = " " + " ".join(flat) + " "
    gold_lines = "¶ " + " ¶ ".join(" ".join(t) for t in gold_tok_lines) + " ¶"
    trigrams = {tuple(flat[k:k + 3]) for k in range(len(flat) - 2)}
    labels, weights = [], []
    total = 0
    for line in lines:
        tokens = _toks(line.text)
        labels.append(line_label(tokens, gold_flat, gold_lines, trigrams))
        weights.append(len(tokens))
        total += len(tokens)
    # every page weighs the same (F1 is a mean over pages); inside a page, a line weighs its words (F1 counts words)
    scale = DATASET_WEIGHT[page["dataset"]] / max(1, total)
    fixed = [None if model_decides(d) else d.role == "content" for d in decisions]
    rule_kept = [d.role == "content" for d in decisions]
    # the rules' roles and reasons too: which decisions the model may overrule is then a choice made at fit
    # time (no recomputation), and the record's title/byline lines can be scored against the gold
    return (vectors, labels, [w * scale for w in weights], [line.text for line in lines], fixed, rule_kept,
            [(d.role, d.reason) for d in decisions])


def features(pages: list[dict], cache: Path) -> list[tuple]:
    import hashlib

    code = hashlib.sha256()
    for path in sorted((REPO / "newsbrief").glob("normalise/*.py")) + sorted((REPO / "newsbrief").glob("phrases/*.yaml")):
        if path.name not in ("learned.py", "pagemode.py", "sequence.py"):  # the model's own code: not the features
            code.update(path.read_bytes())
    # the features depend on the rules and phrase lists too: any change to them recomputes the cache
    key = (2, FEATURE_NAMES, len(pages), sum(len(p["raw_text"]) for p in pages), code.hexdigest())
    if cache.is_file():
        with cache.open("rb") as f:
            stored = pickle.load(f)
        if stored["key"] == key:
            return stored["rows"]
    rows = []
    started = time.perf_counter()
    for k, page in enumerate(pages):
        rows.append(page_rows(page))
        if k % 500 == 0:
            print(f"  features: {k}/{len(pages)} pages, {time.perf_counter() - started:.0f} s", file=sys.stderr)
    cache.parent.mkdir(parents=True, exist_ok=True)
    with cache.open("wb") as f:
        pickle.dump({"key": key, "rows": rows}, f)
    return rows


def _layer(model, scaler, names) -> dict:
    return {"features": list(names), "mean": [round(float(x), 6) for x in scaler.mean_],
            "scale": [round(float(x), 6) for x in scaler.scale_],
            "coef": [round(float(x), 6) for x in model.coef_[0]], "intercept": round(float(model.intercept_[0]), 6)}


def _trees_layer(model, names) -> dict:
    """A fitted HistGradientBoostingClassifier as plain nodes [feature, threshold, left, right, value]."""
    trees = []
    for (predictor,) in model._predictors:  # no public accessor for the fitted trees; checked by check_model
        nodes = []
        for node in predictor.nodes:
            if node["is_leaf"]:
                nodes.append([-1, 0, 0, 0, round(float(node["value"]), 5)])
            else:
                nodes.append([int(node["feature_idx"]), round(float(node["num_threshold"]), 6),
                              int(node["left"]), int(node["right"]), 0])
        trees.append(nodes)
    return {"kind": "trees", "features": list(names), "baseline": round(float(model._baseline_prediction.ravel()[0]), 6),
            "trees": trees}


def fit(rows: list[tuple], c: float, threshold: float, probs_out: list | None = None) -> dict:
    """Both logistic regressions on these pages' lines: the line model, then the context model on its scores.
    `probs_out`, if given, receives each page's line probabilities from the fitted model (in-sample)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    X = np.array([v for r in rows for v in r[0]], dtype=float)
    y = np.array([label for r in rows for label in r[1]])
    w = np.array([x for r in rows for x in r[2]], dtype=float)
    w = w * len(w) / w.sum()
    scaler = StandardScaler().fit(X)
    scaler.scale_[scaler.scale_ == 0] = 1.0
    params = {"version": MODEL_VERSION, "threshold": threshold, "drop_kept_below": DROP_KEPT_BELOW,
              "fallback": FALLBACK, "sequence": SEQUENCE}
    if TREES:
        from sklearn.ensemble import HistGradientBoostingClassifier

        line = HistGradientBoostingClassifier(max_iter=TREES, max_leaf_nodes=8, learning_rate=0.2,
                                              early_stopping=False, random_state=0).fit(X, y, sample_weight=w)
        params["line"] = _trees_layer(line, FEATURE_NAMES)
    else:
        line = LogisticRegression(C=c, max_iter=500).fit(scaler.transform(X), y, sample_weight=w)
        params["line"] = _layer(line, scaler, FEATURE_NAMES)
    context = []
    for vectors, *_ in rows:
        if vectors:
            context.extend(context_rows(vectors, line_logits(vectors, params)))
    C = np.array(context, dtype=float)
    scaler2 = StandardScaler().fit(C)
    scaler2.scale_[scaler2.scale_ == 0] = 1.0
    ctx = LogisticRegression(C=c, max_iter=500).fit(scaler2.transform(C), y, sample_weight=w)
    params["context"] = _layer(ctx, scaler2, CONTEXT_NAMES)
    if probs_out is not None:
        p = ctx.predict_proba(scaler2.transform(C))[:, 1].tolist()
        at = 0
        for vectors, *_ in rows:
            probs_out.append(p[at:at + len(vectors)])
            at += len(vectors)
    return params


def page_inputs(row: tuple) -> tuple:
    """(soft, reasons, has_title, words) of a cached page: what decide_page needs besides the probabilities."""
    roles = row[6]
    soft = [role in ("content", "removed") and reason in SOFT_REASONS for role, reason in roles]
    return soft, [reason for _, reason in roles], any(role == "title" for role, _ in roles), [len(t.split()) for t in row[3]]


def page_table(pages: list[dict], rows: list[tuple], idx: list[int], probs: dict) -> tuple[list, list]:
    """Page features and the F1 each mode gets against the gold (the text the normaliser emits), for the
    pages `idx` (probs: page -> line probs)."""
    X, G = [], []
    for k in idx:
        vectors, _, _, texts, fixed, rule_kept, roles = rows[k]
        if not vectors:
            continue
        soft, reasons, has_title, words = page_inputs(rows[k])
        kept = mode_decisions(fixed, soft, rule_kept, probs[k], words, [list(m) for m in MODES], FALLBACK)
        X.append(page_features(vectors, probs[k], words, rule_kept, soft, reasons, has_title, kept))
        G.append([prf(emitted(texts, roles, keep)[0], pages[k]["gold_text"])[2] for keep in kept])
    return X, G


def fit_page(X: list, G: list) -> dict:
    """The page layer: a multinomial logistic regression that picks a page's mode. Cost-sensitive: a page's
    target is its best mode (the first on a tie), weighted by how much F1 the choice is worth on that page."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    X, G = np.array(X, dtype=float), np.array(G, dtype=float)
    y = G.argmax(1)
    w = G.max(1) - G.min(1) + 1e-3
    scaler = StandardScaler().fit(X)
    scaler.scale_[scaler.scale_ == 0] = 1.0
    model = LogisticRegression(C=PAGE_C, max_iter=3000).fit(scaler.transform(X), y, sample_weight=w)
    coef = np.zeros((len(MODES), X.shape[1]))
    intercept = np.full(len(MODES), -1e3)  # a mode no training page preferred is never chosen
    if len(model.classes_) == 2:  # scikit-learn keeps one row for two classes
        coef[model.classes_[1]], intercept[model.classes_[1]] = model.coef_[0], model.intercept_[0]
        intercept[model.classes_[0]] = 0.0
    else:
        for row, cls in enumerate(model.classes_):
            coef[cls], intercept[cls] = model.coef_[row], model.intercept_[row]
    # pages under MIN_LINES stay in the article mode when normalised (the gate is applied there, not here)
    return {"modes": [list(m) for m in MODES], "min_lines": MIN_LINES, "features": list(PAGE_FEATURE_NAMES),
            "mean": [round(float(x), 6) for x in scaler.mean_], "scale": [round(float(x), 6) for x in scaler.scale_],
            "coef": [[round(float(x), 6) for x in row] for row in coef],
            "intercept": [round(float(x), 6) for x in intercept]}


def out_of_fold_probs(rows: list[tuple], idx: list[int], groups: list[str], k: int, c: float, threshold: float) -> dict:
    """Line probabilities of the pages `idx`, each from a line model fitted on the other pages of `idx`
    (site-grouped, k folds): what the page layer learns from must look like what it meets on a new site."""
    inner = group_folds([groups[i] for i in idx], k)
    probs = {}
    for fold in range(k):
        params = fit([rows[i] for i, f in zip(idx, inner) if f != fold], c, threshold)
        for i, f in zip(idx, inner):
            if f == fold:
                probs[i] = content_probabilities(rows[i][0], params) if rows[i][0] else []
    return probs


def fit_models(pages: list[dict], rows: list[tuple], idx: list[int], c: float = 1.0, threshold: float = 0.5,
               inner_folds: int = INNER_FOLDS) -> tuple[dict, dict]:
    """All three layers fitted on the pages `idx`, the one procedure behind the CV's fold models, the shipped model
    and the scripts that refit fold models (seq_dump.py, line_oracle.py): the line and context models (`fit`), then
    the page layer on those pages' line probabilities: from `inner_folds` site-grouped inner folds whose line model
    did not see the page, or (0 or 1) the line model's own; never from a page outside `idx`.
    Returns (params, {page: the line probabilities the page layer learned from})."""
    insample: list = []
    params = fit([rows[k] for k in idx], c, threshold, insample)
    if inner_folds > 1:
        groups = [site_group(p) for p in pages]
        inner = out_of_fold_probs(rows, idx, groups, inner_folds, c, threshold)
    else:
        inner = dict(zip(idx, insample))
    params["page"] = fit_page(*page_table(pages, rows, idx, inner))
    check_model(params)
    return params, inner


def fold_train(folds: list[int], fold: int) -> list[int]:
    """The training pages of `fold`: every page of the other folds."""
    return [k for k, f in enumerate(folds) if f != fold]


def page_keep(row: tuple, probs: list[float], params: dict) -> tuple[list[bool], int]:
    """What the normaliser keeps of a cached page with these parameters (decide_page), and the mode."""
    vectors, _, _, _, fixed, rule_kept, _ = row
    soft, reasons, has_title, words = page_inputs(row)
    return decide_page(fixed, soft, rule_kept, probs, words, vectors, reasons, has_title, params)


def emitted(texts: list[str], roles: list[tuple[str, str]], keep: list[bool]) -> tuple[str, str]:
    """(text, metadata) the normaliser emits for a cached page with this keep decision: the record's `text`
    (the kept body lines after the dateline step, `datelines.dateline_step`, exactly as `normalise_text`
    builds it) and its title/byline lines (with the datelines the step moved there)."""
    final = [role if role not in ("content", "removed") else ("content" if k else "removed")
             for (role, _), k in zip(roles, keep)]
    final = stamps_follow_entries(final, [reason for _, reason in roles])  # as classify does after the model
    final = without_home_bars(texts, final)  # ... and after the page's mode
    final, reasons = late_removals(texts, final, [reason for _, reason in roles])  # ... and last of all (pull quotes, polls, contents)
    stepped = dateline_step(texts, final, {k for k, (_, reason) in enumerate(roles) if reason == STANDFIRST_REASON})
    # the markers of a removed endnotes list go from the kept lines, as normalise_text takes them off its paragraphs
    # ("…coastline.[1] The" -> "…coastline. The": references.strip_note_markers)
    notes = note_numbers([t for t, reason in zip(texts, reasons) if reason == REFERENCES_REASON])
    text = "\n".join(strip_note_markers(t, notes) for role, t, _ in stepped if role == "content")
    # a dateline the step took from the opening of a paragraph ("BOSTON (AP) — The council …") is byline too,
    # as normalise_text makes it, though its line stays content
    meta = "\n".join(found.byline if found is not None else t for role, t, found in stepped
                     if role in ("title", "byline") or found is not None)
    return text, meta


def model_json(params: dict) -> str:
    """The parameters as JSON a person can read: one line per feature, "name": [coef, mean, scale]."""
    head = {k: v for k, v in params.items() if k not in ("line", "context", "page")}
    out = ["{"] + [f" {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}," for k, v in head.items()]
    for name in ("line", "context"):
        layer = params[name]
        if layer.get("kind") == "trees":  # one tree per line
            out.append(f' "{name}": {{"kind": "trees", "baseline": {layer["baseline"]},')
            out.append(f'  "features": {json.dumps(layer["features"], ensure_ascii=False)},')
            out.append('  "trees": [')
            out.append(",\n".join("   " + json.dumps(tree) for tree in layer["trees"]))
            out.append("  ]")
            out.append(" },")
            continue
        out.append(f' "{name}": {{')
        out.append(f'  "intercept": {layer["intercept"]},')
        out.append('  "columns": ["coef", "mean", "scale"],')
        out.append('  "weights": {')
        rows = [f'   {json.dumps(f)}: [{c}, {m}, {s}]'
                for f, c, m, s in zip(layer["features"], layer["coef"], layer["mean"], layer["scale"])]
        out.append(",\n".join(rows))
        out.append("  }")
        out.append(" },")
    page = params["page"]  # one row per page feature: [mean, scale, coef of each mode]
    out.append(' "page": {')
    out.append(f'  "modes": {json.dumps(page["modes"])},')
    out.append(f'  "min_lines": {page["min_lines"]},')
    out.append(f'  "intercept": {json.dumps(page["intercept"])},')
    out.append('  "columns": ["mean", "scale"' + "".join(f', "coef {m[0]}"' for m in page["modes"]) + '],')
    out.append('  "weights": {')
    out.append(",\n".join(f'   {json.dumps(f)}: {json.dumps([m, sc] + [row[j] for row in page["coef"]])}'
                          for j, (f, m, sc) in enumerate(zip(page["features"], page["mean"], page["scale"]))))
    out.append("  }")
    out.append(" }")
    out.append("}")
    return "\n".join(out) + "\n"


def group_folds(groups: list[str], k: int) -> list[int]:
    """Fold of each page: whole groups, assigned largest first to the fold with the fewest pages so far."""
    sizes: dict[str, int] = {}
    for g in groups:
        sizes[g] = sizes.get(g, 0) + 1
    load = [0] * k
    fold_of: dict[str, int] = {}
    for g in sorted(sizes, key=lambda g: (-sizes[g], g)):
        f = min(range(k), key=lambda i: load[i])
        fold_of[g] = f
        load[f] += sizes[g]
    return [fold_of[g] for g in groups]


def main(argv: list[str] | None = None) -> int:
    global FALLBACK, TREES, PAGE_C, SEQUENCE
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", help="the eval folder (default: ../shared/eval)")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--only-fold", type=int, help="quick experiment: fit and score this one fold only (its "
                        "table is not a CV result; nothing is written)")
    parser.add_argument("--order", help="run the folds in this order (e.g. 2,3,4,0,1: the folds not used to "
                        "choose settings first, so that a run cut short still reports clean held-out folds)")
    parser.add_argument("--c", type=float, default=1.0, help="inverse regularisation strength")
    parser.add_argument("--page-c", type=float, default=PAGE_C, help="inverse regularisation of the page layer")
    parser.add_argument("--inner-folds", type=int, default=INNER_FOLDS, help="site-grouped inner folds that give "
                        "the page layer out-of-fold line probabilities")
    parser.add_argument("--threshold", type=float, default=0.5)
    parser.add_argument("--fallback", type=float, default=0.25, help="use the rules' decision on a page where the "
                        "model keeps less than this share of the words the rules keep")
    parser.add_argument("--cache", default=str(REPO / ".cache" / "fit_normaliser.pkl"))
    parser.add_argument("--no-write", action="store_true", help="validate only; leave the packaged model alone")
    parser.add_argument("--fit-only", action="store_true", help="skip the cross-validation: fit on all pages and "
                        "write the model (the same fit the full run ends with)")
    parser.add_argument("--trees", type=int, default=0, help="a boosted ensemble of this many small trees as the "
                        "line model instead of the logistic regression")
    parser.add_argument("--check", type=int, default=60, help="per fold, run the normaliser end to end on this "
                        "many test pages: their text must hold exactly the words scored, and they are timed")
    parser.add_argument("--sequence", default=",".join(f"{v:g}" for v in SEQUENCE.values()),
                        help="the article mode's sequence decoder costs: switch,gap,outside; 'off' for the per-line "
                        "decision (the table shows the per-line decision of the same fit in its own column either way)")
    parser.add_argument("--per-page", help="write each test page's scores here (JSONL), for reading the misses")
    args = parser.parse_args(argv)
    FALLBACK, TREES, PAGE_C = args.fallback, args.trees, args.page_c
    SEQUENCE = None if args.sequence == "off" else dict(zip(("switch", "gap", "outside"),
                                                            map(float, args.sequence.split(","))))

    pages = boilerplate_pages(args.eval_dir)
    print(f"{len(pages)} pages; computing line features ...", file=sys.stderr)
    rows = features(pages, Path(args.cache))
    groups = [site_group(p) for p in pages]
    folds = group_folds(groups, args.folds)
    assert all(len({folds[i] for i, g in enumerate(groups) if g == grp}) == 1 for grp in set(groups))

    results: dict[str, list[tuple]] = {name: [] for name in DATASETS}
    modes_used: dict[str, list[int]] = {name: [0] * len(MODES) for name in DATASETS}
    times: list[float] = []
    checked = 0
    oof: dict[int, list[float]] = {}  # test pages' line probabilities, from the fold model that never saw the site
    per_page = open(args.per_page, "w", encoding="utf-8") if args.per_page else None
    run_folds = range(args.folds) if args.only_fold is None else [args.only_fold]
    if args.order and args.only_fold is None:
        run_folds = [int(x) for x in args.order.split(",")]
        assert sorted(run_folds) == list(range(args.folds)), "--order must name every fold once"
    if args.fit_only:
        run_folds = []
    for fold in run_folds:
        started = time.perf_counter()
        train_idx = fold_train(folds, fold)
        params, _ = fit_models(pages, rows, train_idx, args.c, args.threshold, args.inner_folds)
        tested = [k for k, f in enumerate(folds) if f == fold]
        for k in tested:
            page = pages[k]
            texts, rule_kept, roles = rows[k][3], rows[k][5], rows[k][6]
            oof[k] = probs = content_probabilities(rows[k][0], params) if rows[k][0] else []
            keep, mode = page_keep(rows[k], probs, params) if rows[k][0] else ([], 0)
            modes_used[page["dataset"]][mode] += 1
            learned, meta = emitted(texts, roles, keep)
            rules, rules_meta = emitted(texts, roles, rule_kept)
            # the same fit's per-line decision (no sequence decoder), for the column next to it
            per_line_keep = page_keep(rows[k], probs, {**params, "sequence": None})[0] if rows[k][0] else []
            per_line = emitted(texts, roles, per_line_keep)[0]
            # the lines the record holds in title/byline rather than text (l3s and dragnet golds count them)
            scores = (prf(learned, page["gold_text"]), prf(rules, page["gold_text"]),
                      prf(page["raw_text"], page["gold_text"]), prf(meta + "\n" + learned, page["gold_text"]),
                      prf(rules_meta + "\n" + rules, page["gold_text"]), prf(per_line, page["gold_text"]))
            results[page["dataset"]].append(scores)
            if per_page:
                per_page.write(json.dumps({"dataset": page["dataset"], "id": page["id"], "url": page.get("url"),
                                           "fold": fold, "mode": MODES[mode][0], "f1_learned": round(scores[0][2], 4),
                                           "f1_rules": round(scores[1][2], 4), "f1_keep": round(scores[2][2], 4),
                                           "f1_per_line": round(scores[5][2], 4)}) + "\n")
        # The scores above join the cached lines the model keeps. Check on a sample of the fold that this is
        # exactly what the normaliser's text holds (same words), and time the normaliser end to end there.
        for k in tested[:: max(1, len(tested) // args.check)] if args.check else []:
            t0 = time.perf_counter()
            text = normalise_text(pages[k]["raw_text"], model=params).text
            times.append(time.perf_counter() - t0)
            keep, _ = page_keep(rows[k], oof[k], params) if rows[k][0] else ([], 0)
            joined = emitted(rows[k][3], rows[k][6], keep)[0]
            if _TOKEN.findall(text.lower()) != _TOKEN.findall(joined.lower()):
                raise SystemExit(f"fold {fold}: the normaliser's text differs from the cached lines on "
                                 f"{pages[k].get('url') or pages[k]['id']}; the cache is stale or the code drifted")
            checked += 1
        print(f"  fold {fold}: fitted on {len(train_idx)} pages, tested on {len(tested)}, "
              f"{time.perf_counter() - started:.0f} s; so far: " + ", ".join(
                  f"{n} {statistics.mean(x[0][2] for x in r):.3f} (rules {statistics.mean(x[1][2] for x in r):.3f}, "
                  f"keep {statistics.mean(x[2][2] for x in r):.3f}, n={len(r)})" for n, r in results.items() if r),
              file=sys.stderr)

    if args.fit_only:
        pass
    elif args.only_fold is None:
        print(f"site-grouped {args.folds}-fold CV, {len(set(groups))} groups; every page scored by a model that never "
              "saw its site")
    else:
        print(f"fold {args.only_fold} of the site-grouped {args.folds}-fold split only (a quick experiment)")
    print("| dataset | pages | learned F1 (P / R) | learned, per-line decision | rules only F1 | keep-everything F1 | "
          "learned pages < 0.5 | pages per mode (" + ", ".join(m[0] for m in MODES) + ") |")
    print("|---|---|---|---|---|---|---|---|")
    mean = statistics.mean
    for name in DATASETS:
        s = results[name]
        if not s:
            continue
        learned = [x[0] for x in s]
        print(f"| {name} | {len(s)} | {mean(x[2] for x in learned):.3f} ({mean(x[0] for x in learned):.2f} / "
              f"{mean(x[1] for x in learned):.2f}) | {mean(x[5][2] for x in s):.3f} | {mean(x[1][2] for x in s):.3f} | "
              f"{mean(x[2][2] for x in s):.3f} | "
              f"{sum(x[2] < 0.5 for x in learned)} | {' / '.join(map(str, modes_used[name]))} |")
    print("\nthe same pages, text alone vs title + byline + text (the lines the rules gave the title and byline roles):")
    print("| dataset | learned: text | learned: title+byline+text | rules: text | rules: title+byline+text |")
    print("|---|---|---|---|---|")
    for name in DATASETS:
        s = results[name]
        if s:
            print(f"| {name} | {mean(x[0][2] for x in s):.3f} | {mean(x[3][2] for x in s):.3f} | "
                  f"{mean(x[1][2] for x in s):.3f} | {mean(x[4][2] for x in s):.3f} |")
    if times:
        ms = sorted(t * 1000 for t in times)
        print(f"normalise_text end to end with the fold's model, on {checked} test pages (same words as scored: "
              f"checked): median {statistics.median(ms):.1f} ms/page, p90 {ms[int(0.9 * (len(ms) - 1))]:.1f} ms, "
              f"max {ms[-1]:.0f} ms")
    sys.stdout.flush()

    if not args.no_write and args.only_fold is None:
        # the shipped model is fitted the way the fold models above were (same procedure, so the CV measures it)
        params, _ = fit_models(pages, rows, list(range(len(rows))), args.c, args.threshold, args.inner_folds)
        params["fitted_on"] = {name: sum(1 for p in pages if p["dataset"] == name) for name in DATASETS}
        params["note"] = ("Fitted by scripts/fit_normaliser.py (logistic regressions, scikit-learn); "
                          "features: newsbrief/normalise/vectors.py, learned.py and pagemode.py. Weights only, no data.")
        out = REPO / "newsbrief" / "normalise" / MODEL_FILE
        out.write_text(model_json(params), encoding="utf-8")
        print(f"wrote {out.relative_to(REPO)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
