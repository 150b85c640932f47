"""tester27's Key Takeaways findings (stop 27): takeaways that do not stand alone, a listicle's headline fact, and a
review's rating line.

* #9: "Now only two of them are left." (an adverb and a focus word hid the partitive subject), "That should worry
  anyone who …" (a demonstrative subject in a sentence over the length limit), "We spoke to X about …" / "I spent
  eleven years …" (a personal pronoun before a verb missing from the closed verb list), "I took photos and sent them
  …" (the unnamed "I" of an interview answer, over the length limit).
* #8: a listicle's brief gave items only; the intro's sentence stating the headline fact was never offered.
* #11: "Verdict: 4 out of 5 stars" became the first takeaway.

Every article here is written for the tests (en, nl, ar)."""

from __future__ import annotations

import json
import time

import pytest

from summarise.context import bare_anaphors, bare_reference
from summarise.ratings import is_rating, rating_lines
from tests.fixtures_cli import invoke, env  # noqa: F401  (env: the fake-engine registry fixture)
from tests.summary_docs import doc_of, takeaways

BEFORE = "The harbour wall collapsed during the storm on Sunday night."


# --- #9: subjects that point back --------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    # an opening adverb and a focus word before a partitive
    "Now only two of them are left.",
    "Today just three of them still fish from the old quay.",
    "Nog maar twee van hen zijn over.",
    "لم يبق منهم سوى اثنين.",
    "وبعضهم لا يزال يعمل في الميناء القديم كل صباح.",
    # a demonstrative subject at any length
    "That should worry anyone who cares about how the town will look in twenty years' time.",
    "This means the repairs will cost the harbour trust twice what it raised from the public appeal last year.",
    "That changed when the new owners arrived in the spring and closed the boatyard for good.",
    "Dat betekent dat de huurders volgend jaar tot tweehonderd euro per maand meer gaan betalen dan nu.",
    "وهذا يعني أن المستأجرين سيدفعون في العام المقبل أكثر بكثير مما يدفعونه الآن.",
    # a personal pronoun before any verb
    "We spoke to the harbour master about the damage.",
    "They spent the night on the quay.",
    "Wij spraken met de havenmeester over de schade.",
    # the unnamed "I", at any length
    "I spent eleven years in the harbour office.",
    "I took photos of the crack and sent them to the engineer, who rang me back within ten minutes of getting them.",
    "Ik werkte elf jaar op het havenkantoor en heb zulke schade nooit eerder gezien.",
])
def test_a_subject_that_points_back_is_no_takeaway(sentence):
    assert bare_anaphors([BEFORE, sentence], 12) == {1}


@pytest.mark.parametrize("sentence", [
    "This week the council approved the repairs.",
    "This Christmas the market returns to the harbour square.",
    "Only 12 of the 40 boats in the harbour survived the storm.",
    "It emerged that the wall had not been inspected since 2019.",
    "It took crews three hours to clear the road to the harbour.",
    "Dit jaar keurde de gemeenteraad de reparatie van de havenmuur goed.",
    "هذا الأسبوع وافق المجلس على خطة إصلاح جدار الميناء.",
    "Two of the fishermen said the wall had been cracked for years.",
])
def test_a_subject_that_names_itself_or_none_stays_a_candidate(sentence):
    """Guard: "This week", "Only 12 of the 40 boats", a dummy "It", "هذا الأسبوع" (a definite noun)."""
    assert bare_anaphors([BEFORE, sentence], 12) == set()


def test_a_noun_in_s_after_a_demonstrative_is_no_verb():
    """The -s test read the letters before the "s" ("this crisis" counted as "this" + a verb in -s)."""
    assert not bare_reference("The cost of this crisis grows.")
    assert not bare_reference("Much of this news hurts.")
    assert bare_reference("The cost of this arrives quietly.")


@pytest.mark.parametrize("sentence", [
    "This series of strikes has cost the airline £40 million.",
    "This species of oyster was thought lost from the estuary.",
    "That watershed moment came in 1994 when the wall fell.",
    "This revised plan will cost the harbour trust £2 million more.",
])
def test_a_demonstrative_heading_a_noun_in_s_or_ed_names_its_subject(sentence):
    """Review #4: "series"/"species" (-s) and "watershed" (-ed) read as a verb after "This"/"That", at any length."""
    assert bare_anaphors([BEFORE, sentence], 12) == set()


@pytest.mark.parametrize("sentence", [
    "That changed when the new owners arrived in the spring.",
    "This prompted the council to close the quay for a month.",
    "This sparked protests across the town.",
    "That happened.",
    "This applies to every boat in the harbour.",
])
def test_guard_a_demonstrative_before_a_verb_in_s_or_ed_still_points_back(sentence):
    assert bare_anaphors([BEFORE, sentence], 12) == {1}


def test_a_demonstrative_after_a_preposition_reads_the_same_noun_endings():
    """Review #4: _PREP_DEMONSTRATIVE lacked the "-as" ending its neighbour had: "after this Christmas" was a verb."""
    assert not bare_reference("The market closed after this Christmas.")
    assert not bare_reference("Fewer boats came after this series.")
    assert bare_reference("The cost of this arrives quietly.")  # guard


def test_the_subject_patterns_are_linear_in_the_sentence():
    start = time.process_time()
    bare_anaphors([BEFORE, "Now only " + "very " * 20000 + "few of them are left."], 12)
    bare_anaphors([BEFORE, "That " + "x" * 100000 + "s the point."], 12)
    bare_anaphors([BEFORE, "That " + "x" * 100000 + "ed " + "y" * 100000 + "ly."], 12)
    bare_reference("Of this " + "x" * 100000 + "s.")
    assert time.process_time() - start < 1.0


INTERVIEW = [
    ["A retired lighthouse keeper from Padstow has found the wreck of a fishing boat that sank off Trevose Head "
     "in 1953.", "We spoke to Colin Penrose, 68, about the find."],
    ["Where did you see it?"],
    ["On a low spring tide, below the cliffs at Mother Ivey's Bay.", "I was walking the dog."],
    ["How did you know what it was?"],
    ["I didn't at first.", "I took photos of the bow and sent them to the county archaeologist, who rang me back "
     "within the hour."],
    ["What happens now?"],
    ["Historic England has asked walkers to keep off the site and divers will survey the wreck in the summer."],
]


def test_an_interviews_teaser_and_unnamed_answers_are_no_takeaways():
    got = takeaways(doc_of(INTERVIEW, "Retired keeper finds wreck of 1953 fishing boat"))
    assert not any(t.startswith(("We spoke", "I took", "I was")) for t in got), got
    assert got[0].startswith("A retired lighthouse keeper"), got  # guard: the lead
    assert any(t.startswith("Historic England") for t in got), got


COLUMN = [
    ["When the council approved a fifth car park on Quay Street last month, it did so after barely ten minutes "
     "of debate."],
    ["That should worry anyone who cares about how the harbour will look in twenty years' time."],
    ["The town already has 2,100 parking spaces, and on an average weekday fewer than half of them are used."],
    ["I spent nine years in the council's planning department."],
    ["The new car park will cost £9 million, money that could have rebuilt the harbour wall twice over."],
    ["The council should pause the scheme and hold the consultation it skipped."],
]


def test_a_columns_that_and_i_sentences_are_no_takeaways():
    got = takeaways(doc_of(COLUMN, "Another car park is the last thing our harbour town needs"))
    assert not any(t.startswith(("That should", "I spent")) for t in got), got
    assert any("£9 million" in t for t in got), got  # guard: the column's own facts


LONG_READ = [
    ["For two centuries a handful of families fished the oyster beds of the Fal estuary under sail alone.",
     "Now only two of them are left."],
    ["The sail-only rule dates from 1868 and was meant to stop the beds being dredged bare."],
    ["The council's licence fund ends in March, and the fishery has said it cannot open next winter without new "
     "money."],
]


def test_a_partitive_after_now_only_is_no_takeaway():
    got = takeaways(doc_of(LONG_READ, "The last sail-powered oyster fishery"))
    assert not any(t.startswith("Now only") for t in got), got


# --- #8: a listicle's headline fact ------------------------------------------------------------------------------

LISTICLE = [
    ["Water bills in England and Wales will rise by an average of 4.2 per cent in April, the regulator Ofwat said "
     "on Tuesday.", "Here is what it means for households."],
    ["1. The rise is the smallest in four years"], ["It follows increases of more than 20 per cent in each of the "
                                                    "last two springs."],
    ["2. Metered homes pay by use"], ["A household using 100 cubic metres a year will pay about £25 more."],
    ["3. Help is available"], ["Social tariffs cut bills by up to 90 per cent for people on low incomes."],
    ["4. Leaks are still a problem"], ["Companies lost almost a fifth of the water they treated last year."],
    ["5. Bills in Wales differ"], ["Welsh customers of the largest supplier will pay 3.1 per cent more."],
    ["6. A review is under way"], ["The government will publish a review of how bills are set in the summer."],
]


def test_a_listicles_brief_says_its_headline_fact_first():
    got = takeaways(doc_of(LISTICLE, "6 things to know about your new water bill from April"))
    assert got[0].startswith("Water bills in England and Wales will rise by an average of 4.2 per cent"), got
    assert len(got) >= 4, got  # the lead comes on top of the items' minimum


def test_a_listicle_whose_intro_states_no_headline_fact_gives_items_only():
    """Guard: an intro that shares no facts with the headline ("Spring is here.") gives no lead bullet."""
    doc = doc_of([["Spring is finally here, and everyone wants to get outside this weekend."]] + LISTICLE[1:],
                 "6 things to know about your new water bill from April")
    got = takeaways(doc)
    assert not any(t.startswith("Spring is") for t in got), got


def test_a_listicle_lead_stays_within_the_ceiling():
    """Guard: an intro sentence over the 35-word ceiling is no lead bullet (every other bullet of the adaptive count
    keeps within it)."""
    long_lead = ("Water bills in England and Wales will rise by an average of 4.2 per cent in April, the regulator "
                 "Ofwat said on Tuesday, after the companies asked for more to pay for new sewers, reservoirs and "
                 "pipes across both countries over the next five years.")
    doc = doc_of([[long_lead]] + LISTICLE[1:], "6 things to know about your new water bill from April")
    got = takeaways(doc)
    assert all(len(t.split()) <= 35 for t in got), got


def test_a_listicle_lead_counts_in_a_forced_count():
    got = takeaways(doc_of(LISTICLE, "6 things to know about your new water bill from April"), 3)
    assert len(got) == 3 and got[0].startswith("Water bills"), got


NL_LISTICLE = [
    ["De treinkaartjes van de NS worden op 1 januari gemiddeld 5,9 procent duurder, maakte de vervoerder dinsdag "
     "bekend."],
    ["1. Het is de grootste stijging in jaren"], ["Vorig jaar stegen de prijzen met 2,9 procent."],
    ["2. Abonnementen gaan ook omhoog"], ["Een trajectvrij abonnement kost straks ruim 4.500 euro per jaar."],
    ["3. Dalurenkorting blijft"], ["Reizigers met een dalabonnement houden 40 procent korting buiten de spits."],
    ["4. De Kamer wil een verlaging"], ["Een meerderheid van de Tweede Kamer vraagt het kabinet geld vrij te maken "
                                        "om de stijging te beperken."],
]


def test_a_dutch_listicles_brief_says_its_headline_fact_first():
    got = takeaways(doc_of(NL_LISTICLE, "4 dingen die je moet weten over de duurdere treinkaartjes"))
    assert got[0].startswith("De treinkaartjes van de NS worden op 1 januari"), got


# --- #11: a review's rating line --------------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["Verdict: 4 out of 5 stars", "Verdict: 4 out of 5 stars.", "Rating: 8/10",
                                  "★★★★☆", "★★★☆☆ (3/5)", "Our verdict: 4.5 out of 5",
                                  "Oordeel: 4 van de 5 sterren", "Cijfer: 7,5/10", "التقييم: 4 من 5 نجوم"])
def test_a_rating_line_is_one(line):
    assert is_rating(line)


@pytest.mark.parametrize("line", ["Four out of five residents oppose the plan.",
                                  "4 out of 5 residents oppose the plan.",
                                  "Verdict: a superb phone let down by its camera.",
                                  "The score was 3/4 at half time.",
                                  "Vier op de vijf bewoners is tegen het plan.",
                                  "أربعة من كل خمسة سكان يعارضون الخطة."])
def test_a_sentence_with_a_ratio_is_no_rating_line(line):
    """Guard: a ratio inside a statement, a verdict sentence."""
    assert not is_rating(line)


def test_the_rating_pattern_is_linear():
    start = time.process_time()
    for n in (10_000, 100_000):
        is_rating("a" * n + ": 4 out of 5 x")
        is_rating("Verdict " * n + ": 4/5")
    assert time.process_time() - start < 1.0


REVIEW = [
    ["Verdict: 4 out of 5 stars"],
    ["The Kestrel 3 costs £349, and its 6,000mAh battery lasted longer than every flagship we tested this year."],
    ["The 6.5-inch screen is bright enough to read outdoors, though it refreshes at 90Hz."],
    ["The main camera takes sharp photos in daylight, but low-light shots are noisy."],
    ["Kestrel promises four years of software updates, one year fewer than its main rival."],
    ["If battery life matters more to you than night photography, the Kestrel 3 is the easiest recommendation in "
     "its class."],
]


@pytest.mark.parametrize("rating", ["Verdict: 4 out of 5 stars", "Oordeel: 4 van de 5 sterren",
                                    "التقييم: 4 من 5 نجوم"])
def test_a_reviews_rating_line_is_no_takeaway(rating):
    got = takeaways(doc_of([[rating]] + REVIEW[1:], "Kestrel 3 review: a mid-range phone with a big battery"))
    assert not any(rating.rstrip(".") in t for t in got), got
    assert got[0].startswith("The Kestrel 3 costs £349"), got
    assert rating_lines([rating, REVIEW[1][0]]) == {0}


# --- the whole path on a saved page ------------------------------------------------------------------------------

PAGE = """Home | News | Science | Subscribe
'It was just lying on the sand': the walker who found a lost wreck
By Hannah Tregear
Published 30 November 2026
A retired lighthouse keeper from Padstow has found the wreck of a fishing boat that sank off Trevose Head in 1953. We spoke to Colin Penrose, 68, about the find.
Where did you see it?
On a low spring tide, below the cliffs at Mother Ivey's Bay. I was walking the dog.
How did you know what it was?
I didn't at first. I took photos of the bow and sent them to the county archaeologist, who rang me back within the hour.
What happens now?
Historic England has asked walkers to keep off the site and divers will survey the wreck in the summer.
Share this article
© 2026 North Cornwall Post
"""


def test_a_saved_interview_gives_takeaways_that_stand_alone(env, tmp_path):  # noqa: F811
    page = tmp_path / "interview.txt"
    page.write_text(PAGE, encoding="utf-8")
    result = invoke("summarise", str(page), "--json", "-q")
    assert result.exit_code == 0, result.stderr
    got = [t["text"] for t in json.loads(result.stdout)["takeaways"]]
    assert not any(t.startswith(("We spoke", "I took", "I was")) for t in got), got
    assert got and got[0].startswith("A retired lighthouse keeper"), got


# --- review: an interviewee's "Now we …" under a question is no anaphor of the question -----------------------------

@pytest.mark.parametrize("answer", [
    "Now we spent years on it and it paid off in the end.",
    "Nu hebben wij er jaren aan gewerkt en dat heeft zich terugbetaald.",
])
def test_first_person_answer_past_an_opening_adverb_is_not_held_back(answer):
    from summarise.context import leaning_on_notes
    assert leaning_on_notes(["Where is it now?", answer], {0}) == set()


def test_third_person_anaphor_under_a_question_is_still_held_back():
    from summarise.context import leaning_on_notes
    assert leaning_on_notes(["Where is it now?", "It has roughly doubled, and most of that move came this year."],
                            {0}) == {1}
