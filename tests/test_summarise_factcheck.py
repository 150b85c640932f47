"""Tester 13's finding F8 (stop 28): on a fact-check page a Key Takeaway was the false claim itself ("CLAIM: "The
council has slashed the recycling budget by 50 per cent."" or "A post … claims that …" without the "That is not
correct." after it), with no verdict (summarise/factcheck.py). Pages written for the tests; the nl and ar claim forms
are checked on the sentences (the summariser reads the English translation, which keeps the shape)."""

from __future__ import annotations

import pytest

from summarise.extractive import ExtractiveSummariser
from summarise.factcheck import claim_lines, is_denial, is_labelled_claim
from tests.fixtures_summarise import summary_input
from tests.scaling import assert_grows_linearly

BOXED = [
    ["CLAIM: \"Drivers will be fined £500 for using the new bus lane on Saturdays.\" - message forwarded on "
     "WhatsApp, shared thousands of times"],
    ["OUR VERDICT: FALSE"],
    ["The bus lane on Mill Road is only in force from 7am to 10am and from 4pm to 7pm on weekdays."],
    ["A message forwarded widely on WhatsApp says drivers will be fined for entering the lane at weekends."],
    ["The county council said the standard penalty for driving in a bus lane is £70, halved if paid within 14 days, "
     "and that cameras do not operate on Saturdays or Sundays."],
    ["We rated the claim false because the lane is not in force at weekends and the fine is £70, not £500."],
]

LEAD = [
    ["A video shared on social media claims that the new Mill Road bridge will be closed to traffic for a whole year.",
     "That is not correct."],
    ["The county council says the bridge will close for six weekends between March and May while its deck is "
     "resurfaced, and stay open on weekdays."],
    ["Buses will be diverted along Station Street on the closure weekends, adding about ten minutes to journeys."],
    ["The council said the works would cost £1.4m and were paid for by a government road maintenance grant."],
]


def _takeaways(paragraphs, title):
    doc = summary_input(paragraphs, title=title)
    return [t.text for t in ExtractiveSummariser().summarise(doc, None).takeaways]


def test_a_labelled_claim_is_no_takeaway():
    texts = _takeaways(BOXED, "Will drivers be fined £500 for using the Mill Road bus lane at weekends?")
    assert texts, texts
    assert not any(t.upper().startswith("CLAIM") or "£500 for using" in t for t in texts), texts


def test_a_reported_claim_before_its_denial_is_no_takeaway():
    texts = _takeaways(LEAD, "Is the Mill Road bridge closing for a year?")
    assert texts, texts
    assert not any("closed to traffic for a whole year" in t for t in texts), texts
    assert any("six weekends" in t for t in texts), texts


@pytest.mark.parametrize("sentence", [
    "CLAIM: \"The bridge is closing for a year.\"", "The claim: the bridge is closing for a year.",
    "Bewering: \"De brug gaat een jaar dicht.\"", "De bewering: de brug gaat een jaar dicht.",
    "الادعاء: الجسر سيغلق لمدة عام.",
])
def test_labelled_claims(sentence):
    assert is_labelled_claim(sentence)


@pytest.mark.parametrize("sentence", [
    "That is not correct.", "This is false.", "That is misleading, the council said.", "This claim is exaggerated.",
    "Dat klopt niet.", "Dat is onjuist.", "Die bewering is misleidend.", "وهذا غير صحيح.", "هذا ادعاء مضلل.",
])
def test_denials(sentence):
    assert is_denial(sentence)


@pytest.mark.parametrize("sentences", [
    ["Een filmpje op sociale media beweert dat de brug een jaar dichtgaat.", "Dat klopt niet.", "De brug gaat zes weekenden dicht."],
    ["يزعم مقطع فيديو متداول أن الجسر سيغلق لمدة عام.", "وهذا غير صحيح.", "وسيغلق الجسر ستة أسابيع فقط."],
    ["A video claims that the bridge will close for a year.", "This is false.", "It closes for six weekends."],
])
def test_a_reported_claim_with_its_denial_in_each_language(sentences):
    assert claim_lines(sentences) == {0}


@pytest.mark.parametrize("sentences", [
    # a claim the story reports, with more reporting after it (no denial): the story's sentence
    ["The minister claimed the scheme had cut waiting lists.", "She said it was the best scheme in years."],
    # a judgement of its own after a claim: no denial of the sentence before
    ["Residents claim the road was closed without notice.", "It was wrong to close the road, they say."],
    ["Claims adjusters said the storm cost the industry £2bn.", "That is why premiums are rising."],
    ["De minister beweerde dat de wachtlijsten korter werden.", "Het is onjuist om dat nu al te zeggen, vindt de oppositie."],
])
def test_story_sentences_about_claims_stay(sentences):
    assert claim_lines(sentences) == set()


def test_the_patterns_are_linear_in_the_sentence():
    shapes = [lambda n: "That is " + "not " * n + "x", lambda n: "CLAIM " * n + "x",
              lambda n: "Dat klopt " + "niet " * n + "?", lambda n: "وهذا " + "غير " * n + "؟"]
    for make in shapes:
        assert_grows_linearly(lambda text: claim_lines([text, text]), make, 200, 800)

