"""Which "About …" headings are the author's: the phrase lists' ``author_box`` group, one list for both boxes (tidy28).

aboutbox.py (the author's about box inside a story) had its own pattern of author headings beside the ``author_box``
phrases of authorbox.py (the box above the headline), and the two disagreed: "About this author", "Over deze auteur"
were only in the lists, "Over de verslaggever", "عن المراسلة" only in the pattern, and the pattern read the heading as
written, so a diacritic ("نبذة عن الكاتِبة") hid it. Now aboutbox asks the lists (the union of both, on the match key).

A box under such a heading between two of the story's paragraphs, the story going on under it: the heading and the
bio go, the story stays (fails before: the heading ended the story and took its next paragraphs). Pages: the invented
story of test_normalise_tester27_about_box.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.phrases import in_group
from tests.test_normalise_tester27_about_box import STORY, _page

HEADINGS = {"en": "About this author", "nl": "Over deze auteur", "ar": "نبذة عن الكاتِبة"}


@pytest.mark.parametrize("lang", sorted(STORY))
def test_an_author_heading_of_the_phrase_lists_reads_the_box_across(lang):
    _page_text, _heading, _named, bio, story = STORY[lang]
    article = normalise_text(_page(lang, HEADINGS[lang], bio))
    assert HEADINGS[lang] in article.removed
    assert bio not in article.paragraphs
    for line in story:
        assert line in article.paragraphs, (line, article.removed)


@pytest.mark.parametrize("heading", ["About the writers", "About the reporter:", "Over de verslaggever", "عن المراسلة",
                                     "نبذة عن المؤلف"])
def test_the_headings_aboutbox_knew_are_in_the_author_box_list(heading):
    """The headings aboutbox's own pattern named and the lists did not (both pass on the lists now)."""
    assert in_group(heading, len(heading.split()), "author_box")


def test_guard_an_organisations_about_heading_is_no_author_heading():
    assert not in_group("About Acme Robotics", 3, "author_box")
    assert not in_group("Over de gemeente Utrecht", 4, "author_box")
    assert not in_group("نبذة عن الشركة", 3, "author_box")
