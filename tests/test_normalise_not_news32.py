"""Offers the not-news test missed, and a review it took for a shop (stop 32, leftovers of stop 31), in en/nl/ar.

* A job ad posted under its recruiter's name ("Posted by Sarah Lindqvist, Senior Recruitment Consultant") was
  journalism by its byline: a recruiter is no author.
* A job ad that gives its description first and its facts under it ("Salary: …" / "Hours: …" / "Apply now"), where
  the rules remove them as the story's foot, was not named: its fields counted only in the head or the kept text.
* A product review with no byline and a shop box ("Price: £349" / "In stock" / "Add to basket") was called a shop's
  product page: its verdict, its pros and cons and its rating, or a headline that calls it a review, make it an
  article.
The bounds stay: a dated story with a "Job of the week" box at its foot is news, and a shop's page that lists the
product's pros and cons (no verdict, no rating) is still a product page.
All pages are written for these tests; none is eval data.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.notnews import NOT_NEWS

RECRUITER_JOBS = {
    "en": """Jobs
Head of Digital Content
Posted by Sarah Lindqvist, Senior Recruitment Consultant
3 December 2026
Salary: £55,000 - £60,000 plus benefits
Location: Manchester (hybrid, two days a week in the office)
Contract: Permanent, full time
Our client, a national publisher of consumer magazines, is looking for a Head of Digital Content to lead a team of twelve editors and producers across its four websites.
You will set the content strategy, own the traffic and subscription targets and work closely with the commercial team on sponsored series.
You will have at least eight years of digital publishing experience, including three in a management role.
Apply now
""",
    "nl": """Vacatures
Teamleider Klantenservice
Geplaatst door Marloes Verbeek, recruiter
2 december 2026
Salaris: € 3.400 - € 4.300 bruto per maand
Uren: 36 uur per week
Standplaats: Zwolle
Voor onze opdrachtgever, een groeiende energieleverancier in Overijssel, zoeken wij een teamleider voor het klantcontactcentrum van veertig medewerkers.
Je stuurt drie coördinatoren aan, bewaakt de wachttijden en werkt samen met de afdeling ICT aan een nieuw klantsysteem.
Je hebt minimaal drie jaar leidinggevende ervaring in een klantcontactomgeving en een afgeronde hbo-opleiding.
Solliciteer direct
""",
    "ar": """وظائف
مدير مبيعات إقليمي
نشر بواسطة: ليلى منصور، مسؤولة التوظيف
1 ديسمبر 2026
الراتب: 25,000 درهم شهرياً
نوع العقد: دوام كامل
مكان العمل: أبوظبي
تبحث شركة رائدة في قطاع الأجهزة الطبية عن مدير مبيعات إقليمي لقيادة فريق من ثمانية مندوبين في الإمارات وسلطنة عمان.
يتولى المدير وضع خطط المبيعات السنوية ومتابعة كبار العملاء في المستشفيات الحكومية والخاصة.
يشترط خبرة لا تقل عن سبع سنوات في مبيعات الأجهزة الطبية وإجادة اللغتين العربية والإنجليزية.
قدم الآن
""",
}

FOOT_JOBS = {
    "en": """Home | Jobs | Search jobs | Post a job
Night Editor
The Eastcoast Herald is looking for a night editor to run the print and web desk from 6pm to 2am, four nights a week. You will check copy, write headlines and decide the front page with the editor.
You have worked on a news desk for at least three years, you write quickly and accurately and you stay calm when a big story breaks after 11pm.
We offer a friendly newsroom, training in our new publishing system and a parking space near the office.
Salary: £34,000 per annum
Hours: 32 hours per week
Location: Eastcoast
Closing date: 8 January 2027
Apply now
Share this job
Similar jobs
Sports Reporter
Digital Producer
""",
    "nl": """Home | Vacatures | Zoeken | Vacature plaatsen
Eindredacteur avonddienst
Het Dagblad van de Kust zoekt een eindredacteur voor de avonddienst. Je controleert de kopij, schrijft koppen en bepaalt samen met de chef de voorpagina van de krant en de site.
Je hebt minimaal drie jaar ervaring op een nieuwsredactie, je werkt snel en nauwkeurig en je blijft rustig als er om elf uur 's avonds groot nieuws binnenkomt.
Wij bieden een hechte redactie, een opleiding in ons nieuwe redactiesysteem en een vergoeding voor reiskosten.
Salaris: € 3.600 bruto per maand
Uren: 32 uur per week
Standplaats: Vlissingen
Sluitingsdatum: 8 januari 2027
Solliciteer direct
Deel deze vacature
Vergelijkbare vacatures
Sportverslaggever
Webredacteur
""",
    "ar": """الرئيسية | وظائف | بحث | أضف وظيفة
محرر ليلي
تبحث صحيفة الساحل عن محرر ليلي لإدارة مكتب التحرير من السادسة مساء حتى الثانية صباحا أربع ليال في الأسبوع، ويتولى مراجعة الأخبار وكتابة العناوين واختيار مواد الصفحة الأولى.
يشترط خبرة لا تقل عن ثلاث سنوات في قسم الأخبار، والقدرة على العمل بسرعة ودقة وتحت الضغط عند ورود الأخبار العاجلة في ساعة متأخرة.
نقدم بيئة عمل ودية وتدريبا على نظام النشر الجديد وبدل مواصلات شهريا.
الراتب: 9,000 درهم شهرياً
ساعات العمل: 8 ساعات يومياً
مكان العمل: الشارقة
آخر موعد للتقديم: 8 يناير 2027
قدم الآن
شارك الوظيفة
وظائف مشابهة
مراسل رياضي
منتج رقمي
""",
}

REVIEWS = {
    "en": """Home / Reviews / Kitchen
Brevolo Barista Pro review: fast, but the grinder is loud
The Barista Pro is the fastest espresso machine we have tested this year, heating up in three seconds and pulling a shot in under thirty.
Its built-in grinder has thirty settings, but it is noticeably louder than those of its rivals, and the steam wand takes practice.
Pros
Heats up in three seconds
Thirty grind settings
Cons
Loud grinder
Steam wand takes practice
Price: £349
In stock
Add to basket
Verdict: a quick, capable machine for people who drink milk coffee every morning.
""",
    "nl": """Home / Getest / Keuken
Brevolo Barista Pro: snel, maar de molen maakt veel lawaai
De Barista Pro is de snelste espressomachine die we dit jaar hebben getest: hij is in drie seconden warm en zet een kop koffie in minder dan een halve minuut.
De ingebouwde molen heeft dertig standen, maar maakt duidelijk meer lawaai dan die van de concurrenten, en met het stoompijpje moet je even oefenen.
Pluspunten
Snel op temperatuur
Dertig maalstanden
Minpunten
Luidruchtige molen
Stoompijpje vraagt oefening
Prijs: € 399
Op voorraad
In winkelwagen
Ons oordeel: een snelle, degelijke machine voor wie elke ochtend koffie met melk drinkt.
""",
    "ar": """الرئيسية / مراجعات / المطبخ
مراجعة آلة بريفولو باريستا برو: سريعة لكن المطحنة مزعجة
آلة باريستا برو هي أسرع آلة إسبريسو جربناها هذا العام، إذ تسخن في ثلاث ثوان وتحضر الفنجان في أقل من نصف دقيقة.
تضم المطحنة المدمجة ثلاثين درجة طحن، لكنها أعلى صوتا من مطاحن الآلات المنافسة، ويحتاج أنبوب البخار إلى بعض التمرين.
المزايا
تسخن في ثلاث ثوان
ثلاثون درجة طحن
العيوب
مطحنة مزعجة
أنبوب البخار يحتاج إلى تمرين
السعر: 1,450 درهم
متوفر
أضف إلى السلة
الحكم النهائي: آلة سريعة وعملية لمن يشرب القهوة بالحليب كل صباح.
""",
}


SHOP_NAMES = {"en": "Brevolo Barista Pro espresso machine, stainless steel",
              "nl": "Brevolo Barista Pro espressomachine, roestvrij staal",
              "ar": "آلة إسبريسو بريفولو باريستا برو من الفولاذ"}


def _not_news(page: str) -> str | None:
    article = normalise_text(page)
    return next((w for w in article.warnings if w.startswith(NOT_NEWS)), None)


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_job_ad_under_its_recruiters_byline_is_named(lang):
    said = _not_news(RECRUITER_JOBS[lang])
    assert said and "job advertisement" in said


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_job_ad_whose_fields_stand_under_its_description_is_named(lang):
    said = _not_news(FOOT_JOBS[lang])
    assert said and "job advertisement" in said


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_review_with_a_shop_box_and_no_byline_is_no_product_page(lang):
    assert _not_news(REVIEWS[lang]) is None


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_guard_the_shop_box_without_the_review_is_a_product_page(lang):
    """The same page with no verdict and no review headline: the shop's product name, its pros and cons, its box."""
    lines = REVIEWS[lang].splitlines()
    shop = "\n".join([lines[0].replace("Reviews", "Shop").replace("Getest", "Winkel").replace("مراجعات", "المتجر"),
                      SHOP_NAMES[lang], *lines[2:-1]])
    said = _not_news(shop)
    assert said and "product page" in said


#: a dated, unsigned story with a job box of the paper's own at its foot, under a title of its own
STORY_WITH_JOB_BOX = """Home | News | Jobs
Harbour dredging to start in January
4 December 2026
Dredging of the outer harbour will start in the second week of January and take about six weeks, the port authority said on Thursday.
Ferries will keep to their normal timetable, but fishing boats will have to use the inner berths while the work goes on.
The authority said the channel had silted up after two winters of storms and was now too shallow for the larger cargo ships.
Job of the week
Reporter, Eastcoast Herald
Salary: £28,000 per annum
Closing date: 8 January 2027
Apply now
"""


def test_guard_a_story_with_a_job_box_at_its_foot_is_news():
    assert _not_news(STORY_WITH_JOB_BOX) is None


RATINGS = {"en": "Rating: 4 out of 5", "nl": "Beoordeling: 4 van 5", "ar": "التقييم: 4 من 5"}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_review_without_a_verdict_sentence_is_known_by_its_headline_or_its_rating(lang):
    lines = REVIEWS[lang].splitlines()
    # the headline that calls it a review (no menu over it, so it is the title), no verdict line
    headline = "Getest: Brevolo Barista Pro is snel, maar de molen maakt veel lawaai" if lang == "nl" else lines[1]
    headed = "\n".join([headline, *lines[2:-1]])
    assert normalise_text(headed).title == headline
    assert _not_news(headed) is None
    # its pros and cons and its rating line, under a plain product name
    rated = "\n".join([lines[0], SHOP_NAMES[lang], RATINGS[lang], *lines[2:-1]])
    assert _not_news(rated) is None


#: one heading that names both sides, over the review's mixed list (the losses' warning reads it as a verdict too)
BOTH_SIDES = {"en": "Pros and cons", "nl": "Voor- en nadelen", "ar": "المزايا والعيوب"}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_review_with_one_pros_and_cons_heading_and_a_rating_is_no_product_page(lang):
    lines = REVIEWS[lang].splitlines()
    items = [lines[5], lines[6], lines[8], lines[9]]  # the pros and the cons, under one heading
    rated = "\n".join([lines[0], SHOP_NAMES[lang], RATINGS[lang], *lines[2:4], BOTH_SIDES[lang], *items, *lines[10:-1]])
    assert _not_news(rated) is None
    # guard: the same page without its rating line has no verdict, and is the shop's
    unrated = "\n".join([lines[0], SHOP_NAMES[lang], *lines[2:4], BOTH_SIDES[lang], *items, *lines[10:-1]])
    said = _not_news(unrated)
    assert said and "product page" in said
