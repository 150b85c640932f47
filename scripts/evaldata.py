"""Where the evaluation data lives, for every eval_*/bench_* script (and the tests that drive them).

`--eval-dir` if given, else $NEWSBRIEF_EVAL_DIR, else ../shared/eval beside the repository. The data is read from
there and never copied into the repository (parts of it are copyrighted news text).
"""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def eval_root(option: str | None = None) -> Path:
    """The eval folder (the one holding boilerplate/, mt/, sum/)."""
    if option:
        return Path(option)
    return Path(os.environ.get("NEWSBRIEF_EVAL_DIR") or REPO.parent / "shared" / "eval")


def eval_subdir(option: str | None, name: str) -> Path:
    """`name` (e.g. "mt") below the eval folder; an `--eval-dir` that already is that folder is taken as it is."""
    base = eval_root(option)
    return base / name if (base / name).is_dir() else base


#: the boilerplate sets: aeb_news50 (boilerplate/) and the five datasets of the development corpus (boilerplate/dev/)
BOILERPLATE_SETS = ("aeb_news50", "l3s_gn1", "dragnet", "cleanportaleval", "cleaneval", "readability")


def boilerplate_pages(option: str | None, names=BOILERPLATE_SETS) -> list[dict]:
    """The pages of the named boilerplate sets, each with its "dataset" name set (read, never copied)."""
    import gzip
    import json

    base = eval_subdir(option, "boilerplate")
    pages = []
    for name in names:
        candidates = [base / f"{name}.jsonl", base / "dev" / f"{name}.jsonl", base / "dev" / f"{name}.jsonl.gz"]
        path = next((p for p in candidates if p.is_file()), None)
        if path is None:
            raise FileNotFoundError(f"{name}: none of {', '.join(map(str, candidates))}")
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    page = json.loads(line)
                    page["dataset"] = name
                    pages.append(page)
    return pages
