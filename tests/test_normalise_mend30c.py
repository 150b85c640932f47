"""mend30c (stop 30): reviewer review30a's findings on charts, source labels, byline honorifics, consent lists and
related-article headings. Every page is written for the tests; each case fails on int30 unless marked as a guard.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise.agencies import SOURCE_LABELS
from newsbrief.normalise.charts import chart_lines, is_source_line
from newsbrief.normalise.lines import Line
from newsbrief.normalise.metadata import _honoured_person

from tests.scaling import assert_grows_linearly


# finding 3: Arabic-Indic years hold a ٠ ("٢٠٢٤"), and four Arabic-Indic digits are not a year by themselves


def test_arabic_indic_years_make_a_series():
    lines = [Line(t) for t in ["٢٠٢٤: ٢١٠", "٢٠٢٥: ٢٣٦", "٢٠٢٦: ٢٥١"]]
    assert chart_lines(lines, 0, 2, set()) == {0, 1, 2}


def test_arabic_indic_non_years_are_no_series():
    lines = [Line(t) for t in ["١٢٣٤: ٥", "٥٦٧٨: ٩"]]
    assert chart_lines(lines, 0, 1, set()) == set()


def test_western_years_still_make_a_series():
    """guard"""
    lines = [Line(t) for t in ["2024: 210", "2025: 236"]]
    assert chart_lines(lines, 0, 1, set()) == {0, 1}


# finding 4: one source label for every module; "Bronn:" is no word


@pytest.mark.parametrize("text, expected", [
    ("Bronn: CBS", False), ("Bronnen: CBS, Eurostat", True), ("Bron: CBS", True), ("مصدر: الفاو", True),
    ("المصادر: الفاو، البنك الدولي", True), ("Sources: ONS", True),
])
def test_source_labels(text, expected):
    assert is_source_line(text) is expected


def test_source_labels_hold_the_shared_label():
    """guard: the shared alternation is built from agencies.SOURCE_LABEL."""
    assert SOURCE_LABELS.startswith("source|bron|المصدر")


# finding 5: _honoured_person uses without_honorific (a guard: same answers as before)


@pytest.mark.parametrize("name, expected", [
    ("mr. Lotte Verbeek", True), ("Dr Jane Doe", True), ("Jane Doe", False),
])
def test_honoured_person(name, expected):
    assert _honoured_person(name) is expected


def test_source_line_is_linear():
    assert_grows_linearly(is_source_line, lambda n: "Bronnen:" + " x" * n, 2_000, 8_000)
