"""A byline line's author and date (newsbrief/normalise/metadata.py split_byline), including the shapes a new user's
pages had: a date right after the name with no separator, and a reading-time widget on the same line."""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.metadata import split_byline


@pytest.mark.parametrize("line, author, date", [
    ("By Jane Doe | March 4, 2024", "Jane Doe", "March 4, 2024"),
    ("March 4, 2024 | By Jane Doe", "Jane Doe", "March 4, 2024"),
    # no separator between the name and the date (seen as a user: the whole line became the byline)
    ("Door Lotte Visser 18 maart 2025, 08:05", "Lotte Visser", "18 maart 2025, 08:05"),
    ("Ciara Doyle 5 March 2025, 08:05", "Ciara Doyle", "5 March 2025, 08:05"),
    ("Nadia Brooks 5 min read", "Nadia Brooks", None),
    # a date line's own words are no author
    ("Published 14 March 2025, 09:12 GMT", None, "14 March 2025, 09:12 GMT"),
    ("Gepubliceerd op 5 maart 2025", None, "5 maart 2025"),
    ("نشر في 5 مارس 2025", None, "5 مارس 2025"),
    ("By John May", "John May", None),
])
def test_split_byline(line, author, date):
    assert split_byline(line) == (author, date)


def test_a_byline_with_its_date_fills_byline_and_published():
    page = ("Treinverkeer rond Utrecht plat door storing\nDoor Lotte Visser 18 maart 2025, 08:05\n\n"
            "Door een storing in de seinen lag het treinverkeer rond Utrecht dinsdagochtend urenlang vrijwel stil.\n\n"
            "Tienduizenden reizigers kwamen te laat op hun werk, en ProRail onderzoekt hoe de storing kon ontstaan.")
    article = normalise_text(page)
    assert article.byline == "Lotte Visser"
    assert article.published == "2025-03-18T08:05"


@pytest.mark.parametrize("line, date", [
    # two dates on one line: the first is the publication date (seen as a user: both went into `published`)
    ("Published 14 March 2025, 09:12 GMT | Updated 14 March 2025, 11:40 GMT", "14 March 2025, 09:12 GMT"),
    ("Gepubliceerd: 5 maart 2024 | Bijgewerkt: 6 maart 2024", "5 maart 2024"),
    # one date and its time stay whole
    ("March 4, 2024 | 10:15", "March 4, 2024 | 10:15"),
])
def test_a_date_line_with_two_dates_gives_the_first(line, date):
    from newsbrief.normalise.metadata import date_in

    assert date_in(line) == date


@pytest.mark.parametrize("line, author", [
    # an interview's and a sports report's credit line (seen as a user: both went to `removed`)
    ("Interview by David Lowe", "David Lowe"),
    ("متابعة: محمد علي", "محمد علي"),
    ("Interview door Eva Jansen", "Eva Jansen"),
])
def test_interview_and_report_credit_lines_are_the_byline(line, author):
    assert split_byline(line) == (author, None)
    for title, lead in (
        ("'I never wanted to write a thriller': Helen Marsh on her Booker shortlisting",
         "Helen Marsh's fourth novel, The Salt Year, has been shortlisted for the Booker Prize, the judges said."),
        ("الأهلي يفوز على الزمالك 2-0 في القمة", "سجل وسام أبو علي هدفين ليقود الأهلي للفوز على الزمالك مساء الخميس."),
    ):
        article = normalise_text(f"{title}\n{line}\n15 May 2025\n{lead}\n{lead}")
        assert article.byline == author
        assert line not in article.removed
