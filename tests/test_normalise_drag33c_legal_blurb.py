"""A site's legal notice inside its footer is no story (stop 33, drag33c; classify._past_legal_blurb).

A business site prints one long paragraph under its footer's link columns, right over its copyright line: where its
market data comes from, that the prices are delayed, whose trademarks the index names are ("Market data provided by
…", "Koersgegevens geleverd door …", "بيانات الأسواق مقدمة من …"). It is a hundred words and more on one line, the
densest prose on the page, so the rules anchored the body on it and the story above the footer went as "before the
article". A one-line prose group right under FOOTER_LINKS short non-prose lines or more and right over the copyright
line is that notice; the story is the best prose group above the footer. Guards: a one-paragraph story over its
copyright line (its menu and headline above it, no story above those) stays the story, and a page with a short
footer (fewer link lines) is read as before. Hand-written pages in en/nl/ar (no eval data).
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text

#: (menu, headline, byline, the story's paragraphs, an advert label inside the story, footer links, the notice, the
#: copyright line)
_PAGES = {
    "en": (["Home", "Markets", "Economy", "Tech"], "Rent rises outpace wages in every large city",
           "By Ada Brennan February 1, 2026: 12:41 PM ET",
           ["Rents in the country's twenty largest cities rose faster than wages for the fourth year running, a report "
            "by the National Housing Institute found on Monday.",
            "The gap was widest in the capital, where the typical rent for a two-bedroom flat rose by nine per cent "
            "while pay rose by three.",
            "The institute said the shortage of new homes was the main cause, and that building had slowed since "
            "interest rates went up in 2024.",
            "Tenant groups called on the government to cap rent rises for existing tenants at the rate of inflation."],
           "ADVERTISING",
           ["Business", "Markets", "Investing", "Economy", "Tech", "Personal Finance", "Small Business", "Site Map",
            "Job Search", "Calculators", "Corrections", "News Alerts", "RSS Feeds", "Newsletters"],
           "Most stock quote data provided by Exchange Data Ltd. Market indices are shown in real time, except for "
           "the Northern 100, which is delayed by two minutes. All times are ET. Disclaimer. Research: © 2026 "
           "Fundstar, Inc. All Rights Reserved. Ratings: Index Analytics Inc. 2026. All rights reserved. Certain "
           "market data is the property of the Central Commodity Exchange and its licensors. All rights reserved. "
           "The Northern branded indices are proprietary to and are calculated, distributed and marketed by Northern "
           "Indices LLC and have been licensed for use by this site. Northern and Northern 100 are registered "
           "trademarks of Northern Trademark Holdings LLC, and all content of the Northern branded indices is "
           "© Northern Indices LLC 2026 and/or its affiliates.",
           # (a copyright line longer than an end marker: its terms and its privacy notice run on)
           "© 2026 Example News Network. All Rights Reserved. Terms under which this service is provided to you. "
           "Read our privacy guidelines and the rules for the use of our market data."),
    "nl": (["Home", "Beurs", "Economie", "Tech"], "Huren stijgen in elke grote stad harder dan lonen",
           "Door Ada Brouwer 1 februari 2026, 12:41",
           ["De huren in de twintig grootste steden stegen voor het vierde jaar op rij harder dan de lonen, blijkt uit "
            "een maandag verschenen rapport van het Nationaal Woninginstituut.",
            "Het verschil was het grootst in de hoofdstad, waar de huur van een driekamerwoning met negen procent "
            "steeg en de lonen met drie.",
            "Volgens het instituut is het tekort aan nieuwe woningen de belangrijkste oorzaak, en ligt de bouw stil "
            "sinds de rente in 2024 omhoogging.",
            "Huurdersorganisaties vragen het kabinet de huurstijging voor zittende huurders te beperken tot de "
            "inflatie."],
           "ADVERTENTIE",
           ["Zakelijk", "Beurs", "Beleggen", "Economie", "Tech", "Geldzaken", "Ondernemen", "Sitemap", "Vacatures",
            "Rekenhulpen", "Correcties", "Nieuwsalerts", "RSS-feeds", "Nieuwsbrieven"],
           "De meeste koersgegevens worden geleverd door Beursdata BV. Indexen worden realtime getoond, behalve de "
           "Noord 100, die twee minuten vertraagd is. Alle tijden zijn Nederlandse tijd. Disclaimer. Analyses: © 2026 "
           "Fondsster BV. Alle rechten voorbehouden. Ratings: Indexanalyse BV 2026. Alle rechten voorbehouden. "
           "Bepaalde marktgegevens zijn eigendom van de Centrale Goederenbeurs en haar licentiegevers. Alle rechten "
           "voorbehouden. De Noord-indexen worden berekend, verspreid en op de markt gebracht door Noord Indexen BV "
           "en zijn in licentie gegeven aan deze site. Noord en Noord 100 zijn gedeponeerde handelsmerken van Noord "
           "Merken BV, en alle inhoud van de Noord-indexen is © Noord Indexen BV 2026 en/of haar dochters.",
           "© 2026 Voorbeeld Nieuwsnetwerk. Alle rechten voorbehouden."),
    "ar": (["الرئيسية", "الأسواق", "الاقتصاد", "التقنية"], "ارتفاع الإيجارات يتجاوز الأجور في كل المدن الكبرى",
           "بقلم عائشة البرغوثي 1 فبراير 2026",
           ["ارتفعت الإيجارات في أكبر عشرين مدينة في البلاد بوتيرة أسرع من الأجور للعام الرابع على التوالي، بحسب "
            "تقرير أصدره المعهد الوطني للإسكان يوم الاثنين.",
            "وكانت الفجوة أوسع في العاصمة، حيث ارتفع الإيجار المعتاد لشقة من غرفتين بنسبة تسعة في المئة بينما "
            "ارتفعت الأجور بنسبة ثلاثة.",
            "وقال المعهد إن نقص المساكن الجديدة هو السبب الرئيسي، وإن البناء تباطأ منذ ارتفاع أسعار الفائدة في "
            "عام 2024.",
            "ودعت جمعيات المستأجرين الحكومة إلى تحديد سقف لزيادات الإيجار للمستأجرين الحاليين بمعدل التضخم."],
           "إعلان",
           ["الأعمال", "الأسواق", "الاستثمار", "الاقتصاد", "التقنية", "المال الشخصي", "الشركات الصغيرة",
            "خريطة الموقع", "وظائف", "حاسبات", "تصحيحات", "تنبيهات الأخبار", "خلاصات RSS", "النشرات البريدية"],
           "معظم بيانات أسعار الأسهم مقدمة من شركة بيانات البورصة. تعرض المؤشرات في الوقت الفعلي باستثناء مؤشر "
           "الشمال 100 الذي يتأخر دقيقتين. جميع الأوقات بتوقيت مكة المكرمة. إخلاء المسؤولية. الأبحاث: © 2026 شركة "
           "نجمة الصناديق. جميع الحقوق محفوظة. التصنيفات: شركة تحليلات المؤشرات 2026. جميع الحقوق محفوظة. بعض "
           "بيانات السوق مملوكة لبورصة السلع المركزية والجهات المرخصة لها. جميع الحقوق محفوظة. مؤشرات الشمال "
           "تحسبها وتوزعها وتسوقها شركة مؤشرات الشمال وهي مرخصة للاستخدام في هذا الموقع. الشمال والشمال 100 "
           "علامتان تجاريتان مسجلتان لشركة علامات الشمال القابضة، وكل محتوى مؤشرات الشمال محفوظ لشركة مؤشرات "
           "الشمال 2026 وشركاتها التابعة.",
           "© 2026 شبكة الأخبار النموذجية. جميع الحقوق محفوظة."),
}


def _page(lang: str, links: int | None = None) -> str:
    menu, head, byline, story, advert, footer, notice, copyright_line = _PAGES[lang]
    footer = footer if links is None else footer[:links]
    lines = [*menu, head, byline, story[0], story[1], advert, story[2], story[3], *footer, notice, copyright_line]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("model", [False, None], ids=["rules", "model"])
@pytest.mark.parametrize("lang", sorted(_PAGES))
def test_the_story_above_the_footer_is_the_body_not_the_legal_notice_in_it(lang, model):
    story, notice = _PAGES[lang][3], _PAGES[lang][6]
    article = normalise_text(_page(lang), model=model)
    for paragraph in story:
        assert paragraph in article.text, article.text
    assert notice not in article.text, article.text


#: a site's "about us" blurb of two sentences over the menu, as some dumps print the sidebar first: a prose group
#: with a story's length, above a run of short lines
_ABOUT = {
    "en": ["Example News Network covers business, markets and the economy from twelve cities, with reporters in every "
           "large market and a data desk that reads the reports so that you do not have to.",
           "Our newsroom is funded by readers and advertisers, and no advertiser sees a story before it is published."],
    "nl": ["Voorbeeld Nieuwsnetwerk brengt nieuws over bedrijven, beurzen en de economie uit twaalf steden, met "
           "verslaggevers op elke grote markt en een dataredactie die de rapporten voor je leest.",
           "Onze redactie wordt betaald door lezers en adverteerders, en geen adverteerder ziet een verhaal voordat "
           "het verschijnt."],
    "ar": ["تغطي شبكة الأخبار النموذجية الأعمال والأسواق والاقتصاد من اثنتي عشرة مدينة، مع مراسلين في كل سوق كبيرة "
           "وقسم بيانات يقرأ التقارير نيابة عنك.",
           "يمول القراء والمعلنون غرفة أخبارنا، ولا يطلع أي معلن على خبر قبل نشره."],
}


@pytest.mark.parametrize("lang", sorted(_PAGES))
def test_guard_a_one_paragraph_story_over_its_copyright_line_stays(lang):
    """A story of one paragraph right over the copyright line, under the page's menu and its headline, with the site's
    "about us" blurb above the menu: the paragraph says no legal notice's words, so it is the story, not a footer's
    notice with a story above it."""
    menu, head, byline, story, _, footer, _, copyright_line = _PAGES[lang]
    page = "\n".join([*_ABOUT[lang], *menu, *footer, head, byline, " ".join(story), copyright_line]) + "\n"
    article = normalise_text(page, model=False)
    assert story[0] in article.text, article.text
    assert _ABOUT[lang][0] not in article.text, article.text
