"""tester6's takeaway findings (stop 21): takeaways must not lean on context the bullet list does not carry.

A pasted social post's claim, a sentence a paywall cut mid-clause, an update note's label, a sentence whose subject
is a bare anaphor ("Some cannot …"), and an explainer item's answer taken from its detail instead of its lead.
Every article here is written for the tests."""

from __future__ import annotations

import json

import pytest

from summarise import SummaryInput
from summarise.context import bare_anaphors, cut_off, post_words
from summarise.extractive import ExtractiveSummariser
from tests.fixtures_cli import invoke, env  # noqa: F401  (env: the fake-engine registry fixture)
from tests.summary_docs import doc_of, takeaways


# --- finding 1: a pasted post's claim is its author's -------------------------------------------------------

POST_CLAIM = "The age of free parking in the town centre is over and the car parks will start charging in spring."
POST_MORE = "Drivers have had it easy for too long."


def post_story(handle: bool) -> SummaryInput:
    """A council leader's post pasted as text: with its handle line (main's normaliser keeps it), or without (a
    normaliser that drops the post's furniture keeps only the intro line and the post's words)."""
    paragraphs = [
        ["The leader of Brackford council has backtracked on plans to charge for parking after a late-night post "
         "caused an outcry among shop owners."],
        ["On Monday night councillor Dev Sharma wrote:"],
        (["Dev Sharma @CllrDevSharma"] if handle else []),
        [POST_CLAIM, POST_MORE],
        ["Traders on the high street said the charges would drive shoppers to the retail park outside town."],
        ["On Tuesday the council said no decision had been taken and that parking would stay free until at least "
         "next year."],
        ["The council's budget will be set in February."],
    ]
    return doc_of([p for p in paragraphs if p], "Council leader backtracks on parking charges")


@pytest.mark.parametrize("handle", [True, False])
def test_a_pasted_posts_claim_is_no_takeaway(handle):
    doc = post_story(handle)
    got = takeaways(doc, 5)
    assert not any("free parking" in t or "had it easy" in t for t in got), got
    assert any("no decision had been taken" in t for t in got), got  # the story's own reporting of the outcome


def test_a_handle_line_alone_marks_the_post_under_it():
    doc = doc_of([["The minister's post was shared thousands of times within an hour of being published."],
                  ["Helen Marsh MP @HelenMarshMP"],
                  ["Time to be honest with drivers: the grants are coming to an end."],
                  ["The department later said the grants would continue until April."]])
    assert post_words(doc.sentences, doc.paragraphs) == {2}


def test_a_byline_with_a_handle_or_a_lead_in_to_a_list_marks_nothing():
    """Guard: "By Zachary Hale, @zhale" is no handle line, and a colon after no verb of posting is a list's lead-in."""
    doc = doc_of([["By Zachary Hale, @zhale"], ["The plan has three parts:"], ["New bus lanes will open in May."]])
    assert post_words(doc.sentences, doc.paragraphs) == set()


# --- finding 4: a sentence a paywall cut mid-clause ---------------------------------------------------------

CUT = ("But the factory faces the same problems that sank other battery ventures: a shortage of engineers, high "
       "energy prices and competition from rivals who can")


def test_a_sentence_cut_mid_clause_at_the_pages_end_is_no_takeaway():
    doc = doc_of([["A battery factory is rising on a former airfield outside Kalsund, backed by two carmakers."],
                  ["The project is budgeted at 6.4 billion euros and should supply 800,000 cars a year by 2029."],
                  [CUT]])
    got = takeaways(doc, 3)
    assert not any("rivals who can" in t for t in got), got


@pytest.mark.parametrize("text", [
    CUT,
    "De bank waarschuwt dat de woningmarkt in de grote steden met",  # nl, under a forced language
    "وقال الوزير إن الحكومة ستعلن خلال الأسابيع المقبلة عن",  # ar: an uncased script
    "The minister said the plan would be published in…",
])
def test_cut_off_reads_a_clause_that_stops(text):
    assert cut_off(text)


@pytest.mark.parametrize("text", ["The council will decide in March.", "Reporting by Anna Smith and Tom Jones",
                                  "قال الوزير إن الخطة جاهزة.", "Schools stay closed", "The plan has three parts:"])
def test_cut_off_leaves_finished_sentences_credits_and_short_lines(text):
    """Guard: a stopped sentence, a closing line that ends on a name, a short line, a list's lead-in."""
    assert not cut_off(text)


# --- finding 10: update notes --------------------------------------------------------------------------------

@pytest.mark.parametrize("label", ["Update 14:05:", "Update 13:50 -", "تحديث 13:40:"])
def test_an_update_notes_label_never_opens_a_takeaway_and_the_page_says_it_has_updates(label):
    doc = doc_of([[f"{label} The fire service says the blaze is now under control and crews will stay overnight.",
                   "Mill Road will stay closed until Saturday morning."],
                  ["Sixty firefighters were called to a fire at a recycling plant on the Mill Road estate on Friday."],
                  ["Ten fire engines attended after the alarm was raised at 04:20."],
                  ["No one was injured, and the night-shift workers left the building before crews arrived."]])
    summary = ExtractiveSummariser().summarise(doc, 4)
    texts = [b.text for b in summary.takeaways]
    assert any("blaze is now under control" in t for t in texts), texts
    assert not any(t.startswith(("Update", "تحديث")) or "14:05" in t or "13:50" in t for t in texts), texts
    assert any("update notes" in w for w in summary.warnings), summary.warnings


# --- finding 12: a bare anaphor subject --------------------------------------------------------------------

def test_a_sentence_whose_subject_is_a_bare_anaphor_is_no_takeaway():
    doc = doc_of([["Families in the flood zone of the lower town now pay up to four times the national average "
                   "for home insurance."],
                  ["Some cannot get cover at all."],
                  ["They say the council has abandoned them."],
                  ["I know because I have stood on that riverbank every winter morning, watching the water climb the "
                   "steps of the old mill faster than the council ever answers a letter."],
                  ["The promised flood barrier, due in 2025, still exists only as a set of plans."],
                  ["The council blames rising steel costs and a delayed grant from the government."]])
    got = takeaways(doc, 4)
    assert not any(t.startswith(("Some cannot", "They say", "I know")) for t in got), got


@pytest.mark.parametrize("sentence", ["Some 40 families were moved to a school hall overnight.",
                                      "It is expected that the bridge will reopen on Monday.",
                                      "This week the council approved the plan.",
                                      "It was not clear whether the bridge would reopen."])
def test_a_named_subject_or_a_dummy_it_is_no_bare_anaphor(sentence):
    """Guard: "Some 40 families", "It is expected that", "This week" name their subject or have none."""
    assert bare_anaphors(["The river rose overnight.", sentence]) == set()


@pytest.mark.parametrize("sentence", ["Zij gaan er het meest op achteruit.", "I know because I have stood there.",
                                      "It was the third flood in five years."])
def test_bare_anaphors_in_a_column_or_a_forced_language(sentence):
    assert bare_anaphors(["The river rose overnight.", sentence]) == {1}


# --- finding 15: an explainer item's answer is its lead ------------------------------------------------------

def test_an_explainer_items_bullet_takes_the_items_lead():
    doc = doc_of([["Readers have asked why their tap water has tasted different since the start of November."],
                  ["1. What happened?"],
                  ["On 3 November the water company switched part of the supply from the Haldon reservoir to "
                   "groundwater from the Eastmoor boreholes, while a treatment works at Haldon is rebuilt.",
                   "About 180,000 households now get the borehole water."],
                  ["2. Is it safe to drink?"],
                  ["Yes.", "The drinking water regulator said every sample taken since the switch met the legal "
                   "standards."],
                  ["3. How long will it last?"],
                  ["The company expects the Haldon works to reopen in late March.",
                   "Until then the mix of supplies will continue."]])
    got = takeaways(doc)
    first = next(t for t in got if t.startswith("What happened"))
    assert "switched" in first, got


# --- the whole path on a page as a user saves it (main's normaliser output) ----------------------------------

PAGE = """Council leader backtracks on parking charges
By Priya Anand
3 December 2026
The leader of Brackford council has backtracked on plans to charge for parking after a late-night post caused an outcry among shop owners.
On Monday night councillor Dev Sharma wrote:
Dev Sharma @CllrDevSharma
The age of free parking in the town centre is over and the car parks will start charging in spring. Drivers have had it easy for too long.
10:48 PM · Dec 1, 2026
842 Reposts 1,9K Likes
Traders on the high street said the charges would drive shoppers to the retail park outside town, and two of them started a petition.
On Tuesday the council said no decision had been taken and that parking would stay free until at least next year.
The council's budget will be set in February, after a consultation with residents and businesses.
"""


def test_a_pasted_post_on_a_saved_page_gives_no_takeaway(env, tmp_path):  # noqa: F811
    page = tmp_path / "post.txt"
    page.write_text(PAGE, encoding="utf-8")
    result = invoke("summarise", str(page), "--json", "-q", "--bullets", "4")
    assert result.exit_code == 0, result.stderr
    got = [t["text"] for t in json.loads(result.stdout)["takeaways"]]
    assert not any("free parking" in t or "had it easy" in t for t in got), got


# --- review rev3 ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", ["It has emerged that the bank lost £2bn on the sale of its insurance arm.",
                                      "It was announced on Monday that the plant will close in the spring.",
                                      "It had become clear by March that nobody had checked the figures."])
def test_a_dummy_it_with_a_perfect_or_words_before_that_is_no_bare_anaphor(sentence):
    assert bare_anaphors(["The river rose overnight.", sentence]) == set()


@pytest.mark.parametrize("sentence", ["It has said that it will appeal against the fine.",
                                      "It was sold last year to a rival in Hamburg.",
                                      "It is a song that will never die."])
def test_an_it_that_names_a_thing_stays_a_bare_anaphor(sentence):
    """Guard: a company speaking, a thing sold, a thing named: "It" points back, though "that"/"to" follow."""
    assert bare_anaphors(["The river rose overnight.", sentence]) == {1}


def test_a_short_dummy_it_news_sentence_can_be_a_takeaway():
    """A short sentence (at most 12 words, the summariser's limit for a bare anaphor) on a dummy "It"."""
    doc = doc_of([["Harwick Bank has sold its insurance arm to a Canadian group after a year of talks."],
                  ["It has emerged that the bank lost £2bn on the deal."],
                  ["The chief executive, Maria Lund, said the sale let the bank focus on lending."],
                  ["Shares in the bank fell four per cent in early trading."]])
    got = takeaways(doc, 3)
    assert any("lost £2bn on the deal" in t for t in got), got


AUDIT = [["The council's audit committee will meet on Thursday after a damning report on the new leisure centre."],
         ["An audit report published by the council said the main findings were:"],
         ["The leisure centre project ran 14 million pounds over budget. Officers signed contracts without approval. "
          "No one checked the builder's accounts before the first payment."],
         ["The council leader said he would answer questions at the meeting."]]


def test_a_report_that_said_what_its_findings_were_is_no_quoted_post():
    doc = doc_of(AUDIT)
    assert post_words(doc.sentences, doc.paragraphs) == set()
    got = takeaways(doc, 4)
    assert any("14 million pounds over budget" in t for t in got), got


@pytest.mark.parametrize("intro", ["The minister said:", "Her spokesman added on Friday:",
                                   "The analyst said in a note to clients on Monday:",
                                   "In a post on Wednesday, Helen Marsh wrote on her campaign page:"])
def test_a_saying_verb_right_before_the_colon_still_hands_over_to_a_post(intro):
    """Guard: the colon close after said/added, or anywhere in the 40 characters after wrote, still hands over."""
    doc = doc_of([["The minister's words were shared thousands of times within an hour."], [intro],
                  ["Time to be honest with drivers: the grants are coming to an end."]])
    assert post_words(doc.sentences, doc.paragraphs) == {2}


@pytest.mark.parametrize("text", ["Het kabinet stapt volgende week om die reden niet op",
                                  "De burgemeester wil het plan voor de nieuwe brug toch wel",
                                  "De minister stelt volgende week een nieuw plan voor",
                                  "De gemeente zet de renovatie van het station volgend jaar voort en breidt het plan uit met een fietsenstalling aan"])
def test_a_complete_dutch_clause_ending_on_a_particle_is_not_cut_off(text):
    assert not cut_off(text)


def test_a_posted_stamp_is_no_update_note():
    """"Posted 10:42" is when the story went up: no warning that the page carries update notes."""
    doc = doc_of([["Posted 10:42: Sixty firefighters were called to a fire at a recycling plant on the Mill Road "
                   "estate on Friday."],
                  ["Ten fire engines attended after the alarm was raised at 04:20."],
                  ["No one was injured, and the night-shift workers left the building before crews arrived."]])
    summary = ExtractiveSummariser().summarise(doc, 3)
    assert not any("update notes" in w for w in summary.warnings), summary.warnings
    assert not any(t.startswith("Posted") for t in (b.text for b in summary.takeaways))
