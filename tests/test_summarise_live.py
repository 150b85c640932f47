"""Live blogs and match reports as a user feeds them (issue 11): entries stamped in their own paragraph
("13:50 - The Chancellor said …", "14:05 uur - …", "12' Saka scores …").

Seen on hand-written pages run through the CLI: the bullets kept the stamp ("13:50 - The Chancellor said…"), a
match report gave its first two goals rather than the winner, a Dutch blog's "14:05 uur" entries were read, and the
blog's own "Follow our live coverage…" was a takeaway. The pages are hand-written, no eval data.
"""

from __future__ import annotations

import re

import pytest

from summarise.extractive import ExtractiveSummariser
from summarise.structure import coverage_notes, reading_order, strip_stamp
from tests.fixtures_summarise import summary_input

STAMPED = re.compile(r"^\s*\d{1,3}(?:[:.]\d\d|['’′])")

BUDGET = [  # oldest entry first, stamp and text in one paragraph
    "Follow our live coverage of the Chancellor's budget statement in the Commons.",
    "09:15 - Good morning and welcome to our live coverage of budget day.",
    "10:02 - The Chancellor left Downing Street holding the traditional red box and posed for photographers.",
    "11:40 - Opposition leaders said they expected the budget to hit working families hardest.",
    "13:10 - The Chancellor announced that fuel duty will be frozen for another year, costing the Treasury £3 billion.",
    "13:50 - The Chancellor said the income tax personal allowance will rise to £13,000 from next April.",
    "14:20 - The pound rose 0.6% against the dollar after the statement, while the FTSE 100 closed flat.",
    "14:45 - The Institute for Fiscal Studies said the plans leave a £20 billion gap in public finances by 2029.",
]

MATCH = [
    "Arsenal moved to the top of the Premier League after Bukayo Saka scored twice in a 3-1 win over Chelsea on "
    "Saturday.",
    "12' Saka opened the scoring, curling a left-footed shot into the far corner after a one-two with Odegaard.",
    "34' Cole Palmer equalised for Chelsea from the penalty spot after William Saliba fouled Nicolas Jackson.",
    "58' Saka restored Arsenal's lead with a header from Declan Rice's corner.",
    "77' Substitute Gabriel Jesus sealed the win, tapping in from close range after Robert Sanchez parried a shot.",
    "Arsenal manager Mikel Arteta said his side had shown \"real character\" after conceding the equaliser.",
    "The win puts Arsenal two points clear of Liverpool, who play Manchester City on Sunday.",
]


@pytest.mark.parametrize("stamped, bare", [
    ("13:50 - The minister said the plan works.", "The minister said the plan works."),
    ("16:45 GMT: Network operators said 42,000 homes were cut off.", "Network operators said 42,000 homes were cut off."),
    ("7.45pm: The sheriff ordered more evacuations.", "The sheriff ordered more evacuations."),
    ("14:05 uur - NS stops all trains.", "NS stops all trains."),
    ("10:42 Police arrested a man.", "Police arrested a man."),
    ("12' Smith scores from a corner.", "Smith scores from a corner."),
    ("45+2' Saka scores again.", "Saka scores again."),
    # no stamp: a figure, a film title, a decade
    ("5.50 per cent of trips were late.", None),
    ("3:10 to Yuma is a film.", None),
    ("90's music was loud.", None),
    ("12 people died in the fire.", None),
])
def test_strip_stamp(stamped, bare):
    assert strip_stamp(stamped) == (bare or stamped)


@pytest.mark.parametrize("newest_first", [False, True])
def test_live_blog_bullets_have_no_stamp_and_start_with_the_latest_entry(newest_first):
    entries = BUDGET[1:][::-1] if newest_first else BUDGET[1:]
    doc = summary_input(BUDGET[:1] + entries, "Budget 2026 live: Chancellor unveils tax changes")
    bullets = ExtractiveSummariser().summarise(doc).takeaways
    texts = [b.text for b in bullets]
    assert not any(STAMPED.match(t) for t in texts), texts
    assert texts[0].startswith("The Institute for Fiscal Studies said the plans leave a £20 billion gap"), texts
    assert not any("live coverage" in t for t in texts), texts  # the blog's note about itself is no takeaway
    assert "10:02" not in " ".join(doc.sentences[b.evidence[0]] for b in bullets)  # nor the oldest news


def test_coverage_notes_only_on_a_live_blog_unless_the_page_speaks_of_itself():
    doc = summary_input(BUDGET, "Budget live")
    assert coverage_notes(doc.sentences, doc.paragraphs) == {0, 1}
    story = summary_input(["The BBC's live coverage of the final drew 10 million viewers, a record for the channel.",
                  "The match ended 2-1 after extra time."], "Final")
    assert coverage_notes(story.sentences, story.paragraphs) == set()
    # seen on a page whose stamp lines ("15.40 GMT" alone on a line) the normaliser dropped as boilerplate: not read
    # as a blog, but the page's first-person notes are still no news
    unstamped = summary_input(["Russia launched 80 drones at Kyiv overnight, Ukraine's air force said.",
                      "Negotiators will meet again in Geneva on Thursday, the White House said in a statement.",
                      "Welcome to our live coverage of the war in Ukraine.",
                      "I'm Jakub Krupa and I'll be bringing you the latest updates."], "Ukraine war live")
    assert reading_order(unstamped.sentences, unstamped.paragraphs) is None
    assert coverage_notes(unstamped.sentences, unstamped.paragraphs) == {2, 3}


def test_match_report_minutes_read_latest_first_without_the_minute():
    doc = summary_input(MATCH, "Arsenal 3-1 Chelsea: Saka double sends Gunners top")
    order = reading_order(doc.sentences, doc.paragraphs)
    assert order is not None and order[:2] == [0, 4]  # the lead, then the last minute entry
    bullets = ExtractiveSummariser().summarise(doc).takeaways
    texts = [b.text for b in bullets]
    assert not any(STAMPED.match(t) for t in texts), texts
    assert texts[0].startswith("Arsenal moved to the top"), texts
    assert any("Gabriel Jesus sealed the win" in t for t in texts), texts  # the goal that decided it
    assert not any("opened the scoring" in t for t in texts), texts


DUTCH_LIVE = {  # newest entry first, as Dutch sites put them; the engine keeps "uur"
    "14:05 uur - NS stopt al het treinverkeer in het land vanwege de storm, meldt een woordvoerder.":
        "14:05 uur - NS stops all train traffic in the country because of the storm, a spokesperson reports.",
    "13:40 uur - Schiphol heeft meer dan 200 vluchten geschrapt, meldt de luchthaven op zijn website.":
        "13:40 uur - Schiphol has cancelled more than 200 flights, the airport said on its website.",
    "13:15 uur - In Amsterdam viel een boom op een auto; de bestuurder raakte licht gewond, meldt de politie.":
        "13:15 uur - In Amsterdam a tree fell on a car; the driver was slightly injured, the police report.",
    "12:50 uur - Het KNMI heeft code rood afgegeven voor de provincies Noord-Holland en Flevoland.":
        "12:50 uur - The KNMI has issued code red for the provinces of Noord-Holland and Flevoland.",
    "12:30 uur - In IJmuiden werden windstoten van 120 kilometer per uur gemeten.":
        "12:30 uur - Wind gusts of 120 kilometres per hour were measured at IJmuiden.",
}


def test_translated_dutch_live_blog(tmp_path, monkeypatch):
    from tests import cli_fakes

    article = cli_fakes.summarise_translated_dutch(tmp_path, monkeypatch, DUTCH_LIVE)
    texts = [b.text for b in article.takeaways]
    assert texts and not any(STAMPED.match(t) for t in texts), texts
    assert texts[0].startswith("NS stops all train traffic"), texts
    assert not any("IJmuiden" in t for t in texts[:3]), texts  # the oldest entry is not what the blog is about now
    for b in article.takeaways:  # the evidence is still the stamped Dutch entry
        assert all(article.sentences[i].src in DUTCH_LIVE for i in b.evidence)


@pytest.mark.parametrize("stamped", [
    "16:45 CST: Network operators said 42,000 homes were cut off.",  # left "CST: Network …"
    "3:45 p.m. CT - Network operators said 42,000 homes were cut off.",  # left "CT - Network …"
    "9.30 IST - Network operators said 42,000 homes were cut off.",  # a dotted time needs its zone to be a stamp
    "14:05 CEST | Network operators said 42,000 homes were cut off.",
    "11.20 EAT: Network operators said 42,000 homes were cut off.",
    "08:15 AST — Network operators said 42,000 homes were cut off.",
    "19:40 GST: Network operators said 42,000 homes were cut off.",
])
def test_a_stamp_with_any_zone_users_have_is_stripped(stamped):
    assert strip_stamp(stamped) == "Network operators said 42,000 homes were cut off."


def test_a_live_blog_stamped_in_india_time_is_read_latest_first():
    # a dotted time is a stamp only with what marks it: its zone ("9.30 IST") was not known, so the page was no blog
    entries = ["Good morning and welcome to our coverage of the monsoon floods in Mumbai.",
               "9.30 IST Local trains were suspended on the Western line after tracks flooded overnight.",
               "11.05 IST The weather office issued a red alert for the city and three coastal districts.",
               "13.40 IST Schools and colleges were ordered shut for the rest of the week."]
    doc = summary_input(entries, "Mumbai floods live")
    assert reading_order(doc.sentences, doc.paragraphs)[1:] == [3, 2, 1]
    assert strip_stamp(entries[3]) == "Schools and colleges were ordered shut for the rest of the week."


def test_a_zone_is_upper_case_unless_a_mark_follows():
    # "Eat" after a time is a schedule's verb; "gmt:" with its mark is a zone as before
    assert strip_stamp("7.30 Eat breakfast with the team today.") == "7.30 Eat breakfast with the team today."
    assert strip_stamp("16:45 gmt: Network operators said 42,000 homes were cut off.") == \
        "Network operators said 42,000 homes were cut off."
