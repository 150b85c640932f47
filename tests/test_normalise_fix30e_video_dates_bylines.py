"""Stop 30 (tester30b C2, C3, C7, C8): a video page's related-clips box, an inline related box over the story's own
subheading, Maghreb and Algerian month names, a wire dateline's date without a comma, and the Gulf papers'
"PLACE: NAME" credit line. Pages written for these tests (en, nl, ar)."""

from newsbrief.normalise import normalise_text
from newsbrief.normalise.dates import iso_published
from newsbrief.normalise.datelines import place_author_and_date, split_opening
from newsbrief.normalise.phrases import categories_of


def _page(*lines: str) -> str:
    return "\n".join(lines)


# --- C2: a video page: the related-clips box under the clip's text, then a "most watched" teaser box -------------

AR_VIDEO = _page(
    "الرئيسية", "أخبار", "اقتصاد", "رياضة", "فيديو", "منوعات",
    "شاهد.. أمواج عاتية تضرب ميناء الصيد في مدينة ساحلية",
    "نُشر في: 3 ديسمبر 2026 - 09:20 بتوقيت مكة المكرمة",
    "مدة الفيديو 02:10",
    "ضربت أمواج عالية ميناء الصيد صباح اليوم وأغرقت عدداً من القوارب الراسية، وسط رياح قوية تجاوزت سرعتها ستين "
    "كيلومتراً في الساعة.",
    "وطلبت هيئة الأرصاد من الصيادين عدم الإبحار حتى نهاية الأسبوع، فيما بدأت فرق البلدية إزالة الحطام من الرصيف.",
    "شارك", "فيسبوك", "واتساب",
    "فيديوهات ذات صلة",
    "شاهد.. عاصفة رملية تغطي سماء العاصمة",
    "تقرير: كيف تتعامل الموانئ مع تغير المناخ؟",
    "الأكثر مشاهدة",
    "شاهد.. قطة تنقذ صاحبها من حريق في مطبخ منزله وتصبح حديث مواقع التواصل.",
    "مراسلتنا تتجول في سوق الذهب القديم قبل موسم الأعياد وترصد حركة البيع.",
    "محللون: أسعار الحديد قد تنخفض إذا تراجع الطلب في الأسواق الآسيوية.",
    "من نحن", "اتصل بنا", "جميع الحقوق محفوظة © 2026",
)


def test_video_page_related_clips_box_is_no_title_ar():
    article = normalise_text(AR_VIDEO)
    assert article.title == "شاهد.. أمواج عاتية تضرب ميناء الصيد في مدينة ساحلية"
    assert article.published is not None and article.published.startswith("2026-12-03")
    assert "عاصفة رملية" not in article.text
    assert "قطة تنقذ" not in article.text
    assert "مدة الفيديو" not in article.text
    assert "ضربت أمواج عالية" in article.text and "هيئة الأرصاد" in article.text


NL_VIDEO = _page(
    "Home", "Nieuws", "Sport", "Video", "Weer",
    "Kijk: storm laat golven over de boulevard van Vlissingen slaan",
    "3 december 2026, 09:20",
    "Duur video 02:10",
    "Hoge golven sloegen vanochtend over de boulevard van Vlissingen. Een deel van de strandpaviljoens liep schade op.",
    "Rijkswaterstaat vraagt mensen om voorlopig weg te blijven van de zeewering, omdat de wind pas vanavond afneemt.",
    "Delen", "WhatsApp", "Facebook",
    "Gerelateerde video's",
    "Kijk: zandstorm kleurt de lucht boven Spanje oranje",
    "Zo bereiden havens zich voor op de stijgende zeespiegel",
    "Meest bekeken",
    "Kat redt baasje uit brandende keuken en wordt een hit op sociale media.",
    "Onze verslaggever loopt over de oude goudmarkt vlak voor de feestdagen.",
    "Analisten: staalprijs kan dalen als de vraag uit Azië terugloopt.",
    "Contact", "Privacy", "© 2026 Omroep Zeeland",
)


def test_video_page_related_clips_box_is_no_title_nl():
    article = normalise_text(NL_VIDEO)
    assert article.title.endswith("storm laat golven over de boulevard van Vlissingen slaan")
    assert "zandstorm" not in article.text
    assert "Kat redt" not in article.text
    assert "Duur video" not in article.text
    assert "Rijkswaterstaat" in article.text


def test_related_clips_headings_and_running_time_are_phrases():
    for heading in ("Related videos", "Gerelateerde video's", "فيديوهات ذات صلة", "مقاطع ذات صلة"):
        assert categories_of(heading, len(heading.split())) == ["end"], heading
    for line in ("Video duration 02:10", "Running time: 1:02:30", "Duur video 02:10", "Speelduur: 3:45",
                 "مدة الفيديو 02:10", "مدة المقطع: 3:45"):
        assert categories_of(line, len(line.split())), line


def test_sentences_about_a_duration_are_no_running_time():
    for line in ("The duration of the strike was 12:30 hours, the union said.", "De duur van de staking was lang.",
                 "وقالت الوزارة إن مدة الفيديو الأصلي كانت أطول بكثير."):
        assert not categories_of(line, len(line.split())), line


# --- C3: an inline related box, then the story's own subheading: the story goes on under it ------------------------

NL_LONG = _page(
    "Home", "Nieuws", "Economie", "Bedrijven", "Energie", "Opinie", "Zoek", "Inloggen",
    "Waterbedrijven trekken 2 miljard extra uit voor leidingen, rekening gaat omhoog",
    "Marieke Jansen",
    "14 oktober 2026",
    "De tien drinkwaterbedrijven investeren de komende vijf jaar 2 miljard euro extra in hun leidingnet. Klanten "
    "gaan dat merken op hun jaarrekening.",
    "Vitens, Evides en Brabant Water maakten de plannen dinsdag bekend, na een overleg met het ministerie van "
    "Infrastructuur en Waterstaat.",
    "Volgens de bedrijven lekt in sommige regio's inmiddels een op de twintig liter weg uit oude leidingen. \"Elk "
    "jaar dat we wachten, wordt het duurder\", zegt een woordvoerder.",
    "Waar gaat het geld naartoe?",
    "Het grootste deel gaat naar vervanging van leidingen. De verdeling volgens de plannen:",
    "Vervanging van gietijzeren leidingen: 900 miljoen euro",
    "Nieuwe pompstations: 600 miljoen euro",
    "Slimme watermeters: 300 miljoen euro",
    "Personeel en opleidingen: 200 miljoen euro",
    "De bedrijven willen daarnaast 1.500 extra monteurs aannemen. Dat is lastig, erkennen ze, omdat technici schaars "
    "zijn.",
    "Advertentie",
    "Gerelateerd",
    "Droogte zet drinkwatervoorraad in het oosten onder druk",
    "Analyse: waarom de waterrekening de komende jaren blijft stijgen",
    "Rekening omhoog",
    "Voor een gemiddeld huishouden stijgt de waterrekening volgens de bedrijven met ongeveer 25 euro per jaar. "
    "Voor bedrijven met een groot verbruik kan dat oplopen tot enkele duizenden euro's.",
    "Tabel: verwachte waterrekening per jaar",
    "Klant | 2026 | 2028 | 2030",
    "Huishouden | 210 euro | 225 euro | 235 euro",
    "Bron: Vewin, waterbedrijven",
    "Consumentenorganisaties noemen de stijging \"fors maar begrijpelijk\". Zij vragen de bedrijven om huishoudens "
    "met een laag inkomen tegemoet te komen.",
    "Het kabinet steunt de plannen. De minister wil in het voorjaar met een wetsvoorstel komen dat de vervanging "
    "van leidingen moet versnellen.",
    "Critici wijzen erop dat eerdere plannen ook vertraging opliepen. Volgens hen ontbreekt het vooral aan "
    "vergunningen en aan monteurs.",
    "Delen", "LinkedIn", "E-mail",
    "Meest gelezen",
    "Bank schrapt honderden banen bij klantenservice",
    "Deze vijf fondsen deden het dit jaar het best",
    "© 2026 Mediagroep",
)


def test_list_row_of_a_long_story_is_no_title_nl():
    article = normalise_text(NL_LONG)
    assert article.title == "Waterbedrijven trekken 2 miljard extra uit voor leidingen, rekening gaat omhoog"
    assert article.byline == "Marieke Jansen"
    assert "Nieuwe pompstations: 600 miljoen euro" in article.text
    assert "Droogte zet drinkwatervoorraad" not in article.text
    assert "Analyse: waarom de waterrekening" not in article.text
    assert "Rekening omhoog" in article.text
    assert "Voor een gemiddeld huishouden" in article.text


EN_LONG = _page(
    "Home", "News", "Business", "Markets", "Energy", "Opinion", "Search", "Sign in",
    "Water companies add $2bn to pipe renewal plan as bills set to rise",
    "By Karen Holt",
    "October 14, 2026",
    "The state's five largest water utilities will spend an extra $2 billion over five years on their pipe networks, "
    "and customers will see it on their bills.",
    "The companies announced the plans on Tuesday after a meeting with the state's environment department.",
    "In some districts one in twenty gallons now leaks from ageing mains, the utilities said. \"Every year we wait, "
    "it gets more expensive,\" a spokeswoman said.",
    "Where the money goes",
    "Most of the money goes to replacing old mains. The split according to the plans:",
    "Replacing cast-iron mains: $900 million",
    "New pumping stations: $600 million",
    "Smart water meters: $300 million",
    "Staff and training: $200 million",
    "The utilities also want to hire 1,500 more technicians. That will be hard, they admit, because skilled workers "
    "are scarce.",
    "Advertisement",
    "Related",
    "Drought puts eastern reservoirs under pressure",
    "Analysis: why water bills will keep rising for years",
    "Bills going up",
    "For an average household the water bill will rise by about $25 a year, the companies said. Large industrial "
    "users could pay several thousand dollars more.",
    "Consumer groups called the increase \"steep but understandable\" and asked the utilities to help low-income "
    "households.",
    "The governor backs the plans and wants a bill in the spring that would speed up permits for new mains.",
    "Critics point out that earlier plans also ran late. They say permits and technicians are the real bottleneck.",
    "Share", "LinkedIn", "Email",
    "Most read",
    "Bank cuts hundreds of call-centre jobs",
    "These five funds did best this year",
    "© 2026 Business Daily",
)


def test_list_row_of_a_long_story_is_no_title_en():
    article = normalise_text(EN_LONG)
    assert article.title == "Water companies add $2bn to pipe renewal plan as bills set to rise"
    assert "New pumping stations: $600 million" in article.text
    assert "Drought puts eastern reservoirs" not in article.text
    assert "Bills going up" in article.text
    assert "For an average household" in article.text


AR_LONG = _page(
    "الرئيسية", "أخبار", "اقتصاد", "طاقة", "رأي",
    "شركات المياه تضخ ملياري درهم إضافية لتجديد الشبكات وارتفاع متوقع في الفواتير",
    "14 أكتوبر 2026",
    "تعتزم شركات المياه الكبرى استثمار ملياري درهم إضافية خلال السنوات الخمس المقبلة في تجديد شبكات الأنابيب، "
    "وهو ما سينعكس على فواتير المشتركين.",
    "وأعلنت الشركات خططها يوم الثلاثاء بعد اجتماع مع وزارة البنية التحتية، مؤكدة أن التسربات في بعض المناطق "
    "بلغت مستويات مقلقة.",
    "وقال متحدث باسم الشركات إن كل عام من التأخير يرفع كلفة الإصلاح، داعياً إلى تسريع إجراءات التراخيص.",
    "أين تذهب الأموال؟",
    "يذهب الجزء الأكبر من المبلغ إلى استبدال الأنابيب القديمة، وجاء التوزيع وفق الخطط كما يلي:",
    "استبدال الأنابيب الحديدية: 900 مليون درهم",
    "محطات ضخ جديدة: 600 مليون درهم",
    "عدادات مياه ذكية: 300 مليون درهم",
    "وتسعى الشركات أيضاً إلى توظيف 1500 فني إضافي، وهو أمر صعب بسبب نقص الكفاءات في سوق العمل.",
    "إعلان",
    "ذات صلة",
    "الجفاف يضغط على مخزون المياه في المناطق الشرقية",
    "تحليل: لماذا ستواصل فواتير المياه الارتفاع؟",
    "ارتفاع الفواتير",
    "وبحسب الشركات، سترتفع فاتورة الأسرة المتوسطة بنحو 25 درهماً سنوياً، فيما قد تدفع المصانع الكبيرة آلاف "
    "الدراهم الإضافية.",
    "ووصفت جمعيات حماية المستهلك الزيادة بأنها كبيرة لكنها مفهومة، وطالبت بدعم الأسر ذات الدخل المحدود.",
    "وأكدت الحكومة دعمها للخطط، وقالت إنها ستقدم مشروع قانون لتسريع تراخيص الشبكات الجديدة في الربيع المقبل.",
    "شارك", "فيسبوك", "واتساب",
    "الأكثر قراءة",
    "بنك يلغي مئات الوظائف في مراكز الاتصال",
    "جميع الحقوق محفوظة © 2026",
)


def test_list_row_of_a_long_story_is_no_title_ar():
    article = normalise_text(AR_LONG)
    assert article.title == "شركات المياه تضخ ملياري درهم إضافية لتجديد الشبكات وارتفاع متوقع في الفواتير"
    assert "محطات ضخ جديدة: 600 مليون درهم" in article.text
    assert "الجفاف يضغط" not in article.text
    assert "ارتفاع الفواتير" in article.text
    assert "سترتفع فاتورة الأسرة" in article.text


def test_related_box_then_a_second_article_is_still_no_story():
    # guard: a "Related" box whose lines under it are another story's headline and paragraph is not read across
    page = _page(
        "Home", "News",
        "Council approves new cycle lanes on Harbour Road after long debate",
        "By Tom Reid",
        "The council voted on Tuesday to build protected cycle lanes along Harbour Road, ending a year of debate "
        "over parking and deliveries.",
        "Work is due to start in March and should take about six months, a spokesman said on Tuesday evening.",
        "Related",
        "Bus company fined over late services",
        "Parking charges to rise in town centre",
        "Share", "Facebook", "© 2026 Harbour Gazette",
    )
    article = normalise_text(page)
    assert article.title == "Council approves new cycle lanes on Harbour Road after long debate"
    assert "Bus company fined" not in article.text
    assert "Parking charges" not in article.text


# --- C7: Maghreb and Algerian month names; a wire dateline's date without a comma ---------------------------------

def test_maghreb_and_algerian_month_names_are_read():
    assert iso_published("الثلاثاء 17 نونبر 2026 - 10:15") == "2026-11-17T10:15"
    assert iso_published("5 دجنبر 2025") == "2025-12-05"
    assert iso_published("3 ماي 2026") == "2026-05-03"
    assert iso_published("9 يوليوز 2026") == "2026-07-09"
    assert iso_published("2 غشت 2026") == "2026-08-02"
    assert iso_published("21 شتنبر 2026") == "2026-09-21"
    assert iso_published("4 ينير 2027") == "2027-01-04"
    assert iso_published("12 جانفي 2026") == "2026-01-12"
    assert iso_published("7 أوت 2025") == "2025-08-07"
    assert iso_published("14 يونيه 2026") == "2026-06-14"
    # Levantine names were known already: guard
    assert iso_published("14 آذار 2026") == "2026-03-14"
    assert iso_published("3 كانون الثاني 2026") == "2026-01-03"


def test_a_word_starting_like_a_month_is_no_date():
    assert iso_published("مايكل 2026") is None
    assert iso_published("ماي فريند") is None


AR_MAGHREB = _page(
    "Accueil", "الرئيسية", "مجتمع",
    "انطلاق حملة لتلقيح الماشية في الجهات الجبلية قبل فصل الشتاء",
    "الرباط – سعاد الإدريسي",
    "الأربعاء 9 دجنبر 2026 - 11:40",
    "أطلقت وزارة الفلاحة حملة واسعة لتلقيح الماشية في المناطق الجبلية، تحسباً لموجة البرد المرتقبة خلال الأسابيع "
    "المقبلة.",
    "وأوضح بلاغ للوزارة أن الحملة تستهدف أكثر من مليون رأس من الأغنام والماعز في عدة أقاليم.",
    "جميع الحقوق محفوظة © 2026",
)


def test_maghreb_date_line_sets_published():
    article = normalise_text(AR_MAGHREB)
    assert article.published == "2026-12-09T11:40"
    assert "دجنبر" not in article.text


def test_wire_dateline_without_comma_gives_its_date():
    found = split_opening("الرياض 20 نوفمبر 2026 (رويترز) - وافق مجلس الوزراء على النظام")
    assert found is not None and found[0].published == "20 نوفمبر 2026" and found[0].byline == "رويترز"
    found = split_opening("DEN HAAG 20 november 2026 (ANP) - Het kabinet stemt in met het plan")
    assert found is not None and found[0].published == "20 november 2026" and found[0].byline == "ANP"
    found = split_opening("LONDON Nov 20, 2026 (Reuters) - The cabinet approved the plan")
    assert found is not None and found[0].published == "Nov 20, 2026" and found[0].byline == "Reuters"
    # guard: the comma form as before
    found = split_opening("القاهرة، 12 نوفمبر 2026 (رويترز) - ارتفعت الأسعار")
    assert found is not None and found[0].published == "12 نوفمبر 2026"


def test_maghreb_agencies_and_an_agency_crediting_itself():
    for opening, agency in (("الرباط 17 نونبر 2026 (و م ع) - أعلنت الوزارة", "و م ع"),
                            ("الجزائر (واج) - أعلنت الوزارة", "واج"),
                            ("الرياض 20 نوفمبر 2026 (الوكالة) - وافق المجلس", "الوكالة"),
                            ("DUBAI (Agencies) - The cabinet approved", "Agencies")):
        found = split_opening(opening)
        assert found is not None and found[0].byline == agency, opening


AR_AGENCY = _page(
    "الرئيسية", "الأخبار المحلية",
    "مجلس الوزراء يقر نظاماً جديداً لتنظيم النقل الذكي",
    "الرياض 2 ديسمبر 2026 (الوكالة) - أقر مجلس الوزراء خلال جلسته الأسبوعية اليوم نظاماً جديداً لتنظيم خدمات "
    "النقل الذكي يلزم الشركات بتسجيل سائقيها.",
    "وأوضح وزير النقل أن النظام يدخل حيز التنفيذ بعد تسعين يوماً من نشره في الجريدة الرسمية.",
    "عن الوكالة",
    "جميع الحقوق محفوظة © 2026",
)


def test_agency_dateline_date_sets_published_ar():
    article = normalise_text(AR_AGENCY)
    assert article.published == "2026-12-02"
    assert article.text.startswith("أقر مجلس الوزراء")


# --- C8: the Gulf papers' "PLACE: NAME" credit line ---------------------------------------------------------------

def test_place_colon_name_is_a_credit_line():
    assert place_author_and_date("دبي: ريم المنصوري")[0] == "ريم المنصوري"
    assert place_author_and_date("أبوظبي: خالد الكعبي")[0] == "خالد الكعبي"
    assert place_author_and_date("LONDON: By Jane Doe")[0] == "Jane Doe"
    assert place_author_and_date("UTRECHT: Door Eva de Vries")[0] == "Eva de Vries"
    # the dash form as before: guard
    assert place_author_and_date("دبي - ريم المنصوري")[0] == "ريم المنصوري"


def test_a_credit_label_before_a_colon_is_no_place():
    for line in ("تصوير: أحمد الخطيب", "المصدر: وزارة الصحة", "ترجمة: سامي العلي", "بقلم: سامي العلي",
                 "Foto: Door Jan de Vries", "Bron: Jan de Vries", "Photo: By Jane Doe", "عاجل: محمد الشامسي",
                 "Let op: Jan de Vries"):
        assert place_author_and_date(line) == (None, None), line


AR_GULF = _page(
    "الرئيسية", "محليات",
    "افتتاح أكبر محطة لتحلية المياه بالطاقة الشمسية في الدولة",
    "دبي: ريم المنصوري",
    "افتتحت هيئة الكهرباء والمياه أمس أكبر محطة لتحلية المياه تعمل بالطاقة الشمسية، بطاقة إنتاجية تصل إلى "
    "مئة وعشرين مليون غالون يومياً.",
    "وقال مدير المشروع إن المحطة تخفض استهلاك الغاز بنسبة كبيرة وتلبي احتياجات مئات آلاف السكان.",
    "جميع الحقوق محفوظة © 2026",
)


def test_gulf_place_colon_name_byline_ar():
    article = normalise_text(AR_GULF)
    assert article.byline == "ريم المنصوري"
    assert "دبي: ريم المنصوري" not in article.text


EN_COLON = _page(
    "Home", "World",
    "Desalination plant powered by solar panels opens on the coast",
    "DUBAI: By Jane Doe",
    "The country's largest solar-powered desalination plant opened on Monday, producing enough drinking water for "
    "several hundred thousand residents.",
    "The project manager said the plant would cut gas use sharply over the coming decade.",
    "© 2026 Gulf Daily",
)


def test_place_colon_by_name_byline_en():
    article = normalise_text(EN_COLON)
    assert article.byline == "Jane Doe"
    assert "DUBAI: By Jane Doe" not in article.text
