"""A reporter's bare name between the headline and the date is the byline, in Arabic too (helper fix30h).

"HEADLINE / Joris van Leeuwen / 12 november 2026 / lead …" gave the byline "Joris van Leeuwen" (the capitalised name
under the headline: metadata.is_name_like), while the same page in Arabic ("… / أحمد عبد الحميد / 12 نوفمبر 2026 /
…", no "بقلم", no "كتب") removed the name and had no byline: Arabic has no capitals, so the date right under the name
stands in for them (classify._bare_arabic_byline, datelines.bare_arabic_name). A section's label ("أخبار محلية", "رياضة
عالمية", "تقارير وحوارات"), a one-word section ("اقتصاد"), an unknown place ("القاهرة الجديدة"), an agency
("أ ف ب") or a desk ("هيئة التحرير") there is no byline; a known place ("القاهرة", "القاهرة، مصر") is the
dateline. Hand-written pages; none is eval data.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.datelines import bare_arabic_name

NAV = {"en": ["Home", "News", "Sport"], "nl": ["Home", "Nieuws", "Sport"], "ar": ["الرئيسية", "أخبار", "رياضة"]}
TITLE = {"en": "Council finds extra money for bike park at station",
         "nl": "Gemeente trekt extra geld uit voor fietsenstalling bij station",
         "ar": "الحكومة تعلن خطة لتطوير المدارس في الصعيد"}
NAME = {"en": "Helen Garth", "nl": "Joris van Leeuwen", "ar": "أحمد عبد الحميد"}
DATE = {"en": "12 November 2026, 14:05", "nl": "12 november 2026, 14:05", "ar": "12 نوفمبر 2026"}
BODY = {
    "en": ["The council has found 4 million pounds for a new bike park on the west side of the station, it said on "
           "Tuesday.",
           "The present bike park has been full for months, and riders leave their bikes on the pavement instead.",
           "The new one will hold 3,000 bikes and should open in 2028, councillor Eva Smith said."],
    "nl": ["De gemeente Utrecht trekt 4 miljoen euro extra uit voor een nieuwe fietsenstalling aan de westkant van het "
           "station. Dat heeft het college dinsdag besloten.",
           "De huidige stalling zit volgens de gemeente al maanden vol. Reizigers zetten hun fiets op de stoep.",
           "De nieuwe stalling krijgt plek voor 3.000 fietsen en moet in 2028 open gaan, aldus wethouder Eva Smit."],
    "ar": ["أعلنت الحكومة المصرية اليوم خطة لتطوير 500 مدرسة في محافظات الصعيد خلال العامين المقبلين، بتكلفة تتجاوز "
           "ملياري جنيه.",
           "وقال وزير التربية والتعليم إن الخطة تشمل إنشاء فصول جديدة وتجهيز المعامل وتدريب المعلمين.",
           "ومن المقرر أن تبدأ المرحلة الأولى في سبتمبر المقبل في محافظات أسيوط وسوهاج وقنا."],
}
TAIL = {"en": ["Share this article", "Most read"], "nl": ["Deel dit artikel", "Meest gelezen"],
        "ar": ["شارك", "الأكثر قراءة"]}


def page(lang: str, under_title: str, date_first: bool = False) -> str:
    head = [DATE[lang], under_title] if date_first else [under_title, DATE[lang]]
    return "\n".join(NAV[lang] + [TITLE[lang]] + head + BODY[lang] + TAIL[lang]) + "\n"


@pytest.mark.parametrize("model", [None, False])
@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_bare_name_between_headline_and_date_is_the_byline(lang, model):
    """Fails on main for ar (the name was removed, no byline); en and nl guard the rule it extends."""
    art = normalise_text(page(lang, NAME[lang]), model=model)
    assert art.title == TITLE[lang]
    assert art.byline == NAME[lang]
    assert art.published is not None and art.published.startswith("2026-11-12")
    assert art.paragraphs[0] == BODY[lang][0]
    assert NAME[lang] not in art.text


@pytest.mark.parametrize("model", [None, False])
def test_an_arabic_short_line_under_the_date_is_not_asked(model):
    """Guard: under the date a letters page's heading stands ("أبقوا حافلات الليل"), no reporter's name; only the
    line between the headline and the date is read as one (tests/test_letters_one_signature.py has the page)."""
    art = normalise_text(page("ar", "أبقوا حافلات الليل", date_first=True), model=model)
    assert art.byline != "أبقوا حافلات الليل"


@pytest.mark.parametrize("model", [None, False])
@pytest.mark.parametrize("label", ["أخبار محلية", "رياضة عالمية", "اقتصاد", "تقارير وحوارات", "شؤون دولية",
                                   "القاهرة الجديدة"])
def test_a_section_place_or_desk_between_headline_and_date_is_no_persons_byline(label, model):
    """Guard: a section's label or a place there names no person (passes on main too). (A desk's credit there,
    "هيئة التحرير", is the page's byline since stop 31: tests/test_normalise_fix31i.py.)"""
    art = normalise_text(page("ar", label), model=model)
    assert art.byline is None or label not in art.byline
    assert art.title == TITLE["ar"]
    assert art.paragraphs[0] == BODY["ar"][0]


@pytest.mark.parametrize("model", [None, False])
@pytest.mark.parametrize("place", ["القاهرة", "القاهرة، مصر"])
def test_a_known_place_between_headline_and_date_is_the_dateline(place, model):
    # a place (and its country after a comma: places.known_place) is the dateline's, never a person's name; the
    # dateline is the byline when the page names no author (as "LOCHEM -" is)
    art = normalise_text(page("ar", place), model=model)
    assert art.dateline == place
    assert art.title == TITLE["ar"]
    assert art.paragraphs[0] == BODY["ar"][0]


@pytest.mark.parametrize("model", [None, False])
def test_an_agency_between_headline_and_date_stays_the_dateline(model):
    """Guard: "أ ف ب" there is the agency's dateline (datelines.dateline_line), as on main, not a reporter's name."""
    art = normalise_text(page("ar", "أ ف ب"), model=model)
    assert art.dateline == "أ ف ب"
    assert art.paragraphs[0] == BODY["ar"][0]


@pytest.mark.parametrize("model", [None, False])
@pytest.mark.parametrize("lang,label", [("en", "Local News"), ("en", "Most Viewed Articles"),
                                        ("nl", "Binnenland Nieuws"), ("nl", "Meest Gelezen Artikelen")])
def test_a_latin_section_label_between_headline_and_date_stays_no_byline(lang, label, model):
    """Guard: the Latin rule's own not-name words still hold."""
    art = normalise_text(page(lang, label), model=model)
    assert art.byline != label
    assert art.paragraphs[0] == BODY[lang][0]


@pytest.mark.parametrize("model", [None, False])
def test_an_arabic_two_word_subtitle_with_no_date_by_it_is_no_byline(model):
    """Guard: the date right under the name stands in for the capitals; with none there the line is no byline."""
    lines = NAV["ar"] + [TITLE["ar"], "أحمد عبد الحميد"] + BODY["ar"] + [DATE["ar"]] + TAIL["ar"]
    art = normalise_text("\n".join(lines) + "\n", model=model)
    assert art.byline != "أحمد عبد الحميد"


@pytest.mark.parametrize("text,name", [("أحمد عبد الحميد", "أحمد عبد الحميد"), ("ليلى بن علي", "ليلى بن علي"),
                                       ("أخبار محلية", None), ("رياضة عالمية", None), ("اقتصاد", None),
                                       ("الدار البيضاء", None), ("دبي - محمد الشامسي", None), ("وزارة الصحة", None),
                                       ("أ ف ب", None), ("هيئة التحرير", None), ("عربي ودولي", None),
                                       ("حوادث وقضايا", None), ("أكد الوزير", None), ("محمد 2026", None)])
def test_bare_arabic_name(text, name):
    assert bare_arabic_name(text) == name


def test_bare_arabic_name_is_linear_on_a_long_line():
    assert bare_arabic_name("أحمد " * 200_000) is None


@pytest.mark.parametrize("model", [None, False])
def test_a_live_blogs_first_entry_reporter_under_the_pages_date_is_no_byline(model):
    """Guard: headline / desk / date, then entries "name / stamp / text": the first entry's reporter stands between a
    line and a date too, but the page's date is already given above it; every entry stays (as on main)."""
    entries = [("سارة محمود", "7 ديسمبر 2026 - 09:12", "رفعت الأرصاد الجوية مستوى التحذير على طول الساحل."),
               ("خالد يوسف", "7 ديسمبر 2026 - 10:05", "وقالت الشرطة إن الطريق الساحلي أغلق بعد انقلاب شاحنة.")]
    lines = ["الرئيسية", "أخبار", "مباشر: العاصفة تغلق الطرق في الشمال", "فريق التغطية المباشرة", "7 ديسمبر 2026"]
    for name, stamp, text in entries:
        lines += [name, stamp, text]
    art = normalise_text("\n".join(lines) + "\n", model=model)
    assert art.byline != "سارة محمود"
    assert all(text in art.text for _n, _s, text in entries)
