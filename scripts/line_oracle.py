#!/usr/bin/env python
"""The ceiling of the normaliser's line representation, and where the fold models lose against it (issue 10).

Everything is word-bag F1 as the CV scores it (`eval_normalise.prf`: lower-case ``\\w+`` tokens, multiset
overlap, mean of per-page F1) over the lines exactly as the normaliser splits a page (`fit_normaliser.page_rows`,
read from its feature cache). Per page:

* **bag**: every gold token the raw text holds and nothing else (P = 1, R = the multiset share of gold tokens
  found in raw_text): no extractor of the raw words can do better.
* **label oracle**: the lines `fit_normaliser.line_label` marks gold (the model's training targets), any role.
* **best lines (any role)**: the subset of lines with the best page F1, found by local search (toggle one line
  while F1 rises, from the label oracle and from the lines most of whose words are gold; the better of the
  two). A lower bound of the exact optimum (a subset problem), in practice close: it is at least the label oracle.
* **best lines (text)**: the same, but only lines the record can put in `text` (title, byline, date and summary
  box lines are held outside it by design); the ceiling for the scored `text` field.
* **aligned lines (text)**: the label oracle over the text lines, then local search that may drop any line but add
  only a line whose word sequence (3+ words) occurs in the gold's. The bag oracles may add a reader comment made of
  words the gold holds elsewhere; this one keeps what a reader would call the gold lines, and the losses below are
  measured against it.

What limits it: gold tokens absent from the raw text (`bag`), the lines that mix gold and non-gold words
(precision lost by keeping them, recall lost by dropping them: the oracles' own P and R), and the lines the
record keeps outside `text`.

`--losses FOLDS` refits the fold models of those folds (the same procedure as fit_normaliser.py's CV) and
compares each test page's `text` lines with the aligned oracle: every line where they disagree gets a kind (a
kept line by where it lies against the oracle's first and last kept line and by its shape, prose = 12+ words or
6+ ending a sentence; a dropped line by where it lies against our own first and last kept line and by the rule
reason it carries), and a kind's cost is the F1 the page gains when only that kind's lines are set to the
oracle's decision (mean over the dataset's pages). Each page below the oracle by more than 0.01 is counted once,
under its costliest kind (or "page (nearly) all dropped" when we keep under a fifth of the oracle's words), with
its whole gap. `--dump` keeps the fold decisions (and every mode's) for reading pages without refitting;
`--above-grid` then prints the grid `learned.story_above_headline` was chosen on (folds 0-1).

    NEWSBRIEF_EVAL_DIR=/work/shared/eval nice -n 19 .venv/bin/python scripts/line_oracle.py --cache C.pkl
    NEWSBRIEF_EVAL_DIR=/work/shared/eval nice -n 19 .venv/bin/python scripts/line_oracle.py --cache C.pkl --losses 0,1 \
        --dump D.pkl
"""

from __future__ import annotations

import argparse
import statistics
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fit_normaliser as fn  # noqa: E402 - one cache, one fold split, one fit procedure
from eval_normalise import prf, tokens  # noqa: E402 - one scorer
from evaldata import boilerplate_pages  # noqa: E402

#: roles whose lines the record keeps outside `text` (emitted() puts only "content" lines there)
META_ROLES = ("title", "byline", "published", "takeaway")
SENTENCE_END = (".", "!", "?", '"', "”", "’", "'", ")")


class Bag:
    """A kept multiset of tokens against a gold multiset, with O(line) updates of the overlap."""

    def __init__(self, gold: Counter):
        self.gold, self.kept, self.overlap, self.size = gold, Counter(), 0, 0
        self.total = sum(gold.values())

    def delta(self, c: Counter, sign: int) -> int:
        d = 0
        for t, n in c.items():
            have, g = self.kept[t], self.gold.get(t, 0)
            d += min(have + sign * n, g) - min(have, g)
        return d

    def toggle(self, c: Counter, sign: int) -> None:
        self.overlap += self.delta(c, sign)
        self.kept.update({t: sign * n for t, n in c.items()})
        self.size += sign * sum(c.values())

    def f1(self, overlap: int | None = None, size: int | None = None) -> float:
        o = self.overlap if overlap is None else overlap
        s = self.size if size is None else size
        return 2 * o / (s + self.total) if o else 0.0


def f1_lines(counts: list[Counter], gold: Counter, keep) -> tuple[float, float, float]:
    kept = Counter()
    for c, k in zip(counts, keep):
        if k:
            kept.update(c)
    o = sum((kept & gold).values())
    if not o:
        return 0.0, 0.0, 0.0
    p, r = o / sum(kept.values()), o / sum(gold.values())
    return p, r, 2 * p * r / (p + r)


def best_subset(counts: list[Counter], gold: Counter, start: list[bool], allowed: list[bool],
                addable: list[bool] | None = None) -> list[bool]:
    """Local search over the allowed lines: toggle a line while the page F1 rises (first improvement); a line
    not `addable` may only be dropped."""
    keep = [k and a for k, a in zip(start, allowed)]
    bag = Bag(gold)
    for c, k in zip(counts, keep):
        if k:
            bag.toggle(c, 1)
    for _ in range(20):
        changed = False
        for i, c in enumerate(counts):
            if not allowed[i] or not c:
                continue
            sign = -1 if keep[i] else 1
            if sign > 0 and addable is not None and not addable[i]:
                continue
            n = sum(c.values())
            if bag.f1(bag.overlap + bag.delta(c, sign), bag.size + sign * n) > bag.f1() + 1e-12:
                bag.toggle(c, sign)
                keep[i] = not keep[i]
                changed = True
        if not changed:
            break
    return keep


def oracle(counts: list[Counter], gold: Counter, labels: list[int], allowed: list[bool]) -> list[bool]:
    """The better of two local searches: from the label oracle, and from the lines mostly made of gold words."""
    mostly = [sum((c & gold).values()) * 2 > sum(c.values()) for c in counts]
    a = best_subset(counts, gold, [bool(x) for x in labels], allowed)
    b = best_subset(counts, gold, mostly, allowed)
    return a if f1_lines(counts, gold, a)[2] >= f1_lines(counts, gold, b)[2] else b


def aligned(counts: list[Counter], texts: list[str], gold_text: str, labels: list[int], allowed: list[bool]) -> list[bool]:
    """The order-aware oracle: the label oracle, then local search that may drop any line but add only a line whose
    word sequence (3+ words) occurs in the gold's. The bag oracle (`oracle`) may also add a line made of common
    words the gold holds elsewhere (a reader comment "That's what I was thinking."): an upper bound, not a
    decision anyone could learn."""
    flat = " " + " ".join(fn._toks(gold_text)) + " "
    addable = [len(t) >= 3 and f" {' '.join(t)} " in flat for t in map(fn._toks, texts)]
    gold = Counter(fn._toks(gold_text))
    return best_subset(counts, gold, [bool(x) for x in labels], allowed, addable)


def missing_tokens(raw: str, gold: Counter) -> tuple[int, int]:
    """(gold tokens absent from raw_text altogether, gold tokens raw_text holds fewer copies of)."""
    raw_c = tokens(raw)
    absent = sum(n for t, n in gold.items() if t not in raw_c)
    fewer = sum(n - raw_c[t] for t, n in gold.items() if t in raw_c and raw_c[t] < n)
    return absent, fewer


def ceiling(pages, rows, folds, datasets) -> dict:
    """Per-page ceilings (see the module docstring) for the pages of `datasets`; returns {page index: dict}."""
    out = {}
    for k, page in enumerate(pages):
        if page["dataset"] not in datasets:
            continue
        row = rows[k]
        gold = tokens(page["gold_text"])
        counts = [tokens(t) for t in row[3]]
        roles = [r for r, _ in row[6]]
        absent, fewer = missing_tokens(page["raw_text"], gold)
        g = sum(gold.values())
        r_bag = 1 - (absent + fewer) / g if g else 0.0
        every = [True] * len(counts)
        text_ok = [r not in META_ROLES for r in roles]
        best_any = oracle(counts, gold, row[1], every)
        best_text = oracle(counts, gold, row[1], text_ok)
        seq_text = aligned(counts, row[3], page["gold_text"], row[1], text_ok)
        out[k] = {"fold": folds[k], "dataset": page["dataset"], "gold": g, "absent": absent, "fewer": fewer,
                  "bag": 2 * r_bag / (1 + r_bag) if r_bag else 0.0,
                  "label": f1_lines(counts, gold, row[1]), "any": f1_lines(counts, gold, best_any),
                  "text": f1_lines(counts, gold, best_text),
                  "aligned": f1_lines(counts, gold, seq_text), "keep_text": seq_text,
                  "keep_all": prf(page["raw_text"], page["gold_text"])[2]}
    return out


def ceiling_table(res: dict, datasets) -> None:
    m = statistics.mean
    print("| dataset | folds | pages | keep-everything | bag (raw words) | label oracle | best lines, any role (P / R) "
          "| best lines, text (P / R) | aligned lines, text (P / R) | gold tokens absent from raw / fewer copies |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for ds in datasets:
        for name, sel in (("0", {0}), ("1", {1}), ("2", {2}), ("3", {3}), ("4", {4}), ("0-1", {0, 1}),
                          ("2-4", {2, 3, 4}), ("all", {0, 1, 2, 3, 4})):
            r = [x for x in res.values() if x["dataset"] == ds and x["fold"] in sel]
            if not r:
                continue
            g = sum(x["gold"] for x in r)
            print(f"| {ds} | {name} | {len(r)} | {m(x['keep_all'] for x in r):.3f} | {m(x['bag'] for x in r):.3f} | "
                  f"{m(x['label'][2] for x in r):.3f} | {m(x['any'][2] for x in r):.3f} "
                  f"({m(x['any'][0] for x in r):.3f} / {m(x['any'][1] for x in r):.3f}) | "
                  f"{m(x['text'][2] for x in r):.3f} ({m(x['text'][0] for x in r):.3f} / {m(x['text'][1] for x in r):.3f}) | "
                  f"{m(x['aligned'][2] for x in r):.3f} ({m(x['aligned'][0] for x in r):.3f} / {m(x['aligned'][1] for x in r):.3f}) | "
                  f"{sum(x['absent'] for x in r) / g:.4f} / {sum(x['fewer'] for x in r) / g:.4f} |")
    for ds in datasets:
        r = [x for x in res.values() if x["dataset"] == ds]
        if r:
            worst = sorted(x["aligned"][2] for x in r)
            print(f"{ds}: pages whose aligned text oracle is under 0.9: {sum(f < 0.9 for f in worst)}, under 0.7: "
                  f"{sum(f < 0.7 for f in worst)}; gold under 20 tokens: {sum(x['gold'] < 20 for x in r)}")


# ---- losses against the oracle ----------------------------------------------------------------------------------

def line_kind(i: int, ours: bool, orc: bool, first: int, last: int, span: tuple[int, int], text: str, reason: str,
              words: int) -> str:
    """The kind of one line on which our decision and the oracle's differ: a kept line by where it lies against
    the oracle's kept lines (first..last) and its shape; a dropped one by where it lies against ours (span)."""
    prose = words >= 12 or (words >= 6 and text.rstrip().endswith(SENTENCE_END))
    if ours and not orc:
        if first < 0:
            return "kept, page has no gold line"
        where = "before the story" if i < first else "after the story" if i > last else "inside the story"
        return f"kept {where}: {'prose' if prose else 'short line'}"
    if span[0] < 0:
        return "dropped: we kept nothing"
    if i < span[0]:
        return f"dropped before our first kept line: lead ({reason})"
    if i > span[1]:
        return f"dropped after our last kept line: story's end ({reason})"
    return f"dropped inside our kept span ({reason})"


def fold_decisions(pages, rows, folds, sel: list[int], wanted) -> dict:
    """{page: (the lines our `text` keeps, the page's mode, its scored F1)} for the test pages of the folds `sel`,
    from fold models refitted exactly as fit_normaliser.py's CV fits them."""
    decided = {}
    for fold in sel:
        params, _ = fn.fit_models(pages, rows, fn.fold_train(folds, fold))
        print(f"  fold {fold} fitted", file=sys.stderr)
        for k, f in enumerate(folds):
            if f == fold and k in wanted and rows[k][0]:
                probs = fn.content_probabilities(rows[k][0], params)
                keep, mode = fn.page_keep(rows[k], probs, params)
                roles = rows[k][6]
                ours = [q and r not in META_ROLES for q, (r, _) in zip(keep, roles)]
                soft, _, _, words = fn.page_inputs(rows[k])
                modes = fn.mode_decisions(rows[k][4], soft, rows[k][5], probs, words, params["page"]["modes"],
                                          params.get("fallback", 0.0))
                decided[k] = (ours, mode, prf(fn.emitted(rows[k][3], roles, keep)[0], pages[k]["gold_text"])[2], modes)
    return decided


def losses(pages, rows, folds, res: dict, sel: list[int], datasets, dump: str | None = None) -> None:
    """Attribute each test page's gap to the oracle to kinds of lines (see the module docstring). `dump`: a pickle
    of the fold decisions, written on the first run and read back on the next (no refit)."""
    import pickle

    per_kind = defaultdict(lambda: defaultdict(float))   # dataset -> kind -> summed F1 gain
    pages_kind = defaultdict(lambda: defaultdict(int))   # dataset -> kind -> pages where it is the largest
    page_cost = defaultdict(lambda: defaultdict(float))  # dataset -> page kind -> summed F1 gap
    base, orc_f1, n = defaultdict(list), defaultdict(list), defaultdict(int)
    if dump and Path(dump).is_file():
        with open(dump, "rb") as f:
            decided = pickle.load(f)["decided"]
    else:
        decided = fold_decisions(pages, rows, folds, sel, res)
        if dump:
            with open(dump, "wb") as f:
                pickle.dump({"decided": decided}, f)
    for k, (ours, mode, actual, *_) in decided.items():
        if folds[k] in sel and k in res:
            row, page, ds = rows[k], pages[k], pages[k]["dataset"]
            roles = row[6]
            gold = tokens(page["gold_text"])
            counts = [tokens(t) for t in row[3]]
            orc = res[k]["keep_text"]
            mine = f1_lines(counts, gold, ours)[2]
            top = f1_lines(counts, gold, orc)[2]
            kept_idx = [i for i, q in enumerate(orc) if q]
            first, last = (kept_idx[0], kept_idx[-1]) if kept_idx else (-1, -1)
            ours_idx = [i for i, q in enumerate(ours) if q]
            span = (ours_idx[0], ours_idx[-1]) if ours_idx else (-1, -1)
            kinds = {}
            for i, (a, b) in enumerate(zip(ours, orc)):
                if a != b and counts[i]:
                    kinds[i] = line_kind(i, a, b, first, last, span, row[3][i], roles[i][1], sum(counts[i].values()))
            ours_words = sum(sum(c.values()) for c, q in zip(counts, ours) if q)
            orc_words = sum(sum(c.values()) for c, q in zip(counts, orc) if q)
            gains = {}
            for kind in set(kinds.values()):
                fixed = [b if kinds.get(i) == kind else a for i, (a, b) in enumerate(zip(ours, orc))]
                gains[kind] = f1_lines(counts, gold, fixed)[2] - mine
                per_kind[ds][kind] += gains[kind]
            base[ds].append((actual, mine))
            orc_f1[ds].append(top)
            n[ds] += 1
            gap = top - mine
            if gap > 0.01:
                if orc_words and ours_words < 0.2 * orc_words:
                    pk = "page (nearly) all dropped"
                else:
                    pk = max(gains, key=gains.get) if gains else "other"
                pk = f"{pk} [mode {fn.MODES[mode][0]}]" if mode else pk
                pages_kind[ds][pk] += 1
                page_cost[ds][pk] += gap
    m = statistics.mean
    for ds in datasets:
        if not n[ds]:
            continue
        print(f"\n{ds}, folds {','.join(map(str, sel))} ({n[ds]} pages): learned {m(a for a, _ in base[ds]):.4f} "
              f"(over the cached lines, no dateline step: {m(b for _, b in base[ds]):.4f}), aligned text oracle "
              f"{m(orc_f1[ds]):.4f}")
        print("| line kind | F1 gained by setting only these lines to the oracle (dataset mean) |")
        print("|---|---|")
        for kind, v in sorted(per_kind[ds].items(), key=lambda kv: -kv[1]):
            if v / n[ds] >= 0.0005:
                print(f"| {kind} | {v / n[ds]:.4f} |")
        print("| page kind (its largest line kind; pages > 0.01 below the oracle) | pages | gap to the oracle "
              "(dataset mean) |")
        print("|---|---|---|")
        for kind, v in sorted(page_cost[ds].items(), key=lambda kv: -kv[1]):
            if pages_kind[ds][kind] >= 2:
                print(f"| {kind} | {pages_kind[ds][kind]} | {v / n[ds]:.4f} |")


def above_headline_grid(pages, rows, folds, dump: str, sel: list[int]) -> None:
    """The grid learned.story_above_headline was chosen on: on the article-mode pages of 20+ lines, the lines the
    rules put above the headline take the first open mode's decision when at least N of them have W+ words (and end
    a sentence, if asked); mean page F1 of `text` per dataset, on the folds `sel` of a `--losses --dump` pickle."""
    import itertools
    import pickle

    from newsbrief.normalise.lines import TERMINAL

    with open(dump, "rb") as f:
        decided = pickle.load(f)["decided"]
    for (lines_min, words_min, sentence) in itertools.product((1, 2, 3), (8, 12, 20), (False, True)):
        before, after = defaultdict(list), defaultdict(list)
        for k, (ours, mode, _, modes) in decided.items():
            if folds[k] not in sel:
                continue
            row, ds = rows[k], pages[k]["dataset"]
            reasons = [r for _, r in row[6]]
            # the article mode before the rule: every line above the headline dropped (so a dump made with the rule
            # on gives the same grid)
            ours = [o and not (mode == 0 and r == "above the headline") for o, r in zip(ours, reasons)]
            above = sum(1 for t, r in zip(row[3], reasons) if r == "above the headline" and len(t.split()) >= words_min
                        and (not sentence or TERMINAL.search(t)))
            new = ours
            if mode == 0 and len(row[3]) >= 20 and above >= lines_min:
                new = [(m if r == "above the headline" else o) and role not in META_ROLES
                       for o, m, r, (role, _) in zip(ours, modes[1], reasons, row[6])]
            gold, counts = tokens(pages[k]["gold_text"]), [tokens(t) for t in row[3]]
            before[ds].append(f1_lines(counts, gold, ours)[2])
            after[ds].append(f1_lines(counts, gold, new)[2])
        print(f"{lines_min}+ lines of {words_min}+ words{', ending a sentence' if sentence else ''}: " + ", ".join(
            f"{ds} {statistics.mean(before[ds]):.4f} -> {statistics.mean(after[ds]):.4f}" for ds in before))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir")
    parser.add_argument("--cache", default=str(fn.REPO / ".cache" / "fit_normaliser.pkl"))
    parser.add_argument("--datasets", default="dragnet,l3s_gn1")
    parser.add_argument("--losses", help="folds whose fold models to refit and compare with the oracle, e.g. 0,1")
    parser.add_argument("--dump", help="with --losses: pickle the fold decisions here (read back when it exists)")
    parser.add_argument("--above-grid", action="store_true", help="with --losses and --dump: the grid the story-above-"
                        "the-headline rule (learned.story_above_headline) was chosen on")
    args = parser.parse_args(argv)
    datasets = args.datasets.split(",")
    pages = boilerplate_pages(args.eval_dir)
    rows = fn.features(pages, Path(args.cache))
    folds = fn.group_folds([fn.site_group(p) for p in pages], 5)
    res = ceiling(pages, rows, folds, datasets)
    ceiling_table(res, datasets)
    if args.losses:
        sel = [int(x) for x in args.losses.split(",")]
        losses(pages, rows, folds, res, sel, datasets, args.dump)
        if args.above_grid and args.dump:
            above_headline_grid(pages, rows, folds, args.dump, sel)
    return 0


if __name__ == "__main__":
    sys.exit(main())
