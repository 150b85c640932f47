"""Shared pytest set-up: paths, and the `real` marker that needs the Hugging Face hub.

Area fixtures live in `tests/fixtures_<area>.py` and are listed in `pytest_plugins` below,
so each engineer owns their own fixture module.
"""

from __future__ import annotations

import functools
import os
import socket
from pathlib import Path

import pytest
from evaldata import eval_root  # scripts/ is on sys.path (pyproject: pytest pythonpath)

pytest_plugins = [
    "tests.fixtures_translate",
    "tests.fixtures_summarise",
    "tests.fixtures_cli",
]

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
SHARED_EVAL = eval_root()  # scripts/evaldata.py: the location every eval script reads


@functools.lru_cache(maxsize=1)
def hub_unreachable_reason() -> str | None:
    """Why tests marked `real` cannot run here, or None when the hub answers."""
    if os.environ.get("HF_HUB_OFFLINE", "").lower() in {"1", "true", "yes"}:
        return "HF_HUB_OFFLINE is set"
    try:
        socket.create_connection(("huggingface.co", 443), timeout=3).close()
    except OSError as exc:
        return f"Hugging Face hub unreachable ({exc.__class__.__name__}); real-model tests need a connected machine"
    return None


def pytest_collection_modifyitems(config, items):
    if not any(item.get_closest_marker("real") for item in items):
        return  # don't probe the network for nothing
    reason = hub_unreachable_reason()
    if reason is None:
        return
    skip = pytest.mark.skip(reason=reason)
    for item in items:
        if item.get_closest_marker("real"):
            item.add_marker(skip)


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


#: the day every test reads its pages on (deadlines.reading_day): `published` and the future-date warning depend on
#: the day, so a test's outcome must not depend on the machine's clock (review 31 #8)
PINNED_TODAY = "2026-12-07"


@pytest.fixture(autouse=True)
def pinned_today(monkeypatch) -> str:
    """Pin $NEWSBRIEF_TODAY for every test; a test that needs another day passes `today=` or sets it again."""
    monkeypatch.setenv("NEWSBRIEF_TODAY", PINNED_TODAY)
    return PINNED_TODAY
