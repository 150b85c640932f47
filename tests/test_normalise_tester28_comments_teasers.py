"""Tester of stop 28, findings 3, 4 and 14 (en/nl/ar).

F3: two readers' one-line comments ("Name: remark") between a heading that counts comments ("Comments (23)",
"Reacties (23)", "التعليقات (23)") and the section's own "Show more comments" link stayed in the body: a run of
remarks counted as a thread only with three names (an interview has two speakers). Bounded on both sides, by the
counted heading and the section's link (or the page's end), two names are enough; the link is in the phrase lists in
all three languages now ("Toon meer reacties", "عرض المزيد من التعليقات").

F4: a related list whose last headline is a bulleted question ("- Who are the new councillors?") lost its heading and
first headline, and the question stayed as the story going on (a bulleted question was no headline). A "More <kind of
piece>" heading ("More explainers", "Meer factchecks") and an English "More on <topic>" heading (nl's "Meer over …"
was one already; ar "المزيد عن …") end the story, so the teasers under them go too.

F14: the plural source label ("Bronnen", "المصادر"; en had "Sources") and a transcript's label ("TRANSCRIPT",
"Transcriptie", "نص الحلقة") are labels; the story's first subheading under a share bar under the date ("What
happened?" / "Share via: …" above it) is the story's, as it is with no share bar.
Guards: an interview's two speakers under a counted heading with the story going on under them; a mid-story box with
the story resuming under its bulleted question; a story subheading that starts with "More"/"Meer".
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text

HEAD = {
    "en": ("Harbour wall repairs to start in March after council vote", "By Jane Doe", "12 February 2026",
           ["Work on the broken harbour wall will start in March, after the council approved the plan on Tuesday night.",
            "The repairs will cost 40 million pounds over five years, paid for in equal parts by the city and the government.",
            "Fishermen who lost their boats in the November storm will be offered berths in the marina while the work goes on."]),
    "nl": ("Herstel havenmuur begint in maart na besluit gemeenteraad", "Door Jan de Vries", "12 februari 2026",
           ["Het herstel van de kapotte havenmuur begint in maart, nadat de gemeenteraad dinsdagavond instemde met het plan.",
            "De werkzaamheden kosten 40 miljoen euro over vijf jaar, die de gemeente en het Rijk samen betalen.",
            "Vissers die hun boot verloren in de storm van november krijgen tijdens de werkzaamheden een ligplaats in de jachthaven."]),
    "ar": ("بدء إصلاح جدار الميناء في مارس بعد تصويت المجلس البلدي", "بقلم: سامر الحسن", "12 فبراير 2026",
           ["تبدأ أعمال إصلاح جدار الميناء المتضرر في مارس المقبل، بعد أن وافق المجلس البلدي على الخطة مساء الثلاثاء.",
            "وتبلغ كلفة الإصلاحات أربعين مليون دولار على مدى خمس سنوات، تتقاسمها البلدية والحكومة.",
            "وسيحصل الصيادون الذين فقدوا قواربهم في عاصفة نوفمبر على أماكن في المرسى طوال مدة الأعمال."]),
}

COMMENTS = {
    "en": ("Comments (31)", ["SeaDog_77: Took them long enough, the wall has been down since November.",
                             "MarinaMum: Where are the boats supposed to go in the summer season?"], "Load more comments"),
    "nl": ("Reacties (31)", ["Kees_uit_de_Haven: Dat werd tijd, de muur ligt er al sinds november zo bij.",
                             "Ria: Waar moeten de boten in de zomer dan heen?"], "Toon meer reacties"),
    "ar": ("التعليقات (31)", ["أبو سالم: أخيراً، الجدار مهدم منذ نوفمبر.",
                              "منى: وأين ستذهب القوارب في موسم الصيف؟"], "عرض المزيد من التعليقات"),
}


def _text(page: str) -> str:
    return "\n".join(normalise_text(page).paragraphs)


def _story(lang: str) -> list[str]:
    title, byline, date, paragraphs = HEAD[lang]
    return [title, byline, date] + paragraphs


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_two_remarks_between_a_counted_heading_and_the_more_comments_link_go(lang):
    heading, remarks, more = COMMENTS[lang]
    page = "\n\n".join(_story(lang) + ["\n".join([heading] + remarks + [more])]) + "\n"
    article = normalise_text(page)
    text = "\n".join(article.paragraphs)
    assert not any(r in text for r in remarks), article.paragraphs
    assert article.paragraphs[-1] == HEAD[lang][3][-1]


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_two_remarks_under_a_counted_heading_at_the_page_end_go(lang):
    heading, remarks, _more = COMMENTS[lang]
    page = "\n\n".join(_story(lang) + ["\n".join([heading] + remarks)]) + "\n"
    text = _text(page)
    assert not any(r in text for r in remarks), text
    assert HEAD[lang][3][-1] in text


INTERVIEW = {
    "en": ["Harris: Why does the harbour need a new wall rather than a repair of the old one?",
           "Okafor: The old wall was built in 1890 and the engineers told us it cannot be repaired safely."],
    "nl": ["Wethouder: Waarom heeft de haven een nieuwe muur nodig in plaats van een reparatie van de oude?",
           "Burgemeester: De oude muur is gebouwd in 1890 en is volgens de ingenieurs niet te repareren."],
    "ar": ["المذيع: لماذا يحتاج الميناء إلى جدار جديد بدلاً من ترميم الجدار القديم؟",
           "رئيس البلدية: بني الجدار القديم عام 1890 وقال لنا المهندسون إنه لا يمكن ترميمه بأمان."],
}
AFTER = {"en": "The council meets again on 14 March to award the building contract.",
         "nl": "De gemeenteraad vergadert op 14 maart opnieuw om het bouwcontract te gunnen.",
         "ar": "ويجتمع المجلس مجدداً في الرابع عشر من مارس لترسية عقد البناء."}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_guard_two_speakers_under_a_scraped_counter_with_the_story_going_on_stay(lang):
    heading = COMMENTS[lang][0]
    page = "\n\n".join(_story(lang) + [heading, "\n".join(INTERVIEW[lang]), AFTER[lang]]) + "\n"
    text = _text(page)
    assert all(line in text for line in INTERVIEW[lang]), text
    assert AFTER[lang] in text


RELATED = {
    "en": ("More on the harbour", ["- How the November storm broke the wall", "- Will the ferry timetable change?"]),
    "nl": ("Meer over de haven", ["- Zo brak de storm van november de muur", "- Verandert de dienstregeling van de veerboot?"]),
    "ar": ("المزيد عن الميناء", ["- هكذا حطمت عاصفة نوفمبر جدار الميناء", "- هل يتغير جدول رحلات العبارة؟"]),
}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_related_list_with_a_bulleted_question_over_the_comments_goes_whole(lang):
    heading, items = RELATED[lang]
    c_heading, remarks, more = COMMENTS[lang]
    page = "\n\n".join(_story(lang) + ["\n".join([heading] + items), "\n".join([c_heading] + remarks + [more])]) + "\n"
    article = normalise_text(page)
    text = "\n".join(article.paragraphs)
    assert not any(item[2:] in text for item in items), article.paragraphs
    assert not any(r in text for r in remarks), article.paragraphs
    assert article.paragraphs[-1] == HEAD[lang][3][-1]


ALSO = {
    "en": ("Read more:", ["- How the November storm broke the wall", "- Will the ferry timetable change?"]),
    "nl": ("Lees ook:", ["- Zo brak de storm van november de muur", "- Verandert de dienstregeling van de veerboot?"]),
    "ar": ("اقرأ أيضاً:", ["- هكذا حطمت عاصفة نوفمبر جدار الميناء", "- هل يتغير جدول رحلات العبارة؟"]),
}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_mid_story_box_ending_in_a_bulleted_question_goes_and_the_story_stays(lang):
    heading, items = ALSO[lang]
    paragraphs = HEAD[lang][3]
    page = "\n\n".join(_story(lang)[:4] + ["\n".join([heading] + items)] + paragraphs[1:]) + "\n"
    article = normalise_text(page)
    text = "\n".join(article.paragraphs)
    assert not any(item[2:] in text for item in items), article.paragraphs
    assert all(p in text for p in paragraphs), article.paragraphs


MORE_KIND = {
    "en": ("More explainers", ["What the new bin rules mean for your street",
                               "Can the council really stop you parking on the pavement?"]),
    "nl": ("Meer factchecks", ["Nee, deze foto van de overstroomde kade is niet van vorige week",
                               "Klopt het dat je een boete krijgt als je met oordopjes fietst?"]),
    "ar": ("المزيد عن الميناء", ["صورة الرصيف الغارق ليست من الأسبوع الماضي",
                                 "هل صحيح أن ركوب الدراجة بسماعات الأذن ممنوع؟"]),
}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_more_of_a_kind_heading_and_its_teasers_go(lang):
    heading, teasers = MORE_KIND[lang]
    page = "\n\n".join(_story(lang) + ["\n".join([heading] + teasers)]) + "\n"
    article = normalise_text(page)
    text = "\n".join(article.paragraphs)
    assert heading not in text and not any(t in text for t in teasers), article.paragraphs
    assert article.paragraphs[-1] == HEAD[lang][3][-1]


SUBHEAD = {"en": "More money for the marina", "nl": "Meer geld voor de jachthaven", "ar": "المزيد من الأموال للمرسى"}


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_guard_a_story_subheading_that_starts_with_more_stays(lang):
    paragraphs = HEAD[lang][3]
    page = "\n\n".join(_story(lang)[:5] + [SUBHEAD[lang]] + paragraphs[2:] + [AFTER[lang]]) + "\n"
    text = _text(page)
    assert SUBHEAD[lang] in text and AFTER[lang] in text, text


SOURCES = {
    "en": ("Sources", ["- Harbour Board annual report 2025, page 12", "- Council budget book 2026-27"]),
    "nl": ("Bronnen", ["- Havenbedrijf, jaarverslag 2025, pagina 12", "- Begroting gemeente 2026, hoofdstuk 4"]),
    "ar": ("المصادر", ["- التقرير السنوي لهيئة الميناء 2025، صفحة 12", "- موازنة البلدية 2026، الفصل الرابع"]),
}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_the_sources_label_is_a_label_in_every_language(lang):
    """The label goes by the phrase lists in all three languages, as "Sources" did, not by the model's reading of the
    page's end (which kept "Bronnen" on the tester's page)."""
    label, items = SOURCES[lang]
    page = "\n\n".join(_story(lang) + ["\n".join([label] + items)]) + "\n"
    article = normalise_text(page)
    # (over a list of sources that read as citations the label goes with them, as a reference list: references.py)
    assert [(role, reason) for text, role, reason in article.line_roles if text == label] in (
        [("removed", "navigation")], [("removed", "reference list")])
    assert label not in article.paragraphs


TRANSCRIPT = {"en": "TRANSCRIPT", "nl": "Transcriptie", "ar": "نص الحلقة"}
TURNS = {
    "en": ["ANNA REID: Welcome back. The harbour wall is finally getting fixed. Tom, what changed this week?",
           "TOM OKAFOR: The council voted on Tuesday, and the money from the government came through at last."],
    "nl": ["ANNA REID: Welkom terug. De havenmuur wordt eindelijk hersteld. Tom, wat is er deze week veranderd?",
           "TOM OKAFOR: De raad stemde dinsdag in, en het geld van het Rijk is eindelijk binnen."],
    "ar": ["آنا ريد: أهلاً بكم من جديد. جدار الميناء سيُصلح أخيراً. توم، ما الذي تغير هذا الأسبوع؟",
           "توم أوكافور: صوت المجلس يوم الثلاثاء، ووصلت أموال الحكومة أخيراً."],
}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_transcript_label_is_no_paragraph(lang):
    page = "\n\n".join(_story(lang) + [TRANSCRIPT[lang]] + TURNS[lang]) + "\n"
    article = normalise_text(page)
    assert TRANSCRIPT[lang] not in article.paragraphs, article.paragraphs
    assert TURNS[lang][0] in article.paragraphs


QA = {
    "en": ("Share via: WhatsApp | Facebook | Telegram",
           ["What happened?", "Were there injuries?", "How bad is the damage?"],
           ["A magnitude 5.8 earthquake struck the south early on Thursday and was felt in several towns, the seismic centre said.",
            "The health ministry said 23 people suffered minor injuries, most of them while leaving their homes.",
            "Civil defence said 14 old buildings were cracked and their residents were moved out as a precaution."]),
    "nl": ("Delen: WhatsApp | Facebook | X",
           ["Wat is er gebeurd?", "Zijn er gewonden?", "Hoe groot is de schade?"],
           ["Een aardbeving met een kracht van 3,4 trof donderdagochtend het noorden van de provincie, meldt het KNMI.",
            "Volgens de veiligheidsregio raakten drie mensen licht gewond toen zij hun huis uit renden.",
            "In twee dorpen ontstonden scheuren in muren van oude boerderijen, zegt de gemeente."]),
    "ar": ("شارك عبر: واتساب | فيسبوك | تلغرام",
           ["ماذا حدث؟", "هل هناك مصابون؟", "ما حجم الأضرار؟"],
           ["ضرب زلزال بقوة 5.8 درجات مناطق في جنوب البلاد فجر الخميس، وشعر به سكان عدة مدن بحسب مركز الرصد.",
            "وأعلنت وزارة الصحة إصابة 23 شخصاً بجروح طفيفة أثناء مغادرتهم منازلهم.",
            "وقال الدفاع المدني إن 14 مبنى قديماً تعرضت لتشققات وتم إخلاء سكانها احترازياً."]),
}
QA_TITLE = {"en": "Earthquake hits the south: what we know so far", "nl": "Aardbeving in het noorden: wat we weten",
            "ar": "زلزال يضرب جنوب البلاد.. ما نعرفه حتى الآن"}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_the_first_question_under_a_share_bar_stays_with_the_others(lang):
    share, questions, answers = QA[lang]
    blocks = ["\n".join([q, a]) for q, a in zip(questions, answers)]
    page = "\n\n".join([QA_TITLE[lang], HEAD[lang][1], HEAD[lang][2], share] + blocks) + "\n"
    article = normalise_text(page)
    assert all(q in article.paragraphs for q in questions), article.paragraphs
    assert share not in article.paragraphs
