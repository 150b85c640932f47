"""Three byline cleanups from stop 35's English probe (finding 13): an e-mail address after the name, a known outlet
glued to the name with no comma, and a "For <outlet>" credit after the name.

"By Choi Jae-hee (cjh@heraldcorp.com)" kept the address in `byline`; "By Bill Melugin Fox News" ran the outlet into
the name; "Rebecca Thorne For Mailonline" kept the "For". The address goes; the outlet is written as the credit after
a comma, as an agency already is ("LUIS MEDRANO Associated Press" -> "Luis Medrano, Associated Press"). A name that
merely ends in a capitalised word is never split ("By Mark Fox", "By Samantha News"? none is a known outlet).
"""

from __future__ import annotations

import pytest

from tests.harbour_story import BODY_EN, BODY_NL, HEADLINE_EN, HEADLINE_NL
from newsbrief.normalise import normalise_text
from newsbrief.normalise.metadata import split_byline


@pytest.mark.parametrize("byline, expected", [
    ("By Choi Jae-hee (cjh@heraldcorp.com)", "Choi Jae-hee"),
    ("By Jane Doe, jane.doe@paper.com", "Jane Doe"),
    ("By Jane Doe <jane.doe@paper.com>", "Jane Doe"),
    ("Door Jan de Vries (j.devries@krant.nl)", "Jan de Vries"),
    ("بقلم: سامي علي (sami@example.com)", "سامي علي"),
    ("By Jane Doe (jane@paper.com) | March 4, 2026", "Jane Doe"),
])
def test_an_email_address_after_the_name_is_no_part_of_the_byline(byline, expected):
    assert split_byline(byline)[0] == expected


@pytest.mark.parametrize("byline, expected", [
    ("By Bill Melugin Fox News", "Bill Melugin, Fox News"),
    ("By Dana Reyes CNN", "Dana Reyes, CNN"),
    ("Door Eva de Vries NOS", "Eva de Vries, NOS"),
    ("By Tom Hale Reuters", "Tom Hale, Reuters"),  # an agency, as before
])
def test_a_known_outlet_glued_to_the_name_is_its_credit(byline, expected):
    assert split_byline(byline)[0] == expected


@pytest.mark.parametrize("byline", [
    "By Mark Fox", "By Anna Times", "By Sam Fox News Jr", "By Emily Post", "By Jane Guardian",
    "By Peter Sky", "By Lotte Trouw",
])
def test_a_name_that_merely_ends_in_a_capitalised_word_stays_whole(byline):
    assert split_byline(byline)[0] == byline[3:]


@pytest.mark.parametrize("byline, expected", [
    ("Rebecca Thorne For Mailonline", "Rebecca Thorne, MailOnline"),
    ("By Jan Smit For The Daily Telegraph", "Jan Smit, The Daily Telegraph"),
    ("By Tom Hale For Reuters", "Tom Hale, Reuters"),
    ("By Kate Dennett For Daily Mail Australia", "Kate Dennett, Daily Mail Australia"),
    ("By Jane Doe for The Conversation", "Jane Doe, The Conversation"),
])
def test_a_for_outlet_credit_after_the_name_is_written_as_its_credit(byline, expected):
    assert split_byline(byline)[0] == expected


@pytest.mark.parametrize("byline", [
    "By Jane Doe For", "By Director For Policy", "By Jane Doe for now",
])
def test_a_for_that_credits_no_outlet_is_left_alone(byline):
    assert split_byline(byline)[0] == byline[3:]


def _page(headline: str, byline: str, date: str, body: list[str], menu: list[str]) -> str:
    return "\n".join(menu + [headline, byline, date] + body + ["Privacy Policy", "Contact Us"])


def test_an_english_page_gives_the_byline_without_address_or_for():
    art = normalise_text(_page(HEADLINE_EN, "By Rebecca Thorne For Mailonline", "March 3, 2026", BODY_EN,
                               ["Home", "News", "Business"]), language="en")
    assert art.byline == "Rebecca Thorne, MailOnline"
    assert "Mailonline" not in art.text
    art = normalise_text(_page(HEADLINE_EN, "By Choi Jae-hee (cjh@heraldcorp.com)", "March 3, 2026", BODY_EN,
                               ["Home", "News", "Business"]), language="en")
    assert art.byline == "Choi Jae-hee"


def test_a_dutch_page_gives_the_byline_without_the_address():
    art = normalise_text(_page(HEADLINE_NL, "Door Jan de Vries (j.devries@krant.nl)", "3 maart 2026", BODY_NL,
                               ["Home", "Nieuws", "Regio"]), language="nl")
    assert art.byline == "Jan de Vries"
