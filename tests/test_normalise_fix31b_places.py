"""A place alone on its line between the headline and the date is the dateline's place, not a reporter's name (helper
fix31b; stop 30 left it open).

"رام الله", "Den Haag", "New York" (two plain words, no dash) over the date have a bare name's shape and were read as
the reporter's name. places.py's gazetteer (CLDR city and country names in en/nl/ar, scripts/build_places.py) tells
them apart: `article.dateline` holds the place, and a wire credit under the story ("(ANP)", "(وفا)") is the byline,
as under a "DEN HAAG -" dateline, instead of the place. Hand-written pages; none is eval data.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.places import known_place
from tests.page_text import page as _page


# --- 1. a known place over the date is the dateline's place -----------------------------------------------------

AR_BODY = (
    "أقرت الحكومة في جلستها الأسبوعية موازنة طارئة بقيمة عشرين مليون دولار لدعم المزارعين المتضررين من موجة الجفاف "
    "التي ضربت مناطق واسعة خلال الصيف الماضي.",
    "وقال وزير الزراعة في مؤتمر صحفي عقب الجلسة إن الموازنة ستوزع على ثلاث مراحل، تبدأ الأولى مطلع الشهر المقبل.",
    "وأضاف أن الوزارة ستنشر قوائم المستفيدين على موقعها، وأن لجانا ميدانية ستزور القرى المتضررة قبل صرف أي مبالغ.",
)
NL_BODY = (
    "Het kabinet trekt volgend jaar 300 miljoen euro extra uit voor de jeugdzorg in de vier grote steden. Dat heeft "
    "de staatssecretaris donderdag bekendgemaakt na overleg met de wethouders.",
    "De gemeenten klagen al jaren dat de wachtlijsten oplopen en dat zij geld tekortkomen om kinderen op tijd te "
    "helpen. Volgens de wethouders wachten nu ruim vierduizend gezinnen op hulp.",
    "Het geld moet vooral naar de specialistische zorg gaan, waar de tekorten het grootst zijn. De Tweede Kamer "
    "debatteert volgende week over de plannen.",
)
EN_BODY = (
    "The city council on Thursday approved a $2 billion budget to repair aging subway stations across the five "
    "boroughs, ending months of debate over how to pay for the work.",
    "Council members voted 38 to 9 in favour of the plan, which will draw on state grants and a new fee on "
    "ride-hailing trips during peak hours.",
    "Transit officials said the first stations to be repaired would be those with broken elevators and leaking "
    "ceilings, some of which have been closed to wheelchair users for more than a year.",
)
PLACE_PAGES = {
    "ar": ("الحكومة تقر موازنة طارئة لدعم المزارعين المتضررين من الجفاف", "رام الله", "12 نوفمبر 2026", AR_BODY,
           "(وفا)", "وفا"),
    "nl": ("Kabinet trekt extra geld uit voor jeugdzorg in grote steden", "Den Haag", "12 november 2026", NL_BODY,
           "(ANP)", "ANP"),
    "en": ("City council approves budget for subway station repairs", "New York", "November 12, 2026", EN_BODY,
           "(AP)", "AP"),
}


@pytest.mark.parametrize("lang", ["ar", "nl", "en"])
def test_a_known_place_over_the_date_is_a_dateline_place(lang):
    """Fails on main: the place was the byline as an author's name, `dateline` was empty."""
    title, place, date, body, _, _ = PLACE_PAGES[lang]
    art = normalise_text(_page(title, place, date, *body, "Deel dit artikel"))
    assert art.title == title
    assert art.dateline == place
    assert art.byline == place  # no author named: the place is the byline, as "LOCHEM -" gives it
    assert art.published == "2026-11-12"
    assert art.paragraphs[0] == body[0]


@pytest.mark.parametrize("lang", ["ar", "nl", "en"])
def test_a_wire_credit_under_the_story_beats_a_place(lang):
    """Fails on main: the place, read as the author, kept the wire's credit out of the byline."""
    title, place, date, body, credit, agency = PLACE_PAGES[lang]
    art = normalise_text(_page(title, place, date, *body, credit))
    assert art.byline == agency
    assert art.dateline == place
    assert credit not in art.text


def test_a_wire_credit_beats_a_dashed_place_too():
    """The same for a "DEN HAAG -" dateline over the lead (fails on main: "DEN HAAG")."""
    art = normalise_text(_page(PLACE_PAGES["nl"][0], "DEN HAAG -", *NL_BODY, "(ANP)"))
    assert art.byline == "ANP"


@pytest.mark.parametrize("lang", ["ar", "nl", "en"])
def test_a_named_author_still_beats_a_wire_credit_under_a_place(lang):
    """Guard: a labelled author under the place stays the byline; the credit under the story is removed."""
    title, place, date, body, credit, _ = PLACE_PAGES[lang]
    author = {"ar": "بقلم: سامي يوسف", "nl": "Door Sanne de Vries", "en": "By Helen Garth"}[lang]
    art = normalise_text(_page(title, place, date, author, *body, credit))
    assert art.byline == {"ar": "سامي يوسف", "nl": "Sanne de Vries", "en": "Helen Garth"}[lang]


@pytest.mark.parametrize("lang", ["ar", "nl", "en"])
def test_a_reporters_name_over_the_date_is_still_the_byline(lang):
    """Guard: a name that is no place stays the reporter's byline."""
    title, _, date, body, _, _ = PLACE_PAGES[lang]
    name = {"ar": "أحمد عبد الحميد", "nl": "Sanne de Vries", "en": "Helen Garth"}[lang]
    art = normalise_text(_page(title, name, date, *body))
    assert art.byline == name
    assert art.dateline is None


def test_known_place_reads_whole_lines_in_each_language():
    for place in ("رام الله", "أبو ظبي", "الدار البيضاء", "Den Haag", "The Hague", "New York", "Rio de Janeiro",
                  "القاهرة", "Amsterdam", "Saudi Arabia", "Verenigde Staten", "المملكة العربية السعودية"):
        assert known_place(place), place
    for line in ("Sanne de Vries", "Helen Garth", "أحمد عبد الحميد", "New York Times", "Den Haag Centraal",
                 "رام الله اليوم", ""):
        assert not known_place(line), line


def test_a_place_in_a_tag_list_or_in_lower_case_is_no_dateline():
    """Guard: a tag list's place under a comma ("Tags:" / "Utrecht," / "Den Haag") or a lower-case link ("den haag")
    over the story is no dateline."""
    title, _, _, body, _, _ = PLACE_PAGES["nl"]
    for head in (["Tags:", "Utrecht,", "Den Haag"], ["den haag"]):
        art = normalise_text(_page(title, *head, *body))
        assert art.dateline is None, head


# --- a place used as a subheading is no dateline (review31b #2) --------------------------------------------------

SUBHEAD_PAGES = {
    "nl": ("Uitslagen: zo stemde de regio", "Utrecht", NL_BODY[0], "Amersfoort", NL_BODY[1], "Nieuwegein", NL_BODY[2]),
    "en": ("Ceasefire talks resume as aid convoys wait at the border", "Gaza", EN_BODY[0], "Israel", EN_BODY[1],
           "Egypt", EN_BODY[2]),
    "ar": ("استئناف محادثات التهدئة وسط انتظار قوافل المساعدات", "غزة", AR_BODY[0], "إسرائيل", AR_BODY[1], "مصر",
           AR_BODY[2]),
}


@pytest.mark.parametrize("lang", ["nl", "en", "ar"])
def test_a_place_heading_a_section_is_no_dateline(lang):
    """A place over a paragraph, with another place heading a later paragraph, is a subheading: no byline, no
    dateline, and it stays in the text (int31 made the first one the byline and, in ar, dropped it)."""
    title, first, para1, second, para2, third, para3 = SUBHEAD_PAGES[lang]
    art = normalise_text(_page(title, first, para1, second, para2, third, para3))
    assert art.byline is None
    assert art.dateline is None
    assert first in art.text.split("\n")
    assert second in art.text.split("\n")


@pytest.mark.parametrize("lang,place", [("ar", "بيت لحم"), ("ar", "دير البلح"), ("ar", "كفر الشيخ"), ("ar", "بني سويف"),
                                        ("ar", "المنامة"), ("ar", "مدينة الكويت"), ("ar", "بئر السبع"),
                                        ("en", "Bethlehem"), ("en", "Beit Lahia"), ("en", "Deir al-Balah"),
                                        ("nl", "Koeweit-Stad")])
def test_dateline_places_the_gazetteer_missed(lang, place):
    """review31b #9: these towns over the date were read as a reporter's name (no place list had them)."""
    assert known_place(place)
    title, _, date, body, _, _ = PLACE_PAGES[lang]
    art = normalise_text(_page(title, place, date, *body))
    assert art.dateline == place
    assert art.published == "2026-11-12"
