"""A labelled byline whose last name ends in an initial with its dot (probe 34B, stop 34's "Left open").

"By Wanjiru M." under a headline gave no byline on the text path: the initial's dot made the line read as a
sentence's end (`Features.terminal`), and the byline rule takes no sentence. A byline whose last part is one
letter with a dot is a name: "By Wanjiru M.", "Door Pieter V.", "By Wanjiru M. and Otieno K.". A sentence whose
last word is an initial ("The award went to Wanjiru M.") carries no byline label and stays what it was.
"""

from __future__ import annotations

import pytest

from tests.harbour_story import BODY_EN, BODY_NL, HEADLINE_EN, HEADLINE_NL
from newsbrief.normalise import normalise_text
from newsbrief.normalise.metadata import closing_initial_only


def _page(headline: str, byline: str, date: str, body: list[str], menu: list[str]) -> str:
    return "\n".join(menu + [headline, byline, date] + body + ["Privacy Policy", "Contact Us"])


EN_MENU = ["Home", "News", "Business"]
NL_MENU = ["Home", "Nieuws", "Regio"]


@pytest.mark.parametrize("byline, expected", [
    ("By Wanjiru M.", "Wanjiru M."),
    ("By Pieter V. de Graaf", "Pieter V. de Graaf"),  # an initial inside the name was read before: it stays
    ("By J. K. Smith", "J. K. Smith"),
])
def test_an_english_byline_closing_on_an_initial_is_the_byline(byline, expected):
    art = normalise_text(_page(HEADLINE_EN, byline, "March 3, 2026", BODY_EN, EN_MENU), language="en")
    assert art.byline == expected
    assert art.title == HEADLINE_EN
    assert byline not in art.text


def test_two_names_each_closing_on_an_initial_are_the_byline():
    art = normalise_text(_page(HEADLINE_EN, "By Wanjiru M. and Otieno K.", "March 3, 2026", BODY_EN, EN_MENU),
                         language="en")
    assert art.byline is not None
    assert "Wanjiru M." in art.byline and "Otieno K." in art.byline


@pytest.mark.parametrize("byline, expected", [
    ("Door Pieter V.", "Pieter V."),
    ("Door Eva de V.", "Eva de V."),
])
def test_a_dutch_byline_closing_on_an_initial_is_the_byline(byline, expected):
    art = normalise_text(_page(HEADLINE_NL, byline, "3 maart 2026", BODY_NL, NL_MENU), language="nl")
    assert art.byline == expected
    assert art.title == HEADLINE_NL


@pytest.mark.parametrize("text", ["By Wanjiru M.", "Door Pieter V.", "By Wanjiru M. and Otieno K.",
                                  "Written by Anna B."])
def test_the_dot_of_a_closing_initial_is_no_sentence_end(text):
    assert closing_initial_only(text)


@pytest.mark.parametrize("text", [
    "The award went to Wanjiru M.",           # a sentence: no byline label before the names
    "By the end of the year, Plan B.",        # "by" opens a phrase, not a name
    "By Wanjiru Mwangi.",                     # the dot after a whole word ends a sentence
    "By Wanjiru M",                            # no dot: nothing to read (the line is no sentence anyway)
    "By then the council had voted for option A.",
])
def test_a_sentence_ending_on_a_letter_is_not_taken_for_a_byline(text):
    assert not closing_initial_only(text)


def test_a_sentence_ending_on_an_initial_stays_in_the_story():
    body = BODY_EN[:2] + ["The harbour board's prize for the best diving report went to Wanjiru M."] + BODY_EN[2:]
    art = normalise_text(_page(HEADLINE_EN, "By Tom Reyes", "March 3, 2026", body, EN_MENU), language="en")
    assert art.byline == "Tom Reyes"
    assert "went to Wanjiru M." in art.text
