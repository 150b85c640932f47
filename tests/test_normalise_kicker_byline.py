"""A kind of piece before a dash and the reporter's name after it, under the headline (review B of int10, finding
5): "تحقيق - منى عبدالرحمن", "حوار - سامي الخطيب", "ANALYSIS - By Jane Doe", "ANALYSE - Door Jan de Vries". The
kicker words (datelines._KICKER_WORDS) made such a line no place-and-reporter line, so it gave no byline; the word
before the dash is a label, and the name after it is the reporter's when it passes the name checks
(datelines.place_author_and_date). Every page is invented.

Guards: a subtitle after a kicker ("خاص - انفجار يهز العاصمة"), a body's name ("تحليل - وزارة الصحة"), an alert or a
menu word before the dash ("عاجل -", "الرئيسية -"), an unlabelled Latin pair ("INTERVIEW - Jane Doe"), and a place
and reporter ("دبي - محمد الشامسي") as before. The kicker cases fail on int10; the guards pass on both.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.datelines import place_author_and_date
from newsbrief.normalise.html import normalise_html

STORIES = {
    "ar": ("الحكومة الأردنية تقر خطة جديدة لمواجهة شح المياه", "6 ديسمبر 2026",
           ["أقرت الحكومة الأردنية اليوم خطة جديدة لمواجهة شح المياه تتضمن مشاريع لتحلية مياه البحر في العقبة ونقلها "
            "إلى عمان.", "وقال وزير المياه إن الخطة ستكلف نحو ثلاثة مليارات دولار على مدى عشر سنوات.",
            "وأضاف أن العمل سيبدأ في الربيع المقبل."]),
    "en": ("Council approves flood defence plan", "6 December 2026",
           ["Riverside council has approved a plan to build new flood defences along the River Wey after two winters "
            "of severe flooding.", "The scheme was backed by 31 votes to 9 on Tuesday night.",
            "Work is expected to begin in the spring."]),
    "nl": ("Gemeente keurt dijkplan goed", "6 december 2026",
           ["De gemeenteraad heeft dinsdagavond een plan goedgekeurd voor nieuwe dijken langs de IJssel, na twee natte "
            "winters.", "Het plan werd aangenomen met 31 stemmen voor en 9 tegen.",
            "De werkzaamheden beginnen in het voorjaar."]),
}

CREDITS = [
    ("ar", "تحقيق - منى عبدالرحمن", "منى عبدالرحمن"),
    ("ar", "حوار - سامي الخطيب", "سامي الخطيب"),
    ("ar", "خاص - أحمد العمري", "أحمد العمري"),
    ("ar", "مقال - سعاد الحسن", "سعاد الحسن"),
    ("en", "ANALYSIS - By Jane Doe", "Jane Doe"),
    ("en", "INTERVIEW — By Tom Hale", "Tom Hale"),
    ("nl", "ANALYSE - Door Jan de Vries", "Jan de Vries"),
]


def _page(lang: str, line: str) -> str:
    title, date, story = STORIES[lang]
    return "\n\n".join([title, line, date, *story]) + "\n"


@pytest.mark.parametrize("lang,line,name", CREDITS)
def test_kicker_and_name_under_the_headline_is_the_byline(lang, line, name):
    for model in (None, False):
        art = normalise_text(_page(lang, line), **({} if model is None else {"model": False}))
        assert art.byline == name, (model, art.byline)
        assert line not in art.text
        assert art.text.startswith(STORIES[lang][2][0][:30])


def test_kicker_and_name_on_an_html_page():
    title, date, story = STORIES["ar"]
    html = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body><article>'
            f'<h1>{title}</h1><p>تحقيق - منى عبدالرحمن</p><p>{date}</p>'
            + "".join(f"<p>{p}</p>" for p in story) + "</article></body></html>")
    art = normalise_html(html)
    assert art.byline == "منى عبدالرحمن"
    assert "تحقيق - منى" not in art.text


@pytest.mark.parametrize("lang,line", [
    ("ar", "خاص - انفجار يهز العاصمة"), ("ar", "تحليل - وزارة الصحة"), ("ar", "عاجل - محمد الشامسي"),
    ("ar", "الرئيسية - محمد الشامسي"), ("en", "INTERVIEW - Jane Doe"),
])
def test_guard_no_reporter_after_a_kicker_alert_or_menu_word(lang, line):
    assert place_author_and_date(line, True) == (None, None)
    assert normalise_text(_page(lang, line)).byline is None


def test_guard_place_and_reporter_still_credits():
    assert place_author_and_date("دبي - محمد الشامسي") == ("محمد الشامسي", None)
    assert normalise_text(_page("ar", "دبي - محمد الشامسي")).byline == "محمد الشامسي"
