"""Takeaways from a ninth new user's pages (hand-written here, no eval data): one sentence gave two of three bullets
(its relative clause made a sentence: "Scientists from the University of Bergen operated sensors …"), a split gave a
bullet that opens on a bare "It" ("It shows from the moment you pick it up."), and a cut date left its participle
dangling ("… according to monitoring data released.")."""

from __future__ import annotations

from summarise.bullets import to_bullet
from summarise.extractive import ExtractiveSummariser
from summarise.splitting import split_clauses
from tests.fixtures_summarise import summary_input

TRIAL = [
    ["The sediment plume from the test dredger reached 14 kilometres from the collection site within three days, "
     "four times the distance the company had predicted, according to monitoring data released on Wednesday."],
    ["Scientists from the University of Tromsø, who operated independent sensors on the seabed, said fine particles "
     "were still detectable at the edge of the monitoring grid when the trial was paused."],
    ["Nordmark Minerals, which had permission to collect up to 3,000 tonnes of nodules in the trial, said it had "
     "stopped operations and would share all of its data with regulators."],
    ["Environmental groups called for the trial licence to be withdrawn altogether."],
    ["The company's chief executive said the results would be used to redesign the collector head."],
]


def test_one_sentence_gives_one_bullet_while_others_are_left():
    doc = summary_input(TRIAL, title="Deep-sea mining trial halted after plume spreads")
    for n in (None, 3):
        takeaways = ExtractiveSummariser().summarise(doc, n).takeaways
        texts = [t.text for t in takeaways]
        assert not any(t.startswith("Scientists from the University of Tromsø operated") for t in texts), texts
        assert not any(t.startswith("Nordmark Minerals had permission") for t in texts), texts


def test_a_cut_date_takes_the_participle_it_belongs_to():
    bullet = to_bullet(TRIAL[0][0], max_words=30)  # a cut is needed: the sentence has 33 words
    assert not bullet.endswith("released."), bullet
    assert "14 kilometres" in bullet


def test_a_clause_verb_after_a_relative_word_is_no_source_participle():
    # review of the merge: "according to witnesses who arrived on Tuesday" became "according to witnesses who."
    from summarise.bullets import _drop_attribution_time

    assert _drop_attribution_time(", according to witnesses who arrived on Tuesday.") == \
        ", according to witnesses who arrived."
    assert _drop_attribution_time(", according to the BBC's live feed on Monday.") == ", according to the BBC's live feed."


def test_a_reporting_verb_still_loses_its_date_alone():
    # guard: ", police said on Tuesday." -> ", police said." (the cut the participle rule must leave alone)
    bullet = to_bullet("Two men were arrested after a break-in at a jewellery shop on the high street in the early "
                       "hours of the morning, police said on Tuesday.", max_words=20)
    assert bullet.endswith("police said."), bullet


def test_a_clause_on_a_bare_it_is_not_split_off():
    sentence = ("The Brisa K2 is the lightest cordless vacuum we have tested this year, and it shows from the moment "
                "you pick it up.")
    assert not any(p.startswith("It ") for p in split_clauses(sentence))
    contracted = ("The Brisa K2 is the lightest cordless vacuum we have tested this year, and it's clear from the "
                  "moment you pick it up in the shop.")
    assert not any(p.startswith("It") for p in split_clauses(contracted))
    # guard: a second clause with its own named subject is still split
    assert split_clauses("The council approved the new bus lanes on Tuesday, and the mayor said work would start in "
                         "the spring.") == ["The council approved the new bus lanes on Tuesday.",
                                            "The mayor said work would start in the spring."]
