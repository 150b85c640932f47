"""A weekday that contradicts the page's day/month order is never silent (fix33b; stop 32 probeA #13).

"Zo 07/12/2026" on a Dutch page: Dutch pages write the day first (7 December), but 12 July 2026 is the Sunday. The
weekday's reading stands (a site's software prints the weekday of the date it stores, in whatever order its template
writes: Drupal's default is month first on Dutch sites too), and a warning now says the page's own order reads the
other day, so a typed weekday's slip that moves the date five months is seen. A weekday that agrees with the page's
order, or a page with no order of its own (English), gets no warning.

Hand-written pages; none is eval data.
"""

from __future__ import annotations

import datetime

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.dates import WEEKDAY_CLASH_WARNING, read_published
from newsbrief.normalise.deadlines import FUTURE_DATE_WARNING
from newsbrief.normalise.html import normalise_html

PAGES = {
    "nl": ("Gemeente sluit zwembad De Wetering na vondst van asbest",
           ["Het gemeentelijke zwembad De Wetering in Zutphen blijft voorlopig dicht nadat bij onderhoud asbest is "
            "gevonden in het plafond van de kleedruimtes.",
            "Volgens wethouder Marleen Bosch is er geen direct gevaar voor bezoekers geweest, maar wil de gemeente "
            "eerst een volledig onderzoek laten doen.",
            "Zwemverenigingen en scholen wijken de komende weken uit naar het bad in Lochem."]),
    "ar": ("إغلاق المسبح البلدي بعد العثور على مادة الأسبستوس",
           ["قررت البلدية إغلاق المسبح البلدي في المدينة مؤقتاً بعد العثور على مادة الأسبستوس في سقف غرف تبديل "
            "الملابس أثناء أعمال الصيانة.",
            "وقال رئيس البلدية إن الزوار لم يتعرضوا لأي خطر مباشر، لكن البلدية تريد إجراء فحص شامل أولاً.",
            "وستنتقل الأندية الرياضية والمدارس إلى مسبح المدينة المجاورة خلال الأسابيع المقبلة."]),
    "en": ("Council shuts swimming pool after asbestos found",
           ["The council has closed the Westgate leisure centre pool after contractors found asbestos in the ceiling "
            "of the changing rooms during routine maintenance.",
            "The council leader said swimmers had not been put at risk, but a full survey would be carried out first.",
            "Swimming clubs and schools will use the pool in Eastfield for the coming weeks."]),
}
#: 12 July 2026 is a Sunday, 7 December 2026 a Monday
CLASH = {"nl": "Zo 07/12/2026 - 09:15", "ar": "الأحد 07/12/2026 - 09:15", "en": "Sun 07/12/2026 - 09:15"}
#: the day the pages are read: their dates lie before it, so the future-date rule leaves them (review 33A #13)
TODAY = datetime.date(2026, 12, 7)
#: 7 December 2026 is a Monday: the weekday agrees with the day-first order
AGREE = {"nl": "Ma 07/12/2026 - 09:15", "ar": "الاثنين 07/12/2026 - 09:15"}


def _page(lang: str, date_line: str) -> str:
    title, body = PAGES[lang]
    return "\n".join([title, date_line] + body) + "\n"


def _clash(warnings: list[str]) -> list[str]:
    return [w for w in warnings if w.startswith(WEEKDAY_CLASH_WARNING)]


@pytest.mark.parametrize("lang", ["nl", "ar"])
def test_weekday_against_the_languages_order_is_read_by_the_weekday_and_warned(lang):
    article = normalise_text(_page(lang, CLASH[lang]), today=TODAY)
    assert article.published == "2026-07-12T09:15"
    said = _clash(article.warnings)
    assert len(said) == 1 and "2026-12-07" in said[0]  # the other reading is named


@pytest.mark.parametrize("lang", ["nl", "ar"])
def test_weekday_that_agrees_with_the_order_gives_no_warning(lang):
    article = normalise_text(_page(lang, AGREE[lang]), today=TODAY)
    assert article.published == "2026-12-07T09:15"
    assert not _clash(article.warnings)


def test_english_page_with_no_order_of_its_own_is_settled_by_the_weekday_quietly():
    article = normalise_text(_page("en", CLASH["en"]), today=TODAY)
    assert article.published == "2026-07-12T09:15"
    assert not _clash(article.warnings)


def test_the_pages_other_dates_are_its_order_too():
    # an English page whose other numeric date is day first ("25/11/2026") reads "Sun 07/12/2026" by its weekday
    # and says the page's own order disagrees
    title, body = PAGES["en"]
    raw = "\n".join([title, CLASH["en"]] + body + ["The consultation closed on 25/11/2026."]) + "\n"
    article = normalise_text(raw, today=TODAY)
    assert article.published == "2026-07-12T09:15"
    assert _clash(article.warnings)


def test_html_path_warns_as_the_text_path_does():
    title, body = PAGES["nl"]
    paras = "".join(f"<p>{t}</p>" for t in body)
    html = (f'<html lang="nl"><head><title>{title}</title></head><body><article><h1>{title}</h1>\n'
            f'<div class="meta"><span>Door Eva de Wit</span> <span>{CLASH["nl"]}</span></div>\n'
            f'<div class="article-body">{paras}</div></article></body></html>')
    article = normalise_html(html, today=TODAY)
    assert article.published[:10] == "2026-07-12"
    assert _clash(article.warnings)


@pytest.mark.parametrize("stated, order, warned", [
    ("Zo 07/12/2026", True, True),
    ("Zo 07/12/2026", None, False),    # no page order: nothing to contradict
    ("Zo 12/07/2026", True, False),    # day first is 12 July, the Sunday
    ("Zo 31/12/2026", True, False),    # one reading only: no swap
])
def test_read_published_names_the_clash_only_when_the_orders_disagree(stated, order, warned):
    iso, warning = read_published(stated, order)
    assert iso is not None
    assert (warning is not None and warning.startswith(WEEKDAY_CLASH_WARNING)) == warned


def test_a_clash_on_a_date_ahead_keeps_both_warnings():
    # "Ma 03/01/2027": Monday is 1 March 2027 (month first), ahead of a page read on 15 January; day first it is
    # 3 January. `published` is left empty for the date ahead, and the reader hears of the weekday too (review 33A #7)
    article = normalise_text(_page("nl", "Ma 03/01/2027 - 09:15"), today=datetime.date(2027, 1, 15))
    assert article.published is None
    said = _clash(article.warnings)
    assert len(said) == 1 and "2027-03-01" in said[0] and "2027-01-03" in said[0]
    assert "(published)" not in said[0]  # the clash names the weekday's reading, not a `published` that is empty
    assert any(w.startswith(FUTURE_DATE_WARNING) for w in article.warnings)
