"""A headline that opens with a byline's label word is no byline (issue 10, stop 28, title28 item 1): "By the
Numbers: 10,000 runners" read as the byline "the Numbers: 10,000 runners" and the page lost its headline; Dutch
"door" is also "because of" ("Door storing geen treinen …") and Arabic "بقلم الأرقام: …" has the same trap. A byline
is a name (or names, a role, a desk, an agency): a kicker's colon behind words that are no name, a number where the
name would stand, or a sentence of lower-case words make the line a headline (metadata.headline_behind_label).
Every page is invented.

Guards: real bylines with a label keep it ("By Jane Doe | 4 March 2025", "Door onze vaste medewerker Eva de Vries",
"by the editorial board", "Posted by: Dawn at …", a forum's "by vlm (69642) writes:", "بقلم: د. سامر الحسيني"). The
headline cases fail on main; the guards pass on both.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.metadata import headline_behind_label
from tests.scaling import assert_grows_linearly

STORY = {
    "en": ["More than ten thousand runners crossed the finish line of the city marathon on Sunday, a record for a "
           "race that started with four hundred entrants in 1982.",
           "Organisers said the warm weather kept the number of people who needed medical help lower than feared, "
           "and the last runner finished just before six in the evening.",
           "The race returns next spring with a new route along the river, the council said on Monday."],
    "nl": ["Door een storing in de bovenleiding rijden sinds vanochtend geen treinen tussen Utrecht en Amsterdam, "
           "meldt ProRail. Reizigers moeten rekening houden met een veel langere reistijd.",
           "De NS zet bussen in tussen de stations, maar die zijn volgens reizigers overvol. Het is nog onduidelijk "
           "wanneer de storing is verholpen.",
           "Een woordvoerder zegt dat monteurs de hele nacht hebben doorgewerkt aan de kapotte draad."],
    "ar": ["عبر أكثر من عشرة آلاف عداء خط النهاية في ماراثون المدينة يوم الأحد، وهو رقم قياسي للسباق الذي بدأ "
           "بأربعمائة مشارك فقط قبل سنوات طويلة.",
           "وقال المنظمون إن الطقس المعتدل ساعد على خفض عدد العدائين الذين احتاجوا إلى مساعدة طبية، وإن آخر عداء "
           "أنهى السباق قبل السادسة مساء.",
           "وأعلنت البلدية أن السباق سيعود في الربيع المقبل بمسار جديد على ضفاف النهر."],
}
MENU = {"en": "Home | News | Sport | Opinion", "nl": "Home | Nieuws | Binnenland | Sport",
        "ar": "الرئيسية | أخبار | رياضة | رأي"}
DATE = {"en": "July 18, 2025", "nl": "18 juli 2025", "ar": "18 يوليو 2025"}

HEADLINES = [
    ("en", "By the Numbers: 10,000 runners", "Megan Hart", "Megan Hart"),
    ("en", "By 2030, half of the runners in the city race will be women", "Megan Hart", "Megan Hart"),
    ("nl", "Door de bocht: zo rijdt de nieuwe tram door het centrum", "Eva de Vries", "Eva de Vries"),
    ("nl", "Door storing geen treinen tussen Utrecht en Amsterdam", "Door Eva de Vries", "Eva de Vries"),
    ("ar", "بقلم الأرقام: عشرة آلاف عداء في ماراثون المدينة", "بقلم: سارة الخطيب", "سارة الخطيب"),
]


def _page(lang: str, headline: str, credit: str) -> str:
    return "\n".join([MENU[lang], headline, credit, DATE[lang], *STORY[lang]]) + "\n"


@pytest.mark.parametrize("lang,headline,credit,name", HEADLINES)
def test_headline_behind_a_label_word_is_the_title_not_the_byline(lang, headline, credit, name):
    for kwargs in ({}, {"model": False}):
        art = normalise_text(_page(lang, headline, credit), **kwargs)
        assert art.title == headline, (kwargs, art.title)
        assert art.byline == name, (kwargs, art.byline)
        assert art.text.startswith(STORY[lang][0][:30])


BYLINES = [
    ("en", "By Jane Doe | July 18, 2025", "Jane Doe"),
    ("en", "By Jane Doe and Tom Hale", "Jane Doe and Tom Hale"),
    ("nl", "Door onze verslaggever Eva de Vries", None),
    ("nl", "Door Eva de Vries en Piet Bos", "Eva de Vries en Piet Bos"),
    ("ar", "بقلم: د. سامر الحسيني", None),
]


@pytest.mark.parametrize("lang,credit,name", BYLINES)
def test_a_labelled_byline_stays_the_byline(lang, credit, name):
    headline = {"en": "Record crowd for the city marathon", "nl": "Geen treinen tussen Utrecht en Amsterdam",
                "ar": "رقم قياسي في ماراثون المدينة"}[lang]
    art = normalise_text(_page(lang, headline, credit))
    assert art.title == headline
    assert art.byline is not None and credit not in art.text
    if name:
        assert art.byline == name


@pytest.mark.parametrize("line", [
    "By Jane Doe | 4 March 2025", "By Jane Doe: Political Correspondent", "Posted by: Dawn at September 10, 2012 7:04 PM",
    "by vlm (69642) writes:", "by randfish on November 14, 2010 at 4:25 pm. Reply #", "Posted by sinola at 3:11PM",
    "by the editorial board of the Courier", "By NBC News and wire services", "Door onze vaste medewerker Eva de Vries",
    "Van onze correspondent in Berlijn", "Geplaatst door Anna de Vries op 12 maart 2025", "Door: Eva de Vries",
    "بقلم: د. سامر الحسيني", "كتب: محمد علي | 3 ديسمبر 2026", "Author: Reuters", "By AP: 4 March 2025",
])
def test_byline_lines_are_no_headline(line):
    assert not headline_behind_label(line)


@pytest.mark.parametrize("line", [
    "By the Numbers: 10,000 runners", "By 2030, half of new cars will be electric", "Door de bocht: zo rijdt de tram",
    "Door storing geen treinen tussen Utrecht en Amsterdam", "Door 3 ongelukken staat de A12 vast",
    "بقلم الأرقام: عشرة آلاف عداء", "By invitation only: the club that meets at dawn",
])
def test_headline_lines_behind_a_label(line):
    assert headline_behind_label(line)


def test_label_headline_check_is_linear():
    """A long run of colon-less words, and of colons, costs linear time."""
    assert_grows_linearly(headline_behind_label, lambda n: "By " + "word " * n + ": " * n, 4000, 16000)
    assert_grows_linearly(headline_behind_label, lambda n: "Door " + "a:" * n, 4000, 16000)
