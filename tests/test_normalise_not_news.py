"""Pages that are offers, not news (notnews.py), and dates that are deadlines or lie ahead (deadlines.py): a job ad,
a house listing, a shop's product page, an event's ticket page get the NOT_NEWS warning and never a `published` in
the future; stories ABOUT jobs, house prices and products do not. All pages are written for these tests."""

from __future__ import annotations

import datetime

import newsbrief
from newsbrief.normalise import normalise_text
from newsbrief.normalise.html import normalise_document
from newsbrief.normalise.deadlines import FUTURE_DATE_WARNING
from newsbrief.normalise.notnews import NOT_NEWS

JOB_NL = """Vacature: Beleidsmedewerker Duurzaamheid (32-36 uur)
Gemeente Deventer
Locatie: Deventer
Sluitingsdatum: 15 januari 2027
Salaris: € 3.800 - € 5.200 bruto per maand (schaal 10)
Uren: 32 - 36 uur per week
Dienstverband: tijdelijk met uitzicht op vast

Wat ga je doen?
Als beleidsmedewerker duurzaamheid werk je aan de energietransitie van onze stad. Je schrijft beleid voor wijken die van het aardgas af gaan en je overlegt met woningcorporaties, bewoners en netbeheerders.
Je werkt in een team van twaalf collega's en je rapporteert aan de teamleider Ruimte en Wonen.

Wie ben jij?
Je hebt een afgeronde hbo- of wo-opleiding, bijvoorbeeld in bestuurskunde of milieukunde, en minimaal drie jaar ervaring in een politiek-bestuurlijke omgeving.

Interesse?
Solliciteer vóór 15 januari 2027 via de knop hieronder. De eerste gesprekken zijn in de week van 25 januari.
Solliciteer direct
"""

JOB_EN = """Senior Data Reporter
The Northern Ledger - Leeds
Closing date: 14 January 2027
Salary: £42,000 - £48,000 per annum
Hours: 37.5 hours per week, hybrid
Contract: Permanent, full time

About the role
We are looking for a senior data reporter to join our investigations desk. You will find stories in public data, build charts and work with reporters across the newsroom.
You will lead the data work for our local election coverage and mentor two junior colleagues.

About you
You have at least five years of experience in a newsroom and you are confident with Python, SQL and spreadsheets.

How to apply
Send your CV and a cover letter of no more than one page. Interviews take place in the week of 25 January 2027.
Apply now
"""

JOB_AR = """وظيفة شاغرة: محاسب أول
شركة الخليج للتجارة - دبي
آخر موعد للتقديم: 15 يناير 2027
الراتب: 12,000 درهم شهرياً
ساعات العمل: 8 ساعات يومياً
نوع العقد: دوام كامل

المهام
يتولى المحاسب الأول إعداد التقارير المالية الشهرية ومتابعة الحسابات المدينة والدائنة والتنسيق مع المدققين الخارجيين.
كما يشارك في إعداد الميزانية السنوية ويشرف على فريق من ثلاثة محاسبين.

المتطلبات
شهادة جامعية في المحاسبة وخبرة لا تقل عن خمس سنوات في شركة تجارية، وإجادة اللغتين العربية والإنجليزية.

قدّم الآن
"""

HOUSE_NL = """Lindelaan 14, 3581 AB Utrecht
Vraagprijs € 625.000 k.k.
Woonoppervlakte 132 m²
Slaapkamers: 4
Bouwjaar: 1934
Energielabel: C
Bezichtiging: zaterdag 9 januari 2027

Omschrijving
Deze karakteristieke jaren-dertigwoning ligt in een rustige laan op loopafstand van het centrum en het station. De woning is in 2019 voorzien van een nieuwe keuken en badkamer.
De tuin op het zuiden is 18 meter diep en heeft een achterom. Op de eerste verdieping liggen drie slaapkamers en de badkamer, op de zolder de vierde slaapkamer.

Plan een bezichtiging
"""

FLAT_AR = """شقة للبيع في دبي مارينا بإطلالة على البحر
السعر: 1,850,000 درهم
عدد الغرف: 2
المساحة: 116 متر مربع
سنة البناء: 2015

الوصف
شقة مفروشة بالكامل في الطابق الثامن عشر من برج سكني حديث، مع شرفة واسعة تطل على المرسى ومسبح وصالة رياضية للسكان.
تقع الشقة على بعد دقائق من محطة الترام ومن المطاعم والمحلات التجارية على الممشى.

احجز معاينة
"""

PRODUCT_EN = """Home / Kitchen / Coffee machines
Brevolo Barista Pro espresso machine, stainless steel
£349.00
In stock
Free delivery on orders over £40
Quantity
Add to basket

Product description
The Barista Pro heats up in three seconds and has a steam wand for milk drinks. Its grinder has 30 settings, and the water tank holds two litres.
The machine comes with a two-year guarantee, a tamper and two filter baskets.
"""

EVENT_EN = """Spring Jazz Night with the Harbour Big Band
Venue: The Old Corn Exchange, Bristol
Doors open: 20 March 2027, 19:00
Tickets from £18.50
Buy tickets

The Harbour Big Band returns with a programme of swing classics and new arrangements by its musical director. The evening opens with a set by the city's youth jazz orchestra.
The venue is step-free, and the bar is open from 18:30. Children under 12 go free with a paying adult.
"""

# --- stories ABOUT jobs, housing and products: news, never an offer -------------------------------------------------

JOBS_STORY_EN = """Councils struggle to fill planning jobs as salaries lag
By Helen Marsh, Local Government Correspondent
4 December 2026

Councils in the north of England are struggling to fill planning posts, with some vacancies open for more than a year, a survey published on Thursday found.
The average advertised salary for a senior planner was £41,000, about £9,000 less than in private consultancies, according to the survey of 120 councils.
"We advertise, nobody applies, we advertise again," said one head of planning, who asked not to be named. Several councils now pay recruitment agencies to find staff.
Salary: a senior planner earns £41,000 on average.
Apply now, the councils' adverts say, but the closing dates keep moving back.
The Local Government Association said it would publish guidance on shared planning teams in the spring.
"""

HOUSING_STORY_NL = """Huizenprijzen in Utrecht stijgen opnieuw
3 december 2026

De gemiddelde vraagprijs van een woning in Utrecht is in het afgelopen kwartaal met 4 procent gestegen tot € 512.000, meldt de makelaarsvereniging donderdag.
Een eengezinswoning van 120 m² met drie slaapkamers kost in de stad nu gemiddeld ruim € 600.000. Kopers bieden vaker boven de vraagprijs: bij zeven op de tien verkochte woningen was dat het geval.
"We zien dat vooral starters afhaken," zegt een woordvoerder. De vereniging verwacht dat de prijzen in 2027 minder hard stijgen door de hogere rente.
Vraagprijs € 512.000 gemiddeld
Woonoppervlakte 96 m² gemiddeld
"""

PRODUCT_STORY_AR = """شركة محلية تطلق هاتفاً ذكياً بسعر منخفض
بقلم: سامر الحداد
دبي - 5 ديسمبر 2026

أطلقت شركة ناشئة في دبي أمس هاتفاً ذكياً جديداً بسعر 899 درهماً، في محاولة لمنافسة العلامات الكبرى في فئة الهواتف الاقتصادية.
وقال المدير التنفيذي للشركة إن الهاتف متوفر في المتاجر الإلكترونية ابتداءً من الأسبوع المقبل، وإن التوصيل مجاني داخل الإمارات.
السعر: 899 درهماً
متوفر في المتاجر
أضف إلى السلة
ويرى محللون أن السوق الإقليمي يتسع لمنتجات محلية إذا حافظت على جودة مقبولة وخدمة ما بعد البيع.
"""

REVIEW_EN = """Brevolo Barista Pro review: fast, but the grinder is loud
By Tom Reed
2 December 2026

The Barista Pro is the fastest espresso machine we have tested this year, heating up in three seconds and pulling a shot in under thirty.
Its built-in grinder has thirty settings, but it is noticeably louder than those of its rivals, and the steam wand takes practice.
Price: £349
In stock at most retailers
Add to basket
Verdict: a quick, capable machine for people who drink milk coffee every morning.
"""


# --- news pages with an offer's words in them: headings over prose, a promo box, a practical-info box (review 31) --

EXPLAINER_EN = """Home | News | Money | Work | Education
Graduate visa: what the new rules mean for international students
2 December 2026

International students who finish a degree in the UK will be able to stay for 18 months instead of two years from next autumn, the Home Office confirmed on Tuesday.
Universities say the change will make British courses less attractive, while ministers argue it will bring the route back to its original purpose.
Salary requirements
There is no minimum salary on the graduate route, and holders may work in any job, including part-time and self-employed work.
Education requirements
Applicants must have completed a bachelor's or master's degree at a licensed university, and the university must have reported that they passed.
How to apply
Applications are made online from inside the UK before the student visa expires, and most are decided within eight weeks.
The Home Office said the new rules would be reviewed after two years.
"""

EXPLAINER_AR = """الرئيسية | أخبار | اقتصاد | تعليم
برنامج حكومي جديد لتدريب الخريجين في القطاع المصرفي
الكويت - 3 ديسمبر 2026

أعلنت وزارة التعليم العالي أمس عن برنامج جديد لتدريب ألفي خريج جامعي في البنوك المحلية خلال العامين المقبلين.
وقال وكيل الوزارة إن البرنامج يهدف إلى رفع نسبة المواطنين العاملين في القطاع المصرفي إلى سبعين في المئة.
الشروط
أن يكون المتقدم حاصلاً على شهادة جامعية خلال السنوات الثلاث الأخيرة، وألا يكون قد عمل في بنك من قبل.
المؤهل العلمي
يفضل البرنامج خريجي المحاسبة والاقتصاد ونظم المعلومات، لكنه مفتوح لجميع التخصصات.
طريقة التقديم
يقدم الخريجون طلباتهم عبر موقع الوزارة، وتبدأ المقابلات في شهر فبراير المقبل.
"""

PROMO_NL = """Home | Nieuws | Regio | Sport | Service
Bibliotheek Zuidhorn krijgt nieuwe leeszaal
4 december 2026

De bibliotheek in Zuidhorn krijgt volgend jaar een nieuwe leeszaal met veertig werkplekken, heeft de gemeenteraad dinsdag besloten.
De verbouwing kost 800.000 euro en begint in maart. Tijdens de werkzaamheden blijft de uitleenbalie gewoon open.
"Studenten vroegen er al jaren om," zegt de directeur van de bibliotheek. De leeszaal moet na de zomer klaar zijn.
Lees al het nieuws uit uw regio
Digitaal abonnement
€ 5,49 per maand
Bestel nu
Klantenservice
Bezorging
Abonnement wijzigen
"""

CONCERT_NL = """Golden Earring-tribute in Paradiso uitverkocht
3 december 2026

Het tributeconcert voor Golden Earring in Paradiso is binnen een uur uitverkocht, heeft de organisatie dinsdag laten weten.
Twaalf Nederlandse bands spelen die avond elk drie nummers van de Haagse groep. De opbrengst gaat naar onderzoek naar ALS.
"We hadden niet verwacht dat het zo snel zou gaan," zegt een woordvoerder. Er wordt gekeken naar een tweede avond.
Locatie: Paradiso Amsterdam
Aanvang: 20.30 uur
Tickets kopen
Plaats een reactie
Prijs voor beste debuut naar Haagse band
"""


def _not_news(article) -> str | None:
    return next((w for w in article.warnings if w.startswith(NOT_NEWS)), None)


def test_job_ads_in_three_languages_are_named_and_their_deadline_is_not_published():
    for page, closing in ((JOB_NL, "Sluitingsdatum"), (JOB_EN, "Closing date"), (JOB_AR, "آخر موعد")):
        art = normalise_text(page)
        said = _not_news(art)
        assert said and "job advertisement" in said, (art.warnings, art.text[:200])
        assert art.published is None, art.published  # the closing date is no publication date
        assert not any(w.startswith(FUTURE_DATE_WARNING) for w in art.warnings)  # named as a deadline, not guessed
        assert any(closing in line for line in art.removed + art.paragraphs), "the deadline line is kept or removed"


def test_property_listing_product_page_and_event_page_are_named():
    for page, kind in ((HOUSE_NL, "property listing"), (FLAT_AR, "property listing"), (PRODUCT_EN, "product page"),
                       (EVENT_EN, "ticket page")):
        art = normalise_text(page)
        said = _not_news(art)
        assert said and kind in said, (kind, art.warnings)
    house = normalise_text(HOUSE_NL)
    assert house.published is None  # "Bezichtiging: zaterdag 9 januari 2027" is the viewing day
    event = normalise_text(EVENT_EN)
    assert event.published is None  # "Doors open: 20 March 2027" is the concert's day
    for art in (house, event):  # named as a viewing or a start, not left to the clock rule (review 31 #11)
        assert not any(w.startswith(FUTURE_DATE_WARNING) for w in art.warnings), art.warnings


def test_stories_about_jobs_housing_and_products_are_news():
    for page, dated in ((JOBS_STORY_EN, "2026-12-04"), (HOUSING_STORY_NL, "2026-12-03"),
                        (PRODUCT_STORY_AR, "2026-12-05"), (REVIEW_EN, "2026-12-02")):
        art = normalise_text(page)
        assert _not_news(art) is None, (art.warnings, art.title)
        assert art.published == dated, (art.title, art.published)
        assert art.paragraphs


def test_a_story_with_one_offer_field_is_news_without_its_byline_too():
    # the shape bound, not only the byline: a call and one salary line, or a price and one area line, are no offer
    unsigned = "\n".join(line for line in JOBS_STORY_EN.splitlines() if not line.startswith("By "))
    for page in (unsigned, HOUSING_STORY_NL):
        art = normalise_text(page)
        assert art.byline is None and art.paragraphs
        assert _not_news(art) is None, art.warnings


def _as_html(page: str) -> str:
    lines = [line for line in page.splitlines() if line]
    return ("<html><head><title>Senior Data Reporter - Careers</title></head><body><nav><a href='/'>Home</a> "
            f"<a href='/careers'>Careers</a></nav><main><h1>{lines[0]}</h1>"
            + "".join(f"<p>{line}</p>" for line in lines[1:]) + "</main><footer>© 2026 The Northern Ledger</footer>"
            "</body></html>")


def test_an_html_job_ad_is_named_and_undated():
    # the HTML path: the extractor's date guess (the closing date in the text) is no publication date either, on any
    # day it is read: ahead of today, or long past it (the clock rule alone stops holding once the date has passed)
    for today in (None, datetime.date(2027, 2, 15)):
        art = normalise_document(_as_html(JOB_EN), today=today)
        said = _not_news(art)
        assert said and "job advertisement" in said, art.warnings
        assert art.published is None, (today, art.published)


def test_an_html_job_ad_closing_within_two_weeks_is_undated():
    # most closing dates are near: 11 days after the pinned day, inside the clock rule's slack (review 31 #1)
    # as text, and marked up as a <time> the HTML extractor reads as the page's date
    for closing in ("18 December 2026", '<time datetime="2026-12-18">18 December 2026</time>'):
        page = JOB_EN.replace("Closing date: 14 January 2027", f"Closing date: {closing}")
        art = normalise_document(_as_html(page))
        assert art.published is None, art.published
        assert not any(w.startswith(FUTURE_DATE_WARNING) for w in art.warnings), art.warnings


def test_summarise_warns_for_a_job_ad_and_still_writes_takeaways(env):
    article = newsbrief.brief(JOB_EN, engine="cli-fake")
    assert article.error is None and article.takeaways  # warned, not refused: the ad's facts are worth reading
    assert any(w.startswith(NOT_NEWS) for w in article.warnings)


def test_amounts_of_money_in_three_languages():
    from newsbrief.normalise.notnews import _MONEY

    # (lines as not_news reads them: case folded) a currency either side, thousands by dots, commas or spaces
    for line in ("€ 3.800 - € 5.200", "1 250 000 aed", "vraagprijs 625.000 k.k.", "السعر: 1,850,000 درهم",
                 "now 349.00 gbp", "tickets 18,50 euro"):
        assert _MONEY.search(line), line
    for line in ("2026 uur", "3 slaapkamers", "32 - 36 uur per week", "منذ 5 ساعات"):
        assert not _MONEY.search(line), line


def test_news_with_an_offers_words_is_not_an_offer():
    # headings over prose are no fields and "How to apply" over a paragraph is no call (an explainer, en and ar); a
    # subscription box and service footer the rules removed under a story are no shop; a practical-info box at a
    # story's foot is no ticket page, and "Plaats een reactie" / "Prijs voor …" are no venue or price (review 31)
    for page in (EXPLAINER_EN, EXPLAINER_AR, PROMO_NL, CONCERT_NL):
        art = normalise_text(page)
        assert art.paragraphs, art.title
        assert _not_news(art) is None, (art.title, art.warnings)


def test_an_offers_facts_with_a_value_count_where_the_headings_do_not():
    # the job ad with its fields as headings over prose only (no value on the line) is no job ad by its fields ...
    headed = ("Junior verslaggever\nSalaris\nWe betalen volgens de cao voor dagbladjournalisten, met een dertiende "
              "maand en een reiskostenvergoeding voor wie buiten de stad woont.\nOpleiding\nJe hebt een opleiding "
              "journalistiek afgerond of je hebt aantoonbaar ervaring bij een lokale krant of omroep opgedaan.\n"
              "Solliciteer direct\n")
    assert _not_news(normalise_text(headed)) is None
    # ... and the same facts as labels with their values are
    valued = headed.replace("Salaris\n", "Salaris: € 2.900 - € 3.600 bruto per maand\nUren: 36 uur per week\n", 1)
    said = _not_news(normalise_text(valued))
    assert said and "job advertisement" in said


#: a job ad whose only call is a "How to apply" heading over a paragraph, its valued fields in the head (review31b #3)
JOB_HOW_TO_APPLY_EN = """Careers
Investigations Editor
Salary: £51,000 - £56,000 per annum
Hours: 35 hours per week, office based
Closing date: 22 February 2027

The role
We want an experienced editor to lead a small team of investigative reporters, plan long-running projects and see them through legal review.

How to apply
Email a CV and a letter of no more than a page to careers@eastcoastherald.example before the closing date. Shortlisted candidates will be invited to a first interview in early March.
"""

#: an undated ticket page that gives its description first and its facts under it (review31b #4)
TICKETS_NL = """Agenda
Theater
De Kleine Zeemeermin - de familievoorstelling
Een betoverende voorstelling voor het hele gezin, met live muziek, poppenspel en een zee van licht. De zeemeermin Ariël ontdekt wat het betekent om je eigen stem te vinden.
De voorstelling duurt zeventig minuten zonder pauze en is geschikt voor kinderen vanaf vijf jaar. Na afloop kunnen kinderen op de foto met de cast.
Locatie: Stadsschouwburg Haarlem
Datum: zondag 14 februari 2027
Aanvang: 14:00 uur
Entree: € 24,50
Tickets bestellen
"""


def test_a_job_ads_how_to_apply_heading_is_its_call_when_its_head_states_the_fields():
    # int31's veto on a call heading prose hid this ad: its head states salary, hours and closing date with values
    said = _not_news(normalise_text(JOB_HOW_TO_APPLY_EN))
    assert said and "job advertisement" in said


def test_an_undated_ticket_page_with_its_description_first_is_an_event_page():
    # int31 counted an event's facts only above the first paragraph; a dated story's info box stays none (above)
    said = _not_news(normalise_text(TICKETS_NL))
    assert said and "event" in said
