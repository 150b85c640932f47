"""tester7's finding 1 (stop 22): a news story that quotes a numbered list is no listicle.

A court report listing the charges, a council story listing the measures, a Dutch story listing a minister's
plans: the list is one of the story's facts, and the lead's who/what must still come first; no list item may take in
the paragraph after the list as if it explained the item. A real listicle (the list IS the article) keeps its
one-bullet-per-item reading. Every article here is written for the tests."""

from __future__ import annotations

import json

from summarise.extractive import ExtractiveSummariser
from summarise.structure import list_items
from tests.fixtures_cli import invoke, env  # noqa: F401  (env: the fake-engine registry fixture)
from tests.summary_docs import doc_of


# a harbour-board court report: lead, the numbered charges after a colon line, then the plea and the trial date
COURT = [
    ["A former harbour master has denied taking more than £40,000 in mooring fees from boat owners at Kellan "
     "Quay over three years."],
    ["Martin Oakes, 61, of Quarry Lane, Kellan, appeared at Tremorvah Crown Court on Thursday to answer seven "
     "charges."],
    ["The charges against him are:"],
    ["1. Five counts of theft by an employee between May 2022 and June 2025."],
    ["2. One count of fraud by false representation."],
    ["3. One count of destroying the harbour's fee ledger"],
    ["Mr Oakes pleaded not guilty to all seven charges and was released on conditional bail."],
    ["His trial is due to begin at the same court on 9 November and is expected to last two weeks."],
    ["The harbour board said it had changed the way mooring fees are collected since the charges were brought."],
]


def test_a_court_report_quoting_its_charges_is_not_a_listicle():
    doc = doc_of(COURT, "Former harbour master denies taking £40,000 in mooring fees")
    bullets = ExtractiveSummariser().summarise(doc).takeaways
    assert len(bullets) >= 3
    # the lead's who/what first: not a charge that says nothing about anyone
    assert bullets[0].evidence == [0], [b.text for b in bullets]
    # a charge finishes its lead-in's sentence: alone it says "One count of fraud …" about nobody
    assert not any({3, 4, 5} & set(b.evidence) for b in bullets), [b.text for b in bullets]
    assert list_items(doc.sentences, doc.paragraphs, doc.title) is None


def test_no_list_item_takes_in_the_paragraph_after_the_list():
    doc = doc_of(COURT, "Former harbour master denies taking £40,000 in mooring fees")
    last_item, after = 5, 6  # "3. One count of destroying …" (no full stop) and the plea after it
    for n in (None, 5):
        for b in ExtractiveSummariser().summarise(doc, n).takeaways:
            assert not (last_item in b.evidence and after in b.evidence), b.text
            assert not b.text.startswith("One count of destroying the harbour's fee ledger:"), b.text


# a council story with a plain-text numbered list in the middle (as a text scrape renders an <ol>)
COUNCIL = [
    ["Ashbury council has approved a £3.1 million plan to cut traffic around four primary schools after a "
     "two-hour debate on Tuesday evening."],
    ["The plan, paid for from the council's transport budget, will close the streets outside the schools to cars "
     "at drop-off and pick-up times from September."],
    ["It includes:"],
    ["1. Timed road closures outside Millbrook, Ashbury Green, St Anne's and Fernhill primary schools."],
    ["2. Two new zebra crossings on Station Road."],
    ["3. Cameras at each closure point"],
    ["Drivers who ignore the closures will be fined £70, the council said."],
    ["Parents at Fernhill had collected 1,200 signatures for the closures after a pupil was hit by a van in March."],
    ["Some residents told the meeting they feared the traffic would move onto their streets instead."],
]


def test_a_council_story_keeps_its_lead_and_its_fine():
    doc = doc_of(COUNCIL, "Ashbury approves car-free school streets")
    bullets = ExtractiveSummariser().summarise(doc).takeaways
    texts = [b.text for b in bullets]
    assert bullets[0].evidence == [0], texts
    # "Cameras at each closure point: drivers who ignore the closures will be fined £70" would say what the fine is
    # for as if the list item explained it
    assert not any(b.text.startswith("Cameras at each closure point:") for b in bullets), texts
    assert not any({5, 6} <= set(b.evidence) for b in bullets), texts
    assert list_items(doc.sentences, doc.paragraphs, doc.title) is None


# a Dutch council story with a numbered list, through the real pipeline with a dictionary "translation"
DUTCH_STORY = {
    "Zeewolde maakt centrum veiliger voor fietsers": "Zeewolde makes town centre safer for cyclists",
    "Het college van Zeewolde trekt 2,4 miljoen euro uit om het centrum van de stad veiliger te maken voor "
    "fietsers.":
        "The Zeewolde executive is setting aside 2.4 million euros to make the town centre safer for cyclists.",
    "Wethouder Anouk de Groot presenteerde het plan dinsdag in de gemeenteraad na klachten van ouders en "
    "scholen.":
        "Alderman Anouk de Groot presented the plan to the council on Tuesday after complaints from parents and "
        "schools.",
    "Het plan bevat:": "The plan contains:",
    "1. Vrijliggende fietspaden op de Horsterweg.": "1. Separate cycle paths on the Horsterweg.",
    "2. Een lagere maximumsnelheid in de woonwijken.": "2. A lower speed limit in the residential areas.",
    "3. Extra verlichting bij de tunnels": "3. Extra lighting at the tunnels",
    "De gemeenteraad stemt op 14 mei over het voorstel, dat volgens de wethouder op een ruime meerderheid kan "
    "rekenen.":
        "The council votes on the proposal on 14 May, which the alderman says can count on a large majority.",
    "De werkzaamheden moeten in het najaar beginnen en voor de zomer van volgend jaar klaar zijn.":
        "The work should start in the autumn and be finished before next summer.",
}


def test_a_translated_story_with_a_list_keeps_its_lead(tmp_path, monkeypatch):
    from tests import cli_fakes

    article = cli_fakes.summarise_translated_dutch(tmp_path, monkeypatch, DUTCH_STORY)
    bullets = article.takeaways
    texts = [b.text for b in bullets]
    assert len(bullets) >= 3, texts
    assert "2.4 million euros" in texts[0], texts
    assert not any(t.startswith("Extra lighting at the tunnels:") for t in texts), texts


COURT_HTML = """<html><head><title>Former harbour master denies taking £40,000 | Kellan Gazette</title></head>
<body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<article><h1>Former harbour master denies taking £40,000 in mooring fees</h1>
{paragraphs}
</article><footer>© Kellan Gazette</footer></body></html>
"""


def test_a_court_report_page_with_an_ordered_list(env, tmp_path):  # noqa: F811
    """The whole path on a saved page: the <ol> of charges stays in the text, and the takeaways lead with the story."""
    items = "".join(f"<li>{p[0].split('. ', 1)[1]}</li>" for p in COURT[3:6])
    body = ("".join(f"<p>{p[0]}</p>" for p in COURT[:3]) + f"<ol>{items}</ol>"
            + "".join(f"<p>{p[0]}</p>" for p in COURT[6:]))
    page = tmp_path / "court.html"
    page.write_text(COURT_HTML.format(paragraphs=body), encoding="utf-8")
    result = invoke("summarise", str(page), "--json", "-q")
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert "Five counts of theft by an employee" in record["text"]  # the list is the article's: it stays
    got = [t["text"] for t in record["takeaways"]]
    assert got[0].startswith("A former harbour master has denied"), got
    assert not any("counts of theft" in t or "false representation" in t for t in got), got


# --- real listicles keep their reading (guards: main reads them as listicles too) --------------------------------

LONG_INTRO_LISTICLE = [
    ["Winter is the quiet season on the coast, and the small museums along it are at their best when the summer "
     "crowds have gone home and the ferries run only twice a day."],
    ["We spent a fortnight driving from Kellan to Port Aske, stopping at every museum that stays open after "
     "October, and asked curators what a visitor should not miss."],
    ["Most of them are free, and all of them have a café or a pub within walking distance."],
    ["Some open only at weekends between November and March, and a few close when the coast road floods, so it "
     "pays to ring ahead before making the journey, especially after a storm."],
    ["1. The Lifeboat House"],
    ["A restored 1908 rowing lifeboat fills the old station, and volunteers tell the story of every rescue it made.",
     "Children can sit at the oars."],
    ["2. The Net Loft"],
    ["Fishermen's wives mended nets in this long attic above the harbour until 1971, and their tools are still there.",
     "A film shows the last of them at work."],
    ["3. The Tide Mill"],
    ["Its wheel still turns twice a day with the tide, grinding flour that the café uses for its bread.",
     "The miller gives tours at noon."],
]


def test_a_listicle_with_a_long_intro_under_a_counting_headline_stays_one():
    """A guard (main reads every numbered run as a listicle): the headline's count keeps this one."""
    doc = doc_of(LONG_INTRO_LISTICLE, "Three coastal museums to visit this winter")
    bullets = ExtractiveSummariser().summarise(doc).takeaways
    assert [b.text.split(":")[0] for b in bullets] == ["The Lifeboat House", "The Net Loft", "The Tide Mill"]


def test_only_a_headline_that_counts_the_items_lets_a_long_intro_pass():
    doc = doc_of(LONG_INTRO_LISTICLE, "Three coastal museums to visit this winter")
    items = list_items(doc.sentences, doc.paragraphs, doc.title)
    assert [i.name for i in items] == ["The Lifeboat House", "The Net Loft", "The Tide Mill"]
    # without the headline's count the intro outweighs the items: read as an ordinary text
    assert list_items(doc.sentences, doc.paragraphs, "Coastal museums in winter") is None
    # a number in the headline that counts something else announces nothing
    assert list_items(doc.sentences, doc.paragraphs, "Coastal museums open until 3 March") is None


def test_a_listicle_items_bodies_still_run_to_the_next_item():
    doc = doc_of(LONG_INTRO_LISTICLE[4:] + [["Opening times change with the season, so check before you go."]])
    items = list_items(doc.sentences, doc.paragraphs)
    assert [i.body for i in items] == [[1, 2], [4, 5], [7, 8]]  # the closing note is not the Tide Mill's
