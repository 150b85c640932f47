"""Size-scaling checks shared by the linear-time tests: a call's CPU time, and "grows about linearly" asserts.

A wall-clock limit fails on a loaded machine; a ratio between two input sizes, each the best of three runs, does not,
and a quadratic pattern still fails it (4x the input gives ~16x the time against a limit of 8x).
"""

from __future__ import annotations

import time
from typing import Callable

from newsbrief.normalise.phrases import phrase_sets


def cpu_seconds(run: Callable[[str], object], text: str) -> float:
    """Process CPU time of run(text): other processes on the machine do not count."""
    start = time.process_time()
    run(text)
    return time.process_time() - start


def assert_grows_linearly(run: Callable[[str], object], make: Callable[[int], str], small: int, large: int,
                          factor: float = 8) -> None:
    """run(make(large)) costs at most `factor` times run(make(small)) (best of three each; large = 4 x small)."""
    run(make(2))  # warm caches and compiled patterns first
    t_small = min(cpu_seconds(run, make(small)) for _ in range(3))
    t_large = min(cpu_seconds(run, make(large)) for _ in range(3))
    assert t_large < max(t_small, 1e-3) * factor, (make(1), t_small, t_large)


def run_phrase_patterns(text: str) -> None:
    """Every phrase list pattern, anchored and searching, on one line (what the classifier asks of each line)."""
    for phrases in phrase_sets().values():
        for pattern in (phrases.anchored, phrases.regex):
            if pattern is not None:
                pattern.match(text)
                pattern.search(text)
