"""The standfirst under the headline is the article's own lead text: the HTML path keeps it as the text path does.

The extractor leaves out a page's <header> (the <h1>, the standfirst under it, the byline): a plain-text dump of a page
kept its standfirst as the body's first line, the same page as HTML lost it to `removed`, so the two paths disagreed
on one page (stop 31, left open). The record has no field of its own for it (DESIGN.md): it stays the first line of
`text`, in both paths. Hand-written pages, each read as HTML and as its own text dump; none is eval data.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.html import normalise_document, page_lines

PAGES = {
    "en": dict(
        lang="en", site="Coastal Courier", nav=["Home", "News", "Sport"],
        title="Harbour town votes to rebuild its sea wall",
        standfirst="Councillors backed a four-year plan after two winters of flooding left the seafront shops shut "
                   "for months.",
        byline="By Megan Hollis", date="4 March 2026",
        body=["The town council in Port Ellery voted by eleven votes to three on Tuesday night to rebuild the "
              "Victorian sea wall that protects the harbour and the shops along its front.",
              "The work, estimated at 14 million pounds, would start next spring and is expected to take four years, "
              "according to the plan put before councillors by the harbour board.",
              "Shopkeepers on the seafront said the vote came too late for some of them. Two cafes and a bakery closed "
              "for good after the floods of last January, when the wall gave way in three places.",
              "The harbour board said it would apply for a national coastal defence grant to meet half of the cost, "
              "with the rest coming from the council's reserves and a local levy."]),
    "nl": dict(
        lang="nl", site="Dagblad Zeeland", nav=["Home", "Nieuws", "Regio"],
        title="Veerdienst Vlissingen-Breskens vaart vaker in de zomer",
        standfirst="Vanaf juni vaart de voetveerboot elk half uur, ook in de avond, zodat toeristen en forenzen minder "
                   "lang hoeven te wachten.",
        byline="Door Pieter de Jonge", date="12 maart 2026",
        body=["De provincie Zeeland heeft besloten de voetveerdienst tussen Vlissingen en Breskens in de zomermaanden "
              "twee keer zo vaak te laten varen als nu.",
              "Vorig jaar stonden op drukke dagen honderden fietsers op de kade te wachten, omdat de boot vol was en "
              "pas een uur later weer vertrok.",
              "De extra afvaarten kosten de provincie ongeveer 1,2 miljoen euro per jaar. Gedeputeerde Anja Kole noemt "
              "dat geld goed besteed.",
              "De nieuwe dienstregeling gaat in op 1 juni en geldt tot en met eind september."]),
    "ar": dict(
        lang="ar", site="صحيفة الساحل", nav=["الرئيسية", "أخبار", "اقتصاد"],
        title="الحكومة تعلن خطة لتحلية مياه البحر في المدن الساحلية",
        standfirst="الخطة تشمل بناء ثلاث محطات جديدة خلال خمس سنوات لتأمين مياه الشرب لأكثر من مليوني نسمة.",
        byline="بقلم: نادية الحسن", date="5 مارس 2026",
        body=["أعلنت وزارة المياه يوم الثلاثاء عن خطة وطنية لبناء محطات جديدة لتحلية مياه البحر في ثلاث مدن "
              "ساحلية، في ظل تراجع منسوب المياه الجوفية.",
              "وقال وزير المياه في مؤتمر صحفي إن المحطة الأولى ستبدأ العمل بعد عامين، وإن كلفة الخطة تبلغ نحو "
              "ملياري دولار.",
              "وأضاف أن الحكومة ستطلب تمويلا من صناديق التنمية الإقليمية لتغطية جزء من الكلفة.",
              "ورحب سكان المدن الساحلية بالخطة، لكنهم طالبوا بحلول عاجلة لانقطاع المياه في فصل الصيف."]),
}


def _html(p: dict, standfirst_tag: str = "p", extra_header: str = "") -> str:
    nav = "".join(f'<li><a href="/{k}">{item}</a></li>' for k, item in enumerate(p["nav"]))
    body = "".join(f"<p>{text}</p>" for text in p["body"])
    rtl = ' dir="rtl"' if p["lang"] == "ar" else ""
    return (f'<!DOCTYPE html><html lang="{p["lang"]}"{rtl}><head><meta charset="utf-8">'
            f'<title>{p["title"]} | {p["site"]}</title></head><body>'
            f"<nav><ul>{nav}</ul></nav><main><article><header><h1>{p['title']}</h1>"
            f'<{standfirst_tag} class="standfirst">{p["standfirst"]}</{standfirst_tag}>{extra_header}'
            f'<div class="byline">{p["byline"]}</div><time>{p["date"]}</time></header>'
            f'<div class="article-body">{body}</div></article></main>'
            f'<footer><p>© 2026 {p["site"]}</p></footer></body></html>')


@pytest.mark.parametrize("tag", ["p", "h2"])
@pytest.mark.parametrize("lang", sorted(PAGES))
def test_the_html_path_keeps_the_standfirst_as_the_text_path_does(lang, tag):
    p = PAGES[lang]
    html = _html(p, tag)
    as_html = normalise_document(html)
    as_text = normalise_text("\n".join(page_lines(html)))
    assert as_text.paragraphs[:2] == [p["standfirst"], p["body"][0]]  # the text path, as before
    assert as_html.paragraphs == [p["standfirst"], *p["body"]]  # before: the body alone, the standfirst removed
    assert p["standfirst"] not in as_html.removed
    assert as_html.title == as_text.title == p["title"]


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_guard_a_caption_or_a_linked_teaser_under_the_headline_is_no_standfirst(lang):
    # under the headline, a photo's caption and a link to another story: neither comes back, as the extractor left
    # them; the standfirst still does
    p = PAGES[lang]
    caption = {"en": "The old sea wall at Port Ellery after the January storm, seen from the harbour steps",
               "nl": "De voetveerboot vaart de haven van Vlissingen binnen op een drukke zomerdag in augustus",
               "ar": "محطة تحلية المياه القديمة في المدينة الساحلية كما بدت صباح يوم الثلاثاء الماضي"}[lang]
    teaser = {"en": "Read our earlier report on the storm damage along the coast",
              "nl": "Lees ook ons eerdere verhaal over de drukte op de kade in Breskens",
              "ar": "اقرأ أيضا تقريرنا السابق عن أزمة المياه في المدن الساحلية هذا الصيف"}[lang]
    extra = f'<figure><img src="/p.jpg"><figcaption>{caption}</figcaption></figure><p><a href="/x">{teaser}</a></p>'
    article = normalise_document(_html(p, "p", extra))
    assert article.paragraphs == [p["standfirst"], *p["body"]]
    assert caption not in article.text and teaser not in article.text


def test_guard_a_summary_box_under_the_headline_is_not_put_back_as_a_standfirst():
    p = PAGES["en"]
    box = ('<div class="key-takeaways"><h3>Key Takeaways</h3><ul><li>The council backed the sea wall plan by eleven '
           'votes to three.</li><li>Work on the wall is due to start next spring.</li></ul></div>')
    article = normalise_document(_html(p, "p", box))
    assert article.paragraphs == [p["standfirst"], *p["body"]]
    assert "Work on the wall is due to start next spring." not in article.text
