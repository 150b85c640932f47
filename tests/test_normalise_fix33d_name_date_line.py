"""A reporter's name and a relative date on one line with no separator ("Tom Claes Gisteren om 19:48", "Rachel Moore
Yesterday at 19:48": an author element beside a time element, copied as one line) gives the byline:
the whole line was read as a date, its relative form quoting the author in the warning, and the byline was lost
(probe 33A finding 4, the text path)."""

import datetime

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.metadata import is_dated_byline

BODIES = {
    "en": ("Home\nNews\nSport\nLocal", "Harbour authority hires forty extra customs officers",
           "The harbour authority will hire forty more customs officers next year to scan containers, the finance "
           "minister confirmed on Monday.\nThe new officers will work at two new scanners on the north quay, which are "
           "due to open in March.\nUnions welcomed the news but said the number was too low.\n"),
    "nl": ("Home\nNieuws\nSport\nRegio", "Antwerpse haven stelt veertig douaniers extra aan",
           "De Antwerpse douane krijgt volgend jaar veertig extra medewerkers om containers te scannen. Dat bevestigt "
           "de minister van Financiën.\nDe nieuwe douaniers worden ingezet bij de twee nieuwe scanners op de kaaien, die "
           "vanaf maart operationeel moeten zijn.\nDe vakbonden reageren gematigd positief, maar vinden het aantal te "
           "laag.\n"),
}


@pytest.mark.parametrize("language, line, author, published", [
    ("nl", "Tom Claes Gisteren om 19:48", "Tom Claes", None),
    ("en", "Rachel Moore Yesterday at 19:48", "Rachel Moore", None),
])
def test_a_name_then_its_date_on_one_line_gives_the_byline(language, line, author, published):
    menu, headline, body = BODIES[language]
    # the day the page is read, passed (not only conftest's pin): a relative date is read against it (review 33a #13)
    art = normalise_text(f"{menu}\n{headline}\n{line}\n{body}", today=datetime.date(2026, 12, 7))
    assert art.title == headline
    assert art.byline == author
    assert art.published == published
    assert not any(author in w for w in art.warnings)  # a relative date's warning quotes the date, not the author
    assert line not in art.text


@pytest.mark.parametrize("line", ["Updated 6 December 2026", "Monday 6 December 2026 09:12",
                                  # a section's or a paper's name over a calendar date (eval pages: the byline follows)
                                  "The Consumer 6 November 2012", "Times Online 5 May 2006 16:25",
                                  "Storm raast 6 december 2026 en meer", "آخر تحديث 6 ديسمبر 2026"])
def test_a_date_label_or_a_sentence_before_a_date_is_no_name(line):
    assert not is_dated_byline(line)
