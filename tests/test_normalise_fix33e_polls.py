"""probeA's finding 7 and probeB's finding 4 (stop 33): a reader poll mid-story (question, answers, shares, "1,946
votes", "Vote", "View results"; nl "Stem nu", "Bekijk resultaten"; ar "صوّت", "النتائج") was kept whole as a run of
short lines. normalise/polls.py reads the block by its shape. Pages written for these tests (en, nl, ar)."""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.polls import poll_blocks

EN_PAGE = """The Riverside Courier
News  Politics  Sport
Town to decide on Sunday opening for the covered market
By Hannah Okoro
Tuesday, 9 March 2027
Traders at the covered market could open on Sundays from the summer under plans the town council will debate on Thursday.
The market has been shut on Sundays since it opened in 1961, and stallholders are split on whether a seventh day would pay.
"Families come into town at the weekend and find the doors locked," said Dev Patel, who runs a cheese stall.
Quick poll
Should the covered market open on Sundays?
Yes, every week
Only in December
No, leave it as it is
412 votes
Vote now
See results
Others worry about staff. Maureen Lyle, who has sold fabric there for thirty years, said she could not afford to pay cover.
The council said a trial would start in June if councillors back the plan on Thursday evening.
"""

NL_PAGE = """Dagblad van het Oosten
Nieuws  Regio  Sport
Deventer overweegt autovrije binnenstad op zaterdag
Door Pieter Koster
9 maart 2027
De gemeente Deventer wil de binnenstad op zaterdagen autovrij maken. Het college stuurt het voorstel volgende week naar de raad.
Winkeliers zijn verdeeld. "Wie met de auto komt, gaat straks naar Apeldoorn", zegt Ria Smit van de ondernemersvereniging.
Stelling
Moet de binnenstad op zaterdag autovrij worden?
Eens
Oneens
Geen mening
Stem nu
2.307 stemmen
Bekijk resultaten
De fietsersbond is blij met het plan. Volgens de bond fietsen op zaterdag nu al meer mensen de stad in dan dat er met de auto komen.
De raad beslist in april. Bij een akkoord begint de proef na de zomervakantie.
Uitslag
Eens 61%
Oneens 33%
Geen mening 6%
"""

AR_PAGE = """الرئيسية  محليات  اقتصاد
بلدية إربد تدرس إغلاق وسط المدينة أمام السيارات يوم الجمعة
بقلم منى الحوراني
9 مارس 2027
تدرس بلدية إربد إغلاق شوارع وسط المدينة أمام حركة السيارات أيام الجمعة ابتداءً من الصيف المقبل، بحسب مصدر في البلدية.
وقال المصدر إن المشروع يهدف إلى تخفيف الازدحام وتشجيع المشاة على التسوق في الأسواق القديمة.
استطلاع رأي
هل تؤيد إغلاق وسط المدينة أمام السيارات يوم الجمعة؟
نعم، أؤيد
لا، أعارض
لا أعرف
٥٤٪
٣٨٪
٨٪
صوّت
النتائج
ويخشى تجار من تراجع المبيعات إذا لم يتمكن الزبائن من الوصول بسياراتهم إلى المحال.
ومن المقرر أن يناقش المجلس البلدي المشروع في جلسته المقبلة مطلع الشهر القادم.
"""

CASES = [(EN_PAGE, "en", ["Should the covered market open", "Only in December", "412 votes", "See results",
                          "Quick poll"], "Others worry about staff."),
         (NL_PAGE, "nl", ["Moet de binnenstad op zaterdag", "Geen mening", "2.307 stemmen", "Eens 61%", "Uitslag"],
          "De fietsersbond is blij met het plan."),
         (AR_PAGE, "ar", ["هل تؤيد إغلاق وسط المدينة", "لا أعرف", "٥٤٪", "صوّت", "استطلاع رأي"],
          "ويخشى تجار من تراجع المبيعات")]


@pytest.mark.parametrize("page, language, poll_words, below", CASES)
def test_a_poll_mid_story_goes_whole(page, language, poll_words, below):
    article = normalise_text(page, language=language)
    text = "\n".join(article.paragraphs)
    for words in poll_words:
        assert words not in text, (words, article.paragraphs)
    # the story around it stays, the paragraph under the poll included
    assert len(article.paragraphs) >= 4, article.paragraphs
    assert any(p.startswith(below) for p in article.paragraphs), article.paragraphs


def test_guard_an_explainers_question_over_a_short_list_stays():
    # no vote count, button or share: a subheading and its list, the story's own
    texts = ["Who will pay the new levy?", "Lorry drivers", "Coach operators", "Delivery firms",
             "The levy starts in April and is charged per crossing."]
    assert poll_blocks(texts) == set()


def test_guard_a_subheading_under_the_poll_is_no_answer():
    texts = ["Should the park close at night?", "Yes", "No", "Vote", "What happens next", "The council meets in May."]
    assert poll_blocks(texts) == {0, 1, 2, 3}
