"""A short story followed by a long reader-comment section keeps the story, not the comments.

Under a bare counter ("Comments (20)", "Reacties (20)") the rules set the comments apart as a comment section; the
page layer (`pagemode.py`) then decides whether the page is one story (the article mode: the comments go) or a page
whose comments are its content (an open mode: they stay). Twenty comments of three sentences each outweigh a
three-paragraph story, and on page shape alone the layer took such a page for a discussion and kept everything.
What tells the two apart is the story the rules found above the thread: its lines end in sentences
(`pagemode.story_sentences`). Hand-written pages in English and Dutch (nothing from the seeds or the eval data).
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.pagemode import story_sentences

PAGES = {
    "en": dict(
        top=["Harbourside Gazette", "Home", "News", "Sport", "Opinion",
             "Council votes to close Mill Lane library after 94 years", "By Helen Carter", "Tuesday 14 January 2025"],
        story=["The town council voted on Monday night to close the Mill Lane library at the end of March, ending 94 "
               "years of lending on the corner of Mill Lane and Station Road.",
               "Councillors backed the plan by nine votes to six after a debate that ran for almost three hours in a "
               "packed chamber.",
               "The council says the building needs £1.3m of repairs to its roof and heating, money it does not have "
               "after two years of rising costs."],
        counter="Comments ({n})", reply="Reply",
        foot=["Advertise with us", "Contact us", "Privacy policy", "© 2025 Harbourside Gazette"],
        comments=[
            "Typical. They always find money for consultants but never for the things people actually use.",
            "My children learned to read in that library and I am sad to see it go.",
            "The roof has leaked for years and nobody fixed it. Now it is the excuse.",
            "To be fair, the building is in a terrible state and choices have to be made.",
            "Has anyone asked the trust how they would pay for the repairs?",
            "Signed the petition and will be at the next meeting too.",
            "The Saturday reading club is the only thing my mother goes out for.",
            "Look at the heating bills before you shout about this decision.",
            "Sell it to a developer and it will be flats within two years.",
            "I work at the Civic Centre and the new reading room is actually very good.",
            "Why was there no public consultation before the vote?",
            "Nine votes to six tells you how divided the council really is.",
            "The buses to the Civic Centre stop at six, so evenings are impossible.",
            "We lost the post office last year and now this. What is left?",
            "Good. Spend the money on potholes instead, the roads are a disgrace.",
            "I volunteered there for a decade and the staff deserve better than this.",
            "Could the school next door not use part of the building?",
            "Libraries are not just books, they are warm rooms for people with nowhere else.",
            "The council leader lives nowhere near Mill Lane, of course.",
            "A shame, but online lending has changed everything anyway.",
            "Who decided the repairs cost £1.3m? I would like to see the quote.",
            "My grandfather helped build the extension in 1962.",
            "Please keep the local history collection together whatever happens.",
            "The computers there are the only internet access my neighbour has.",
            "Another building left empty for years, just like the old cinema.",
            "Maybe a café could share the space and pay some of the costs.",
            "I will believe the longer opening hours when I see them.",
            "This town keeps cutting the things that make it a town.",
            "At least they are not closing the swimming pool as well.",
            "Write to your councillor. It does make a difference if enough people do.",
        ]),
    "nl": dict(
        top=["Havenstad Courant", "Home", "Nieuws", "Sport", "Opinie",
             "Gemeenteraad stemt voor sluiting bibliotheek Molenlaan na 94 jaar", "Door Hanneke de Vries",
             "dinsdag 14 januari 2025"],
        story=["De gemeenteraad heeft maandagavond besloten de bibliotheek aan de Molenlaan eind maart te sluiten, na 94 "
               "jaar op de hoek van de Molenlaan en de Stationsweg.",
               "De raad stemde met negen tegen zes voor het plan, na een debat van bijna drie uur op een volle publieke "
               "tribune.",
               "Volgens de gemeente heeft het gebouw 1,3 miljoen euro aan reparaties aan dak en verwarming nodig, geld "
               "dat er na twee jaar stijgende kosten niet is."],
        counter="Reacties ({n})", reply="Reageer",
        foot=["Adverteren", "Contact", "Privacybeleid", "© 2025 Havenstad Courant"],
        comments=[
            "Typisch. Voor adviseurs is er altijd geld, maar niet voor wat mensen echt gebruiken.",
            "Mijn kinderen hebben in die bibliotheek leren lezen en ik vind het jammer.",
            "Het dak lekt al jaren en niemand deed er iets aan. Nu is het het excuus.",
            "Eerlijk is eerlijk, het gebouw is in slechte staat en er moeten keuzes worden gemaakt.",
            "Heeft iemand de stichting gevraagd hoe zij de reparaties willen betalen?",
            "Petitie getekend en ik ben er bij de volgende vergadering ook weer bij.",
            "De leesclub op zaterdag is het enige waar mijn moeder nog naartoe gaat.",
            "Kijk eerst naar de stookkosten voordat je over dit besluit gaat klagen.",
            "Verkoop het aan een projectontwikkelaar en over twee jaar staan er appartementen.",
            "Ik werk in het stadskantoor en de nieuwe leeszaal is eigenlijk heel goed.",
            "Waarom was er geen inspraakavond voor de stemming?",
            "Negen tegen zes zegt genoeg over hoe verdeeld de raad echt is.",
            "De bussen naar het stadskantoor rijden na zessen niet meer, dus 's avonds gaat niet.",
            "Vorig jaar verloren we het postkantoor en nu dit. Wat blijft er over?",
            "Mooi. Besteed het geld aan de gaten in de weg, de straten zijn een schande.",
            "Ik was er tien jaar vrijwilliger en het personeel verdient beter dan dit.",
            "Kan de school ernaast niet een deel van het gebouw gebruiken?",
            "Een bibliotheek is meer dan boeken, het is een warme plek voor wie nergens anders heen kan.",
            "De wethouder woont natuurlijk nergens in de buurt van de Molenlaan.",
            "Jammer, maar het lenen via internet heeft alles toch al veranderd.",
            "Wie heeft bedacht dat de reparaties 1,3 miljoen kosten? Ik zie graag de offerte.",
            "Mijn opa heeft in 1962 meegebouwd aan de uitbreiding.",
            "Houd alstublieft de collectie over de lokale geschiedenis bij elkaar.",
            "De computers daar zijn de enige internettoegang die mijn buurman heeft.",
            "Weer een gebouw dat jaren leeg zal staan, net als de oude bioscoop.",
            "Misschien kan een café de ruimte delen en een deel van de kosten betalen.",
            "Die ruimere openingstijden geloof ik pas als ik ze zie.",
            "Deze stad schrapt steeds meer van wat een stad een stad maakt.",
            "Gelukkig gaat het zwembad in elk geval niet ook dicht.",
            "Schrijf je raadslid. Het maakt wel degelijk verschil als genoeg mensen dat doen.",
        ]),
}


def page(lang: str, n_comments: int = 20) -> tuple[str, dict]:
    """The page: masthead and menu, headline, byline, date, the story, a comment counter and the comments (three
    of the short remarks each, as a reader writes a paragraph), each under its reply link, then the footer."""
    p = PAGES[lang]
    remarks = p["comments"]
    comments = [" ".join(remarks[(i + 7 * j) % len(remarks)] for j in range(3)) for i in range(n_comments)]
    lines = p["top"] + p["story"] + [p["counter"].format(n=n_comments)]
    for comment in comments:
        lines += [comment, p["reply"]]
    return "\n".join(lines + p["foot"]) + "\n", p


@pytest.mark.parametrize("lang", [
    "en",
    # the Dutch page of the same shape still goes to the widest mode with the refitted layer: the new feature moves
    # the English page across the layer's boundary, not this one (BENCHMARKS.md, "story_sentences"); left open
    pytest.param("nl", marks=pytest.mark.xfail(strict=True, reason="the page layer still keeps the Dutch thread")),
])
def test_a_short_story_over_a_long_comment_section_keeps_the_story_only(lang):
    raw, p = page(lang)
    record = normalise_text(raw)
    assert record.title == p["top"][5]
    assert record.paragraphs == p["story"], (lang, len(record.paragraphs), record.paragraphs[3:5])


def test_story_sentences_is_the_share_of_kept_words_on_lines_that_end_a_sentence():
    words = [10, 5, 20, 3]
    assert story_sentences(words, [True, True, False, True], [1.0, 0.0, 1.0, 1.0]) == pytest.approx(13 / 18)
    assert story_sentences(words, [False] * 4, [1.0] * 4) == 0.0
