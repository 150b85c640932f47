#!/usr/bin/env python3
"""ROUGE of a summariser on the CNN/DM sample, with Lead-3 scored in the same run.

    .venv/bin/python scripts/eval_summaries.py                  # extractive default, 3 bullets
    .venv/bin/python scripts/eval_summaries.py --bullets 3 --limit 50
    .venv/bin/python scripts/eval_summaries.py --summariser seq2seq --source ./models/distilbart

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

from summarise import SummaryInput, load_summariser  # noqa: E402
from evaldata import eval_root  # noqa: E402 - scripts/ is sys.path[0] when a script runs


def split_article(text: str) -> list[str]:
    """pysbd sentences; CNN/DM articles have no paragraph breaks, so the whole article is one paragraph."""
    import pysbd

    segmenter = pysbd.Segmenter(language="en", clean=False)
    return [s.strip() for s in segmenter.segment(text) if s.strip()]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval-dir", help="folder holding sum/cnndm_sample.jsonl (default $NEWSBRIEF_EVAL_DIR or ../shared/eval)")
    ap.add_argument("--summariser", default="extractive", choices=["extractive", "seq2seq", "instruct"])
    ap.add_argument("--source", help="hub id or local directory for seq2seq/instruct")
    ap.add_argument("--revision")
    ap.add_argument("--bullets", type=int, default=3,
                    help="bullets per article (default 3: like-for-like with Lead-3; ROUGE F1 penalises length and the "
                         "highlights are ~50 words in all, 3.8 bullets of ~13 words)")
    ap.add_argument("--limit", type=int, default=0, help="score only the first N articles")
    ap.add_argument("--json", action="store_true", help="print the scores as one JSON object")
    args = ap.parse_args(argv)

    from rouge_score import rouge_scorer

    path = eval_root(args.eval_dir) / "sum" / "cnndm_sample.jsonl"
    if not path.is_file():
        print(f"eval data not found: {path} (set NEWSBRIEF_EVAL_DIR or pass --eval-dir)", file=sys.stderr)
        return 2
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.limit:
        rows = rows[: args.limit]

    summariser = load_summariser(args.summariser, source=args.source, revision=args.revision, local_files_only=True)
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    totals: dict[str, dict[str, list[float]]] = {"ours": {}, "lead3": {}}
    bullet_words: list[int] = []
    lead_words: list[int] = []
    elapsed = 0.0
    for row in rows:
        sentences = split_article(row["article"])
        reference = "\n".join(row["highlights"])
        doc = SummaryInput(sentences=sentences, paragraphs=[0] * len(sentences))
        t0 = time.perf_counter()
        summary = summariser.summarise(doc, args.bullets)
        elapsed += time.perf_counter() - t0
        ours = "\n".join(b.text for b in summary.takeaways)
        lead = "\n".join(sentences[:3])
        bullet_words.extend(len(b.text.split()) for b in summary.takeaways)
        lead_words.extend(len(s.split()) for s in sentences[:3])
        for name, candidate in (("ours", ours), ("lead3", lead)):
            for metric, score in scorer.score(reference, candidate).items():
                totals[name].setdefault(metric, []).append(score.fmeasure)

    result = {
        "articles": len(rows),
        "summariser": args.summariser,
        "bullets": args.bullets,
        "ours": {m: round(100 * statistics.mean(v), 2) for m, v in totals["ours"].items()},
        "lead3": {m: round(100 * statistics.mean(v), 2) for m, v in totals["lead3"].items()},
        "avg_bullet_words": round(statistics.mean(bullet_words), 1) if bullet_words else 0.0,
        "avg_bullets": round(len(bullet_words) / len(rows), 2),
        "avg_lead3_sentence_words": round(statistics.mean(lead_words), 1),
        "ms_per_article": round(1000 * elapsed / len(rows), 1),
    }
    if args.json:
        print(json.dumps(result))
        return 0
    print(f"{len(rows)} articles from {path}")
    print(f"{'system':<28}{'R-1':>7}{'R-2':>7}{'R-Lsum':>8}   words/bullet")
    label = f"{args.summariser} ({args.bullets} bullets)"
    for name, title, avg in (("lead3", "Lead-3", result["avg_lead3_sentence_words"]),
                             ("ours", label, result["avg_bullet_words"])):
        s = result[name]
        print(f"{title:<28}{s['rouge1']:>7.2f}{s['rouge2']:>7.2f}{s['rougeLsum']:>8.2f}   {avg:.1f}")
    print(f"bullets per article: {result['avg_bullets']}; summarise time: {result['ms_per_article']} ms/article "
          "(summariser only, not splitting)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
