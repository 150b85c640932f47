"""probeC's finding 2 (stop 32): a widget's label alone on its line inside a story was removed, the line it labels
stayed ("SPONSORED" over an ad's pitch, "Bekijk de video" / "شاهد الفيديو" / "Watch the video" over the clip's
title). normalise/widgetitems.py: a ``widget_head`` label inside a story takes its item line with it. Pages written
for these tests (en, nl, ar)."""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text

EN_AD = """Harbour board backs dredging plan for the east quay
By Lena Ortiz
June 3, 2027
The harbour board on Tuesday approved a plan to dredge the east quay so that larger container ships can dock there, ending two years of debate over the cost.
Chair Martin Feld said the work would start in September and take about five months, with the quay closed to cargo ships for most of that time.
Sponsored
Northshore Bank: Boat loans from 5.9% APR. Apply online today.
The dredging will cost an estimated 14 million euros, of which the port authority pays half and the regional government the rest.
Fishing crews have asked for a temporary berth at the west pier while the work goes on, and the board said it would look at the request in July.
"""

NL_VIDEO = """Gemeente sluit zwembad De Wetering een jaar voor renovatie
Door Pieter Jansen
3 juni 2027
Het overdekte zwembad De Wetering gaat vanaf september een jaar dicht voor een grote renovatie, heeft de gemeenteraad dinsdagavond besloten.
Het bad uit 1978 heeft een nieuw dak, nieuwe installaties en betere isolatie nodig; de kosten worden geschat op 9 miljoen euro.
Bekijk de video
Wethouder Van Dam over de sluiting van het zwembad (02:15)
Zwemclubs en scholen wijken in de tussentijd uit naar het bad in de buurgemeente, waarvoor de gemeente extra busritten betaalt.
De gemeente verwacht dat het vernieuwde bad in het najaar van 2028 weer opengaat, met een extra instructiebad voor kinderen.
"""

AR_VIDEO = """البلدية تغلق المسبح البلدي عاماً كاملاً لإعادة تأهيله
بقلم سامي الخطيب
3 يونيو 2027
قررت البلدية إغلاق المسبح البلدي المغطى اعتباراً من سبتمبر المقبل لمدة عام كامل لإجراء أعمال ترميم واسعة تشمل السقف والأنظمة الكهربائية.
وقال رئيس البلدية إن المسبح الذي بني قبل أكثر من أربعين عاماً يحتاج إلى تجديد شامل، وإن كلفة الأعمال تقدر بنحو تسعة ملايين دولار.
شاهد الفيديو
رئيس البلدية يشرح أسباب إغلاق المسبح
وستنقل النوادي والمدارس تدريباتها خلال فترة الإغلاق إلى مسبح المدينة المجاورة، على أن تتحمل البلدية كلفة النقل بالحافلات.
وتتوقع البلدية أن يعاد افتتاح المسبح في خريف عام 2028 مع حوض إضافي لتعليم الأطفال السباحة.
"""


@pytest.mark.parametrize("page, language, label, item", [
    (EN_AD, "en", "Sponsored", "Northshore Bank: Boat loans from 5.9% APR. Apply online today."),
    (NL_VIDEO, "nl", "Bekijk de video", "Wethouder Van Dam over de sluiting van het zwembad (02:15)"),
    (AR_VIDEO, "ar", "شاهد الفيديو", "رئيس البلدية يشرح أسباب إغلاق المسبح"),
])
def test_a_widget_label_inside_the_story_takes_its_item(page, language, label, item):
    article = normalise_text(page, language=language)
    assert label in article.removed and item in article.removed, article.paragraphs
    # the story goes on under the widget: its paragraphs before and after it stay
    assert len(article.paragraphs) == 4, article.paragraphs


def test_guard_a_video_label_over_a_story_paragraph_keeps_the_paragraph():
    # under the label the story goes on: a paragraph ends its sentence, it is no clip's title
    paragraph = "Zwemclubs wijken uit naar het bad in de buurgemeente."
    page = NL_VIDEO.replace("Wethouder Van Dam over de sluiting van het zwembad (02:15)\n", paragraph + "\n")
    article = normalise_text(page, language="nl")
    assert paragraph in article.paragraphs, article.paragraphs


def test_guard_a_sponsored_label_over_the_headline_keeps_the_headline():
    # an advertorial's label over its headline: no story above the label, the headline is the title
    page = "Sponsored content\n" + EN_AD.replace("Sponsored\nNorthshore Bank: Boat loans from 5.9% APR. Apply online today.\n", "")
    article = normalise_text(page, language="en")
    assert article.title == "Harbour board backs dredging plan for the east quay", article.title


def test_guard_an_advert_marker_is_no_widget_label():
    # "Advertisement" marks a slot the story runs on under: the paragraph under it stays
    page = EN_AD.replace("Sponsored\nNorthshore Bank: Boat loans from 5.9% APR. Apply online today.\n",
                         "Advertisement\nThe port authority said ships would use the north basin.\n")
    article = normalise_text(page, language="en")
    assert "The port authority said ships would use the north basin." in article.paragraphs, article.paragraphs
