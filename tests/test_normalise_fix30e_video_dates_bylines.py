"""Stop 30 (tester30b C2, C7, C8): a video page's related-clips box and its running-time line, Maghreb and
Algerian month names, a wire dateline's date without a comma, and the Gulf papers' "PLACE: NAME" credit line. Pages written for these tests (en, nl, ar)."""

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


# --- C3 (not fixed here: the box rule tried measured worse on dragnet, see the branch's report): guard only ------

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
