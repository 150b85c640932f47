"""An institution's name over its news item is a kicker, not the headline (stop 35, probeA finding 5).

A court's, council's or police force's site prints its name over each news item ("Rechtbank Noord-Nederland" /
"Man (34) krijgt acht jaar cel …") and again in the page's footer, between the item's number and the share bar. The
story names the institution, so the kicker shares the story's words as a headline does, scores higher by its
capitals, and the real headline read as its standfirst. `_in_menu` looked for the kicker's other place above it only.
Guards: a short headline over its standfirst stays the title when it repeats under the story in a most-read list,
in sentence case (no name's shape) or in Title Case (its words no phrase of its story: `_named_in_story`).
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text

PAGES = {
    "nl": ("Gerechtshof Arnhem-Leeuwarden",
           "Vrouw (41) krijgt vier jaar cel voor brandstichting in Zwolse flat",
           "Persbericht | 2-12-2026 | 11:30",
           ["Het Gerechtshof Arnhem-Leeuwarden heeft een 41-jarige vrouw uit Zwolle veroordeeld tot vier jaar "
            "gevangenisstraf voor het stichten van brand in een flat aan de Dobbe in maart 2025.",
            "Volgens het hof wist de vrouw dat er op dat moment tientallen bewoners in het gebouw sliepen. Twee van hen "
            "liepen brandwonden op toen zij via het trappenhuis naar buiten vluchtten.",
            "Het hof rekent de vrouw zwaar aan dat zij de brand aanstak uit wraak op een buurman met wie zij al jaren "
            "ruzie had. De rechtbank had haar eerder drie jaar cel opgelegd."],
           ["Lees de volledige uitspraak", "ECLI:NL:GHARL:2026:9123", "Gerechtshof Arnhem-Leeuwarden", "Deel dit bericht",
            "LinkedIn", "Facebook", "Privacy", "Cookies"]),
    "en": ("Harbour County Council",
           "Council approves new ferry terminal after six-year planning dispute",
           "News release | 02/12/2026 | 11:30",
           ["Harbour County Council on Tuesday approved plans for a new ferry terminal on the east quay, ending a "
            "planning dispute with residents that began in 2020.",
            "The council's planning committee voted seven to two for the scheme, which moves the ferry queue off the "
            "high street and adds a covered waiting hall for foot passengers.",
            "Residents of the east quay said they would ask the county's ombudsman to review how the council had "
            "consulted them on the noise of the new berth."],
           ["Read the full decision", "Ref: PLN/2026/0412", "Harbour County Council", "Share this page",
            "LinkedIn", "Facebook", "Privacy", "Cookies"]),
}
MENU = {"nl": ["Naar de inhoud", "Zoeken", "Menu", "Nieuws", "Contact", "Home", "Nieuws"],
        "en": ["Skip to content", "Search", "Menu", "News", "Contact", "Home", "News"]}


def page(lang: str, kicker: bool = True) -> str:
    name, headline, stamp, body, footer = PAGES[lang]
    return "\n".join([*MENU[lang], *([name] if kicker else []), headline, stamp, *body, *footer])


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_the_institution_kicker_over_the_headline_is_not_the_title(lang):
    art = normalise_text(page(lang))
    assert art.title == PAGES[lang][1]
    assert PAGES[lang][3][0] in art.text


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_without_the_kicker_the_headline_is_the_title_as_before(lang):
    assert normalise_text(page(lang, kicker=False)).title == PAGES[lang][1]


@pytest.mark.parametrize("headline,engineer", [
    # sentence case: no name's shape, never looked for below the story
    ("Ferry pier closes", "The board's engineer said the ferry pier closes for at least five months and the work "
                          "would cost about 1.8 million euro."),
    # Title Case, repeated in a most-read list under the story, its words no phrase of the story (review 35 F-E)
    ("Ferry Pier Closes", "The board's engineer said the repairs would take at least five months and cost about 1.8 "
                          "million euro."),
])
def test_a_short_headline_over_its_standfirst_stays_the_title(headline, engineer):
    text = "\n".join(["Skip to content", "News", "Sport", "Weather", headline,
                      "Divers found cracks in three of the old pier's concrete piles during an inspection",
                      "By Laura Mills", "7 December 2026",
                      "The harbour board voted on Tuesday to close the old ferry pier for repairs after divers found "
                      "cracks in three of its piles, cutting the island service to one sailing a day.",
                      engineer,
                      "Island residents said one sailing a day would make it hard to reach the hospital on the "
                      "mainland.", "Most Read", headline, "Storm Hits Coast", "Mayor Resigns", "Privacy", "Cookies"])
    assert normalise_text(text).title == headline
