#!/usr/bin/env python
"""Dump each fold's fitted parameters and its test pages' line probabilities (scratch for decoder experiments).

Runs the same fits as scripts/fit_normaliser.py (same folds, same procedure) and pickles, per fold, the
parameters and the out-of-fold line probabilities, so that decoders over the probabilities can be compared
without refitting. Never writes into the repository.

    NEWSBRIEF_EVAL_DIR=/work/shared/eval nice -n 19 .venv/bin/python scripts/seq_dump.py CACHE.pkl OUT.pkl
"""
from __future__ import annotations

import pickle
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fit_normaliser as fn  # noqa: E402
from evaldata import boilerplate_pages  # noqa: E402


def main() -> int:
    cache, out = Path(sys.argv[1]), Path(sys.argv[2])
    pages = boilerplate_pages(None)
    rows = fn.features(pages, cache)
    groups = [fn.site_group(p) for p in pages]
    folds = fn.group_folds(groups, 5)
    dump = {"folds": folds, "params": {}, "probs": {}, "insample": {}}
    for fold in (2, 3, 4, 0, 1):
        t0 = time.perf_counter()
        params, inner = fn.fit_models(pages, rows, fn.fold_train(folds, fold))
        dump["params"][fold] = params
        dump["insample"][fold] = inner
        for k, f in enumerate(folds):
            if f == fold:
                dump["probs"][k] = fn.content_probabilities(rows[k][0], params) if rows[k][0] else []
        print(f"fold {fold}: {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    with out.open("wb") as f:
        pickle.dump(dump, f)
    return 0


if __name__ == "__main__":
    sys.exit(main())
