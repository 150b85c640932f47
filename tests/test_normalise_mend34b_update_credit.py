"""Review 34 #6, as a cause (hand-written pages): a section's name before "/ Updated:" became the byline ("Premier
League", "Breaking News", "أخبار مصر", a topic tag "Donald Trump"). The credit there is a desk's initials, a known desk
or an agency; a person's name only behind a byline label ("By …", "Door …", "بقلم …"); a section or menu word never.
The update label behind the section still makes the line an update-only date line.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.metadata import UPDATE_TIME_WARNING, credit_before_update, update_time_warning
from tests.harbour_story import BODY_EN, BODY_NL, BODY_AR, HEADLINE_EN, HEADLINE_NL, HEADLINE_AR


# --- #6: what stands before "/ Updated:" ---------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Premier League / Updated: Jul 9, 2026, 22:14 IST",  # a section's name (two capitalised words)
    "Breaking News / Updated: Jul 9, 2026",
    "Live Updates | Updated 9 July 2026, 10:05",
    "Gaza Live / Updated: Jul 9, 2026",
    "Donald Trump / Updated: Jul 9, 2026",  # a topic tag names a person the story is about, not its writer
    "NEWS / Updated: Jul 9, 2026",  # a menu word in capitals is no desk's initials
    "Buitenlands Nieuws / Bijgewerkt: 9 juli 2026, 10:05",
    "Binnenland | Bijgewerkt: 9 juli 2026, 10:05",
    "Eva de Vries / Bijgewerkt: 9 juli 2026, 10:05",  # a name without a byline label: a tag as often as a writer
    "أخبار مصر / آخر تحديث: 9 يوليو 2026",  # "Egypt news"
    "عاجل / آخر تحديث: 9 يوليو 2026",  # "urgent"
])
def test_a_section_before_the_update_label_is_no_credit(line):
    assert credit_before_update(line) is None


@pytest.mark.parametrize("line, credit", [
    ("TNN / Updated: Jul 9, 2026, 22:14 IST", "TNN"),  # a desk's initials
    ("ANP / Bijgewerkt: 4 november 2026, 09:12", "ANP"),  # an agency
    ("Redactie Binnenland / Bijgewerkt: 4 november 2026, 09:12", "Redactie Binnenland"),  # a desk
    ("By Niamh Cassidy | Updated 4 November 2026, 09:12", "Niamh Cassidy"),  # a name behind its label
    ("Door Eva de Vries / Bijgewerkt: 9 juli 2026, 10:05", "Eva de Vries"),
    ("بقلم سلمى الحداد / آخر تحديث: 9 يوليو 2026", "سلمى الحداد"),
])
def test_a_credit_before_the_update_label(line, credit):
    assert credit_before_update(line) == credit


@pytest.mark.parametrize("headline, line, body, language", [
    (HEADLINE_EN, "Premier League / Updated: Jul 9, 2026, 22:14", BODY_EN, "en"),
    (HEADLINE_NL, "Buitenlands Nieuws / Bijgewerkt: 9 juli 2026, 10:05", BODY_NL, "nl"),
    (HEADLINE_AR, "أخبار مصر / آخر تحديث: 9 يوليو 2026", BODY_AR, "ar"),
])
def test_a_section_over_the_update_line_gives_no_byline_but_the_update_warning(headline, line, body, language):
    article = normalise_text("\n".join([headline, line] + body), language=language)
    assert article.byline is None
    assert any(w.startswith(UPDATE_TIME_WARNING) for w in article.warnings)


@pytest.mark.parametrize("line, update_only", [
    ("Premier League / Updated: Jul 9, 2026, 22:14", True),
    ("Binnenland | Bijgewerkt: 9 juli 2026, 10:05", True),
    ("أخبار مصر / آخر تحديث: 9 يوليو 2026", True),
    ("5 July 2026 / Updated 9 July 2026", False),  # the publication's date stands first
    ("09:00 | Updated 11:30, 9 July 2026", False),
])
def test_what_stands_before_the_update_label_never_hides_it(line, update_only):
    assert (update_time_warning(line) is not None) == update_only
