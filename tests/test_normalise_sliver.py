"""Pages that are all content keep their content, not the one sentence the rules took for an article body.

A page of links, a logbook or any page without an article has no dense prose to anchor the body region on: the
rules' body falls on its one sentence-like line and every other line is dropped for where it stands ("before the
article", "after the article", "comment section"). `pagemode.no_sliver` keeps those lines when the decision would
keep only a sliver. Hand-written pages; the measured effect is in BENCHMARKS.md ("No slivers").
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.pagemode import SLIVER_SHARE, SLIVER_WORDS, no_sliver

LINK_SECTIONS = {
    "Seed Suppliers": [
        "Thompson and Morgan -- seeds, plants and bulbs", "Chiltern Seeds -- unusual seeds from around the world",
        "Real Seeds -- open-pollinated vegetable seeds", "Heritage Seed Library -- old varieties kept alive by members",
        "Kings Seeds -- the allotment society catalogue with member discounts"],
    "Soil and Compost": [
        "Composting basics from the county council", "How to make leaf mould in a single season",
        "Worm bins for small gardens and balconies", "Testing your soil pH at home with a cheap kit",
        "Green manures to sow after the last harvest"],
    "Pests and Diseases": [
        "Slug control without pellets", "Blight warnings for potatoes and tomatoes",
        "Companion planting chart for beginners", "Identifying aphids and their predators",
        "Netting brassicas against pigeons and butterflies"],
    "Weather": [
        "Five day forecast for the valley", "Frost dates by postcode", "Rainfall records kept since 1910",
        "Soil temperature readings from the agricultural college"],
    "Tools": [
        "Sharpening a hoe properly", "Choosing a wheelbarrow that lasts", "Repairing a leaking hose pipe",
        "Second hand tools from the repair cafe"],
    "Growing Guides": [
        "Potatoes from chitting to harvest", "Runner beans on a budget", "Growing onions from sets",
        "Raspberries for a small plot", "Overwintering broad beans", "Sowing carrots against carrot fly"],
    "Community": [
        "Local allotment society and its waiting list", "Seed swap calendar for the spring",
        "Garden open days in the county", "Volunteer at the community orchard",
        "The horticultural show schedule and entry forms"],
}
LINK_PAGE = ("Useful Garden Links\nSome of the sites I use when planning the allotment each spring.\n"
             + "".join(f"{head}\n" + "".join(f"{item}\n" for item in items) for head, items in LINK_SECTIONS.items())
             + "Last updated 3 March 2006\n")

LOG_ENTRIES = [
    ("Mar 02 2006 09:14AM", "Ellen Vos", "Pump 3 restarted after the seal was replaced. Pressure steady at 4.1 bar for "
                                         "the first hour."),
    ("Mar 02 2006 11:40AM", "Tom Brink", "Flow meter on line B reads ten percent low against the clamp-on reference. "
                                         "Recalibration booked for Friday."),
    ("Mar 02 2006 02:05PM", "Ellen Vos", "Filter bank two back in service. Differential pressure normal, no leaks at "
                                         "the new gaskets."),
    ("Mar 03 2006 08:30AM", "Sara Kok", "Night shift reports two short alarms on the chlorine dosing unit. Both cleared "
                                        "without action; sensor to be checked."),
    ("Mar 03 2006 10:12AM", "Tom Brink", "Chlorine sensor cleaned and tested with buffer solution. Readings within "
                                         "tolerance now."),
    ("Mar 03 2006 03:48PM", "Ellen Vos", "Reservoir level at 82 percent. Valve V-12 exercised as part of the quarterly "
                                         "routine; it moves freely."),
    ("Mar 04 2006 09:01AM", "Sara Kok", "Generator test run for thirty minutes under load. Fuel at three quarters, oil "
                                        "topped up."),
    ("Mar 04 2006 01:22PM", "Tom Brink", "Flow meter recalibrated. Line B now agrees with the reference to within one "
                                         "percent."),
    ("Mar 05 2006 07:55AM", "Ellen Vos", "Weekend walk-round done. Minor drip at the sample tap in the filter hall; "
                                         "washer replaced on the spot."),
    ("Mar 05 2006 12:10PM", "Sara Kok", "Turbidity at the outlet below 0.2 all morning after the backwash sequence was "
                                        "shortened by two minutes."),
    ("Mar 05 2006 04:31PM", "Tom Brink", "Spare parts order sent for the dosing pumps: two diaphragms, one check valve "
                                         "and a set of seals."),
    ("Mar 06 2006 08:02AM", "Ellen Vos", "Inspector from the water board visited and reviewed the chlorine records; no "
                                         "remarks this time."),
    ("Mar 06 2006 02:47PM", "Sara Kok", "Pump 3 vibration a little higher than last week. Bearing noise checked with "
                                        "the stethoscope, sounds normal."),
    ("Mar 07 2006 09:20AM", "Tom Brink", "Control room screen for the reservoir froze twice. Restarted the display "
                                         "server; logging was not affected."),
    ("Mar 07 2006 03:05PM", "Ellen Vos", "Handover notes for next week: recalibrate line A meter, replace the sample "
                                         "tap, and test the backup dosing pump."),
]
LOG_PAGE = ("Plant Logbook: Week 9\nEntries for this week\nDate\nAuthor\nText\n"
            + "".join(f"{stamp}\n{author}\n{text}\n" for stamp, author, text in LOG_ENTRIES))


def test_a_page_of_links_keeps_its_links_not_only_its_one_sentence():
    article = normalise_text(LINK_PAGE)
    kept = set(article.paragraphs)
    items = [item for items in LINK_SECTIONS.values() for item in items]
    assert sum(item in kept for item in items) >= len(items) - 2  # a heading-like item may go to the header roles
    assert "Some of the sites I use when planning the allotment each spring." in kept
    # the kept lines stand as the rules' positional reason, decided for the page (the record says why)
    roles = {line: (role, reason) for line, role, reason in article.line_roles}
    assert roles["Frost dates by postcode"][0] == "content"
    assert "after the article" in roles["Frost dates by postcode"][1]


def test_a_logbook_keeps_its_entries_not_only_the_first_one():
    article = normalise_text(LOG_PAGE)
    text = article.text
    for _, _, entry in LOG_ENTRIES:
        assert entry in text
    # nothing lost, so no warning that the kept text is a small part of the page
    assert not any("small part" in w for w in article.warnings)


# (an xfail from run N's refit to drag5's: that page layer chose the 'all' mode here and kept the teasers)
def test_a_short_story_over_a_long_teaser_list_keeps_the_story_only():
    story = [
        "Harbour bridge closes for repairs",
        "The harbour bridge will close to traffic for three weeks from Monday while engineers replace worn joints.",
        "Buses will divert over the ring road, adding about ten minutes to journeys into the centre, the council said.",
    ]
    teasers = [f"{town} council votes on new parking charges for the {season}"
               for town in ("Northport", "Eastwick", "Southby", "Westfield", "Kingsbridge", "Millbrook", "Ashford",
                            "Riverton", "Oakham", "Lindale")
               for season in ("summer", "winter", "holidays")]
    article = normalise_text("\n".join(story + ["More from the region"] + teasers))
    assert article.paragraphs == story[1:]


def test_no_sliver_keeps_the_positional_lines_only_when_the_decision_is_a_sliver():
    reasons = ["prose"] + ["after the article"] * 30 + ["navigation"] * 5
    words = [10] + [8] * 30 + [3] * 5
    keep = [True] + [False] * 35
    restored = no_sliver(keep, words, reasons)
    assert restored == [True] + [True] * 30 + [False] * 5  # a phrase-list line ("navigation") stays dropped
    # a kept body of SLIVER_WORDS words is an article, however much follows it
    assert no_sliver(keep, [SLIVER_WORDS] + words[1:], reasons) == keep
    # ... and so is a smaller body that holds at least SLIVER_SHARE of the page's unclaimed words
    few = int(10 / SLIVER_SHARE) // 8 - 2
    assert no_sliver(keep[:1 + few], words[:1 + few], reasons[:1 + few]) == keep[:1 + few]


@pytest.mark.parametrize("menu, extra, count", [(True, 0, 30), (False, 2, 30), (True, 2, 15), (False, 0, 10)])
def test_guard_a_story_over_a_teaser_list_keeps_the_story_only(menu, extra, count):
    """Guard (passes before and after run N): the same story with a site menu above it, two more paragraphs, or a
    shorter list keeps the story alone."""
    story = [
        "Harbour bridge closes for repairs",
        "The harbour bridge will close to traffic for three weeks from Monday while engineers replace worn joints.",
        "Buses will divert over the ring road, adding about ten minutes to journeys into the centre, the council said.",
        "The council said the work had been planned for two years and could not be delayed any longer.",
        "Shops near the bridge said they expected fewer customers during the closure and asked for help with parking.",
    ][:3 + extra]
    teasers = [f"{town} council votes on new parking charges for the {season}"
               for town in ("Northport", "Eastwick", "Southby", "Westfield", "Kingsbridge", "Millbrook", "Ashford",
                            "Riverton", "Oakham", "Lindale")
               for season in ("summer", "winter", "holidays")][:count]
    top = ["Home", "News", "Sport", "Weather", "Subscribe"] if menu else []
    article = normalise_text("\n".join(top + story + ["More from the region"] + teasers))
    assert article.paragraphs == story[1:]
