"""Pages a new user tried (tester 5): story structure inside the body. Every page here is written for the tests, and
each case fails on the code before its fix unless it is marked as a guard:

* the story's first subheading (right under the byline and date) and the subheading right under a "Read more" /
  "Lees ook:" / "اقرأ أيضاً" box were lost: the box took the subheading as one more related headline;
* a list item ending in "Credit" ("Pensioners receiving Pension Credit") was a photo caption, and in an HTML
  explainer a subheading over a list's lead-in ("من يستحق الدعم؟" / "يشترط البرنامج ما يلي:") made the run a menu;
* a fact box without bullets ("Key points", "In het kort", "أبرز النقاط") gave only its first line to
  `source_takeaways`, the rest stayed in the body (and became takeaways);
* reader appeals, a sign-up paragraph, "You might also be interested in", "تابع القراءة أسفل الإعلان" and the sentence
  under "ALSO READ" stayed in the body;
* photo captions credited "© <outlet>", "PA Media" or "(الصورة: خاص)" were the story's first paragraph.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.html import normalise_html
from newsbrief.normalise.phrases import phrase_matches


def categories_of(text: str) -> list[str]:
    """The phrase categories a whole line of `text` matches."""
    return phrase_matches(text, len(text.split()))[0]

# --- subheadings -------------------------------------------------------------------------------------------------

SUBHEAD_PAGES = {
    "en": ("""Riverside Echo
Home News Sport Business
Ferry service to Holm Island saved after two-year campaign
By Megan Walsh
Monday 3 March 2025
How the campaign began
Islanders started collecting signatures in the spring of 2023, when the operator said the winter crossings no longer paid for themselves.
By the autumn more than 4,000 people had signed, nearly three times the number of people who live on the island.
The money
The county council will pay £800,000 a year towards the service, with the rest coming from fares and a government grant.
Fares for islanders will stay at £4 for a return crossing, while visitors will pay £9.
Read more
Harbour wall repairs to start in May
New timetable promises earlier first sailing
What happens next
The new contract starts in June and runs for five years, with a review of the winter timetable after the first year.
Campaigners said they would keep watching the service closely and would not hesitate to speak out again.
The islanders
For the 1,400 people on Holm Island, the ferry is the only way to reach the hospital, the secondary school and the supermarket.
"Without the boat we would be cut off for weeks every winter," said Jean Moffat, who runs the island shop.
""", ["How the campaign began", "What happens next"],
           ["Harbour wall repairs to start in May", "New timetable promises earlier first sailing"]),
    "nl": ("""Zeeuws Dagblad
Home | Regio | Sport
Veerdienst naar Schouwen blijft varen na twee jaar actievoeren
Door Pieter de Wit
maandag 3 maart 2025
Hoe het begon
Inwoners begonnen in het voorjaar van 2023 handtekeningen te verzamelen, toen de rederij zei dat de wintervaarten niet meer rendabel waren.
In het najaar hadden ruim 4000 mensen getekend, bijna drie keer zoveel als er op het eiland wonen.
Het geld
De provincie betaalt jaarlijks 800.000 euro aan de dienst, de rest komt uit kaartverkoop en een rijksbijdrage.
Een retour blijft voor eilanders 4 euro kosten, bezoekers betalen 9 euro.
Lees ook:
Herstel van de havendam begint in mei
Nieuwe dienstregeling met eerdere eerste afvaart
Wat er nu gaat gebeuren
Het nieuwe contract gaat in juni in en loopt vijf jaar, met na het eerste jaar een evaluatie van de winterdienstregeling.
De actievoerders zeggen dat ze de dienst scherp in de gaten blijven houden en zich opnieuw zullen laten horen als dat nodig is.
De eilanders
Voor de 1400 bewoners is de veerboot de enige manier om het ziekenhuis, de middelbare school en de supermarkt te bereiken.
"Zonder de boot zitten we elke winter wekenlang vast", zegt Joke Verburg, die de winkel op het eiland runt.
""", ["Hoe het begon", "Wat er nu gaat gebeuren"],
           ["Herstel van de havendam begint in mei", "Nieuwe dienstregeling met eerdere eerste afvaart"]),
    "ar": ("""صحيفة الساحل
الرئيسية محليات رياضة
استمرار خط العبّارة إلى جزيرة أرواد بعد حملة استمرت عامين
كتب: مازن درويش
الاثنين 3 مارس 2025
كيف بدأت الحملة
بدأ سكان الجزيرة جمع التواقيع في ربيع عام 2023، عندما أعلنت الشركة المشغلة أن رحلات الشتاء لم تعد مربحة.
وبحلول الخريف وقّع أكثر من أربعة آلاف شخص، أي نحو ثلاثة أضعاف عدد سكان الجزيرة.
التمويل
ستدفع المحافظة 800 ألف ليرة سنوياً لدعم الخط، على أن يأتي الباقي من التذاكر ومن منحة حكومية.
وسيبقى سعر التذكرة للسكان أربع ليرات ذهاباً وإياباً، بينما يدفع الزوار تسع ليرات.
اقرأ أيضاً
بدء أعمال ترميم رصيف الميناء في مايو
جدول رحلات جديد يبدأ في ساعة مبكرة
الخطوات المقبلة
يبدأ العقد الجديد في يونيو ويستمر خمس سنوات، مع مراجعة لجدول رحلات الشتاء بعد السنة الأولى.
وقال أعضاء الحملة إنهم سيتابعون الخدمة عن قرب ولن يترددوا في رفع أصواتهم من جديد إذا لزم الأمر.
السكان
بالنسبة إلى سكان الجزيرة البالغ عددهم 1400 نسمة، العبّارة هي الطريق الوحيد إلى المستشفى والمدرسة الثانوية والسوق.
وقالت جميلة حسن، التي تدير متجر الجزيرة: "من دون العبّارة سنبقى معزولين أسابيع كل شتاء".
""", ["كيف بدأت الحملة", "الخطوات المقبلة"],
           ["بدء أعمال ترميم رصيف الميناء في مايو", "جدول رحلات جديد يبدأ في ساعة مبكرة"]),
}


@pytest.mark.parametrize("lang", sorted(SUBHEAD_PAGES))
def test_the_first_subheading_and_the_one_under_a_read_more_box_stay(lang):
    page, subheads, related = SUBHEAD_PAGES[lang]
    article = normalise_text(page)
    for subhead in subheads:
        assert subhead in article.paragraphs, (subhead, article.removed)
    for headline in related:  # the box itself still goes, heading and headlines
        assert headline in article.removed
        assert headline not in article.paragraphs


# --- lists --------------------------------------------------------------------------------------------------------

LIST_PAGE_EN = """Water levy: who pays and who does not
Southern Vale Water will add a new charge to household bills from 1 July to pay for repairs to the sewer network.
Who is exempt?
Some households will not have to pay the full amount:
- Pensioners receiving Pension Credit
- Families on the WaterSure scheme
- Households in temporary accommodation
The regulator says the company must spend £1.1bn over five years to cut sewage spills into rivers and the sea.
"Customers should not pay twice for the company's past failures," said Laura Mendes of the consumer council.
"""

LIST_PAGE_AR = """<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>ما هو الدعم النقدي الجديد ومن يستحقه؟ | الوطن اليوم</title></head><body>
<nav><a href="/">الرئيسية</a> <a href="/economy">اقتصاد</a></nav>
<article><h1>ما هو الدعم النقدي الجديد ومن يستحقه؟</h1>
<p>أعلنت وزارة التنمية الاجتماعية عن برنامج دعم نقدي جديد للأسر محدودة الدخل يبدأ صرفه مطلع الشهر المقبل في جميع المحافظات.</p>
<h2>ما قيمة الدعم؟</h2>
<p>ويحصل كل رب أسرة مستحق على 500 ريال شهرياً، تضاف إليها 150 ريالاً عن كل فرد من أفراد الأسرة.</p>
<h2>من يستحق الدعم؟</h2>
<p>يشترط البرنامج ما يلي:</p>
<ul><li>ألا يتجاوز دخل الأسرة 8 آلاف ريال شهرياً</li><li>أن يكون المتقدم مقيماً في البلاد</li><li>ألا تملك الأسرة أكثر من مسكن واحد</li></ul>
<h2>كيف أتقدم بطلب؟</h2>
<p>ويمكن التقديم عبر المنصة الإلكترونية للبرنامج، ويستغرق البت في الطلب نحو أسبوعين بحسب الوزارة.</p>
<p>وقال وكيل الوزارة في مؤتمر صحافي: "نريد أن يصل الدعم إلى من يحتاجه فعلاً، دون تعقيد أو انتظار طويل".</p>
</article><footer><p>© 2025 الوطن اليوم. جميع الحقوق محفوظة.</p></footer></body></html>"""


def test_a_list_item_ending_in_credit_is_no_caption():
    article = normalise_text(LIST_PAGE_EN)
    assert "- Pensioners receiving Pension Credit" in article.paragraphs, article.removed
    assert "Some households will not have to pay the full amount:" in article.paragraphs
    for item in ("Pensioners receiving Pension Credit", "Families needing photo ID", "Tax credit"):
        assert "caption" not in categories_of(item), item


def test_a_subheading_over_a_lead_in_keeps_the_arabic_list():
    """An HTML explainer: its h2 subheading, the lead-in and the list items make a run of short page lines."""
    article = normalise_html(LIST_PAGE_AR)
    for line in ("من يستحق الدعم؟", "يشترط البرنامج ما يلي:", "- ألا يتجاوز دخل الأسرة 8 آلاف ريال شهرياً",
                 "- ألا تملك الأسرة أكثر من مسكن واحد"):
        assert line in article.paragraphs, (line, article.removed)


@pytest.mark.parametrize("caption", ["The mayor opens the new bridge. Photo: Jane Doe",
                                     "Crowds on the quay | Foto Jan de Vries", "Photo Jane Doe",
                                     "Boats in the harbour (Photo: AFP)"])
def test_guard_credit_lines_are_still_captions(caption):
    """Guard (passes before and after): the caption credits the narrower pattern still knows."""
    assert "caption" in categories_of(caption)


# --- fact boxes -----------------------------------------------------------------------------------------------------

FACT_BOXES = {
    "en": ("""Council tax to rise 4.9% in April
By Jo Hart, 2 February 2025
Council tax in Ashdale will rise by 4.9% from April, the maximum increase allowed without holding a local referendum.
Key points
Band D bill rises to £2,180
Adult social care gets £3m extra
Libraries and bin collections protected
The council said rising costs of care for older people left it with no choice.
Opposition councillors said residents were already struggling with high energy bills this winter.
""", ["Band D bill rises to £2,180", "Adult social care gets £3m extra", "Libraries and bin collections protected"]),
    "nl": ("""Doetinchem krijgt eerste zwemschool voor volwassenen
Door Redactie Omroep Achterhoek, 14 februari 2025
In Doetinchem opent volgende maand de eerste zwemschool in de regio die zich alleen op volwassenen richt.
In het kort
Start: maart 2025
Lessen: dinsdag- en donderdagavond
Kosten: 12 euro per les
De lessen worden gegeven in kleine groepen van maximaal zes mensen, zegt oprichter Ilse Wenting.
Volgens het Nationaal Platform Zwembaden kan ongeveer een op de twintig volwassenen in Nederland niet zwemmen.
""", ["Start: maart 2025", "Lessen: dinsdag- en donderdagavond", "Kosten: 12 euro per les"]),
    "ar": ("""افتتاح أول مدرسة لتعليم السباحة للكبار في إربد
إربد - سارة العمري
تفتتح في إربد الشهر المقبل أول مدرسة لتعليم السباحة مخصصة للكبار فقط، بعد أن تزايد عدد المهتمين بتعلمها في المدينة.
أبرز النقاط
الافتتاح في مارس 2025
الدروس مساء الثلاثاء والخميس
رسوم الدرس 8 دنانير
وقالت مؤسسة المدرسة رنا الخطيب إن الدروس ستكون في مجموعات صغيرة لا تتجاوز ستة أشخاص.
ويقدّر اتحاد السباحة أن واحداً من كل عشرين بالغاً في البلاد لا يجيد السباحة.
""", ["الافتتاح في مارس 2025", "الدروس مساء الثلاثاء والخميس", "رسوم الدرس 8 دنانير"]),
}


@pytest.mark.parametrize("lang", sorted(FACT_BOXES))
def test_a_fact_box_without_bullets_goes_to_source_takeaways_whole(lang):
    page, points = FACT_BOXES[lang]
    article = normalise_text(page)
    assert article.source_takeaways == points
    assert not set(points) & set(article.paragraphs)


def test_a_fact_box_heading_in_capitals_is_a_box():
    page = FACT_BOXES["en"][0].replace("Key points", "FACT BOX")
    article = normalise_text(page)
    assert article.source_takeaways == FACT_BOXES["en"][1]
    assert article.byline != "FACT BOX"


# --- appeals, sign-ups and related lines ----------------------------------------------------------------------------

STORY_EN = """Speed cameras to be installed on Mill Road
By Ben Archer
Thursday 6 February 2025
Two average-speed cameras will be installed on Mill Road in Lakeside this summer after years of complaints from residents about speeding.
The county council said 14 crashes had been recorded on the road in the past three years, two of them serious.
{middle}
The cameras are expected to be switched on in July, and drivers will be warned by new signs at both ends of the road.
Residents' group chair Helen Price said: "We have asked for this for a decade, and we are glad the council finally listened."
{tail}
"""


@pytest.mark.parametrize("middle, tail, gone", [
    ("We know that readers value local journalism. If you can, please support the Lakeside Observer by taking out a "
     "subscription from just £1 a week. Your support helps us report on the stories that matter to you.\nSupport us",
     "", ["We know that readers value local journalism.", "Support us"]),
    ("ALSO READ\nBus company fined after drivers worked 16-hour shifts without a break, inspectors found.", "",
     ["Bus company fined after drivers worked 16-hour shifts without a break, inspectors found."]),
    ("", "This report was supported by the Local News Fund.\nYou might also be interested in\n"
         "Why are so many rural bus routes disappearing? Our reporter spent a week on the buses to find out.",
     ["This report was supported by the Local News Fund.", "You might also be interested in"]),
])
def test_appeals_and_related_lines_leave_the_english_body(middle, tail, gone):
    article = normalise_text(STORY_EN.format(middle=middle, tail=tail))
    body = "\n".join(article.paragraphs)
    for text in gone:
        assert text not in body, text
    assert "Residents' group chair Helen Price said" in body


def test_a_dutch_sign_up_paragraph_and_an_arabic_ad_line_leave_the_body():
    nl = normalise_text("""Nieuwe huisartsenpost in Naaldwijk opent in september
Door Ilse van Dam
di 11 februari 2025, 06:30
In Naaldwijk opent in september een nieuwe huisartsenpost, waar patiënten uit het hele Westland terecht kunnen.
De post komt in het voormalige gemeentehuis aan het Wilhelminaplein en is 's avonds en in het weekend open.
Wil je op de hoogte blijven van het laatste nieuws uit het Westland? Meld je dan aan voor onze gratis nieuwsbrief en ontvang elke ochtend het belangrijkste nieuws in je mailbox.
Aanmelden
Volgens de huisartsen was een tweede post nodig omdat de wachttijden in de avond de laatste jaren sterk zijn opgelopen.
"We zien steeds meer patiënten en de post in Delft zit vol", zegt huisarts Marieke Zwinkels.
""")
    assert not any(p.startswith("Wil je op de hoogte blijven") for p in nl.paragraphs)
    ar = normalise_text("""افتتاح مكتبة عامة جديدة في حي الزهور
كتبت: منى الشامي
الأحد، 16 فبراير 2025
افتتحت البلدية صباح اليوم مكتبة عامة جديدة في حي الزهور، تضم أكثر من عشرة آلاف كتاب وقاعة للدراسة.
وقال رئيس البلدية إن المكتبة ستفتح أبوابها يومياً من التاسعة صباحاً حتى التاسعة مساءً.
إعلان
تابع القراءة أسفل الإعلان
وأضاف أن المكتبة تضم ركناً خاصاً للأطفال وقاعة حاسوب مجانية لطلاب المدارس والجامعات في الحي.
وعبّر عدد من سكان الحي عن سعادتهم بالمكتبة التي طال انتظارها، وقالوا إنها ستخدم آلاف الطلاب.
""")
    assert "تابع القراءة أسفل الإعلان" not in ar.paragraphs
    assert "تابع القراءة أسفل الإعلان" in ar.removed


@pytest.mark.parametrize("sentence", [
    "We know that residents value the buses, the council said, and we will support them.",
    "If you can, please support your neighbours this winter, the mayor said.",
    "The project was supported by a majority of councillors.",
    "Wil je meer weten over de plannen? De gemeente houdt een inloopavond.",
    "The bus company was fined by the regulator, reported PA.",
])
def test_guard_story_sentences_match_no_appeal_or_caption(sentence):
    """Guard (passes before and after): ordinary story sentences near the new shapes match none of them."""
    assert not {"newsletter", "misc", "caption", "advert"} & set(categories_of(sentence))


# --- captions -------------------------------------------------------------------------------------------------------

CAPTION_PAGE = """{title}
{byline}
{caption}
{p1}
{p2}
"""


@pytest.mark.parametrize("title, byline, caption, p1, p2", [
    ("Buses saved for another year", "By Anna Price",
     "The number 14 bus at Millbrook stop last winter. © Shire Gazette",
     "The county council agreed on Tuesday to keep all twelve rural bus routes running for another year after a "
     "public consultation.",
     "More than 3,000 people responded, most of them saying the buses were their only way to reach work or school."),
    ("Buses saved for another year", "By Anna Price", "A rural bus near Ashby. PA Media",
     "The county council agreed on Tuesday to keep all twelve rural bus routes running for another year after a "
     "public consultation.",
     "More than 3,000 people responded, most of them saying the buses were their only way to reach work or school."),
    ("Koningsdag in Eindhoven: extra treinen en afgesloten wegen", "Door Lotte Janssen",
     "De markt op het Stratumseind tijdens Koningsdag vorig jaar. © Stadsnieuws Eindhoven",
     "Eindhoven verwacht met Koningsdag meer dan 100.000 bezoekers in de binnenstad, meldt de gemeente.",
     "NS zet extra treinen in vanuit Den Bosch, Tilburg en Venlo, en rond het centrum gaan wegen dicht."),
    ("الروائية سلمى الخطيب: كتبت روايتي الأولى في مطبخ بيتي", "حاورتها: ريم النجار",
     "سلمى الخطيب خلال حفل توقيع روايتها في عمّان. (الصورة: خاص)",
     "صدرت رواية بيت الزيتون للكاتبة الأردنية سلمى الخطيب قبل أشهر، ووصلت إلى القائمة القصيرة لجائزة عربية كبرى.",
     "وتقول الخطيب إنها كتبت الرواية في مطبخ بيتها بعد أن ينام أطفالها، على مدى ثلاث سنوات كاملة."),
])
def test_a_credited_caption_is_not_the_first_paragraph(title, byline, caption, p1, p2):
    article = normalise_text(CAPTION_PAGE.format(title=title, byline=byline, caption=caption, p1=p1, p2=p2))
    assert caption not in article.paragraphs
    assert article.paragraphs[0] == p1
