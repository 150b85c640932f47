"""A related box in the middle of a story goes whole, and a section's kicker is no headline (tester s26, F1 F2 F6).

* F1/F2: a related box's headlines may ask a question ("Why do storms seem to be getting stronger?", "Bus fares: who
  really pays?"): six words or more with a sentence end read as prose, so the box ended at the question and the
  headlines under it stayed in the story (boxes._question_headline). A long read's box ended one headline short too:
  its last headline, right above the story's next paragraph, was taken for the story's subheading because the long
  read has short subheadings of its own; a line as long as a headline of the box is the box's
  (boxes._subhead_after_box), and under a "Related" heading, which needs two headlines, it is the second. A box
  between two entries of a live blog ends at the next entry's time (boxes._story_resumes). Under an also-read heading
  ("Also read", "Lees ook", "اقرأ أيضاً") every headline may be written as a sentence, not only the first.
* F6: a section's kicker of three words or more ("The Long Read") over the headline scored higher than the headline
  (capitals, and a repeated line: the menu names the section too); a short line over a longer headline-shaped line
  whose text stands in the page's menu is the kicker (classify._under_kicker).

Every page is invented. The user-level cases fail on the code before; the guards pass on both.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text

# --- F1/F2: a related box whose headlines ask questions, in a long read with short subheadings of its own ---------

LONG_READS = {
    "en": ("""Menu
Search
Features
Travel
The night ferry that kept an island alive
By Joanna Briggs
Sat 12 Dec 2026 07.00 GMT
For forty years the night boat left Penzance at eleven and reached St Mary's before the bakeries opened. In October it sailed for the last time, and the island has been counting the cost ever since.
The operator says the crossing lost money for a decade and that the daytime service carries nine passengers in ten.
How the service ended
The contract that paid for the night sailing ran out in 2025. The council could not find the money to renew it, and no other operator bid for the route.
Islanders collected 3,000 signatures in six weeks, but the last crossing left on 31 October with eleven passengers on board.
Related
Island ferries: who really pays for the crossing?
The harbour towns that lost their last boat
Shopkeepers say deliveries now arrive a day late. Fresh food comes on the afternoon boat and is often sold out by the next morning.
What islanders lost
Nurses who worked night shifts on the mainland have had to move or give up their jobs, the island's health centre said.
The secondary school has changed its timetable so that pupils can catch the daytime boat home.
What happens next
The council will ask for bids again in the spring. Campaigners say that without a subsidy for five years or more no operator will take the route.
""", ["Related", "Island ferries: who really pays for the crossing?", "The harbour towns that lost their last boat"],
        ["Shopkeepers say deliveries now arrive a day late. Fresh food comes on the afternoon boat and is often sold "
         "out by the next morning.", "What islanders lost", "What happens next"]),
    "nl": ("""Menu
Zoeken
Achtergrond
Regio
De nachtboot die een eiland overeind hield
Door Sanne de Graaf
za 12 dec 2026, 07:00
Veertig jaar lang vertrok de nachtboot om elf uur uit Harlingen en was hij er voordat de bakkers op Terschelling opengingen. In oktober voer hij voor het laatst, en het eiland merkt het nog elke dag.
De rederij zegt dat de overtocht al tien jaar verlies draaide en dat de dagboten negen op de tien reizigers vervoeren.
Hoe de dienst verdween
Het contract dat de nachtboot betaalde liep in 2025 af. De provincie vond geen geld om het te verlengen en geen andere rederij schreef in.
Eilanders verzamelden in zes weken 3000 handtekeningen, maar de laatste boot vertrok op 31 oktober met elf passagiers aan boord.
Meer over
Veerdiensten: wie betaalt eigenlijk de overtocht?
De havenplaatsen waar de laatste boot verdween
Winkeliers zeggen dat leveringen nu een dag later komen. Vers eten komt met de middagboot en is de volgende ochtend vaak al op.
Wat het eiland kwijt is
Verpleegkundigen met nachtdiensten aan de wal moesten verhuizen of hun baan opzeggen, zegt de huisartsenpost van het eiland.
De middelbare school heeft haar rooster aangepast zodat leerlingen de dagboot naar huis halen.
Wat er nu gebeurt
De provincie vraagt in het voorjaar opnieuw om inschrijvingen. Actievoerders zeggen dat zonder steun voor vijf jaar of langer geen rederij de lijn wil varen.
""", ["Meer over", "Veerdiensten: wie betaalt eigenlijk de overtocht?", "De havenplaatsen waar de laatste boot verdween"],
        ["Winkeliers zeggen dat leveringen nu een dag later komen. Vers eten komt met de middagboot en is de "
         "volgende ochtend vaak al op.", "Wat het eiland kwijt is", "Wat er nu gebeurt"]),
    "ar": ("""القائمة
بحث
تحقيقات
محليات
العبارة الليلية التي أبقت الجزيرة على قيد الحياة
بقلم ليلى حداد
السبت 12 ديسمبر 2026
طوال أربعين عاماً كانت العبارة الليلية تغادر الميناء في الحادية عشرة وتصل إلى الجزيرة قبل أن تفتح المخابز أبوابها. وفي أكتوبر أبحرت للمرة الأخيرة، وما زالت الجزيرة تدفع الثمن.
وتقول الشركة المشغلة إن الرحلة كانت تخسر منذ عشر سنوات، وإن رحلات النهار تنقل تسعة من كل عشرة ركاب.
كيف انتهت الخدمة
انتهى العقد الذي كان يمول الرحلة الليلية في عام 2025، ولم تجد المحافظة المال لتجديده، ولم تتقدم أي شركة أخرى للخط.
وجمع سكان الجزيرة ثلاثة آلاف توقيع في ستة أسابيع، لكن آخر رحلة غادرت في 31 أكتوبر وعلى متنها أحد عشر راكباً.
مواضيع ذات صلة
عبارات الجزر: من يدفع ثمن الرحلة فعلاً؟
مدن الموانئ التي فقدت آخر قواربها
ويقول أصحاب المتاجر إن البضائع تصل الآن متأخرة يوماً كاملاً، وإن الطعام الطازج يأتي مع عبارة الظهر وينفد غالباً في صباح اليوم التالي.
ما الذي خسرته الجزيرة
واضطرت ممرضات يعملن في نوبات ليلية على البر إلى الانتقال أو ترك وظائفهن، بحسب المركز الصحي في الجزيرة.
وغيّرت المدرسة الثانوية جدولها حتى يتمكن التلاميذ من العودة على عبارة النهار.
ما الخطوة التالية
ستطلب المحافظة عروضاً جديدة في الربيع، ويقول الناشطون إن أي شركة لن تقبل الخط من دون دعم لخمس سنوات أو أكثر.
""", ["مواضيع ذات صلة", "عبارات الجزر: من يدفع ثمن الرحلة فعلاً؟", "مدن الموانئ التي فقدت آخر قواربها"],
        ["ويقول أصحاب المتاجر إن البضائع تصل الآن متأخرة يوماً كاملاً، وإن الطعام الطازج يأتي مع عبارة الظهر وينفد "
         "غالباً في صباح اليوم التالي.", "ما الذي خسرته الجزيرة", "ما الخطوة التالية"]),
}


@pytest.mark.parametrize("lang", sorted(LONG_READS))
def test_a_related_box_of_question_headlines_goes_whole_and_the_long_read_goes_on(lang):
    page, box, story = LONG_READS[lang]
    article = normalise_text(page)
    for line in box:
        assert line in article.removed, (line, article.paragraphs)
        assert line not in article.paragraphs
    for line in story:
        assert line in article.paragraphs, (line, article.removed)


# --- F1: a read-more box between two entries of a live blog --------------------------------------------------------

LIVE_BLOGS = {
    "en": ("""Flooding live: rivers burst their banks across the Midlands
By Tom Hale and Priya Shah
Last updated: Wednesday 9 December 2026 15:20 GMT
15:20
The Environment Agency has issued 38 flood warnings across the Midlands, including two severe warnings on the River Severn at Bewdley.
14:45
West Midlands Fire Service said crews had rescued 14 people from cars stuck in floodwater since the morning.
14:10
More than 2,000 homes in Worcestershire are without power after a substation at Powick was switched off as water reached it.
Read more
Flood warnings: what the three levels mean
Why are winter floods becoming more frequent?
How to check whether your home is at risk
13:30
Severe warning for Bewdley
Residents on the riverside were told to leave their homes by 2pm. A rest centre has opened at the town's leisure centre.
12:50
National Highways has closed the A449 between Worcester and Kidderminster because of standing water.
""", ["Read more", "Flood warnings: what the three levels mean", "Why are winter floods becoming more frequent?",
          "How to check whether your home is at risk"],
        ["Residents on the riverside were told to leave their homes by 2pm. A rest centre has opened at the town's "
         "leisure centre.", "National Highways has closed the A449 between Worcester and Kidderminster because of "
                            "standing water."]),
    "nl": ("""Liveblog wateroverlast: rivieren treden buiten hun oevers in Limburg
Door Tom Hermans en Priya Bakker
Laatste update: woensdag 9 december 2026 15:20
15:20
Rijkswaterstaat heeft voor 38 plaatsen langs de Maas een waarschuwing gegeven, waarvan twee met code rood bij Roermond en Venlo.
14:45
De brandweer zegt dat sinds vanochtend veertien mensen uit auto's in het water zijn gehaald.
14:10
Ruim 2000 huizen in Midden-Limburg zitten zonder stroom nadat een onderstation bij Roermond is uitgeschakeld.
Lees ook
Waarschuwingen bij hoogwater: wat betekenen de kleuren?
Waarom komen overstromingen in de winter steeds vaker voor?
Zo controleer je of jouw huis risico loopt
13:30
Code rood voor Roermond
Bewoners aan de kade moesten voor twee uur hun huis verlaten. In de sporthal is een opvanglocatie geopend.
12:50
Rijkswaterstaat heeft de N280 tussen Roermond en Weert afgesloten vanwege water op de weg.
""", ["Lees ook", "Waarschuwingen bij hoogwater: wat betekenen de kleuren?",
          "Waarom komen overstromingen in de winter steeds vaker voor?", "Zo controleer je of jouw huis risico loopt"],
        ["Bewoners aan de kade moesten voor twee uur hun huis verlaten. In de sporthal is een opvanglocatie geopend.",
         "Rijkswaterstaat heeft de N280 tussen Roermond en Weert afgesloten vanwege water op de weg."]),
    "ar": ("""تغطية مباشرة: السيول تجتاح قرى الجنوب
بقلم سامي نصار وهدى علي
آخر تحديث: الأربعاء 9 ديسمبر 2026
15:20
أصدرت هيئة الأرصاد 38 تحذيراً من السيول في المحافظات الجنوبية، بينها تحذيران من الدرجة القصوى في وادي العريش.
14:45
وقال الدفاع المدني إن فرقه أنقذت أربعة عشر شخصاً من سيارات علقت في المياه منذ الصباح.
14:10
وانقطعت الكهرباء عن أكثر من ألفي منزل بعد إيقاف محطة تحويل غمرتها المياه.
اقرأ أيضاً
تحذيرات السيول: ماذا تعني الدرجات الثلاث؟
لماذا أصبحت سيول الشتاء أكثر تكراراً من قبل؟
كيف تعرف إن كان منزلك في خطر
13:30
تحذير من الدرجة القصوى في العريش
وطُلب من سكان ضفاف الوادي مغادرة منازلهم قبل الثانية ظهراً، وفُتح مركز إيواء في الصالة الرياضية.
12:50
وأغلقت إدارة الطرق الطريق الساحلي بين العريش ورفح بسبب تجمع المياه.
""", ["اقرأ أيضاً", "تحذيرات السيول: ماذا تعني الدرجات الثلاث؟", "لماذا أصبحت سيول الشتاء أكثر تكراراً من قبل؟",
          "كيف تعرف إن كان منزلك في خطر"],
        ["وطُلب من سكان ضفاف الوادي مغادرة منازلهم قبل الثانية ظهراً، وفُتح مركز إيواء في الصالة الرياضية.",
         "وأغلقت إدارة الطرق الطريق الساحلي بين العريش ورفح بسبب تجمع المياه."]),
}


@pytest.mark.parametrize("lang", sorted(LIVE_BLOGS))
def test_a_read_more_box_between_live_blog_entries_goes_whole_and_the_blog_goes_on(lang):
    page, box, story = LIVE_BLOGS[lang]
    article = normalise_text(page)
    for line in box:
        assert line in article.removed, (line, article.paragraphs)
    # the entries under the box stay, each with its time ("12:50 – …": entrytimes.py)
    for line in story:
        assert any(p.endswith(line) for p in article.paragraphs), (line, article.removed)
    assert any(p.startswith("12:50") for p in article.paragraphs)


# --- an also-read box whose headlines are all written as sentences -------------------------------------------------

SENTENCE_BOXES = {
    "en": ("""Council approves new bridge over the Avon
By Mark Dale
3 March 2026
Bath and North East Somerset council has approved plans for a foot and cycle bridge over the River Avon near the railway station, at a cost of £6.8m.
Work is expected to start in the autumn and take eighteen months, the council's cabinet member for transport said.
Also read
Council approves new cycle lanes on the London Road.
Bus company fined after drivers worked sixteen-hour shifts.
The bridge will be paid for by a government grant, the council said, with £1.2m from developers of the station site.
Opponents say the design blocks views of the old quay and have asked for a public inquiry.
""", ["Also read", "Council approves new cycle lanes on the London Road.",
          "Bus company fined after drivers worked sixteen-hour shifts."],
        ["The bridge will be paid for by a government grant, the council said, with £1.2m from developers of the "
         "station site."]),
    "nl": ("""Gemeente keurt nieuwe brug over de Vecht goed
Door Mark de Wit
3 maart 2026
De gemeenteraad van Utrecht heeft ingestemd met een fiets- en voetgangersbrug over de Vecht bij het station Zuilen, die 6,8 miljoen euro kost.
Het werk begint naar verwachting in het najaar en duurt achttien maanden, zegt de wethouder verkeer.
Lees ook
Gemeente legt nieuwe fietspaden aan langs de Amsterdamsestraatweg.
Busbedrijf beboet om diensten van zestien uur.
De brug wordt betaald uit een rijkssubsidie, zegt de gemeente, met 1,2 miljoen euro van de ontwikkelaars van het stationsgebied.
Tegenstanders vinden dat het ontwerp het zicht op de oude kade wegneemt en hebben bezwaar gemaakt.
""", ["Lees ook", "Gemeente legt nieuwe fietspaden aan langs de Amsterdamsestraatweg.",
          "Busbedrijf beboet om diensten van zestien uur."],
        ["De brug wordt betaald uit een rijkssubsidie, zegt de gemeente, met 1,2 miljoen euro van de ontwikkelaars "
         "van het stationsgebied."]),
    "ar": ("""البلدية توافق على جسر جديد فوق النهر
بقلم مروان سعيد
3 مارس 2026
وافق المجلس البلدي على إنشاء جسر للمشاة والدراجات فوق النهر قرب محطة القطار، بتكلفة تبلغ 6.8 مليون دينار.
ومن المتوقع أن تبدأ الأعمال في الخريف وتستمر ثمانية عشر شهراً، بحسب رئيس لجنة النقل في المجلس.
اقرأ أيضاً
البلدية تعتمد مسارات جديدة للدراجات في شارع الجامعة.
تغريم شركة حافلات بسبب نوبات عمل طويلة للسائقين.
وقالت البلدية إن الجسر سيمول بمنحة حكومية، إضافة إلى 1.2 مليون دينار من مطوري منطقة المحطة.
ويقول المعارضون إن التصميم يحجب رؤية الرصيف القديم، وقد طالبوا بتحقيق علني.
""", ["اقرأ أيضاً", "البلدية تعتمد مسارات جديدة للدراجات في شارع الجامعة.",
          "تغريم شركة حافلات بسبب نوبات عمل طويلة للسائقين."],
        ["وقالت البلدية إن الجسر سيمول بمنحة حكومية، إضافة إلى 1.2 مليون دينار من مطوري منطقة المحطة."]),
}


@pytest.mark.parametrize("lang", sorted(SENTENCE_BOXES))
def test_an_also_read_box_of_sentence_headlines_goes_whole(lang):
    page, box, story = SENTENCE_BOXES[lang]
    article = normalise_text(page)
    for line in box:
        assert line in article.removed, (line, article.paragraphs)
    # the story sentence under the box names its source: it is the story going on, no third headline
    for line in story:
        assert line in article.paragraphs, (line, article.removed)


def test_guard_a_short_story_sentence_under_one_sentence_headline_stays():
    """Guard: one headline written as a sentence, then the story's next sentence, which reports its source."""
    page = SENTENCE_BOXES["en"][0].replace("Bus company fined after drivers worked sixteen-hour shifts.\n", "")
    article = normalise_text(page)
    assert "Council approves new cycle lanes on the London Road." in article.removed
    assert SENTENCE_BOXES["en"][2][0] in article.paragraphs


# --- F6: a section's kicker over the headline -----------------------------------------------------------------------

KICKERS = {
    "en": ("""Menu
Search
The Big Read
Culture
Science
Environment
The Big Read
The village shop that refused to close
By Helen Ashworth
Sat 12 Dec 2026 06.00 GMT
When the last shop in Ashby Parva was about to shut, forty villagers each put in £500 to buy it. Five years on, it is still open, and a read of its accounts shows why it works.
The shop turned over £310,000 last year and paid two full-time staff, according to its annual report.
Volunteers work the tills at weekends, and the post office counter brings people in twice a week.
""", "The Big Read", "The village shop that refused to close"),
    "nl": ("""Menu
Zoeken
Verhalen uit de regio
Binnenland
Economie
Cultuur
Verhalen uit de regio
De dorpswinkel die weigerde te sluiten
Door Hanneke Vos
za 12 dec 2026, 06:00
Toen de laatste winkel in Holwierde dicht zou gaan, legden veertig dorpsbewoners elk 500 euro in om hem te kopen. Vijf jaar later is de winkel nog open, en het verhaal laat zien waarom het in de regio werkt.
De winkel had vorig jaar een omzet van 310.000 euro en betaalde twee vaste medewerkers, volgens het jaarverslag.
Vrijwilligers staan in het weekend achter de kassa en het postloket trekt twee keer per week klanten.
""", "Verhalen uit de regio", "De dorpswinkel die weigerde te sluiten"),
    "ar": ("""القائمة
بحث
حكايات من القرى
محليات
اقتصاد
ثقافة
حكايات من القرى
متجر القرية الذي رفض أن يغلق أبوابه
بقلم هالة منصور
السبت 12 ديسمبر 2026
عندما كان آخر متجر في القرية على وشك الإغلاق، دفع أربعون من أهالي القرى المجاورة خمسمئة دينار لكل منهم لشرائه. وبعد خمس سنوات ما زال المتجر مفتوحاً.
وبلغت مبيعات المتجر 310 آلاف دينار في العام الماضي، ودفع رواتب موظفَين بدوام كامل، بحسب تقريره السنوي.
ويعمل متطوعون على الصناديق في عطلة نهاية الأسبوع، ويجذب مكتب البريد الزبائن مرتين في الأسبوع.
""", "حكايات من القرى", "متجر القرية الذي رفض أن يغلق أبوابه"),
}


@pytest.mark.parametrize("lang", sorted(KICKERS))
def test_a_section_kicker_named_in_the_menu_is_not_the_title(lang):
    page, kicker, headline = KICKERS[lang]
    article = normalise_text(page)
    assert article.title == headline
    assert kicker not in article.paragraphs and headline not in article.paragraphs


def test_a_long_read_kicker_the_phrase_lists_name_is_not_the_title():
    """"The Long Read" over the headline with no menu line of its own: the navigation phrases name it."""
    page = KICKERS["en"][0].replace("The Big Read", "The Long Read", 2).replace("The Long Read\nCulture", "World\nCulture")
    article = normalise_text(page)
    assert article.title == "The village shop that refused to close"
    assert "The Long Read" not in article.paragraphs


def test_guard_a_short_headline_over_its_deck_stays_the_title():
    """Guard: a four-word headline, repeated from the page's <title> line at the top (no menu around it), over a
    longer deck; and a headline of three words under a menu with no kicker."""
    page = """Council Scraps Parking Charges
Home
News
Council Scraps Parking Charges
Drivers will park for free in all six town-centre car parks from January, after councillors voted to end charges
By Ruth Kemp
4 December 2026
Hartley council has voted to scrap parking charges in its six town-centre car parks from 1 January, in an attempt to bring shoppers back to the high street.
The charges raised £420,000 last year. Councillors said the loss would be covered by savings elsewhere in the budget.
"""
    article = normalise_text(page)
    assert article.title == "Council Scraps Parking Charges"
