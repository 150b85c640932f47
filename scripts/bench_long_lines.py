"""Normalising time against line length (issue 10, item 7): a line of 200 kB once took 152 s.

Times `normalise_text` on one long line of several shapes (prose, an Arabic sentence run, a word-character run
above the story, a three-word headline with one huge word, a hard-wrapped paragraph), at each size, best and
median of --repeats runs, CPU seconds of this process. A case slower than --cap seconds is stopped and shown
as ">cap". Run it on another tree (the baseline) with PYTHONPATH=<that tree>.

    python scripts/bench_long_lines.py --sizes 50000 200000 1000000 --repeats 3
"""

from __future__ import annotations

import argparse
import signal
import statistics
import textwrap
import time

from newsbrief.normalise import normalise_text

BODY = "\n\n".join(
    ["The minister said on Tuesday that the new housing budget would be spent on cheaper homes for young families."]
    * 5
)
SHAPES = {
    "prose line": lambda n: "Council budget grows again\n\n" + ("The council met and said the budget would grow. " * n)[:n],
    "Arabic line": lambda n: "عنوان الخبر\n\n" + ("قال الوزير إن الميزانية سترتفع مرة أخرى في العام المقبل. " * n)[:n],
    "word run on top": lambda n: "1" * n + "\n\n" + BODY,
    "huge-word headline": lambda n: "Big " + "Aa" * (n // 2) + " news here\n\n" + BODY,
    "hard-wrapped para": lambda n: "Headline of the story\n\n"
    + textwrap.fill(("the minister said that the budget would go up again next year and " * n)[:n], 72),
}


class _Timeout(Exception):
    pass


def _alarm(_signum, _frame):
    raise _Timeout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[200_000, 1_000_000])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--cap", type=int, default=60, help="seconds before a case is given up")
    args = parser.parse_args()
    signal.signal(signal.SIGALRM, _alarm)
    normalise_text("warm up\n\nThe phrase lists load once.")
    print(f"{'shape':20} {'chars':>9} {'best s':>8} {'median s':>9}")
    for name, make in SHAPES.items():
        for size in args.sizes:
            text = make(size)
            times = []
            try:
                for _ in range(args.repeats):
                    signal.alarm(args.cap)
                    start = time.process_time()
                    normalise_text(text)
                    times.append(time.process_time() - start)
                    signal.alarm(0)
            except _Timeout:
                print(f"{name:20} {len(text):9} {'>' + str(args.cap):>8} {'':>9}", flush=True)
                continue
            print(f"{name:20} {len(text):9} {min(times):8.3f} {statistics.median(times):9.3f}", flush=True)


if __name__ == "__main__":
    main()
