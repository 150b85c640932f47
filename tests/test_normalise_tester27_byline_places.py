"""Tester stop 27, finding 7: a dateline's place glued onto the byline.

The README: "the place is not an author". A page that names its author (or its agency) kept the place beside it:
"Lotte Visser, UTRECHT" (a reporter's line, then "UTRECHT - …" opening the story), "Amsterdam, ANP" (a date line's
place with the agency after the date), "ليلى حداد عمّان" (a credit line "حوار: ليلى حداد | عمّان | 2026/12/02").
The place gives the byline only where nothing names who wrote the story. Hand-written pages; none is eval data.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text, with_dateline
from newsbrief.normalise.html import normalise_html
from newsbrief.normalise.metadata import split_byline


def page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


# --- an author's line, then the story opening with its place -----------------------------------------------------------

PLACE_OPENING = {
    "en": ("Floods close main road into Keswick", "By our reporter Helen Garth", "Monday 30 November 2026, 08:14",
           "KESWICK - The A591 into Keswick was closed on Monday morning after the River Greta burst its banks "
           "overnight.", "Helen Garth",
           "The town's river burst its banks overnight and closed the A591 for most of Monday."),
    "nl": ("Wateroverlast sluit weg naar Deventer af", "Door onze verslaggever Sanne Kok", "maandag 30 november 2026, 08:14",
           "DEVENTER - De provinciale weg naar Deventer is maandagochtend afgesloten nadat de IJssel buiten haar "
           "oevers trad.", "Sanne Kok",
           "Het water stond op sommige plekken een halve meter hoog, meldt de provincie."),
    "ar": ("السيول تغلق الطريق الرئيسي إلى مدينة إربد", "بقلم سامر العلي", "2026-11-30 08:14",
           "إربد - أغلقت السلطات الطريق الرئيسي المؤدي إلى مدينة إربد صباح الاثنين بعد أن غمرته مياه السيول.",
           "سامر العلي",
           "وقالت مديرية الأشغال إن فرقها تعمل على فتح الطريق خلال ساعات."),
}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_place_opening_the_story_stays_out_of_the_authors_byline(lang):
    title, byline, date, first, author, second = PLACE_OPENING[lang]
    art = normalise_text(page(title, byline, date, first, second))
    assert art.byline == author
    assert not art.paragraphs[0].startswith(first.split()[0])  # the place still leaves the text


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_place_opening_gives_the_byline_where_no_author_is_named(lang):
    """Guard: without an author line the place is what the page says of where the story comes from (README)."""
    title, _byline, date, first, _author, second = PLACE_OPENING[lang]
    art = normalise_text(page(title, date, first, second))
    assert art.byline == first.split(" - ")[0]


def test_a_wire_agency_still_follows_the_author():
    """Guard: an agency is who wrote the story with the reporter: "Jane Doe, Reuters" stays."""
    assert with_dateline("Jane Doe", "Reuters") == "Jane Doe, Reuters"
    assert with_dateline("Jane Doe", "LOCHEM") == "Jane Doe"


# --- a date line's place with the agency after the date ----------------------------------------------------------------

@pytest.mark.parametrize("line,agency", [
    ("Rotterdam, 4 december 2026 09:40 · ANP", "ANP"),
    ("London, 4 December 2026 09:40 | Reuters", "Reuters"),
    ("بيروت، 4 ديسمبر 2026 09:40 · رويترز", "رويترز"),
])
def test_the_agency_beside_a_date_line_is_the_byline_not_the_place(line, agency):
    author, date = split_byline(line)
    assert author == agency and date


def test_a_date_lines_place_alone_is_still_the_byline():
    """Guard (README): "Leiden, 6 december 2026 10:12" names no one else: the place is the byline."""
    assert split_byline("Leiden, 6 december 2026 10:12") == ("Leiden", "6 december 2026 10:12")


# --- a credit line: author | place | date -------------------------------------------------------------------------------

@pytest.mark.parametrize("line,author", [
    ("حوار: سامر العلي | إربد | 2026/12/02", "سامر العلي"),
    ("Interview by Helen Garth | Keswick | 2 December 2026", "Helen Garth"),
    ("Door Sanne Kok | Deventer | 2 december 2026", "Sanne Kok"),
])
def test_a_place_between_the_name_and_the_date_is_no_part_of_the_name(line, author):
    assert split_byline(line)[0] == author


def test_two_authors_between_pipes_are_not_read_as_a_place():
    """Guard: a second author has two words or more; it stays in the byline."""
    assert "Tom Hale" in split_byline("By Jane Doe | Tom Hale | 2 December 2026")[0]


def test_an_arabic_html_interview_credit_gives_the_reporter_alone():
    html = ('<html lang="ar"><head><meta charset="utf-8"><title>مدير المياه: مشروع الناقل الوطني يبدأ العام المقبل'
            '</title></head><body><article><h1>مدير المياه: مشروع الناقل الوطني يبدأ العام المقبل</h1>'
            '<div class="meta">حوار: سامر العلي | إربد | 2026/12/02</div>'
            '<p>قال مدير سلطة المياه إن العمل في مشروع الناقل الوطني سيبدأ مطلع العام المقبل بعد توقيع العقود.</p>'
            '<p><b>س: متى يصل الماء إلى المنازل؟</b></p>'
            '<p>ج: نتوقع أن يبدأ الضخ في عام 2029، وسنبدأ بالمحافظات الشمالية.</p>'
            '<p><b>س: ما كلفة المشروع؟</b></p>'
            '<p>ج: تقدر الكلفة بنحو ثلاثة مليارات دولار على مدى خمس سنوات.</p>'
            '</article></body></html>')
    art = normalise_html(html)
    assert art.byline == "سامر العلي"
