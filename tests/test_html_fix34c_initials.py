"""The HTML path's byline keeps a name's initials as the page writes them (helper fix34c).

trafilatura's author drops the dots after initials ("J. de Vries" -> "J de Vries", "ب. يوسف" -> "ب يوسف"), so the
record's byline named someone the page never names. The page's own writing of the name (its byline element or meta
tag) is taken when it is the extractor's author up to those dots. Hand-written pages; none is eval data.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise.html import normalise_html
from newsbrief.normalise.pageauthor import page_author
from tests.test_html_fix33d_authors_kickers import STORIES, _page


@pytest.mark.parametrize("lang,name", [("nl", "J. de Vries"), ("ar", "ب. يوسف"), ("en", "R. T. Moore"),
                                       ("nl", "A.M. Peeters")])
@pytest.mark.parametrize("where", ["element", "meta"])
def test_a_bylines_initials_keep_their_dots(lang, name, where):
    """Fails on main: the byline was the extractor's "J de Vries" / "ب يوسف"."""
    head, site, paragraphs, _reporter, _relative = STORIES[lang]
    meta = f'<span class="author">{name}</span><span class="date">07/12/2026 - 09:30</span>' if where == "element" \
        else '<span class="date">07/12/2026 - 09:30</span>'
    html = _page(f"{head} - {site}", head, meta, paragraphs, lang)
    if where == "meta":
        html = html.replace("<head>", f'<head><meta name="author" content="{name}">', 1)
    article = normalise_html(html)
    assert article.byline == name


def test_a_name_the_page_writes_without_dots_stays_so():
    """Guard: the page's own "J de Vries" is not given dots, and an unrelated "J. de Vries" elsewhere on the page is
    not taken for a name it writes plainly in its byline."""
    assert page_author("J de Vries", '<span class="author">J de Vries</span>') == "J de Vries"
    assert page_author("Jan de Vries", '<p>Jan de Vries</p><p>J. de Vries</p>') == "Jan de Vries"
