"""Live blogs through the normaliser (tester finding 5): the blog's own furniture ("Please turn on JavaScript to see
live updates.", "Key events", "Show key events only") never reaches the text or the takeaways; every entry's time
standing on its own line gets the same decision, in the header zone or in the body; on an HTML page the entry
headings and <time> stamps the extractor drops are listed in `removed`, in page order. The pages are hand-written.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.html import normalise_document, page_lines
from newsbrief.normalise.metadata import without_media_label

FLOODS = """River Severn floods live: hundreds evacuated as water rises in Shrewsbury
Last updated: 16:05 BST
Key events
Show key events only
Please turn on JavaScript to see live updates.
16:05 BST
Environment Agency issues severe flood warning
The Environment Agency has issued a severe flood warning for Frankwell, meaning there is a danger to life. About 300 homes have been evacuated.
Share
15:20 BST
Rest centre opens at leisure centre
Shropshire Council has opened a rest centre at the Quarry leisure centre for people who have left their homes.
Share
14:45 BST
Welsh Bridge closed to traffic
Police closed the Welsh Bridge to all traffic after the river reached 5.2 metres, the highest level since 2020.
Share
13:30 BST
Trains between Shrewsbury and Wolverhampton suspended
Network Rail suspended services because of flooding on the line near Wellington.
Share
Advertisement
Sign up for our flood alerts
"""

BLOG_NL = """Stormliveblog: duizenden huishoudens zonder stroom
Laatste update: 18:40
Zet JavaScript aan om de updates te zien
18:40
Stroomstoring in Friesland grotendeels verholpen
Netbeheerder Liander meldt dat de meeste van de 12.000 getroffen huishoudens weer stroom hebben.
17:55
Treinverkeer rond Zwolle hervat
De NS laat de treinen tussen Zwolle en Meppel weer rijden nadat een omgewaaide boom van het spoor is gehaald.
17:10
Code oranje ingetrokken
Het KNMI heeft de waarschuwing voor zware windstoten in het noorden van het land ingetrokken.
"""


def _heads_an_entry(stamp: str, article) -> bool:
    """A live blog's entry time kept at the head of its entry's paragraph ("16:05 BST – Environment Agency …")."""
    return any(p.startswith(f"{stamp} – ") for p in article.paragraphs)


def test_live_blog_furniture_is_removed_and_every_entry_time_kept():
    article = normalise_text(FLOODS)
    text = article.text
    for furniture in ("Please turn on JavaScript", "Key events", "Show key events only"):
        assert furniture not in text, furniture
    # the four entry times: kept with their entries, the first one (in the header zone) as much as the last, each
    # heading its entry (normalise/entrytimes.py)
    for stamp in ("16:05 BST", "15:20 BST", "14:45 BST", "13:30 BST"):
        assert _heads_an_entry(stamp, article), (stamp, article.removed)
    assert "Last updated: 16:05 BST" in article.removed  # the page's own update line is no entry


@pytest.mark.parametrize("zone", ["IST", "JST", "CT", "EAT"])
def test_a_live_blog_in_any_zone_of_the_one_zone_table_is_read_as_one(zone):
    # the entry times' zone is one the summariser knew and classify.BARE_STAMP did not (one table now,
    # summarise/zones.py): the page was no live blog, and its first entry's heading became the title
    article = normalise_text(FLOODS.replace(" BST", f" {zone}"))
    assert article.title == "River Severn floods live: hundreds evacuated as water rises in Shrewsbury"
    for stamp in ("16:05", "15:20", "14:45", "13:30"):
        assert _heads_an_entry(f"{stamp} {zone}", article), (stamp, article.removed)


def test_dutch_live_blog_notice_is_removed_and_entry_times_kept():
    article = normalise_text(BLOG_NL)
    assert "Zet JavaScript aan om de updates te zien" in article.removed
    for stamp in ("18:40", "17:55", "17:10"):
        assert _heads_an_entry(stamp, article), (stamp, article.removed)


def test_phrases_do_not_match_story_sentences():
    """Guard (passes before and after): story sentences with the same words stay."""
    story = ("Council to review flood defences after winter storms\nBy Sam Hale\n"
             "The council will review the key events of the winter floods at a public meeting on Monday, its leader "
             "said.\nOfficials said residents should enable JavaScript alerts on the council's app to get warnings "
             "when the river rises above four metres.\nThe review will report in the spring.\n")
    article = normalise_text(story)
    assert "key events of the winter floods" in article.text
    assert "enable JavaScript alerts" in article.text


def test_live_blog_takeaways_never_start_with_the_javascript_notice(tmp_path):
    from summarise import SummaryInput
    from summarise.extractive import ExtractiveSummariser
    from translate import split_sentences

    article = normalise_text(FLOODS)
    sentences, paragraphs = [], []
    for k, paragraph in enumerate(article.paragraphs):
        for s in split_sentences(paragraph, "en"):
            sentences.append(s)
            paragraphs.append(k)
    summary = ExtractiveSummariser().summarise(SummaryInput(sentences=sentences, paragraphs=paragraphs,
                                                            title=article.title))
    assert summary.takeaways and not any("JavaScript" in b.text for b in summary.takeaways)


LIVE_HTML = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Live: wildfire near Marseille</title>
</head><body>
<h1>Live: wildfire forces evacuations near Marseille</h1>
<p class="updated">Last updated: 17:40 CET</p>
<div class="entry"><time>17:40</time><h3>Motorway reopened</h3><p>The A55 motorway reopened to traffic in both directions after firefighters brought the blaze under control near the coast.</p></div>
<div class="entry"><time>16:55</time><h3>Water bombers</h3><p>Six water bombers were sent from Nimes to help the 900 firefighters on the ground, the prefecture said.</p></div>
<div class="entry"><time>16:10</time><h3>Evacuations</h3><p>About 1,200 residents of the villages of Ensues and Carry were told to leave their homes as the fire spread.</p></div>
</body></html>"""


def test_html_live_blog_loses_no_page_line_and_lists_removed_in_page_order():
    article = normalise_document(LIVE_HTML)
    lines = page_lines(LIVE_HTML)
    record = " ".join(article.paragraphs + article.removed + [article.title or ""])
    for line in lines:  # the entry headings and the <time> stamps the extractor drops included
        # (the headline's "Live:" label is the page's format: the title is the headline without it, tester29b C3)
        assert line in article.removed or any(line in p for p in article.paragraphs) \
            or without_media_label(line) == article.title, \
            (line, article.removed)
    at = [lines.index(line) for line in article.removed if line in lines]
    assert at == sorted(at), article.removed
    assert "Evacuations" in article.removed, record
    # the entry times the extractor drops are put back at the head of their entries: the page stays a live blog
    assert [p[:5] for p in article.paragraphs if p[:5] in ("17:40", "16:55", "16:10")] == ["17:40", "16:55", "16:10"]


@pytest.mark.parametrize("paragraphs, times, joined", [
    # a live blog: four times, each over its entry, at any minute; each time heads its entry (the entry's own dash
    # gives way to the joining one)
    (["Storm live: trees down across the north", "11:47", "- A tree fell on the A1 near Morpeth.", "11:02",
      "Northern Powergrid says 4,000 homes are without power.", "10:38", "Schools in Alnwick are closed today.",
      "09:51", "The Met Office has raised its warning to amber."],
     ["11:47", "11:02", "10:38", "09:51"],
     ["Storm live: trees down across the north", "11:47 – A tree fell on the A1 near Morpeth.",
      "11:02 – Northern Powergrid says 4,000 homes are without power.", "10:38 – Schools in Alnwick are closed today.",
      "09:51 – The Met Office has raised its warning to amber."]),
    # a day's programme: every time on the hour or the quarter (no live blog, the items are still joined)
    (["Open day programme", "09:00", "Welcome in the main hall", "10:15", "Campus tour", "11:30", "Lunch",
      "13:00", "Question time with students"],
     [],
     ["Open day programme", "09:00 – Welcome in the main hall", "10:15 – Campus tour", "11:30 – Lunch",
      "13:00 – Question time with students"]),
    # a story with one time on a line of its own: nothing to join
    (["Vertraging op het spoor", "14:42", "Tussen Utrecht en Amersfoort rijden minder treinen.",
      "ProRail verwacht dat de storing rond vijf uur is verholpen."],
     [],
     ["Vertraging op het spoor", "14:42", "Tussen Utrecht en Amersfoort rijden minder treinen.",
      "ProRail verwacht dat de storing rond vijf uur is verholpen."]),
])
def test_one_scan_of_entry_heads_gives_the_times_and_the_joined_entries(paragraphs, times, joined):
    """The text path reads a live blog's entry times and joins them in one scan (`timed_and_attached`): the blog's
    times, none for a programme on round hours or a lone time, and each time joined to the entry under it."""
    from newsbrief.normalise.entrytimes import timed_and_attached
    assert timed_and_attached(paragraphs) == (times, joined)


def test_the_text_path_warns_of_a_live_blog_and_joins_its_times():
    """Through normalise_text: the warning counts the blog's four entries and each time heads its entry's paragraph."""
    article = normalise_text(FLOODS)
    live = [w for w in article.warnings if w.startswith("the page carries updates")]
    assert len(live) == 1 and "4 timed entries" in live[0], article.warnings
    heads = [p for p in article.paragraphs if p.startswith(("16:05 BST – ", "15:20 BST – ", "14:45 BST – ",
                                                             "13:30 BST – "))]
    assert len(heads) == 4, article.paragraphs
