"""probeB's findings 2 and 3 (stop 34): summary boxes in text dumps without blank lines.

2. A box without bullets kept only its first point: a point with a date in it, or a box with a second heading of its
   own ("In short:" / points / "What's next?" / a point, as ABC prints it), ended the run, and the fallback kept one
   point. A timeline of dated events lost all but its first event to the text. A timeline under the story's own
   subheading ("The case so far" / "Timeline" / events) is the story's chronology: it stays in the text, whole.
3. An AI summary's disclaimer over the points ("Summary is AI-generated, newsroom-reviewed") is the box's heading: the
   points go to source_takeaways, and the title and byline under them are read as before.
Pages written for these tests (boxes.find_boxes)."""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text

HEAD = """Home  News  Regional  Politics
Regional council votes to close the town's only public pool over winter
By Hannah Ostrowski
Posted Thu 28 May 2026 at 6:12am
"""
LEAD = ("Broken Creek Shire Council has voted to close the town's only public swimming pool for four months each "
        "winter, saying the heated pool costs ratepayers more than $240,000 a year to run in the colder months.\n"
        "The decision, passed six votes to four on Wednesday night, means the pool will shut from June to September "
        "starting this year, the mayor said after the meeting.\n"
        "The swimming club said about 120 children trained at the pool over winter and the nearest heated pool was "
        "more than 300 kilometres away.\n")

IN_SHORT = HEAD + """In short:
Broken Creek Shire Council has voted to close the town's only public pool over winter to save on heating costs.
The closure starts on 1 June and runs until the end of September.
What's next?
The council will review the decision in February.
""" + LEAD

IN_SHORT_POINTS = ["has voted to close the town's only public pool over winter",
                   "The closure starts on 1 June", "The council will review the decision in February."]


def test_every_point_of_a_box_with_a_second_heading_goes_to_source_takeaways():
    article = normalise_text(IN_SHORT, language="en")
    for point in IN_SHORT_POINTS:
        assert any(point in t for t in article.source_takeaways), (point, article.source_takeaways)
        assert not any(point in p for p in article.paragraphs), (point, article.paragraphs)
    assert "What's next?" not in article.paragraphs
    # the story's lead, under the box, is the text's first paragraph
    assert article.paragraphs[0].startswith("Broken Creek Shire Council has voted to close the town's only public "
                                            "swimming pool for four months")


def test_guard_a_question_subheading_without_a_box_makes_none():
    # "What's next?" with a short line under it, under the story's lead: no box heading over it, no box
    page = HEAD + LEAD + "What's next?\nThe council will review the decision in February.\n" \
        "Councillors who voted against the closure asked staff to look at solar heating, which could halve the cost " \
        "of running the pool in winter but would need a state grant.\n"
    article = normalise_text(page, language="en")
    assert article.source_takeaways == []
    assert any(p.startswith("The swimming club said") for p in article.paragraphs), article.paragraphs


EVENTS = ["May 2015: Residents of the river villages file a petition saying the quarry's trucks damage their only "
          "road to the market.",
          "November 2016: The court orders the quarry to pay for the road's repair and forms a commission under a "
          "retired judge.",
          "February 2019: The commission reports that the repairs were never made and the trucks still run at night.",
          "March 2026: Final arguments are heard on Monday and the court reserves its verdict."]
STORY = """Home  Pakistan  World  Business
Court reserves verdict in quarry road case after 11 years
By Saima Qureshi
Published March 3, 2026
The high court on Monday reserved its verdict on petitions against a quarry's trucks on the river villages' road, closing a case that has run through at least 140 hearings.
A two-member bench heard final arguments from the quarry's owners, the provincial government and lawyers for the villagers, who say the road has been broken for a decade.
"""
AFTER = ("Outside the court, several villagers said they still walked two hours to the market when the road was "
         "flooded.\nThe quarry's lawyers said the company had paid for repairs twice and would accept the verdict.\n")


def test_a_timeline_box_of_long_dated_events_goes_whole():
    page = STORY + "Timeline\n" + "\n".join(EVENTS) + "\n" + AFTER
    article = normalise_text(page, language="en")
    for event in EVENTS:
        assert event in article.source_takeaways, (event, article.source_takeaways)
        assert event not in article.paragraphs
    assert any(p.startswith("Outside the court") for p in article.paragraphs)


def test_a_timeline_under_the_story_s_own_subheading_stays_in_the_text():
    page = STORY + "The case so far\nTimeline\n" + "\n".join(EVENTS) + "\n" + AFTER
    article = normalise_text(page, language="en")
    for event in EVENTS:
        assert event in article.paragraphs, (event, article.paragraphs)
    assert article.source_takeaways == []
    assert "The case so far" in article.paragraphs


AI_BOX = """Newsroom  Nation  Regions  Business  Opinion
NATION
Farmers lose 1.2 billion pesos in crops to Typhoon Ofel, agriculture office says
Maria Santos
Legazpi, Philippines
Oct 26, 2026 4:18 PM PHT
{note}
Rice and abaca farms in two provinces were the worst hit
The agriculture office will give 5,000 pesos in cash aid to each affected farmer
Typhoon Ofel destroyed 1.2 billion pesos worth of crops in the region, the regional agriculture office said on Monday, with rice and abaca farms the worst hit.
The office said 38,400 farmers in four provinces had lost all or part of their harvest, and that the count could rise as reports came in from remote villages.
Abaca farmers, who produce about a third of the country's fiber, lost plants that take a year and a half to grow back.
"""


@pytest.mark.parametrize("note", ["Summary is AI-generated, newsroom-reviewed",
                                  "This summary was generated with the help of AI and reviewed by our editors."])
def test_an_ai_summary_note_heads_the_box(note):
    article = normalise_text(AI_BOX.format(note=note), language="en")
    assert article.title == "Farmers lose 1.2 billion pesos in crops to Typhoon Ofel, agriculture office says"
    assert article.byline == "Maria Santos"
    assert any("worst hit" in t for t in article.source_takeaways), article.source_takeaways
    assert any("cash aid" in t for t in article.source_takeaways), article.source_takeaways
    assert not any(note in p or "cash aid to each" in p for p in article.paragraphs), article.paragraphs


NL_AI_BOX = """Home  Nieuws  Regio  Economie
Boeren verliezen miljoenen aan oogst door storm in Zeeland
Door Pieter de Wit
26 oktober 2026, 16:18
Deze samenvatting is gemaakt met behulp van AI en gecontroleerd door de redactie.
Vooral aardappel- en uienboeren op Walcheren zijn getroffen
De provincie geeft elke getroffen boer een tegemoetkoming van 5000 euro
De storm van afgelopen weekend heeft in Zeeland voor ruim 30 miljoen euro aan oogst vernield, meldt de provincie maandag na een eerste telling bij de boeren.
Volgens de provincie hebben ruim 1200 boeren een deel van hun oogst verloren, en kan dat aantal nog oplopen als de laatste meldingen binnen zijn.
"""


def test_an_ai_summary_note_heads_the_box_nl():
    article = normalise_text(NL_AI_BOX, language="nl")
    assert article.title == "Boeren verliezen miljoenen aan oogst door storm in Zeeland"
    assert any("tegemoetkoming" in t for t in article.source_takeaways), article.source_takeaways
    assert not any("tegemoetkoming van 5000" in p for p in article.paragraphs), article.paragraphs


def test_guard_an_ai_note_under_the_points_takes_no_story():
    # the note under a box's points (and over the story's lead) heads nothing: the lead stays the story's
    page = AI_BOX.replace("{note}\n", "").replace(
        "Typhoon Ofel destroyed", "This summary was generated with the help of AI and reviewed by our editors.\n"
        "Typhoon Ofel destroyed")
    article = normalise_text(page, language="en")
    assert any(p.startswith("Typhoon Ofel destroyed") for p in article.paragraphs), article.paragraphs


def test_an_ai_note_under_a_key_points_heading_is_the_heading_s():
    page = AI_BOX.format(note="Key points\nThis summary was generated with the help of AI and reviewed by our editors.")
    article = normalise_text(page, language="en")
    assert any("cash aid" in t for t in article.source_takeaways), article.source_takeaways
    assert not any("generated with the help of AI" in t for t in article.source_takeaways), article.source_takeaways
    assert article.title == "Farmers lose 1.2 billion pesos in crops to Typhoon Ofel, agriculture office says"
