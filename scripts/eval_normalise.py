#!/usr/bin/env python
"""Score the normaliser on the boilerplate eval set (word-bag precision / recall / F1).

Reads ``aeb_news50.jsonl`` (50 English news pages: ``raw_text`` as a naive scraper
would dump it, ``gold_text`` the human-marked article body) from
``../shared/eval/boilerplate`` next to the repository, or from the folder given by
``--eval-dir`` / the ``NEWSBRIEF_EVAL_DIR`` environment variable (which points at
the ``eval`` folder, as in tests/conftest.py).

Tokens: lower-case ``\\w+``; overlap of the two multisets (Counter). Scores are
averaged over pages (macro). Printed in the same run: the two baselines of
DESIGN.md, "keep everything" and "keep lines of >= 5 words ending in punctuation".

Titles have no gold in this set, so one proxy is printed as well: how often the chosen title
agrees with the page's HTML ``<title>`` (at least 60% of the title's words occur in it). A site
may title a page differently from its headline, so 100% is not reachable; the number is for
comparing versions of the title rule, and `--titles` lists every disagreement to read.

    .venv/bin/python scripts/eval_normalise.py            # the table for BENCHMARKS.md
    .venv/bin/python scripts/eval_normalise.py --worst 5  # plus the five worst pages, for debugging
    .venv/bin/python scripts/eval_normalise.py --dev      # every boilerplate set, one row per set and system

`--dev` scores the packaged model on pages it was fitted on (in-sample: a regression check, not a result).
The site-held-out numbers for BENCHMARKS.md come from `scripts/fit_normaliser.py`, which fits one model per
fold and scores each page with the model that never saw its site, using `prf` from here.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from newsbrief.normalise import normalise_text  # noqa: E402
from evaldata import BOILERPLATE_SETS, boilerplate_pages, eval_subdir  # noqa: E402 - scripts/ is sys.path[0]

_TOKEN = re.compile(r"\w+")


def tokens(text: str) -> Counter:
    return Counter(_TOKEN.findall(text.lower()))


def prf(predicted: str, gold: str) -> tuple[float, float, float]:
    p, g = tokens(predicted), tokens(gold)
    overlap = sum((p & g).values())
    precision = overlap / sum(p.values()) if p else 0.0
    recall = overlap / sum(g.values()) if g else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def title_agrees(title: str | None, html_title: str) -> bool:
    """At least 60% of the title's words occur in the HTML <title> (which adds the site name, etc.)."""
    words = tokens(title or "")
    if not words:
        return False
    theirs = tokens(html_title)
    return sum(1 for w in words if w in theirs) / len(words) >= 0.6


def keep_everything(raw: str) -> str:
    return raw


def keep_sentences(raw: str) -> str:
    """DESIGN.md baseline: lines of at least 5 words that end in sentence punctuation (. ! ? or a closing quote).

    (Counting ":;)…" as well gives 0.866 instead of 0.881; DESIGN.md quotes about 0.89.)
    """
    kept = [
        line for line in raw.split("\n")
        if len(line.split()) >= 5 and line.rstrip()[-1:] in ".!?\"'”’"
    ]
    return "\n".join(kept)


def newsbrief_text(raw: str) -> str:
    return normalise_text(raw).text


def rules_text(raw: str) -> str:
    return normalise_text(raw, model=False).text


SYSTEMS = {
    "keep everything (baseline)": keep_everything,
    "lines >= 5 words ending in punctuation (baseline)": keep_sentences,
    "newsbrief rules only (model=False)": rules_text,
    "newsbrief normalise_text": newsbrief_text,
}


def dev_table(option: str | None, names: list[str]) -> int:
    """Mean P/R/F1 and ms/page per boilerplate set and system (the packaged model: in-sample, see above)."""
    print("| dataset | pages | system | precision | recall | F1 | ms/page |")
    print("|---|---|---|---|---|---|---|")
    for name in names:
        pages = boilerplate_pages(option, [name])
        for system_name, system in SYSTEMS.items():
            started = time.perf_counter()
            scores = [prf(system(page["raw_text"]), page["gold_text"]) for page in pages]
            ms = (time.perf_counter() - started) * 1000 / len(pages)
            mean = [sum(s[k] for s in scores) / len(scores) for k in range(3)]
            print(f"| {name} | {len(pages)} | {system_name} | {mean[0]:.3f} | {mean[1]:.3f} | {mean[2]:.3f} | {ms:.1f} |")
        sys.stdout.flush()
    return 0


def show(page: dict) -> None:
    """Each input line, marked G when it is a line of the gold body, with the role given to it."""
    gold_lines = {line.strip() for line in page["gold_text"].split("\n") if line.strip()}
    article = normalise_text(page["raw_text"])
    print("=" * 20, page["url"], "P/R/F1 = %.3f %.3f %.3f" % prf(article.text, page["gold_text"]))
    for source, role, reason in article.line_roles:
        mark = "G" if source.strip() in gold_lines else " "
        keep = "+" if role == "content" else " "
        print(f"{mark}{keep} {role[:8]:<8} {reason[:22]:<22} | {source[:110]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", help="folder holding aeb_news50.jsonl (default: ../shared/eval/boilerplate)")
    parser.add_argument("--worst", type=int, default=0, help="also list the N pages with the lowest F1")
    parser.add_argument("--show", metavar="URL_PART", help="print every line of the matching page with its role and "
                        "whether it is in the gold body (G), to see what the classifier did")
    parser.add_argument("--titles", action="store_true", help="list the pages whose title disagrees with <title>")
    parser.add_argument("--dev", nargs="*", metavar="SET", help="score these boilerplate sets (default: all of "
                        f"{', '.join(BOILERPLATE_SETS)}) instead; in-sample for the packaged model")
    args = parser.parse_args(argv)
    if args.dev is not None:
        return dev_table(args.eval_dir, args.dev or list(BOILERPLATE_SETS))

    path = eval_subdir(args.eval_dir, "boilerplate") / "aeb_news50.jsonl"
    if not path.is_file():
        print(f"error: {path} not found; pass --eval-dir or set NEWSBRIEF_EVAL_DIR", file=sys.stderr)
        return 2
    pages = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]

    if args.show:
        for page in pages:
            if args.show in page["url"]:
                show(page)
        return 0

    print(f"{len(pages)} pages from {path}")
    print(f"{'system':<52} {'precision':>9} {'recall':>7} {'F1':>6} {'ms/page':>8}")
    per_page: dict[str, list[tuple[float, str]]] = {}
    for name, system in SYSTEMS.items():
        scores = []
        started = time.perf_counter()
        for page in pages:
            scores.append(prf(system(page["raw_text"]), page["gold_text"]))
        elapsed = (time.perf_counter() - started) * 1000 / len(pages)
        per_page[name] = [(s[2], page["url"]) for s, page in zip(scores, pages)]
        mean = [sum(s[k] for s in scores) / len(scores) for k in range(3)]
        print(f"{name:<52} {mean[0]:>9.3f} {mean[1]:>7.3f} {mean[2]:>6.3f} {elapsed:>8.1f}")

    agree = 0
    for page in pages:
        title = normalise_text(page["raw_text"]).title
        if title_agrees(title, page["title"]):
            agree += 1
        elif args.titles:
            print(f"  title {title!r:.80}  <title> {page['title']!r:.80}")
    print(f"title agrees with the page's <title>: {agree} of {len(pages)}")

    if args.worst:
        print(f"\nworst {args.worst} pages for newsbrief (F1, url):")
        ranked = sorted(zip(per_page["newsbrief normalise_text"], pages), key=lambda x: x[0][0])
        for (f1, url), page in ranked[: args.worst]:
            p, r, _ = prf(newsbrief_text(page["raw_text"]), page["gold_text"])
            print(f"  {f1:.3f}  P={p:.3f} R={r:.3f}  {url}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
