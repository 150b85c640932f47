"""Review 34 #14, as causes (hand-written pages):

- an e-mailed release's "Van:/From:" header put the sender's address into the byline ("Gemeente Utrecht
  <persberichten@utrecht.nl>"): the address is no part of the issuer's name;
- an HTML page's "From:" label anywhere on the page (a quoted e-mail deep in the story) named the issuer: only the
  header above the story's body names it.
"""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from newsbrief.normalise import normalise_text
from newsbrief.normalise.html import normalise_html
from newsbrief.normalise.issuer import issuer, issuer_in_tree
from tests.harbour_story import BODY_EN, BODY_NL, BODY_AR, HEADLINE_EN, HEADLINE_NL, HEADLINE_AR


# --- #14: the e-mail address after the issuer ----------------------------------------------------------------------

@pytest.mark.parametrize("value, expected", [
    ("Gemeente Utrecht <persberichten@utrecht.nl>", "Gemeente Utrecht"),
    ("Amsterdam City Council [mailto:press@amsterdam.nl]", "Amsterdam City Council"),
    ('"Ministry of Transport" <press@transport.example.gov>', "Ministry of Transport"),
    ("Provincie Utrecht (communicatie@provincie-utrecht.nl)", "Provincie Utrecht"),
    ("Ministry of Health press@health.example.gov", "Ministry of Health"),
    ("وزارة النقل <media@transport.example.gov>", "وزارة النقل"),
    ("<persberichten@utrecht.nl>", None),  # an address alone names no body
])
def test_an_address_is_no_part_of_the_issuer(value, expected):
    assert issuer(value) == expected


@pytest.mark.parametrize("header, body, language, expected", [
    (["Van: Gemeente Utrecht <persberichten@utrecht.nl>", "Verzonden: dinsdag 4 november 2026 09:12",
      "Onderwerp: " + HEADLINE_NL, HEADLINE_NL], BODY_NL, "nl", "Gemeente Utrecht"),
    (["From: Amsterdam City Council <press@amsterdam.nl>", "Sent: Tuesday 4 November 2026 09:12",
      "Subject: " + HEADLINE_EN, HEADLINE_EN], BODY_EN, "en", "Amsterdam City Council"),
    (["من: وزارة النقل <media@transport.example.gov>", HEADLINE_AR], BODY_AR, "ar", "وزارة النقل"),
])
def test_an_emailed_release_names_its_issuer_without_the_address(header, body, language, expected):
    assert normalise_text("\n".join(header + body), language=language).byline == expected


# --- #14: only the header names the issuer --------------------------------------------------------------------------

def _page(header: str, paragraphs: list[str]) -> str:
    return ("<html><head><title>" + HEADLINE_EN + "</title></head><body><main><h1>" + HEADLINE_EN + "</h1>" + header
            + "".join(f"<p>{p}</p>" for p in paragraphs) + "</main></body></html>")


QUOTED_MAIL = ("<blockquote><p><strong>From:</strong> <span>Office of the Harbour Master</span></p>"
               "<p>Subject: pier closure</p></blockquote>")


def test_a_from_label_deep_in_the_story_names_no_issuer():
    # the story quotes an e-mail after its third paragraph: its sender did not issue the page
    page = _page("", BODY_EN + [QUOTED_MAIL] + ["The board will meet again in March to review the repairs."])
    assert issuer_in_tree(lxml_html.fromstring(page)) is None
    assert normalise_html(page, language="en").byline != "Office of the Harbour Master"


def test_a_from_label_under_the_lead_paragraph_names_the_issuer():
    # gov.uk prints the summary paragraph, then "From: <department>", then the body
    header = ("<p>The old ferry pier closes for five months of repairs to its concrete piles.</p><dl><dt>From:</dt>"
              "<dd><a href='/org/harbour'>Department for Harbours</a></dd></dl>")
    page = _page(header, BODY_EN)
    assert issuer_in_tree(lxml_html.fromstring(page)) == "Department for Harbours"
    assert normalise_html(page, language="en").byline == "Department for Harbours"


def test_a_cookie_banners_paragraphs_above_the_headline_are_no_story():
    # gov.uk's cookie banner (two paragraphs of prose) stands above the headline: the header, and its "From:", start
    # at the <h1>
    banner = ("<div class='cookie-banner'><p>We use some essential cookies to make this website work.</p>"
              "<p>We would like to set additional cookies to understand how you use the site, remember your settings "
              "and improve government services.</p></div>")
    header = ("<p>The old ferry pier closes for five months of repairs to its concrete piles.</p><dl><dt>From:</dt>"
              "<dd><a href='/org/harbour'>Department for Harbours</a></dd></dl>")
    page = _page(header, BODY_EN).replace("<main>", "<main>" + banner, 1)
    assert issuer_in_tree(lxml_html.fromstring(page)) == "Department for Harbours"
