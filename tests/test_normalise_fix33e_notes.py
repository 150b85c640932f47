"""probeA's findings 9-10 and probeB's finding 11 (stop 33): notes and widget lines that stayed in the text.
A syndicated column's starred note ("* نُشر هذا المقال في صحيفة «…»، وتنشره «…» بالاتفاق معها."), a translator's credit
("ترجمة: …", "Vertaling: …", "Translated by …"), a date note ("This article was first published on … and updated on
…"), a live blog's controls ("Vernieuwen", "Nieuwste bovenaan", "Refresh", "Newest first"), a Ramadan banner's lines
("رمضان كريم", "عرض الإمساكية كاملة") and an ad's pitch under a plain "Advertentie" label. Pages written for these
tests (en, nl, ar)."""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text

AR_COLUMN = """الرئيسية  رأي  اقتصاد
لماذا تتأخر المصارف المركزية في خفض الفائدة؟
جوزيف ستيغليتز
ترجمة: ريم الصالح
7 ديسمبر 2026
تواجه المصارف المركزية في الاقتصادات الكبرى معضلة صعبة، فالتضخم تراجع لكنه لم يعد بعد إلى المستوى الذي تستهدفه.
ويخشى محافظو المصارف أن يؤدي خفض الفائدة مبكراً إلى موجة جديدة من ارتفاع الأسعار، كما حدث في سبعينيات القرن الماضي.
لكن الإبقاء على الفائدة مرتفعة لفترة طويلة يرفع كلفة الاقتراض على الأسر والشركات ويبطئ الاستثمار في الطاقة النظيفة.
* نُشر هذا المقال في مجلة «بروجكت سنديكيت»، وتنشره «الغد» بالاتفاق معها.
"""

NL_LIVE = """Nieuws  Sport  Live
LIVE | Storm Bram trekt over het land: code oranje in Zeeland
Redactie
7 december 2026, 09:12
Storm Bram zorgt in het zuidwesten van het land voor windstoten tot 110 kilometer per uur. Het KNMI heeft code oranje afgegeven voor Zeeland.
Vernieuwen
Nieuwste bovenaan
09:40
In Vlissingen is een boom op een geparkeerde auto gevallen. Niemand raakte gewond, meldt de brandweer.
09:25
De Zeelandbrug is afgesloten voor vrachtverkeer en aanhangwagens tot de storm is gaan liggen.
Vertaling: Marieke Jansen
"""

NL_AD = """Vakblad Bouw & Infra
Nieuws  Vacatures  Agenda
Provincie gunt renovatie van de Moerdijkbrug aan bouwcombinatie
Door Erik Smulders
7 december 2026
De provincie heeft de renovatie van de oude Moerdijkbrug gegund aan een combinatie van twee aannemers. De opdracht is 240 miljoen euro waard.
Lees verder na de advertentie
Advertentie
Klaar voor een nieuwe stap in je loopbaan? Bekijk 800+ vacatures in de bouw
De werkzaamheden beginnen in 2028 en duren naar verwachting drie jaar. De brug blijft grotendeels open voor verkeer.
Lees verder na de advertentie
Advertentie
Tijdens twee zomers volgen volledige afsluitingen van elk twee weken, meldt de provincie.
"""

EN_PAGE = """The Harbour Times
News  Business  Live
Live: Port strike enters third day as talks resume
By Tom Reyes
7 December 2026
Dock workers at the port of Eastmouth have been on strike since Monday over pay, and ships are queueing offshore.
Refresh
Newest first
10:15
Union and employers are back at the table at the conciliation service, both sides confirmed.
09:50
The harbour master said 14 container ships were now waiting to berth, the most since 2021.
This article was first published on 5 December 2026 and updated on 7 December 2026.
"""

AR_RAMADAN = """الرئيسية  الإمارات  محليات
تمديد ساعات عمل مترو الشارقة خلال شهر رمضان
8 مارس 2027
أعلنت هيئة الطرق في الشارقة تمديد ساعات عمل الحافلات خلال شهر رمضان المبارك، لتبدأ الخدمة من السادسة صباحاً حتى الواحدة فجراً.
وقالت الهيئة إن الخطوط المؤدية إلى الأسواق الكبرى ستشهد زيادة في عدد الرحلات بعد صلاة التراويح.
رمضان كريم
عرض الإمساكية كاملة
وأضافت الهيئة أن مواقف الحافلات ستكون مجانية خلال ساعات الليل طوال الشهر الفضيل.
"""

CASES = [(AR_COLUMN, "ar", ["نُشر هذا المقال", "ريم الصالح"], "الطاقة النظيفة"),
         (NL_LIVE, "nl", ["Vernieuwen", "Nieuwste bovenaan", "Marieke Jansen"], "Zeelandbrug is afgesloten"),
         (NL_AD, "nl", ["800+ vacatures"], "Tijdens twee zomers"),
         (EN_PAGE, "en", ["Refresh", "Newest first", "first published on"], "14 container ships"),
         (AR_RAMADAN, "ar", ["رمضان كريم", "الإمساكية"], "مواقف الحافلات ستكون مجانية")]


@pytest.mark.parametrize("page, language, gone, kept", CASES)
def test_notes_and_widget_lines_go(page, language, gone, kept):
    article = normalise_text(page, language=language)
    for words in gone:
        assert words not in article.text, (words, article.paragraphs)
    assert kept in article.text, article.paragraphs


def test_the_syndication_note_is_quoted_in_a_warning():
    article = normalise_text(AR_COLUMN, language="ar")
    assert any("بالاتفاق معها" in w for w in article.warnings), article.warnings


def test_guard_a_story_line_under_an_advert_slot_stays():
    # the story runs on under "Advertentie" (no call to action): the model's, not the ad's
    article = normalise_text(NL_AD, language="nl")
    assert "volledige afsluitingen" in article.text


@pytest.mark.parametrize("line", ["Translated by volunteers, the leaflets reached every home in the valley.",
                                  "ترجمة الكتاب إلى العربية استغرقت عامين كاملين بحسب الناشر."])
def test_guard_a_sentence_about_translation_is_no_credit(line):
    from newsbrief.normalise.phrases import categories_of
    assert "misc" not in categories_of(line, len(line.split()))
