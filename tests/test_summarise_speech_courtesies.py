"""Stop 35 (left open by stop 34): a speech's courtesies and reminiscences are no Key Takeaway, its announcements are.

A Secretary's remarks opened "It is a real honor to be here with ministers from fourteen Pacific Island countries."
and a memory of the first meeting ("When we first met … there were six of us around a much smaller table."); both
were chosen over the $45m announcement. The greeting and thanks formulas of summarise/pleasantries.py did not know
the speaker's other courtesies (an honour to be here, "Let me begin by thanking …", "I look forward to …", "God
bless …"), and nothing told the ranker that on a speech's page a sentence with no figure, no name and no decision is
the speaker's rhetoric. Every page here is written for the tests (speech, press conference, statement; a Dutch and an
Arabic speech as the summariser reads them: translated to English, with one sentence the translation left as it was).
"""

from __future__ import annotations

import pytest

from summarise.extractive import ExtractiveConfig, ExtractiveSummariser
from summarise.pleasantries import is_pleasantry, is_speech, plain_rhetoric, spoken
from tests.scaling import assert_grows_linearly
from tests.summary_docs import doc_of, takeaways

PORT_SPEECH = [
    ["Thank you, Mayor Okafor, for that warm welcome."],
    ["It is a great privilege to be here with so many of the people who built this terminal.",
     "When I first came to this harbour as a boy, the ships were half the size and the cranes were painted green."],
    ["Today I can confirm that the government will invest £120 million to extend the rail freight line to the "
     "Eastgate terminal."],
    ["The new line will take 40,000 lorries a year off the A14, and work on it begins in September."],
    ["The terminal will handle 1.5 million containers a year by 2030 and employ 900 people."],
    ["I want to thank every engineer and docker who worked through the winter to finish this quay."],
    ["God bless you all."],
]

PRESS_CONFERENCE = [
    ["Good afternoon, everyone."],
    ["I would like to begin by thanking the emergency services for everything they have done since Sunday night."],
    ["Let me be clear about one thing.",
     "Our first duty is to the people whose homes are still under water."],
    ["As of this morning, 312 homes in Riverside have been evacuated and two people remain missing."],
    ["Northshire County Council has asked the Army for 150 soldiers to help fill sandbags along the Ouse."],
    ["Rest centres are open at Riverside Academy and the Guildhall for anyone who cannot go home."],
    ["I'll be happy to take your questions now."],
]

STATEMENT = [
    ["I am deeply honoured to have served this hospital trust for eight years."],
    ["After a long conversation with my family over the summer, I have come to a decision that was not easy."],
    ["Dr Helen Marsh will step down as chief executive of St Mary's Hospitals Trust on 31 March."],
    ["The board will appoint an interim chief executive from Northfield General by the end of January."],
    ["Dr Marsh joined the trust in 2018 from Leeds Teaching Hospitals and led its recovery after the 2021 cyber attack."],
    ["I look forward to working with the new team during the handover."],
]

#: a Dutch speech as the summariser reads it: translated, one courtesy left in Dutch by the translation
SPEECH_FROM_NL = [
    ["Het is mij een grote eer om hier vandaag te staan."],
    ["Ladies and gentlemen, I would first like to thank the dike workers who have been working here since dawn."],
    ["We have all grown up with the water, and we know what it can take from us."],
    ["The cabinet will invest 1.2 billion euros in raising the Afsluitdijk by 2032.",
     "Rijkswaterstaat will start work on the first eight kilometres in the spring."],
    ["The work will create around 600 jobs in Friesland and Noord-Holland."],
    ["May God bless the Netherlands."],
]

#: an Arabic speech as the summariser reads it: translated, one courtesy left in Arabic by the translation
SPEECH_FROM_AR = [
    ["يشرفني أن أقف أمامكم اليوم في افتتاح هذا المؤتمر."],
    ["Allow me first to thank the governor of Irbid for his generous hospitality."],
    ["We all know that health is the foundation of every family."],
    ["The ministry will open 12 new primary health centres in Irbid governorate by the end of 2027.",
     "Each centre will employ at least 20 doctors and nurses."],
    ["May God bless you, and peace be upon you."],
]


@pytest.mark.parametrize("page, title, news, rhetoric", [
    (PORT_SPEECH, "Remarks by the Transport Minister at the opening of the Eastgate terminal", "£120 million",
     ("It is a great privilege", "When I first came", "I want to thank", "God bless")),
    (PRESS_CONFERENCE, "Press conference: the chief constable on the Riverside floods", "312 homes",
     ("I would like to begin", "Let me be clear", "Our first duty", "happy to take your questions")),
    (STATEMENT, "Statement from the chief executive of St Mary's Hospitals Trust", "Dr Helen Marsh",
     ("I am deeply honoured", "After a long conversation", "I look forward")),
    (SPEECH_FROM_NL, "Speech by the Prime Minister at the Afsluitdijk", "1.2 billion euros",
     ("Het is mij een grote eer", "I would first like to thank", "We have all grown up", "May God bless")),
    (SPEECH_FROM_AR, "Speech by the Minister of Health at the opening of the Irbid health conference",
     "12 new primary health centres", ("يشرفني", "Allow me first", "We all know", "May God bless")),
])
def test_a_speechs_takeaways_are_its_news_not_its_courtesies(page, title, news, rhetoric):
    got = takeaways(doc_of(page, title))
    assert any(news in t for t in got), got
    assert not any(t.startswith(r) for t in got for r in rhetoric), got


@pytest.mark.parametrize("sentence", [
    "It is a real honor to be here with ministers from Pacific Island countries.",
    "It's a great pleasure to join you this morning.",
    "What a privilege it is to stand before you.",
    "I am truly delighted to be back in Cardiff.",
    "I'm honoured to be with you today.",
    "Let me begin by thanking our hosts.",
    "Let me start by saying how glad I am to see so many familiar faces.",
    "I would like to thank the organisers of this summit.",
    "I also want to thank my colleagues in the cabinet.",
    "Allow me first to thank the governor for his hospitality.",
    "Let me be clear about one thing.",
    "Let me say a few words about the budget.",
    "I look forward to our discussions.",
    "Thank you again, and God bless.",
    "God bless you, and God bless America.",
    "May God bless you, and peace be upon you.",
    "I'll be happy to take your questions now.",
    "Het is mij een grote eer om hier vandaag te staan.",
    "Ik ben blij dat ik hier vandaag mag zijn.",
    "Ik wil graag de organisatie van harte bedanken.",
    "Ik kijk uit naar onze gesprekken.",
    "God zegene Nederland.",
    "يشرفني أن أقف أمامكم اليوم.",
    "إنه لشرف كبير لي أن أكون بينكم.",
    "أود أن أشكر معالي الوزير على حسن الاستقبال.",
    "بارك الله فيكم والسلام عليكم ورحمة الله وبركاته.",
])
def test_courtesies_are_pleasantries_on_a_speechs_page(sentence):
    assert is_pleasantry(sentence)
    assert not is_pleasantry(sentence, speech=False)  # a story may quote them: only a speech's own are no news


@pytest.mark.parametrize("sentence", [
    # guards: the formula leads into the news, states a figure, or is reported, not said
    "I am pleased to announce that the council will build 3,500 homes.",
    "It is an honour to announce that the museum will reopen in May.",
    "I am delighted to be here to announce a new hospital for Leeds.",
    "I want to thank the 1,200 volunteers who cleared the beach.",
    "The minister said it was an honour to be there.",
    "“It is a real honour to be here,” she said.",
    "Let me be clear: the tax on fuel will not rise this year.",
    "I look forward to 2027, when the bridge will open.",
    "I want to acknowledge that the reforms have not gone far enough.",
    "I would like to welcome the decision of the European Commission to lift the ban on British beef.",
    "Ik ben blij te kunnen aankondigen dat de gemeente 900 woningen bouwt.",
    "يسعدني أن أعلن عن افتتاح مستشفى جديد في إربد.",
])
def test_news_that_opens_like_a_courtesy_stays(sentence):
    assert not is_pleasantry(sentence)


@pytest.mark.parametrize("sentence, plain", [
    ("When we first met in this format three years ago, there were six of us around a much smaller table.", True),
    ("We have all grown up with the water, and we know what it can take from us.", True),
    ("Our role is to support what you have told us you need.", True),
    ("Ik ben opgegroeid met het water, net als jullie.", True),
    # not in the speaker's voice: the world the speech is about
    ("Criminal networks move drugs through waters that are too large to patrol.", False),
    # a figure, a name or a decision is news
    ("Illegal fishing costs Pacific economies an estimated $600 million every year.", False),
    ("The ministry will open twelve health centres.", False),
    ("We have decided to close the old ward.", False),
    ("The treaty was signed in Suva.", False),
    ("De regering heeft besloten de dijk te verhogen.", False),
    # no Latin letters: the capitals that show a name are not there to read
    ("الصحة هي أساس كل أسرة.", False),
])
def test_plain_rhetoric(sentence, plain):
    assert plain_rhetoric(sentence) is plain


def test_plain_rhetoric_comes_last_only_on_the_speech_itself():
    """A speech's reflection in its lead gives way to its news; a news story's plain lead keeps its place, and so does
    a report's whose title names a speech but that shows no speaker's courtesy (guards)."""
    page = [["We have all seen what the water can do to a village like ours."],
            ["Northshire County Council said 312 homes had been evacuated in Riverside."],
            ["Two people remain missing, and the Army has sent 150 soldiers to fill sandbags along the Ouse."],
            ["Rest centres are open at Riverside Academy and the Guildhall."]]
    off = ExtractiveSummariser(ExtractiveConfig(speech_rhetoric_last=0))
    on = ExtractiveSummariser()
    for title in ("Floods: 312 homes evacuated in Riverside", "Chief constable's speech: 312 homes evacuated"):
        doc = doc_of(page, title)
        assert not spoken(doc.sentences, doc.title)
        assert on.select(doc, None) == off.select(doc, None)
    speech = doc_of([["Good afternoon, everyone."]] + page, "Remarks by the chief constable on the Riverside floods")
    assert spoken(speech.sentences, speech.title)
    assert 1 in off.select(speech, None)
    assert 1 not in on.select(speech, None)


def test_a_speakers_i_is_no_anaphor_on_the_speech_itself():
    """"Today I can confirm that …" is the speech's news; on a report or a post the unnamed "I" stays no candidate."""
    page = [["Thank you, Mayor Okafor, for that warm welcome."],
            ["Today I can confirm that the government will invest £120 million in the Eastgate rail freight line."],
            ["The line will take 40,000 lorries a year off the A14 from 2028."]]
    assert any("£120 million" in t for t in takeaways(doc_of(page, "Remarks by the Transport Minister")))
    post = [["Preview of my keynote at the Eastgate logistics summit."],
            ["Today I can confirm that my talk will cover the £120 million rail freight line."],
            ["The line will take 40,000 lorries a year off the A14 from 2028, the port says."]]
    assert not any("I can confirm" in t for t in takeaways(doc_of(post, "Preview of my keynote")))


def test_plain_rhetoric_fills_only_the_minimum():
    """With two news sentences, a speech's reflection is the third takeaway (the minimum), never above the news."""
    page = [["Thank you all for coming."],
            ["When I first came to this harbour as a boy, the cranes were painted green."],
            ["The government will invest £120 million in the Eastgate rail freight line."],
            ["Our hearts are with the people of this town, as they always have been."],
            ["The line will take 40,000 lorries a year off the A14."]]
    got = ExtractiveSummariser().select(doc_of(page, "Remarks by the Transport Minister in Eastgate"), None)
    assert {2, 4} <= set(got) and len(got) == 3, got
    assert got[-1] in (1, 3), got  # the reflection is chosen last (selection order: most valuable first)


def test_a_speech_is_known_by_its_opening_courtesy():
    """A speech's page whose title does not say so: its first sentence is the speaker's greeting or thanks."""
    page = ["Thank you very much, Prime Minister, for that kind introduction.", "The fund will grow to $2 billion."]
    assert is_speech(page, "The Secretary in Honiara")
    assert not is_speech(["Good night for Labour as the party takes three councils.", "Turnout was 31%."], "Results")


@pytest.mark.parametrize("title, speech", [
    ("Statement from the chief executive of St Mary's Hospitals Trust", True),
    ("Full text: statement by the Prime Minister on the floods", True),
    ("Press conference: the chief constable on the Riverside floods", True),
    ("Verklaring van de burgemeester over de brand", True),
    # a story that reports a statement
    ("Club issues statement on the manager's departure", False),
    ("Police statement: two men arrested after Leeds stabbing", False),
])
def test_a_statements_title(title, speech):
    assert is_speech(["The board met on Monday."], title) is speech


def test_courtesy_patterns_are_linear():
    from summarise.pleasantries import pleasantries

    assert_grows_linearly(lambda text: pleasantries([text], "speech"), lambda n: "I would like" + " x" * n, 2_000, 8_000)
    assert_grows_linearly(lambda text: pleasantries([text], "speech"), lambda n: "ik wil" + " graag" * n, 2_000, 8_000)
    assert_grows_linearly(lambda text: pleasantries([text], "speech"), lambda n: "let me say" + " a" * n, 2_000, 8_000)
    assert_grows_linearly(lambda text: plain_rhetoric(text), lambda n: "the water " * n, 2_000, 8_000)

