"""Pages a ninth new user tried (stop 24) that the lead fixed: each case fails on the code before its fix.

* a page cut off above its story (only the site's menu was saved) kept two menu words ("UK", "Climate") as the
  article's text, exited 0 and wrote no takeaway with no word of why; such a page holds no article.
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
