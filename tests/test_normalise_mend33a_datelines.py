"""Review 33a #4 and #8: a dateline is cut only where its place or its paper is known.

#4: the Gulf papers' dateline ("الفجيرة - «الخليج»: …") took any one or two Arabic words as the place, so a name and
a slogan in guillemets ("ترامب - «أمريكا أولا»: بهذه العبارة …") became the byline and the lead lost its start.
#8: inside a paragraph, a capitalised fixture after the first sentence ("… goalless. AJAX - PSV: the replay …") was
cut as a place's dateline. Hand-written pages.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.datelines import split_inner_opening, split_opening

AR_HEAD = "الرئيس يعرض رؤيته للسياسة الخارجية أمام البرلمان"
AR_REST = ["وقال الرئيس إن بلاده ستعيد النظر في اتفاقيات التجارة مع شركائها في أوروبا وآسيا خلال الأشهر المقبلة.",
           "وأضاف أن الإدارة ستطلب من الحلفاء زيادة إنفاقهم الدفاعي خلال العام المقبل."]
SLOGAN_LEAD = "نتنياهو - «الأمن أولا»: بهذه العبارة لخص رئيس الحكومة برنامجه في خطاب استمر ساعة أمام البرلمان مساء الثلاثاء."


def test_a_name_and_a_slogan_are_no_paper_dateline():
    assert split_opening(SLOGAN_LEAD) is None
    art = normalise_text("\n\n".join([AR_HEAD, SLOGAN_LEAD] + AR_REST))
    assert art.byline is None
    assert art.paragraphs[0] == SLOGAN_LEAD


def test_a_slogan_after_the_lead_s_first_sentence_stays():
    lead = "رفع الرئيس شعاراً واحداً في حملته. " + SLOGAN_LEAD
    assert split_inner_opening(lead) is None


@pytest.mark.parametrize("lead, paper", [
    ("الفجيرة - «الخليج»: افتتحت البلدية أمس حديقة عامة جديدة على الواجهة البحرية للمدينة.", "الخليج"),
    # an unknown place, but a listed paper's own credit
    ("خورفكان - «الخليج»: افتتحت البلدية أمس حديقة عامة جديدة على الواجهة البحرية للمدينة.", "الخليج"),
    ("عجمان - «الرؤية»: افتتحت البلدية أمس حديقة عامة جديدة على الواجهة البحرية للمدينة.", "الرؤية"),
])
def test_a_known_place_or_a_listed_paper_is_still_a_dateline(lead, paper):
    found = split_opening(lead)
    assert found is not None and found[0].byline == paper
    assert found[1] == "افتتحت البلدية أمس حديقة عامة جديدة على الواجهة البحرية للمدينة."


EN_HEAD = "Title race goes to a replay after a goalless final"
EN_REST = ["Both clubs asked the league for more tickets, and the stadium will open its upper tier for the first time.",
           "The league said the kick-off time would not change again."]


@pytest.mark.parametrize("lead", [
    "The match ended goalless. AJAX - PSV: the replay is on Sunday at 14.30 in the same stadium.",
    "The cup final was abandoned after an hour. LEIDEN - Katwijk: both teams will play again next week.",
])
def test_a_fixture_inside_a_paragraph_is_no_dateline(lead):
    assert split_inner_opening(lead) is None
    art = normalise_text("\n\n".join([EN_HEAD, lead] + EN_REST))
    assert art.byline is None
    assert art.paragraphs[0] == lead


def test_an_unknown_capitalised_word_inside_a_paragraph_is_no_dateline():
    assert split_inner_opening("The league had warned the clubs. FEYENOORD - The club said it would appeal.") is None


def test_a_known_town_inside_a_paragraph_is_still_a_dateline():
    found = split_inner_opening("Na maanden van overleg is er een akkoord. ARNHEM - De provincie trekt 40 miljoen "
                                "euro uit voor nieuwe fietspaden.")
    assert found is not None and found[0].byline == "ARNHEM"
    assert found[1] == "Na maanden van overleg is er een akkoord. De provincie trekt 40 miljoen euro uit voor nieuwe " \
                       "fietspaden."
