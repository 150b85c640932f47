#!/usr/bin/env python
"""Measure offline language identifiers on nld/eng/arb text: accuracy, speed, load time, peak memory.

Candidates (each runs in its own child process so its memory is measured alone):

* ``py3langid``            — py3langid with normalised probabilities (the model ships in the wheel)
* ``lingua-low``           — lingua, all languages, low-accuracy mode (the models ship in the wheel)
* ``lingua-high``          — lingua, all languages, high-accuracy mode, models preloaded
* ``newsbrief``            — ``newsbrief.langid.detect_language`` (script rule + py3langid + "und" thresholds)

Data: FLORES-200 devtest and NTREX-128 (nld, eng, arb) from ``../shared/eval/mt`` (or ``--eval-dir`` /
``NEWSBRIEF_EVAL_DIR``). Three granularities: single sentences ("lines"), their first six words ("words6",
headline-sized) and paragraph-sized snippets of five consecutive sentences ("paragraphs"). A prediction is correct when the top language is the
expected one; for ``newsbrief`` "und" is counted separately (it is a refusal, not an error).

    .venv/bin/python scripts/eval_langid.py
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path
from evaldata import eval_subdir  # noqa: E402 - scripts/ is sys.path[0] when a script runs

REPO = Path(__file__).resolve().parent.parent
FILES = {
    "flores": {"nl": "flores200.devtest.nld", "en": "flores200.devtest.eng", "ar": "flores200.devtest.arb"},
    "ntrex": {"nl": "ntrex128.nld", "en": "ntrex128.eng", "ar": "ntrex128.arb"},
}
SYSTEMS = ("py3langid", "lingua-low", "lingua-high", "newsbrief")


def load_items(folder: Path) -> list[tuple[str, str, str, str]]:
    """(corpus, granularity, expected code, text) for every test item."""
    items = []
    for corpus, files in FILES.items():
        for code, name in files.items():
            lines = [l.strip() for l in (folder / name).read_text(encoding="utf-8").splitlines() if l.strip()]
            items += [(corpus, "lines", code, l) for l in lines]
            # headline-sized: the first six words of each sentence (what a title-only or one-line item gives)
            items += [(corpus, "words6", code, " ".join(l.split()[:6])) for l in lines]
            items += [(corpus, "paragraphs", code, " ".join(lines[i:i + 5])) for i in range(0, len(lines) - 4, 5)]
    return items


def make_classifier(name: str):
    """A function text -> ISO 639-1 code (or "und"), built the way the library recommends."""
    if name == "py3langid":
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        return lambda text: ident.classify(text)[0]
    if name.startswith("lingua"):
        from lingua import LanguageDetectorBuilder

        builder = LanguageDetectorBuilder.from_all_languages()
        builder = builder.with_low_accuracy_mode() if name == "lingua-low" else builder.with_preloaded_language_models()
        detector = builder.build()

        def classify(text: str) -> str:
            lang = detector.detect_language_of(text)
            return lang.iso_code_639_1.name.lower() if lang is not None else "und"

        return classify
    if name == "newsbrief":
        sys.path.insert(0, str(REPO))
        from newsbrief.langid import _identifier, detect_language

        _identifier()  # load the model now, so it counts as load time
        return lambda text: detect_language(text).code
    raise SystemExit(f"unknown system {name!r}; choose from {', '.join(SYSTEMS)}")


def worker(name: str, folder: Path) -> None:
    items = load_items(folder)
    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    classify = make_classifier(name)
    load_s = time.perf_counter() - started
    results: dict[str, dict[str, int]] = {}
    started = time.perf_counter()
    for corpus, granularity, expected, text in items:
        got = classify(text)
        cell = results.setdefault(f"{corpus}/{granularity}", {"n": 0, "correct": 0, "und": 0})
        cell["n"] += 1
        cell["correct"] += got == expected
        cell["und"] += got == "und"
    run_s = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    print(json.dumps({"system": name, "load_s": load_s, "run_s": run_s, "items": len(items),
                      "peak_rss_mb": peak / 1024, "model_rss_mb": (peak - baseline) / 1024, "results": results}))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", help="folder with the FLORES/NTREX files (default ../shared/eval/mt)")
    parser.add_argument("--systems", default=",".join(SYSTEMS), help="comma-separated subset of " + ", ".join(SYSTEMS))
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    folder = eval_subdir(args.eval_dir, "mt")
    if args.worker:
        worker(args.worker, folder)
        return 0
    if not (folder / FILES["flores"]["nl"]).is_file():
        print(f"error: FLORES files not found in {folder}; pass --eval-dir or set NEWSBRIEF_EVAL_DIR", file=sys.stderr)
        return 2

    rows = []
    for name in args.systems.split(","):
        proc = subprocess.run([sys.executable, __file__, "--worker", name, "--eval-dir", str(folder)],
                              capture_output=True, text=True)
        if proc.returncode != 0:
            if "No module named 'lingua'" in proc.stderr:
                print(f"{name}: skipped (lingua is not installed: pip install lingua-language-detector "
                      "to compare; newsbrief itself does not need it)", file=sys.stderr)
            else:
                print(f"{name}: failed\n{proc.stderr[-2000:]}", file=sys.stderr)
            continue
        rows.append(json.loads(proc.stdout.strip().splitlines()[-1]))

    cells = list(rows[0]["results"]) if rows else []
    header = f"{'system':<12} " + " ".join(f"{c:>18}" for c in cells) + f" {'load s':>7} {'ms/item':>8} {'peak RSS MB':>12} {'+model MB':>9}"
    print(header)
    for row in rows:
        accs = []
        for c in cells:
            cell = row["results"][c]
            text = f"{100 * cell['correct'] / cell['n']:.2f}%"
            wrong = cell["n"] - cell["correct"] - cell["und"]
            if cell["und"]:
                text += f" ({100 * cell['und'] / cell['n']:.1f}% und, {wrong} wrong)"
            accs.append(f"{text:>18}")
        print(f"{row['system']:<12} " + " ".join(accs)
              + f" {row['load_s']:>7.2f} {1000 * row['run_s'] / row['items']:>8.3f} {row['peak_rss_mb']:>12.0f} {row['model_rss_mb']:>9.0f}")
    print("items per cell: " + ", ".join(f"{c}={rows[0]['results'][c]['n']}" for c in cells) if rows else "")
    return 0


if __name__ == "__main__":
    sys.exit(main())
