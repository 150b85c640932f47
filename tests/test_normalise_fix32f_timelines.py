"""probeC's finding 5 (stop 32): a timeline box ("Timeline: key events", "Tijdlijn", "التسلسل الزمني" over dated
event lines) stayed in the story's text, where its lines could become takeaways. A timeline is the source's own
structured summary: boxes.find_boxes reads it as a summary box, so its events go to source_takeaways (shown to the
reader, never copied by the summariser), in en, nl and ar alike. Pages written for these tests."""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text

EN = """Ferry operator suspends night crossings after engine fire
By Grace Mwangi
June 3, 2027
The operator of the Lake Varna ferry has suspended all night crossings after an engine fire forced 140 passengers to return to port on Sunday evening.
Nobody was hurt. The company said the vessel would stay out of service until inspectors had checked both of its engines.
Timeline: key events
Sunday 19:40 - Smoke reported in the engine room
Sunday 19:55 - Captain turns back to Port Alva
Sunday 20:30 - Passengers leave the ferry safely
Monday 08:00 - Night crossings suspended
The regional transport authority said it would open an inquiry into the ferry's maintenance records this week.
Passengers with tickets for night crossings can exchange them for a day crossing or ask for a refund.
"""

NL = """Provincie trekt 40 miljoen uit voor nieuwe brug over het kanaal
Door Joost Vermeer
3 juni 2027
De provincie trekt 40 miljoen euro uit voor een nieuwe brug over het kanaal bij Westerdijk, nadat de oude brug vorig jaar werd afgesloten voor vrachtverkeer.
De bouw begint in 2028 en duurt naar verwachting twee jaar, zegt gedeputeerde Marloes Kok.
Tijdlijn
Maart 2019: Eerste scheuren in de brug ontdekt
Oktober 2025: Brug dicht voor vrachtverkeer
Juni 2027: Provincie maakt geld vrij
Ondernemers aan de overkant van het kanaal zijn blij met het besluit, maar vrezen nog twee jaar omrijden.
De gemeente onderzoekt of er tijdens de bouw een pont kan varen voor fietsers en voetgangers.
"""

AR = """الحكومة تخصص 40 مليون دولار لبناء جسر جديد فوق القناة
بقلم نادية القاسم
3 يونيو 2027
خصصت الحكومة 40 مليون دولار لبناء جسر جديد فوق القناة قرب مدينة الساحل، بعد إغلاق الجسر القديم أمام الشاحنات العام الماضي.
وقال وزير النقل إن أعمال البناء ستبدأ في عام 2028 وتستمر نحو عامين.
التسلسل الزمني
2019: اكتشاف تشققات في الجسر القديم
أكتوبر 2025: إغلاق الجسر أمام الشاحنات
يونيو 2027: الحكومة تخصص التمويل
ورحب التجار على الضفة الأخرى من القناة بالقرار، لكنهم يخشون عامين آخرين من الطرق الطويلة.
وتدرس البلدية تشغيل عبارة للمشاة وراكبي الدراجات خلال فترة البناء.
"""

CASES = [(EN, "en", "Timeline: key events", ["Sunday 19:40 - Smoke reported in the engine room",
                                              "Monday 08:00 - Night crossings suspended"]),
         (NL, "nl", "Tijdlijn", ["Maart 2019: Eerste scheuren in de brug ontdekt",
                                  "Juni 2027: Provincie maakt geld vrij"]),
         (AR, "ar", "التسلسل الزمني", ["2019: اكتشاف تشققات في الجسر القديم", "يونيو 2027: الحكومة تخصص التمويل"])]


@pytest.mark.parametrize("page, language, heading, events", CASES)
def test_a_timeline_box_goes_to_source_takeaways(page, language, heading, events):
    article = normalise_text(page, language=language)
    for event in events:
        assert event in article.source_takeaways, article.source_takeaways
        assert not any(event in p for p in article.paragraphs), article.paragraphs
    assert not any(heading == p for p in article.paragraphs), article.paragraphs
    # the story under the box is the story's
    assert any(p.startswith(("The regional transport", "Ondernemers aan", "ورحب التجار")) for p in article.paragraphs)


def test_guard_a_timeline_link_over_undated_lines_is_no_box():
    # a menu's "Timeline" link over the next links: nothing dated under it, no box and no source takeaways
    page = "Home\nTimeline\nPhotos\nAbout\n" + EN.split("Timeline: key events")[0]
    article = normalise_text(page, language="en")
    assert article.source_takeaways == [], article.source_takeaways


def test_guard_the_box_ends_at_its_first_undated_line():
    # a short undated line after the events is no event of the timeline
    page = EN.replace("Monday 08:00 - Night crossings suspended\n",
                      "Monday 08:00 - Night crossings suspended\nInquiry opens this week\n")
    article = normalise_text(page, language="en")
    assert "Monday 08:00 - Night crossings suspended" in article.source_takeaways
    assert "Inquiry opens this week" not in article.source_takeaways, article.source_takeaways
