"""A takeaway that opens on a contracted bare pronoun (issue 10, stop 29, title29 item 3): "It's also put on two extra
sailings on the 21st." on a podcast transcript ("It" = the operator of the sentence before) stood as a bullet, because
a bare "It"/"That" subject counted only with a space after it ("It has also put on …" was held back already,
summarise/context.py `bare_anaphors`). The contracted forms count now ("It's", "It’s", "It'll", "That's"), and a
contracted dummy subject ("It's expected that …", "It's not clear whether …") still states its whole point. Dutch
has no such contraction ("Het heeft ook …" counted already: guarded here), Arabic carries the subject in its verb; an
nl or ar page is summarised in its English translation, which these forms cover. Pages written for the tests."""

from __future__ import annotations

import pytest

from summarise.context import bare_anaphors
from summarise.extractive import ExtractiveSummariser
from tests.fixtures_summarise import summary_input
from tests.scaling import assert_grows_linearly

BEFORE = "The harbour company says passengers booked on the strike days can change their tickets for free."


@pytest.mark.parametrize("sentence", [
    "It's also put on two extra sailings on Friday.",
    "It’s also put on two extra sailings on Friday.",
    "It'll run a bus service to the airport on both days.",
    "That's why the company has added sailings on Friday.",
])
def test_contracted_bare_subject_leans_on_the_sentence_before(sentence):
    assert bare_anaphors([BEFORE, sentence], 12) == {1}


@pytest.mark.parametrize("sentence", [
    "It's expected that the engineers will accept the offer next week.",
    "It's not clear whether the second union will strike.",
    "It's emerged that the company knew about the ballot in July.",
    "Its two ferries will sail on the Friday before the strike as planned.",
    "Het heeft ook twee extra afvaarten ingelegd op vrijdag.",  # nl: counted before too
])
def test_guard_dummy_and_possessive_it(sentence):
    expected = {1} if sentence.startswith("Het") else set()
    assert bare_anaphors([BEFORE, sentence], 12) == expected


TRANSCRIPT = [
    ["Ferry workers on the island route voted this week to accept a pay offer, but a second union is still balloting."],
    ["CLARA WHITBECK: What should people who have booked do?"],
    ["OMAR DUNLEAVY: The operator says anyone booked on those dates can move to another sailing for free or get a "
     "full refund.", "It's also put on two extra sailings on the 21st."],
    ["CLARA WHITBECK: Omar Dunleavy, thank you."],
]


def test_transcript_takeaway_without_its_referent_is_held_back():
    doc = summary_input(TRANSCRIPT, title="Why the ferry strike is not over yet")
    texts = [t.text for t in ExtractiveSummariser().summarise(doc, None).takeaways]
    assert texts, texts
    assert not any("It's also put on" in t for t in texts), texts


def test_contraction_patterns_are_linear():
    assert_grows_linearly(lambda s: bare_anaphors(["x", s], 1000), lambda k: "It's " + "also " * k + "put on.",
                          500, 2000)
