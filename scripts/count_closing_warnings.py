"""Count the "closing paragraphs dropped by the learned model" warning (normalise/losses.py) on raw scraped pages.

Reads the raw pages (field raw_text) of the boilerplate eval files from NEWSBRIEF_EVAL_DIR (default ../shared/eval);
never copies them. Per file: pages, pages warned, and how many warned closings start with text that is in the gold
article (a warning about text the gold keeps is a useful one; the rest is noise). Run on the code before and after a
change to the warning, same files, and compare.

    nice -n 19 .venv/bin/python scripts/count_closing_warnings.py [--show N]
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

from newsbrief.normalise import normalise_text

FILES = ["boilerplate/aeb_news50.jsonl", "boilerplate/dev/l3s_gn1.jsonl"]
MARK = "dropped by the learned model"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="print this many warnings per file")
    args = parser.parse_args()
    root = Path(os.environ.get("NEWSBRIEF_EVAL_DIR", "../shared/eval"))
    for name in FILES:
        pages = warned = in_gold = 0
        shown = []
        for row in map(json.loads, open(root / name, encoding="utf-8")):
            pages += 1
            for w in normalise_text(row["raw_text"]).warnings:
                if MARK in w:
                    warned += 1
                    start = w.split("from ", 1)[1][1:40].rstrip("…")
                    in_gold += start in row["gold_text"]
                    shown.append((start in row["gold_text"], w[:160]))
        print(f"{name}: {pages} pages, {warned} warned, {in_gold} of them with the closing in gold")
        for gold, w in shown[:args.show]:
            print(f"   gold={gold} {w}")


if __name__ == "__main__":
    main()
