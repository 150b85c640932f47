"""A wire story's reporters, named in its credit line under the story, are its byline (probe 34B #8, stop 34's "Left
open").

A Reuters story reprinted by a paper credits no one over the story but the wire ("ADDIS ABABA, Feb 11 (Reuters) -");
its reporters are named under it: "Reporting by X in P; Additional reporting by …; Writing by …; Editing by …". The
line was removed (fix34f) but the byline stayed "Reuters". Now the reporters of "Reporting by" (not the helpers of
"Additional reporting", nor the writers and editors) are the byline, the agency after them ("X, Reuters", as an
author beside a wire dateline is written). A page that names its own author keeps it.
"""

from __future__ import annotations

import pytest

from tests.harbour_story import BODY_AR, BODY_EN, HEADLINE_AR, HEADLINE_EN
from newsbrief.normalise import normalise_text

MENU = ["Home", "News", "Africa"]
FOOTER = ["Advertisement", "Related", "Privacy Policy", "Contact Us"]


#: more of the story: the credit line then stands well below the header's reach (a short story's is within it)
MORE = ["The pier was built in 1962 and last repaired in the 1990s, when its wooden deck was replaced with concrete.",
        "Ferry operators said they would add a larger vessel to the remaining sailing to carry the extra passengers.",
        "The board said it would review the timetable again in March, once the divers had finished their survey.",
        "Shopkeepers near the terminal said the closure would cost them much of their winter trade."]


def _wire_page(trailer: str, dateline: str = "MOMBASA, Feb 11 (Reuters) - ", byline: list[str] = (),
               long: bool = False) -> str:
    body = [dateline + BODY_EN[0]] + BODY_EN[1:] + (MORE if long else [])
    return "\n".join(MENU + [HEADLINE_EN, *byline, "Wednesday, February 11, 2026"] + body + [trailer] + FOOTER)


@pytest.mark.parametrize("trailer, expected", [
    # Reuters' trailer on its own line: the reporter, not the helper, writer or editor
    ("Reporting by Dawit Endeshaw in Addis Ababa; Additional reporting by Giulia Paravicini in Nairobi; "
     "Writing by Duncan Miriri; Editing by Frances Kerry", "Dawit Endeshaw, Reuters"),
    # two reporters, each with a place
    ("Reporting by Jane Doe in Nairobi and Tom Hale in Kampala; Editing by Frances Kerry", "Jane Doe, Tom Hale, Reuters"),
    # two reporters, one place after both
    ("Reporting by Jane Doe and Tom Hale in Mombasa; Editing by Frances Kerry", "Jane Doe, Tom Hale, Reuters"),
    # one place of two words and a second place: no second reporter
    ("Reporting by Jane Doe in Addis Ababa and Mekelle; Editing by Frances Kerry", "Jane Doe, Reuters"),
    # in brackets
    ("(Reporting by Jane Doe; Editing by Tom Hogue)", "Jane Doe, Reuters"),
    # a comma before the next credit: the editor is no second reporter
    ("(Reporting by Jane Doe, Editing by Tom Hogue)", "Jane Doe, Reuters"),
])
@pytest.mark.parametrize("long", [False, True])
def test_the_reporters_of_a_wire_trailer_are_the_byline(trailer, expected, long):
    art = normalise_text(_wire_page(trailer, long=long), language="en")
    assert art.byline == expected
    assert trailer not in art.text
    assert "Frances Kerry" not in (art.byline or "")


@pytest.mark.parametrize("trailer", [
    # helpers and editors only: nobody who reported the story is named
    "Additional reporting by Giulia Paravicini in Nairobi; Editing by Frances Kerry",
    "(Editing by Tom Hogue)",
])
@pytest.mark.parametrize("long", [False, True])
def test_a_trailer_without_reporters_leaves_the_wire_as_byline(trailer, long):
    assert normalise_text(_wire_page(trailer, long=long), language="en").byline == "Reuters"


def test_a_page_that_names_its_author_keeps_it():
    art = normalise_text(_wire_page("Reporting by Jane Doe; Editing by Tom Hogue", byline=["By Amina Yusuf"]),
                         language="en")
    assert art.byline is not None and art.byline.startswith("Amina Yusuf")
    assert "Jane Doe" not in art.byline


def test_a_sentence_about_reporting_is_no_credit():
    # the story's own sentence: lower-case words go on after the name, no credit line
    sentence = "Reporting by Reuters on the crossing was cited by both governments in their joint statement."
    art = normalise_text(_wire_page(sentence), language="en")
    assert art.byline == "Reuters"
    assert sentence in art.text


def test_the_reporter_of_an_arabic_wire_credit_is_the_byline():
    body = ["بغداد (رويترز) - " + BODY_AR[0]] + BODY_AR[1:]
    page = "\n".join(["الرئيسية", "أخبار", HEADLINE_AR, "الأربعاء 11 فبراير 2026"] + body
                     + ["(تغطية صحفية: إيما فارج - إعداد: سامح الخطيب للنشرة العربية)", "سياسة الخصوصية"])
    art = normalise_text(page, language="ar")
    assert art.byline is not None
    assert "إيما فارج" in art.byline and "رويترز" in art.byline
    assert "سامح الخطيب" not in art.byline
