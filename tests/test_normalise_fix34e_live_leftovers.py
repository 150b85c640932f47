"""probeB's finding 12 (stop 34): a live blog's furniture left in its text. The "KEY EVENTS" list over the story
(timed links: "10:42 Rabada removes Smith for 12", no colon or dash after the time) lost three of its four lines to
the model and the fourth stayed, and the removed ones were warned of as a table of numbers; the one-word topic links
under "Read more on:" stayed (a read-more heading's items were two words at least); the comments disclaimer under the
story ("Disclaimer: … The comments … are not moderated …") stayed. Pages written for these tests."""

from __future__ import annotations

from newsbrief.normalise import normalise_text

EVENTS = ["10:15 Ngidi removes Head for 9", "11:50 Tea: Bangladesh 151/5", "13:05 Keshav takes two in an over",
          "14:20 Bangladesh all out for 208"]
PAGE = """Sport Home  Rugby  Soccer  Cricket  Golf
LIVE | Proteas v Bangladesh, 1st Test, Day 2: Ngidi stars as hosts take charge
Sport Desk
12 Jan 2027
KEY EVENTS
{events}
The Proteas took charge of the first Test at Kingsmead on Saturday as Lungi Ngidi took four wickets and Bangladesh were bowled out for 208, a first-innings lead of 171.
14:20
WICKET! Bangladesh all out for 208. Mushfiqur edges Ngidi to the keeper and the hosts lead by 171 runs.
13:05
Keshav Maharaj strikes twice in an over. Litton is stumped charging down the pitch and Mehidy goes lbw two balls later.
11:50
TEA: Bangladesh 151/5. A strong session for South Africa, who took three wickets for 60 runs after the break.
10:15
WICKET! Ngidi gets Head for 9, caught at second slip. His first of the day and the start of a collapse.
Read more on:
proteas
bangladesh
cricket
Disclaimer: Sport Desk encourages freedom of speech and the expression of diverse views. The comments hosted on this platform do not reflect the views of the publisher and are not moderated before they go live.
Trending
Sharks name squad for Durban derby
© 2027 Sport Desk
"""


def _article():
    return normalise_text(PAGE.format(events="\n".join(EVENTS)), language="en")


def test_the_key_events_list_leaves_the_text_whole():
    article = _article()
    for event in EVENTS:
        assert event not in article.paragraphs, (event, article.paragraphs)
    assert not any("table or list of numbers" in w for w in article.warnings), article.warnings
    # the story's first paragraph opens the text
    assert article.paragraphs[0].startswith("The Proteas took charge")


def test_one_word_topic_links_and_the_comments_disclaimer_go():
    text = "\n".join(_article().paragraphs)
    for tag in ("proteas", "bangladesh", "cricket"):
        assert tag not in text.splitlines(), tag
    assert "Disclaimer:" not in text
    # the entries stay
    assert "Keshav Maharaj strikes twice in an over." in text


def test_guard_a_timed_line_under_no_key_events_heading_stays():
    # a live entry's time and text on one line under the story's paragraph: no heading over it, no box
    page = PAGE.format(events="\n".join(EVENTS)).replace("KEY EVENTS\n" + "\n".join(EVENTS) + "\n", "")
    page = page.replace("14:20\nWICKET! Bangladesh", "14:20 WICKET! Bangladesh")
    article = normalise_text(page, language="en")
    assert any(p.startswith("14:20 WICKET! Bangladesh all out") or p.startswith("WICKET! Bangladesh all out")
               for p in article.paragraphs), article.paragraphs
    assert article.source_takeaways == []
