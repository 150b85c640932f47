"""tester 10's finding F1 (stop 25): a podcast page's credits, contact address and subscribe call are no article text.

On the plain-text dump they went only for where they stood (under the episode's chapter list and link list, which end
the notes); on the HTML page the extractor leaves those lists out, the credits stand right under the notes, and the
rules kept them as prose (two became Key Takeaways). They are furniture wherever they stand: a paragraph whose every
sentence is a production credit, an e-mail address to write to or a subscribe call (phrases misc, en/nl/ar). Every page
here is written for the tests."""

from __future__ import annotations

import re

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.html import normalise_document
from newsbrief.normalise.phrases import categories_of
from tests.scaling import assert_grows_linearly, run_phrase_patterns

EN_NOTES = [
    "Water bills in England will rise by an average of 9 per cent in April, the third large increase in three years. "
    "Host Priya Shah asks where the money goes and why leaks are still rising.",
    "Her guest is Mark Dwyer, an engineer who spent twenty years at a regional water company. He explains how much of "
    "each bill pays for old debt and how much for new pipes and sewage works.",
    "Later, listeners ask whether a water meter saves money for a couple in a three-bedroom house.",
]
EN_CREDITS = [
    "Bill Shock is produced by Hannah Cole. Theme music by Brightside Audio. Send your questions to billshock@example.org.",
    "Subscribe on Apple Podcasts, Spotify or wherever you get your podcasts.",
]
NL_NOTES = [
    "De energierekening gaat in januari opnieuw omhoog, gemiddeld met 8 procent voor een huishouden met een "
    "cv-ketel. Presentator Eva Smit vraagt waarom, nu de gasprijs op de beurs juist is gedaald.",
    "Haar gast is Joris Kramer, oud-medewerker van de toezichthouder. Hij legt uit dat de netbeheerders hun tarieven "
    "verhogen om het stroomnet uit te breiden.",
    "Verder vragen luisteraars of een warmtepomp loont in een rijtjeshuis uit de jaren zeventig.",
]
NL_CREDITS = [
    "De Rekening wordt gemaakt door Lotte Visser. Muziek: Studio Noord. Stuur je vragen naar derekening@voorbeeld.nl.",
    "Abonneer je via Spotify, Apple Podcasts of je favoriete podcast-app.",
]
AR_NOTES = [
    "ترتفع فواتير الكهرباء في المملكة بنسبة عشرة في المئة مطلع العام المقبل، في ثالث زيادة خلال عامين. وتسأل مقدمة "
    "البرنامج هالة يوسف عن أسباب الزيادة رغم تراجع أسعار الوقود.",
    "ضيفها المهندس كريم ناصر، الذي عمل خمسة عشر عاما في هيئة تنظيم الكهرباء، ويشرح كيف تتوزع الفاتورة بين كلفة "
    "الإنتاج والشبكة والديون القديمة.",
    "وفي الجزء الأخير يجيب الضيف عن أسئلة المستمعين حول العدادات الذكية والألواح الشمسية للمنازل.",
]
AR_CREDITS = [
    "من إنتاج سامي الحداد. موسيقى: استوديو النور. أرسلوا أسئلتكم إلى podcast@example.com.",
    "اشتركوا في البودكاست عبر سبوتيفاي وآبل بودكاست أو أي تطبيق بودكاست.",
]
CASES = {"en": (EN_NOTES, EN_CREDITS, "In this episode", "Episode 58: Why your water bill keeps rising"),
         "nl": (NL_NOTES, NL_CREDITS, "In deze aflevering", "Aflevering 31: Waarom je energierekening weer stijgt"),
         "ar": (AR_NOTES, AR_CREDITS, "في هذه الحلقة", "الحلقة 12: لماذا ترتفع فاتورة الكهرباء")}


def _html(notes: list[str], credits: list[str], heading: str, title: str) -> str:
    """A podcast page whose notes, chapter list and credits stand loose in <body> (no <article>)."""
    items = "".join(f"<li>{t} Chapter {k}</li>" for k, t in enumerate(["00:00", "03:10", "11:45", "24:20"]))
    paras = "".join(f"<p>{p}</p>" for p in notes)
    tail = "".join(f"<p>{c}</p>" for c in credits)
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<nav>Podcasts | Episodes | About</nav><h1>{title}</h1>{paras}"
            f"<h3>{heading}</h3><ul>{items}</ul>{tail}<footer>© 2026 Example Audio</footer></body></html>")


@pytest.mark.parametrize("lang", sorted(CASES))
def test_credits_are_no_article_text_on_an_html_podcast_page(lang):
    notes, credits, heading, title = CASES[lang]
    article = normalise_document(_html(notes, credits, heading, title), language=lang)
    for line in credits:
        assert line not in article.paragraphs, (lang, article.paragraphs)
        assert line in article.removed, lang
    for line in notes:
        assert line in article.paragraphs, lang


@pytest.mark.parametrize("lang", sorted(CASES))
def test_credits_right_under_the_notes_in_a_text_dump_go_too(lang):
    # no list between the notes and the credits: nothing but their own words says they are furniture
    notes, credits, _heading, title = CASES[lang]
    article = normalise_text("\n\n".join([title] + notes + credits), language=lang, model=False)
    assert not set(credits) & set(article.paragraphs), (lang, article.paragraphs)
    assert all(line in article.paragraphs for line in notes), lang


@pytest.mark.parametrize("line", [
    "This episode was produced by Hannah Cole and mixed by Tom Reid.",
    "Email us your questions at billshock@example.org.",
    "Deze aflevering werd gemonteerd door Ilse Bakker.",
    "Mail je tips naar redactie@voorbeeld.nl",
    "أرسلوا أسئلتكم إلى podcast@example.com",
    "تابعونا عبر سبوتيفاي ويوتيوب",
])
def test_single_credit_lines_are_misc(line):
    assert "misc" in categories_of(line, len(line.split()))


# --- guards ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    # a bare credit alone is an album review's or a site's line: left to the rules' position and the model
    "Producers: Richard Marx, David Cole, Humberto Gatica.",
    "Edited by Sam Usher, who also runs two other sites.",
    "E-mail Carla Brent at cbrent@example.com.",
    "Produced: 22 matches",
    "Productie: Lotte Visser",
    "تقديم: هالة يوسف",
    "The vaccine is produced by Pfizer.",
    "The film was produced by Warner Bros and stars two newcomers from the city's drama school.",
    "Producers say the price of milk will rise again in the spring.",
    "Music by the band was played at the funeral of the singer, who died on Monday at the age of 71 at home.",
    "Het medicijn wordt geproduceerd door een fabriek in Oss.",
    "Muziek speelt een grote rol in het leven van de jongen.",
    "إنتاج النفط ارتفع إلى عشرة ملايين برميل يوميا.",
    "تابع الوزير حديثه عن خطة الحكومة لدعم الزراعة.",
])
def test_story_sentences_about_production_are_no_credits(line):
    assert "misc" not in categories_of(line, len(line.split()))


def test_an_arabic_prepared_by_line_stays_a_byline():
    # "إعداد: …" names the story's writer on Arabic pages: the credits rule leaves it to the byline phrases
    line = "إعداد: ليلى منصور"
    assert categories_of(line, 3) == ["byline"]


def test_the_credit_patterns_are_linear_in_the_line():
    # the longest line the phrase lists see (MAX_PHRASE_LINE), in shapes that nearly match: timings grow ~4x for 4x
    shapes = [lambda n: "Produced by Sam. " * n + "x",
              lambda n: "Send your questions to a" + "." * n + "@b",
              lambda n: "من إنتاج سامي " * n + "؟",  # no sentence mark between: the Arabic chain needs one
              lambda n: "من إنتاج سامي. " * n + "؟",
              lambda n: "Muziek: Studio Noord. " * n + "?"]
    for make in shapes:
        assert_grows_linearly(run_phrase_patterns, make, 20, 80)



def test_the_e_mail_address_alone_stays_navigation():
    # an address on its own line was navigation before; the credits rule does not take it over
    assert re.fullmatch(r"\S+@\S+\.\w+", "billshock@example.org")
    assert "navigation" in categories_of("billshock@example.org", 1)
