#!/usr/bin/env python3
"""Fit the learned takeaway value (summarise/takeaway_model.json) and validate it by cross-fitting on CNN/DM.

Data: the 250 CNN/DM articles of ../shared/eval/sum (read from there, never copied), split into sentences exactly as
scripts/eval_summaries.py splits them. Each candidate sentence of an article is turned into the bullet the
summariser would make of it and described by `summarise.learned.features`, computed by the summariser itself
(`ExtractiveSummariser.candidate_features`), so fitting and inference cannot drift apart. Its label is how much
that one bullet overlaps the article's reference highlights (`--label`, rouge-score's tokenizer with stemming):

* ``r2f`` (default) — ROUGE-2 F against all the highlights;
* ``r1f`` / ``mix`` — ROUGE-1 F, or the mean of ROUGE-1 and ROUGE-2 F;
* ``hl`` — the mean of ROUGE-1 and ROUGE-2 F against the one highlight the bullet matches best (no reward for length);
* ``r1p`` — ROUGE-1 precision: the share of the bullet's words the editors used;
* ``oracle`` — 1 for the sentences of the greedy extractive oracle (R-1 F + R-2 F of the set), else 0.

The model is a logistic regression on standardised features (scikit-learn). Pairwise by default: it sees the feature
difference of two candidates of the same article whose labels differ by more than 0.05, so it learns the order within
an article, which is all selection uses; pointwise (`fit(..., pairwise=False)`, in the --choose grid) fits the label
itself as a soft target. Only the weights ship; `summarise.learned.value` turns them into exp(z - z_max) per article.
Selection adds `learned_weight` x that value to `hand_weight` x the hand score (summarise/extractive.py).

Validation (the honest number): fit on the even article ids and summarise the odd ones, and the reverse, so every
article is summarised by a model that never saw it; ROUGE of those summaries over all 250, next to Lead-3 and the
hand-weighted default in the same run, with the paired bootstrap CI of eval_summaries.py. Settings are chosen on one
half only: `--choose` prints, for each setting, the even half scored by models fitted on the odd half; the odd half
(scored by models fitted on the even half) is the check. The in-sample row (fit on all 250, score all 250) is what
the shipped model does on the data it saw. Two uses are scored: the learned value replacing the hand score, and added
to it (`--weight`, 0.5 chosen on the even half). Neither beat the hand score on held-out articles (BENCHMARKS.md,
"Learned sentence value"), so the default keeps learned_weight 0 and the written model is opt-in.

    nice -n 19 .venv/bin/python scripts/fit_takeaways.py --choose          # settings grid, even half only
    nice -n 19 .venv/bin/python scripts/fit_takeaways.py                   # cross-fitted table + write the model
    nice -n 19 .venv/bin/python scripts/fit_takeaways.py --no-write --label hl --set cost_exponent=0.4

The pysbd split and each configuration's features and labels are cached under .cache/fit_takeaways/ (git-ignored).

Needs scikit-learn and rouge-score (dev dependencies); inference (summarise/learned.py) is numpy only.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import statistics
import sys
from collections import Counter
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

from evaldata import eval_root  # noqa: E402
from eval_summaries import bootstrap_ci, knobs, split_article  # noqa: E402

from summarise import SummaryInput  # noqa: E402
from summarise.extractive import ExtractiveConfig, ExtractiveSummariser  # noqa: E402
from summarise.learned import FEATURE_NAMES, MODEL_FILE, MODEL_VERSION, from_json  # noqa: E402

CACHE = REPO / ".cache" / "fit_takeaways"
METRICS = ("rouge1", "rouge2", "rougeLsum")
#: --choose: (label, pairwise, pairs among the first `top` candidates only (0: all), ExtractiveConfig overrides on top
#: of --set), each scored on the even ids by a model fitted on the odd ids
_REPLACE = {"hand_weight": 0.0, "learned_weight": 1.0}
GRID = [(label, True, 0, _REPLACE) for label in ("r2f", "hl", "mix", "oracle")] + [
    ("r2f", False, 0, _REPLACE), ("oracle", False, 0, _REPLACE), ("r2f", True, 8, _REPLACE)] + [
    (label, True, 0, {"hand_weight": 1.0, "learned_weight": w})
    for label in ("r2f", "hl") for w in (0.25, 0.5, 1.0)] + [
    ("r2f", True, 0, {"hand_weight": 1.0, "learned_weight": 0.5, "learned_temperature": 2.0})] + [
    ("r2f", True, 0, {"hand_weight": 1.0, "learned_weight": w, "word_budget": b, "cost_exponent": e})
    for w in (0.0, 0.5) for b, e in ((70, 0.4), (75, 0.3), (75, 0.4))]
LABELS = ("r1p", "r1f", "r2f", "mix", "hl", "oracle")


def load_articles(eval_dir) -> list[dict]:
    """[{id, sentences, highlights}] in file order; the pysbd split is cached (it is the slow part)."""
    path = eval_root(eval_dir) / "sum" / "cnndm_sample.jsonl"
    raw = path.read_bytes()
    CACHE.mkdir(parents=True, exist_ok=True)
    cached = CACHE / f"split-{hashlib.sha1(raw).hexdigest()[:12]}.pkl"
    if cached.is_file():
        return pickle.loads(cached.read_bytes())
    rows = [json.loads(line) for line in raw.decode("utf-8").splitlines() if line.strip()]
    out = [{"id": r["id"], "sentences": split_article(r["article"]), "highlights": r["highlights"]} for r in rows]
    cached.write_bytes(pickle.dumps(out))
    return out


def _ngrams(tokens: list[str], n: int) -> Counter:
    return Counter(zip(*(tokens[k:] for k in range(n))))


def _prf(cand: Counter, ref: Counter) -> tuple[float, float, float]:
    hit = sum((cand & ref).values())
    p = hit / max(1, sum(cand.values()))
    r = hit / max(1, sum(ref.values()))
    return p, r, (2 * p * r / (p + r) if hit else 0.0)


def labels(tokenize, bullets: list[str], highlights: list[str]) -> dict[str, np.ndarray]:
    """Every label of LABELS for each bullet against the article's highlights."""
    ref = tokenize(" ".join(highlights))
    ref1, ref2 = _ngrams(ref, 1), _ngrams(ref, 2)
    toks = [tokenize(b) for b in bullets]
    r1 = [_prf(_ngrams(t, 1), ref1) for t in toks]
    r2 = [_prf(_ngrams(t, 2), ref2) for t in toks]
    out = {"r1p": np.array([p for p, _, _ in r1]), "r1f": np.array([f for _, _, f in r1]),
           "r2f": np.array([f for _, _, f in r2])}
    out["mix"] = (out["r1f"] + out["r2f"]) / 2
    # against the one highlight it matches best: an editor's bullet is one point, so this does not reward length
    hls = [tokenize(h) for h in highlights]
    out["hl"] = np.array([max((_prf(_ngrams(t, 1), _ngrams(h, 1))[2] + _prf(_ngrams(t, 2), _ngrams(h, 2))[2]) / 2
                              for h in hls) if hls else 0.0 for t in toks])
    # greedy oracle: add the bullet that most raises R-1 F + R-2 F of the set, while something does
    chosen: list[int] = []
    best = 0.0
    while True:
        gains = []
        for c in range(len(bullets)):
            if c in chosen:
                continue
            t = [w for k in chosen + [c] for w in toks[k]]
            gains.append((_prf(_ngrams(t, 1), ref1)[2] + _prf(_ngrams(t, 2), ref2)[2], c))
        if not gains or max(gains)[0] <= best:
            break
        best, c = max(gains)
        chosen.append(c)
    out["oracle"] = np.array([1.0 if c in chosen else 0.0 for c in range(len(bullets))])
    return out


def build(articles: list[dict], config: ExtractiveConfig, tokenize) -> list[dict]:
    """Per article: its SummaryInput, candidate features and labels (cached per config and per version of the
    summarise/ code: bullets and features depend on both, and a stale cache would fit yesterday's bullets)."""
    code = hashlib.sha1(b"".join(path.read_bytes() for path in sorted((REPO / "summarise").glob("*.py"))))
    key = hashlib.sha1(repr((sorted(vars(config).items()), FEATURE_NAMES, [a["id"] for a in articles],
                             code.hexdigest())).encode()).hexdigest()[:12]
    cached = CACHE / f"features-{key}.pkl"
    if cached.is_file():
        return pickle.loads(cached.read_bytes())
    summariser = ExtractiveSummariser(config)
    out = []
    for a in articles:
        doc = SummaryInput(a["sentences"], [0] * len(a["sentences"]))
        usable, bullets, x = summariser.candidate_features(doc)
        out.append({"id": a["id"], "doc": doc, "highlights": a["highlights"], "x": x,
                    "y": labels(tokenize, bullets, a["highlights"])})
    cached.write_bytes(pickle.dumps(out))
    return out


def fit(rows: list[dict], label: str, c_reg: float, pairwise: bool = True, margin: float = 0.05,
        top: int = 0) -> dict:
    """A linear model on standardised features, in the model file's layout (learned.from_json reads it).

    pairwise (the default): a logistic regression on feature differences of two candidates of the same article,
    one clearly better than the other (label apart by more than `margin`): it learns the order within an article,
    which is all selection uses. Pointwise: a logistic regression on the label itself (a graded label scaled by the
    article's best and fitted as a soft target), which also has to explain differences between articles."""
    from sklearn.linear_model import LogisticRegression

    x = np.vstack([r["x"] for r in rows])
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    model = LogisticRegression(C=c_reg, max_iter=3000, fit_intercept=not pairwise)
    if pairwise:
        diffs = []
        for r in rows:
            z, y = (r["x"] - mean) / scale, r["y"][label]
            better = y[:, None] > y[None, :] + margin
            if top:  # only pairs among the article's first `top` candidates: the order there is what selection uses
                better[top:, :] = better[:, top:] = False
            i, j = np.nonzero(better)
            diffs.append(z[i] - z[j])
        d = np.vstack(diffs)
        model.fit(np.vstack([d, -d]), np.r_[np.ones(len(d)), np.zeros(len(d))])
    else:
        ys = []
        for r in rows:
            y = r["y"][label]
            ys.append(y / y.max() if label != "oracle" and y.max() > 0 else y)
        y = np.concatenate(ys)
        z = (x - mean) / scale
        model.fit(np.vstack([z, z]), np.r_[np.ones(len(y)), np.zeros(len(y))], sample_weight=np.r_[y, 1 - y] + 1e-9)
    return {
        "version": MODEL_VERSION,
        "label": label,
        "fit": "pairwise" if pairwise else "pointwise",
        "C": c_reg,
        "columns": ["coef", "mean", "scale"],
        "weights": {name: [round(float(w), 6), round(float(m), 6), round(float(s), 6)]
                    for name, w, m, s in zip(FEATURE_NAMES, model.coef_[0], mean, scale)},
    }


def summarise_rows(rows: list[dict], config: ExtractiveConfig, model: dict | None, scorer) -> dict:
    """Per article ROUGE F (ours, Lead-3) and bullet lengths; `model` None: the packaged one (if the config uses it)."""
    summariser = ExtractiveSummariser(config, model=from_json(model) if model else None)
    out = {"ours": {m: [] for m in METRICS}, "lead3": {m: [] for m in METRICS}, "words": [], "ids": []}
    for r in rows:
        summary = summariser.summarise(r["doc"], None)
        reference = "\n".join(r["highlights"])
        for name, text in (("ours", "\n".join(b.text for b in summary.takeaways)),
                           ("lead3", "\n".join(r["doc"].sentences[:3]))):
            for m, s in scorer.score(reference, text).items():
                out[name][m].append(s.fmeasure)
        out["words"].extend(len(b.text.split()) for b in summary.takeaways)
        out["ids"].append(r["id"])
    return out


def merge(*runs: dict) -> dict:
    out = {"ours": {m: [] for m in METRICS}, "lead3": {m: [] for m in METRICS}, "words": [], "ids": []}
    for run in runs:
        for name in ("ours", "lead3"):
            for m in METRICS:
                out[name][m].extend(run[name][m])
        out["words"].extend(run["words"])
        out["ids"].extend(run["ids"])
    return out


def line(label: str, run: dict, ci: bool = False) -> str:
    o = [100 * statistics.mean(run["ours"][m]) for m in METRICS]
    d = [100 * statistics.mean(a - b for a, b in zip(run["ours"][m], run["lead3"][m])) for m in METRICS]
    w = run["words"]
    text = (f"{label:<44}{o[0]:>7.2f}{o[1]:>7.2f}{o[2]:>8.2f}   Δ {d[0]:+.2f} / {d[1]:+.2f} / {d[2]:+.2f}"
            f"   {statistics.mean(w):.1f} w (max {max(w)}), {len(w) / len(run['ids']):.2f} bullets")
    if ci:
        cis = [bootstrap_ci([a - b for a, b in zip(run["ours"][m], run["lead3"][m])]) for m in METRICS]
        text += "\n" + " " * 44 + "  CI95 " + ", ".join(f"[{100 * lo:+.2f}, {100 * hi:+.2f}]" for lo, hi in cis)
    return text


def lead_line(run: dict) -> str:
    o = [100 * statistics.mean(run["lead3"][m]) for m in METRICS]
    return f"{'Lead-3':<44}{o[0]:>7.2f}{o[1]:>7.2f}{o[2]:>8.2f}"


def model_json(model: dict, articles: int) -> str:
    """The model file: its provenance, then one readable line per feature ("name": [coef, mean, scale])."""
    head = {"version": model["version"],
            "fitted_on": f"the CNN/DM sample of ../shared/eval/sum, all {articles} articles",
            "note": "Fitted by scripts/fit_takeaways.py (pairwise logistic regression, scikit-learn); features: "
                    "summarise/learned.py. Weights only, no data. Not used by default (learned_weight 0): on held-out "
                    "articles it did not beat the hand-weighted score (BENCHMARKS.md, 'Learned sentence value').",
            **{k: v for k, v in model.items() if k not in ("version", "weights")}}
    rows = ",\n".join(f"  {json.dumps(name)}: {json.dumps(row)}" for name, row in model["weights"].items())
    return json.dumps(head, indent=1, ensure_ascii=False)[:-2] + ',\n "weights": {\n' + rows + "\n }\n}\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval-dir")
    ap.add_argument("--label", default="r2f", choices=LABELS)
    ap.add_argument("--weight", type=float, default=0.5, help="learned_weight of the 'added to the hand score' rows")
    ap.add_argument("--C", type=float, default=1.0, dest="c_reg", help="inverse L2 strength of the regression")
    ap.add_argument("--set", action="append", default=[], metavar="KNOB=VALUE",
                    help="ExtractiveConfig override used for fitting and scoring (as in eval_summaries.py)")
    ap.add_argument("--choose", action="store_true",
                    help="grid of labels x settings, each scored on the even ids by a model fitted on the odd ids")
    ap.add_argument("--no-write", action="store_true", help="do not write summarise/" + MODEL_FILE)
    args = ap.parse_args(argv)

    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    tokenize = scorer._tokenizer.tokenize  # rouge-score's own tokenizer, stemming as configured
    overrides = knobs(args.set)
    config = ExtractiveConfig(**{"hand_weight": 1.0, "learned_weight": args.weight, **overrides})
    articles = load_articles(args.eval_dir)
    rows = build(articles, config, tokenize)
    even, odd = rows[0::2], rows[1::2]  # the ids in file order, as eval_summaries.py's halves

    if args.choose:
        hand = summarise_rows(even, ExtractiveConfig(**{**overrides, "hand_weight": 1.0, "learned_weight": 0.0}),
                              None, scorer)
        print(lead_line(hand))
        print(line("hand-weighted (default knobs)", hand))
        models = {}
        for label, pairwise, top, extra in GRID:
            if (label, pairwise, top) not in models:
                models[label, pairwise, top] = fit(odd, label, args.c_reg, pairwise, top=top)
            run = summarise_rows(even, ExtractiveConfig(**{**vars(config), **extra}), models[label, pairwise, top],
                                 scorer)
            name = f"{label} {'pairwise' if pairwise else 'pointwise'}{f' top {top}' if top else ''}"
            print(line(f"{name} {extra}", run), flush=True)
        return 0

    base = {"hand_weight": 1.0, "learned_weight": 0.0, **overrides}
    hand_even, hand_odd = (summarise_rows(h, ExtractiveConfig(**base), None, scorer) for h in (even, odd))
    hand = merge(hand_even, hand_odd)
    models = {"odd": fit(even, args.label, args.c_reg), "even": fit(odd, args.label, args.c_reg)}
    final = fit(rows, args.label, args.c_reg)
    print(f"{len(rows)} articles; label {args.label}, C {args.c_reg}, pairwise; settings {overrides or 'default'}")
    print(f"{'':<44}{'R-1':>7}{'R-2':>7}{'R-Lsum':>8}   ours − Lead-3")
    print(lead_line(hand))
    print(line("hand-weighted score (default)", hand, ci=True))
    print(line("  even ids", hand_even))
    print(line("  odd ids", hand_odd), flush=True)
    for title, weights in (("learned replaces it", {"hand_weight": 0.0, "learned_weight": 1.0}),
                           (f"learned added, weight {args.weight}",
                            {"hand_weight": 1.0, "learned_weight": args.weight})):
        config = ExtractiveConfig(**{**overrides, **weights})
        on_even = summarise_rows(even, config, models["even"], scorer)
        on_odd = summarise_rows(odd, config, models["odd"], scorer)
        print(line(f"{title}: cross-fitted", merge(on_even, on_odd), ci=True))
        print(line("  even ids (model fitted on the odd ids)", on_even))
        print(line("  odd ids (model fitted on the even ids)", on_odd))
        print(line(f"{title}: in-sample (fitted on all)", summarise_rows(rows, config, final, scorer)), flush=True)
    print("weights of the model fitted on all 250 (standardised features):")
    for name, (coef, _, _) in sorted(final["weights"].items(), key=lambda kv: -abs(kv[1][0])):
        print(f"  {name:<22}{coef:+.3f}")
    if not args.no_write:
        path = REPO / "summarise" / MODEL_FILE
        path.write_text(model_json(final, len(rows)), encoding="utf-8")
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
