"""Furniture under or inside a story that a tester found kept (stop 34, probeA findings 5, 7 and 9), en/nl/ar.

- A view counter written label first ("عدد المشاهدات: 1,245", "Aantal keer bekeken: 1.245", "Views: 1,245"): the
  phrase lists knew only the count-first order ("1,245 مشاهدة").
- A "continue reading below" link with no ad named ("تابع القراءة أدناه", "Lees hieronder verder").
- A members' appeal ("Dit verhaal is mogelijk gemaakt door onze leden. Word ook lid …", "This story was made possible
  by our members. Become a member …").
- A wire copy's link to its original-language version and a wire agency's note that its site shows part of its feed
  (finding 4 c/d: "النسخة الأصلية من هذا الخبر باللغة التركية: …").
Guards: a story's sentence that counts readers or thanks members stays.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text

STORIES = {
    "en": ("Harbour council approves new ferry timetable",
           ["The harbour council on Tuesday approved a new ferry timetable that adds four evening crossings between "
            "Port Ellis and the islands from March.",
            "Councillors said the change answers years of complaints from commuters who work late shifts in the "
            "town's hospital and fish market.",
            "The operator will hire six more crew members and lease a second vessel for the busy summer months."]),
    "nl": ("Gemeenteraad stemt in met nieuwe dienstregeling veerpont",
           ["De gemeenteraad heeft dinsdag ingestemd met een nieuwe dienstregeling voor de veerpont, met vanaf maart "
            "vier extra overtochten in de avond.",
            "Volgens de raadsleden komt de wijziging tegemoet aan jarenlange klachten van forenzen die laat werken in "
            "het ziekenhuis en op de vismarkt.",
            "De vervoerder neemt zes extra bemanningsleden aan en huurt in de zomermaanden een tweede boot."]),
    "ar": ("المجلس البلدي يقر جدولاً جديداً لرحلات العبّارات",
           ["أقر المجلس البلدي الثلاثاء جدولاً جديداً لرحلات العبّارات يضيف أربع رحلات مسائية بين الميناء والجزر "
            "اعتباراً من مارس المقبل.",
            "وقال أعضاء المجلس إن التعديل يستجيب لشكاوى متكررة من الموظفين الذين يعملون في نوبات متأخرة في المستشفى "
            "وسوق السمك.",
            "وستعين الشركة المشغلة ستة بحارة إضافيين وتستأجر سفينة ثانية خلال أشهر الصيف."]),
}
BYLINES = {"en": "By Laura Mills", "nl": "Door Sanne de Wit", "ar": "بقلم: سامي الحربي"}
DATES = {"en": "7 December 2026", "nl": "7 december 2026", "ar": "7 ديسمبر 2026"}
FOOTERS = {"en": ["Related stories", "Ferry fares to rise by 4 percent in spring", "© 2026 Port Ellis Courier"],
           "nl": ["Meer nieuws", "Tarieven veerpont volgend jaar 4 procent hoger", "© 2026 Het Havenblad"],
           "ar": ["أخبار ذات صلة", "رفع أسعار تذاكر العبّارات 4 في المئة في الربيع", "© 2026 جريدة الميناء"]}


def page(lang: str, after_date: list[str] = (), mid: list[str] = (), under: list[str] = ()) -> str:
    title, paras = STORIES[lang]
    return "\n".join(["Home", title, BYLINES[lang], DATES[lang], *after_date, paras[0], *mid, paras[1], paras[2],
                      *under, *FOOTERS[lang]])


VIEW_COUNTERS = {"en": ["Views: 1,245", "Page views: 3,210"],
                 "nl": ["Aantal keer bekeken: 1.245", "Weergaven: 3.210", "1.245 keer bekeken"],
                 "ar": ["عدد المشاهدات: 1,245", "عدد القراءات 3٬210", "شوهد 1245 مرة"]}


@pytest.mark.parametrize("lang,counter", [(lang, c) for lang, cs in sorted(VIEW_COUNTERS.items()) for c in cs])
def test_a_label_first_view_counter_under_the_date_goes(lang, counter):
    art = normalise_text(page(lang, after_date=[counter]))
    assert counter not in art.text
    assert STORIES[lang][1][0] in art.text and art.title == STORIES[lang][0]


CONTINUE_BELOW = {"en": "Continue reading below", "nl": "Lees hieronder verder", "ar": "تابع القراءة أدناه"}


@pytest.mark.parametrize("lang", sorted(CONTINUE_BELOW))
def test_a_continue_reading_below_link_inside_the_story_goes(lang):
    art = normalise_text(page(lang, mid=[CONTINUE_BELOW[lang]]))
    assert CONTINUE_BELOW[lang] not in art.text
    assert all(p in art.text for p in STORIES[lang][1])


APPEALS = {
    "en": ["This story was made possible by our members. Become a member and support independent local journalism."],
    "nl": ["Dit verhaal is mogelijk gemaakt door onze leden. Word ook lid en steun onafhankelijke "
           "onderzoeksjournalistiek."],
}


@pytest.mark.parametrize("lang", sorted(APPEALS))
def test_a_members_appeal_under_the_story_goes(lang):
    art = normalise_text(page(lang, under=APPEALS[lang]))
    assert APPEALS[lang][0] not in art.text
    assert all(p in art.text for p in STORIES[lang][1])


ORIGINAL_NOTES = {
    "en": ["The original version of this story in Turkish: Liman meclisi yeni feribot tarifesini onayladı",
           "On the Anadolu Agency website, only a portion of the news stories offered to subscribers in the AA News "
           "Broadcast System (HAS) are published, and in summarised form."],
    "nl": ["De oorspronkelijke versie van dit bericht in het Turks: Liman meclisi yeni feribot tarifesini onayladı"],
    "ar": ["النسخة الأصلية من هذا الخبر باللغة التركية: Liman meclisi yeni feribot tarifesini onayladı",
           "على موقع وكالة الأناضول، يتم نشر جزء من الأخبار المعروضة على نظام تدفق الأخبار (HAS) الخاص بالوكالة، "
           "وبشكل ملخص. يرجى التواصل معنا للاشتراك."],
}


@pytest.mark.parametrize("lang", sorted(ORIGINAL_NOTES))
def test_a_wire_copys_original_language_link_and_feed_note_go(lang):
    art = normalise_text(page(lang, under=ORIGINAL_NOTES[lang]))
    for note in ORIGINAL_NOTES[lang]:
        assert note not in art.text, note
    assert all(p in art.text for p in STORIES[lang][1])


GUARDS = {
    "en": "The museum said the exhibition had been viewed 1,245 times online before it opened, and that members had "
          "paid for the new wing.",
    "nl": "Volgens de bibliotheek werd het digitale archief vorig jaar 1.245 keer bekeken, en hebben de leden van de "
          "vereniging de restauratie mogelijk gemaakt.",
    "ar": "وقالت المكتبة إن عدد المشاهدات على منصتها الرقمية بلغ 1245 مشاهدة خلال الأسبوع الأول، وإن الأعضاء موّلوا "
          "الجناح الجديد.",
}


@pytest.mark.parametrize("lang", sorted(GUARDS))
def test_a_story_sentence_about_views_or_members_stays(lang):
    art = normalise_text(page(lang, mid=[GUARDS[lang]]))
    assert GUARDS[lang] in art.text
