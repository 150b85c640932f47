"""Pages a new user tried (tester 8): page furniture that changed the record's fields. Every page here is written for
the tests; each case fails on the code before its fix unless it is marked as a guard:

* a blog post's "Posted by Morag Keddie at 2:30 PM" gave the byline "Morag Keddie at 2:30 PM": the time is the
  post's, no part of the name (it completes the date line's day instead);
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text

# --- a blog post's author line with its time ----------------------------------------------------------------------

BLOG_POSTS = {
    "en": ("""Lochside Jottings
Home
About me
Recipes

Tuesday, 10 March 2026
The swans are back on the mill pond

Seven mute swans landed on the mill pond just after dawn on Sunday, the first pair of them back since the pond was dredged last autumn.

The parish council had worried that the dredging would drive off the weed they feed on, but the warden said the new growth along the east bank was already thick enough for them.

Children from the primary school are making a count of the birds every Friday until Easter, and the results will go up on the noticeboard by the bus stop.

Posted by Isla Fairbairn at 7:45 PM
Labels: birds, village, mill pond
No comments:
Post a Comment
Newer Post Older Post Home
""", "Isla Fairbairn", "2026-03-10T19:45"),
    "nl": ("""Polderpraat
Home
Over mij
Archief

dinsdag 10 maart 2026
De zwanen zijn terug op de molenvijver

Zeven knobbelzwanen streken zondag vlak na zonsopgang neer op de molenvijver, voor het eerst sinds de vijver vorig najaar werd uitgebaggerd.

De dorpsraad was bang dat het baggeren het waterkruid zou verjagen waar ze van leven, maar de boswachter zei dat de nieuwe groei langs de oostoever al dik genoeg was.

Kinderen van de basisschool tellen tot Pasen elke vrijdag de vogels, en de uitkomsten komen op het mededelingenbord bij de bushalte.

Geplaatst door Sanne Hoekstra om 19:45
Labels: vogels, dorp, molenvijver
Geen opmerkingen:
Een reactie posten
Nieuwere post Oudere post Homepage
""", "Sanne Hoekstra", "2026-03-10T19:45"),
}


@pytest.mark.parametrize("lang", sorted(BLOG_POSTS))
def test_blog_author_line_gives_the_name_and_the_time_goes_to_published(lang):
    page, author, published = BLOG_POSTS[lang]
    article = normalise_text(page)
    assert article.byline == author
    assert article.published == published
    assert len(article.paragraphs) == 3 and "Labels" not in article.text
