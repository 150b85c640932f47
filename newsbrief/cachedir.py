"""newsbrief's own cache folders (model weights are not here: they live in the Hugging Face cache).

- `cache_dir()`: the translation cache. $NEWSBRIEF_CACHE_DIR, else the user cache folder below.
- `user_cache_dir()`: $XDG_CACHE_HOME/newsbrief, else ~/.cache/newsbrief. The unpacked language-id model lives
  here whatever $NEWSBRIEF_CACHE_DIR says: it is derived from the installed py3langid alone, so one copy serves
  every run (and every test that points $NEWSBRIEF_CACHE_DIR at a fresh folder).
"""

from __future__ import annotations

import os
from pathlib import Path


def user_cache_dir() -> Path:
    xdg = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(xdg) / "newsbrief"


def cache_dir() -> Path:
    base = os.environ.get("NEWSBRIEF_CACHE_DIR")
    return Path(base) if base else user_cache_dir()
