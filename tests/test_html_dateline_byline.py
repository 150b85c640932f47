"""An HTML page's metadata author joins a dateline the normaliser read from the text, and nothing else it read.

The text's own author line ("Door Jane Doe") and the metadata author ("J. Doe") named the same person twice in the
byline ("J Doe, Jane Doe, AMSTERDAM (ANP)"), and a metadata author spelled as in the text lost the dateline ("Jane
Doe"): html.py appended the whole byline the normaliser had built, not the dateline it records apart (final
review). Both fail on the code before."""

from __future__ import annotations

import pytest

from newsbrief.normalise.html import normalise_html

PAGE = """<html><head><meta name="author" content="{author}"><title>Gemeente sluit brug</title></head><body>
<nav>Home | Nieuws | Sport</nav>
<article><h1>Gemeente sluit brug over de Vecht voor onderhoud</h1>
<p>Door Jane Doe</p>
<p>AMSTERDAM (ANP) - De gemeente sluit de brug over de Vecht vanaf maandag zes weken voor groot onderhoud, meldt de
gemeente.</p>
<p>Fietsers en voetgangers kunnen tijdens de werkzaamheden gebruikmaken van een pont die elk kwartier vaart.</p>
<p>Het onderhoud kost ruim twee miljoen euro en was al twee keer uitgesteld vanwege de drukte in de zomer.</p>
</article><footer>© 2025 Stadsblad</footer></body></html>"""


@pytest.mark.parametrize("author, byline", [("J. Doe", "J. Doe, ANP"),  # (its initial as the page writes it)
                                            ("Jane Doe", "Jane Doe, ANP")])
def test_the_metadata_author_is_said_once_and_keeps_the_dateline(author, byline):
    article = normalise_html(PAGE.format(author=author))
    assert article.byline == byline
    assert article.paragraphs[0].startswith("De gemeente sluit de brug")
