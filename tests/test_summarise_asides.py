"""Tighter trimming of long bullets: non-restrictive asides, a second main clause, never inside a quotation."""

from __future__ import annotations

import pytest

from summarise.asides import drop_asides
from summarise.bullets import HARD_MAX_WORDS, to_bullet
from summarise.text import word_count


@pytest.mark.parametrize("sentence, expected", [
    ("Wright, who had seven seasons at Arsenal and broke every scoring record in the book, will hand over the "
     "trophy before travelling back into London.",
     "Wright will hand over the trophy before travelling back into London."),
    ("The first lady, who wasted no time getting stuck in, was announcing the launch of her Let's Move initiative.",
     "The first lady was announcing the launch of her Let's Move initiative."),
    ("Abase Hussen – who blamed police for failing to stop his daughter fleeing – conceded the teenager was "
     "influenced by the rally.",
     "Abase Hussen conceded the teenager was influenced by the rally."),
    ("The law, which was signed by the governor behind closed doors, was challenged in court by two doctors.",
     "The law was challenged in court by two doctors."),
])
def test_a_non_restrictive_aside_goes_and_the_sentence_keeps_its_verb(sentence, expected):
    assert drop_asides(sentence, max_words=12) == expected


@pytest.mark.parametrize("sentence", [
    # a number in the aside: kept (readers check numbers)
    "The man, who was 57 when he was first arrested by the police, was released from prison on Monday morning.",
    # the commas are not a pair around an aside: what follows is a list item, a preposition, an apposition
    "Stan Freberg, whose career garnered him acclaim and whose satires abounded on TV, the radio and on records, "
    "has died.",
    "It seemed a big deal to Julia, who opted to wear a wig, instead of chopping her own hair for the role.",
    "He trains the horse for J P McManus, who owns Jackdaws Castle and retains AP McCoy, the record-breaking jockey.",
    "It depends on which rewards program you've chosen, which route you're flying, according to a new study.",
    # a present-tense verb after the aside ("bans") looks like a plural noun: left alone, to be safe
    "The law, which was signed by the governor behind closed doors, bans what it calls dismemberment abortion.",
    # a quotation inside the aside
    "The minister, who called the plan \"a disgrace\" in parliament, has now resigned from the government.",
    # an apposition, not a relative clause: which comma pair is the aside cannot be told
    "Israel And Morocco seal a new military cooperation, Israeli Defense Minister, Benny Gantz, has traveled to "
    "Rabat this Wednesday to sign a cooperation agreement with his Moroccan counterpart Abdeltif Ludiya.",
])
def test_what_is_not_clearly_an_aside_stays(sentence):
    assert drop_asides(sentence, max_words=10) == sentence


def test_asides_go_only_from_bullets_over_budget():
    sentence = "Mr Zhang, who was unmarried, sold vegetables at the local market."
    assert drop_asides(sentence, max_words=20) == sentence
    assert to_bullet(sentence, max_words=20) == sentence


def test_a_second_main_clause_with_its_own_subject_is_cut_past_the_budget():
    with_comma = ("She has been living in New York for a year now with her partner and two dogs, and it seems that "
                  "Princess Eugenie is right at home in the cosmopolitan city.")
    assert to_bullet(with_comma) == "She has been living in New York for a year now with her partner and two dogs."
    bare = ("Sinfield was on the losing side on his debut for the Rhinos against Sheffield Eagles at Headingley in "
            "1997 and he was powerless to prevent a repeat on his landmark occasion at the same ground.")
    assert word_count(bare) > HARD_MAX_WORDS
    assert to_bullet(bare) == ("Sinfield was on the losing side on his debut for the Rhinos against Sheffield "
                               "Eagles at Headingley in 1997.")
    # without a comma, only past HARD_MAX_WORDS: a 25-word sentence keeps its second clause
    medium = "Loeb met the actress in the spring of 2010 in New York and they got engaged two years later."
    assert word_count(medium) <= HARD_MAX_WORDS and to_bullet(medium, max_words=12) == medium


def test_no_cut_inside_a_single_quoted_quotation():
    quoted = ("Mr Rose said: 'The officers told me today that I have now entered the political world and they "
              "told me I have got to watch anything I do from now on.'")
    assert to_bullet(quoted) == quoted
    # an apostrophe is not a quotation mark: the cut still happens
    plain = ("O'Neill's horse was in great form at the yard on Thursday morning, and he said he could not be happier "
             "with the way it had recovered.")
    assert to_bullet(plain) == "O'Neill's horse was in great form at the yard on Thursday morning."
