"""tidy8 (stop 23): the summariser reads an article's list items once, and one list of bullet glyphs serves the
bullet cleaner and the lead-in list test. Behaviour is unchanged; every article here is written for the tests."""

from __future__ import annotations

import pytest

import summarise.extractive as extractive
from summarise.bullets import clean
from summarise.context import lead_in_items
from summarise.extractive import ExtractiveSummariser
from tests.summary_docs import doc_of


# a listicle: the numbered items are the article
TIMETABLE = [
    ["The new bus timetable for the Wrenfield valley starts on Monday, and it changes more than the times."],
    ["1. Earlier first buses"],
    ["The first bus from Wrenfield now leaves at 05:40, twenty minutes earlier, so that hospital staff can make "
     "the early shift.", "The last bus still leaves the station at 23:10."],
    ["2. One fare for the whole valley"],
    ["A single ticket now costs £2 from any stop to any other, replacing the old three-zone fares.",
     "Day tickets stay at £5."],
    ["3. No more request stops in the town centre"],
    ["Buses will stop at every shelter on the High Street, because drivers said passengers missed the request "
     "stops after dark.", "The change adds about two minutes to each trip."],
    ["4. A Sunday service to the reservoir"],
    ["For the first time, a bus will run to Cold Harbour reservoir on Sundays between April and September.",
     "It leaves the station every two hours from 09:00."],
]

# a news story with no list
BRIDGE = [
    ["Engineers have closed the Millstream footbridge in Wrenfield after finding cracks in two of its steel beams "
     "during a routine inspection on Tuesday."],
    ["The council said the bridge, which carries about 3,000 walkers and cyclists a day across the river, would "
     "stay shut for at least six weeks while repairs are designed."],
    ["A diversion through Station Road adds roughly ten minutes to the walk between the estate and the town "
     "centre, and the council has asked the bus company to run an extra shuttle at school times."],
    ["Local councillor Priya Marsh said residents had reported the bridge shaking in high winds since last winter."],
]


@pytest.mark.parametrize("paragraphs,title", [(TIMETABLE, "Four things to know about the new bus timetable"),
                                              (BRIDGE, "Cracked footbridge closed for six weeks")])
def test_an_article_s_list_items_are_read_once(monkeypatch, paragraphs, title):
    """summarise() and plan() read structure.list_items once per article (main read it three times in summarise:
    for the candidates, the plan and the few-bullets warning), and the bullets are what they were."""
    doc = doc_of(paragraphs, title)
    summariser = ExtractiveSummariser()
    expected = summariser.summarise(doc)
    expected_plan = summariser.plan(doc, None)
    calls = []
    real = extractive.list_items

    def counted(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(extractive, "list_items", counted)
    got = summariser.summarise(doc)
    assert len(calls) == 1
    assert got == expected
    calls.clear()
    assert summariser.plan(doc, None) == expected_plan
    assert len(calls) == 1
    # both readings are exercised: the listicle's items, and a story with none
    items = real(doc.sentences, doc.paragraphs, doc.title)
    assert (len(items) if items else 0) == (4 if paragraphs is TIMETABLE else 0)


@pytest.mark.parametrize("glyph", ["•", "·", "▪", "●", "◦", "►", "*", "-", "--", "–", "—"])
def test_one_set_of_bullet_glyphs_for_the_cleaner_and_the_lead_in_list(glyph):
    """A guard (main had the same glyphs written twice): a glyph the bullet cleaner strips also marks a list item
    under a lead-in, so those items are no candidates."""
    assert clean(f"{glyph} Two new crossings will be built on Station Road.") == \
        "Two new crossings will be built on Station Road."
    sentences = ["The council's plan includes:", f"{glyph} Two new crossings on Station Road.",
                 f"{glyph} Cameras at each closure point."]
    assert lead_in_items(sentences, [0, 1, 2]) == {1, 2}
