"""tester8's takeaway finding 10 (stop 23): takeaways out of their context. Every article here is written for the
tests; each case fails on the code before the fix unless it is marked as a guard.

* a partitive pronoun subject ("One of them told me the bus had been cancelled twice this week.") was a takeaway,
  and led the list: it is past the 12-word limit of a bare anaphor, and "One of" was no anaphor at all;
* a transcript's turns ("HOST NAME: …") were read as a story's paragraphs: the host's statement leading up to a
  question was a bullet, with the speaker's label; an answer's anaphor past 12 words ("It has gone up by half …",
  right under "Where is it now?" / "Just under ninety pence.") was a bullet whose "It" no bullet shows.
"""

from __future__ import annotations

import pytest

from summarise.context import bare_anaphors
from summarise.structure import interview_questions, strip_label
from tests.test_summarise_context import doc_of, takeaways


BLOG = [
    ["Snow closed the moor road above the village again this morning, the third time since the start of December."],
    ["I drove up to the cattle grid at eight and found a queue of cars and two school minibuses turned back by the "
     "council's gritter crew.", "One of them told me the road had been shut three times this week."],
    ["The highways department said its new snow plough had been delivered in November but the drivers were still "
     "waiting for their training, so the old one was doing both routes."],
    ["The council will review the winter routes at its January meeting."],
]


def test_a_partitive_pronoun_subject_is_no_takeaway():
    got = takeaways(doc_of(BLOG, "Snow shuts the moor road again"))
    assert not any(t.startswith("One of them") for t in got), got
    assert got[0].startswith("Snow closed the moor road"), got


@pytest.mark.parametrize("sentence", ["One of them told me the road had been shut three times this week again.",
                                      "Most of them had driven for an hour or more to get to the meeting in the village hall.",
                                      "Een van hen vertelde dat de weg deze week al drie keer dicht was geweest."])
def test_partitive_anaphors_at_any_length(sentence):
    assert bare_anaphors(["The road was shut.", sentence], 12) == {1}


@pytest.mark.parametrize("sentence", ["One of the drivers said the road had been shut three times this week.",
                                      "Some of the council's gritters were out of service for most of the week.",
                                      "Many of those in the queue had waited for more than an hour at the grid."])
def test_a_partitive_of_a_noun_is_no_anaphor(sentence):
    """Guard: "One of the drivers", "Many of those in the queue" name whom they mean."""
    assert bare_anaphors(["The road was shut.", sentence], 12) == set()


TRANSCRIPT = [
    ["Host Ellen Marsh talks to energy analyst Paul Greer about why home heating oil has become so expensive this "
     "winter."],
    ["ELLEN MARSH: Paul, a year ago heating oil cost around sixty pence a litre in most of the country.",
     "Where is it now?"],
    ["PAUL GREER: Just under ninety pence.",
     "It has gone up by half, and most of that rise came in the past three months after two refineries closed."],
    ["ELLEN MARSH: Why did they close?"],
    ["PAUL GREER: The refinery at Grangeford shut for repairs after a fire in September, and the one at Milton Ferry "
     "closed for good in October because its owner said it was losing money."],
    ["ELLEN MARSH: What should households do?"],
    ["PAUL GREER: Suppliers expect prices to ease by March, so buying a smaller amount now and topping up in spring "
     "could save a typical family about eighty pounds."],
]


def test_a_transcripts_question_turn_and_its_leaning_answer_are_no_takeaways():
    got = takeaways(doc_of(TRANSCRIPT, "Why heating oil got so expensive"))
    assert got, got
    assert not any("a year ago heating oil cost" in t for t in got), got
    assert not any(t.startswith("It has gone up") for t in got), got
    assert not any(t.startswith(("ELLEN MARSH", "PAUL GREER")) for t in got), got


def test_transcript_turns_need_a_run_of_labelled_turns_by_two_speakers():
    from summarise.structure import transcript_turns  # new in the fix

    doc = doc_of(TRANSCRIPT)
    assert transcript_turns(doc.sentences, doc.paragraphs) == {1, 2, 3, 4, 5, 6}
    # the host's lead-up to a question is the question's
    assert {1, 2} <= interview_questions(doc.sentences, doc.paragraphs)
    # Guard: one quoted "Name: …" paragraph in a story is no transcript
    story = doc_of([["The council met on Monday."], ["Greer: We will appeal the decision."], ["The vote was 7-2."]])
    assert transcript_turns(story.sentences, story.paragraphs) == set()


def test_strip_label_takes_a_speakers_capitals_off():
    assert strip_label("PAUL GREER: Suppliers expect prices to ease by March.") == "Suppliers expect prices to ease by March."
    assert strip_label("Greer said: Suppliers expect prices to ease.") == "Greer said: Suppliers expect prices to ease."


# review 8b #6: the answer under an explainer's question subheading ("Who can apply?" / "They must live …") was
# dropped as leaning on an interviewer's question; only an interview page (transcript turns, "Q:" labels) has those
EXPLAINER = [
    ["The Scottish government will open a grant of up to £7,500 for heat pumps in older homes from April, the housing "
     "minister told MSPs on Wednesday."],
    ["Who can apply?"],
    ["They must own a home built before 1980 and have it assessed by an approved installer before any work starts."],
    ["How will it be paid?"],
    ["It will be paid straight to the installer once the pump is fitted and signed off by the council's inspectors."],
]


def _candidates(paragraphs: list[list[str]]) -> list[str]:
    from summarise.extractive import ExtractiveSummariser

    doc = doc_of(paragraphs, "Heat pump grants for older homes from April")
    return [doc.sentences[i] for i in ExtractiveSummariser()._usable(doc, None)]


def test_answers_under_an_explainers_question_subheadings_stay_candidates():
    got = _candidates(EXPLAINER)
    assert any(s.startswith("They must own a home") for s in got), got
    assert any(s.startswith("It will be paid straight") for s in got), got


def test_answers_under_an_interviewers_labelled_question_still_lean_on_it():  # guard: passes before and after
    interview = [EXPLAINER[0], ["Q: How will it be paid?"], EXPLAINER[4]]
    assert not any(s.startswith("It will be paid straight") for s in _candidates(interview))
