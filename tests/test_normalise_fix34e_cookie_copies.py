"""probeB's finding 10 (stop 34): a cookie notice printed in several languages under the story (an Irish, Canadian or
Belgian site captured from the EU) lost only the copy in the page's language: the French and German copies stayed in
the text, read as the story's last paragraphs. A recognised cookie block's copies right next to it, line for line of
its shape and naming cookies, are the notice's too (consent.py), with no French or German phrase list. Pages written
for these tests."""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text

EN_STORY = """Home  News  Ireland  Business  Sport
Housing agency opens 96 cost-rental homes in Dublin suburb
By Orla Kinsella
Tue Sep 22 2026 - 05:45
The State's housing agency has opened 96 cost-rental homes in west Dublin, with rents about a third below the market rate for the area.
Tenants were chosen by lottery from 2,100 applicants, and the first families will move in next month, the agency said.
Cost-rental tenancies are long-term and rents are set to cover the cost of building and running the homes, not to make a profit.
Housing charities welcomed the homes but said 96 units would do little for the 4,000 households on the council's waiting list.
"""
EN_BLOCK = """We value your privacy
We and our partners use cookies to store and access information on your device. You can accept all or manage your preferences at any time.
Accept All
Manage Preferences
"""
FR_BLOCK = """Nous respectons votre vie privée
Nous et nos partenaires utilisons des cookies pour stocker et accéder à des informations sur votre appareil. Vous pouvez tout accepter ou gérer vos préférences à tout moment.
Tout accepter
Gérer les préférences
"""
DE_BLOCK = """Wir respektieren Ihre Privatsphäre
Wir und unsere Partner verwenden Cookies, um Informationen auf Ihrem Gerät zu speichern und darauf zuzugreifen. Sie können alle akzeptieren oder Ihre Einstellungen jederzeit verwalten.
Alle akzeptieren
Einstellungen verwalten
"""
FOOTER = "© 2026 The Dublin Courier\nAbout Us\nContact\n"

NL_STORY = """Home  Nieuws  Regio  Economie
Stad Gent opent 96 betaalbare huurwoningen in Ledeberg
Door Sofie Claes
22 september 2026
De stad Gent heeft 96 betaalbare huurwoningen geopend in Ledeberg, met huurprijzen die een derde onder de markt liggen.
De huurders werden geloot uit 2100 kandidaten, en de eerste gezinnen verhuizen volgende maand, meldt het stadsbestuur.
De woningen blijven voor lange tijd betaalbaar omdat de huur alleen de kosten van bouw en onderhoud dekt.
"""
NL_BLOCK = """Wij respecteren je privacy
Wij en onze partners gebruiken cookies om informatie op je apparaat op te slaan en te openen. Je kunt alles accepteren of je voorkeuren op elk moment beheren.
Alles accepteren
Voorkeuren beheren
"""


@pytest.mark.parametrize("story, block, language", [(EN_STORY, EN_BLOCK, "en"), (NL_STORY, NL_BLOCK, "nl")])
def test_copies_of_a_cookie_notice_in_other_languages_go(story, block, language):
    article = normalise_text(story + block + FR_BLOCK + DE_BLOCK + FOOTER, language=language)
    text = "\n".join(article.paragraphs)
    for copy in (FR_BLOCK, DE_BLOCK):
        for line in copy.splitlines():
            assert line not in text, line
    # the story's last paragraph stays
    assert story.strip().splitlines()[-1] in article.paragraphs


def test_guard_a_story_paragraph_under_the_notice_stays():
    # a story's own lines under a cookie notice do not share its shape line for line, nor name cookies: they stay
    page = EN_STORY.split("Housing charities")[0] + EN_BLOCK + (
        "Housing charities welcomed the homes but said 96 units would do little for the 4,000 households on the "
        "council's waiting list.\nThe agency plans 400 more homes in the county by 2028, its annual report says.\n"
        "Rents will be reviewed\nEach year\n")
    text = "\n".join(normalise_text(page, language="en").paragraphs)
    assert "Housing charities welcomed the homes" in text
    assert "The agency plans 400 more homes" in text
