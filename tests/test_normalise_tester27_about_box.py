"""An author's "About" box in the middle of a story ends nothing when the story goes on under it (tester s27, finding 1).

An "About the author" / "Over de auteur" / "عن الكاتب" heading (or "About <the author's name>") is an end marker, and
the paragraphs under it, up to three, went as its about block: a box printed between two of the story's paragraphs
took the story's next paragraphs with it. Now only the bio under such a heading goes (aboutbox.bio_paragraph: about
the author by name or pronoun, a bio's opening, short), and where the story goes on under it (paragraphs that share
the story's words and are no bio) the heading and the bio are a box read across (aboutbox.resumed_about_boxes). A
box at the story's end, with a bio under it and no story, is the story's end as before.

Every page is invented. The user-level cases fail on the code before; the guards pass on both.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text

STORY = {
    "en": ("""Menu
Search
News
Local
The retired teacher who runs the village library alone
By Claire Morton
Tuesday 8 December 2026 09:15 GMT
Every weekday morning at eight, Margaret Ellis unlocks the door of the old chapel in Little Haddon and switches on the heating in what is now the only library for twelve miles.
The county council closed the branch library in 2019 to save £40,000 a year. Ellis, a retired primary teacher, asked whether she could keep it open with donated books.
The chapel trustees charge no rent, and a local builder fixed the leaking roof for the price of the materials. Around 4,000 books now fill the shelves, most of them given by families in the village.
Last year the library lent 6,200 books and ran a homework club twice a week, according to figures Ellis keeps in a ledger on her desk.
Children from three neighbouring villages come on the school bus on Thursdays, when a retired librarian from Oakham reads to the youngest.
{HEADING}
{BIO}Volunteers now want to open on Saturdays too, and the parish council will discuss the hours in January.
"After that, someone else will have to find the key," she said with a laugh, pointing at the steep steps outside.
""", "About the author", "About Claire Morton",
        "Claire Morton is a reporter covering rural affairs for the Courier. Follow her on X at @clairemorton.",
        ["Volunteers now want to open on Saturdays too, and the parish council will discuss the hours in January.",
         "\"After that, someone else will have to find the key,\" she said with a laugh, pointing at the steep steps "
         "outside."]),
    "nl": ("""Menu
Zoeken
Nieuws
Regio
De gepensioneerde juf die in haar eentje de dorpsbibliotheek runt
Door Sanne de Graaf
dinsdag 8 december 2026, 09:15
Elke doordeweekse ochtend om acht uur opent Margriet Elzinga de deur van het oude kerkje in Oudehaske en zet ze de verwarming aan in wat nu de enige bibliotheek in de wijde omtrek is.
De gemeente sloot de bibliotheek in 2019 om 40.000 euro per jaar te besparen. Elzinga, een gepensioneerde juf, vroeg of ze hem met geschonken boeken open mocht houden.
Het kerkbestuur vraagt geen huur en een aannemer uit het dorp repareerde het lekkende dak voor de prijs van het materiaal. Er staan nu zo'n 4000 boeken in de kasten.
Vorig jaar leende de bibliotheek 6200 boeken uit en was er twee keer per week huiswerkbegeleiding, blijkt uit het schrift dat Elzinga op haar bureau bijhoudt.
Op donderdag komen kinderen uit drie buurdorpen met de schoolbus, en dan leest een gepensioneerde bibliothecaris uit Joure voor aan de jongsten.
{HEADING}
{BIO}Vrijwilligers willen de bibliotheek nu ook op zaterdag openen, en de dorpsraad praat in januari over de openingstijden.
"Daarna moet iemand anders de sleutel maar zoeken," zegt Elzinga lachend, wijzend naar het trapje van het kerkje.
""", "Over de auteur", "Over de auteur",
        "Sanne de Graaf is verslaggever regio bij de Courant en schrijft over het platteland.",
        ["Vrijwilligers willen de bibliotheek nu ook op zaterdag openen, en de dorpsraad praat in januari over de "
         "openingstijden.", "\"Daarna moet iemand anders de sleutel maar zoeken,\" zegt Elzinga lachend, wijzend naar "
                            "het trapje van het kerkje."]),
    "ar": ("""القائمة
بحث
أخبار
محليات
المعلمة المتقاعدة التي تدير مكتبة القرية وحدها
بقلم سلمى حداد
الثلاثاء 8 ديسمبر 2026
في الثامنة من صباح كل يوم عمل، تفتح مريم العلي باب المبنى القديم في القرية وتشغل التدفئة في ما أصبح المكتبة الوحيدة في المنطقة كلها.
وكانت البلدية قد أغلقت فرع المكتبة عام 2019 لتوفير أربعين ألف دينار سنوياً، فسألت العلي، وهي معلمة متقاعدة، إن كان بإمكانها إبقاؤها مفتوحة بكتب متبرع بها.
ولا تدفع المكتبة إيجاراً، وقد أصلح مقاول من القرية السقف بثمن المواد فقط، وتمتلئ الرفوف اليوم بنحو أربعة آلاف كتاب.
وأعارت المكتبة العام الماضي 6200 كتاب ونظمت نادياً للواجبات المدرسية مرتين في الأسبوع، بحسب سجل تحتفظ به العلي على مكتبها.
ويأتي أطفال من ثلاث قرى مجاورة بالحافلة المدرسية يوم الخميس، حين تقرأ أمينة مكتبة متقاعدة للصغار.
{HEADING}
{BIO}ويريد المتطوعون الآن فتح المكتبة يوم السبت أيضاً، وسيناقش مجلس القرية مواعيد العمل في يناير.
وقالت العلي ضاحكة وهي تشير إلى درج المبنى: "بعد ذلك سيكون على شخص آخر أن يجد المفتاح".
""", "عن الكاتب", "عن الكاتبة",
        "سلمى حداد صحفية تغطي شؤون الريف والقرى في الصحيفة منذ عام 2015.",
        ["ويريد المتطوعون الآن فتح المكتبة يوم السبت أيضاً، وسيناقش مجلس القرية مواعيد العمل في يناير.",
         "وقالت العلي ضاحكة وهي تشير إلى درج المبنى: \"بعد ذلك سيكون على شخص آخر أن يجد المفتاح\"."]),
}


def _page(lang: str, heading: str, bio: str | None) -> str:
    page = STORY[lang][0]
    return page.replace("{HEADING}", heading).replace("{BIO}", bio + "\n" if bio else "")


@pytest.mark.parametrize("lang", sorted(STORY))
def test_the_story_going_on_under_an_about_the_author_heading_stays(lang):
    _page_text, heading, _named, _bio, story = STORY[lang]
    article = normalise_text(_page(lang, heading, None))
    for line in story:
        assert line in article.paragraphs, (line, article.removed)
    assert heading in article.removed
    assert len(article.paragraphs) == 7


@pytest.mark.parametrize("lang", sorted(STORY))
def test_the_bio_under_an_about_heading_goes_and_the_story_under_it_stays(lang):
    _page_text, _heading, named, bio, story = STORY[lang]
    article = normalise_text(_page(lang, named, bio))
    assert bio in article.removed and bio not in article.paragraphs
    assert named in article.removed
    for line in story:
        assert line in article.paragraphs, (line, article.removed)


# --- guards: an about box at the story's end -----------------------------------------------------------------------

@pytest.mark.parametrize("lang", sorted(STORY))
def test_guard_an_about_box_at_the_end_still_ends_the_story(lang):
    """The same box with the author's bio under the story's last paragraph, then the page's footer: the bio goes."""
    page_text, _heading, named, bio, story = STORY[lang]
    page = page_text.replace("{HEADING}\n{BIO}", "").replace(story[1] + "\n", story[1] + "\n" + named + "\n" + bio
                                                             + "\nCopyright 2026\n")
    article = normalise_text(page)
    assert bio not in article.paragraphs
    for line in story:
        assert line in article.paragraphs, (line, article.removed)


def test_guard_a_two_paragraph_bio_at_the_end_goes_whole():
    page = STORY["en"][0].replace("{HEADING}\n{BIO}", "") + (
        "About the author\n"
        "Claire Morton is a reporter covering rural affairs for the Courier.\n"
        "She has written about village life for twenty years and lives in Rutland with her two dogs.\n"
        "Copyright 2026 The Courier\n")
    article = normalise_text(page)
    assert "Claire Morton is a reporter covering rural affairs for the Courier." not in article.paragraphs
    assert "She has written about village life for twenty years and lives in Rutland with her two dogs." \
        not in article.paragraphs


def test_guard_an_organisations_about_block_under_a_press_release_goes():
    """"About Acme Robotics" under a press release: the organisation's paragraphs, no author's box; they go."""
    page = """Acme Robotics opens new factory in Sheffield
Sheffield, 3 March 2026 — Acme Robotics today opened a factory in Sheffield that will employ 220 people building warehouse robots for retailers across Europe.
The factory cost £48m and was built on the site of a former steelworks. Production starts in April, the company said.
Chief executive Dana Miller said the site was chosen for its engineering workforce and its rail links to the ports.
About Acme Robotics
Acme Robotics was founded in 2009 and is headquartered in Leeds. The company makes robots for warehouses and factories in twelve countries.
For more information visit www.acmerobotics.example.
"""
    article = normalise_text(page)
    assert not any(p.startswith("Acme Robotics was founded") for p in article.paragraphs)


def test_guard_a_story_persons_about_subheading_stays():
    """"About Maria Lopez" over a paragraph about a person of the story who is not the author: a subheading, as before
    (classify._person_subheadings)."""
    page = STORY["en"][0].replace("{HEADING}\n{BIO}", "About Maria Lopez\nMaria Lopez, 52, has volunteered at the "
                                  "library since it reopened. She runs the homework club on Tuesdays.\n")
    article = normalise_text(page)
    assert any(p.startswith("Maria Lopez, 52,") for p in article.paragraphs)
    assert STORY["en"][4][0] in article.paragraphs


# --- review rev27a: a bio's second paragraph that goes on with a pronoun -------------------------------------------

SECOND_BIO = {
    "en": "She lives in Leeds with two cats and a very old bicycle.",
    "nl": "Zij woont in Leeuwarden met twee katten en een heel oude fiets.",
    "ar": "وهي تعيش في إربد مع قطتين ودراجة قديمة.",
}


@pytest.mark.parametrize("lang", sorted(STORY))
def test_a_bios_second_paragraph_opening_with_a_pronoun_goes_with_the_bio(lang):
    """A bio's second paragraph that speaks of the author by pronoun only, in no bio's words ("She lives in Leeds …"),
    under a recognised first bio paragraph: the box's, not the story's first paragraph again."""
    _page_text, _heading, named, bio, story = STORY[lang]
    article = normalise_text(_page(lang, named, bio + "\n" + SECOND_BIO[lang]))
    assert SECOND_BIO[lang] not in article.paragraphs
    assert bio not in article.paragraphs
    for line in story:
        assert line in article.paragraphs, (line, article.removed)
