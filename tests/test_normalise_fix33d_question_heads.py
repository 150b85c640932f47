"""An opinion page's question headline over its author's bare name ("Paul Harding", "بول كروغمان"), a translator's
credit at most, then the date, is the title and the name the byline: the headline was kept as the story's first
paragraph (a question reads as a sentence) because the line under it had no "By"/"بقلم" (probe 33A finding 1).
The standfirst-between case (headline / standfirst / byline) is in test_normalise_fix33d_longread_credits.py."""

import pytest

from newsbrief.normalise import normalise_text

PAGES = {
    "en": ("Home\nNews\nOpinion\nColumnists\nLetters",
           "Can Britain really afford to scrap its last coal reserve?", "Paul Harding",
           "Translation: Maria Lopez", "7 December 2026",
           "Nobody in Whitehall expected, five years ago, that the country would be buying most of its winter "
           "backup power from across the North Sea. The war in Ukraine changed the map of European energy.\n"
           "Today about a third of peak demand on the coldest evenings is met by imports, a dependence that worries "
           "the officials who learned a hard lesson from the gas crisis.\n"
           "The answer the government offers is more storage and more cables, but these projects need a decade."),
    "nl": ("Home\nNieuws\nOpinie\nColumns\nBrieven",
           "Kan Nederland zijn laatste gascentrale echt missen?", "Joost Mulder",
           "Vertaling: Eva Brouwer", "7 december 2026",
           "Niemand in Den Haag had vijf jaar geleden verwacht dat het land in de winter het grootste deel van zijn "
           "reservestroom uit het buitenland zou halen. De oorlog in Oekraïne veranderde dat.\n"
           "Op de koudste avonden komt inmiddels een derde van de piekvraag uit import, een afhankelijkheid die "
           "beleidsmakers zorgen baart.\n"
           "Het antwoord van het kabinet is meer opslag en meer kabels, maar die projecten duren tien jaar."),
    "ar": ("الرئيسية\nأخبار\nرأي\nمقالات\nآراء",
           "هل تستطيع المنطقة الاستغناء عن محطات الفحم القديمة؟", "ديفيد هارفي",
           "ترجمة: ليلى منصور", "7 ديسمبر 2026",
           "لم يتوقع أحد قبل خمس سنوات أن تعتمد دول المنطقة على الكهرباء المستوردة في أشهر الصيف الحارة، لكن "
           "ارتفاع الطلب غيّر خريطة الطاقة بشكل جذري.\n"
           "واليوم يأتي نحو ثلث الطلب في ساعات الذروة من الربط الكهربائي مع الدول المجاورة، وهو اعتماد يثير قلق "
           "صناع القرار.\n"
           "والحل المطروح هو تسريع مشاريع التخزين والربط، لكن هذه المشاريع تحتاج إلى عقد من الزمن على الأقل."),
}


@pytest.mark.parametrize("language", sorted(PAGES))
@pytest.mark.parametrize("translated", [False, True])
def test_a_question_headline_over_a_bare_author_name_is_the_title(language, translated):
    menu, headline, author, translator, date, body = PAGES[language]
    credit = f"{translator}\n" if translated else ""
    art = normalise_text(f"{menu}\n{headline}\n{author}\n{credit}{date}\n{body}\n")
    assert art.title == headline
    assert art.byline == author
    assert headline not in art.text and author not in art.text
    assert art.text.startswith(body[:30])  # the translator's credit is no line of the story (review 33a #11)
    assert translator not in art.text


def test_a_question_over_a_name_and_another_headline_is_still_no_headline():
    # a promo's question, a columnist's name, then another story's headline: no header of this story
    body = PAGES["en"][5]
    page = ("Home\nNews\nOpinion\nShould the council sell its last car park?\nDavid Hughes\n"
            f"Bus fares to rise by ten per cent in the new year across the region\n{body}\n")
    art = normalise_text(page)
    # (neither the promo's question nor the other story's headline heads this body)
    assert art.title is None
    assert body.splitlines()[0] in art.paragraphs
