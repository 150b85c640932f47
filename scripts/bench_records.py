#!/usr/bin/env python3
"""Record archives and the Ray runner against the local runner, on the same English articles (issue 13).

    .venv/bin/python scripts/bench_records.py                  # 1,000 articles, 2 repeats
    .venv/bin/python scripts/bench_records.py --articles 200 --repeat 1 --no-ray

English articles (CNN/DM from ../shared/eval, each used several times with a numbered closing sentence so every
record is distinct), so that no translation model is needed: the numbers are newsbrief's own work (decode,
normalise, language id, sentence split, extractive Key Takeaways) and the runners' plumbing. Whole command lines,
run as subprocesses in interleaved order, each timed from start to exit:

1. ``summarise DIR -o OUT``: the same articles as a folder of .txt files (the folder runner);
2. ``summarise in.jsonl.gz -o OUT``: one gzip JSONL archive, the local record runner;
3. ``summarise in.jsonl.gz -o OUT --runner ray --workers 1``: a local Ray (started by the command), one actor;
4. the same with ``--workers 2`` (fractional CPUs: 0.5 each on 2 CPUs, leaving one for the read task);
5. ``ray.init()`` + ``ray.shutdown()`` alone: the fixed cost of a local Ray.

The corpus is read from ../shared/eval and written only to a temporary folder, which is deleted.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from evaldata import eval_subdir  # noqa: E402 - scripts/ is sys.path[0] when a script runs

NEWSBRIEF = [sys.executable, "-m", "newsbrief"]


def corpus(eval_dir: str | None, count: int) -> list[str]:
    rows = [json.loads(line) for line in (eval_subdir(eval_dir, "sum") / "cnndm_sample.jsonl").open(encoding="utf-8")]
    texts = []
    for i in range(count):
        base = rows[i % len(rows)]["article"]
        texts.append(f"{base}\n\nThis is copy number {i // len(rows) + 1} of the story.\n")
    return texts


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} exited {done.returncode}: {done.stderr[-2000:]}")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--no-ray", action="store_true")
    parser.add_argument("--eval-dir", default=None)
    args = parser.parse_args()

    texts = corpus(args.eval_dir, args.articles)
    with tempfile.TemporaryDirectory(prefix="nb-bench-records-") as tmp:
        root = Path(tmp)
        folder = root / "in"
        folder.mkdir()
        for i, text in enumerate(texts):
            (folder / f"a{i:05d}.txt").write_text(text, encoding="utf-8")
        archive = root / "in.jsonl.gz"
        with gzip.open(archive, "wt", encoding="utf-8") as handle:
            for i, text in enumerate(texts):
                handle.write(json.dumps({"id": f"a{i:05d}", "text": text}) + "\n")
        env = {**os.environ, "NEWSBRIEF_CACHE_DIR": str(root / "cache"), "HF_HUB_OFFLINE": "1"}
        common = ["--no-cache", "-q"]
        runs: dict[str, list[str]] = {
            "folder, local runner": [*NEWSBRIEF, "summarise", str(folder), *common],
            "jsonl.gz, local runner": [*NEWSBRIEF, "summarise", str(archive), *common],
        }
        if not args.no_ray:
            runs["jsonl.gz, ray, 1 actor"] = [*NEWSBRIEF, "summarise", str(archive), *common, "--runner", "ray",
                                              "--workers", "1"]
            runs["jsonl.gz, ray, 2 actors x 0.5 CPU"] = [*NEWSBRIEF, "summarise", str(archive), *common,
                                                         "--runner", "ray", "--workers", "2"]
            runs["ray.init + shutdown alone"] = [sys.executable, "-c",
                                                 "import ray; ray.init(include_dashboard=False, log_to_driver=False);"
                                                 " ray.shutdown()"]
        times: dict[str, list[float]] = {name: [] for name in runs}
        for repeat in range(args.repeat):
            for name, cmd in runs.items():  # interleaved: a slow minute on the shared machine hits every runner
                out = root / f"out-{repeat}-{len(times[name])}-{abs(hash(name))}"
                full = cmd + (["-o", str(out)] if cmd[:len(NEWSBRIEF)] == NEWSBRIEF else [])
                times[name].append(timed(full, env))
                print(f"  {name}: {times[name][-1]:.1f} s", file=sys.stderr, flush=True)

    base = statistics.median(times["folder, local runner"])
    print(f"\n{args.articles} English articles, {args.repeat} repeat(s), {os.cpu_count()} CPUs\n")
    print("| runner | best s | median s | articles/s (median) | vs folder runner |")
    print("|---|---|---|---|---|")
    for name, values in times.items():
        med = statistics.median(values)
        rate = f"{args.articles / med:.1f}" if "alone" not in name else "-"
        print(f"| {name} | {min(values):.1f} | {med:.1f} | {rate} | {base / med:.2f}x |")


if __name__ == "__main__":
    main()
