"""Word F1 of the HTML input path against the plain-text path on the same pages (issue 10, item 6).

The pages are the hand-written nl/ar/en HTML pages in tests/html_pages/ (menus, cookie banners, related boxes,
comment sections), each with the article body we wrote as its gold (<name>.gold.txt). No eval data is involved:
the eval corpora hold no HTML. The plain-text path gets what a naive scraper makes of the same page
(`newsbrief.normalise.html.page_lines`: a new line at every block element, hidden elements dropped), which is
how the eval corpora's raw_text was made. Scoring is the word-bag F1 of scripts/evaldata-based scorers:
lower-cased \\w+ tokens, multiset overlap, mean over pages.

    python scripts/eval_html.py [--pages tests/html_pages]
"""

from __future__ import annotations

import argparse
import re
import time
from collections import Counter
from pathlib import Path

from newsbrief.normalise import normalise_text
from newsbrief.normalise.html import normalise_html, page_lines

REPO = Path(__file__).resolve().parent.parent


def word_f1(pred: str, gold: str) -> float:
    p, g = Counter(re.findall(r"\w+", pred.lower())), Counter(re.findall(r"\w+", gold.lower()))
    overlap = sum((p & g).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(p.values()), overlap / sum(g.values())
    return 2 * precision * recall / (precision + recall)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=Path, default=REPO / "tests" / "html_pages")
    args = parser.parse_args()
    rows = []
    normalise_html("<html><body><p>Warm up: trafilatura is imported once (about 1 s), not per page.</p></body></html>")
    for page in sorted(args.pages.glob("*.html")):
        html = page.read_text(encoding="utf-8")
        gold = page.with_suffix(".gold.txt").read_text(encoding="utf-8")
        start = time.perf_counter()
        via_html = normalise_html(html)
        html_s = time.perf_counter() - start
        start = time.perf_counter()
        via_text = normalise_text("\n".join(page_lines(html)))
        text_s = time.perf_counter() - start
        rows.append((page.stem, word_f1(via_html.text, gold), word_f1(via_text.text, gold), html_s, text_s))
    print(f"{'page':16} {'HTML path':>10} {'text path':>10} {'HTML ms':>8} {'text ms':>8}")
    for name, fh, ft, hs, ts in rows:
        print(f"{name:16} {fh:10.3f} {ft:10.3f} {hs * 1000:8.0f} {ts * 1000:8.0f}")
    n = len(rows)
    print(f"{'mean':16} {sum(r[1] for r in rows) / n:10.3f} {sum(r[2] for r in rows) / n:10.3f}")


if __name__ == "__main__":
    main()
