"""Title, byline and date shapes a new user's pages had (tester round 3): labelled bylines in Dutch and Arabic, a
columnist's name above the headline, a byline line with its date in HTML, a question headline, and the site
name or section line above the headline taken for the title. Hand-written pages, never eval data."""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.html import normalise_html

AR_BODY = ("أعلنت وزارة الصحة اليوم عن تسجيل انخفاض كبير في عدد الإصابات بالإنفلونزا الموسمية مقارنة بالعام الماضي.\n"
           "وقال المتحدث باسم الوزارة إن حملة التطعيم الوطنية ساهمت في هذا الانخفاض بشكل واضح هذا العام.\n")
NL_BODY = ("Het aantal mensen met griep is deze winter veel lager dan vorig jaar, meldt het RIVM donderdag.\n"
           "Volgens het instituut heeft de vaccinatiecampagne in het najaar daar duidelijk aan bijgedragen.\n")


@pytest.mark.parametrize("label, name", [
    ("كتبت: ", "هدى سالم"),  # "كتب" must not eat the first letters of "كتبت" ("ت: هدى سالم")
    ("تقرير: ", "سامي يوسف"),
    ("حاوره: ", "خالد منصور"),
])
def test_arabic_byline_labels_are_cut_off_the_name(label, name):
    article = normalise_text(f"انخفاض الإصابات بالإنفلونزا هذا الشتاء\n{label}{name}\n{AR_BODY}")
    assert article.byline == name
    assert not any(label.strip() in p for p in article.paragraphs)


@pytest.mark.parametrize("line, byline", [
    ("Bewerkt door: Jan de Wit", "Jan de Wit"),
    ("Van onze correspondent in Berlijn", "onze correspondent in Berlijn"),
    ("Van onze redacteur Marieke Bos", "onze redacteur Marieke Bos"),
])
def test_dutch_byline_lines_fill_the_byline_not_the_body(line, byline):
    article = normalise_text(f"Griep deze winter veel minder vaak gemeld\n{line}\n{NL_BODY}")
    assert article.byline == byline
    assert line not in article.paragraphs


def test_a_story_sentence_opening_with_van_onze_stays_story():
    # guard: only a reporter's role makes "Van onze …" a byline
    page = ("Lezers reageren massaal op de nieuwe dienstregeling\n"
            "Van onze lezers kregen we deze week meer dan tweeduizend reacties op de plannen van de NS.\n" + NL_BODY)
    article = normalise_text(page)
    assert article.paragraphs[0].startswith("Van onze lezers")
    assert article.byline is None


def test_an_opinion_pages_columnist_above_the_headline_is_the_byline():
    page = ("Opinion\nDr Helen Marsh\nProfessor of Economics at the University of Leeds\n"
            "Why the housing shortage will outlast this government\nMonday 9 February 2026\n"
            "Ten years of promises have not raised the number of homes built each year above the level of 2015.\n"
            "Councils lack planners, builders lack workers, and the land that could be used is held back by owners.\n"
            "Until those three change together, the shortage will stay with us whoever is in power.\n")
    article = normalise_text(page)
    assert article.byline == "Dr Helen Marsh"
    assert article.title == "Why the housing shortage will outlast this government"


def test_an_arabic_question_headline_under_the_columnists_job_is_the_title():
    page = ("مقالات\nد. سامر الحسيني\nأستاذ الاقتصاد في الجامعة الأمريكية في بيروت\n"
            "هل يعود المستثمرون إلى لبنان هذا العام؟\nالاثنين 9 فبراير 2026\n"
            "بعد ست سنوات على بداية الأزمة المالية، لا يزال الاقتصاد اللبناني بعيدا عن التعافي رغم بعض المؤشرات.\n"
            "السبب الرئيسي هو غياب خطة واضحة لإعادة هيكلة القطاع المصرفي وتوزيع الخسائر بين الدولة والمصارف.\n")
    article = normalise_text(page)
    assert article.title == "هل يعود المستثمرون إلى لبنان هذا العام؟"
    assert article.byline == "د. سامر الحسيني"
    assert article.paragraphs[0].startswith("بعد ست سنوات")


def test_html_byline_with_its_date_after_a_bar_gives_the_name_only():
    html = ("<html><head><title>Rates on hold - Market Wire</title></head><body><article>"
            "<h1>Central bank holds rates as inflation cools</h1>"
            "<p class=\"byline\">By Priya Raman | March 12, 2026</p>"
            "<p>The central bank left its main rate at 3.5% on Thursday, saying inflation was cooling faster than "
            "it had expected in the autumn.</p>"
            "<p>Governor Ellen Stark said the next move could be a cut, but not before the summer.</p>"
            "<p>Markets had priced in a hold, and the pound barely moved after the decision.</p>"
            "</article></body></html>")
    article = normalise_html(html)
    assert article.byline == "Priya Raman"  # was "Priya Raman; March"
