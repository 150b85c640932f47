"""Header metadata in en/nl/ar (tester 9, findings 5, 6 and 11).

An update note above the headline ("Update, 6 December 2026, 15:10: This article has been updated …", "Bijgewerkt
…", "تحديث: …") started the body, so the page lost its title and byline and the headline went into the text; a date
line with a Hijri date beside the Gregorian one ("الأحد 15 جمادى الآخرة 1448 هـ - 6 ديسمبر 2026 م") was no date line,
and the wire dateline under it stayed in the text; a place and a reporter's name under the headline ("دبي - محمد
الشامسي"), a date line that credits an agency ("2 december 2026 14:30 · ANP") and a place before the date ("Leiden, 6
december 2026 10:12") gave no byline; and a page whose only date line is its update time said nothing about it.
Hand-written pages; none is eval data.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.datelines import place_author_and_date, place_date_line
from newsbrief.normalise.metadata import UPDATE_TIME_WARNING
from newsbrief.normalise.metadata import date_in, split_byline

MENU = {"en": ["The Valley Herald", "News", "Sport", "Business"],
        "nl": ["Dagblad Oost", "Nieuws", "Sport", "Regio"],
        "ar": ["صحيفة الوادي", "الرئيسية", "محليات", "رياضة"]}
STORY = {
    "en": ("Ferry timetable cut after crew shortage on island route", [
        "The operator of the ferry to Carrick Island will run four crossings a day instead of six from Monday, "
        "after a shortage of qualified crew left two sailings without a full team.",
        "The company said it expected to restore the full timetable by the spring, once six new deckhands had "
        "finished their training at the maritime college.",
        "Islanders said the cut would make it harder to reach hospital appointments on the mainland in winter.",
    ]),
    "nl": ("Nieuwe fietsbrug over het kanaal pas volgend jaar open", [
        "De nieuwe fietsbrug over het Twentekanaal bij Lochem gaat pas volgend jaar open. Bij de bouw bleken de "
        "pijlers aan de zuidkant op slappe grond te staan, waardoor extra palen nodig zijn.",
        "De provincie had de brug dit najaar willen openen. De extra werkzaamheden kosten ongeveer 400.000 euro.",
        "Fietsers moeten tot die tijd een omweg van vier kilometer via de oude brug bij Eefde maken.",
    ]),
    "ar": ("افتتاح أكبر مكتبة عامة في المدينة بعد ثلاث سنوات من البناء", [
        "افتتحت البلدية مساء الخميس أكبر مكتبة عامة في المدينة، بعد ثلاث سنوات من أعمال البناء، وتضم أكثر من "
        "مئتي ألف كتاب في مختلف المجالات.",
        "وتتضمن المكتبة قاعة للأطفال ومختبرا رقميا وقاعة للمحاضرات تتسع لثلاثمئة شخص، وتفتح أبوابها يوميا من "
        "التاسعة صباحا حتى العاشرة مساء.",
        "وأوضح مدير المكتبة أن الاشتراك سيكون مجانيا لطلاب المدارس والجامعات خلال العام الأول.",
    ]),
}
FOOTER = {"en": ["Most read", "© The Valley Herald 2026"],
          "nl": ["Meest gelezen", "© Dagblad Oost 2026"],
          "ar": ["الأكثر قراءة", "جميع الحقوق محفوظة لصحيفة الوادي 2026"]}


def page(lang: str, header: list[str], above: list[str] = ()) -> str:
    """A page: menu, the lines `above` the headline, the headline, the `header` lines under it, the story, footer."""
    title, paragraphs = STORY[lang]
    return "\n".join([*MENU[lang], *above, title, *header, *paragraphs, *FOOTER[lang]])


# --- finding 5: an update note above the headline -----------------------------------------------------------------

UPDATE_NOTES = {
    "en": ("Update, 6 December 2026, 16:20: This article has been updated with a statement from the ferry operator.",
           ["By Claire Dunmore", "6 December 2026"], "Claire Dunmore"),
    "nl": ("Bijgewerkt om 16.20 uur: in dit artikel is een reactie van de provincie toegevoegd.",
           ["Door Sanne Bakker", "6 december 2026"], "Sanne Bakker"),
    "ar": ("تحديث: أضيفت تصريحات مدير المكتبة في الفقرة الثالثة من الخبر.",
           ["بقلم سامي يوسف", "6 ديسمبر 2026"], "سامي يوسف"),
}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_an_update_note_above_the_headline_does_not_cost_the_title_and_byline(lang):
    note, header, author = UPDATE_NOTES[lang]
    article = normalise_text(page(lang, header, above=[note]))
    title, paragraphs = STORY[lang]
    assert article.title == title
    assert article.byline == author
    assert article.paragraphs == paragraphs  # neither the note nor the headline in the text
    assert any("update note" in w and note[:30] in w for w in article.warnings), article.warnings


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_an_update_note_under_the_headline_stays_the_storys(lang):
    """Guard: a note under the headline (a blog's "UPDATE: …" paragraph, a live blog's entry) is the story's text."""
    note, header, author = UPDATE_NOTES[lang]
    title, paragraphs = STORY[lang]
    text = "\n".join([*MENU[lang], title, *header, note, *paragraphs, *FOOTER[lang]])
    article = normalise_text(text)
    assert article.title == title
    assert note in article.paragraphs
    assert not any("update note" in w for w in article.warnings)


def test_a_blog_posts_update_paragraphs_stay():
    """Guard: "UPDATE: …" paragraphs in a post's body, after its first paragraph, are the post's."""
    text = "\n".join(["Notes from the allotment", "Home", "About",
                      "Why my tomatoes failed this year", "Posted on 3 September 2026 by Helen Marsh",
                      "It rained for most of July, and by August the blight had reached every plant in the greenhouse.",
                      "UPDATE: A reader points out that the council's allotments had the same problem, so it was "
                      "not only my greenhouse.",
                      "Next year I will try a blight-resistant variety and water only in the morning.",
                      "Leave a Reply"])
    article = normalise_text(text)
    assert any(p.startswith("UPDATE: A reader points out") for p in article.paragraphs)


# --- finding 6: a Hijri date beside the Gregorian one -------------------------------------------------------------

@pytest.mark.parametrize("line", ["الأحد 15 جمادى الآخرة 1448 هـ - 6 ديسمبر 2026 م",
                                  "الأحد، 6 ديسمبر 2026 م | 15 جمادى الآخرة 1448 هـ",
                                  "Sunday 15 Jumada al-Akhirah 1448 AH | 6 December 2026",
                                  "zondag 6 december 2026 · 15 Jumada II 1448 AH"])
def test_a_date_line_with_a_hijri_date_beside_the_gregorian_is_a_date_line(line):
    assert date_in(line) is not None


@pytest.mark.parametrize("line", ["The month of Ramadan ends on 9 March 2026 with the Eid prayers in the park",
                                  "مدينة 15 جمادى العربية - 6 ديسمبر 2026 في القاهرة وغيرها من المدن الكبرى"])
def test_a_sentence_with_a_date_is_no_date_line(line):
    """Guard: only a date line whole is one."""
    assert date_in(line) is None


@pytest.mark.parametrize("lang,dateline,byline", [
    ("ar", "القاهرة - (أ ش أ)", "أ ش أ"),  # the agency, not the place (stop 26)
    ("en", "DUBAI (WAM)", "WAM"),
])
def test_a_hijri_and_gregorian_date_line_dates_the_page_and_the_wire_dateline_under_it_is_the_byline(
        lang, dateline, byline):
    date = {"ar": "الخميس 12 جمادى الأولى 1448 هـ - 3 ديسمبر 2026 م",
            "en": "Thursday 12 Jumada al-Ula 1448 AH - 3 December 2026"}[lang]
    article = normalise_text(page(lang, [date, dateline]))
    assert article.published == "2026-12-03"
    assert article.byline == byline
    assert article.paragraphs == STORY[lang][1]


# --- finding 11: bylines ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang,line,byline", [
    ("nl", "3 december 2026 14:30 · ANP", "ANP"),
    ("en", "Reuters | 3 December 2026", "Reuters"),
    ("ar", "3 ديسمبر 2026 | رويترز", "رويترز"),
])
def test_an_agency_beside_the_date_is_the_byline(lang, line, byline):
    article = normalise_text(page(lang, [line]))
    assert article.byline == byline
    assert article.published == "2026-12-03" + ("T14:30" if "14:30" in line else "")
    assert article.paragraphs == STORY[lang][1]


def test_an_author_beside_an_agency_keeps_the_agency_after_the_name():
    """Guard: "Door onze redactie / ANP" and "By Jane Doe | Reuters | …" read as before."""
    assert split_byline("By Jane Doe | Reuters | March 4, 2024") == ("Jane Doe, Reuters", "March 4, 2024")
    assert split_byline("Door onze redactie / ANP") == ("onze redactie, ANP", None)


@pytest.mark.parametrize("lang,line,author", [
    ("ar", "جدة - فهد العتيبي", "فهد العتيبي"),
    ("ar", "القاهرة - وليد عبد الرحمن", "وليد عبد الرحمن"),
    ("ar", "دار السلام - أحمد سالم", "أحمد سالم"),
    ("nl", "UTRECHT - Door Sanne Bakker", "Sanne Bakker"),
    ("en", "MANCHESTER — By Tom Hale", "Tom Hale"),
])
def test_a_place_and_the_reporters_name_under_the_headline_give_the_byline(lang, line, author):
    article = normalise_text(page(lang, [line, {"en": "3 December 2026", "nl": "3 december 2026",
                                                "ar": "3 ديسمبر 2026"}[lang]]))
    assert article.byline == author
    assert article.published == "2026-12-03"
    assert article.paragraphs == STORY[lang][1]


@pytest.mark.parametrize("line", ["أعلن الرئيس - في كلمته", "أكد الوزير - في مؤتمر صحفي", "القاهرة - في العاصمة",
                                  "القاهرة - أكد الوزير أن", "اقتصاد - الأسواق العالمية", "القاهرة - (أ ش أ)",
                                  "Liverpool - Manchester United", "Today - By Jane Doe", "Home - By Category"])
def test_a_sentence_a_match_or_a_menu_is_no_place_and_name(line):
    """Guard: Arabic reporting verbs, small words of a sentence and the article open no name; a Latin name needs its
    label."""
    assert place_author_and_date(line)[0] is None


@pytest.mark.parametrize("line", ["بغداد - انفجار يهز العاصمة", "غزة - يواصل الاحتلال قصفه", "القاهرة - مصر تستضيف القمة",
                                  "دبي - سوق الأسهم يرتفع", "القاهرة - وزارة الصحة", "القاهرة - مصادر مطلعة",
                                  "غزة - مراسل الجزيرة"])
def test_an_arabic_subtitle_under_a_place_is_no_reporters_name(line):
    """Review of the merge: with no label, a subtitle's words were taken for a name ("انفجار يهز العاصمة" became the
    byline); a part opening with the article is a family name in "-ي" at the end, and no name ends in "ة"."""
    assert place_author_and_date(line)[0] is None


def test_an_arabic_sentence_that_opens_with_a_verb_and_a_dash_stays_in_the_story():
    """Guard: "أعلن الرئيس - …" as the first paragraph is the story's sentence, no dateline or byline."""
    first = "أعلن الرئيس - في كلمة متلفزة مساء الأحد - عن خطة جديدة لدعم المزارعين في المناطق الجنوبية."
    title, paragraphs = STORY["ar"]
    article = normalise_text("\n".join([*MENU["ar"], title, "3 ديسمبر 2026", first, *paragraphs, *FOOTER["ar"]]))
    assert article.paragraphs[0] == first
    assert article.byline is None


@pytest.mark.parametrize("lang,line,place,published", [
    ("nl", "Lochem, 6 december 2026 10:12", "Lochem", "2026-12-06T10:12"),
    ("en", "Carrick, 6 December 2026", "Carrick", "2026-12-06"),
    ("ar", "جدة، 6 ديسمبر 2026", "جدة", "2026-12-06"),
])
def test_a_place_before_the_date_is_kept_in_the_byline(lang, line, place, published):
    article = normalise_text(page(lang, [line]))
    assert article.byline == place
    assert article.published == published
    assert article.paragraphs == STORY[lang][1]


def test_a_place_before_the_date_is_no_part_of_the_authors_byline():
    """Stop 27 (tester finding 7, README: the place is not an author): with an author named, the place of the date
    line is left out of the byline (it was "Sanne Bakker, Lochem"); alone it is the byline (above)."""
    article = normalise_text(page("nl", ["Door Sanne Bakker", "Lochem, 6 december 2026 10:12"]))
    assert article.byline == "Sanne Bakker"


@pytest.mark.parametrize("line", ["Sunday, 6 December 2026", "Updated, 6 December 2026", "Gepubliceerd op, 3 maart 2026",
                                  "Today, 1 December 2026", "الأحد، 6 ديسمبر 2026", "Home, 6 december 2026"])
def test_a_weekday_a_label_or_a_menu_word_before_the_date_is_no_place(line):
    assert place_date_line(line) is None


@pytest.mark.parametrize("lang,line", [
    ("en", "Updated 6 December 2026, 14:42 GMT"),
    ("nl", "Bijgewerkt: 6 december 2026, 14:42"),
    ("ar", "آخر تحديث: 6 ديسمبر 2026 - 14:42"),
])
def test_a_page_whose_only_date_is_its_update_time_says_so(lang, line):
    article = normalise_text(page(lang, [line]))
    assert article.published.startswith("2026-12-06T14:42")
    assert any("last updated" in w and line in w for w in article.warnings), article.warnings


@pytest.mark.parametrize("lang,lines", [
    ("en", ["Published 6 December 2026, 09:10 GMT", "Updated 6 December 2026, 14:42 GMT"]),
    ("nl", ["Gepubliceerd: 6 december 2026, 09:10", "Bijgewerkt: 6 december 2026, 14:42"]),
    ("ar", ["نشر في: 6 ديسمبر 2026 - 09:10", "آخر تحديث: 6 ديسمبر 2026 - 14:42"]),
])
def test_a_page_that_states_its_publication_time_gets_no_update_warning(lang, lines):
    """Guard: the first date line is the publication's; the update line under it is removed as before."""
    article = normalise_text(page(lang, lines))
    assert article.published.startswith("2026-12-06T09:10")
    assert not any("last updated" in w for w in article.warnings)


# --- the same header lines on the HTML path (the extractor drops a byline line without an author class) -----------

HTML = """<html lang="{lang}"><head><meta charset="utf-8"><title>{title} | Site</title></head><body>
<nav><a>{menu}</a></nav>
<article><h1>{title}</h1>
<div class="meta"><span>{meta}</span></div>
{paragraphs}
</article><footer>{footer}</footer></body></html>"""


@pytest.mark.parametrize("lang,meta,byline", [
    ("ar", "جدة - فهد العتيبي", "فهد العتيبي"),
    ("ar", "3 ديسمبر 2026 | رويترز", "رويترز"),
    ("nl", "3 december 2026 14:30 · ANP", "ANP"),
    ("en", "Reuters | 3 December 2026", "Reuters"),
])
def test_html_header_lines_give_the_byline(lang, meta, byline):
    from newsbrief.normalise.html import normalise_html

    title, paragraphs = STORY[lang]
    html = HTML.format(lang=lang, title=title, menu=MENU[lang][1], meta=meta, footer=FOOTER[lang][-1],
                       paragraphs="\n".join(f"<p>{p}</p>" for p in paragraphs))
    article = normalise_html(html)
    assert article.title == title
    assert article.byline == byline
    assert article.paragraphs == paragraphs


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_html_update_note_over_the_headline_goes_to_a_warning(lang):
    from newsbrief.normalise.html import normalise_html

    note, header, author = UPDATE_NOTES[lang]
    title, paragraphs = STORY[lang]
    html = HTML.format(lang=lang, title=title, menu=MENU[lang][1], meta=header[0], footer=FOOTER[lang][-1],
                       paragraphs="\n".join(f"<p>{p}</p>" for p in paragraphs))
    html = html.replace("<article>", f"<article><p class=\"update\"><em>{note}</em></p>")
    article = normalise_html(html)
    assert article.title == title
    assert article.byline == author
    assert article.paragraphs == paragraphs
    assert any("update note" in w for w in article.warnings), article.warnings


def test_a_live_blogs_first_entry_that_opens_with_update_keeps_its_heading_and_the_headline():
    """Guard: a live blog whose first entry is "Update 14:05: …" with the next entry's heading and its time under it:
    the entry heading has no byline or date under it, so the note is the story's first entry, not over a headline."""
    text = "\n".join(["The Valley Herald", "News", "Sport",
                      "Storm Ingrid live: thousands without power as gales batter the coast",
                      "Update 14:05: The fire service says the blaze at the recycling plant is now under control and "
                      "crews will stay overnight.",
                      "Road closures",
                      "13:50",
                      "Mill Road will stay closed until Saturday morning while engineers check the bridge for damage.",
                      "More than 6,000 homes are still without power across the county, the network operator said "
                      "this afternoon.",
                      "Most read"])
    article = normalise_text(text)
    assert article.title == "Storm Ingrid live: thousands without power as gales batter the coast"
    assert article.paragraphs[0].startswith("Update 14:05: The fire service")
    assert not any("update note" in w for w in article.warnings)


@pytest.mark.parametrize("updated,published", [
    ("Updated 6 December 2026, 14:42 GMT", "Published 5 December 2026, 09:00 GMT"),
    ("Bijgewerkt 6 december 2026, 14:42", "Gepubliceerd 5 december 2026, 09:00"),
    ("آخر تحديث: 6 ديسمبر 2026، 14:42", "نشر في: 5 ديسمبر 2026، 09:00"),
], ids=["en", "nl", "ar"])
def test_an_update_line_beside_a_published_line_gets_no_update_only_warning(updated, published):
    # review of the merge: the warning read the first date line alone and said the page states only its update time
    story = ["Storm Darragh closes ports along the west coast",
             updated, published,
             "Ferries between the islands and the mainland were cancelled on Saturday as winds reached 130 km/h.",
             "The coastguard said three fishing boats were brought into harbour safely overnight."]
    article = normalise_text("\n".join(story))
    assert not any(w.startswith(UPDATE_TIME_WARNING) for w in article.warnings), article.warnings
    # and the page's date is its publication's, not the update's (it took the first date line)
    assert article.published and article.published.startswith("2026-12-05"), article.published
