"""Review 33a #15: media labels in parity across en/nl/ar, and a kicker in capitals only from a list of kicker
words. Arabic "حصري: …" (exclusive) kept its label in the title while en "EXCLUSIVE: …" and nl "EXCLUSIEF: …" lost
theirs; the capitals-and-full-stop rule cut any capitals word, so an acronym opening an English or Dutch headline
("NASA. SpaceX and Boeing race …", "NAVO. Bondgenoten …") lost its first word. Hand-written headlines."""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.metadata import without_media_label


@pytest.mark.parametrize("title, expected", [
    ("حصري: الحكومة تدرس رفع الدعم عن الوقود في العام المقبل", "الحكومة تدرس رفع الدعم عن الوقود في العام المقبل"),
    ("حصري | الحكومة تدرس رفع الدعم عن الوقود في العام المقبل", "الحكومة تدرس رفع الدعم عن الوقود في العام المقبل"),
    ("EXCLUSIVE: Ministers weigh an end to fuel subsidies next year", "Ministers weigh an end to fuel subsidies next year"),
    ("EXCLUSIEF. Kabinet overweegt einde van brandstofsubsidie", "Kabinet overweegt einde van brandstofsubsidie"),
    ("TV-RECENSIE. De nieuwe reeks over de haven overtuigt niet", "De nieuwe reeks over de haven overtuigt niet"),
    ("KIJK. Brandweer redt drie paarden uit ondergelopen weiland", "Brandweer redt drie paarden uit ondergelopen weiland"),
])
def test_a_media_label_or_a_kicker_word_leaves_the_title(title, expected):
    assert without_media_label(title) == expected


@pytest.mark.parametrize("title", [
    "NASA. SpaceX and Boeing race to return astronauts to the Moon",
    "NAVO. Bondgenoten beloven meer geld voor defensie in het oosten",
    "UNICEF. Millions of children still miss routine vaccinations",
])
def test_an_acronym_opening_a_headline_stays(title):
    assert without_media_label(title) == title


def test_an_arabic_exclusive_label_is_no_part_of_the_page_title():
    headline = "الحكومة تدرس رفع الدعم عن الوقود في العام المقبل"
    page = "\n".join([
        "الرئيسية", "أخبار", "اقتصاد", f"حصري: {headline}", "7 ديسمبر 2026",
        "قالت مصادر حكومية إن الحكومة تدرس رفع الدعم عن الوقود بشكل تدريجي ابتداء من الربع الأول من العام المقبل.",
        "وأضافت المصادر أن القرار النهائي سيتخذ بعد مشاورات مع البرلمان والنقابات خلال الأسابيع المقبلة.",
        "ويكلف دعم الوقود الخزينة العامة نحو ثلاثة مليارات دولار سنوياً بحسب أرقام وزارة المالية.",
    ])
    assert normalise_text(page).title == headline
