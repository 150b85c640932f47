"""notnews's recruiter and review signals by their shape (review of stop 32, finding 7), in en/nl/ar.

* A recruiter is a role after the byline's comma ("…, Senior Recruitment Consultant", "…, HR Business Partner" with
  "HR" in capitals), not a reporter's beat that names the same words ("…, Staffing and Labour Correspondent", "محررة
  شؤون التوظيف") nor a time ("2 hr ago"): a reporter's byline keeps vetoing the job-ad warning.
* A review's headline has the review shape ("… review:", "Review:", "… review" at its end, "Recensie:", "مراجعة …:"),
  not the word anywhere: an event named "… Review Club" stays a ticket page.
The pages are the hand-written ones of test_normalise_not_news*.py, with their byline or title changed.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.notnews import NOT_NEWS
from tests.test_normalise_not_news import EVENT_EN
from tests.test_normalise_not_news32 import RECRUITER_JOBS


def _not_news(page: str) -> str | None:
    return next((w for w in normalise_text(page).warnings if w.startswith(NOT_NEWS)), None)


BEATS = {"en": ("Posted by Sarah Lindqvist, Senior Recruitment Consultant",
                "By Jane Doe, Staffing and Labour Correspondent"),
         "nl": ("Geplaatst door Marloes Verbeek, recruiter", "Door Marloes Verbeek, verslaggever werk en werving"),
         "ar": ("نشر بواسطة: ليلى منصور، مسؤولة التوظيف", "بقلم ليلى منصور، محررة شؤون التوظيف")}


@pytest.mark.parametrize("lang", list(BEATS))
def test_a_reporters_beat_is_no_recruiter(lang):
    """The same job page under a reporter's byline whose beat names the recruiters' words: a page with an author is
    journalism, so no job-ad warning (under the recruiter's own byline it is named: test_normalise_not_news32)."""
    recruiter, reporter = BEATS[lang]
    assert recruiter in RECRUITER_JOBS[lang]
    assert _not_news(RECRUITER_JOBS[lang])  # the recruiter's byline: named
    assert _not_news(RECRUITER_JOBS[lang].replace(recruiter, reporter)) is None


def test_a_time_after_the_byline_is_no_hr_role():
    page = RECRUITER_JOBS["en"].replace("Senior Recruitment Consultant", "2 hr ago")
    assert _not_news(page) is None
    assert _not_news(RECRUITER_JOBS["en"].replace("Senior Recruitment Consultant", "HR Business Partner"))


def test_an_event_whose_name_says_review_is_still_a_ticket_page():
    """"review" in the event's name is no review's headline shape, so the ticket page is named."""
    title = EVENT_EN.split("\n", 1)[0]
    said = _not_news(EVENT_EN.replace(title, "Kids' Book Review Club with Anna Berg"))
    assert said and "ticket page" in said, said




@pytest.mark.parametrize("title", ["Harbour Big Band review: swing that never lets up", "Review: Harbour Big Band",
                                   "Recensie: Harbour Big Band in de Oude Beurs"])
def test_guard_a_review_headline_over_the_box_office_box_is_an_article(title):
    """A review's headline shape over the same box: a review of the night, no ticket page (notnews._reviewed)."""
    page = EVENT_EN.replace(EVENT_EN.split("\n", 1)[0], title)
    assert _not_news(page) is None, title
