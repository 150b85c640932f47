"""Faults new users found in the takeaways (session 4). Every sentence here is written for the tests.

* a verbless fragment became a bullet ("In the waters of Western Sahara."): a bullet must be a statement;
"""

from __future__ import annotations

import pytest

from summarise import SummaryInput
from summarise.extractive import ExtractiveSummariser
from summarise.glued import unglue
from summarise.splitting import may_have_verb, surely_verbless

RUN_ON = ("The deal has already begun to bear fruit, for example, the regulator approved a drilling plan for a Danish "
          "company in late October for gas fields In the waters of the Norwegian Sea.")


@pytest.mark.parametrize("text, verb", [
    ("In the waters of the Norwegian Sea.", False),  # "waters" after "the" is a noun
    ("A rise in prices of goods.", False),  # "prices" after "in", "goods" after "of"
    ("The minister warns of cuts.", True),  # an unknown present tense after a noun still counts
    ("Oil giant unveils new plan.", True),
])
def test_a_plural_noun_after_a_determiner_or_preposition_is_no_verb(text, verb):
    assert may_have_verb(text) is verb


@pytest.mark.parametrize("text, verbless", [
    ("America within the framework of the Abrahamic Agreement.", True),
    ("In the waters of Western Sahara.", True),
    ("Residents fear the worst.", False),  # a verb the word lists do not know
    ("Some patients refuse to step on the scale.", False),
    ("De gemeente heeft een nieuwe stalling geopend.", False),  # not English: the lists cannot tell
])
def test_surely_verbless(text, verbless):
    assert surely_verbless(text) is verbless


def test_a_verbless_tail_is_not_glued_off_its_sentence():
    # "… for gas fields In the waters of …" looks like a missing full stop before "In", but the tail has no verb: it
    # belongs to its sentence
    assert unglue(RUN_ON) == (RUN_ON,)


def test_no_takeaway_is_a_verbless_fragment():
    sentences = [
        "The Norwegian energy ministry awarded new exploration licences to three companies on Tuesday.",
        "The licences cover blocks in the central North Sea that were returned by other operators last year.",
        RUN_ON,
        "Norway within the framework of the Paris Agreement.",  # a fragment a scrape cut off
        "Environmental groups criticised the decision and said they would challenge it in court.",
        "The ministry said the licences met all the environmental rules of the country.",
    ]
    doc = SummaryInput(sentences=sentences, paragraphs=[0, 0, 1, 2, 3, 3], title="Norway awards North Sea licences")
    for n in (None, 5, 6):
        texts = [b.text for b in ExtractiveSummariser().summarise(doc, n).takeaways]
        assert texts and all(may_have_verb(t) for t in texts), texts
        assert not any(t.startswith(("In the waters", "Norway within")) for t in texts), texts

