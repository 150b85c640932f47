"""One "lone name line" test (metadata.lone_name) for a column's name (columnname.column_author) and a byline label's
name on the next line (metadata.name_under_label), stop 29 tidy. The column's Arabic name had its own pattern (Arabic
letters only), so "رأي" / headline / "د. سامي يوسف" (a title's dot) or a name written with its vowel marks gave no
byline, where "بقلم" / "د. سامي يوسف" did; and an Arabic desk ("هيئة التحرير") was no byline under "بقلم", where
"By" / "Editorial Board" is. The Arabic cases fail on main; the en/nl ones and the others are guards (pass on both).
Every page is invented."""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text

MENU = {"en": "Home | News | Opinion | Sport", "nl": "Home | Nieuws | Opinie | Sport",
        "ar": "الرئيسية | أخبار | اقتصاد | رياضة"}
HEADLINE = {"en": "Our schools need fewer tests and more time to read",
            "nl": "Waarom de huisarts geen loket voor formulieren moet worden",
            "ar": "لماذا يجب أن نعيد التفكير في مشاريع تحلية المياه الكبرى"}
DATE = {"en": "4 December 2026", "nl": "4 december 2026", "ar": "6 ديسمبر 2026"}
BODY = {
    "en": ["This week the government announced yet another national test for eleven-year-olds, the fourth in their "
           "final year of primary school.",
           "Teachers already spend weeks of every spring term preparing children for exams that measure the school "
           "more than the child.",
           "The minister should drop the new test and give that time back to reading."],
    "nl": ["Elke week vul ik zo'n tien formulieren in voor verzekeraars, werkgevers en gemeenten, en dat kost veel tijd.",
           "Dat kost mij gemiddeld vier uur, tijd die ik niet aan patiënten kan besteden.",
           "Het kabinet zou de papierwinkel moeten halveren voordat de wachtlijsten verder oplopen."],
    "ar": ["أعلنت الحكومة الأسبوع الماضي عن خطة لبناء ثلاث محطات جديدة لتحلية المياه على الساحل الشرقي بكلفة تتجاوز "
           "ملياري دولار.",
           "تبدو الخطة ضرورية في ظل تراجع منسوب المياه الجوفية، لكنها تتجاهل حقيقة أن نحو ثلث المياه المنتجة حاليا "
           "يضيع في شبكات قديمة.",
           "على الحكومة أن تبدأ بالشبكات قبل أن تنفق المليارات على محطات قد لا نحتاجها."],
}


def _page(lang: str, *top: str) -> str:
    return "\n".join([MENU[lang], *top, DATE[lang], *BODY[lang]]) + "\n"


def _check(text: str, lang: str, name: str | None) -> None:
    for kwargs in ({}, {"model": False}):
        art = normalise_text(text, **kwargs)
        assert art.title == HEADLINE[lang], kwargs
        assert art.byline == name, (kwargs, art.byline)
        assert art.text.startswith(BODY[lang][0][:30]), kwargs
        if name is not None:
            assert name not in art.text


@pytest.mark.parametrize("name", ["د. سامي يوسف", "سامي يُوسف"])
@pytest.mark.parametrize("below", [False, True])
def test_an_arabic_columnist_with_a_title_or_vowel_marks_is_the_byline(name, below):
    top = ["رأي", HEADLINE["ar"], name] if below else ["رأي", name, HEADLINE["ar"]]
    _check(_page("ar", *top), "ar", name)


def test_an_arabic_desk_under_a_byline_label_is_the_byline():
    _check(_page("ar", HEADLINE["ar"], "بقلم", "هيئة التحرير"), "ar", "هيئة التحرير")


@pytest.mark.parametrize("lang, label, name", [("en", "By", "Editorial Board"), ("nl", "Door", "Eva de Vries"),
                                               ("ar", "بقلم", "د. سامي يوسف")])
def test_guard_a_name_under_a_byline_label(lang, label, name):
    _check(_page(lang, HEADLINE[lang], label, name), lang, name)


@pytest.mark.parametrize("lang, label, name", [("en", "Column", "Daniel Okoro"), ("nl", "Opinie", "Karin Mulder"),
                                               ("ar", "رأي", "سامي يوسف")])
def test_guard_a_columnist_under_a_column_label(lang, label, name):
    _check(_page(lang, label, name, HEADLINE[lang]), lang, name)


def test_guard_a_columns_own_name_with_the_article_is_no_person():
    _check(_page("ar", "رأي", HEADLINE["ar"], "الرأي الآخر"), "ar", None)


def test_guard_a_place_and_a_name_under_a_column_label_is_no_lone_name():
    art = normalise_text(_page("ar", "رأي", HEADLINE["ar"], "القاهرة: محمد علي"), model=False)
    assert art.byline != "القاهرة: محمد علي"
