"""Count the "closing paragraphs dropped by the learned model" warning (normalise/losses.py) on raw scraped pages;
`--kind table`: the "table or list of numbers was removed" warning instead (where the warned run starts in the gold
article, the table was the story's: a useful warning).

Reads the raw pages (field raw_text) of aeb_news50 and l3s_gn1 from the eval folder (scripts/evaldata.py:
NEWSBRIEF_EVAL_DIR, else ../shared/eval beside the repository); never copies them. Per dataset: pages, pages warned, and how many warned closings start with text that is in the gold
article (a warning about text the gold keeps is a useful one; the rest is noise). Run on the code before and after a
change to the warning, same files, and compare.

    nice -n 19 .venv/bin/python scripts/count_closing_warnings.py [--show N] [--kind closing|table]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from evaldata import boilerplate_pages  # noqa: E402

from newsbrief.normalise import normalise_text  # noqa: E402
from newsbrief.normalise.losses import CLOSING_DROPPED, TABLE_WARNING  # noqa: E402

DATASETS = ("aeb_news50", "l3s_gn1")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="print this many warnings per file")
    parser.add_argument("--kind", choices=("closing", "table"), default="closing", help="which warning to count")
    args = parser.parse_args()
    mark = CLOSING_DROPPED if args.kind == "closing" else TABLE_WARNING
    rows = boilerplate_pages(None, DATASETS)
    for name in DATASETS:
        pages = warned = in_gold = 0
        shown = []
        for row in (r for r in rows if r["dataset"] == name):
            pages += 1
            for w in normalise_text(row["raw_text"]).warnings:
                if mark in w:
                    warned += 1
                    start = w.split("from ", 1)[1][1:40].rstrip("…")
                    in_gold += start in row["gold_text"]
                    shown.append((start in row["gold_text"], w[:160]))
        print(f"{name}: {pages} pages, {warned} warned, {in_gold} of them with the warned text in gold")
        for gold, w in shown[:args.show]:
            print(f"   gold={gold} {w}")


if __name__ == "__main__":
    main()
