"""Two boxes under or inside a story that a tester found partly kept (stop 34, probeA findings 3 and 5b), en/nl/ar.

- A condolence box under the story: its heading ("تعزية", "In memoriam", "Condolences") and its notice in the paper's
  own voice ("تتقدم أسرة تحرير … بخالص العزاء", "Met grote verslagenheid hebben wij …") read as prose and stayed
  (normalise/condolence.py). Guards: a story about a death, which reports the condolences, stays whole; so does a page
  whose headline is "In memoriam …"; so does a story that goes on under an "In memoriam" subheading.
- A related box's closing link ("Meer laatste nieuws", "More latest news", "المزيد من آخر الأخبار") under its headlines,
  mid-story, stayed as the story's subheading (boxes.py `_closing_link`).
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text

STORY = {
    "en": ("Ring road widening to take two years, transport authority says", "By Omar Haddad", "7 December 2026", [
        "The transport authority plans to add a fourth lane in both directions on the outer ring road between the "
        "airport and the western junction, at a cost of about 68 million dollars.",
        "Officials said the project would be tendered early next year and built in stages over two years to limit "
        "closures, adding that more than 180,000 vehicles use the road every day.",
        "The plan also includes three new bridges at the busiest junctions on the northern stretch."]),
    "nl": ("Verbreding ringweg duurt twee jaar, zegt provincie", "Door Eva Jacobs", "7 december 2026", [
        "De provincie wil de ringweg tussen het vliegveld en het westelijke knooppunt in beide richtingen met een "
        "vierde rijstrook verbreden, voor ongeveer 68 miljoen euro.",
        "Volgens de provincie wordt het project begin volgend jaar aanbesteed en in fasen over twee jaar uitgevoerd "
        "om afsluitingen te beperken; dagelijks rijden er meer dan 180.000 voertuigen over de weg.",
        "Het plan omvat ook drie nieuwe bruggen bij de drukste knooppunten aan de noordkant."]),
    "ar": ("توسعة الطريق الدائري تستغرق عامين بحسب هيئة النقل", "بقلم: عمر الحداد", "7 ديسمبر 2026", [
        "تخطط هيئة النقل لإضافة حارة رابعة في الاتجاهين على الطريق الدائري الخارجي بين المطار والتقاطع الغربي، "
        "بكلفة تقدر بنحو 68 مليون دينار.",
        "وقال مسؤولون إن المشروع سيطرح في مناقصة مطلع العام المقبل وينفذ على مراحل خلال عامين لتقليل الإغلاقات، "
        "مضيفين أن أكثر من 180 ألف مركبة تستخدم الطريق يومياً.",
        "وتشمل الخطة أيضاً إنشاء ثلاثة جسور جديدة عند أكثر التقاطعات ازدحاماً في القطاع الشمالي."]),
}
FOOTER = {"en": ["Tags", "Roads", "© 2026 The Gulf Courier"], "nl": ["Tags", "Wegen", "© 2026 Dagblad Oost"],
          "ar": ["كلمات مفتاحية", "الطرق", "© 2026 جريدة الخليج"]}

CONDOLENCES = {
    "en": ["Condolences", "The editors and staff of The Gulf Courier extend their deepest condolences to our colleague "
           "Sami Nasser on the death of his father, and wish his family strength."],
    "nl": ["In memoriam", "Met grote verslagenheid hebben wij kennisgenomen van het overlijden van onze oud-collega "
           "Henk Verbeek. Wij wensen zijn familie en vrienden veel sterkte."],
    "ar": ["تعزية", "تتقدم أسرة تحرير جريدة الخليج بخالص العزاء وصادق المواساة إلى الزميل سامي ناصر بوفاة والده، "
           "سائلين المولى أن يتغمد الفقيد بواسع رحمته.", "إنا لله وإنا إليه راجعون"],
}


def page(lang: str, under: list[str] = (), mid: list[str] = ()) -> str:
    title, byline, date, paras = STORY[lang]
    return "\n".join(["Home", title, byline, date, paras[0], paras[1], *mid, paras[2], *under, *FOOTER[lang]])


@pytest.mark.parametrize("lang", sorted(CONDOLENCES))
def test_a_condolence_box_under_the_story_goes(lang):
    art = normalise_text(page(lang, under=CONDOLENCES[lang]))
    for line in CONDOLENCES[lang]:
        assert line not in art.text, line
    assert all(p in art.text for p in STORY[lang][3])


DEATH_STORIES = {
    "en": ("Former mayor Jan Peters dies at 81", [
        "Jan Peters, who led the city council for twelve years, died on Sunday at the age of 81, his family said.",
        "The current mayor offered her condolences to the family and said flags on the town hall would fly at "
        "half-mast until the funeral.",
        "In memoriam",
        "Peters was first elected in 1994 and oversaw the rebuilding of the harbour district after the floods.",
        "He is survived by his wife, three children and seven grandchildren."]),
    "nl": ("In memoriam prof. dr. Anna de Groot (1948-2026)", [
        "Met grote verslagenheid hebben wij kennisgenomen van het overlijden van prof. dr. Anna de Groot, emeritus "
        "hoogleraar sterrenkunde, op 3 december op 78-jarige leeftijd.",
        "De Groot was van 1985 tot 2013 verbonden aan de faculteit en leidde jarenlang het onderzoek naar "
        "dubbelsterren. Wij wensen haar familie veel sterkte.",
        "Zij ontving in 2009 de Spinozapremie voor haar werk aan de vorming van sterrenstelsels."]),
    "ar": ("وفاة رئيس البلدية السابق عن 81 عاماً", [
        "توفي رئيس البلدية السابق يان بيترز الأحد عن عمر ناهز 81 عاماً، بحسب ما أعلنت عائلته.",
        "وقدّم رئيس البلدية الحالي التعازي إلى أسرة الفقيد، وقال إن الأعلام ستنكس على مبنى البلدية حتى موعد الجنازة.",
        "نعي",
        "وكان بيترز قد انتخب لأول مرة عام 1994 وأشرف على إعادة بناء حي الميناء بعد الفيضانات.",
        "ويترك الراحل زوجته وثلاثة أبناء وسبعة أحفاد."]),
}


@pytest.mark.parametrize("lang", sorted(DEATH_STORIES))
def test_a_story_about_a_death_stays_whole(lang):
    title, paras = DEATH_STORIES[lang]
    art = normalise_text("\n".join(["Home", title, STORY[lang][1], STORY[lang][2], *paras, *FOOTER[lang]]))
    for p in paras:
        if len(p.split()) > 4:  # the story's own subheading is the model's to keep or drop
            assert p in art.text, p


TICKERS = {
    "en": ["Latest news", "09:05 Man arrested after copper cable theft at rail depot",
           "08:47 Queues on the coast road after lorry crash near the tunnel",
           "08:31 Christmas parade draws five thousand to the old town", "More latest news"],
    "nl": ["Laatste nieuws", "09:05 Man opgepakt na diefstal van koperdraad bij spoorwegemplacement",
           "08:47 Files op de kustweg na ongeval met vrachtwagen bij de tunnel",
           "08:31 Kerstparade lokt vijfduizend kijkers naar de oude binnenstad", "Meer laatste nieuws"],
    "ar": ["آخر الأخبار", "09:05 القبض على رجل بعد سرقة كابلات نحاسية من مستودع السكك الحديدية",
           "08:47 ازدحام على الطريق الساحلي بعد حادث شاحنة قرب النفق",
           "08:31 موكب الأعياد يجذب خمسة آلاف زائر إلى البلدة القديمة", "المزيد من آخر الأخبار"],
}


@pytest.mark.parametrize("lang", sorted(TICKERS))
def test_a_tickers_closing_more_link_goes_with_it(lang):
    art = normalise_text(page(lang, mid=TICKERS[lang]))
    for line in TICKERS[lang]:
        assert line not in art.text, line
    assert all(p in art.text for p in STORY[lang][3])
