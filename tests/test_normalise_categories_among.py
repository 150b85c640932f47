"""`phrases.categories_among`: the categories a caller reads of a line, matched by their own phrase sets only, are
those `categories_of(…, contains=False)` gives of it (glued.py's tails read three of fifteen), on widget lines,
glued ones, lines with a player's duration and story sentences in English, Dutch and Arabic."""
from newsbrief.normalise.glued import TAIL_CATEGORIES
from newsbrief.normalise.phrases import CATEGORIES, categories_among, categories_of

# hand-written lines: tails a scraper glues to a paragraph, other widgets, and story sentences
LINES = [
    "READ MORE: How to cut your water bill", "Advertisement", "ADVERTISEMENT", "(Getty Images)", "(Foto: ANP)",
    "Sign up for our free Money newsletter here.", "Lees ook: Raad stemt in met nieuwe fietspaden", "Advertentie",
    "Schrijf je in voor onze nieuwsbrief", "اقرأ أيضاً: المجلس يقر ممرات جديدة للدراجات", "إعلان",
    "Listen to this article · 4 min", "Luister naar dit artikel | 3 min", "Watch: the bridge reopens (2:14)",
    "You might also likeRELATED", "Sign up for ourNewsletter", "Share on WhatsApp", "By Anna de Vries",
    "Published 3 March 2026", "Related news", "We use cookies to improve your experience.",
    "The council approved the new cycle lanes on Tuesday, the mayor said.",
    "De gemeenteraad stemde dinsdag in met de nieuwe fietspaden.", "وقالت الهيئة إن القرار سيدخل حيز التنفيذ.",
    "", "   ", "10:00 – 3:00 pm",
]


def test_every_category_asked_for_is_the_one_categories_of_gives():
    for line in LINES:
        words = len(line.split())
        assert categories_among(line, words, CATEGORIES) == categories_of(line, words, contains=False), line


def test_only_the_categories_asked_for_come_back_in_their_order():
    found = categories_among("READ MORE: How to cut your water bill", 7, TAIL_CATEGORIES)
    assert found == ["read_more"]
    assert categories_among("Advertisement", 1, ("caption", "advert")) == ["advert"]
    assert categories_among("Advertisement", 1, ("caption",)) == []


def test_a_line_too_long_for_any_phrase_is_in_no_category():
    line = "Advertisement " + "word " * 80
    assert categories_among(line, 81, TAIL_CATEGORIES) == [] == categories_of(line, 81, contains=False)
