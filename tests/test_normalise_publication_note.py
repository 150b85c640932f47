"""A note under the story that says when the article was first published or updated ("This article was first
published on 2 March 2026 and updated on 3 March 2026.", "Dit artikel verscheen eerder op 2 maart 2026.", "نُشر هذا
المقال أول مرة في 2 مارس 2026."): the page's furniture, quoted in a warning and left out of the text, as a
republication note is (stop 34, probeB 11: the `republished` phrases want a publisher after "in/on/by", not a date).
A story's sentence about a report's first publication stays. Pages written for these tests."""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text

STORIES = {
    "en": ("Ferry operator adds a winter timetable to the island route\n"
           "By Lena Ortiz\n"
           "2 March 2026\n"
           "The island ferry will keep two sailings a day through the winter for the first time, the operator said on "
           "Monday, after complaints from residents who commute to the mainland.\n"
           "The extra crossing costs about 1.2 million euros a year and is paid for by the regional government until "
           "2028, when the contract is due to be tendered again.\n"
           "Residents' groups welcomed the change but said the last sailing, at 18:30, was still too early for people "
           "who work a full day in the city.\n"),
    "nl": ("Veerdienst naar het eiland vaart ook in de winter twee keer per dag\n"
           "Door Pieter Jansen\n"
           "2 maart 2026\n"
           "De veerdienst naar het eiland vaart deze winter voor het eerst twee keer per dag, heeft de rederij maandag "
           "bekendgemaakt na klachten van bewoners die op het vasteland werken.\n"
           "De extra afvaart kost ongeveer 1,2 miljoen euro per jaar en wordt tot 2028 betaald door de provincie, "
           "waarna de concessie opnieuw wordt aanbesteed.\n"
           "Bewonersgroepen zijn blij met het besluit, maar vinden de laatste boot van half zeven nog te vroeg voor "
           "wie een hele dag in de stad werkt.\n"),
    "ar": ("العبارة إلى الجزيرة تضيف رحلة شتوية ثانية\n"
           "بقلم سامي الخطيب\n"
           "2 مارس 2026\n"
           "أعلنت شركة العبارات يوم الاثنين أنها ستسير رحلتين يوميا إلى الجزيرة طوال فصل الشتاء لأول مرة، بعد شكاوى "
           "من السكان الذين يعملون في البر الرئيسي.\n"
           "وتبلغ كلفة الرحلة الإضافية نحو 1.2 مليون يورو سنويا تتحملها الحكومة الإقليمية حتى عام 2028، حين يطرح "
           "العقد في مناقصة جديدة.\n"
           "ورحبت جمعيات السكان بالقرار لكنها قالت إن آخر رحلة عند السادسة والنصف مساء ما زالت مبكرة لمن يعمل يوما "
           "كاملا في المدينة.\n"),
}

NOTES = [
    ("en", "This article was first published on 2 March 2026 and updated on 3 March 2026."),
    ("en", "This story was originally published on March 2, 2026, and last updated on March 3, 2026 at 9:15 am."),
    ("en", "This article was last updated on 3 March 2026."),
    ("nl", "Dit artikel verscheen eerder op 2 maart 2026."),
    ("nl", "Dit artikel is voor het eerst gepubliceerd op 2 maart 2026 en bijgewerkt op 3 maart 2026."),
    ("ar", "نُشر هذا المقال أول مرة في 2 مارس 2026."),
    ("ar", "نُشر هذا المقال أول مرة في 2 مارس 2026 وجرى تحديثه في 3 مارس 2026."),
]


@pytest.mark.parametrize("lang, note", NOTES)
def test_a_dated_first_published_note_goes_to_the_warnings(lang, note):
    art = normalise_text(STORIES[lang] + note + "\n", language=lang)
    assert note in art.removed, art.paragraphs
    assert not any(note in p for p in art.paragraphs)
    assert any(note in w for w in art.warnings), art.warnings
    assert len(art.paragraphs) == 3, art.paragraphs


@pytest.mark.parametrize("lang, sentence", [
    ("en", "The report was first published on 2 March 2026 and found that ferry fares had doubled since 2019."),
    ("en", "This report was first published in 2019, when the island still had a daily service."),
    ("nl", "Het rapport verscheen eerder op 2 maart 2026 en liet zien dat de tarieven sinds 2019 zijn verdubbeld."),
    ("ar", "ونُشر التقرير أول مرة في 2 مارس 2026 وأظهر أن الأسعار تضاعفت منذ عام 2019."),
])
def test_guard_a_story_sentence_about_a_first_publication_stays(lang, sentence):
    story = STORIES[lang].rstrip("\n").split("\n")
    page = "\n".join(story[:4] + [sentence] + story[4:]) + "\n"
    art = normalise_text(page, language=lang)
    assert any(sentence in p for p in art.paragraphs), art.removed
    assert not any(sentence in w for w in art.warnings), art.warnings
