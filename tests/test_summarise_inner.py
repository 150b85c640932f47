"""Inner-word compression (summarise/inner.py): each kind of deletion on hand-written sentences, where it is made,
where it must not be (negation, modality, attribution, contrast, numbers, names, quotes), and that every version
the bullet builder accepts passes the faithfulness checker."""

from __future__ import annotations

import pytest

from summarise import bullets
from summarise.faithfulness import check_bullet
from summarise.inner import KINDS, spans, variants


def deleted(text: str, kind: str) -> list[str]:
    """What one kind would take out of `text`."""
    return [text[a:b] for k, a, b, _ in spans(text) if k == kind]


@pytest.mark.parametrize("kind, sentence, expected", [
    ("age", "Louis Jordan, 37, was found by a German ship off North Carolina.",
     "Louis Jordan was found by a German ship off North Carolina."),
    ("appositive", "Ellen Stofan, NASA's chief scientist, said the agency would find signs of life within a decade.",
     "Ellen Stofan said the agency would find signs of life within a decade."),
    ("appositive", "Gaioz Nigalidze, the current Georgian champion, was expelled from the Dubai Open tournament.",
     "Gaioz Nigalidze was expelled from the Dubai Open tournament."),
    ("appositive", "Last week, Smith, a lawyer from Leeds, said the deal was off.",
     "Last week, Smith said the deal was off."),
    ("day", "Kayahan died of cancer Friday at his home in Istanbul.", "Kayahan died of cancer at his home in Istanbul."),
    ("day", "The Senate passed the bill last week, sending it to the president.",
     "The Senate passed the bill, sending it to the president."),
    ("day", "Police said on Tuesday that the man had fled the country.", "Police said that the man had fled the country."),
    ("also", "The study also found a rise in the number of cases.", "The study found a rise in the number of cases."),
    ("dash", "The mayor -- a former police officer -- was elected in a landslide.",
     "The mayor was elected in a landslide."),
    ("that", "Deputy finance minister Dimitris Mardas said that Greece will make the payment on time.",
     "Deputy finance minister Dimitris Mardas said Greece will make the payment on time."),
    ("that", "The coach told reporters that the team was ready.", "The coach told reporters the team was ready."),
    ("adverb", "Police have now revealed the name of the man.", "Police have revealed the name of the man."),
])
def test_each_kind_deletes_its_span(kind, sentence, expected):
    assert variants(sentence, (kind,)) == [expected]


@pytest.mark.parametrize("kind, sentence", [
    # an appositive that is the subject, after an introductory phrase or in a list
    ("appositive", "Under the new procedure, the former manager of the club, was forced to hand over his licence."),
    ("appositive", "His shows abounded on TV, the radio and on records, and made him famous."),
    ("appositive", "Stan Freberg, whose shows abounded on TV, the radio and on records, has died."),
    # an appositive that holds an attribution, a hedge or a negation is part of the claim
    ("appositive", "Smith, the man police say fired the shots, was arrested."),
    ("appositive", "Jones, a suspected gang leader, was charged."),
    ("appositive", "Brown, a man not known to police, was held."),
    # a title standing in for a name: the name would go
    ("appositive", "The president, Barack Obama, said the talks would continue."),
    # days that are names, limits or the point of a contrast
    ("day", "He told The Mail on Sunday that he was sorry."),
    ("day", "Voters went to the polls on Super Tuesday in 12 states."),
    ("day", "The road has been closed since Monday after the flood."),
    ("day", "The plan must be approved by Friday or it will lapse."),
    ("day", "He was freed on Monday but rearrested within hours."),
    ("day", "The talks resumed on Tuesday, a week after they broke down last month."),
    # "also" where it carries "not only … also"; adverbs after a negation
    ("also", "Having a shop nearby is not only convenient – it also means your house is worth more."),
    ("adverb", "It was not immediately clear who fired the shots."),
    # a dash aside with a number, a contrast or an alternative in it
    ("dash", "The toll -- some 3,862 people -- rose again on Sunday."),
    ("dash", "The minister -- but not his deputy -- will attend the summit."),
    ("dash", "He knows what impact a victory – or a loss – could have on the club."),
    # "that" as a pronoun, not a complementiser
    ("that", "He said that was the end of the matter."),
    # nothing inside quotation marks is touched
    ("also", '"We also found bodies in the river," the officer said.'),
    ("that", "'Records showed that there was violence,' the judge said."),
])
def test_no_deletion_where_it_could_change_the_claim(kind, sentence):
    assert deleted(sentence, kind) == []


def test_age_after_a_month_is_a_date_not_an_age():
    assert deleted("On May 5, 2014, the court ruled against him.", "age") == []


def test_variants_apply_every_kind_at_once_and_each_alone():
    sentence = "Louis Jordan, 37, said the boat also capsized on Thursday in the Atlantic."
    out = variants(sentence, ("age", "also"))
    assert out[0] == "Louis Jordan said the boat capsized on Thursday in the Atlantic."
    assert "Louis Jordan said the boat also capsized on Thursday in the Atlantic." in out
    assert "Louis Jordan, 37, said the boat capsized on Thursday in the Atlantic." in out
    assert variants("The sun rose over the city.") == []


@pytest.mark.parametrize("sentence", [
    "Louis Jordan, 37, was found by a German ship off North Carolina, the coast guard said on Friday.",
    "Ellen Stofan, NASA's chief scientist, said on Tuesday that the agency would find signs of life within a decade.",
    "Manchester United manager Louis van Gaal says that Wayne Rooney also suffered a knee injury on Sunday.",
    "The mayor -- a former police officer -- was elected in a landslide last week, officials said.",
])
def test_every_kind_together_passes_the_checker(sentence):
    for variant in variants(sentence, KINDS):
        assert check_bullet(bullets.finish(variant), [sentence]) == [], variant


def test_the_bullet_builder_drops_that_and_also_only_when_the_checker_allows_it():
    assert bullets.to_bullet("The minister said that the plant will also close by the end of the year.") == (
        "The minister said the plant will close by the end of the year.")
    # "also" inside a quotation stays: someone's words are not ours to shorten
    quote = '"We also found that the river was full," the officer said.'
    assert bullets.to_bullet(quote) == quote


def test_a_newspaper_named_for_its_day_keeps_its_day():
    sentence = ("Washington believes the special relationship between Britain and the US is over, according to a "
                "secret briefing document seen by The Mail on Sunday.")
    assert bullets.to_bullet(sentence, 20).endswith("seen by The Mail on Sunday.")
    # the date of any other attribution still goes when a cut is made
    assert bullets.to_bullet("The car plant in the north of the city will close next year, which will cost the town "
                             "hundreds of jobs, police said on Tuesday.", 20) == (
        "The car plant in the north of the city will close next year, police said.")
