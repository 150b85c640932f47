"""Stop 35 (probeA, probeB): bylines and dates on release wires, Gulf agency copy and Maghreb/Mauritanian pages.
A heading's noun is no name ("Financial Outlook" under a release's headline), "19-Nov-2026" and a date line with a
"| Source: …" tail are dates, the Mauritanian and Egyptian month spellings read, the Gulf and Palestinian agencies'
datelines ("/قنا/", "/ وام /", "وفا-") give byline and date, "Name in Place" under the headline is the byline, and a
site, author and date on one line are split. Pages written for these tests (en, nl, ar)."""

from newsbrief.normalise import normalise_text
from newsbrief.normalise.dates import iso_published
from newsbrief.normalise.features import line_features
from newsbrief.normalise.lines import Line
from newsbrief.normalise.metadata import date_in, is_name_like


def _page(*lines: str) -> str:
    return "\n".join(lines)


def _name_like(text: str) -> bool:
    return is_name_like(text, line_features([Line(text)])[0])


# --- a heading's noun is no person's name --------------------------------------------------------------------------

def test_heading_nouns_are_not_names():
    for heading in ("Financial Outlook", "Conference Call Information", "Third Quarter Highlights",
                    "Peer-Reviewed Publication", "Investor Relations", "Forward-Looking Statements",
                    "Executive Summary", "Belangrijkste Resultaten", "Financiële Vooruitzichten"):
        assert not _name_like(heading), heading
    for name in ("Laura Kitteridge", "Eva de Vries", "Ji Siqi", "Mary Ellen Hart"):
        assert _name_like(name), name


EN_RELEASE = _page(
    "Wirefeed", "Newsroom", "Sign In",
    "Brightwater Foods Reports Record Second Quarter Sales",
    "August 6, 2026 08:00 ET | Source: Brightwater Foods, Inc.",
    "Share",
    "DENVER, Aug. 6, 2026 (WIREFEED) -- Brightwater Foods, Inc. today reported net sales of $212 million for the "
    "second quarter, up 14% from a year earlier, as its frozen meals line reached 900 new stores.",
    "Second Quarter Highlights",
    "Net sales of $212 million, up 14% year over year",
    "Gross margin of 33.1%, compared with 30.4% a year earlier",
    "\"Shoppers kept choosing our meals even as prices rose across the aisle,\" said Hannah Ortega, Chief Executive "
    "Officer of Brightwater Foods. \"We expect the new plant in Pueblo to lift capacity by a fifth next year.\"",
    "Financial Outlook",
    "For the full year, Brightwater now expects net sales of $830 million to $850 million, up from its earlier "
    "range of $800 million to $825 million.",
    "About Brightwater Foods",
    "Brightwater Foods, Inc. makes frozen and chilled meals sold in 6,000 stores across North America.",
)


def test_release_subheading_is_no_byline_and_source_tail_date_reads_en():
    article = normalise_text(EN_RELEASE, language="en")
    assert article.title == "Brightwater Foods Reports Record Second Quarter Sales"
    assert article.byline is None
    assert article.published is not None and article.published.startswith("2026-08-06")
    assert "Source: Brightwater" not in article.text


EN_SCIENCE_RELEASE = _page(
    "ScienceWire", "Home", "News Releases", "Log in",
    "NEWS RELEASE 03-MAR-2026",
    "Bumblebees learn to open puzzle boxes by watching trained nestmates, study finds",
    "Peer-Reviewed Publication",
    "University of Lindholm",
    "Share", "Print",
    "Bumblebees that watched a trained nestmate open a two-step puzzle box solved it three times as often as bees "
    "that had no demonstrator, researchers report.",
    "The team trained one bee per colony to push a red tab and then rotate a lid, a sequence no untrained bee "
    "discovered alone during the twelve-day trial.",
    "\"Social learning in insects goes further than we assumed,\" said lead author Dr Tomas Berglund.",
)


def test_release_type_label_is_no_byline_and_dashed_date_reads_en():
    article = normalise_text(EN_SCIENCE_RELEASE, language="en")
    assert article.byline is None
    assert article.published == "2026-03-03"


def test_day_month_name_year_with_dashes_reads():
    for line, day in (("19-Nov-2026", "2026-11-19"), ("NEWS RELEASE 03-MAR-2026", "2026-03-03"),
                      ("12-maart-2026", "2026-03-12"), ("4/Jul/2025", "2025-07-04")):
        found = date_in(line)
        assert found is not None and iso_published(found) == day, line
    # a range of years or a product code is no date
    assert date_in("Model X-Nov-20") is None


def test_source_tail_after_date_is_not_part_of_it():
    assert iso_published(date_in("November 12, 2026 16:05 ET | Source: Acme Robotics, Inc.")).startswith("2026-11-12")
    assert iso_published(date_in("12 maart 2026 | Bron: ANP")) == "2026-03-12"
    assert date_in("Source: Acme Robotics, Inc.") is None


# --- Mauritanian and Egyptian month spellings ----------------------------------------------------------------------

def test_mauritanian_and_egyptian_months_read_ar():
    for line, day in (("الأحد 06 دجمبر 2026 - 18:40", "2026-12-06"), ("12 أغشت 2026", "2026-08-12"),
                      ("3 يوليه 2026", "2026-07-03"), ("3 يونيه 2026", "2026-06-03"), ("9 شتنبر 2026", "2026-09-09"),
                      ("9 نونبر 2026", "2026-11-09"), ("1 غشت 2026", "2026-08-01"), ("7 ماي 2026", "2026-05-07")):
        found = date_in(line)
        assert found is not None and iso_published(found).startswith(day), line


AR_MAURITANIA = _page(
    "الرئيسية", "أخبار وطنية", "دولية", "رياضة",
    "افتتاح مستشفى جديد للأمراض الصدرية في نواكشوط",
    "الأحد 06 دجمبر 2026 - 18:40",
    "افتتح وزير الصحة اليوم الأحد مستشفى جديداً للأمراض الصدرية في العاصمة نواكشوط بسعة مئة وعشرين سريراً، في إطار "
    "خطة لتوسيع الخدمات الصحية في الولايات الداخلية.",
    "وقال الوزير إن المستشفى سيستقبل المرضى ابتداء من الأسبوع المقبل، وإن فرقاً طبية ستتنقل بين المدن الكبرى.",
)


def test_mauritanian_date_line_gives_published_and_leaves_the_text_ar():
    article = normalise_text(AR_MAURITANIA)
    assert article.published is not None and article.published.startswith("2026-12-06")
    assert "دجمبر" not in article.text


# --- Gulf and Palestinian agencies' datelines ----------------------------------------------------------------------

def _agency_page(lead: str) -> str:
    return _page(
        "الرئيسية", "محليات", "اقتصاد", "رياضة",
        "افتتاح معرض دولي للكتاب بمشاركة أكثر من خمسمئة دار نشر",
        lead + " افتتح وزير الثقافة اليوم معرض الكتاب الدولي في دورته الخامسة والثلاثين بمشاركة أكثر من خمسمئة دار نشر "
        "من ثلاثين دولة.",
        "ويستمر المعرض عشرة أيام، ويضم برنامجه الثقافي ندوات وأمسيات شعرية وورش عمل للأطفال في قاعات المعرض كافة.",
        "وقال مدير المعرض إن عدد الزوار في الدورة الماضية تجاوز ستمئة ألف زائر من داخل البلاد وخارجها.",
    )


def test_gulf_agency_datelines_give_byline_and_date_ar():
    for lead, agency, day in (("الدوحة في 06 ديسمبر 2026 /قنا/", "قنا", "2026-12-06"),
                              ("أبوظبي في 6 ديسمبر 2026 / وام /", "وام", "2026-12-06"),
                              ("المنامة في 5 ديسمبر 2026 / بنا /", "بنا", "2026-12-05"),
                              ("طوباس 6-12-2026 وفا-", "وفا", "2026-12-06"),
                              ("الرياض 26 جمادى الآخرة 1448 هـ الموافق 07 ديسمبر 2026 م واس", "واس", "2026-12-07")):
        article = normalise_text(_agency_page(lead))
        assert article.byline == agency, lead
        assert article.published is not None and article.published.startswith(day), lead
        assert article.text.startswith("افتتح وزير الثقافة"), lead


def test_hijri_only_agency_line_gives_byline_but_no_date_ar():
    page = _page(
        "الرئيسية", "محلي", "دولي",
        "صدور قرار بتنظيم مواعيد العمل في رمضان",
        "المنامة في 26 جمادى الآخرة 1448 هـ / بنا /",
        "أصدر وزير العمل قراراً بتنظيم مواعيد العمل في القطاع الخاص خلال شهر رمضان المبارك، تخفض بموجبه ساعات العمل "
        "اليومية إلى ست ساعات.",
        "ويعمل بالقرار من تاريخ نشره في الجريدة الرسمية، ويلغى كل حكم يخالفه.",
    )
    article = normalise_text(page)
    assert article.byline == "بنا"
    assert article.published is None  # a Hijri date alone is not converted (dates.hijri_date_line says why)
    assert "بنا" not in article.text


def test_arabic_sentence_with_a_date_is_no_agency_dateline_ar():
    page = _agency_page("")
    page = page.replace(" افتتح وزير", "قال الوزير في 6 ديسمبر إن الوزارة افتتحت", 1)
    article = normalise_text(page)
    assert article.byline is None
    assert "قال الوزير في 6 ديسمبر" in article.text


# --- "Name in Place" under the headline ----------------------------------------------------------------------------

EN_NAME_IN_PLACE = _page(
    "The Harbour Post", "Sign in", "News", "Business", "Economy",
    "Port volumes fall for a third month as freight rates slide",
    "Container throughput down 6% from a year earlier, the port authority says",
    "{byline}",
    "Published: 8:15am, 4 Dec 2026",
    "Container throughput at the city's port fell 6 per cent in November from a year earlier, the third monthly drop "
    "in a row, as lower freight rates pushed shipping lines to consolidate calls.",
    "The port authority said transshipment cargo fell most sharply, while local exports held steady.",
)


def test_name_in_place_under_the_headline_is_the_byline_en():
    for line, first in (("Mei Lin Tan in Singapore", "Mei Lin Tan"),
                        ("Daniel Okafor and Mei Lin Tan in Hong Kong", "Daniel Okafor")):
        article = normalise_text(EN_NAME_IN_PLACE.format(byline=line), language="en")
        assert article.byline is not None and article.byline.startswith(first), line
        assert line not in article.text


def test_heading_in_a_place_is_no_byline_en():
    article = normalise_text(EN_NAME_IN_PLACE.format(byline="Living in London"), language="en")
    assert article.byline is None


# --- a site, the author and the date on one line -------------------------------------------------------------------

AR_SITE_AUTHOR_DATE = _page(
    "الرئيسية", "سياسة", "مجتمع", "رياضة",
    "الحكومة تعلن برنامجاً لدعم المقاولات الصغيرة في الأقاليم الجنوبية",
    "هسبريس - يوسف بنعلي الأحد 6 دجنبر 2026 - 11:05",
    "أعلنت الحكومة برنامجاً جديداً لدعم المقاولات الصغيرة والمتوسطة في الأقاليم الجنوبية بغلاف مالي يبلغ ثلاثة ملايير "
    "درهم على مدى خمس سنوات.",
    "ويشمل البرنامج قروضاً بدون فوائد ومواكبة تقنية للمقاولين الشباب، بحسب بلاغ لوزارة الاقتصاد والمالية.",
)


def test_site_author_and_date_on_one_line_ar():
    article = normalise_text(AR_SITE_AUTHOR_DATE)
    assert article.byline == "يوسف بنعلي"
    assert article.published is not None and article.published.startswith("2026-12-06")
    assert "هسبريس" not in article.text and "دجنبر" not in article.text


NL_PLACE_AUTHOR_DATE = _page(
    "Home", "Nieuws", "Regio", "Sport",
    "Nieuwe fietsbrug over de Vecht gaat in maart open",
    "UTRECHT - Door Sanne Visser maandag 7 december 2026",
    "De nieuwe fietsbrug over de Vecht bij Maarssen gaat in maart open, drie maanden later dan gepland. De gemeente "
    "wijt de vertraging aan een tekort aan staal.",
    "De brug verbindt de wijk Zuilen met het recreatiegebied aan de overkant van de rivier.",
)


def test_place_author_and_date_without_separator_nl():
    article = normalise_text(NL_PLACE_AUTHOR_DATE)
    assert article.byline == "Sanne Visser"
    assert article.published == "2026-12-07"


def test_update_line_ending_on_a_stop_gives_way_to_the_post_date_en():
    page = _page(
        "Riverside Notes", "Home", "Archive", "About",
        "Updated: 3/9/2026; 4:12:08 PM.",
        "Winter flooding closes the towpath again",
        "Monday, March 2, 2026",
        "The towpath between the lock and the old mill was closed again this morning after the river rose over the "
        "lower bank for the second time this winter.",
        "The council says repairs to the drainage channel will not start before the spring, when the water drops.",
    )
    article = normalise_text(page, language="en")
    assert article.published is not None and article.published.startswith("2026-03-02")
