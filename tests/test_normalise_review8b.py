"""Review 8b: a story sentence over a sign-up form, a bulletin's next-issue time, a month without a day."""

from __future__ import annotations

from newsbrief.normalise import normalise_text
from newsbrief.normalise.metadata import issue_date, with_time


def test_story_sentence_over_a_signup_form_is_no_pitch():
    # the story's one sentence mentions email; the form under it took it as its pitch and the byline as its heading
    page = """Home | Local | Transport

Bus operator adds late services on three routes

By Tom Hartley

Passengers in Redditch can ask for timetable updates by email from next week, the operator said on Friday.

Your email address

Subscribe
"""
    article = normalise_text(page)
    assert article.byline == "Tom Hartley"
    assert any("timetable updates by email" in p for p in article.paragraphs)
    assert ("Subscribe", "removed", "sign-up box") in [tuple(r) for r in article.line_roles]


def test_issue_time_is_the_one_next_to_the_date():
    # "next update 17:00" is another bulletin's time, not this one's
    assert issue_date("RIVER BULLETIN No. 7 issued Monday 14 December 2026 - next update 17:00") == "14 December 2026"
    assert issue_date("Weerbericht nr. 3 uitgegeven op maandag 14 december 2026 - volgende update om 17:00") \
        == "14 december 2026"
    # a time right after the date, or before it, still counts
    assert issue_date("RIVER BULLETIN No. 7 issued Monday 14 December 2026 at 05:30").endswith("05:30")
    assert issue_date("RIVER BULLETIN No. 7 issued at 05:30 on Monday 14 December 2026").endswith("05:30")


def test_byline_time_needs_a_day_in_the_date():
    assert with_time("March 2026", "9:15 AM") == "March 2026"
    assert with_time("maart 2026", "09:15") == "maart 2026"
    assert with_time("Tuesday, 3 March 2026", "9:15 AM") == "Tuesday, 3 March 2026, 9:15 AM"
