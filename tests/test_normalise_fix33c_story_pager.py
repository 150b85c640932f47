"""Stop 32's probeA finding 1 (ar_paginated) and issue 10's rule 3: a story saved over its pages with the pager
between its parts ("Page 1 of 3" / "1" / "2" / "3" / "Next »", "الصفحة" / "1" / "2" / "3" / "التالي") and a related
box right under the pager lost everything under them, with a warning at best: the pager kept the box from reading as
a box in the story, and the story's next part, quoting a second source, shared too few words with the first to be
read across the gap. normalise/pagers.py: the pager is read across like a box, and the box under it is one.
Pages written for these tests (en, nl, ar)."""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.features import line_features
from newsbrief.normalise.lines import split_lines
from newsbrief.normalise.pagers import story_pagers

EN = """Home
News
Business
Sport
Regional airport to close its second runway for resurfacing
By Nadia Okafor
November 12, 2026
Stanmere Regional Airport will close its shorter runway for eleven weeks from July while contractors resurface it and replace the landing lights, the operator said on Monday.
Flights will continue from the main runway, but the airport warned that crosswinds could force some smaller aircraft to divert to Hollins Field on windy days.
The operator said the work had been postponed twice because of the cost of asphalt, which rose by almost a third over the past two years.
Page 1 of 2
1
2
Next »
Read more
Council rejects plan for new park-and-ride
Bus operator adds late services on the coast route
Pilots' union representative Gareth Mwangi called the timing unfortunate, arguing that summer brings the most training flights and the most inexperienced crews of the year.
He urged managers to publish a weekly schedule so that flying schools could plan their lessons around the closures instead of cancelling at short notice.
« Previous
Page 2 of 2
Share
Facebook
Twitter
Most read
Lorry fire closes motorway for five hours
© 2026 Stanmere Evening Post
"""

NL = """Home
Nieuws
Regio
Sport
Provincie sluit fietsbrug over het kanaal drie maanden af
Door Femke de Graaf
12 november 2026
De provincie sluit de fietsbrug over het Twentekanaal bij Lochem vanaf juni drie maanden af, omdat de stalen liggers zijn aangetast door roest.
Fietsers moeten in die tijd omrijden via de verkeersbrug bij Eefde, wat voor scholieren uit de omliggende dorpen een omweg van ruim vier kilometer betekent.
De gedeputeerde zegt dat de brug na de reparatie nog minstens twintig jaar mee kan en dat vervanging voorlopig niet nodig is.
Pagina
1
2
Volgende
Lees ook
Nieuwe rotonde bij Zutphen eerder klaar
Busvervoer in Achterhoek krijgt extra ritten
Schooldirecteur Ingrid Bosman vindt de omleiding gevaarlijk, omdat leerlingen dan langs een drukke provinciale weg zonder vrijliggend fietspad moeten rijden.
Zij vraagt om verkeersregelaars tijdens de spits in de ochtend en de middag, zolang de werkzaamheden aan de overkant duren.
Vorige
1
2
Delen
Facebook
Meest gelezen
Brand in loods bij Deventer snel onder controle
© 2026 Dagblad Oost
"""

AR = """الرئيسية
أخبار
اقتصاد
رياضة
الحكومة تعلن خطة لتوسيع ميناء الصيد في المدينة
كتب: عمر الشريف
الخميس، 12 نوفمبر 2026 10:30 ص
أعلنت الحكومة خطة لتوسيع ميناء الصيد في المدينة بتكلفة تقارب مئة مليون جنيه، تشمل رصيفاً جديداً وسوقاً مغطاة لبيع الأسماك.
وقال وزير النقل إن الأعمال ستبدأ مطلع العام المقبل وتستمر عامين، مؤكداً أن الميناء سيبقى مفتوحاً أمام قوارب الصيد طوال فترة التنفيذ.
وأضاف أن التوسعة ستضاعف قدرة الميناء على استقبال القوارب الكبيرة وتوفر مئات فرص العمل لأبناء المنطقة.
الصفحة
1
2
التالي
اقرأ أيضاً
افتتاح طريق ساحلي جديد الشهر المقبل
ارتفاع صادرات الأسماك خلال الربع الأول
من جهته، طالب نقيب الصيادين حسن البنا بإشراك ممثلي الصيادين في لجان التخطيط، محذراً من نقل السوق القديمة قبل تجهيز البديل.
ولفت إلى أن آلاف الأسر تعتمد على هذا النشاط، وأن أي تأخير في صرف التعويضات سيضر بدخلها في موسم الشتاء.
السابق
1
2
شارك
فيسبوك
الأكثر قراءة
سعر الدولار اليوم
جميع الحقوق محفوظة © 2026
"""

# (page, language, the first words of the story's first part, of its second part under the pager and the box)
CASES = [
    (EN, "en", "Stanmere Regional Airport will close", "Pilots' union representative Gareth Mwangi",
     "He urged managers to publish", "Council rejects plan for new park-and-ride"),
    (NL, "nl", "De provincie sluit de fietsbrug", "Schooldirecteur Ingrid Bosman vindt",
     "Zij vraagt om verkeersregelaars", "Nieuwe rotonde bij Zutphen eerder klaar"),
    (AR, "ar", "أعلنت الحكومة خطة لتوسيع", "من جهته، طالب نقيب الصيادين",
     "ولفت إلى أن آلاف الأسر", "افتتاح طريق ساحلي جديد الشهر المقبل"),
]


@pytest.mark.parametrize("page, language, first, resumed, last, headline", CASES)
def test_the_story_goes_on_under_its_pager_and_a_related_box(page, language, first, resumed, last, headline):
    article = normalise_text(page, language=language)
    starts = [p[:40] for p in article.paragraphs]
    assert len(article.paragraphs) == 5, starts
    assert article.paragraphs[0].startswith(first), starts
    assert article.paragraphs[3].startswith(resumed) and article.paragraphs[4].startswith(last), starts
    # the box's headlines and the pager stay out of the text, and nothing is reported lost
    assert headline in article.removed and headline not in article.text
    assert not any(word in article.text.split() for word in ("1", "2")), article.text
    assert not any("after the article" in w or "table" in w for w in article.warnings), article.warnings


def test_guard_a_pager_at_the_story_end_still_says_the_story_is_cut():
    # the first page alone: its pager ends the story, and the page-1-of-N warning still reads it
    first_page = EN.split("Pilots' union")[0] + "Share\nFacebook\n© 2026 Stanmere Evening Post\n"
    article = normalise_text(first_page, language="en")
    assert len(article.paragraphs) == 3, article.paragraphs
    assert any("first page of 2" in w for w in article.warnings), article.warnings
    # ... and a print edition's note under the last pager is no more story: the pager's numbers are no table either
    last_page = EN.split("Read more")[0] + ("A version of this article appears in print on November 12, 2026, on page "
                                            "A6 of the regional edition.\nShare\n© 2026 Stanmere Evening Post\n")
    article = normalise_text(last_page, language="en")
    assert len(article.paragraphs) == 3, article.paragraphs
    assert not any("table" in w for w in article.warnings), article.warnings


def _pagers(text: str) -> set[int]:
    lines = split_lines(text)
    return story_pagers(lines, line_features(lines))


def test_guard_bare_numbers_between_paragraphs_are_no_pager():
    # numbers alone, with no page label nor a previous/next link beside them, may be a table's cells: no pager; with a
    # "Next" link under them they are one (pagers.story_pagers)
    text = ("The committee counted the votes of the three districts on Monday evening in the town hall.\n"
            "1\n2\n3\n{link}"
            "The result will be published on Friday after the recount that two candidates asked for.\n")
    assert _pagers(text.format(link="")) == set()
    assert _pagers(text.format(link="Next »\n")) == {1, 2, 3, 4}
    # numbers that do not count up by one are no page links
    assert _pagers(text.replace("2\n", "7\n").format(link="Next »\n")) == set()
