#!/usr/bin/env python3
"""Faithfulness of the default Key Takeaways on real news: how many bullets misstate their evidence, by kind.

    .venv/bin/python scripts/check_faithfulness.py                       # all datasets, default bullets
    .venv/bin/python scripts/check_faithfulness.py --limit 100 --show attribution
    .venv/bin/python scripts/check_faithfulness.py --baseline /tmp/main  # before/after in one run

The summariser (extractive default) runs over the 250 CNN/DM articles of ../shared/eval/sum and over the gold
bodies (human-annotated article text: real news nobody tuned on) of ../shared/eval/boilerplate: aeb_news50 and the
news datasets of dev/ (l3s_gn1, dragnet, cleanportaleval). Bodies are split into paragraphs at line breaks and into
sentences with the pipeline's splitter (translate.split_sentences). Every bullet is checked against its evidence
sentences with summarise.faithfulness.check_summary, the same rule book the compressor obeys at run time; the
kinds are listed in that module. The rate of a kind is bullets with that violation / bullets; "any" counts a bullet
once however many kinds it breaks.

`--baseline DIR` runs the summariser of another checkout (e.g. `git archive main | tar -x -C DIR`) on the same
sentences in a subprocess and checks its bullets with this checkout's checker, so both columns use one rule book.
The data is read from --eval-dir / $NEWSBRIEF_EVAL_DIR / ../shared/eval and never copied into the repository.
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

DATASETS = ("cnndm", "aeb_news50", "l3s_gn1", "dragnet", "cleanportaleval")


def _read_jsonl(path: Path) -> list[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def load_articles(root: Path, names: list[str], limit: int) -> list[dict]:
    """[{dataset, id, title, paragraphs}] for the chosen datasets (English news only), `limit` per dataset."""
    out = []
    for name in names:
        if name == "cnndm":
            path = root / "sum" / "cnndm_sample.jsonl"
        elif name == "aeb_news50":
            path = root / "boilerplate" / "aeb_news50.jsonl"
        else:
            base = root / "boilerplate" / "dev" / f"{name}.jsonl"
            path = base if base.is_file() else base.with_suffix(".jsonl.gz")
        if not path.is_file():
            raise FileNotFoundError(f"eval data not found: {path} (set NEWSBRIEF_EVAL_DIR or pass --eval-dir)")
        rows = _read_jsonl(path)
        taken = 0
        for row in rows:
            if limit and taken >= limit:
                break
            if name == "cnndm":
                paragraphs, title = [row["article"]], None
            else:
                if row.get("lang", "en") != "en":
                    continue
                paragraphs, title = [p for p in row["gold_text"].split("\n") if p.strip()], row.get("title")
            if not paragraphs:
                continue
            out.append({"dataset": name, "id": row["id"], "title": title, "paragraphs": paragraphs})
            taken += 1
    return out


def summarise_all(articles: list[dict], bullets: int | None) -> list[dict]:
    """Run the default summariser of the `summarise` package on sys.path; bullets with their evidence sentences."""
    from summarise import SummaryInput, load_summariser
    from translate.segment import paragraph_sentences

    summariser = load_summariser("extractive")
    out = []
    for art in articles:
        pairs = paragraph_sentences(art["paragraphs"], "en")
        sentences = [s for _, s in pairs]
        doc = SummaryInput(sentences=sentences, paragraphs=[p for p, _ in pairs], title=art["title"])
        # no count given: the summariser's own default (a fixed count or an adaptive one)
        summary = summariser.summarise(doc, bullets) if bullets else summariser.summarise(doc)
        out.append({"dataset": art["dataset"], "id": art["id"],
                    "bullets": [[b.text, [sentences[i] for i in b.evidence]] for b in summary.takeaways]})
    return out


def report(results: list[dict]) -> dict:
    """Per dataset and overall: bullets, rate of each kind and of any violation, words per bullet."""
    from summarise.faithfulness import KINDS, check_summary

    groups: dict[str, list] = {}
    examples: dict[str, list] = {k: [] for k in KINDS}
    for res in results:
        texts = [b[0] for b in res["bullets"]]
        verdicts = check_summary(texts, [b[1] for b in res["bullets"]])
        for (text, evidence), found in zip(res["bullets"], verdicts):
            kinds = {v.kind for v in found}
            groups.setdefault(res["dataset"], []).append((len(text.split()), kinds))
            for v in found:
                examples[v.kind].append((res["dataset"], text, evidence, v.detail))
    stats = {}
    for name, rows in list(groups.items()) + [("all", [r for rows in groups.values() for r in rows])]:
        n = len(rows)
        wordsper = [w for w, _ in rows]
        stats[name] = {
            "bullets": n,
            "any": round(100 * sum(1 for _, k in rows if k) / n, 2) if n else 0.0,
            **{kind: round(100 * sum(1 for _, k in rows if kind in k) / n, 2) if n else 0.0 for kind in KINDS},
            "words_per_bullet": round(statistics.mean(wordsper), 1) if n else 0.0,
            "over_30": round(100 * sum(1 for w in wordsper if w > 30) / n, 1) if n else 0.0,
            "over_35": round(100 * sum(1 for w in wordsper if w > 35) / n, 1) if n else 0.0,
            "max_words": max(wordsper, default=0),
        }
    return {"stats": stats, "examples": examples}


def _print_table(columns: dict[str, dict]) -> None:
    from summarise.faithfulness import KINDS

    keys = ["bullets", "any", *KINDS, "words_per_bullet", "over_30", "over_35", "max_words"]
    names = list(next(iter(columns.values()))["stats"])
    for name in names:
        print(f"\n== {name} ==")
        print(f"{'':<20}" + "".join(f"{label:>16}" for label in columns))
        for key in keys:
            label = {"any": "any kind (%)", "over_30": "> 30 words (%)", "over_35": "> 35 words (%)"}.get(
                key, key if key in ("bullets", "words_per_bullet", "max_words") else f"{key} (%)")
            print(f"{label:<20}" + "".join(f"{col['stats'].get(name, {}).get(key, 0):>16}" for col in columns.values()))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval-dir", help="folder holding sum/ and boilerplate/ (default $NEWSBRIEF_EVAL_DIR or ../shared/eval)")
    ap.add_argument("--datasets", default=",".join(DATASETS), help=f"comma-separated subset of {', '.join(DATASETS)}")
    ap.add_argument("--limit", type=int, default=0, help="articles per dataset (0: all)")
    ap.add_argument("--bullets", type=int, default=0, help="bullets per article (default: the summariser's default)")
    ap.add_argument("--baseline", metavar="DIR", help="also run the summariser of the checkout in DIR, same sentences")
    ap.add_argument("--show", metavar="KIND", help="print the bullets that break KIND (with their evidence)")
    ap.add_argument("--json", action="store_true", help="print the rates as one JSON object")
    ap.add_argument("--src", help=argparse.SUPPRESS)  # internal: the checkout whose summariser a subprocess runs
    args = ap.parse_args(argv)

    sys.path.insert(0, str(Path(args.src).resolve() if args.src else REPO))
    from evaldata import eval_root  # scripts/ is on sys.path when a script runs

    names = [n.strip() for n in args.datasets.split(",") if n.strip()]
    unknown = [n for n in names if n not in DATASETS]
    if unknown:
        print(f"unknown dataset(s): {', '.join(unknown)}; valid: {', '.join(DATASETS)}", file=sys.stderr)
        return 2
    try:
        articles = load_articles(eval_root(args.eval_dir), names, args.limit)
    except FileNotFoundError as exc:
        print(exc, file=sys.stderr)
        return 2
    results = summarise_all(articles, args.bullets)
    if args.src:  # the subprocess of --baseline: hand the bullets back, check nothing
        json.dump(results, sys.stdout)
        return 0

    columns = {"this checkout": report(results)}
    if args.baseline:
        cmd = [sys.executable, str(Path(__file__).resolve()), "--src", args.baseline, "--datasets", ",".join(names),
               "--limit", str(args.limit), "--bullets", str(args.bullets)]
        if args.eval_dir:
            cmd += ["--eval-dir", args.eval_dir]
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if done.returncode:
            print(f"baseline run failed: {done.stderr.strip()[-500:]}", file=sys.stderr)
            return 1
        columns = {"baseline": report(json.loads(done.stdout)), **columns}
    if args.json:
        print(json.dumps({name: col["stats"] for name, col in columns.items()}))
        return 0
    print(f"{len(articles)} articles: " + ", ".join(f"{n} {sum(1 for a in articles if a['dataset'] == n)}" for n in names))
    _print_table(columns)
    if args.show:
        shown = columns["this checkout"]["examples"].get(args.show, [])
        print(f"\n{len(shown)} bullet(s) breaking {args.show}:")
        for dataset, text, evidence, detail in shown:
            print(f"\n[{dataset}] {detail}\n  bullet:   {text}\n  evidence: {' | '.join(evidence)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
