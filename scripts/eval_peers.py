#!/usr/bin/env python
"""Plain-text peers of the normaliser on every boilerplate set, side by side in one run (issue 10 context).

Every system gets the page's `raw_text` (the naive text dump) and nothing else, and is scored with the project's
word-bag scorer (`prf` of scripts/eval_normalise.py); the table shows the mean page F1 (P / R) per dataset:

* keep everything: `raw_text` as it is.
* C4 line rule: the line filter of the C4 corpus (Raffel et al. 2020), as coded in TFDS `c4_utils.clean_page`:
  strip each line, drop lines holding a word over 1,000 characters, delete Wikipedia-style citations ("[12]",
  "[edit]"), keep a line only if it ends in `. ? ! "` and not in "...", has at least 5 words (TFDS's
  `_MIN_WORDS_PER_LINE` and most copies of the paper; some copies say 3, so `c4_lines(..., min_words=3)` is a second
  column), does not contain "javascript" or a policy phrase ("privacy policy", "uses cookies", ...). The end marks
  are ASCII, as in TFDS: a line ending in a curly quote is dropped. C4's *page* rejects (a page with
  "lorem ipsum" or a "{", a bad word, or under 3 sentences is dropped whole) are not applied: we want the line
  rule, and a page reject would score 0 on the page. Instead a line with "lorem ipsum" or "{" is dropped (the line
  version of those two rejects). No cross-page line de-duplication either (it needs the whole crawl).
* jusText (the `justext` package trafilatura depends on): each raw line becomes one `<p>` (HTML-escaped) of a
  minimal HTML page, classified with the English stop list and jusText's default parameters; the non-boilerplate
  paragraphs are kept. The dump has no links or tags left, so link density and headings play no part.
* trafilatura on the text: the same wrapped HTML given to `trafilatura.extract` with its defaults (as the issue
  measured it; comments and tables included, which are trafilatura's defaults).
* newsbrief rules only: `normalise_text(raw, model=False)` (the hand-written rules of this checkout; the learned
  normaliser's site-held-out numbers come from scripts/fit_normaliser.py, which fits one model per fold).

    NEWSBRIEF_EVAL_DIR=/work/shared/eval nice -n 19 .venv/bin/python scripts/eval_peers.py           # every set
    NEWSBRIEF_EVAL_DIR=/work/shared/eval .venv/bin/python scripts/eval_peers.py --limit 20 dragnet  # a quick look

Pages are scored in at most 2 worker processes (the machine has 2 shared cores); ms/page is the median time of the
system alone on a page, inside a worker, so it is only comparable within one run.
"""

from __future__ import annotations

import argparse
import html
import re
import statistics
import sys
import time
from multiprocessing import Pool

from eval_normalise import keep_everything, prf, rules_text  # scripts/ is sys.path[0]
from evaldata import BOILERPLATE_SETS, boilerplate_pages

#: TFDS c4_utils constants (tensorflow/datasets, tensorflow_datasets/text/c4_utils.py)
C4_MIN_WORDS = 5
C4_MAX_WORD_LENGTH = 1000
C4_END_MARKS = (".", "?", "!", '"')
C4_ELLIPSIS = "..."
C4_POLICY = ("terms of use", "privacy policy", "cookie policy", "uses cookies", "use of cookies", "use cookies")
_CITATION = re.compile(r"\[\d*\]|\[edit\]|\[citation needed\]")


def c4_lines(text: str, min_words: int = C4_MIN_WORDS) -> list[str]:
    """The lines of `text` that C4's line rule keeps (stripped and citation-free, as C4 writes them)."""
    kept = []
    for line in text.splitlines():
        line = line.strip()
        if any(len(word) > C4_MAX_WORD_LENGTH for word in line.split()):
            continue
        line = _CITATION.sub("", line)
        if not line.endswith(C4_END_MARKS) or line.endswith(C4_ELLIPSIS):
            continue
        if len(line.split()) < min_words:
            continue
        lower = line.lower()
        # C4 drops the whole page on these two; the line rule alone drops the line (see the module docstring)
        if "lorem ipsum" in lower or "{" in line:
            continue
        if "javascript" in lower or any(phrase in lower for phrase in C4_POLICY):
            continue
        kept.append(line)
    return kept


def c4_text(raw: str) -> str:
    return "\n".join(c4_lines(raw))


def c4_text_3(raw: str) -> str:
    return "\n".join(c4_lines(raw, min_words=3))


def as_paragraphs(raw: str) -> str:
    """A minimal HTML page with one <p> per non-empty line: how a plain-text dump is given to HTML extractors."""
    body = "\n".join(f"<p>{html.escape(line.strip())}</p>" for line in raw.splitlines() if line.strip())
    return f"<html><body>\n{body}\n</body></html>"


_STOPLIST = None


def justext_text(raw: str) -> str:
    import justext

    global _STOPLIST
    if _STOPLIST is None:
        _STOPLIST = justext.get_stoplist("English")
    paragraphs = justext.justext(as_paragraphs(raw), _STOPLIST)
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def trafilatura_text(raw: str) -> str:
    import trafilatura

    return trafilatura.extract(as_paragraphs(raw)) or ""


SYSTEMS = {
    "keep everything": keep_everything,
    "C4 line rule (TFDS, >= 5 words)": c4_text,
    "C4 line rule (paper, >= 3 words)": c4_text_3,
    "jusText (lines as <p>, English)": justext_text,
    "trafilatura on the text": trafilatura_text,
    "newsbrief rules only (model=False)": rules_text,
}


def score_page(page: dict) -> dict[str, tuple[float, float, float, float, bool]]:
    """(precision, recall, F1, ms, output empty) of every system on one page."""
    out = {}
    for name, system in SYSTEMS.items():
        started = time.perf_counter()
        text = system(page["raw_text"])
        ms = (time.perf_counter() - started) * 1000
        out[name] = (*prf(text, page["gold_text"]), ms, not text.strip())
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", metavar="SET", help=f"boilerplate sets (default: {', '.join(BOILERPLATE_SETS)})")
    parser.add_argument("--eval-dir", help="the eval folder (default: $NEWSBRIEF_EVAL_DIR, else ../shared/eval)")
    parser.add_argument("--limit", type=int, default=0, help="score only the first N pages of each set (quick run)")
    parser.add_argument("--workers", type=int, default=2, choices=(1, 2), help="worker processes (at most 2)")
    args = parser.parse_args(argv)

    print("| dataset | pages | system | F1 | precision | recall | pages F1 < 0.5 | empty output | median ms/page |")
    print("|---|---|---|---|---|---|---|---|---|")
    started = time.perf_counter()
    with Pool(args.workers) as pool:
        for name in args.sets or BOILERPLATE_SETS:
            pages = boilerplate_pages(args.eval_dir, [name])
            if args.limit:
                pages = pages[: args.limit]
            results = pool.map(score_page, pages, chunksize=4)
            for system in SYSTEMS:
                scores = [r[system] for r in results]
                p, r, f1 = (statistics.fmean(s[k] for s in scores) for k in range(3))
                ms = statistics.median(s[3] for s in scores)
                low, empty = sum(s[2] < 0.5 for s in scores), sum(s[4] for s in scores)
                print(f"| {name} | {len(pages)} | {system} | {f1:.3f} | {p:.3f} | {r:.3f} | {low} | {empty} | {ms:.1f} |")
            sys.stdout.flush()
    print(f"\n{time.perf_counter() - started:.0f} s in all, {args.workers} worker(s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
