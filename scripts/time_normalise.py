"""Median `normalise_text` time per page (issue 10's "median time per page <= 50 ms on 2 cores").

    NEWSBRIEF_EVAL_DIR=../shared/eval .venv/bin/python scripts/time_normalise.py [REPO]

REPO (default: this checkout) is the code and packaged model timed, so two checkouts can be compared from one
script. Pages: the 50 of aeb_news50 and 50 drawn (fixed seed) from each of the five dev datasets, 300 in all,
read from the eval folder. Each page is normalised three times; its time is the best of the three (the machine
is shared: other jobs only add time); the script prints the median, p90, mean and max over the pages.

    --cold   empty the phrase module's per-line caches before every page, so that no page is timed with
             its lines already keyed by an earlier repeat: what one page costs when the run has seen no line of it
    --cpu    time the process's CPU time (time.process_time) instead of the wall clock: on a host shared by other
             jobs the wall clock counts the time the scheduler gave them, which "best of three" does not remove when
             the host is busy all along; the CPU time counts this process's work alone"""
import gzip
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

COLD = "--cold" in sys.argv[1:]
CPU = "--cpu" in sys.argv[1:]
_ARGS = [a for a in sys.argv[1:] if a not in ("--cold", "--cpu")]
REPO = _ARGS[0] if _ARGS else str(Path(__file__).resolve().parent.parent)
sys.path.insert(0, REPO)
from newsbrief.normalise import normalise_text  # noqa: E402 - after choosing REPO
from newsbrief.normalise import features, phrases  # noqa: E402

#: the per-line caches, by module: each is emptied where the checkout timed has it (an older one lacks some)
_LINE_CACHES = ((phrases, ("_categories_cached", "in_group", "_cached_match_key", "_cached_forms")),
                (features, ("_cached_tokens",)))


def empty_caches() -> None:
    """Empty the per-line caches (the phrase categories, the line keys and forms, the word tokens, where the
    checkout has them); the caches of loaded phrase lists stay, as they do for a whole run."""
    for module, names in _LINE_CACHES:
        for name in names:
            cached = getattr(module, name, None)
            if cached is not None:
                cached.cache_clear()


def sample_pages(eval_dir: Path) -> list[str]:
    """aeb_news50's 50 pages and 50 drawn (seed 0) from each dev dataset: their raw text."""
    ev = eval_dir / "boilerplate"
    pages = [json.loads(line)["raw_text"] for line in open(ev / "aeb_news50.jsonl", encoding="utf-8")]
    rng = random.Random(0)
    for name in ("l3s_gn1.jsonl", "dragnet.jsonl.gz", "cleanportaleval.jsonl", "cleaneval.jsonl.gz",
                 "readability.jsonl"):
        opener = gzip.open if name.endswith(".gz") else open
        with opener(ev / "dev" / name, "rt", encoding="utf-8") as f:
            rows = [json.loads(line) for line in f]
        pages += [row["raw_text"] for row in rng.sample(rows, 50)]
    return pages


def main() -> int:
    pages = sample_pages(Path(os.environ.get("NEWSBRIEF_EVAL_DIR", Path(REPO).parent / "shared" / "eval")))
    normalise_text(pages[0])  # load the model and warm the imports before timing
    best = [float("inf")] * len(pages)
    clock = time.process_time if CPU else time.perf_counter
    for _ in range(3):
        for i, page in enumerate(pages):
            if COLD:
                empty_caches()
            started = clock()
            normalise_text(page)
            best[i] = min(best[i], (clock() - started) * 1000)
    p90 = statistics.quantiles(best, n=10)[-1]
    print(f"{REPO}: {len(pages)} pages{' (cold caches)' if COLD else ''}{' (CPU time)' if CPU else ''}, best of 3 per page: median {statistics.median(best):.1f} ms, "
          f"p90 {p90:.1f}, mean {statistics.mean(best):.1f}, max {max(best):.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
