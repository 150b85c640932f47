"""Misses earlier new users found and stop 22 left open (branch fix10). Every page here is written for the tests;
each case fails on the code before its fix unless it is marked as a guard.

1. A story sentence that reports a speaker is no newsletter pitch, whatever sign-up words it holds: "De gemeente
   stuurt de uitslag rechtstreeks in je mailbox, zegt de wethouder." was dropped as a newsletter box ("in je mailbox",
   and "je" made it a reader's address, not a story sentence).
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.phrases import categories_of

REFERENDUM = {
    "nl": ("Uitslag referendum over parkeren binnen een week bekend\n"
           "Door Sanne de Vries\n"
           "De gemeente houdt volgende maand een raadgevend referendum over de nieuwe parkeerregels in de binnenstad.\n"
           "Alle inwoners van achttien jaar en ouder krijgen een stempas thuisgestuurd en kunnen in een van de veertig "
           "stembureaus hun stem uitbrengen.\n"
           "{sentence}\n"
           "Wie zich niet aanmeldt, kan de uitslag een dag later op de website van de gemeente lezen, waar ook de "
           "volledige telling komt te staan.\n"
           "De gemeenteraad neemt het advies mee in het besluit dat in het voorjaar wordt verwacht.\n",
           "De gemeente stuurt de uitslag rechtstreeks in je mailbox, zegt de wethouder."),
    "en": ("Parking referendum result due within a week\n"
           "By Sandra Vickers\n"
           "The town will hold an advisory referendum next month on the new parking rules for the high street.\n"
           "Every resident aged eighteen or over will receive a polling card at home and can vote at one of forty "
           "polling stations across the town.\n"
           "{sentence}\n"
           "Those who do not register can read the result a day later on the council's website, where the full count "
           "will also be published.\n"
           "The council will take the advice into account in a decision expected in the spring.\n",
           "If you register online, the result will land in your inbox on Friday evening, the council's spokesman said."),
}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_reported_sentence_about_a_mailbox_is_the_story(lang):
    # before: the sentence went as a newsletter box ("in je mailbox" / "in your inbox" in a line that says "je"/"you")
    page, sentence = REFERENDUM[lang]
    article = normalise_text(page.format(sentence=sentence), language=lang)
    assert sentence in article.paragraphs
    assert "newsletter" not in categories_of(sentence, len(sentence.split()))


@pytest.mark.parametrize("line", [
    # guards: a pitch speaks for itself, and stays a newsletter prompt
    "Schrijf je in en ontvang het laatste nieuws elke ochtend in je mailbox.",
    "Ontvang elk nieuw bericht rechtstreeks in je mailbox.",
    "Get the morning briefing in your inbox every weekday, free of charge.",
    "Sign up for our newsletter and never miss a story again.",
])
def test_a_pitch_is_still_a_newsletter_prompt(line):
    assert "newsletter" in categories_of(line, len(line.split()))
