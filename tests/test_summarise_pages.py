"""Bullets of news bodies as a user sees them (issue 11), from hand-written pages and the shapes seen on real bodies:
a press release's agency-less dateline left on its first sentence, sentences a scrape glued together without a space
(one 64-word bullet), and a cut that closed a parenthetical ("… was, in fact." for "… was, in fact, working.").
"""

from __future__ import annotations

import pytest

from summarise import SummaryInput
from summarise.bullets import clean, safe_compressions, to_bullet
from summarise.extractive import ExtractiveSummariser
from summarise.glued import split_glued
from summarise.text import word_count


@pytest.mark.parametrize("sentence, bullet", [
    ("LONDON, 14 November 2026 — Northwind Energy plc today announced results for the third quarter.",
     "Northwind Energy plc today announced results for the third quarter."),
    ("DUBAI, United Arab Emirates — Dubai's flagship carrier Emirates finalized a deal to buy 30 Boeing jets.",
     "Dubai's flagship carrier Emirates finalized a deal to buy 30 Boeing jets."),
    ("HONOLULU, Hawaii - NASA scientists have confirmed the presence of water vapor on Europa.",
     "NASA scientists have confirmed the presence of water vapor on Europa."),
    ("Cairo - The Egyptian Ministry of Petroleum announced on Friday an increase in fuel prices.",
     "The Egyptian Ministry of Petroleum announced on Friday an increase in fuel prices."),
    # not datelines: an acronym subject with a dash pair, a name with an aside, a fixture
    ("Boris Johnson - The former prime minister - said he would return to politics soon.", None),
    ("Chelsea - Arsenal ended 2-2 on Sunday after a late goal by Bukayo Saka.", None),
    ("NATO — the alliance of 32 countries — said it would respond.", None),
    ("Smith, the coach - who won the cup twice - said he would stay.", None),
])
def test_a_place_dateline_is_not_part_of_the_bullet(sentence, bullet):
    assert clean(sentence) == (bullet or sentence)


def test_no_cut_right_after_a_parenthetical_behind_a_verb():
    sentence = ("The tagline drew a mix of criticism and ridicule across Twitter on Monday, but Noem cited the backlash "
                "as proof that efforts to raise awareness around the state's meth crisis were, in fact, working.")
    for bullet in safe_compressions(sentence):
        assert not bullet.endswith("in fact."), bullet


GLUED = ("The son of former German President Richard von Weizsacker, Fritz von Weizsacker was stabbed to death, Kan "
         "reported on Wednesday.The stabbing occurred during a presentation at the Schlosspark-Klinik in Berlin, where "
         "he worked as a chief physician.Police arrested a 57-year-old man suspected of the killing.")


def test_glued_sentences_are_split_at_their_stops():
    assert [p.split()[0] for p in split_glued(GLUED)] == ["The", "The", "Police"]
    assert split_glued("He met Mrs.Smith at the station on Tuesday before the trial.") == []
    assert split_glued("The new rules for the U.S.The end of the year is near for everyone involved.") == []


def test_a_glued_lead_still_gives_the_story():
    doc = SummaryInput([GLUED, "The motive is unclear, prosecutors said on Wednesday evening after questioning him.",
                        "The victim was 59 years old and had worked at the clinic since 2005, the hospital said."],
                       [0, 1, 2], "Son of former German president stabbed to death in Berlin")
    bullets = ExtractiveSummariser().summarise(doc).takeaways
    texts = [b.text for b in bullets]
    assert any("was stabbed to death" in t for t in texts), texts
    assert all(word_count(t) <= 25 for t in texts), texts
    assert all(t.count(".") == 1 for t in texts if "stabb" in t), texts  # one sentence per bullet


def test_to_bullet_of_a_stamped_press_line_keeps_its_statement():
    assert to_bullet("LONDON, 3 March 2026 — Acme plc (LSE: ACM) today announced a 12% rise in annual revenue.") == (
        "Acme plc (LSE: ACM) today announced a 12% rise in annual revenue.")


def test_the_checker_reads_a_glued_piece_as_its_own_sentence():
    from summarise.faithfulness import check_bullet

    second = ("The stabbing occurred during a presentation at the Schlosspark-Klinik in Berlin, where he worked as a "
              "chief physician.")
    assert check_bullet(second, [GLUED]) == []  # "Kan reported" belongs to the sentence before it
    kinds = [v.kind for v in check_bullet("Fritz von Weizsacker was stabbed to death.", [GLUED])]
    assert kinds == ["attribution"]  # the piece's own reporting clause still counts


def test_a_trailing_participle_clause_with_commas_goes_after_a_whole_statement():
    """Seen on a hand-written page: the lead ("The government has approved a third runway …, overriding objections …,
    in a decision that …", 40 words) had no safe cut, so it was never a takeaway; the story's news was missing."""
    sentence = ("The government has approved a third runway at Heathrow Airport, overriding objections from local "
                "councils and environmental groups, in a decision that ministers say will create tens of thousands of "
                "jobs and boost economic growth across the country for decades.")
    assert to_bullet(sentence) == "The government has approved a third runway at Heathrow Airport."


def test_the_checker_flags_a_cut_inside_an_aside_after_a_verb():
    from summarise.faithfulness import check_bullet

    source = "Noem said efforts to raise awareness of the meth crisis were, in fact, working."
    assert "broken_ending" in [v.kind for v in check_bullet("Noem said efforts to raise awareness of the meth crisis "
                                                             "were, in fact.", [source])]
    assert check_bullet(source, [source]) == []
