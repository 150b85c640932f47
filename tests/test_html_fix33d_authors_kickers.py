"""The HTML path's byline and title (probe 33A findings 4 and 5).

- The extractor split a "Site - Reporter" byline element at its dash and kept the site's name ("هسبريس"), which then
  replaced the reporter: a site's name is no author when the page names one.
- An author element beside a relative date ("<span>Tom Claes</span><span>Gisteren om 19:48</span>") gave "Tom Claes
  Gisteren om" (the extractor drops the digits, not the words).
- A Flemish kicker in capitals and a full stop ("EXCLUSIEF. …") stayed in the title, as did "EXCLUSIVE: …"."""

from __future__ import annotations

import pytest

from newsbrief.normalise.html import normalise_html

STORIES = {
    "ar": ("وزارة النقل تعلن تمديد خط الترامواي إلى المطار", "مدينة الأخبار",
           ["أعلنت وزارة النقل، اليوم الإثنين، عن مشروع لتمديد خط الترامواي الحالي إلى المطار الدولي بطول 12 كيلومترا، "
            "على أن تنطلق الأشغال في الربيع المقبل.",
            "وأوضح وزير النقل أن كلفة المشروع تبلغ نحو 400 مليون درهم، وأن الخط الجديد سيخدم أزيد من 50 ألف مسافر يوميا.",
            "ويأتي المشروع في إطار الاستعدادات لاحتضان تظاهرات رياضية دولية خلال السنوات المقبلة."],
           "سلمى بنعلي", "أمس الساعة"),
    "en": ("Council approves tram extension to the airport", "Valley Courier",
           ["The city council on Monday approved a plan to extend the tram line to the airport, a 12-kilometre route "
            "on which work is due to start next spring.",
            "The transport director said the project would cost about 400 million pounds and carry more than 50,000 "
            "passengers a day once it opens.",
            "Opposition councillors questioned the timetable but voted for the plan."],
           "Rachel Moore", "Yesterday at"),
    "nl": ("Gemeenteraad stemt in met verlenging tramlijn naar luchthaven", "Stadsblad Oost",
           ["De gemeenteraad heeft maandag ingestemd met de verlenging van de tramlijn naar de luchthaven, een traject "
            "van twaalf kilometer waaraan volgend voorjaar wordt begonnen.",
            "Volgens de wethouder kost het project ongeveer 400 miljoen euro en vervoert de lijn straks meer dan "
            "50.000 reizigers per dag.",
            "De oppositie had twijfels over de planning, maar stemde wel voor."],
           "Anouk Peeters", "Gisteren om"),
}


def _page(title: str, head: str, meta: str, paragraphs: list[str], lang: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f"<nav><ul><li>Home</li><li>Nieuws</li><li>Sport</li></ul></nav><main><article><h1>{head}</h1>"
            f'<div class="meta">{meta}</div>{body}</article></main><footer><p>© 2026</p></footer></body></html>')


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_the_reporter_after_the_sites_name_is_the_byline_not_the_site(lang):
    head, site, paragraphs, reporter, _relative = STORIES[lang]
    meta = f'<span class="author">{site} - {reporter}</span><span class="date">07/12/2026 - 09:30</span>'
    article = normalise_html(_page(f"{head} - {site}", head, meta, paragraphs, lang))
    assert article.byline == reporter
    assert article.title == head


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_the_sites_name_stays_the_byline_where_no_reporter_is_named(lang):
    # (the fallback: the extractor's author was all the page gave; no worse than before)
    head, site, paragraphs, _reporter, _relative = STORIES[lang]
    meta = f'<span class="author">{site}</span><span class="date">07/12/2026 - 09:30</span>'
    article = normalise_html(_page(f"{head} - {site}", head, meta, paragraphs, lang))
    assert article.byline == site  # (None is the regression this guards: the site's name lost)


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_a_relative_date_beside_the_author_is_no_part_of_the_name(lang):
    head, site, paragraphs, reporter, relative = STORIES[lang]
    meta = f'<div class="byline"><span>{reporter}</span><span>{relative} 19:48</span></div>'
    article = normalise_html(_page(f"{head} | {site}", head, meta, paragraphs, lang))
    assert article.byline == reporter


@pytest.mark.parametrize("kicker", ["EXCLUSIEF. ", "INTERVIEW. ", "EXCLUSIEF: "])
def test_a_flemish_kicker_in_capitals_is_no_part_of_the_title(kicker):
    head, site, paragraphs, reporter, _relative = STORIES["nl"]
    page = _page(f"{kicker}{head} | Regio | {site}", head, f'<span class="author">{reporter}</span>', paragraphs, "nl")
    page = page.replace("<title>", f'<meta property="og:title" content="{kicker}{head}"><title>', 1)
    article = normalise_html(page)
    assert article.title == head
    assert article.byline == reporter


def test_an_english_exclusive_label_is_no_part_of_the_title():
    head, site, paragraphs, reporter, _relative = STORIES["en"]
    page = _page(f"EXCLUSIVE: {head} | {site}", head, f'<span class="author">{reporter}</span>', paragraphs, "en")
    page = page.replace("<title>", f'<meta property="og:title" content="EXCLUSIVE: {head}"><title>', 1)
    assert normalise_html(page).title == head
