"""A blog's pager under the post ends the post (branch d27a), in en/nl/ar.

Under a post, blog themes link the posts before and after it: "<< Previous Post" / "Next Post >>", "PREVIOUS POST" /
<title> / "NEXT POST" / <title>, "« Vorig bericht" / "Volgend bericht »", "« التدوينة السابقة" / "التدوينة التالية »".
The phrase lists knew none of them, so the pager and what stands under it (the neighbouring posts' titles, a site's
disclosure paragraph) stayed in the story's text (dragnet: 373 such lines, none in any gold). They are end markers now
(not navigation, which the body region reads across: it then took the neighbouring posts' titles for the story's).
The user-level cases fail on the code before; the guard passes on both.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.phrases import categories_of
from tests.test_normalise_counted_heading import POSTS, _article_mode

PAGER = {"en": ["<< Previous Post", "Next Post >>"], "nl": ["« Vorig bericht", "Volgend bericht »"],
         "ar": ["« التدوينة السابقة", "التدوينة التالية »"]}
#: what the blog prints under the pager: a disclosure paragraph of the site
UNDER = {"en": "This website is supported, in part, by affiliate arrangements, and the links on this page may earn the "
               "site a small commission at no cost to you.",
         "nl": "Deze website wordt deels gesteund door affiliatieafspraken, en de links op deze pagina kunnen de site "
               "een kleine vergoeding opleveren zonder kosten voor jou.",
         "ar": "يعتمد هذا الموقع جزئيا على اتفاقيات التسويق بالعمولة وقد تمنح الروابط في هذه الصفحة الموقع عمولة صغيرة "
               "من دون أي تكلفة عليك."}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_the_pager_links_are_end_markers(lang):
    for line in PAGER[lang]:
        assert "end" in categories_of(line, len(line.split()))


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_the_pager_ends_the_post(lang):
    # before: the pager was two short lines of the body and the site's paragraph under it was kept as the story's
    case = POSTS[lang]
    page = case["chrome"] + [case["headline"], case["byline"]] + case["story"] + PAGER[lang] + [UNDER[lang]] + \
        ["Share", "Tweet"]
    article = normalise_text("\n".join(page), model=_article_mode())
    assert all(paragraph in article.paragraphs for paragraph in case["story"])
    assert not any(line in article.text for line in PAGER[lang])
    assert UNDER[lang] not in article.text


def test_guard_a_sentence_about_the_next_post_stays():
    line = "In the next post I will show how the council spends the money it saves on the library."
    assert "end" not in categories_of(line, len(line.split()))
