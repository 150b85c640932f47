"""Stretches of consecutive flagged items: the one loop behind "N lines of one shape in a row make a block".

A table's rows (tables.py), an ingredient list (ingredients.py) and the normaliser's run-length line features
(newsbrief/normalise/vectors.py) all look for stretches of consecutive items that pass a test; this is that scan,
written once.
"""

from __future__ import annotations

from collections.abc import Sequence


def true_runs(flags: Sequence[bool]) -> list[tuple[int, int]]:
    """The maximal stretches of True flags, as (start, end) index pairs with `end` exclusive, in order."""
    out: list[tuple[int, int]] = []
    start = None
    for i, flag in enumerate(flags):
        if flag and start is None:
            start = i
        elif not flag and start is not None:
            out.append((start, i))
            start = None
    if start is not None:
        out.append((start, len(flags)))
    return out
