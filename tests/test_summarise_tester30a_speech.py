"""tester30a's findings #5 and #17 (stop 30): a published speech's pleasantries are no Key Takeaway; and #7 (a
trimmed bullet's "according to figures." at the end of this file).

A speech's opening greeting ("Good evening, and thank you all for coming out …"), its closing thanks, a transcript's
stage direction ("(Applause)") and the editor's line over it ("Below is the full text of the speech given by …") were
chosen as takeaways over the announcement with the numbers (summarise/pleasantries.py). Every page here is written
for the tests; each case fails on main unless it is marked as a guard. The summariser reads the English text (a Dutch
or Arabic page's translation, or the page's own words where the translation left a sentence as it was).
"""

from __future__ import annotations

import time

import pytest

from summarise.pleasantries import is_pleasantry, pleasantries
from tests.summary_docs import doc_of, takeaways

SPEECH_EN = [
    ["The following is the full text of the speech given by Councillor Ruth Abara at Elmfield Town Hall on Monday."],
    ["Good evening, ladies and gentlemen, and thank you for braving the rain to be here tonight."],
    ["Tonight I can tell you that the council will spend £86 million over five years to replace every lead water "
     "pipe in the borough.",
     "Work starts in March on the 1,200 streets of the old Northgate estate."],
    ["(Applause)"],
    ["Households will not pay a penny towards the work, and the water company will cover a third of the cost."],
    ["Thank you all."],
]

#: a Dutch speech as it reads once translated
SPEECH_FROM_NL = [
    ["Ladies and gentlemen, dear residents of Zwolle, welcome to the mayor's new year's reception in the town hall."],
    ["This year the municipality will build 900 starter homes on the site of the former sugar factory.",
     "The first 300 will be ready in the summer of 2028."],
    ["(Laughter)"],
    ["The rent for these homes will be at most 850 euros per month."],
    ["Thank you very much."],
]


@pytest.mark.parametrize("page, title, news", [
    (SPEECH_EN, "Full text: Councillor Abara's speech on the borough's water pipes", "£86 million"),
    (SPEECH_FROM_NL, "Full text: the mayor's new year's speech in Zwolle town hall", "900 starter homes"),
])
def test_a_speechs_takeaways_are_its_announcements(page, title, news):
    got = takeaways(doc_of(page, title))
    assert not any(is_pleasantry(t) for t in got), got
    assert any(news in t for t in got), got


@pytest.mark.parametrize("sentence", [
    "Good evening, and thank you all for coming out on a cold night.",
    "Good morning, everyone.",
    "Ladies and gentlemen, thank you for being here.",
    "Thank you.",
    "Thank you all for coming.",
    "(Applause)",
    "[Laughter and applause]",
    "Below is the full text of the speech given by the Prime Minister in Leeds on Friday.",
    "Dames en heren, welkom op deze nieuwjaarsreceptie.",
    "Goedenavond allemaal.",
    "Dank u wel.",
    "(Applaus)",
    "Hieronder volgt de volledige tekst van de toespraak van de burgemeester.",
    "السيدات والسادة، مساء الخير.",
    "شكرا لكم.",
    "(تصفيق)",
    "وفيما يلي نص كلمة رئيس الوزراء أمام البرلمان.",
])
def test_pleasantries(sentence):
    assert is_pleasantry(sentence)


@pytest.mark.parametrize("sentence", [
    # guards: a story's sentences that report thanks or greetings, or a greeting that carries the news's number
    "The mayor thanked volunteers who had cleared 40 tonnes of rubbish.",
    "Thank-you cards poured in from across the country.",
    "Good evening: the council will build 3,500 homes.",
    "Goodwill towards the plan has faded since the summer.",
    "Thanksgiving travel is expected to break records this year.",
    "Welcome to the era of the four-day week, say the union's leaders.",
    "De burgemeester bedankte de vrijwilligers voor hun inzet.",
    "وشكر الوزير فرق الإنقاذ على جهودها.",
    "(Reuters) - Oil prices rose on Monday.",
])
def test_not_pleasantries(sentence):
    assert not is_pleasantry(sentence)


def test_pleasantries_are_linear():
    def cpu(n: int) -> float:
        text = "Good evening " + "and " * n + "x" * n
        start = time.process_time()
        pleasantries([text, "(" + "applause " * n + ")"])
        return time.process_time() - start

    small, large = cpu(20_000), cpu(80_000)
    assert large <= 8 * max(small, 2e-3)


# finding #7 (D3): a trimmed bullet kept "…, according to figures." — the cut date was all that said which figures


@pytest.mark.parametrize("attribution, expected", [
    (", according to figures published on Thursday.", ", according to figures published on Thursday."),
    (", according to official statistics released on Monday.", ", according to official statistics released on Monday."),
    # guards: a source that names someone loses its date with its participle, a speaker's verb its date alone
    (", according to ONS data released on Wednesday.", ", according to ONS data."),
    (", according to figures from the Home Office published on Friday.", ", according to figures from the Home Office."),
    (", police said on Tuesday.", ", police said."),
])
def test_an_unnamed_sources_date_is_not_cut(attribution, expected):
    from summarise.bullets import _drop_attribution_time

    assert _drop_attribution_time(attribution) == expected
