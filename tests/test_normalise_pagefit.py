"""The page layer's fit (scripts/fit_normaliser.fit_page): what it learns from a table of training pages.

Synthetic tables only (page-feature rows and each mode's F1 on the page); the real pages are measured by the CV.
"""

from __future__ import annotations

import fit_normaliser  # scripts/ is on sys.path (pyproject: pytest pythonpath)
import pytest
from newsbrief.normalise.pagemode import MODES, PAGE_FEATURE_NAMES, choose_mode

pytest.importorskip("sklearn")


def _row(shape: str) -> list[float]:
    """A page-feature row of one of three page shapes, told apart by two features (the rest constant)."""
    row = [1.0] * len(PAGE_FEATURE_NAMES)
    row[1], row[2] = {"forum": (1.0, 0.0), "story": (0.0, 0.0), "story+": (0.0, 1.0)}[shape]
    return row


def _f1(article: float, opened: float, widest: float | None = None) -> list[float]:
    """Each mode's F1: the article mode, the first open mode, and the wider ones (`widest`, else as the first)."""
    wider = opened if widest is None else widest
    return [article, opened] + [wider] * (len(MODES) - 2)


def _table(near_tie_gain: float):
    """Pages of three shapes: a forum (opening pays a lot), a news story (the article mode is clearly best) and a
    story where the first open mode gains `near_tie_gain` F1 (a line it adds) and the wider ones keep a comment
    thread (the choice matters on that page: the mode is weighted by the F1 spread)."""
    X, G = [], []
    for _ in range(20):
        X.append(_row("forum")), G.append(_f1(0.4, 0.9))
        X.append(_row("story")), G.append(_f1(0.9, 0.3))
        X.append(_row("story")), G.append(_f1(0.9, 0.3))
        X.append(_row("story+")), G.append(_f1(0.9, 0.9 + near_tie_gain, 0.5))
    return X, G


def test_a_page_where_opening_gains_next_to_nothing_teaches_the_article_mode():
    layer = fit_normaliser.fit_page(*_table(0.003))
    assert choose_mode(_row("story+"), layer) == 0  # on main: an open mode (the best by 0.003 F1 was the target)
    assert choose_mode(_row("forum"), layer) != 0   # guard: where opening pays, the layer still opens


def test_a_page_where_opening_clearly_pays_still_teaches_an_open_mode():
    layer = fit_normaliser.fit_page(*_table(0.05))
    assert choose_mode(_row("story+"), layer) != 0
    assert choose_mode(_row("story"), layer) == 0
