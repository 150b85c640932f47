"""The HTML path's author beside a date in one element (stop 35, probeB finding 10).

"<div class="byline"><span>Alvin R Cabral</span><span>Nov 25, 2026</span></div>" gave the byline "Alvin R Cabral Nov":
the extractor drops the date's digits and keeps its month, as it keeps a relative date's words (fix33d). A month
abbreviated, or a month's name that is no person's, after the name goes; "Theresa May", "Wang Jun", "Maria del Mar" stay names.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise.html import normalise_html
from tests.test_html_fix33d_authors_kickers import STORIES, _page


@pytest.mark.parametrize("lang,date", [("en", "Nov 25, 2026"), ("en", "Sept 3, 2026"), ("en", "December 1, 2026"),
                                       ("nl", "okt 25, 2026"), ("nl", "25 oktober 2026")])
def test_a_dates_month_beside_the_author_is_no_part_of_the_name(lang, date):
    head, site, paragraphs, reporter, _relative = STORIES[lang]
    meta = f'<div class="byline"><span>{reporter}</span><span>{date}</span></div>'
    article = normalise_html(_page(f"{head} | {site}", head, meta, paragraphs, lang))
    assert article.byline == reporter


@pytest.mark.parametrize("name", ["Theresa May", "Wang Jun", "Maria del Mar", "Li Jun"])
def test_a_name_that_ends_in_a_months_word_stays(name):
    head, site, paragraphs, _reporter, _relative = STORIES["en"]
    meta = f'<div class="byline"><span class="author">{name}</span></div>'
    article = normalise_html(_page(f"{head} | {site}", head, meta, paragraphs, "en"))
    assert article.byline == name
