"""Review 33a #6 (stop 33): fix33e's poll reader took a question subheading over a short list with a bare
"Results"/"Uitslag"/"النتائج" heading under it for a poll: such a word counts only with a vote share, a vote count or
a real button ("Vote now", "Stem nu", "صوّت الآن"). Lines and pages written for these tests (en, nl, ar)."""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.polls import poll_blocks


ELECTION_NL = """Gemeenteraad Zuidhaven krijgt twee nieuwe partijen
Door Els de Wit
In Zuidhaven doen bij de verkiezingen in maart twaalf partijen mee, twee meer dan vier jaar geleden.
De nieuwkomers zijn allebei lokale partijen die zich richten op de haven en de nieuwe woonwijk aan het water.
Welke partijen zijn nieuw?
Lokaal Zuidhaven
Partij voor de Haven
Uitslag
De uitslag wordt op de avond van de verkiezingen in het stadhuis bekendgemaakt, rond tien uur.
Vorige keer werd de PvdA de grootste partij met zes van de 31 zetels.
"""

SECTIONS = {
    "en": ["Which parties are standing?", "Labour", "Reform UK", "Green Party", "Results",
           "Counting starts at 10pm and the result is expected before dawn on Friday."],
    "nl": ["Welke partijen zijn nieuw?", "Lokaal Zuidhaven", "Partij voor de Haven", "Uitslag",
           "De uitslag wordt rond tien uur in het stadhuis bekendgemaakt."],
    "ar": ["ما هي الأحزاب المشاركة؟", "حزب الوسط", "حزب العمل", "النتائج",
           "وتعلن النتائج الرسمية مساء الجمعة في مقر الهيئة المستقلة للانتخاب."],
}


@pytest.mark.parametrize("language", sorted(SECTIONS))
def test_a_question_subheading_over_a_list_and_a_results_heading_is_no_poll(language):
    assert poll_blocks(SECTIONS[language]) == set()


@pytest.mark.parametrize("lines", [
    ["Which party will you vote for?", "Labour", "Reform UK", "Green Party", "Vote now", "Results"],
    ["Op welke partij stem jij?", "Lokaal Zuidhaven", "Partij voor de Haven", "Uitslag", "Lokaal Zuidhaven 58%",
     "Partij voor de Haven 42%"],
    ["لمن ستصوت؟", "حزب الوسط", "حزب العمل", "صوّت الآن", "النتائج"],
    ["Which party will you vote for?", "Labour", "Reform UK", "1,203 votes", "Results"],
])
def test_a_real_poll_with_a_bare_results_word_still_goes(lines):
    assert poll_blocks(lines) == set(range(len(lines)))


def test_the_dutch_election_page_keeps_its_subheading_list_and_heading():
    text = normalise_text(ELECTION_NL, language="nl").text
    for line in ("Welke partijen zijn nieuw?", "Lokaal Zuidhaven", "Partij voor de Haven"):
        assert line in text, text
