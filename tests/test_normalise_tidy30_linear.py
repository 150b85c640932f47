"""Patterns over a line's free text that were quadratic in a long run of white space (issue 10 item 7: every pattern
on a line linear in its length), and guards that their splits and matches are what they were.

classify's link-bar separator (`link_bar`, `_section_trail`: "Home | Local | Weather"), with_dateline's bracketed
agency ("SAN FRANCISCO (PRNewswire)") and summarise.tables' cell separator (`filled_cells`, which classify asks of
every line: "Copper | 10,480 | +215"), and dates' and metadata's separators and tails (an update note after a stated
date, "3/12/2026 | Updated 2 hours ago"; a byline's commas and "and", its "with guests", its "on" before the date; a
site name's separator in the <title>) opened with `\\s+` / `\\s*` at every position of a run of spaces: a run of n
spaces cost n tries of up to n characters each. They now try a run from its first position only, where the same
match begins. Hand-written lines; none is eval data.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import dates, metadata, references, with_dateline
from newsbrief.normalise.classify import _BAR_SEPARATOR, link_bar, _section_trail
from newsbrief.normalise.features import line_features
from newsbrief.normalise.lines import split_lines
from summarise.tables import filled_cells
from tests.scaling import assert_grows_linearly


def _feature(text: str):
    return line_features(split_lines(text + "\n"))[0]


@pytest.mark.parametrize("space", [" ", "\t", "\u00a0"])
def test_link_bar_check_is_linear_in_a_run_of_spaces(space):
    assert_grows_linearly(link_bar, lambda n: "Home" + space * n + "News", 5000, 20000)
    assert_grows_linearly(link_bar, lambda n: "Home |" + space * n + "News", 5000, 20000)


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
    assert link_bar(text) is bar


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


def test_update_tail_is_linear_in_a_run_of_spaces():
    """Two runs of `\\s*` around an optional mark, tried from every position: cubic (19 s for 1,000 spaces on main)."""
    assert_grows_linearly(lambda t: dates._UPDATE_TAIL.sub("", t), lambda n: "3/12/2026" + " " * n + "x", 200, 800)


@pytest.mark.parametrize("name,use", [
    ("_BAR", "split"), ("_NAME_COMMA", "split"), ("_AND", "split"), ("_SITE_SEPARATOR", "finditer"),
    ("_GUEST_TAIL", "sub"), ("_TO_DATE", "sub"),
])
def test_date_and_byline_separators_are_linear_in_a_run_of_spaces(name, use):
    pattern = getattr(dates if name == "_BAR" else metadata, name)
    run = {"split": pattern.split, "finditer": lambda t: list(pattern.finditer(t)),
           "sub": lambda t: pattern.sub("", t)}[use]
    assert_grows_linearly(run, lambda n: "Jane Doe" + " " * n + "x", 5000, 20000)


@pytest.mark.parametrize("text,kept", [
    ("3/12/2026 Updated 2 hours ago", "3/12/2026"), ("3/12/2026 | Updated 2 hours ago", "3/12/2026"),
    ("12-03 - bijgewerkt 14:00", "12-03"), ("12/3 • آخر تحديث منذ ساعة", "12/3"), ("Updated 12/3", ""),
    ("12/3 outdated", "12/3 outdated"),
])
def test_guard_update_tail(text, kept):
    assert dates._UPDATE_TAIL.sub("", text) == kept


def test_guard_byline_splits():
    assert metadata._NAME_COMMA.split("Jane Doe , Reuters،  رويترز") == ["Jane Doe", "Reuters", "رويترز"]
    assert metadata._AND.split("Jane Doe and Piet Jansen en Ali & Sara") == ["Jane Doe", "Piet Jansen", "Ali", "Sara"]
    assert dates._BAR.split("Nieuwsbericht | 10-09-2025 • 14:00") == ["Nieuwsbericht", "10-09-2025", "14:00"]
    assert [m.group() for m in metadata._SITE_SEPARATOR.finditer("Mill to close - Valley Gazette | News")] == \
        [" - ", " | "]
    assert metadata._GUEST_TAIL.sub("", "Sam Reed with special guest Ann Lee") == "Sam Reed"
    assert metadata._TO_DATE.sub("", "Door Sanne de Wit op") == "Door Sanne de Wit"


@pytest.mark.parametrize("name,make", [
    ("_AUTHOR_AFTER_DATE", lambda n: " " * n + "x"),  # two runs of \\s* around an optional comma: one try per split
    ("_TIME_AFTER_AUTHOR", lambda n: "Jane Doe" + " " * n + "x"),
])
def test_author_date_tails_are_linear_in_a_run_of_spaces(name, make):
    pattern = getattr(metadata, name)
    assert_grows_linearly(lambda t: (pattern.match(t), pattern.sub("", t)), make, 1000, 4000)


def test_reference_initials_are_linear_in_a_run_of_spaces():
    assert_grows_linearly(references._INITIALS.match, lambda n: " " * n + "x", 2000, 8000)


def test_guard_author_date_tails_and_initials():
    assert metadata._AUTHOR_AFTER_DATE.match(", by Jane Doe").group() == ", by "
    assert metadata._AUTHOR_AFTER_DATE.match("  door Sanne de Wit").group() == "  door "
    assert metadata._AUTHOR_AFTER_DATE.match("، بقلم ليلى حداد") is None  # the Arabic comma is no part of it
    assert metadata._TIME_AFTER_AUTHOR.sub("", "Morag Keddie posted at 2:30 PM") == "Morag Keddie"
    assert metadata._TIME_AFTER_AUTHOR.sub("", "Sanne de Wit om 14:30") == "Sanne de Wit"
    assert references._INITIALS.match("[3] Smith, J. A., 2019.") is not None
    assert references._INITIALS.match("12.  Jansen, P. (2020)") is not None
    assert references._INITIALS.match("12. Jansen and Visser (2020)") is None  # no initials
    assert references._INITIALS.match("Jansen, P.; Visser, A. 2021") is not None
