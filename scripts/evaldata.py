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
