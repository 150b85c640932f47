#!/usr/bin/env python
"""Refit only the page layer (newsbrief/normalise/pagemode.py) over the site-grouped CV's fold models, in seconds.

fit_normaliser.py's CV refits all three layers per fold (about ten minutes on the shared machine). A change to the
page layer alone (its features, its regularisation, a margin, the modes it may pick, how its training pages weigh)
leaves the line and context models as they are, so `prepare` fits those once per fold, exactly as the CV does
(`fit_normaliser.fit`), and stores what the page layer needs: each fold's training pages with their in-sample line
probabilities and the F1 of each mode's keep decision (the table `fit_page` learns from), and each test page's
final F1 when the layer is held to each mode (the normaliser's whole decision: sequence decoder, end-marker lists,
slivers). `run` then fits variants of the layer per fold and scores the test pages by table look-up; with the
defaults it gives the CV's per-page modes and scores (stop 33: all 2,872 pages, every dataset's mean to 4
decimals). `--stability` refits each fold's layer on two random 90% samples of its training pages and counts the
test pages whose mode differs (the refit flips BENCHMARKS.md names as the layer's open problem).

    NEWSBRIEF_EVAL_DIR=… nice -n 5 .venv/bin/python scripts/page_layer_experiment.py prepare CACHE.pkl TABLES.pkl
    NEWSBRIEF_EVAL_DIR=… nice -n 5 .venv/bin/python scripts/page_layer_experiment.py run CACHE.pkl TABLES.pkl \
        --c 0.03,0.1,0.3 --margin 0,0.2 --modes 0,4 --weight cleaneval=0.5 --stability

CACHE.pkl is fit_normaliser.py's feature cache (`--cache`; written by a CV run or by `prepare`). Nothing is written
to the repository; the page features are read from pagemode.page_features as the code stands when `run` starts.
"""

from __future__ import annotations

import argparse
import pickle
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fit_normaliser as fn  # noqa: E402
from evaldata import BOILERPLATE_SETS, boilerplate_pages  # noqa: E402

from newsbrief.normalise.learned import content_probabilities, mode_decisions  # noqa: E402
from newsbrief.normalise.pagemode import MIN_LINES, MODES, PAGE_FEATURE_NAMES, page_features  # noqa: E402


def held_to(mode: int) -> dict:
    """A page layer that picks `mode` on every page it reads (pages under MIN_LINES stay in the article mode)."""
    n = len(PAGE_FEATURE_NAMES)
    return {"modes": [list(m) for m in MODES], "min_lines": MIN_LINES, "features": list(PAGE_FEATURE_NAMES),
            "mean": [0.0] * n, "scale": [1.0] * n, "coef": [[0.0] * n for _ in MODES],
            "intercept": [1.0 if m == mode else 0.0 for m in range(len(MODES))]}


def prepare(pages: list[dict], rows: list[tuple], folds: list[int]) -> dict:
    """Per fold: the line and context models, the training pages' in-sample probabilities, each mode's keep decision
    and F1 on them; the test pages' probabilities, mode decisions and final F1 in each mode."""
    out: dict = {"folds": folds, "fits": {}, "G": {}, "T": {}, "K": {}}
    modes = [list(m) for m in MODES]
    for fold in range(max(folds) + 1):
        started = time.perf_counter()
        train = fn.fold_train(folds, fold)
        insample: list = []
        params = fn.fit([rows[k] for k in train], 1.0, 0.5, insample)
        inner = dict(zip(train, insample))
        test = {k: content_probabilities(rows[k][0], params) if rows[k][0] else []
                for k, f in enumerate(folds) if f == fold}
        for k in train:
            vectors, _, _, texts, fixed, rule_kept, roles = rows[k]
            if vectors:  # as fit_normaliser.page_table
                soft, _, _, words = fn.page_inputs(rows[k])
                kept = mode_decisions(fixed, soft, rule_kept, inner[k], words, modes, fn.FALLBACK)
                out["K"][fold, k] = kept
                out["G"][fold, k] = [fn.prf(fn.emitted(texts, roles, keep)[0], pages[k]["gold_text"])[2]
                                     for keep in kept]
        for k, probs in test.items():
            vectors, _, _, texts, fixed, rule_kept, roles = rows[k]
            if not vectors:
                out["T"][k] = [fn.prf("", pages[k]["gold_text"])[2]] * len(MODES)
                continue
            soft, _, _, words = fn.page_inputs(rows[k])
            out["K"][-1, k] = mode_decisions(fixed, soft, rule_kept, probs, words, modes, fn.FALLBACK)
            out["T"][k] = [fn.prf(fn.emitted(texts, roles, fn.page_keep(rows[k], probs, {**params, "page": held_to(m)})[0])[0],
                                  pages[k]["gold_text"])[2] for m in range(len(MODES))]
        out["fits"][fold] = (params, inner, test)
        print(f"  fold {fold}: {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    return out


def feature_row(rows: list[tuple], k: int, probs: list[float], kept: list[list[bool]]) -> list[float]:
    vectors, _, _, _, _, rule_kept, _ = rows[k]
    soft, reasons, has_title, words = fn.page_inputs(rows[k])
    return page_features(vectors, probs, words, rule_kept, soft, reasons, has_title, kept)


def fit_layer(X: list, G: list, weights: list[float], c: float, allowed: list[int]):
    """fit_normaliser.fit_page's regression (target: the best allowed mode, weighted by what the choice is worth on
    the page), each row also weighted by its dataset's `weights`; returns (scaler, coef, intercept)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    X, G = np.array(X, dtype=float), np.array(G, dtype=float)[:, allowed]
    y = np.array(allowed)[G.argmax(1)]
    w = (G.max(1) - G.min(1) + 1e-3) * np.array(weights)
    scaler = StandardScaler().fit(X)
    scaler.scale_[scaler.scale_ == 0] = 1.0
    model = LogisticRegression(C=c, max_iter=3000).fit(scaler.transform(X), y, sample_weight=w)
    coef, intercept = np.zeros((len(MODES), X.shape[1])), np.full(len(MODES), -1e3)
    if len(model.classes_) == 2:
        coef[model.classes_[1]], intercept[model.classes_[1]] = model.coef_[0], model.intercept_[0]
        intercept[model.classes_[0]] = 0.0
    else:
        for row, cls in enumerate(model.classes_):
            coef[cls], intercept[cls] = model.coef_[row], model.intercept_[row]
    return scaler, coef, intercept


def choose(tables: dict, pages: list[dict], rows: list[tuple], X: dict, c: float, margin: float, allowed: list[int],
           dataset_weight: dict, sample: int | None = None) -> dict[int, int]:
    """Each test page's mode from its fold's refitted layer; an open mode must beat the article mode by `margin`.
    `sample`: fit each fold's layer on a random 90% of its training pages (seeded by sample and fold)."""
    import numpy as np

    chosen = {}
    for fold, (_, inner, test) in tables["fits"].items():
        train = [k for k in inner if (fold, k) in tables["G"]]
        if sample is not None:
            pick = np.random.RandomState(sample * 100 + fold).rand(len(train)) < 0.9
            train = [k for k, p in zip(train, pick) if p]
        scaler, coef, intercept = fit_layer([X[fold, k] for k in train], [tables["G"][fold, k] for k in train],
                                            [dataset_weight.get(pages[k]["dataset"], 1.0) for k in train], c, allowed)
        for k in test:
            if len(rows[k][0]) < MIN_LINES:
                chosen[k] = 0
                continue
            scores = coef @ scaler.transform(np.array([X[-1, k]], dtype=float))[0] + intercept
            scores[1:] -= margin
            chosen[k] = int(scores.argmax())
    return chosen


def summary(tables: dict, pages: list[dict], chosen: dict[int, int]) -> str:
    """Per dataset: mean F1 over all folds / folds 2-4 / folds 0-1."""
    out = []
    for name in BOILERPLATE_SETS:
        scored = [(f, tables["T"][k][chosen.get(k, 0)]) for k, f in enumerate(tables["folds"])
                  if pages[k]["dataset"] == name]
        parts = [[s for f, s in scored if keep(f)] for keep in (lambda f: True, lambda f: f >= 2, lambda f: f < 2)]
        out.append(f"{name} " + "/".join(f"{statistics.mean(p):.4f}" if p else "-" for p in parts))
    return "  ".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=("prepare", "run"))
    parser.add_argument("cache", help="fit_normaliser.py's feature cache")
    parser.add_argument("tables", help="what `prepare` writes and `run` reads")
    parser.add_argument("--eval-dir")
    parser.add_argument("--c", default=str(fn.PAGE_C), help="comma-separated inverse regularisations")
    parser.add_argument("--margin", default="0", help="comma-separated margins an open mode's score must beat the "
                        "article mode's by")
    parser.add_argument("--modes", default=",".join(str(m) for m in range(len(MODES))), help="the modes the layer may "
                        "pick (0 must be one)")
    parser.add_argument("--weight", action="append", default=[], help="DATASET=W: weigh that dataset's training "
                        "pages by W (default 1, as fit_page)")
    parser.add_argument("--stability", action="store_true", help="also count the modes two 90%% refits disagree on")
    args = parser.parse_args(argv)

    pages = boilerplate_pages(args.eval_dir)
    rows = fn.features(pages, Path(args.cache))
    if args.step == "prepare":
        folds = fn.group_folds([fn.site_group(p) for p in pages], 5)
        with open(args.tables, "wb") as f:
            pickle.dump(prepare(pages, rows, folds), f)
        return 0
    with open(args.tables, "rb") as f:
        tables = pickle.load(f)
    X = {(fold, k): feature_row(rows, k, inner[k], tables["K"][fold, k])
         for fold, (_, inner, _) in tables["fits"].items() for k in inner if (fold, k) in tables["G"]}
    X.update({(-1, k): feature_row(rows, k, probs, tables["K"][-1, k])
              for _, _, test in tables["fits"].values() for k, probs in test.items() if rows[k][0]})
    allowed = [int(m) for m in args.modes.split(",")]
    assert 0 in allowed, "the article mode must stay a choice"
    weights = {name: float(w) for name, w in (x.split("=") for x in args.weight)}
    for c in map(float, args.c.split(",")):
        for margin in map(float, args.margin.split(",")):
            chosen = choose(tables, pages, rows, X, c, margin, allowed, weights)
            print(f"C={c:g} margin={margin:g}: {summary(tables, pages, chosen)}", flush=True)
            if args.stability:
                a, b = (choose(tables, pages, rows, X, c, margin, allowed, weights, s) for s in (1, 2))
                flips: dict[str, list[float]] = {}
                for k in a:
                    if a[k] != b[k]:
                        flips.setdefault(pages[k]["dataset"], []).append(abs(tables["T"][k][a[k]] - tables["T"][k][b[k]]))
                print("  two 90% refits disagree on: " + ", ".join(
                    f"{name} {len(v)} pages (|ΔF1| sum {sum(v):.2f})" for name, v in flips.items()), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
