"""A blog's pager between posts is navigation (branch d27a), in en/nl/ar.

Under a post, blog themes link the posts before and after it: "<< Previous Post" / "Next Post >>", "Previous Post:",
"« Vorig bericht" / "Volgend bericht »", "« التدوينة السابقة" / "التدوينة التالية »". The phrase lists knew "Previous
article" and "Next article" but not the post's pager, so its two short lines stayed in the story's text when a paragraph
stood under them (dragnet's gold never keeps them: 373 such lines, none in any gold). They are now navigation. The
user-level cases fail on the code before; the guard passes on both.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.phrases import categories_of
from tests.test_normalise_counted_heading import POSTS, _article_mode

PAGER = {"en": ["<< Previous Post", "Next Post >>"], "nl": ["« Vorig bericht", "Volgend bericht »"],
         "ar": ["« التدوينة السابقة", "التدوينة التالية »"]}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_the_pager_links_are_navigation(lang):
    for line in PAGER[lang]:
        assert "navigation" in categories_of(line, len(line.split()))


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_the_pager_between_the_post_and_its_last_paragraph_is_dropped(lang):
    # before: the two pager lines were short lines of the body, kept between the story's paragraphs
    case = POSTS[lang]
    page = case["chrome"] + [case["headline"], case["byline"]] + case["story"][:2] + PAGER[lang] + \
        case["story"][2:] + ["Share", "Tweet"]
    article = normalise_text("\n".join(page), model=_article_mode())
    assert all(paragraph in article.paragraphs for paragraph in case["story"])
    assert not any(line in article.text for line in PAGER[lang])


def test_guard_a_sentence_about_the_next_post_stays():
    line = "In the next post I will show how the council spends the money it saves on the library."
    assert "navigation" not in categories_of(line, len(line.split()))
