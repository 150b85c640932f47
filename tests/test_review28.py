"""The final read of stop 28: a labelled article is no feed, an Arabic headline about the Suez Canal is no masthead,
a poster's handle stays a byline, the feed's author field is read in linear time, and a Markdown brief escapes its
byline. (Its appeal cases joined the appeal lists of test_summarise_tester13_roundup_transcript.py.)"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.feeds import _byline, read_feed
from newsbrief.normalise.metadata import headline_behind_label
from newsbrief.record import Article
from newsbrief.render import render_markdown
from tests.scaling import assert_grows_linearly

LABELLED_ARTICLE = """Title: Council approves new bridge over the Maas
URL: https://example.nl/news/bridge

The city council on Tuesday approved plans for a new cycle bridge over the river, at a cost of 14 million euros.

Construction is due to start next spring and take two years, the alderman said.

Related
Title: Ferry service to end in June
Link: https://example.nl/news/ferry
"""


def test_an_article_with_labelled_lines_is_no_feed_and_keeps_its_body():
    assert read_feed(LABELLED_ARTICLE) is None
    article = normalise_text(LABELLED_ARTICLE)
    assert "approved plans for a new cycle bridge" in article.text
    assert "two years, the alderman said" in article.text


def test_an_arabic_headline_about_the_canal_is_no_masthead():
    page = "\n".join([
        "الرئيسية", "تقارير اقتصادية من القاهرة", "قناة السويس تستأنف الملاحة",
        "القاهرة - أعلنت هيئة قناة السويس يوم الثلاثاء استئناف حركة الملاحة بشكل كامل بعد توقف دام يومين بسبب جنوح "
        "سفينة حاويات كبيرة في المجرى الملاحي.",
        "وقال رئيس الهيئة إن فرق الإنقاذ تمكنت من تعويم السفينة فجر اليوم، وإن نحو ثمانين سفينة كانت تنتظر العبور.",
        "وأضاف أن الهيئة ستقدم تخفيضات في رسوم العبور للسفن المتأخرة لتعويض الخسائر التي تكبدتها شركات الشحن."])
    assert normalise_text(page).title == "قناة السويس تستأنف الملاحة"


@pytest.mark.parametrize("line", ["Posted by admin: 3 comments", "By sarah_k: great points here",
                                  "Geplaatst door jan: vandaag"])
def test_a_posters_handle_before_a_colon_stays_a_byline(line):
    assert not headline_behind_label(line)


@pytest.mark.parametrize("line", ["By the Numbers: 10,000 runners", "بقلم الأرقام: عشرة آلاف عداء"])
def test_a_kicker_headline_is_still_no_byline(line):
    assert headline_behind_label(line)


def test_the_feed_author_field_is_linear():
    assert_grows_linearly(_byline, lambda n: "a@" * n, 200, 800)
    assert_grows_linearly(_byline, lambda n: "x" * n + "@y", 2000, 8000)
    assert _byline("jane@example.com (Jane Doe)") == "Jane Doe"
    assert _byline("redactie@example.nl") is None


def test_a_markdown_brief_escapes_its_byline():
    article = Article(source="in/en.txt", language="en", language_confidence=1.0, title="Bridge opens",
                      byline="*Staff*", published="2026-03-04", text="The bridge opened.")
    md = render_markdown(article, "normalise")
    assert "· \\*Staff\\* · 2026-03-04" in md
