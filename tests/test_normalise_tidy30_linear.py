"""Patterns over a line's free text that were quadratic in a long run of white space (issue 10 item 7: every pattern
on a line linear in its length), and guards that their splits and matches are what they were.

classify's link-bar separator (`_link_bar`, `_section_trail`: "Home | Local | Weather"), with_dateline's bracketed
agency ("SAN FRANCISCO (PRNewswire)") and summarise.tables' cell separator (`filled_cells`, which classify asks of
every line: "Copper | 10,480 | +215") opened with `\\s+` / `\\s*` at every position of a run of spaces: a run of n
spaces cost n tries of up to n characters each. They now try a run from its first position only, where the same
match begins. Hand-written lines; none is eval data.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import with_dateline
from newsbrief.normalise.classify import _BAR_SEPARATOR, _link_bar, _section_trail
from newsbrief.normalise.features import line_features
from newsbrief.normalise.lines import split_lines
from summarise.tables import filled_cells
from tests.scaling import assert_grows_linearly


def _feature(text: str):
    return line_features(split_lines(text + "\n"))[0]


@pytest.mark.parametrize("space", [" ", "\t", "\u00a0"])
def test_link_bar_check_is_linear_in_a_run_of_spaces(space):
    assert_grows_linearly(_link_bar, lambda n: "Home" + space * n + "News", 5000, 20000)
    assert_grows_linearly(_link_bar, lambda n: "Home |" + space * n + "News", 5000, 20000)


def test_section_trail_check_is_linear_in_a_run_of_spaces():
    feature = _feature("Football | Premier League")
    assert_grows_linearly(lambda t: _section_trail(t, feature), lambda n: "Football" + " " * n + "x", 5000, 20000)


def test_dateline_agency_is_linear_in_a_run_of_spaces():
    assert_grows_linearly(lambda t: with_dateline("Jane Doe", t), lambda n: "UTRECHT" + " " * n + "x", 5000, 20000)


@pytest.mark.parametrize("text,parts", [
    ("Home | Local | Weather", ["Home", "Local", "Weather"]),
    ("Nieuws • Sport • Cultuur", ["Nieuws", "Sport", "Cultuur"]),
    ("Travel > Europe > City breaks", ["Travel", "Europe", "City breaks"]),
    ("الرئيسية | أخبار | رياضة", ["الرئيسية", "أخبار", "رياضة"]),
    ("Home|Local |Weather", ["Home", "Local", "Weather"]),
    ("a | |b", ["a", "", "b"]),  # a bar right after a separator's spaces is a separator of its own, as before
    ("Price>100 • Sale", ["Price>100", "Sale"]),  # a dot or an arrow needs spaces both sides; a bar does not
    ("  | Home", ["", "Home"]),
])
def test_guard_the_bar_split_is_unchanged(text, parts):
    assert [p.strip() for p in _BAR_SEPARATOR.split(text)] == parts


@pytest.mark.parametrize("text,bar", [("Home | Local | Weather", True), ("Nieuws • Sport • Cultuur", True),
                                      ("الرئيسية | أخبار | رياضة", True), ("LIVE | Storm hits coast", False),
                                      ("Council approves new bus lanes on the ring road", False)])
def test_guard_link_bars(text, bar):
    assert _link_bar(text) is bar


def test_guard_dateline_agency():
    """A wire in brackets after the place is read as before; a place alone gives no byline."""
    assert with_dateline("Jane Doe", "SAN FRANCISCO (PRNewswire)") == "Jane Doe, SAN FRANCISCO (PRNewswire)"
    assert with_dateline("Jane Doe", "UTRECHT") == "Jane Doe"
    assert with_dateline("Reuters Staff", "LONDON  (Reuters)") == "Reuters Staff, LONDON"  # the spaces go with the wire


@pytest.mark.parametrize("space", [" ", "\t", "\u00a0"])
def test_table_cell_count_is_linear_in_a_run_of_spaces(space):
    assert_grows_linearly(filled_cells, lambda n: "Copper" + space * n + "10,480", 5000, 20000)
    assert_grows_linearly(filled_cells, lambda n: "| Copper" + space * n + "| 10,480 |", 5000, 20000)


@pytest.mark.parametrize("row,cells", [
    ("Copper | 10,480 | +215 | +2.1", 4), ("| Koper | 10.480 |", 2), ("النحاس | 10480 | +215", 3),
    ("Harbour \\| Gull Island | 07:10", 2), ("Pos\tTeam\tPts", 3), ("Opinion", 1), ("a \t |b", 2),
    ("Aluminium  |  2,310\t| -12", 3),
])
def test_guard_table_cells_are_counted_as_before(row, cells):
    assert filled_cells(row) == cells
