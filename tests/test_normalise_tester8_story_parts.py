"""Parts of a story the normaliser lost or misread (tester 8, findings 1, 2 and 5), in en, nl and ar.

A results or standings table between a story's paragraphs, longer than the gap the body's prose may have, ended the
article: the paragraphs under it went to `removed` and the warning named only the table. A table's heading under the
lead ("Eastern Counties League") became the byline, and a staff credit standing for the name ("Staff reporter",
"Van een onzer verslaggevers", "محرر الشؤون المحلية") was none. A story's short closing sentence ("The vote is next
Tuesday.") was dropped as "after the article". Hand-written pages; none is eval data.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.losses import TABLE_WARNING


def page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


# --- finding 1: a table in the middle of a story does not end it ------------------------------------------------------

TABLE_STORY = {
    "en": (["Harriers climb to second after comeback at Dunmore", "By Kate Mills", "6 December 2026"],
           ["Westfield Harriers climbed to second in the Eastern Counties League after coming from two goals down to "
            "beat Dunmore 3-2 on Saturday afternoon.",
            "Striker Owen Pike scored twice in the last ten minutes, his first goals since returning from a knee "
            "injury in October."],
           ["Eastern Counties League", "Dunmore 2-3 Westfield", "Ashcombe 1-1 Pelham", "Rudford 0-2 Carlow",
            "Team P W D L Pts", "1 Carlow 15 10 3 2 33", "2 Westfield 15 9 4 2 31", "3 Pelham 15 9 2 4 29",
            "4 Ashcombe 15 8 3 4 27"],
           ["Harriers manager Lisa Crane said her players had shown real character after a poor first half.",
            "Westfield travel to leaders Carlow next Saturday."],
           ["Share this story", "More sport"]),
    "nl": (["Lokaal Belang verliest twee zetels in Oosterbeek", "Door Joost Verbeek", "6 december 2026"],
           ["De VVD is na de tussentijdse verkiezing in Oosterbeek weer de grootste partij in de gemeenteraad, met "
            "zeven van de vijfentwintig zetels.",
            "Lokaal Belang, dat vier jaar lang de wethouder van financiën leverde, verloor twee van zijn vier zetels."],
           ["Uitslag gemeenteraad", "Partij Stemmen Zetels", "VVD 8.412 7", "CDA 6.950 6", "GroenLinks 5.101 4",
            "PvdA 3.877 3", "D66 2.410 2", "Lokaal Belang 2.233 2", "SP 1.190 1"],
           ["Fractievoorzitter Annet Dekker van Lokaal Belang noemde de uitslag een harde les voor haar partij.",
            "De formatie begint maandag met gesprekken tussen alle fracties."],
           ["Deel dit artikel", "Meer nieuws"]),
    "ar": (["الوحدات يقترب من الصدارة بعد فوز صعب على الجليل", "بقلم سامي الخطيب", "6 ديسمبر 2026"],
           ["اقترب فريق الوحدات من صدارة الدوري بعد فوزه على الجليل بهدفين مقابل هدف في المباراة التي أقيمت مساء "
            "السبت على ملعب الملك عبد الله.",
            "وسجل المهاجم يزن العمري هدف الفوز في الدقيقة الثامنة والثمانين بعد تمريرة من زميله خالد نصار."],
           ["نتائج الجولة", "الوحدات 2-1 الجليل", "الفيصلي 0-0 الرمثا", "الحسين 3-1 السلط", "الفريق لعب فاز تعادل خسر نقاط",
            "1 الحسين 15 10 3 2 33", "2 الوحدات 15 10 2 3 32", "3 الفيصلي 15 8 5 2 29", "4 الرمثا 15 7 4 4 25"],
           ["وقال مدرب الوحدات إن لاعبيه أظهروا روحا قتالية عالية رغم الغيابات الكثيرة في صفوف الفريق هذا الموسم.",
            "ويلتقي الوحدات مع الحسين في الجولة المقبلة على ملعب الحسن في إربد."],
           ["شارك الخبر", "المزيد من الأخبار"]),
}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_table_between_the_paragraphs_does_not_end_the_story(lang):
    header, lead, table, rest, footer = TABLE_STORY[lang]
    art = normalise_text(page(*header, *lead, *table, *rest, *footer))
    for paragraph in lead + rest:
        assert paragraph in art.paragraphs
        assert paragraph not in art.removed
    # the warning says what went: the table's lines the model dropped, or nothing when it kept them all
    gone = [line for line in table if line in art.removed]
    table_warnings = [w for w in art.warnings if w.startswith(TABLE_WARNING)]
    assert bool(table_warnings) == (len(gone) >= 2)
    assert not any("story" in w for w in table_warnings)


# --- finding 2: a table's heading under the lead is no byline; a staff credit is one ----------------------------------

@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_heading_under_the_lead_is_no_byline(lang):
    header, lead, table, rest, footer = TABLE_STORY[lang]
    title, _byline, date = header
    art = normalise_text(page(title, date, *lead, *table, *rest, *footer))
    assert art.byline is None
    assert art.title == title


STAFF_CREDIT = {
    "en": ("Staff reporter", TABLE_STORY["en"]),
    "nl": ("Van een onzer verslaggevers", TABLE_STORY["nl"]),
    "ar": ("محرر الشؤون المحلية", TABLE_STORY["ar"]),
}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_staff_credit_is_the_byline(lang):
    credit, (header, lead, _table, rest, footer) = STAFF_CREDIT[lang]
    title, _byline, date = header
    art = normalise_text(page(title, credit, date, *lead, *rest, *footer))
    assert art.byline == credit
    assert credit not in art.paragraphs
    assert art.paragraphs == lead + rest


def test_a_sentence_about_staff_reporters_stays_story():
    """Guard: the staff-credit phrases take a whole line only."""
    header, lead, _table, rest, footer = TABLE_STORY["en"]
    sentence = "Staff reporters from three papers covered the match."
    art = normalise_text(page(*header, *lead, sentence, *rest, *footer))
    assert art.byline == "Kate Mills"
    assert sentence in art.paragraphs


# --- finding 5: a short closing sentence is the story's end -----------------------------------------------------------

CLOSING = {
    "en": (["Harbour council to vote on ferry subsidy", "By Ruth Owen", "3 December 2026"],
           ["The harbour council will vote next week on whether to keep paying the subsidy that keeps the winter "
            "ferry to Inchmore running.",
            "Councillors on the finance committee said the subsidy had doubled in three years while the number of "
            "passengers fell by a third."],
           "The vote is next Tuesday."),
    "nl": (["Raad Zandvoort beslist over strandpaviljoens", "Door Lotte Bakker", "3 december 2026"],
           ["De gemeenteraad van Zandvoort beslist volgende week of er drie nieuwe strandpaviljoens bij mogen komen "
            "op het noordstrand.",
            "Bewoners van de boulevard verzamelden ruim achthonderd handtekeningen tegen het plan, dat volgens hen "
            "het laatste rustige stuk strand opoffert."],
           "De raad stemt op 11 december."),
    "ar": (["مجلس بلدية صيدا يناقش خطة النقل العام الجديدة", "بقلم ليلى حداد", "3 ديسمبر 2026"],
           ["يناقش مجلس بلدية صيدا الأسبوع المقبل خطة جديدة للنقل العام تشمل ثلاثة خطوط للحافلات بين الأحياء "
            "الشرقية ووسط المدينة.",
            "وقال رئيس المجلس إن الخطة ستكلف نحو مليوني دولار في السنة الأولى وإن البلدية تبحث عن تمويل من جهات "
            "مانحة."],
           "ويصوت المجلس على الخطة الثلاثاء."),
}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_short_closing_sentence_stays(lang):
    header, body, closing = CLOSING[lang]
    art = normalise_text(page(*header, *body, closing, "", *TABLE_STORY[lang][4]))
    assert art.paragraphs == body + [closing]
    assert closing not in art.removed


@pytest.mark.parametrize("closing", ["Thanks for reading.", "Thank you for reading.", "Powered by WordPress."])
def test_a_closing_line_that_reads_as_boilerplate_goes(closing):
    """Guard: a short sentence under the story that shares none of its words, or speaks to the reader, is the page's
    (these went on main too)."""
    header, body, _closing = CLOSING["en"]
    art = normalise_text(page(*header, *body, closing, "", *TABLE_STORY["en"][4]))
    assert art.paragraphs == body
    assert closing in art.removed
