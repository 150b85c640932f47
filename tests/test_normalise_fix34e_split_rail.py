"""probeB's finding 1 (stop 34): a side rail ("Trending now" / two headlines) injected into a story and split in two by
one of the story's paragraphs lost only its first part: the headlines under that paragraph stayed as the story's short
lines, and one became a Key Takeaway. Headline-shaped lines right under one paragraph, in the shape of the box that
ended right above it, are the box's second part (boxes.find_related_boxes). Pages written for these tests."""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text

EN_PAGE = """Home  News  Cities  Sport
Harbour town approves new sea wall after winter storms
By Staff Reporter
14 April 2026
The town council on Tuesday approved a plan to build a new sea wall along the harbour front, after two winters in which the lower streets flooded several times.
Under the plan, the wall will be raised by one metre over a length of 800 metres, and the work will start in September, the council said in a statement.
Families whose homes have to be reached through the work zone will be given parking permits in the upper town for the whole year.
Trending now
Fuel prices fall for the third week running
Festival line-up announced with four new stages
Opposition councillors said the plan came too late. "The sea was in our kitchens twice last year," one of them said at the meeting.
School exam timetable published for the summer
Rail strike called off after late pay offer
Officials said contracts would go only to firms that had finished earlier coastal work on time and within budget.
Residents' groups said they would set up their own committee to follow the work street by street.
The last repairs to the old wall, in 2019, cost 4 million pounds and were criticised by auditors.
"""

NL_PAGE = """Home  Nieuws  Regio  Sport
Gemeente Zandvoort keurt nieuwe zeewering goed na stormen
Door Redactie
14 april 2026
De gemeenteraad van Zandvoort heeft dinsdag een plan goedgekeurd om een nieuwe zeewering langs de boulevard te bouwen, na twee winters met overstromingen.
Volgens het plan wordt de muur over een lengte van achthonderd meter een meter hoger gemaakt, en begint het werk in september, meldt de gemeente.
Bewoners van wie de woning alleen via de bouwzone bereikbaar is, krijgen een jaar lang een parkeervergunning in het dorp.
Meest gelezen
Benzineprijs daalt voor derde week op rij
Festival maakt programma bekend met vier nieuwe podia
Oppositiepartijen vinden dat het plan te laat komt. "Het water stond vorig jaar twee keer in onze keukens," zei een raadslid tijdens de vergadering.
Rooster voor eindexamens gepubliceerd voor de zomer
Spoorstaking afgeblazen na laat loonbod van de werkgevers
Volgens de gemeente gaan de opdrachten alleen naar bedrijven die eerder kustwerk op tijd en binnen het budget hebben afgerond.
Bewonersgroepen zeggen dat ze een eigen commissie oprichten om het werk straat voor straat te volgen.
De laatste herstelling van de oude muur, in 2019, kostte vier miljoen euro en kreeg kritiek van de rekenkamer.
"""

AR_PAGE = """الرئيسية  أخبار  محليات  رياضة
بلدية العقبة تقر خطة لبناء حاجز بحري جديد بعد العواصف
كتب: محرر الشؤون المحلية
14 أبريل 2026
أقرت بلدية العقبة يوم الثلاثاء خطة لبناء حاجز بحري جديد على طول الواجهة البحرية، بعد شتاءين غمرت فيهما المياه الشوارع المنخفضة عدة مرات.
وبحسب الخطة، سيرتفع الحاجز مترا واحدا على طول ثمانمئة متر، وتبدأ الأعمال في سبتمبر، بحسب بيان البلدية.
وستمنح الأسر التي لا يمكن الوصول إلى منازلها إلا عبر منطقة العمل تصاريح وقوف في المدينة لمدة عام كامل.
الأكثر قراءة
أسعار الوقود تنخفض للأسبوع الثالث على التوالي
مهرجان الصيف يعلن برنامجه مع أربعة مسارح جديدة
وقال أعضاء في المعارضة إن الخطة جاءت متأخرة، مضيفين أن المياه دخلت المنازل مرتين في العام الماضي.
نشر جدول امتحانات الثانوية العامة للصيف المقبل
إلغاء إضراب عمال السكك الحديدية بعد عرض متأخر للأجور
وقالت البلدية إن العقود ستمنح فقط للشركات التي أنهت أعمالا ساحلية سابقة في الوقت المحدد وضمن الميزانية.
وقالت مجموعات من السكان إنها ستشكل لجنة خاصة لمتابعة الأعمال شارعا بشارع.
وكانت آخر أعمال صيانة للحاجز القديم في عام 2019 قد كلفت أربعة ملايين دينار وتعرضت لانتقادات ديوان المحاسبة.
"""

# the rail's second part (its headlines under the story's paragraph) and the paragraph between its parts
CASES = [(EN_PAGE, "en", ["School exam timetable", "Rail strike called off"], "Opposition councillors said"),
         (NL_PAGE, "nl", ["Rooster voor eindexamens", "Spoorstaking afgeblazen"], "Oppositiepartijen vinden"),
         (AR_PAGE, "ar", ["نشر جدول امتحانات", "إلغاء إضراب عمال"], "وقال أعضاء في المعارضة")]


@pytest.mark.parametrize("page, language, second_part, between", CASES)
def test_a_split_rail_goes_whole(page, language, second_part, between):
    text = "\n".join(normalise_text(page, language=language).paragraphs)
    for head in second_part:
        assert head not in text, head
    # the story's paragraph between the rail's parts stays, and the rail's first part goes as before
    assert between in text
    assert "Trending now" not in text and "Meest gelezen" not in text and "الأكثر قراءة" not in text


SUBHEADS = """Home  News  Cities  Sport
Harbour town approves new sea wall after winter storms
By Staff Reporter
14 April 2026
The town council on Tuesday approved a plan to build a new sea wall along the harbour front, after two winters in which the lower streets flooded several times.
Under the plan, the wall will be raised by one metre over a length of 800 metres, and the work will start in September, the council said in a statement.
Trending now
Fuel prices fall for the third week running
Festival line-up announced with four new stages
Opposition councillors said the plan came too late. "The sea was in our kitchens twice last year," one of them said at the meeting.
What the wall will cost
The council put the cost of the wall at 12 million pounds, a third of it paid by the national flood fund.
Officials said contracts would go only to firms that had finished earlier coastal work on time and within budget.
"""


def test_a_subheading_under_the_paragraph_stays():
    # one short line over the story's next paragraph is the story's subheading, not the rail's second part
    text = "\n".join(normalise_text(SUBHEADS, language="en").paragraphs)
    assert "What the wall will cost" in text


# review 34 finding 4: a paragraph that announces a list ("… are these:") is followed by the story's own list, whose
# lines can have a rail headline's shape; two of them passed the part's two-headline floor and went as the rail's
LIST_EN = """Home  News  Cities  Sport
Harbour town closes streets for sea wall works
By Staff Reporter
14 April 2026
The town council on Tuesday approved a plan to build a new sea wall along the harbour front, after two winters in which the lower streets flooded several times.
Work on the wall will start in September and run until the end of the summer, the council said in a statement on Tuesday.
Trending now
Fuel prices fall for the third week running
Festival line-up announced with four new stages
The work on the sea wall means the harbour streets will be closed in turn, and the closures the council announced on Tuesday are these:
Harbour Road closed to all traffic until 30 June
Bridge Street open to buses and taxis only until 30 June
Residents' groups said they would set up their own committee to follow the work on the harbour streets one by one.
The last repairs to the old wall, in 2019, cost 4 million pounds and were criticised by auditors.
"""

LIST_NL = """Home  Nieuws  Regio  Sport
Zandvoort sluit straten af voor werk aan zeewering
Door Redactie
14 april 2026
De gemeenteraad van Zandvoort heeft dinsdag een plan goedgekeurd om een nieuwe zeewering langs de boulevard te bouwen, na twee winters met overstromingen.
Het werk aan de zeewering begint in september en loopt door tot het eind van de zomer, meldt de gemeente in een verklaring.
Meest gelezen
Benzineprijs daalt voor derde week op rij
Festival maakt programma bekend met vier nieuwe podia
Door het werk aan de zeewering gaan de straten bij de boulevard om beurten dicht. De afsluitingen die de gemeente dinsdag bekendmaakte:
Boulevard de Favauge dicht voor alle verkeer tot 30 juni
Kerkstraat alleen open voor bussen en taxi's tot 30 juni
Bewonersgroepen zeggen dat ze een eigen commissie oprichten om het werk aan de straten bij de boulevard te volgen.
De laatste reparatie aan de oude zeewering, in 2019, kostte vier miljoen euro en kreeg kritiek van de rekenkamer.
"""


@pytest.mark.parametrize("page, language, items", [
    (LIST_EN, "en", ["Harbour Road closed to all traffic until 30 June",
                     "Bridge Street open to buses and taxis only until 30 June"]),
    (LIST_NL, "nl", ["Boulevard de Favauge dicht voor alle verkeer tot 30 juni",
                     "Kerkstraat alleen open voor bussen en taxi's tot 30 juni"]),
])
def test_a_list_the_paragraph_announces_stays(page, language, items):
    result = normalise_text(page, language=language)
    text = "\n".join(result.paragraphs)
    for item in items:
        assert item in text
    # the rail above the paragraph still goes
    assert "Festival" not in text
