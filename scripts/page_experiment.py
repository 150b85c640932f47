#!/usr/bin/env python
"""Page-layer experiments without a full CV: stage 1 (slow, once) fits each fold's line and context models and stores,
for every page, its line probabilities (in-sample for training pages, fold model for test pages) and the F1 of each
mode's final text (what decide_page emits when that mode is chosen); stage 2 (seconds) refits only the page layer
with other features/targets/weights and scores the test pages by the mode it picks.

    .venv/bin/python scripts/page_experiment.py stage1 --cache CACHE.pkl --out DIR/stage1.pkl  # ~5-10 min
    .venv/bin/python scripts/page_experiment.py stage2 --cache CACHE.pkl --out DIR/stage1.pkl  # ~3 min: DIR/stage2.pkl
    .venv/bin/python scripts/page_experiment.py sweep --out DIR/stage1.pkl  # seconds per setting

The sweep refits the page layer with fit_normaliser.fit_page itself (PAGE_C, PAGE_TIE) and prints per dataset the
mean F1 over all folds / held-out folds 2-4 / folds 0-1 and the pages in an open mode; with the shipped settings it
reproduces the full CV's per-page scores exactly (the line models, features and decisions are the same).
"""
from __future__ import annotations

import pickle
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

import fit_normaliser as fn  # noqa: E402
from newsbrief.normalise import learned  # noqa: E402
from newsbrief.normalise.pagemode import MODES  # noqa: E402


def mode_f1s(page, row, probs, params):
    """F1 of each mode's final text on the page (decide_page with the mode forced)."""
    out = []
    orig = learned.choose_mode
    try:
        for m in range(len(MODES)):
            learned.choose_mode = lambda r, layer, m=m: m
            keep, _ = fn.page_keep(row, probs, params)
            out.append(fn.prf(fn.emitted(row[3], row[6], keep)[0], page["gold_text"])[2])
    finally:
        learned.choose_mode = orig
    return out


def stage1(cache, out):
    pages = fn.boilerplate_pages(None)
    rows = fn.features(pages, Path(cache))
    groups = [fn.site_group(p) for p in pages]
    folds = fn.group_folds(groups, 5)
    data = {"ids": [p["id"] for p in pages], "datasets": [p["dataset"] for p in pages], "folds": folds, "per_fold": {}}
    for fold in range(5):
        train = fn.fold_train(folds, fold)
        insample = []
        params = fn.fit([rows[k] for k in train], 1.0, 0.5, insample)
        params["page"] = {"modes": [list(m) for m in MODES], "min_lines": fn.MIN_LINES}
        probs = dict(zip(train, insample))
        for k, f in enumerate(folds):
            if f == fold:
                probs[k] = learned.content_probabilities(rows[k][0], params) if rows[k][0] else []
        f1 = {k: mode_f1s(pages[k], rows[k], probs[k], params) for k in probs if rows[k][0]}
        data["per_fold"][fold] = {"params": params, "probs": probs, "f1": f1}
        print("fold", fold, "done", file=sys.stderr, flush=True)
    with open(out, "wb") as fh:
        pickle.dump(data, fh)


def extra_features(row, probs, kept, words):
    """Candidate page features (names -> value) beyond PAGE_FEATURE_NAMES."""
    from newsbrief.normalise.comments import THREAD_REASON
    from newsbrief.normalise.pagemode import _I
    vectors, roles = row[0], row[6]
    reasons = [r for _, r in roles]
    n = len(vectors)
    total = max(1, sum(words))
    term = [v[_I["terminal"]] > 0.5 for v in vectors]
    prose = [t and w >= 10 for t, w in zip(term, words)]
    prose_words = sum(w for w, p in zip(words, prose) if p)
    k0 = kept[0]
    kidx = [i for i, k in enumerate(k0) if k]
    first, last = (kidx[0], kidx[-1]) if kidx else (n, -1)
    art_prose = sum(w for w, p, k in zip(words, prose, k0) if p and k) / max(1, prose_words)
    before = [p and i < first for i, p in enumerate(prose)]
    after = [p and i > last for i, p in enumerate(prose)]
    def blocks(flags):
        b, prev = 0, False
        for f in flags:
            b += f and not prev
            prev = f
        return b
    f = {
        "art_prose_kept": art_prose,
        "prose_before_span": sum(w for w, x in zip(words, before) if x) / total,
        "prose_after_span": sum(w for w, x in zip(words, after) if x) / total,
        "prose_blocks_outside": __import__("math").log1p(blocks(before) + blocks(after)) / 3,
        "thread_found": float(THREAD_REASON in reasons),
        "section_found": float("comment section" in reasons),
        "thread_words": sum(w for w, r in zip(words, reasons) if r == THREAD_REASON) / total,
        "section_words": sum(w for w, r in zip(words, reasons) if r == "comment section") / total,
        "above_words": sum(w for w, r in zip(words, reasons) if r == "above the headline") / total,
        "second_words": sum(w for w, r in zip(words, reasons) if r == "second article") / total,
        "art_kept_words": __import__("math").log1p(sum(w for w, k in zip(words, k0) if k)) / 8,
        "prose_share_all": prose_words / total,
    }
    for m in range(1, len(kept)):
        f[f"gain_{m}"] = (sum(w for w, k in zip(words, kept[m]) if k) - sum(w for w, k in zip(words, k0) if k)) / total
    return f


def stage2(cache, s1, out):
    from newsbrief.normalise.learned import mode_decisions
    from newsbrief.normalise.pagemode import page_features
    pages = fn.boilerplate_pages(None)
    rows = fn.features(pages, Path(cache))
    with open(s1, "rb") as fh:
        d = pickle.load(fh)
    res = {}
    for fold, pf in d["per_fold"].items():
        tab = {}
        for k, probs in pf["probs"].items():
            row = rows[k]
            if not row[0]:
                continue
            soft, reasons, has_title, words = fn.page_inputs(row)
            kept = mode_decisions(row[4], soft, row[5], probs, words, [list(m) for m in MODES], fn.FALLBACK)
            x = page_features(row[0], probs, words, row[5], soft, reasons, has_title, kept)
            g = [fn.prf(fn.emitted(row[3], row[6], keep)[0], pages[k]["gold_text"])[2] for keep in kept]
            tab[k] = (x, g, extra_features(row, probs, kept, words), len(row[0]))
        res[fold] = tab
        print("stage2 fold", fold, file=sys.stderr, flush=True)
    with open(out, "wb") as fh:
        pickle.dump(res, fh)


def sweep(s1_path, settings):
    import statistics

    with open(s1_path, "rb") as fh:
        s1 = pickle.load(fh)
    with open(s1_path.replace("stage1", "stage2"), "rb") as fh:
        s2 = pickle.load(fh)
    folds, datasets = s1["folds"], s1["datasets"]
    for c, tie in settings:
        fn.PAGE_C, fn.PAGE_TIE = c, tie
        score, opened = {}, {}
        for fold in range(5):
            tab, f1 = s2[fold], s1["per_fold"][fold]["f1"]
            layer = fn.fit_page([tab[k][0] for k in tab if folds[k] != fold], [tab[k][1] for k in tab if folds[k] != fold])
            for k in tab:
                if folds[k] == fold:
                    mode = learned.choose_mode(tab[k][0], layer) if tab[k][3] >= fn.MIN_LINES else 0
                    score[k], opened[k] = f1[k][mode], mode != 0
        parts = []
        for name in fn.DATASETS:
            ks = [k for k in score if datasets[k] == name]
            split = [statistics.mean([score[k] for k in ks if folds[k] in fs] or [0]) for fs in ((0, 1, 2, 3, 4), (2, 3, 4), (0, 1))]
            parts.append(f"{name} " + "/".join(f"{x:.4f}" for x in split) + f" open {sum(opened[k] for k in ks)}")
        print(f"C {c} tie {tie}: " + ", ".join(parts), flush=True)


if __name__ == "__main__":
    import argparse
    ap = argparse.ArgumentParser()
    ap.add_argument("stage")
    ap.add_argument("--cache", default="/work/scratch/s24/base.pkl")
    ap.add_argument("--out", default="/work/scratch/s24/page9/stage1.pkl")
    a = ap.parse_args()
    if a.stage == "stage1":
        stage1(a.cache, a.out)
    elif a.stage == "stage2":
        stage2(a.cache, a.out, a.out.replace("stage1", "stage2"))
    elif a.stage == "sweep":
        sweep(a.out, [(c, t) for c in (0.1, 0.3) for t in (0.0, 0.005)])