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
