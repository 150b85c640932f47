"""What the reliability checks of issue 12 cost a folder run: this tree against a baseline commit, side by side.

The checks added per article under ``-o`` — is an existing file ours, is it another input's result, the folder
lock, the per-article time limit (a timer set and cleared per article), umask-respecting file modes — run in the
fresh run and, more visibly, in the resume run (where they are most of the work). Both trees run the same
``normalise IN -o OUT`` (no model involved, so newsbrief's own work is all that is measured) in alternation, each
in a fresh process, `--repeat` times; best and median wall time are printed with the ratio. The articles are the
hand-written test articles (tests/cli_articles.py), numbered so each is distinct.

    .venv/bin/python scripts/bench_reliability.py --baseline 8a6a1ce --articles 200 --repeat 3
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.cli_articles import dutch_variants, write  # noqa: E402


def run(tree: Path, args: list[str], extra: list[str]) -> float:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "newsbrief", *args, *extra], env=env, capture_output=True, text=True)
    took = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"{tree}: exit {proc.returncode}: {proc.stderr[-500:]}")
    return took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", default="8a6a1ce", help="commit to compare against (git archive of it)")
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    opts = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        base = work / "baseline"
        base.mkdir()
        archive = subprocess.run(["git", "-C", str(REPO), "archive", opts.baseline], capture_output=True, check=True)
        subprocess.run(["tar", "-x", "-C", str(base)], input=archive.stdout, check=True)
        inputs = work / "in"
        for i, text in enumerate(dutch_variants(opts.articles)):
            write(inputs, f"{i:04d}.txt", text)
        variants = {"baseline": (base, []), "this tree": (REPO, []),
                    "this tree, --time-limit 0": (REPO, ["--time-limit", "0"])}
        times: dict[str, dict[str, list[float]]] = {name: {"fresh": [], "resume": []} for name in variants}
        for _ in range(opts.repeat):
            for name, (tree, extra) in variants.items():
                out = work / "out"
                shutil.rmtree(out, ignore_errors=True)
                args = ["normalise", str(inputs), "-o", str(out), "-q"]
                times[name]["fresh"].append(run(tree, args, extra))
                times[name]["resume"].append(run(tree, args, extra))
        print(f"{opts.articles} articles, normalise -o, {opts.repeat} repeats (best / median seconds)")
        for phase in ("fresh", "resume"):
            base_best = min(times["baseline"][phase])
            for name in variants:
                values = times[name][phase]
                print(f"  {phase:6s} {name:26s} best {min(values):6.2f}  median {statistics.median(values):6.2f}"
                      f"  best/baseline {min(values) / base_best:5.2f}")


if __name__ == "__main__":
    main()
