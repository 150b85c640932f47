"""A short Dutch headline over a bare-name byline is the title; the name is the byline (helper fix31b; stop 30 left it).

"Jeugdzorg onder druk" / "Sanne de Vries" / "12 november 2026" gave the title "Sanne de Vries" and no byline: the
capitalised name outscored a headline of three words, and one of one or two words scores nothing
(titlecues.bare_byline, titlecues.short_head). Hand-written pages; none is eval data.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from tests.page_text import page as _page
from tests.test_normalise_fix31b_places import NL_BODY


# --- 2. a short Dutch headline over a bare-name byline -------------------------------------------------------------

@pytest.mark.parametrize("model", [None, False])
@pytest.mark.parametrize("headline", ["Jeugdzorg onder druk", "Wachtlijsten"])
def test_a_short_headline_over_a_bare_name_is_the_title(headline, model):
    """Fails on main: the title was "Sanne de Vries" and the byline empty."""
    art = normalise_text(_page("Home", "Nieuws", "Binnenland", headline, "Sanne de Vries", "12 november 2026",
                               *NL_BODY, "Deel dit artikel"), model=model)
    assert art.title == headline
    assert art.byline == "Sanne de Vries"
    assert art.published == "2026-11-12"


def test_a_short_headline_over_a_bare_name_without_a_date():
    art = normalise_text(_page("Jeugdzorg onder druk", "Sanne de Vries", *NL_BODY))
    assert art.title == "Jeugdzorg onder druk"
    assert art.byline == "Sanne de Vries"


def test_a_section_word_over_a_bare_name_is_no_title():
    """Guard: a section's one-word label over the name is not taken for the headline (it is about no story)."""
    art = normalise_text(_page("Home", "Nieuws", "Opinie", "Sanne de Vries", "12 november 2026", *NL_BODY))
    assert art.title != "Opinie"
