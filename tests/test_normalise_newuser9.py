"""Pages a ninth new user tried (stop 24) that the lead fixed: each case fails on the code before its fix.

* a page cut off above its story (only the site's menu was saved) kept two menu words ("UK", "Climate") as the
  article's text, exited 0 and wrote no takeaway with no word of why; such a page holds no article;
* an HTML page's table put "|---|---|" in `removed`: the rule trafilatura writes under a table's head, never a line
  of the page.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.noarticle import NO_ARTICLE

MENUS = {
    "en": ["Skip to main content", "The Harbour Gazette", "News", "UK", "World", "Business", "Climate", "Sport",
           "Subscribe", "Sign in", "Home > News > Weather"],
    "nl": ["Direct naar de inhoud", "Dagblad Oost", "Nieuws", "Regio", "Binnenland", "Klimaat", "Sport", "Abonneren",
           "Inloggen", "Home > Nieuws > Weer"],
    "ar": ["انتقل إلى المحتوى", "جريدة الساحل", "أخبار", "محليات", "عربي ودولي", "مناخ", "رياضة", "اشترك",
           "تسجيل الدخول", "الرئيسية > أخبار > طقس"],
}


@pytest.mark.parametrize("language", sorted(MENUS))
def test_a_page_of_menu_words_holds_no_article(language):
    art = normalise_text("\n".join(MENUS[language]), language=language)
    assert art.warnings and art.warnings[0].startswith(NO_ARTICLE), (art.text, art.warnings)


ONE_LINERS = {
    "en": "Storm Ciara closes 40 schools in Devon.",
    "nl": "Storm sluit veertig scholen in Drenthe.",
    "ar": "العاصفة تغلق أربعين مدرسة في الإسكندرية.",
}


@pytest.mark.parametrize("language", sorted(ONE_LINERS))
def test_a_one_sentence_story_under_a_menu_is_an_article(language):
    # guard: a story of one sentence still ends it; its full stop makes it an article
    art = normalise_text("\n".join(MENUS[language] + [ONE_LINERS[language]]), language=language)
    assert not any(w.startswith(NO_ARTICLE) for w in art.warnings), (art.text, art.warnings)


TABLE_PAGES = {
    "en": ("Test: the Volta S3 stick vacuum", ["The Volta S3 is light, quiet and cheap to run, and it cleaned our "
                                               "test carpets better than vacuums twice its price.",
                                               "Its battery is the weak point: it lasted 19 minutes on the lowest "
                                               "setting, not enough for a family home."],
           [("Weight", "1.4kg"), ("Runtime (tested)", "19 min"), ("Price", "£149")]),
    "nl": ("Getest: de Volta S3 steelstofzuiger", ["De Volta S3 is licht, stil en zuinig, en hij maakte onze "
                                                   "testtapijten schoner dan stofzuigers van twee keer zijn prijs.",
                                                   "De accu is het zwakke punt: die hield het negentien minuten vol op "
                                                   "de laagste stand, te kort voor een gezinswoning."],
           [("Gewicht", "1,4 kg"), ("Looptijd (getest)", "19 min"), ("Prijs", "149 euro")]),
    "ar": ("اختبرنا مكنسة فولتا إس 3", ["مكنسة فولتا إس 3 خفيفة وهادئة وقليلة الاستهلاك، ونظفت سجاد الاختبار أفضل من "
                                        "مكانس يبلغ سعرها ضعف سعرها.",
                                        "البطارية هي نقطة الضعف: صمدت تسع عشرة دقيقة على أدنى إعداد، وهذا لا يكفي "
                                        "لمنزل عائلي."],
           [("الوزن", "1.4 كغ"), ("مدة التشغيل", "19 دقيقة"), ("السعر", "149 دولارا")]),
}


@pytest.mark.parametrize("language", sorted(TABLE_PAGES))
def test_the_extractors_table_rule_is_not_listed_as_removed(language):
    # `removed` listed "|---|---|", a line that was never on the page (trafilatura writes it under a table's head)
    from newsbrief.normalise.html import normalise_html

    title, paragraphs, rows = TABLE_PAGES[language]
    cells = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
    html = (f"<html><head><title>{title}</title></head><body><nav><a href='/'>Home</a></nav><article><h1>{title}</h1>"
            + "".join(f"<p>{p}</p>" for p in paragraphs[:1])
            + f"<table><thead><tr><th>{rows[0][0]}</th><th>{rows[0][1]}</th></tr></thead><tbody>{cells}</tbody></table>"
            + "".join(f"<p>{p}</p>" for p in paragraphs[1:]) + "</article></body></html>")
    art = normalise_html(html, language=language)
    assert not [line for line in art.removed if set(line) <= set("|-: ")], art.removed
    assert all(p in art.text for p in paragraphs)  # guard: the story around the table is kept
