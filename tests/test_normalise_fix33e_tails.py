"""probeB's findings 5 and 9 (stop 33): a science-news page's tail ("Story Source:" / "Materials provided by …" /
"Journal Reference:" / the paper's citation / "Cite This Page:" / "MLA" / "APA" / "Chicago") was kept and the paper's
title became a takeaway, and its "FULL STORY" label was read as the byline; a piece republished from The Conversation
kept its "Disclosure statement", funding line and "Partners". Pages written for these tests."""

from __future__ import annotations

import json

from newsbrief.normalise import normalise_text
from tests.fixtures_cli import invoke

SCIENCE_PAGE = """Science Daily Digest
Home
Health
Environment
Space
Technology
Animal News
Bats use the moon to time their flights over farmland, tracking study shows
Date:
March 3, 2027
Source:
University of Exeter
Summary:
Tiny tags on 60 bats show that the animals leave their roosts later on bright nights to avoid owls.
Share:
FULL STORY
Tiny radio tags fitted to 60 pipistrelle bats in Devon show that the animals leave their roosts up to 40 minutes later on nights with a full moon.
The researchers followed the bats for three summers and matched each flight to the moonlight and the insects caught in light traps.
"On a bright night an owl can see a bat against the sky, so they wait for the moon to drop," said lead author Dr Amy Rowe.
The team says farm lighting could have the same effect and plans to study lit barns next.
Story Source:
Materials provided by University of Exeter. Note: Content may be edited for style and length.
Journal Reference:
Amy Rowe, Tom Pike, Sara Idris. Lunar light delays emergence in pipistrelle bats. Journal of Animal Ecology, 2027; 96 (3): 402 DOI: 10.1111/1365-2656.14001
Cite This Page:
MLA
APA
Chicago
University of Exeter. "Bats use the moon to time their flights over farmland." Science Daily Digest, 3 March 2027.
RELATED STORIES
Owls Hunt Less on Cloudy Nights
"""

CONVERSATION_PAGE = """Valley Gazette
News  Opinion  Science
Why your tomatoes split after a storm, and how to stop it
Mark Ellison, The Conversation
June 12, 2027
Gardeners who water carefully all summer are often puzzled when their tomatoes split open the morning after a heavy storm.
The cause is simple: the fruit's skin stops growing as it ripens, while the flesh inside keeps taking up water when the soil is suddenly soaked.
Our trials with 400 plants found that a thick layer of mulch cut splitting by almost half, because it keeps the soil's moisture steady.
Picking fruit as soon as it starts to colour, and letting it ripen indoors, avoids most of the damage altogether.
Disclosure statement
Mark Ellison receives funding from the Horticultural Trust. He does not work for, consult, own shares in or receive funding from any company or organisation that would benefit from this article, and has disclosed no relevant affiliations beyond their academic appointment.
Partners
Harper Adams University provides funding as a member of The Conversation UK.
This article is republished from The Conversation under a Creative Commons license. Read the original article.
"""


def test_a_science_pages_tail_goes():
    article = normalise_text(SCIENCE_PAGE, language="en")
    text = article.text
    for tail in ("Story Source", "Materials provided by", "Journal Reference", "Lunar light delays emergence",
                 "Cite This Page", "MLA", "Chicago"):
        assert tail not in text, (tail, article.paragraphs)
    assert "plans to study lit barns next" in text


def test_a_full_story_label_is_no_byline(tmp_path):
    # (the command's record: its byline comes from the whole page read, as the user sees it)
    page = tmp_path / "bats.txt"
    page.write_text(SCIENCE_PAGE, encoding="utf-8")
    record = json.loads(invoke("normalise", str(page), "--format", "json").stdout)
    assert record["byline"] is None or "STORY" not in record["byline"].upper(), record["byline"]
    assert "FULL STORY" not in record["text"]


def test_the_conversations_disclosure_and_partners_go():
    article = normalise_text(CONVERSATION_PAGE, language="en")
    for tail in ("Disclosure statement", "receives funding from the Horticultural Trust", "Partners",
                 "provides funding as a member"):
        assert tail not in article.text, (tail, article.paragraphs)
    assert "letting it ripen indoors" in article.text
