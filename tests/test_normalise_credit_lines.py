"""A wire story's credit lines under it, with no brackets (fix30f, tester stop 30 B1).

"(Reporting by …; Editing by …)" in brackets went; "Additional reporting by Gareth Lloyd in Cardiff and Sian Morgan in
London." on a line of its own stayed as the story's last paragraph and became a Key Takeaway. The phrase lists' misc
category names these credits now in en, nl and ar; a story's sentence that opens with the same words goes on in a
clause or a verb and stays.

Hand-written pages; none is eval data.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.phrases import categories_of

STORY = {
    "en": ["Steelworks to close last blast furnace in October", "By Owen Price", "3 March 2026",
           "The owner of the Llanwern steelworks will close its last blast furnace in October, ending iron making at "
           "the site after more than sixty years.",
           "The company said the plant had lost money every month for the past two years.",
           "Unions said they would ballot members on strike action over the closure."],
    "nl": ["Staalfabriek sluit laatste hoogoven in oktober", "Door Eva Smit", "3 maart 2026",
           "De eigenaar van de staalfabriek in IJmuiden sluit in oktober de laatste hoogoven, na meer dan zestig jaar "
           "ijzerproductie op het terrein.",
           "Het bedrijf zegt dat de fabriek de afgelopen twee jaar elke maand verlies leed.",
           "De vakbonden willen hun leden laten stemmen over een staking tegen de sluiting."],
    "ar": ["مصنع الصلب يغلق آخر أفرانه في أكتوبر", "بقلم: خالد المصري", "3 مارس 2026",
           "أعلنت الشركة المالكة لمصنع الصلب أنها ستغلق آخر فرن عالٍ لديها في أكتوبر، لتنهي إنتاج الحديد في الموقع "
           "بعد أكثر من ستين عاماً.",
           "وقالت الشركة إن المصنع تكبد خسائر كل شهر خلال العامين الماضيين.",
           "وقالت النقابات إنها ستطرح على أعضائها التصويت على الإضراب احتجاجاً على الإغلاق."],
}
CREDITS = {
    "en": ["Additional reporting by Gareth Lloyd in Cardiff and Sian Morgan in London.", "Editing by Mark Potter",
           "Writing by Anna Lee; editing by Tom Hogue", "With additional reporting from Reuters"],
    "nl": ["Aanvullende verslaggeving door Pieter de Wit in Brussel.", "Met medewerking van Sanne Bakker en Rik Mulder"],
    "ar": ["ساهم في التغطية: أحمد سعيد من القاهرة ومنى علي من عمّان.", "شاركت في إعداد التقرير: ليلى حداد من بيروت وسامي يوسف من دبي."],
}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_credit_lines_under_the_story_go(lang):
    raw = "\n".join(STORY[lang] + CREDITS[lang]) + "\n"
    for model in (None, False):
        article = normalise_text(raw, model=model)
        for credit in CREDITS[lang]:
            assert credit not in article.text
            assert credit in article.removed
        assert STORY[lang][-1] in article.text


@pytest.mark.parametrize("text", [
    "Compiled by the statistics office, the figures show a sharp fall in output.",
    "Additional reporting will follow as the trial continues.",
    "Met medewerking van de gemeente is een nieuw park aangelegd.",
    "شارك في التغطية أكثر من 500 صحفي من 40 دولة.",
    "Editing by hand is slow, she said.",
    # story sentences that open like a credit and go on in a clause with no comma (review30a): what follows "by"
    # is no list of names
    "Further research by the team found that staff turnover fell by a third.",
    "Writing by hand was replaced by shared online rotas in 2019.",
    "Research by the RAC suggests drivers are paying more for fuel.",
    "Aanvullende research door de Universiteit Utrecht liet zien dat de effecten blijvend waren.",
    "Extra berichtgeving van de NOS over de proef is zondag te zien.",
    "تغطية إضافية: تبث القناة الحلقة الثانية من البرنامج يوم الأحد المقبل.",
    "ساهم في إعداد هذا التقرير: فريق من الباحثين الذين عملوا على جمع البيانات طوال ثلاثة أعوام في المنطقة.",
])
def test_story_sentences_that_open_like_a_credit_are_no_credit(text):
    assert not categories_of(text, len(text.split()))


@pytest.mark.parametrize("line", [
    "Additional reporting by Gareth Lloyd in Cardiff and Sian Morgan in London.",
    "Met medewerking van Eva Smit.",
    "ساهم في التغطية: أحمد علي",
    "Editing by Mark Potter",
    "With additional reporting by the Associated Press",
    "Aanvullende verslaggeving door Pieter de Wit in Brussel.",
])
def test_a_credit_that_names_people_is_a_credit(line):
    assert "misc" in categories_of(line, len(line.split()))


@pytest.mark.parametrize("make", [
    lambda n: "Additional reporting by " + "Gareth Lloyd, " * n,
    lambda n: "Additional reporting by " + "Gareth Lloyd and De " * n + "x",
    lambda n: "Writing by " + "Anna Lee " * n + "; editing by x",
    lambda n: "Met medewerking van " + "de gemeente " * n,
    lambda n: "Met medewerking van " + "Eva de Smit en " * n + "x",
    lambda n: "ساهم في التغطية: " + "أحمد علي و" * n,
])
def test_credit_patterns_are_linear(make):
    # the compiled misc pattern itself: categories_of skips lines over MAX_PHRASE_WORDS at once
    from newsbrief.normalise.phrases import phrase_sets

    from tests.scaling import assert_grows_linearly
    misc = phrase_sets()["misc"]
    assert_grows_linearly(lambda line: (misc.anchored.match(line), misc.regex.search(line)), make, 2_000, 8_000)


@pytest.mark.parametrize("lang,sentence", [
    ("en", "Further research by the team found that staff turnover fell by a third."),
    ("en", "Research by the RAC suggests drivers are paying more for fuel."),
    ("nl", "Aanvullende research door de Universiteit Utrecht liet zien dat de effecten blijvend waren."),
    ("nl", "Extra berichtgeving van de NOS over de proef is zondag te zien."),
    ("ar", "تغطية إضافية: تبث القناة الحلقة الثانية من البرنامج يوم الأحد المقبل."),
])
def test_a_story_sentence_that_opens_like_a_credit_stays_on_the_page(lang, sentence):
    # review30a: the sentence stands in the story's body, before its last paragraph, and a real credit follows
    raw = "\n".join(STORY[lang][:-1] + [sentence, STORY[lang][-1]] + CREDITS[lang][:1]) + "\n"
    for model in (None, False):
        article = normalise_text(raw, model=model)
        assert sentence in article.text
        assert CREDITS[lang][0] not in article.text
