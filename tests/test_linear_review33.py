"""Review 33a #12: patterns of this stop that were not linear in the line's length when a line holds a run of spaces.
A recent-comments widget's "Name on Post title" pattern let its prefix, the name and the gap before "on" all take
spaces: a dash then 400 spaces took 4.7 s, 1,000 spaces 77 s. `widget_item` reads the line with single spaces now."""

import pytest

from newsbrief.normalise.commentcredit import widget_item
from newsbrief.normalise.pageauthor import page_author
from tests.scaling import assert_grows_linearly

SHAPES = {
    "spaces after a dash": lambda n: "-" + " " * (100 * n) + "x",
    "dashes then a word": lambda n: "-" * (1000 * n) + " x",
    "a name of many words": lambda n: "a " * (500 * n) + "on",
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_a_widget_line_costs_time_linear_in_its_length(shape):
    assert_grows_linearly(widget_item, SHAPES[shape], 4, 16)


def test_the_widget_line_still_reads_names_on_titles():
    assert widget_item("Nick on An important storage bug") and widget_item("• Anna commented on Ten tips")
    assert widget_item("Pieter   op   Tien tips voor de tuin") and widget_item("أحمد على عشر نصائح للحديقة")
    assert not widget_item("Tom Scudder wrote a long piece on the economy of the north")


def test_an_author_part_with_a_run_of_spaces_costs_linear_time():
    # (an extracted author "a", a run of spaces, "b": the relative-date tail's leading spaces were retried at each
    # space, 8,000 of them took 20 s)
    assert_grows_linearly(lambda text: page_author(text, ""), lambda n: "a" + " " * (500 * n) + "b", 1, 4)


def test_an_author_part_still_loses_its_relative_date():
    assert page_author("Tom   Claes  Gisteren om", "") == "Tom Claes"
    assert page_author("Jane Doe\t3 hours ago", "") == "Jane Doe"
