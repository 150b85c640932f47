"""Stop 35 review (F-I, F-K): a speaker's news that opens like a courtesy stays a candidate; a greeting alone is no speech.

A courtesy is about the occasion: being there, welcoming the audience, joining them, seeing them. "We are pleased to
have reached agreement with the unions on a new pay deal …" opens with the same feeling words but goes on to a result
(a "that"-clause, "to have <done>", "to see that …", "om te melden", "يسعدني أن الحكومة وافقت …"): it is the speech's
news, and dropping it as a courtesy left a speech's takeaways to its rhetoric. And a newsletter that opens "Good
morning." is no speech: a greeting alone needs a second speech cue (a title, an audience addressed, thanks). Every
page and sentence here is written for the tests.
"""

from __future__ import annotations

import pytest

from summarise.extractive import ExtractiveSummariser
from summarise.pleasantries import is_pleasantry, is_speech, spoken
from tests.scaling import assert_grows_linearly
from tests.summary_docs import doc_of, takeaways


@pytest.mark.parametrize("sentence", [
    "We are pleased to have reached agreement with the unions on a new pay deal for nurses and midwives.",
    "I am proud that we have cut child poverty in half since we took office.",
    "I am happy to see that unemployment has fallen to its lowest level in a decade.",
    "We are delighted to report that waiting lists have fallen for the first time since the pandemic.",
    "I am glad to confirm that the new ferry will sail from Oban next spring.",
    "I look forward to signing the bill into law next week.",
    "It is a great pleasure to tell you that the plant will stay open.",
    "Ik ben blij dat we vandaag een akkoord hebben bereikt met de vakbonden over de cao.",
    "Wij zijn trots om te melden dat de wachtlijsten in de ziekenhuizen zijn gehalveerd.",
    "Ik kijk uit naar de ondertekening van het klimaatakkoord volgende week.",
    "يسعدني أن الحكومة وافقت على زيادة رواتب المعلمين.",
    "أتطلع إلى توقيع الاتفاق مع الحكومة الأسبوع المقبل.",
    "يسرني أن أبلغكم بأن المستشفى الجديد سيفتح أبوابه في الربيع.",
    # the occasion named, but a result or a decision said with it
    "I am delighted to be here as we sign the new accord with our neighbours.",
    "Ik ben blij hier te zijn nu het akkoord met de provincie is gesloten.",
])
def test_news_in_a_courtesys_words_stays(sentence):
    assert not is_pleasantry(sentence)


@pytest.mark.parametrize("sentence", [
    # guards: the occasion itself stays a courtesy
    "I am pleased to be here with you this morning.",
    "We are delighted to welcome so many of you to Glasgow.",
    "I am happy to see so many familiar faces in this hall.",
    "I am grateful for your kind invitation.",
    "We are proud to host this congress for the first time.",
    "I am deeply honoured to have served this hospital trust for eight years.",
    "It is a real honour to be here with so many of you.",
    "It is an honour and a privilege.",
    "I look forward to our discussions this afternoon.",
    "I look forward to working with all of you.",
    "Ik ben blij dat ik hier vandaag mag zijn.",
    "Wij zijn vereerd om u hier te mogen ontvangen.",
    "Ik ben dankbaar voor de uitnodiging.",
    "Ik kijk uit naar onze gesprekken.",
    "يسعدني أن أكون بينكم اليوم.",
    "يسرني أن أرحب بكم في عمّان.",
    "أتطلع إلى لقائكم مرة أخرى.",
    # a bare modal is no decision
    "I am pleased to be here, and I will keep this short.",
])
def test_the_occasions_courtesies_stay_pleasantries(sentence):
    assert is_pleasantry(sentence)


#: a speech whose one result opens with a feeling: "We are pleased to have reached …"
NURSES = [
    ["Thank you very much, Chair, for that kind introduction."],
    ["It is a real honour to be here with so many of you who kept the wards open through a hard winter."],
    ["We are pleased to have reached agreement with the unions on a new pay deal for nurses and midwives in Wales."],
    ["The deal ends the dispute that began in the spring, and no further strikes are planned this year."],
    ["When we first met, there were far fewer of us around a much smaller table."],
    ["Every nurse in this hall knows what the last two winters cost."],
    ["Thank you."],
]


def test_a_speechs_result_outranks_its_rhetoric():
    """The result is a takeaway, chosen before the speaker's reflections (selection order: most valuable first); the
    rhetoric may still fill the 3-bullet minimum, after it."""
    doc = doc_of(NURSES, "Remarks by the Health Minister at the nurses' congress in Cardiff")
    got = takeaways(doc)
    assert any(t.startswith("We are pleased to have reached agreement") for t in got), got
    order = ExtractiveSummariser().select(doc, None)
    news = next(i for i, s in enumerate(doc.sentences) if s.startswith("We are pleased"))
    rhetoric = {i for i, s in enumerate(doc.sentences) if s.startswith(("When we first met", "Every nurse"))}
    assert news in order, order
    assert all(order.index(news) < order.index(i) for i in rhetoric if i in order), order


def test_a_greeting_alone_is_no_speech():
    """A newsletter's "Good morning." opens no speech; with an audience addressed or thanks on the page it does."""
    briefing = ["Good morning.", "Here is what you need to know today.",
                "The central bank cut interest rates by a quarter point on Tuesday.",
                "Your mortgage payments may fall as a result."]
    assert not is_speech(briefing, "The Briefing: a rate cut and a storm")
    assert not spoken(briefing, "The Briefing: a rate cut and a storm")
    assert not is_speech(["Goedemorgen.", "Dit moet je vandaag weten.", "De rente daalt."], "De Ochtend")
    assert not is_speech(["صباح الخير.", "إليكم أبرز أخبار اليوم.", "خفض البنك المركزي الفائدة."], "النشرة")
    # a second cue makes it a speech: the audience addressed, or the speaker's thanks
    assert is_speech(["Good morning, ladies and gentlemen.", "The plant will stay open."], "In Glasgow")
    assert is_speech(["Good evening.", "The plant will stay open.", "Thank you."], "In Glasgow")
    assert is_speech(["Goedenavond, dames en heren.", "De fabriek blijft open."], "In Leiden")
    assert is_speech(["مساء الخير.", "سيبقى المصنع مفتوحا.", "شكرا لكم."], "في عمّان")
    # the speaker's thanks opening alone still does
    assert is_speech(["Thank you very much, Prime Minister, for that kind introduction.", "The fund grows."], "Honiara")


def test_occasion_checks_are_linear():
    assert_grows_linearly(lambda t: is_pleasantry(t), lambda n: "I am pleased to" + " be" * n, 2_000, 8_000)
    assert_grows_linearly(lambda t: is_pleasantry(t), lambda n: "Ik ben blij" + " dat" * n, 2_000, 8_000)
    assert_grows_linearly(lambda t: is_pleasantry(t), lambda n: "يسعدني" + " أن" * n, 2_000, 8_000)
