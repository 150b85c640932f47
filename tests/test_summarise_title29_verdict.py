"""A fact check's verdict in its takeaways (issue 10, stop 29, title29 item 2; tester 13's F8 left open): the page's
rating line ("OUR VERDICT: MISLEADING", "Oordeel: ONWAAR", "الحكم: مضلل") was too short to be a candidate and the claim
is no takeaway, so the takeaways gave the reason without the finding. The reason's bullet now opens with the verdict
in the page's words (summarise/verdicts.py). Pages written for the tests; the summariser reads the English
translation of an nl or ar page, so those are given as a translation reads (and their own label lines are checked
on the sentences)."""

from __future__ import annotations

import pytest

from summarise.extractive import ExtractiveSummariser
from summarise.faithfulness import check_summary
from summarise.verdicts import fact_verdict, is_verdict
from tests.fixtures_summarise import summary_input
from tests.scaling import assert_grows_linearly


def _page(claim: str, verdict: str, reason: list[str], body: list[list[str]]) -> list:
    return [[claim], [verdict], reason, *body]


EN = _page(
    "CLAIM: \"Pharmacies will stop selling paracetamol to under-25s from January.\" - post on Facebook, shared "
    "8,000 times",
    "OUR VERDICT: FALSE",
    ["There is no such rule.", "The limit of two packs per sale has not changed since 2009."],
    [["A post shared on Facebook says pharmacies will refuse paracetamol to anyone under 25 from the new year."],
     ["The Pharmacy Council told us that no change to the sale of painkillers has been proposed, and that the only "
      "limit is the number of packs sold at once."],
     ["The health ministry said the post appeared to mix up a consultation on energy drinks with medicine rules."],
     ["Pharmacists in Westport said several customers had asked about the post this week."]])

# as a translation of "Bewering: … / Oordeel: ONWAAR / Er is geen plan …" reads
NL_TRANSLATED = _page(
    "Claim: \"From 2027 there will be no more child benefit,\" says a video on TikTok viewed more than 300,000 times.",
    "Judgment: UNTRUE",
    ["There is no plan to abolish child benefit.",
     "The cabinet does want to merge child benefit and the child budget, but only from 2029."],
    [["The Social Insurance Bank tells Checkpoint that child benefit will simply be paid in 2027."],
     ["The amounts will even rise by 2.1 percent on 1 January."],
     ["Any merger would have to be approved by the House of Representatives first."]])

# as a translation of "الادعاء: … / الحكم: مضلل / …" reads
AR_TRANSLATED = _page(
    "Claim: \"The ministry has cancelled the secondary school exams this year.\"",
    "Verdict: Misleading",
    ["The ministry has postponed the exams by two weeks and has not cancelled them."],
    [["A widely shared post on social media said that students would not sit their final exams this year."],
     ["The ministry's spokesman said the new timetable would be published on its website on Sunday."],
     ["The postponement follows the floods that closed dozens of schools in the north last month."]])


@pytest.mark.parametrize("page,title,verdict", [
    (EN, "Will pharmacies stop selling paracetamol to under-25s?", "Our verdict: false."),
    (NL_TRANSLATED, "Is the government abolishing child benefit next year?", "Judgment: untrue."),
    (AR_TRANSLATED, "Did the ministry cancel the secondary school exams?", "Verdict: Misleading."),
])
def test_the_verdict_opens_its_reason_takeaway(page, title, verdict):
    doc = summary_input(page, title=title)
    takeaways = ExtractiveSummariser().summarise(doc, None).takeaways
    texts = [t.text for t in takeaways]
    assert texts[0].startswith(verdict + " "), texts
    assert sum(verdict in t for t in texts) == 1, texts
    # every word is on the page: the evidence names the verdict line and the reason
    evidence = [[doc.sentences[i] for i in t.evidence] for t in takeaways]
    assert not any(check_summary(texts, evidence)), check_summary(texts, evidence)


def test_the_verdict_with_its_reason_comes_first_when_the_reason_is_no_bullet():
    doc = summary_input(EN, title="Will pharmacies stop selling paracetamol to under-25s?")
    takeaways = ExtractiveSummariser().summarise(doc, 2).takeaways
    assert len(takeaways) == 2
    assert takeaways[0].text.startswith("Our verdict: false. "), [t.text for t in takeaways]


@pytest.mark.parametrize("line", ["OUR VERDICT: MISLEADING", "Verdict: False", "Rating: Mostly false",
                                  "Our rating: Half true", "Ons oordeel: Misleidend", "Oordeel: ONWAAR",
                                  "Conclusie: grotendeels onwaar", "الحكم: مضلل", "التقييم: زائف",
                                  "حكمنا: صحيح جزئيا"])
def test_verdict_lines(line):
    assert is_verdict(line)


@pytest.mark.parametrize("line", ["Verdict: 4 out of 5 stars", "Verdict: guilty",
                                  "Verdict: the council must pay the legal costs.", "Rating: PG-13",
                                  "The verdict was false hope for the families.", "Oordeel: de rechter wijst de eis af",
                                  "الحكم: السجن خمس سنوات"])
def test_guard_no_verdict_lines(line):
    assert not is_verdict(line)


def test_guard_a_story_without_a_verdict_line_is_unchanged():
    page = [body for body in EN if body[0] != "OUR VERDICT: FALSE"]
    doc = summary_input(page, title="Pharmacy rules")
    assert fact_verdict(doc.sentences) is None
    texts = [t.text for t in ExtractiveSummariser().summarise(doc, None).takeaways]
    assert not any(t.startswith(("Our verdict", "Verdict")) for t in texts), texts


def test_verdict_pattern_is_linear():
    assert_grows_linearly(is_verdict, lambda k: "Verdict: " + "mostly " * k + "false", 500, 2000)
