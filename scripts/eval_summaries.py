#!/usr/bin/env python3
"""ROUGE of a summariser on the CNN/DM sample, with Lead-3 scored in the same run.

    .venv/bin/python scripts/eval_summaries.py                  # extractive, default settings (adaptive count)
    .venv/bin/python scripts/eval_summaries.py --bullets 3 --limit 50
    .venv/bin/python scripts/eval_summaries.py --sweep          # word budget x cost exponent, and forced counts
    .venv/bin/python scripts/eval_summaries.py --set position_decay=2.5 --set max_words=22   # one knob changed
    .venv/bin/python scripts/eval_summaries.py --summariser seq2seq --source ./models/distilbart

Besides the mean ROUGE it prints the paired bootstrap 95% CI of (ours - Lead-3) per metric (articles resampled with
replacement, 1000 times, fixed seed) and the same difference on the even and the odd article ids (tune on one half,
check on the other: 250 articles are few), the bullet length (mean, max, share over 35 words), and where the bullets come
from: the share taken from sentence 6 or later, ours against the reference highlights' best-matching sentences
(ROUGE-1 F of each highlight against each article sentence). `--shape` also runs the summariser on texts without
references — the gold bodies of boilerplate/aeb_news50.jsonl and the English seeds — and prints the same length
and position figures, to check that a default chosen on CNN/DM behaves elsewhere.

Scoring follows DESIGN.md: rouge-score with stemming; a summary is its bullets joined by "\\n"; for ROUGE-Lsum the
reference highlights are joined by "\\n" too (Lsum works on those lines). Articles are split into sentences with
pysbd here — the pipeline uses translate.split_sentences, and the summarise/ library itself never splits. The data
is read from ../shared/eval (or $NEWSBRIEF_EVAL_DIR, or --eval-dir) and never copied into the repository.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # run from a checkout without installing
sys.path.insert(0, str(REPO / "scripts"))

from summarise import SummaryInput, load_summariser  # noqa: E402
from evaldata import eval_root  # noqa: E402 - scripts/ is sys.path[0] when a script runs


def split_article(text: str) -> list[str]:
    """pysbd sentences; CNN/DM articles have no paragraph breaks, so the whole article is one paragraph."""
    import pysbd

    segmenter = pysbd.Segmenter(language="en", clean=False)
    return [s.strip() for s in segmenter.segment(text) if s.strip()]


LATE = 5  # 0-based: "sentence 6 or later"
LONG = 35  # words: the ceiling for one bullet


def bootstrap_ci(diffs: list[float], rounds: int = 1000, seed: int = 0) -> tuple[float, float]:
    """Paired bootstrap 95% CI of the mean of per-article differences (articles resampled with replacement)."""
    import numpy as np

    d = np.asarray(diffs)
    rng = np.random.default_rng(seed)
    means = d[rng.integers(0, len(d), size=(rounds, len(d)))].mean(axis=1)
    lo, hi = np.percentile(means, [2.5, 97.5])
    return float(lo), float(hi)


def best_matches(scorer, sentences: list[str], highlights: list[str]) -> list[int]:
    """For each highlight, the index of the article sentence with the highest ROUGE-1 F against it."""
    tok = scorer._tokenizer  # rouge-score's own tokenizer (stemming as configured): tokenise each text once
    sent_toks = [set(tok.tokenize(s)) for s in sentences]
    out = []
    for h in highlights:
        ht = set(tok.tokenize(h))
        best, best_f = 0, -1.0
        for i, st in enumerate(sent_toks):
            common = len(ht & st)
            f = 2 * common / (len(ht) + len(st)) if ht and st else 0.0
            if f > best_f + 1e-12:
                best, best_f = i, f
        out.append(best)
    return out


def knobs(pairs: list[str]) -> dict:
    """--set KNOB=VALUE pairs as ExtractiveConfig overrides, each value cast to the field's default's type."""
    from summarise.extractive import ExtractiveConfig

    defaults = ExtractiveConfig()
    out = {}
    for pair in pairs:
        name, _, value = pair.partition("=")
        if not hasattr(defaults, name) or not value:
            raise SystemExit(f"--set {pair!r}: expected KNOB=VALUE with KNOB a field of ExtractiveConfig")
        out[name] = type(getattr(defaults, name))(value)
    return out


def make_summariser(args, **config):
    if args.summariser == "extractive" and config:
        from summarise.extractive import ExtractiveConfig, ExtractiveSummariser

        return ExtractiveSummariser(ExtractiveConfig(**config))
    return load_summariser(args.summariser, source=args.source, revision=args.revision, local_files_only=True)


def score_run(summariser, docs, scorer, bullets: int | None) -> dict:
    """Per-article ROUGE F of ours and of Lead-3, bullet lengths, evidence positions, time."""
    per: dict[str, dict[str, list[float]]] = {"ours": {}, "lead3": {}}
    words, lead_words, late, counts = [], [], 0, []
    elapsed = 0.0
    for sentences, highlights in docs:
        reference = "\n".join(highlights)
        doc = SummaryInput(sentences=sentences, paragraphs=[0] * len(sentences))
        t0 = time.perf_counter()
        summary = summariser.summarise(doc, bullets)
        elapsed += time.perf_counter() - t0
        ours = "\n".join(b.text for b in summary.takeaways)
        lead = "\n".join(sentences[:3])
        words.extend(len(b.text.split()) for b in summary.takeaways)
        late += sum(1 for b in summary.takeaways if b.evidence and min(b.evidence) >= LATE)
        counts.append(len(summary.takeaways))
        lead_words.extend(len(s.split()) for s in sentences[:3])
        for name, candidate in (("ours", ours), ("lead3", lead)):
            for metric, score in scorer.score(reference, candidate).items():
                per[name].setdefault(metric, []).append(score.fmeasure)
    return {"per": per, "words": words, "lead_words": lead_words, "late": late, "counts": counts,
            "ms": 1000 * elapsed / max(len(docs), 1)}


def summary_row(run: dict) -> dict:
    words = run["words"]
    return {
        "ours": {m: round(100 * statistics.mean(v), 2) for m, v in run["per"]["ours"].items()},
        "lead3": {m: round(100 * statistics.mean(v), 2) for m, v in run["per"]["lead3"].items()},
        "avg_bullet_words": round(statistics.mean(words), 2) if words else 0.0,
        "max_bullet_words": max(words, default=0),
        "share_over_35": round(sum(1 for w in words if w > LONG) / max(len(words), 1), 3),
        "avg_bullets": round(len(words) / max(len(run["counts"]), 1), 2),
        "share_late": round(run["late"] / max(len(words), 1), 3),
        "avg_lead3_sentence_words": round(statistics.mean(run["lead_words"]), 1),
        "ms_per_article": round(run["ms"], 1),
    }


def sweep(args, docs, scorer) -> None:
    """ROUGE and length for forced counts and for the adaptive count over word budget x cost exponent."""
    print(f"{'setting':<34}{'R-1':>7}{'R-2':>7}{'R-Lsum':>8}{'w/bullet':>10}{'max':>5}{'bullets':>9}{'late':>7}")
    rows = [(f"forced {n} bullets", {}, n) for n in (3, 4, 5)]
    rows += [(f"adaptive budget {b}, exponent {r}", {"word_budget": b, "cost_exponent": r}, None)
             for r in (0.0, 0.3, 0.6) for b in (50, 60, 70, 80)]
    # what the 35-word ceiling costs today: the default with run-on bullets allowed (a better compressor in
    # ExtractiveSummariser.bullet_text would shorten them instead)
    rows += [("default, no 35-word ceiling", {"cap_words": 10_000}, None)]
    lead = None
    for label, config, n in rows:
        row = summary_row(score_run(make_summariser(args, **config), docs, scorer, n))
        lead = row["lead3"]
        o = row["ours"]
        print(f"{label:<34}{o['rouge1']:>7.2f}{o['rouge2']:>7.2f}{o['rougeLsum']:>8.2f}{row['avg_bullet_words']:>10.1f}"
              f"{row['max_bullet_words']:>5}{row['avg_bullets']:>9.2f}{row['share_late']:>7.2f}", flush=True)
    print(f"{'Lead-3':<34}{lead['rouge1']:>7.2f}{lead['rouge2']:>7.2f}{lead['rougeLsum']:>8.2f}")


def shape(args, summariser) -> None:
    """Bullet length and position on texts with no reference: aeb_news50 gold bodies and the English seeds."""
    import bench_summarise

    groups = {"aeb_news50 gold bodies": [], "English seeds": []}
    path = eval_root(args.eval_dir) / "boilerplate" / "aeb_news50.jsonl"
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                paragraphs = [p.strip() for p in json.loads(line)["gold_text"].split("\n") if p.strip()]
                pairs = [(k, s) for k, p in enumerate(paragraphs) for s in split_article(p)]
                groups["aeb_news50 gold bodies"].append(
                    SummaryInput([s for _, s in pairs], [k for k, _ in pairs]))
    groups["English seeds"] = [doc for kind, doc in bench_summarise.seed_docs()]
    for name, docs in groups.items():
        if not docs:
            continue
        words, late, counts = [], 0, []
        for doc in docs:
            bullets = summariser.summarise(doc, args.bullets).takeaways
            words.extend(len(b.text.split()) for b in bullets)
            late += sum(1 for b in bullets if b.evidence and min(b.evidence) >= LATE)
            counts.append(len(bullets))
        print(f"{name} ({len(docs)} texts): {statistics.mean(counts):.2f} bullets/article "
              f"(min {min(counts)}, max {max(counts)}), {statistics.mean(words):.1f} words/bullet (max {max(words)}, "
              f"{sum(1 for w in words if w > LONG)} over {LONG}), from sentence 6 or later: {late / len(words):.0%}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval-dir", help="folder holding sum/cnndm_sample.jsonl (default $NEWSBRIEF_EVAL_DIR or ../shared/eval)")
    ap.add_argument("--summariser", default="extractive", choices=["extractive", "seq2seq", "instruct"])
    ap.add_argument("--source", help="hub id or local directory for seq2seq/instruct")
    ap.add_argument("--revision")
    ap.add_argument("--bullets", type=int, default=None,
                    help="force this many bullets per article (default: the summariser's adaptive editor-length "
                         "count, as the CLI does)")
    ap.add_argument("--limit", type=int, default=0, help="score only the first N articles")
    ap.add_argument("--sweep", action="store_true", help="print ROUGE over word budgets, cost exponents and counts")
    ap.add_argument("--shape", action="store_true",
                    help="also report bullet length/position on the aeb_news50 gold bodies and the English seeds")
    ap.add_argument("--set", action="append", default=[], metavar="KNOB=VALUE",
                    help="extractive only: override one ExtractiveConfig field (repeatable), e.g. --set position_decay=2.5")
    ap.add_argument("--json", action="store_true", help="print the scores as one JSON object")
    args = ap.parse_args(argv)
    overrides = knobs(args.set)  # a mistyped knob stops the run before the data is read

    from rouge_score import rouge_scorer

    path = eval_root(args.eval_dir) / "sum" / "cnndm_sample.jsonl"
    if not path.is_file():
        print(f"eval data not found: {path} (set NEWSBRIEF_EVAL_DIR or pass --eval-dir)", file=sys.stderr)
        return 2
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.limit:
        rows = rows[: args.limit]
    docs = [(split_article(row["article"]), row["highlights"]) for row in rows]
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    if args.sweep:
        sweep(args, docs, scorer)
        return 0

    summariser = make_summariser(args, **overrides)
    run = score_run(summariser, docs, scorer, args.bullets)
    result = {"articles": len(rows), "summariser": args.summariser, "bullets": args.bullets or "adaptive",
              **summary_row(run)}
    ours, lead = run["per"]["ours"], run["per"]["lead3"]
    result["ci95_ours_minus_lead3"] = {
        m: [round(100 * x, 2) for x in bootstrap_ci([a - b for a, b in zip(ours[m], lead[m])])] for m in ours
    }
    matches = [i for sentences, highlights in docs for i in best_matches(scorer, sentences, highlights)]
    result["highlights_share_late"] = round(sum(1 for i in matches if i >= LATE) / max(len(matches), 1), 3)
    if args.json:
        print(json.dumps(result))
        return 0
    print(f"{len(rows)} articles from {path}")
    print(f"{'system':<28}{'R-1':>7}{'R-2':>7}{'R-Lsum':>8}   words/bullet")
    label = f"{args.summariser} ({args.bullets or 'adaptive'} bullets)"
    for name, title, avg in (("lead3", "Lead-3", result["avg_lead3_sentence_words"]),
                             ("ours", label, result["avg_bullet_words"])):
        s = result[name]
        print(f"{title:<28}{s['rouge1']:>7.2f}{s['rouge2']:>7.2f}{s['rougeLsum']:>8.2f}   {avg:.2f}")
    ci = result["ci95_ours_minus_lead3"]
    for half, start in (("even", 0), ("odd", 1)):  # settings are chosen on the even ids, the odd ones check them
        diff = {m: 100 * statistics.mean(a - b for a, b in list(zip(ours[m], lead[m]))[start::2]) for m in ours}
        print(f"ours - Lead-3 on the {half} article ids: " + ", ".join(f"{m} {d:+.2f}" for m, d in diff.items()))
    print("ours - Lead-3, paired bootstrap 95% CI: " + ", ".join(
        f"{m} {result['ours'][m] - result['lead3'][m]:+.2f} [{ci[m][0]:+.2f}, {ci[m][1]:+.2f}]" for m in ci))
    print(f"bullets per article: {result['avg_bullets']}; words per bullet: mean {result['avg_bullet_words']}, max "
          f"{result['max_bullet_words']}, {result['share_over_35']:.1%} over {LONG}")
    print(f"bullets from sentence 6 or later: ours {result['share_late']:.0%}, highlights' best-matching sentences "
          f"{result['highlights_share_late']:.0%}")
    print(f"summarise time: {result['ms_per_article']} ms/article (summariser only, not splitting)")
    if args.shape:
        shape(args, summariser)
    return 0


if __name__ == "__main__":
    sys.exit(main())
