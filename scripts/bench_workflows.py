#!/usr/bin/env python3
"""What newsbrief itself costs around the models: CLI start-up, pipeline overhead, folder runs and resume.

    .venv/bin/python scripts/bench_workflows.py                 # 50 scraped pages + 250 CNN/DM articles
    .venv/bin/python scripts/bench_workflows.py --limit 40 --repeat 3

English articles only, so that no translation model is needed and the numbers are newsbrief's own work
(normalise, language id, sentence split, extractive Key Takeaways) plus its plumbing. Printed side by side:

1. start-up: `newsbrief --version` / `--help` as subprocesses against a bare `python -c pass`, and whether torch
   got imported (it must not be: the issue's budget is 0.5 s); `summarise` of one scraped page, the terminal
   workflow, in a fresh user cache folder (first run: the language-id model is unpacked) and again;
2. in-process: the stage functions called directly on every article vs `Pipeline.process` on the same bytes
   (the orchestration's overhead: records, warnings, language decision);
3. whole command lines on a folder written to a temporary directory: `summarise DIR -o OUT` (fresh), the same
   command again (resume: everything skipped), and `summarise DIR --json > file` (the pipe workflow).

The corpus is read from ../shared/eval (never copied into the repository); the temporary folder is deleted.
"""

from __future__ import annotations

import argparse
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
from evaldata import eval_root  # noqa: E402 - scripts/ is sys.path[0] when a script runs

NEWSBRIEF = [sys.executable, "-m", "newsbrief"]


def load_corpus(eval_dir: Path, limit: int) -> list[tuple[str, bytes]]:
    """(name, bytes) of the scraped pages (boilerplate and all) and the CNN/DM articles."""
    corpus = []
    pages = eval_dir / "boilerplate" / "aeb_news50.jsonl"
    cnndm = eval_dir / "sum" / "cnndm_sample.jsonl"
    for path, field, prefix in ((pages, "raw_text", "page"), (cnndm, "article", "cnndm")):
        if not path.is_file():
            sys.exit(f"bench_workflows: {path} not found (pass --eval-dir)")
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        for k, row in enumerate(rows[: limit or None]):
            corpus.append((f"{prefix}{k:03d}.txt", row[field].encode("utf-8")))
    return corpus


def run_seconds(argv: list[str], repeat: int, **kwargs) -> list[float]:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        subprocess.run(argv, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kwargs)
        times.append(time.perf_counter() - t0)
    return times


def startup(repeat: int, article: bytes) -> None:
    base = run_seconds([sys.executable, "-c", "pass"], repeat)
    version = run_seconds(NEWSBRIEF + ["--version"], repeat)
    helptext = run_seconds(NEWSBRIEF + ["--help"], repeat)
    with tempfile.TemporaryDirectory(prefix="newsbrief-bench-") as tmp:
        path = Path(tmp, "article.txt")
        path.write_bytes(article)
        # a user cache folder of its own: the first run unpacks the language-id model there, later runs reuse it
        env = dict(os.environ, XDG_CACHE_HOME=str(Path(tmp, "xdg")), NEWSBRIEF_CACHE_DIR=str(Path(tmp, "nb")))
        first = run_seconds(NEWSBRIEF + ["summarise", str(path)], 1, env=env)
        later = run_seconds(NEWSBRIEF + ["summarise", str(path)], repeat, env=env)
    probe = ("import sys\nfrom newsbrief.cli import cli\n"
             "try:\n    cli(['--help'], standalone_mode=False)\nexcept SystemExit:\n    pass\n"
             "print('torch' in sys.modules)")
    torch_loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True).stdout.strip()
    print(f"1. start-up, seconds (best / median of {repeat}); budget 0.5 s")
    for label, ts in (("python -c pass", base), ("newsbrief --version", version), ("newsbrief --help", helptext),
                      ("summarise one article", later), ("  the same, first run", first)):
        print(f"   {label:22s} {min(ts):6.3f} / {statistics.median(ts):6.3f}")
    print(f"   torch imported by --help: {torch_loaded.splitlines()[-1] if torch_loaded else '?'}")


def in_process(corpus: list[tuple[str, bytes]], repeat: int) -> float:
    """Best-of-`repeat` total seconds for the bare stages and for Pipeline.process; returns the latter."""
    from newsbrief.decode import decode_with_warnings
    from newsbrief.langid import detect_language
    from newsbrief.normalise import normalise_text
    from newsbrief.pipeline import Pipeline, RunOptions
    from summarise import SummaryInput, load_summariser
    from translate import paragraph_sentences

    summariser = load_summariser("extractive", local_files_only=True)
    pipeline = Pipeline(RunOptions(command="summarise"))

    def stages(name: str, data: bytes) -> None:
        text, _ = decode_with_warnings(data, source=name)
        norm = normalise_text(text)
        detect_language("\n\n".join(filter(None, [norm.title, *norm.paragraphs])))
        found = paragraph_sentences(norm.paragraphs, "en")
        if found:
            summariser.summarise(SummaryInput([s for _, s in found], [p for p, _ in found], norm.title), 5)

    def whole(name: str, data: bytes) -> None:
        json.dumps(pipeline.process(name, data).to_dict(), ensure_ascii=False)  # the record, as emitted

    stages(*corpus[0]), whole(*corpus[0])  # warm-up: imports, language-id model, caches
    totals = []
    for fn in (stages, whole):
        best = float("inf")
        for _ in range(repeat):
            t0 = time.perf_counter()
            for name, data in corpus:
                fn(name, data)
            best = min(best, time.perf_counter() - t0)
        totals.append(best)
    n = len(corpus)
    print(f"2. in-process, {n} articles, best of {repeat}: ms per article")
    print(f"   stage functions called directly       {1000 * totals[0] / n:7.2f}")
    print(f"   Pipeline.process + record to JSON     {1000 * totals[1] / n:7.2f}   "
          f"overhead {100 * (totals[1] / totals[0] - 1):+.1f}%")
    return totals[1]


def command_lines(corpus: list[tuple[str, bytes]], pipeline_seconds: float) -> None:
    n = len(corpus)
    with tempfile.TemporaryDirectory(prefix="newsbrief-bench-") as tmp:
        src, out, cache = Path(tmp, "in"), Path(tmp, "out"), Path(tmp, "cache")
        for name, data in corpus:
            (src / name[:5]).mkdir(parents=True, exist_ok=True)  # a small tree, mirrored by -o
            (src / name[:5] / name).write_bytes(data)
        env = dict(os.environ, NEWSBRIEF_CACHE_DIR=str(cache))
        runs = {}
        for label, argv in (
            ("summarise DIR -o OUT (fresh)", ["summarise", str(src), "-o", str(out)]),
            ("same again (resume, all skipped)", ["summarise", str(src), "-o", str(out)]),
            ("summarise DIR --json > file", ["summarise", str(src), "--json"]),
        ):
            with open(Path(tmp, "stdout"), "wb") as stdout:
                t0 = time.perf_counter()
                done = subprocess.run(NEWSBRIEF + argv, stdout=stdout, stderr=subprocess.PIPE, env=env)
                runs[label] = time.perf_counter() - t0
            summary = done.stderr.decode(errors="replace").strip().splitlines()
            runs[label + " stderr"] = summary[-1] if summary else ""
        lines = Path(tmp, "stdout").read_text(encoding="utf-8").splitlines()
        parsed = sum(1 for line in lines if json.loads(line).get("schema"))
        written = len(list(out.rglob("*.json"))), len(list(out.rglob("*.md")))
    print(f"3. command lines on a folder of {n} articles (seconds, wall, one run each)")
    for label in ("summarise DIR -o OUT (fresh)", "same again (resume, all skipped)", "summarise DIR --json > file"):
        print(f"   {label:34s} {runs[label]:6.2f}   {1000 * runs[label] / n:6.1f} ms/article   "
              f"[{runs[label + ' stderr']}]")
    print(f"   in-process Pipeline.process total  {pipeline_seconds:6.2f}   "
          f"-> CLI start-up, I/O and rendering add {runs['summarise DIR -o OUT (fresh)'] - pipeline_seconds:+.2f} s "
          f"to the -o run, {runs['summarise DIR --json > file'] - pipeline_seconds:+.2f} s to the pipe run")
    print(f"   outputs: {written[0]} .json + {written[1]} .md; pipe: {parsed} of {len(lines)} stdout lines "
          "parse as records")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval-dir", help="the eval folder (default $NEWSBRIEF_EVAL_DIR or ../shared/eval)")
    ap.add_argument("--limit", type=int, default=0, help="first N of each source only")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)

    corpus = load_corpus(eval_root(args.eval_dir), args.limit)
    print(f"{len(corpus)} English articles, {sum(len(d) for _, d in corpus) / 1e6:.1f} MB; "
          f"{os.cpu_count()} CPU cores; {sys.executable}")
    startup(max(args.repeat, 5), corpus[0][1])
    pipeline_seconds = in_process(corpus, args.repeat)
    command_lines(corpus, pipeline_seconds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
