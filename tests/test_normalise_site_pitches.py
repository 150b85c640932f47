"""A blog's or a site's own pitch written as a paragraph, above or inside a post (dragnet folds 0-1 kept such lines as
the story: "prose kept before / inside the story"). Every page here is written for the tests, and each case fails on
the code before the fix unless it is marked as a guard:

* a sign-up pitch as a sentence: "If you're new here, you may want to subscribe to my RSS feed", "Join our free weekly
  newsletter …", "Get every new post delivered straight to your inbox", "… your email will never be shared" (nl "Ben
  je hier nieuw? Abonneer je dan op …", "rechtstreeks in je mailbox"; ar "اشترك في مدونتي …", "مباشرة إلى بريدك
  الإلكتروني") was kept: the newsletter phrases only matched short lines or a sentence opening with them;
* a site's service lines: "Visit our archive for more …", "Got a question about this blog? Send us an email.", "Need
  help with your account? Contact …", "<Blog> is powered by <platform>." and a blog's "The opinions expressed here
  are my own …" were kept.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.phrases import phrase_matches


def categories_of(text: str) -> list[str]:
    return phrase_matches(text, len(text.split()))[0]


POST_EN = """Garden Notes
Skip to content
{above}
How we saved the old pear tree
Posted on 12 March 2025 by Martha Hill
The pear tree at the bottom of our garden is older than the house, and for three winters running it looked as if it would not survive another storm.
Last autumn a split opened along the main trunk, wide enough to put a hand in, and the tree surgeon we called said most people would simply cut it down.
{inside}
Instead we braced the two halves with a steel rod and a padded cable, and cut back the heaviest limbs by about a third so the wind could pass through.
By May the split had stopped growing, and this summer the tree gave us more fruit than it has in a decade, small but sweet.
If you have an old fruit tree of your own, ask for a brace before you reach for the saw: it cost us less than a new sapling would have.
Tags: garden, trees
Leave a comment
"""

PITCHES_EN = [
    ("If you're new here, you may want to subscribe to my RSS feed or follow me on Twitter. Thanks for visiting!",
     "Join our free weekly newsletter and get every new post about fruit trees and vegetable beds delivered straight "
     "to your inbox."),
    ("Got a question or comment about Garden Notes? Send us an email and we will answer it in a post.",
     "Your email address will never be shared, and you can unsubscribe at any time with one click at the bottom of "
     "each letter."),
    ("The opinions expressed here are my own and do not necessarily reflect the views of my employer or my neighbours.",
     "Visit our archive for more stories about old trees, hedges and the creatures that live in them."),
    ("Garden Notes is powered by WordPress.",
     "Need help with your subscription? Contact our reader desk, open on weekdays between nine and five."),
]


POST_NL = """Tuinnotities
{above}
Hoe we de oude perenboom hebben gered
Geplaatst op 12 maart 2025 door Marieke Hol
De perenboom achter in onze tuin is ouder dan het huis, en drie winters lang leek het alsof hij geen nieuwe storm meer zou overleven.
Vorig najaar ontstond er een scheur in de stam, zo breed dat je er een hand in kon steken, en de boomverzorger raadde ons aan hem te kappen.
{inside}
In plaats daarvan hebben we de twee helften met een stalen stang en een kabel verbonden, en de zwaarste takken met een derde ingekort.
In mei groeide de scheur niet meer, en deze zomer gaf de boom meer vruchten dan in tien jaar, klein maar zoet.
Reacties
"""


PITCHES_NL = [
    ("Ben je hier nieuw? Abonneer je dan op mijn RSS-feed of volg me op Instagram. Bedankt voor je bezoek!",
     "Ontvang elk nieuw bericht over fruitbomen en moestuinen rechtstreeks in je mailbox, elke vrijdagochtend."),
    ("Schrijf je in en ontvang elke week nieuwe tips, je e-mailadres wordt nooit gedeeld met anderen.",
     "Abonneer je op deze blog en mis geen enkel bericht meer over onze tuin en de bomen die erin staan."),
]


POST_AR = """ملاحظات الحديقة
{above}
كيف أنقذنا شجرة الكمثرى القديمة
نشر في 12 مارس 2025
شجرة الكمثرى في آخر حديقتنا أقدم من البيت نفسه، وطوال ثلاثة شتاءات بدا أنها لن تصمد أمام عاصفة أخرى.
في الخريف الماضي ظهر شق في الجذع الرئيسي، واسع بما يكفي لإدخال اليد فيه، ونصحنا خبير الأشجار بقطعها.
{inside}
بدلا من ذلك ربطنا نصفي الجذع بقضيب من الصلب وحبل مبطن، وقلمنا أثقل الأغصان بنحو الثلث حتى تمر الرياح من خلالها.
وفي مايو توقف الشق عن الاتساع، وأعطتنا الشجرة هذا الصيف ثمارا أكثر مما أعطت منذ عشر سنوات.
التعليقات
"""


PITCHES_AR = [
    ("اشترك في مدونتي لتصلك المقالات الجديدة عن الحدائق والأشجار المثمرة كل أسبوع دون أن تفوتك أي تدوينة.",
     "سجل الآن لتصلك كل تدوينة جديدة عن الأشجار والحدائق والخضروات مباشرة إلى بريدك الإلكتروني مرة كل أسبوع، "
     "ولن نشارك بريدك الإلكتروني مع أي جهة أخرى مهما كانت."),
]

#: (page, its story's first and third paragraph's opening words)
PAGES = {
    "en": (POST_EN, "The pear tree at the bottom of our garden", "Instead we braced the two halves"),
    "nl": (POST_NL, "De perenboom achter in onze tuin", "In plaats daarvan hebben we de twee helften"),
    "ar": (POST_AR, "شجرة الكمثرى في آخر حديقتنا", "بدلا من ذلك ربطنا نصفي الجذع"),
}


@pytest.mark.parametrize("lang, above, inside", [("en", *p) for p in PITCHES_EN] + [("nl", *p) for p in PITCHES_NL]
                         + [("ar", *p) for p in PITCHES_AR])
def test_a_site_pitch_above_or_inside_a_post_is_no_story_text(lang, above, inside):
    page, first, third = PAGES[lang]
    article = normalise_text(page.format(above=above, inside=inside))
    assert first in article.text
    assert third in article.text
    assert above not in article.text
    assert inside not in article.text


@pytest.mark.parametrize("line", [
    # guards: story sentences that name the same things
    "The council said it would visit our town for more talks next week.",
    "Residents who have a question about the plan? Contact the council, the leaflet says.",
    "She said the newsletter had been sent to 4,000 members before the vote.",
    "The company's website is powered by software from a small firm in Leeds, the report found.",
    "De wijkraad zegt dat de nieuwsbrief over de werkzaamheden vorige week naar 4.000 leden is gestuurd.",
])
def test_a_story_sentence_about_the_same_things_is_no_pitch(line):
    assert not {"newsletter", "misc"} & set(categories_of(line))
