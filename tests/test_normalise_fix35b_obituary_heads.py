"""An obituary's headline under an institution's menu is the title: a name with its life span, "Margaret Hale
(1939–2026)", and a headline ending in the person's age, "In memoriam prof. dr. Anna Smit (87)" (helper fix35b).

Two words and a life span scored nothing as a headline (the span is no word, and a headline has three), so the
institution's name at the page's top ("University of Leeds", "جامعة الملك سعود") became the title. A bare number in
brackets closed no headline at all, as it closes a blog teaser's title with its comment count ("Ten things I learned
in Berlin (11)"): an age follows a person's name, a count follows a teaser's title in a list of such teasers.
Hand-written pages in en/nl/ar; none is eval data.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.lines import Line
from newsbrief.normalise.titlecues import closing_bracket, count_list
from tests.page_text import page

EN = ("University of Leeds", ("Study", "Research", "About us", "News", "Home", "News"), "Published 4 December 2026", (
    "Professor Margaret Hale, who led the School of Earth and Environment for more than a decade, died on 28 November "
    "at the age of 87.",
    "She joined the university in 1968 as a lecturer in geology and was among the first women to hold a chair in the "
    "faculty. Her work on glacial sediments in the Yorkshire Dales is still cited by students today.",
    "Colleagues remember a teacher who took every first-year class into the field. \"Margaret did not believe you "
    "could learn rocks from a book,\" said Professor David Lane.",
), ("More news", "New funding for flood research", "Privacy", "Cookies"))

NL = ("Universiteit Utrecht", ("Onderwijs", "Onderzoek", "Over ons", "Nieuws", "Home", "Nieuws"), "3 december 2026", (
    "Op 29 november is emeritus hoogleraar farmacologie Anna Smit op 87-jarige leeftijd overleden. Zij was van 1975 "
    "tot 2004 verbonden aan de faculteit Bètawetenschappen.",
    "Smit promoveerde in 1966 in Leiden op een studie naar de werking van bètablokkers. In Utrecht bouwde zij een van "
    "de eerste onderzoeksgroepen op die geneesmiddelen bij ouderen bestudeerde.",
    "Oud-collega’s herinneren zich haar als een strenge maar rechtvaardige begeleider. „Anna las elke versie van je "
    "proefschrift twee keer”, zegt hoogleraar Pieter Jansen.",
), ("Meer nieuws", "Nieuwe subsidie voor onderzoek naar antibiotica", "Privacy", "Cookies"))

AR = ("جامعة الملك سعود", ("الرئيسية", "الكليات", "البحث العلمي", "الأخبار"), "4 ديسمبر 2026", (
    "انتقل إلى رحمة الله تعالى الأستاذ الدكتور محمد العتيبي، أستاذ الكيمياء المتقاعد في كلية العلوم، عن عمر ناهز 87 "
    "عاما، بعد مسيرة علمية امتدت أكثر من أربعين عاما.",
    "وكان الفقيد قد التحق بالجامعة عام 1968 محاضرا، وأسهم في تأسيس أول مختبر للكيمياء التحليلية فيها، وأشرف على "
    "عشرات الرسائل العلمية.",
    "وقال عميد الكلية إن الراحل كان قدوة لطلابه وزملائه، وإن أثره سيبقى حاضرا في أجيال من الباحثين الذين تتلمذوا على "
    "يديه.",
), ("الأخبار ذات الصلة", "الجامعة تطلق برنامجا جديدا للمنح", "سياسة الخصوصية"))


def _obituary(site, headline: str) -> str:
    name, menu, date, body, foot = site
    return page(name, *menu, headline, date, *body, *foot)


@pytest.mark.parametrize("model", [None, False])
@pytest.mark.parametrize("site,headline", [
    (EN, "Margaret Hale (1939–2026)"),
    (EN, "Obituary: Professor Margaret Hale (87)"),
    (NL, "In memoriam prof. dr. Anna Smit (87)"),
    (NL, "Anna Smit (1939–2026)"),
    (AR, "محمد العتيبي (1939–2026)"),
    (AR, "في ذمة الله الأستاذ الدكتور محمد العتيبي (87)"),
])
def test_an_obituary_headline_under_an_institutions_menu_is_the_title(site, headline, model):
    """Fails on main: the institution's name (the page's first line) was the title, or none was and the name became
    the byline."""
    art = normalise_text(_obituary(site, headline), model=model)
    assert art.title == headline
    assert art.byline is None
    assert art.published is not None and art.published.startswith("2026-12-0")


@pytest.mark.parametrize("line", [
    "In memoriam prof. dr. Anna Smit (87)",
    "Obituary: Professor Margaret Hale (87)",
    "Brand verwoest boerderij van Jan Smit (87)",
    "في ذمة الله الأستاذ الدكتور محمد العتيبي (87)",
])
def test_an_age_after_a_persons_name_closes_a_headline(line):
    assert not closing_bracket(line)


@pytest.mark.parametrize("line", [
    "Ten Things I Learned From Steve Jobs (11)",    # Title Case all through: a teaser's title, no name at its end
    "Peace talks resume in New York (12)",          # a known place, no person
    "Why I quit my job at Google (11)",
    "Comment | Read Comments (11)",                 # a link bar's count: the words a phrase list's, after a bar
    "Pace star's Bollywood adventure | Tom Reyes (4)",
    "Anna Smit (87)",                               # a name alone with its age: a caption's, no headline
    "وزير الخارجية يزور القاهرة (87)",              # an Arabic line with no person's title before the words
    "In memoriam prof. dr. Anna Smit (870)",        # no age
])
def test_a_count_after_no_persons_name_still_closes_no_headline(line):
    assert closing_bracket(line)


def test_teasers_with_comment_counts_are_no_headline():
    """Guard: teasers ending in a name and a count, one under another, are a blog's list with comment counts: no
    headline, though each alone reads as a name and an age (`count_list`)."""
    teasers = ("Walking the Dales with Margaret Hale (11)", "A field day with Margaret Hale (4)",
               "Glacial sediments explained by Margaret Hale (23)")
    lines = [Line(t) for t in ("Popular posts", *teasers, "Leeds geology blog")]
    assert all(count_list(lines, k) for k in (1, 2, 3))
    assert not count_list(lines, 0) and not count_list(lines, 4)
    art = normalise_text(page("Leeds geology blog", "Home", "About", "Popular posts", *teasers, *EN[3], "Privacy"))
    assert art.title not in teasers
