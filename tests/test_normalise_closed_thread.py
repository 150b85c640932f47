"""A post's "Comments are closed." notice ends the post, as its comment form or feed link does (comments.closed_thread).

A blog that has closed a post's comments prints the notice where the form would stand, under the post. Below it the
sidebar follows, and a sidebar of widgets that each print a heading and a blurb ("Sinica podcast" / "Sinica is a weekly
podcast about …") can hold more prose than a post of two or three paragraphs: the rules then anchored the body on the
sidebar and the post was lost. Nothing after the notice is the post now (FOOTER_REASON). Guards: the notice standing
above the post's text ends nothing, and a story's sentence about comments being closed is the story. Hand-written
pages in en/nl/ar (no eval data).
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text

SIDEBAR = {
    "en": [("Harbour podcast", "Harbour is a weekly podcast about life on the coast, hosted by two former fishermen who "
            "talk to skippers, harbour masters and the people who run the fish markets every Friday morning."),
           ("Walking tours", "Take a guided walk along the old quays and hear the stories of the shipwrecks, the "
            "smugglers and the lifeboat crews, with tea and cake at the end of every tour in the summer months."),
           ("Supported by", "This website is supported by the Coastal Heritage Trust, which funds oral history "
            "projects in the fishing towns of the north east and keeps their recordings free for anyone to hear."),
           ("What is Harbour Notes?", "Harbour Notes is a website and newsletter that follows the fishing towns of "
            "the north east coast, their boats, their markets and their people, and has done so since 2008."),
           ("Classic posts", "The last herring drifter (2009): how the town's final drifter was saved by a group of "
            "volunteers who spent three winters rebuilding her hull in a shed behind the lifeboat station.")],
    "nl": [("Havenpodcast", "De Havenpodcast is een wekelijkse podcast over het leven aan de kust, gepresenteerd door "
            "twee oud-vissers die praten met schippers, havenmeesters en de mensen van de visafslag."),
           ("Wandeltochten", "Maak een wandeling met gids langs de oude kades en hoor de verhalen over de "
            "scheepswrakken, de smokkelaars en de reddingsboten, met koffie en gebak na afloop in de zomer."),
           ("Mogelijk gemaakt door", "Deze website wordt gesteund door het Kustfonds, dat projecten over de "
            "geschiedenis van de vissersdorpen betaalt en de opnames gratis voor iedereen beschikbaar houdt."),
           ("Wat is Havennotities?", "Havennotities is een website en nieuwsbrief over de vissersdorpen aan de "
            "noordkust, hun boten, hun visafslagen en hun mensen, en doet dat al sinds 2008."),
           ("Klassiekers", "De laatste haringlogger (2009): hoe de laatste logger van het dorp werd gered door "
            "vrijwilligers die drie winters lang haar romp herbouwden in een loods achter het reddingsstation.")],
    "ar": [("بودكاست الميناء", "بودكاست الميناء برنامج أسبوعي عن الحياة على الساحل يقدمه صيادان سابقان يتحدثان مع "
            "الربابنة ومديري الموانئ والعاملين في أسواق السمك كل صباح جمعة."),
           ("جولات سيراً", "انضم إلى جولة مع مرشد على طول الأرصفة القديمة واستمع إلى حكايات السفن الغارقة والمهربين "
            "وفرق الإنقاذ البحري مع الشاي والحلوى في نهاية كل جولة خلال الصيف."),
           ("بدعم من", "يحظى هذا الموقع بدعم صندوق تراث الساحل الذي يمول مشاريع التاريخ الشفهي في مدن الصيد "
            "ويتيح تسجيلاتها مجاناً لكل من يرغب في الاستماع إليها."),
           ("ما هي مذكرات الميناء؟", "مذكرات الميناء موقع ونشرة بريدية تتابع مدن الصيد على الساحل الشمالي "
            "وقواربها وأسواقها وأهلها منذ عام 2008."),
           ("تدوينات مختارة", "آخر سفينة لصيد الرنجة (2009): كيف أنقذ متطوعون آخر سفينة في البلدة بعد أن أمضوا "
            "ثلاثة شتاءات في إعادة بناء هيكلها في سقيفة خلف محطة الإنقاذ.")],
}
POST = {
    "en": ("Harbour Notes", "Fish market moves to the east quay", "by Tom Hardy on 8 November 2026",
           ["The fish market opened at its new home on the east quay this morning, after forty years on the old "
            "slipway, and the first auction started at six as usual.",
            "Skippers said the new hall was warmer and closer to the moorings."],
           "Comments are closed."),
    "nl": ("Havennotities", "Visafslag verhuist naar de oostkade", "door Tom de Vries op 8 november 2026",
           ["De visafslag is vanochtend geopend op de nieuwe plek aan de oostkade, na veertig jaar op de oude "
            "helling, en de eerste veiling begon zoals altijd om zes uur.",
            "Schippers zeiden dat de nieuwe hal warmer is en dichter bij de ligplaatsen ligt."],
           "Reacties zijn gesloten."),
    "ar": ("مذكرات الميناء", "سوق السمك ينتقل إلى الرصيف الشرقي", "بقلم طارق حمدي في 8 نوفمبر 2026",
           ["افتتح سوق السمك صباح اليوم في مقره الجديد على الرصيف الشرقي بعد أربعين عاماً على المنحدر القديم، "
            "وبدأ أول مزاد في السادسة كالمعتاد.",
            "وقال الربابنة إن القاعة الجديدة أدفأ وأقرب إلى أماكن رسو القوارب."],
           "التعليقات مغلقة."),
}


def _page(lang: str) -> str:
    site, headline, byline, paragraphs, notice = POST[lang]
    sidebar = [line for heading, blurb in SIDEBAR[lang] for line in (heading, blurb)]
    return "\n".join([site, headline, byline, *paragraphs, "Tags: harbour", notice, "Search", *sidebar,
                      "Log in", "Entries RSS"]) + "\n"


@pytest.mark.parametrize("lang", sorted(POST))
def test_a_post_over_its_closed_comments_notice_is_the_body_not_the_sidebar(lang):
    article = normalise_text(_page(lang), model=False)
    for paragraph in POST[lang][3]:
        assert paragraph in article.text, article.text
    for _heading, blurb in SIDEBAR[lang]:
        assert blurb not in article.text, article.text


@pytest.mark.parametrize("lang", sorted(POST))
def test_a_post_over_its_closed_comments_notice_with_the_model(lang):
    article = normalise_text(_page(lang))
    assert POST[lang][3][0] in article.text, article.text


def test_guard_a_closed_notice_above_the_post_ends_nothing():
    """Above the post's first text (a header's notice, a template's stray line) it is no post footer: the post under
    it stays."""
    site, headline, byline, paragraphs, notice = POST["en"]
    page = "\n".join([site, notice, headline, byline, *paragraphs, "Tags: harbour", "Log in", "Entries RSS"]) + "\n"
    article = normalise_text(page, model=False)
    for paragraph in paragraphs:
        assert paragraph in article.text, article.text


def test_guard_a_story_sentence_about_closed_comments_is_the_story():
    """"Comments are closed on the plans from Friday, the council said." is no notice: it ends nothing."""
    page = _page("en").replace("Comments are closed.\n", "").replace(
        "Skippers said the new hall was warmer and closer to the moorings.",
        "Skippers said the new hall was warmer and closer to the moorings.\n"
        "Comments are closed on the harbour plans from Friday, the council said.\n"
        "A second hall for the shellfish boats is planned for next year, if the council agrees to pay for it.")
    article = normalise_text(page, model=False)
    assert "A second hall for the shellfish boats" in article.text, article.text


@pytest.mark.parametrize("notice", ["تم إغلاق التعليقات.", "تم اغلاق التعليقات.", "أغلق باب التعليقات.",
                                    "اغلق باب التعليقات."])
def test_an_arabic_closed_notice_ends_the_post_with_or_without_its_hamza(notice):
    """Arabic news text often drops the hamza ("اغلاق" for "إغلاق"): the phrase lists match the alef-folded line, and
    the closed notice is read from the same folded line, so both spellings end the post."""
    page = _page("ar").replace(POST["ar"][4], notice)
    article = normalise_text(page, model=False)
    for paragraph in POST["ar"][3]:
        assert paragraph in article.text, article.text
    for _heading, blurb in SIDEBAR["ar"]:
        assert blurb not in article.text, article.text
