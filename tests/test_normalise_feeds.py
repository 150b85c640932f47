"""tester 13's finding F5 (stop 28): a feed dump (RSS/Atom items printed as text) is no single article.

Read as an article page, the first item's "Titel:" line became the title with its label, an author's e-mail address
the byline, every item's description was glued into one body with the field labels and the raw <item> tags, and no
warning said that the page held several stories. normalise/feeds.py reads such a page as its first item and warns
about the rest. Every page here is written for the tests (en, nl, ar; tagged, untagged and element forms)."""

from __future__ import annotations

from newsbrief.normalise import normalise_text
from newsbrief.normalise.feeds import _field, read_feed
from tests.scaling import assert_grows_linearly

NL_TAGGED = """Nieuwsfeed Het Rivierenblad - alle berichten
RSS | Atom

<item>
Titel: Veerpont Tiel weer in de vaart na reparatie
Gepubliceerd: di, 3 mrt 2026 07:45:00 +0100
Auteur: nieuws@rivierenblad.example
Link: https://rivierenblad.example/nieuws/veerpont-tiel
Beschrijving: De veerpont tussen Tiel en Wamel vaart sinds dinsdagochtend weer. Het schip lag drie weken stil door een kapotte schroefas.
</item>
<item>
Titel: Dorpshuis Varik krijgt zonnepanelen
Gepubliceerd: ma, 2 mrt 2026 16:10:00 +0100
Auteur: Sanne de Wit
Link: https://rivierenblad.example/nieuws/dorpshuis-varik
Beschrijving: Het dorpshuis in Varik krijgt dit voorjaar 60 zonnepanelen op het dak. De provincie betaalt de helft.
</item>
"""

EN_ATOM = """<entry>
Title: Harbour bridge to close for two weekends of repairs
Published: Tue, 10 Nov 2026 08:00:00 +0000
Author: desk@northshore-times.example (Alan Price)
Link: https://northshore-times.example/news/bridge-repairs
Summary: The harbour bridge will close to all traffic on the weekends of 21 and 28 November while engineers replace worn expansion joints.
</entry>
<entry>
Title: Library extends opening hours over winter
Published: Mon, 9 Nov 2026 17:30:00 +0000
Author: desk@northshore-times.example
Link: https://northshore-times.example/news/library-hours
Summary: The central library will stay open until 9pm on weekdays from December, the council said.
</entry>
<entry>
Title: New bus route links the hospital and the station
Link: https://northshore-times.example/news/bus-route
Summary: A new bus route between the hospital and the railway station starts running on Monday.
</entry>
"""

AR_UNTAGGED = """آخر الأخبار - موجز الأخبار

العنوان: افتتاح محطة تحلية جديدة في المدينة الساحلية
التاريخ: 2026-05-04 09:30
الكاتب: أحمد يوسف
الرابط: https://akhbar.example/news/desalination
الوصف: افتتحت السلطات المحلية يوم الاثنين محطة جديدة لتحلية مياه البحر بطاقة 50 ألف متر مكعب يوميا.

العنوان: ارتفاع أسعار الخضروات في الأسواق المحلية
التاريخ: 2026-05-04 08:10
الكاتب: news@akhbar.example
الرابط: https://akhbar.example/news/prices
الوصف: ارتفعت أسعار الخضروات في الأسواق المحلية بنسبة عشرة في المئة خلال الأسبوع الماضي.
"""

EN_ELEMENTS = """<item>
<title>Council approves new cycle lanes on Station Road</title>
<pubDate>Wed, 11 Nov 2026 12:00:00 +0000</pubDate>
<link>https://valley-post.example/news/cycle-lanes</link>
<description>Councillors approved two kilometres of protected cycle lanes on Station Road on Wednesday night.</description>
</item>
<item>
<title>School wins national robotics prize</title>
<link>https://valley-post.example/news/robotics</link>
<description>Pupils from Hillside Academy won the national schools robotics final in Birmingham.</description>
</item>
"""


def _no_labels(article) -> None:
    for text in [article.title or "", article.byline or "", *article.paragraphs]:
        assert "<" not in text and ">" not in text
        assert not text.split(":")[0].strip().casefold() in {"titel", "title", "link", "beschrijving", "summary",
                                                             "auteur", "author", "العنوان", "الوصف", "الرابط"}


def test_nl_tagged_feed_is_its_first_item_with_a_warning():
    article = normalise_text(NL_TAGGED, language="nl")
    assert article.title == "Veerpont Tiel weer in de vaart na reparatie"
    assert article.byline is None  # a desk's mailbox is no author
    assert article.published == "2026-03-03T07:45"
    assert article.paragraphs == ["De veerpont tussen Tiel en Wamel vaart sinds dinsdagochtend weer. Het schip lag "
                                  "drie weken stil door een kapotte schroefas."]
    _no_labels(article)
    assert any("feed of 2 separate items" in w and "Dorpshuis Varik" in w for w in article.warnings)
    assert "Titel: Dorpshuis Varik krijgt zonnepanelen" in article.removed


def test_en_atom_feed_takes_the_name_of_an_rss_author():
    article = normalise_text(EN_ATOM, language="en")
    assert article.title == "Harbour bridge to close for two weekends of repairs"
    assert article.byline == "Alan Price"
    assert article.published == "2026-11-10T08:00"
    assert len(article.paragraphs) == 1 and article.paragraphs[0].startswith("The harbour bridge will close")
    _no_labels(article)
    assert any("feed of 3 separate items" in w and "Library extends" in w and "New bus route" in w
               for w in article.warnings)


def test_ar_untagged_feed():
    article = normalise_text(AR_UNTAGGED, language="ar")
    assert article.title == "افتتاح محطة تحلية جديدة في المدينة الساحلية"
    assert article.byline == "أحمد يوسف"
    assert article.published == "2026-05-04T09:30"
    assert article.paragraphs == ["افتتحت السلطات المحلية يوم الاثنين محطة جديدة لتحلية مياه البحر بطاقة 50 ألف متر "
                                  "مكعب يوميا."]
    _no_labels(article)
    assert any("feed of 2 separate items" in w for w in article.warnings)


def test_feed_elements_on_their_own_lines():
    article = normalise_text(EN_ELEMENTS, language="en")
    assert article.title == "Council approves new cycle lanes on Station Road"
    assert article.paragraphs == ["Councillors approved two kilometres of protected cycle lanes on Station Road on "
                                  "Wednesday night."]
    _no_labels(article)


RSS_XML = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
<title>De Kustbode - nieuws</title>
<link>https://kustbode.example/</link>
<item>
<title>Strandpaviljoen Zuid mag blijven staan</title>
<pubDate>Thu, 12 Nov 2026 09:15:00 +0100</pubDate>
<link>https://kustbode.example/nieuws/paviljoen</link>
<description><![CDATA[Het strandpaviljoen aan de zuidkant van het dorp mag het hele jaar blijven staan, heeft de rechter bepaald.]]></description>
</item>
<item>
<title>Nieuwe reddingsboot voor KNRM-station</title>
<link>https://kustbode.example/nieuws/reddingsboot</link>
<description><![CDATA[Het reddingsstation krijgt in het voorjaar een nieuwe boot.]]></description>
</item>
</channel>
</rss>
"""


def test_a_raw_rss_file_with_cdata():
    article = normalise_text(RSS_XML, language="nl")
    assert article.title == "Strandpaviljoen Zuid mag blijven staan"
    assert article.published == "2026-11-12T09:15"
    assert article.paragraphs == ["Het strandpaviljoen aan de zuidkant van het dorp mag het hele jaar blijven staan, "
                                  "heeft de rechter bepaald."]
    _no_labels(article)
    assert any("Nieuwe reddingsboot" in w for w in article.warnings)


def test_every_line_is_accounted_for():
    article = normalise_text(NL_TAGGED, language="nl")
    kept = [line for line in NL_TAGGED.splitlines() if line.strip()]
    assert [source for source, _role, _reason in article.line_roles] == [" ".join(line.split()) for line in kept]


# guards: a story with one labelled fact box or a Q&A with labels is no feed
def test_guard_a_book_review_fact_box_is_no_feed():
    page = """Review: a quiet novel about a lighthouse keeper

By Maria Jansen

Title: The Keeper's Year
Author: Tom Ashdown
Published: 2026
The Keeper's Year follows a lighthouse keeper through the last year before the light is automated.
Ashdown writes the sea better than most, and the book's short chapters read like entries in a log.
"""
    assert read_feed(page) is None
    assert normalise_text(page, language="en").warnings == [] or all("feed" not in w
                                                                    for w in normalise_text(page).warnings)


def test_guard_two_titles_without_descriptions_or_links_is_no_feed():
    page = ("Title: Plan A\nThe council prefers the first plan, which keeps the market square open.\n\n"
            "Title: Plan B\nThe second plan moves the market to the car park behind the station.\n")
    assert read_feed(page) is None


def test_field_reading_is_linear_in_line_length():
    def run(n_text: str) -> None:
        n = len(n_text)
        _field("Titel: " + "a:" * n)
        _field("<title>" + "x" * n)
        _field("<description><![CDATA[" + "] ]]" * n)
        _field("<description><![CDATA[" + "]]>x" * n)

    assert_grows_linearly(run, lambda n: "x" * n, 50_000, 200_000)
