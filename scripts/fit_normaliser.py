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

from newsbrief.normalise import normalise_text  # noqa: E402
from newsbrief.normalise.classify import model_decides, rule_classify  # noqa: E402
from newsbrief.normalise.features import line_features  # noqa: E402
from newsbrief.normalise.learned import (  # noqa: E402
    CONTEXT_NAMES, MODEL_FILE, MODEL_VERSION, check_model, context_rows, line_logits,
)
from newsbrief.normalise.lines import join_hard_wraps, split_lines  # noqa: E402
from newsbrief.normalise.vectors import FEATURE_NAMES, line_vectors  # noqa: E402

#: how much each dataset's pages weigh in the fit: the news datasets are what the normaliser is for;
#: cleaneval (random 2007 pages, gold = all non-boilerplate) and readability (Readability.js output) less
DATASET_WEIGHT = {"aeb_news50": 1.0, "l3s_gn1": 1.0, "dragnet": 1.0, "cleanportaleval": 1.0,
                  "cleaneval": 0.5, "readability": 0.5}
_TOKEN = re.compile(r"\w+")
FALLBACK = 0.25
DROP_KEPT_BELOW = 0.3
TREES = 0
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
    lines = join_hard_wraps(split_lines(page["raw_text"]))
    if not lines:
        return [], [], [], [], [], []
    feats = line_features(lines)
    decisions, title = rule_classify(lines, feats)
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
    return vectors, labels, [w * scale for w in weights], [line.text for line in lines], fixed, rule_kept


def features(pages: list[dict], cache: Path) -> list[tuple]:
    import hashlib

    code = hashlib.sha256()
    for path in sorted((REPO / "newsbrief").glob("normalise/*.py")) + sorted((REPO / "newsbrief").glob("phrases/*.yaml")):
        if path.name != "learned.py":  # the model's own code does not change the features
            code.update(path.read_bytes())
    # the features depend on the rules and phrase lists too: any change to them recomputes the cache
    key = (FEATURE_NAMES, len(pages), sum(len(p["raw_text"]) for p in pages), code.hexdigest())
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


def fit(rows: list[tuple], c: float, threshold: float) -> dict:
    """Both logistic regressions on these pages' lines: the line model, then the context model on its scores."""
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
              "fallback": FALLBACK}
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
    return params


def model_json(params: dict) -> str:
    """The parameters as JSON a person can read: one line per feature, "name": [coef, mean, scale]."""
    head = {k: v for k, v in params.items() if k not in ("line", "context")}
    out = ["{"] + [f" {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}," for k, v in head.items()]
    for name in ("line", "context"):
        layer = params[name]
        if layer.get("kind") == "trees":  # one tree per line
            out.append(f' "{name}": {{"kind": "trees", "baseline": {layer["baseline"]},')
            out.append(f'  "features": {json.dumps(layer["features"], ensure_ascii=False)},')
            out.append('  "trees": [')
            out.append(",\n".join("   " + json.dumps(tree) for tree in layer["trees"]))
            out.append("  ]")
            out.append(" }," if name == "line" else " }")
            continue
        out.append(f' "{name}": {{')
        out.append(f'  "intercept": {layer["intercept"]},')
        out.append('  "columns": ["coef", "mean", "scale"],')
        out.append('  "weights": {')
        rows = [f'   {json.dumps(f)}: [{c}, {m}, {s}]'
                for f, c, m, s in zip(layer["features"], layer["coef"], layer["mean"], layer["scale"])]
        out.append(",\n".join(rows))
        out.append("  }")
        out.append(" }," if name == "line" else " }")
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
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", help="the eval folder (default: ../shared/eval)")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--c", type=float, default=1.0, help="inverse regularisation strength")
    parser.add_argument("--threshold", type=float, default=0.5)
    parser.add_argument("--fallback", type=float, default=0.25, help="use the rules' decision on a page where the "
                        "model keeps less than this share of the words the rules keep")
    parser.add_argument("--cache", default=str(REPO / ".cache" / "fit_normaliser.pkl"))
    parser.add_argument("--no-write", action="store_true", help="validate only; leave the packaged model alone")
    parser.add_argument("--trees", type=int, default=0, help="a boosted ensemble of this many small trees as the "
                        "line model instead of the logistic regression")
    parser.add_argument("--check", type=int, default=60, help="per fold, run the normaliser end to end on this "
                        "many test pages: their text must hold exactly the words scored, and they are timed")
    parser.add_argument("--per-page", help="write each test page's scores here (JSONL), for reading the misses")
    args = parser.parse_args(argv)
    global FALLBACK, TREES
    FALLBACK, TREES = args.fallback, args.trees

    pages = boilerplate_pages(args.eval_dir)
    print(f"{len(pages)} pages; computing line features ...", file=sys.stderr)
    rows = features(pages, Path(args.cache))
    groups = [site_group(p) for p in pages]
    folds = group_folds(groups, args.folds)
    assert all(len({folds[i] for i, g in enumerate(groups) if g == grp}) == 1 for grp in set(groups))

    from newsbrief.normalise.learned import content_probabilities, decide

    results: dict[str, list[tuple]] = {name: [] for name in DATASETS}
    times: list[float] = []
    checked = 0
    per_page = open(args.per_page, "w", encoding="utf-8") if args.per_page else None
    for fold in range(args.folds):
        train = [r for r, f in zip(rows, folds) if f != fold]
        params = fit(train, args.c, args.threshold)
        check_model(params)
        tested = [k for k, f in enumerate(folds) if f == fold]
        for k in tested:
            page = pages[k]
            vectors, _, _, texts, fixed, rule_kept = rows[k]
            probs = content_probabilities(vectors, params) if vectors else []
            keep = decide(fixed, rule_kept, probs, [len(t.split()) for t in texts], params)
            learned = "\n".join(t for t, x in zip(texts, keep) if x)
            rules = "\n".join(t for t, x in zip(texts, rule_kept) if x)
            scores = (prf(learned, page["gold_text"]), prf(rules, page["gold_text"]),
                      prf(page["raw_text"], page["gold_text"]))
            results[page["dataset"]].append(scores)
            if per_page:
                per_page.write(json.dumps({"dataset": page["dataset"], "id": page["id"], "url": page.get("url"),
                                           "fold": fold, "f1_learned": round(scores[0][2], 4),
                                           "f1_rules": round(scores[1][2], 4), "f1_keep": round(scores[2][2], 4)}) + "\n")
        # The scores above join the cached lines the model keeps. Check on a sample of the fold that this is
        # exactly what the normaliser's text holds (same words), and time the normaliser end to end there.
        for k in tested[:: max(1, len(tested) // args.check)] if args.check else []:
            started = time.perf_counter()
            text = normalise_text(pages[k]["raw_text"], model=params).text
            times.append(time.perf_counter() - started)
            vectors, _, _, texts, fixed, rule_kept = rows[k]
            probs = content_probabilities(vectors, params) if vectors else []
            keep = decide(fixed, rule_kept, probs, [len(t.split()) for t in texts], params)
            joined = "\n".join(t for t, x in zip(texts, keep) if x)
            if _TOKEN.findall(text.lower()) != _TOKEN.findall(joined.lower()):
                raise SystemExit(f"fold {fold}: the normaliser's text differs from the cached lines on "
                                 f"{pages[k].get('url') or pages[k]['id']}; the cache is stale or the code drifted")
            checked += 1
        print(f"  fold {fold}: fitted on {len(train)} pages, tested on {len(tested)}", file=sys.stderr)

    print(f"site-grouped {args.folds}-fold CV, {len(set(groups))} groups; every page scored by a model that never saw its site")
    print("| dataset | pages | learned F1 (P / R) | rules only F1 | keep-everything F1 | learned pages < 0.5 |")
    print("|---|---|---|---|---|---|")
    mean = statistics.mean
    for name in DATASETS:
        s = results[name]
        if not s:
            continue
        learned = [x[0] for x in s]
        print(f"| {name} | {len(s)} | {mean(x[2] for x in learned):.3f} ({mean(x[0] for x in learned):.2f} / "
              f"{mean(x[1] for x in learned):.2f}) | {mean(x[1][2] for x in s):.3f} | {mean(x[2][2] for x in s):.3f} | "
              f"{sum(x[2] < 0.5 for x in learned)} |")
    if times:
        ms = sorted(t * 1000 for t in times)
        print(f"normalise_text end to end with the fold's model, on {checked} test pages (same words as scored: "
              f"checked): median {statistics.median(ms):.1f} ms/page, p90 {ms[int(0.9 * (len(ms) - 1))]:.1f} ms, "
              f"max {ms[-1]:.0f} ms")

    if not args.no_write:
        params = fit(rows, args.c, args.threshold)
        params["fitted_on"] = {name: sum(1 for p in pages if p["dataset"] == name) for name in DATASETS}
        params["note"] = ("Fitted by scripts/fit_normaliser.py (logistic regressions, scikit-learn); "
                          "features: newsbrief/normalise/vectors.py and learned.py. Weights only, no data.")
        out = REPO / "newsbrief" / "normalise" / MODEL_FILE
        out.write_text(model_json(params), encoding="utf-8")
        print(f"wrote {out.relative_to(REPO)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
