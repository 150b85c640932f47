#!/usr/bin/env python
"""Compare keep decoders over the dumped out-of-fold line probabilities (scripts/seq_dump.py), and summarise
fit_normaliser.py's per-page output by fold group (BENCHMARKS.md, "Sequence decoder").

    # the fold models' test-page probabilities, once (the same fits as fit_normaliser.py's CV)
    NEWSBRIEF_EVAL_DIR=… nice -n 19 .venv/bin/python scripts/seq_dump.py CACHE.pkl DUMP.pkl
    # a grid of decoders (region | breaks | fine), or one (cfg:sqrt,SWITCH,GAP,OUTSIDE,N_MODES), on the folds named
    NEWSBRIEF_EVAL_DIR=… nice -n 19 .venv/bin/python scripts/seq_experiment.py CACHE.pkl DUMP.pkl region 0,1
    # folds 0-1 / 2-4 / all of a fit_normaliser.py --per-page file
    .venv/bin/python scripts/seq_experiment.py perpage PER_PAGE.jsonl

Every decoder column comes from the same fold models as the base decision ("base": the shipped per-line
decision with the page layer), the rules alone and keep-everything.
"""
from __future__ import annotations

import math
import pickle
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fit_normaliser as fn  # noqa: E402
from eval_normalise import tokens  # noqa: E402
from evaldata import BOILERPLATE_SETS, boilerplate_pages  # noqa: E402
from line_oracle import f1_lines  # noqa: E402

from newsbrief.normalise.learned import _logit as logit, sequence_scores  # noqa: E402 - the decoder's own logit


def f1_of(line_counts, gold, keep) -> float:
    """Word F1 of the kept lines (line_oracle.f1_lines, the same bag-of-words F1 as eval_normalise.prf)."""
    return f1_lines(line_counts, gold, keep)[2]


def load(cache: str, dump: str):
    pages = boilerplate_pages(None)
    rows = fn.features(pages, Path(cache))
    with open(dump, "rb") as f:
        d = pickle.load(f)
    line_counts = [[tokens(t) for t in r[3]] for r in rows]
    golds = [tokens(p["gold_text"]) for p in pages]
    return pages, rows, d, line_counts, golds


def table(pages, d, scores: dict[str, list[float]], folds_sel) -> None:
    """One row per decoder, one column per dataset: mean page F1 over the pages of the folds `folds_sel`."""
    sets = [ds for ds in BOILERPLATE_SETS if any(p["dataset"] == ds and d["folds"][k] in folds_sel
                                                  for k, p in enumerate(pages))]
    idx = {ds: [k for k, p in enumerate(pages) if p["dataset"] == ds and d["folds"][k] in folds_sel] for ds in sets}
    print("| decoder | " + " | ".join(f"{ds} ({len(idx[ds])})" for ds in sets) + " |")
    print("|---" * (len(sets) + 1) + "|")
    for name, s in scores.items():
        print(f"| {name} | " + " | ".join(f"{statistics.mean(s[k] for k in idx[ds]):.4f}" for ds in sets) + " |")


from newsbrief.normalise.sequence import (  # noqa: E402
    NEG, REGION_START, region_emissions, region_keep, region_transitions, two_state, viterbi,
)

WEIGHTS = {"one": lambda w: 1.0, "log": lambda w: math.log1p(w), "sqrt": lambda w: math.sqrt(w)}


def with_fallback(keep, mode_fixed, rule_kept, words, params):
    """learned.decide's fallback: the rules decide a page where the model keeps under `fallback` of their words."""
    dec = [i for i, x in enumerate(mode_fixed) if x is None]
    model_words = sum(words[i] for i in dec if keep[i])
    rule_words = sum(words[i] for i in dec if rule_kept[i])
    if rule_words and model_words < params.get("fallback", 0.0) * rule_words:
        return [x if x is not None else r for x, r in zip(mode_fixed, rule_kept)]
    return keep


def decode(row, probs, params, mode, enter, leave, weight="one"):
    """The page's keep decision in `mode`, re-decoded by the two-state decoder over the decidable lines."""
    vectors, _, _, texts, fixed, rule_kept, roles = row
    soft, reasons, has_title, words = fn.page_inputs(row)
    name, relaxed, threshold, drop = params["page"]["modes"][mode]
    mode_fixed = [None if relaxed and s else x for x, s in zip(fixed, soft)]
    idx = [i for i, x in enumerate(mode_fixed) if x is None]
    g = WEIGHTS[weight]
    scores = [g(words[i]) * (logit(probs[i]) - logit(drop if rule_kept[i] else threshold)) for i in idx]
    keep = [bool(x) for x in mode_fixed]
    for i, k in zip(idx, two_state(scores, enter, leave)):
        keep[i] = k
    return with_fallback(keep, mode_fixed, rule_kept, words, params)


def region_variant(scores, switch, gap, outside, breaks, pass_fixed) -> list[bool]:
    """sequence.main_region, and two variants that were tried: `breaks[i]` (a fixed date/byline/end line) is
    never inside the region; `pass_fixed`: a kept run may pass over a fixed line at the gap cost, no switch."""
    emissions = region_emissions(scores, gap, outside)
    for e, s, b in zip(emissions, scores, breaks):
        if b:
            e[1] = e[2] = NEG
        elif s is None and pass_fixed:
            e[1] = -gap
    return region_keep(viterbi(emissions, region_transitions(switch), REGION_START), scores, outside)


def region_decode(row, probs, params, mode, switch, gap, outside, breakers=(), pass_fixed=False, skip=("r_box",)):
    """The page's keep decision in `mode`, re-decoded with one main region (learned.sequence_keep's scores;
    sequence.main_region, or one of the variants of `region_variant`)."""
    vectors, _, _, texts, fixed, rule_kept, roles = row
    soft, reasons, has_title, words = fn.page_inputs(row)
    name, relaxed, threshold, drop = params["page"]["modes"][mode]
    mode_fixed = [None if relaxed and s else x for x, s in zip(fixed, soft)]
    idx, scores = sequence_scores(mode_fixed, rule_kept, probs, words, reasons, threshold, drop, skip)
    breaks = [mode_fixed[i] is False and reasons[i] in breakers for i in idx]
    keep = [bool(x) for x in mode_fixed]
    for i, k, s in zip(idx, region_variant(scores, switch, gap, outside, breaks, pass_fixed), scores):
        if s is not None:
            keep[i] = k
    return with_fallback(keep, mode_fixed, rule_kept, words, params)


def run_grid(rows, d, lc, golds, base_modes, base, configs, sel):
    """{config name: per-page F1 (base F1 for pages not in folds `sel` or in a mode the config skips)}."""
    out = {}
    for name, fn_decode, modes in configs:
        f = list(base)
        for k, row in enumerate(rows):
            if not row[0] or d["folds"][k] not in sel or base_modes[k] not in modes:
                continue
            f[k] = f1_of(lc[k], golds[k], fn_decode(row, d["probs"][k], d["params"][d["folds"][k]], base_modes[k]))
        out[name] = f
    return out


def selector_experiment(pages, rows, d, lc, golds) -> None:
    """Tried, not shipped: a per-page logistic selector (page-layer features + decoded shares, trained on the
    training folds' in-sample probabilities) between the shipped decoder and an aggressive one (breakers,
    nothing kept outside the region), on article-mode pages. Prints folds 0-1 and 2-4."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    from newsbrief.normalise.learned import SEQUENCE_SKIP as SK, mode_decisions
    from newsbrief.normalise.pagemode import MODES, page_features

    INF, C = float("inf"), 1.0
    results = {}

    def feats_and_keeps(k, probs, params):
        row = rows[k]
        soft, reasons, has_title, words = fn.page_inputs(row)
        kept = mode_decisions(row[4], soft, row[5], probs, words, [list(m) for m in MODES], params.get("fallback", 0.25))
        x = page_features(row[0], probs, words, row[5], soft, reasons, has_title, kept)
        mode = fn.page_keep(row, probs, {**params, "sequence": None})[1]
        ship = region_decode(row, probs, params, 0, 3, 3, 3, (), False, SK)
        aggr = region_decode(row, probs, params, 0, 3, 1, INF, ("date", "byline"), False, SK)
        tot = max(1, sum(words))

        def share(keep):
            return sum(w for w, q in zip(words, keep) if q) / tot

        x = x + [share(ship), share(aggr), share(ship) - share(aggr)]
        return x, mode, ship, aggr

    for fold in (0, 1, 2, 3, 4):
        params = d["params"][fold]
        X, y, w = [], [], []
        for k, probs in d["insample"][fold].items():
            if not rows[k][0] or len(rows[k][0]) < 20:
                continue
            x, mode, ship, aggr = feats_and_keeps(k, probs, params)
            a, b = f1_of(lc[k], golds[k], aggr), f1_of(lc[k], golds[k], ship)
            if mode == 0 and abs(a - b) > 1e-9:  # the target: the aggressive decode is the better one here
                X.append(x)
                y.append(int(a > b))
                w.append(abs(a - b))
        X = np.array(X)
        sc = StandardScaler().fit(X)
        sc.scale_[sc.scale_ == 0] = 1
        m = LogisticRegression(C=C, max_iter=3000).fit(sc.transform(X), y, sample_weight=w)
        for k, f in enumerate(d["folds"]):
            if f != fold or not rows[k][0]:
                continue
            probs = d["probs"][k]
            x, mode, ship, aggr = feats_and_keeps(k, probs, params)
            base = fn.page_keep(rows[k], probs, {**params, "sequence": None})[0]
            if mode != 0:
                results[k] = (f1_of(lc[k], golds[k], base),) * 4
                continue
            s, a = f1_of(lc[k], golds[k], ship), f1_of(lc[k], golds[k], aggr)
            pick = a if (len(rows[k][0]) >= 20 and m.predict_proba(sc.transform([x]))[0, 1] > 0.5) else s
            results[k] = (f1_of(lc[k], golds[k], base), s, pick, max(s, a))
        print("fold", fold, "done", file=sys.stderr)
    for lab, sel in (("0-1", (0, 1)), ("2-4", (2, 3, 4))):
        print(lab)
        for ds in BOILERPLATE_SETS:
            ks = [k for k in results if pages[k]["dataset"] == ds and d["folds"][k] in sel]
            if ks:
                print(f"  {ds:15s} " + " ".join(f"{name} {statistics.mean(results[k][j] for k in ks):.4f}" for j, name in
                                                enumerate(("per-line", "decoder", "selector", "oracle"))))


def per_page_tables(path: str) -> None:
    """Folds 0-1 (chosen on), folds 2-4 (held out) and all folds from fit_normaliser.py --per-page output."""
    import json

    recs = [json.loads(line) for line in open(path, encoding="utf-8")]
    cols = ("f1_learned", "f1_per_line", "f1_rules", "f1_keep")
    for label, sel in (("folds 0-1 (chosen on)", {0, 1}), ("folds 2-4 (held out)", {2, 3, 4}),
                       ("all 5 folds", {0, 1, 2, 3, 4})):
        print(f"\n{label}\n| dataset | pages | decoder | per-line | rules | keep | decoder vs per-line: pages up / down |")
        print("|---|---|---|---|---|---|---|")
        for ds in BOILERPLATE_SETS:
            r = [x for x in recs if x["dataset"] == ds and x["fold"] in sel]
            if r:
                up = sum(x["f1_learned"] > x["f1_per_line"] + 0.01 for x in r)
                down = sum(x["f1_learned"] < x["f1_per_line"] - 0.01 for x in r)
                print(f"| {ds} | {len(r)} | " + " | ".join(f"{statistics.mean(x[c] for x in r):.3f}" for c in cols)
                      + f" | {up} / {down} |")


if __name__ == "__main__" and sys.argv[1] == "perpage":
    per_page_tables(sys.argv[2])
elif __name__ == "__main__":
    pages, rows, d, lc, golds = load(sys.argv[1], sys.argv[2])
    which = sys.argv[3]
    sel = tuple(int(x) for x in sys.argv[4].split(","))
    base_modes, base, rules, keepall, oracle = {}, [], [], [], []
    for k, row in enumerate(rows):
        if not row[0]:
            base_modes[k] = 0
            for x in (rules, keepall, base, oracle):
                x.append(0.0)
            continue
        # the per-line decision, also when the dump's parameters carry the decoder's costs
        keep, mode = fn.page_keep(row, d["probs"][k], {**d["params"][d["folds"][k]], "sequence": None})
        base_modes[k] = mode
        base.append(f1_of(lc[k], golds[k], keep))
        rules.append(f1_of(lc[k], golds[k], row[5]))
        keepall.append(f1_of(lc[k], golds[k], [True] * len(row[5])))
        # the ceiling of any decoder of the article mode: its fixed lines as they are, the gold label on the rest
        oracle.append(f1_of(lc[k], golds[k], [x if x is not None else bool(y) for x, y in zip(row[4], row[1])]))
    configs = []
    if which == "twostate":  # sequence.two_state over the decided lines (fixed lines skipped)
        for weight in ("one", "log", "sqrt"):
            for lam in ((0.5, 1, 2, 4) if weight == "one" else (1, 2, 4, 8)):
                for modes in ((0,), (0, 1, 2, 3, 4)):
                    configs.append((f"{weight} {lam} {'A' if len(modes) == 1 else 'M'}",
                                    lambda r, p, pa, m, a=lam, w=weight: decode(r, p, pa, m, a, a, w), modes))
    elif which == "region":
        for weight in ("sqrt",):
            for switch in (1, 3):
                for gap in (0.3, 1, 3):
                    for outside in (1, 3, float("inf")):
                        for modes in ((0,), (0, 1, 2, 3, 4)):
                            configs.append((f"{weight} s{switch} g{gap} o{outside} {'A' if len(modes) == 1 else 'M'}",
                                            lambda r, p, pa, m, a=switch, b=gap, c=outside, w=weight:
                                            region_decode(r, p, pa, m, a, b, c), modes))
    elif which == "breaks":
        sets = {"none": (), "B1": ("date", "byline"), "B2": ("date", "byline", "end", "comments", "copyright")}
        for bname, bset in sets.items():
            for gap in (1, 3):
                for outside in (3, 6, float("inf")):
                    for modes in ((0,), (0, 1, 2, 3, 4)):
                        configs.append((f"{bname} s3 g{gap} o{outside} {'A' if len(modes) == 1 else 'M'}",
                                        lambda r, p, pa, m, b=gap, c=outside, bs=bset:
                                        region_decode(r, p, pa, m, 3, b, c, bs), modes))
    elif which == "fine":
        for switch in (2, 3, 5):
            for gap in (2, 3, 5):
                for outside in (2, 3, 4):
                    configs.append((f"s{switch} g{gap} o{outside} A", lambda r, p, pa, m, a=switch, b=gap, c=outside:
                                    region_decode(r, p, pa, m, a, b, c), (0,)))
    elif which == "pass":
        for switch in (2, 3, 5):
            for gap in (1, 3):
                for outside in (2, 3, 4):
                    configs.append((f"pass s{switch} g{gap} o{outside} A", lambda r, p, pa, m, a=switch, b=gap, c=outside:
                                    region_decode(r, p, pa, m, a, b, c, (), True), (0,)))
    elif which == "skip":  # which fixed lines the sequence skips instead of counting them as a gap
        for sname, skip in (("box", ("r_box",)), ("box+phrase", ("r_box", "r_phrase")),
                            ("box+phrase+caption", ("r_box", "r_phrase", "r_caption")), ("all", "all")):
            for switch, gap, outside in ((3, 3, 3), (3, 1, 3), (2, 2, 2), (5, 5, 3)):
                configs.append((f"skip {sname} s{switch} g{gap} o{outside} A",
                                lambda r, p, pa, m, a=switch, b=gap, c=outside, sk=skip:
                                region_decode(r, p, pa, m, a, b, c, (), False, sk), (0,)))
    elif which == "selector":
        selector_experiment(pages, rows, d, lc, golds)
        sys.exit(0)
    elif which == "none":  # the baselines and the oracle only
        pass
    elif which.startswith("cfg:"):  # cfg:weight,switch,gap,outside,modes
        w, a, b, c, m = which[4:].split(",")
        configs.append((which, lambda r, p, pa, mo: region_decode(r, p, pa, mo, float(a), float(b), float(c)),
                        tuple(range(int(m)))))
    sc = {"base": base, "rules": rules, "keep": keepall, "oracle (article mode's decided lines)": oracle}
    sc.update(run_grid(rows, d, lc, golds, base_modes, base, configs, sel))
    table(pages, d, sc, sel)  # first: the run's result is printed even if the dump below fails
    dump = Path("/tmp/norm-seq") / f"sc_{which.replace('/', '_')}_{sys.argv[4]}.pkl"
    dump.parent.mkdir(parents=True, exist_ok=True)
    with open(dump, "wb") as f:
        pickle.dump(sc, f)
