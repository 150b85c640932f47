"""Run-on sentences a scrape glued together (summarise/glued.py): a caption that lost its full stop, a "Scroll down for
video" widget in front. Each glued sentence becomes a candidate of its own, its evidence the run-on sentence, and the
rule book checks a bullet against the sentence it comes from. Every sentence here is written for the tests."""

from __future__ import annotations

import pytest

from summarise import SummaryInput
from summarise.extractive import ExtractiveConfig, ExtractiveSummariser
from summarise.faithfulness import check_bullet, check_summary
from summarise.glued import unglue, unglued
from tests.fixtures_summarise import summary_input

CAPTION = ("Accused: Dr John Smith, 41, of Leeds, has denied four counts of fraud at the city's crown court "
           "A senior doctor facing fraud allegations from two hospitals is accused of billing for operations he "
           "never carried out, police said.")


@pytest.mark.parametrize("sentence, parts", [
    (CAPTION, ("Accused: Dr John Smith, 41, of Leeds, has denied four counts of fraud at the city's crown court",
               "A senior doctor facing fraud allegations from two hospitals is accused of billing for operations he "
               "never carried out, police said.")),
    ("The striker celebrates his goal against Everton in November The forward has scored twelve goals "
     "this season.",
     ("The striker celebrates his goal against Everton in November",
      "The forward has scored twelve goals this season.")),
    ("Scroll down for video Gordon Brown has warned that the party wants another vote on independence.",
     ("Scroll down for video", "Gordon Brown has warned that the party wants another vote on independence.")),
])
def test_glued_sentences_are_taken_apart(sentence, parts):
    assert unglue(sentence) == parts


@pytest.mark.parametrize("sentence", [
    "'I told him no The thing is we had no money left at all,' she said.",  # inside a quotation
    "We just closed our Series A round of investment, taking in $3.65 million from investors.",  # a label letter
    "The nurse said Nurse A with her training had been helped by the doctor on the ward.",
    "We put our trust in His eternal wisdom and little by little we gain all we need.",  # after a function word
    "Only Buttholes Make Lists Like This to Pawn People Off from Their Email.",  # a title-case headline
    "The admiral and explorer Zheng He led several great fleets of exploration across the ocean.",  # a name
    "The actor is adding a thriller to his Linked In profile with the new film this spring.",
    "He appears in films such as Rendition, the forth-coming In the Valley of Elah, and The Kingdom.",  # no verb
    "Two other players who received A ratings in the scouting list were also picked in the first round.",
    "Pupils at the school who get grade A results will be offered a place at the college.",
    "The council met on Tuesday and agreed the budget for the coming year.",  # nothing glued
])
def test_no_split(sentence):
    assert unglue(sentence) == (sentence,)


def test_unglued_maps_every_piece_to_its_sentence():
    doc = SummaryInput(sentences=["The council met on Tuesday to agree a budget.", CAPTION], paragraphs=[0, 1])
    pieces, origin = unglued(doc)
    assert len(pieces.sentences) == 3 and origin == [0, 1, 1] and pieces.paragraphs == [0, 1, 1]


def test_a_part_is_checked_against_its_own_sentence():
    # the caption's "denied" is no attribution the second sentence drops, its tail no attribution the caption drops
    for part in unglue(CAPTION):
        bullet = part if part.endswith(".") else part + "."
        assert check_bullet(bullet, [CAPTION]) == []
    # within one glued sentence the rules hold as before: its attribution may not be cut off
    assert [v.kind for v in check_bullet(
        "A senior doctor facing fraud allegations from two hospitals is accused of billing for operations he never "
        "carried out.",
        [CAPTION])] == ["attribution"]


def _caption_article() -> SummaryInput:
    sentences = [
        CAPTION,
        "Smith, who worked at two hospitals in the city for ten years, was suspended by the trust last spring.",
        "Investigators found that hundreds of operations had been billed but never carried out at the hospitals.",
        "The trust said it had repaid the money to the health service and changed its billing checks.",
        "The trial at Leeds Crown Court is expected to last three weeks and continues on Monday.",
    ]
    return SummaryInput(sentences=sentences, paragraphs=list(range(len(sentences))))


def test_a_glued_lead_gives_its_sentences_as_bullets_with_the_run_on_as_evidence():
    doc = _caption_article()
    summary = ExtractiveSummariser().summarise(doc)
    texts = [b.text for b in summary.takeaways]
    assert any(t.startswith("A senior doctor facing fraud allegations") for t in texts)
    for b in summary.takeaways:
        assert all(0 <= i < len(doc.sentences) for i in b.evidence)
        assert len(b.text.split()) <= 35
    assert check_summary(texts, [[doc.sentences[i] for i in b.evidence] for b in summary.takeaways]) == [
        [] for _ in texts]


def test_unglue_can_be_turned_off():
    texts = [b.text for b in ExtractiveSummariser(ExtractiveConfig(unglue=0)).summarise(_caption_article()).takeaways]
    assert not any(t.startswith("A senior doctor facing fraud allegations") for t in texts)


def test_the_warnings_count_the_glued_sentences_taken_apart():
    # two long sentences a scrape glued together ("… University of Oslo The company said …") are two candidates to
    # the selection; the warnings must speak of those, not of the one run-on sentence (they said "from 3 candidate
    # sentences: 1 other … over the cap", and "cut" of a part that is kept whole)
    from tests.test_summarise_newuser2 import LONG

    glued = (LONG[1][0].rstrip(".") + " The company said in a statement that it remained confident in the drug and "
             "would not abandon the programme, but that it would pause plans to seek approval from the US Food and "
             "Drug Administration until it had analysed the full data from every one of the hospitals and countries "
             "involved in the study.")
    assert len(unglue(glued)) == 2
    doc = summary_input([[glued], LONG[3], LONG[4]], title="Drug trial shows no benefit for early Alzheimer's patients")
    summary = ExtractiveSummariser().summarise(doc, None)
    assert len(summary.takeaways) == 2
    assert any(w.startswith("only 2 takeaways from 4 candidate sentences: 2 other candidate sentences are over the "
                            "35-word cap") for w in summary.warnings), summary.warnings
    forced = ExtractiveSummariser().summarise(doc, 5)
    long_ = [b for b in forced.takeaways if len(b.text.split()) > 35]
    assert len(long_) == 2 and all(b.evidence == [0] for b in long_)
    # one part's bullet is the part itself: "kept whole" is true of it
    assert any("over 35" in w and "kept whole" in w for w in forced.warnings), forced.warnings
