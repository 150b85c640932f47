"""A numeric date with a two-digit year ("03-12-26, 08:14", as Dutch regional papers print it) is read once its order
is settled (the page's language or its other dates), in POSIX's century rule; with nothing to settle the order it
stays unread with a warning, as before."""

import datetime

from newsbrief.normalise import normalise_text
from newsbrief.normalise.dates import full_year, read_published

#: the day the pages are read: a month after their date, so no test leans on the suite's pinned day
READ_ON = datetime.date(2027, 1, 3)

NL_REGIONAL = """\
Regio
Zwolle
Kampen
Meppel
Sport
Zwolle
Weer
Brand in schuur aan de Kampenweg, paarden op tijd gered
Redactie Stad
03-12-26, 08:14
Laatste update: 03-12-26, 14:32
Bij een grote brand in een schuur aan de Kampenweg in Zwolle zijn dinsdagnacht zes paarden op tijd uit hun stal gehaald.
De brandweer rukte met vier wagens uit en had het vuur na ruim twee uur onder controle. Niemand raakte gewond.
De eigenaar van de manege zegt dat buren hem wakker belden toen ze vlammen zagen. "Zonder hen was het slecht afgelopen."
De oorzaak van de brand is nog niet bekend. De politie doet onderzoek en vraagt getuigen zich te melden.
Lees ook
Gemeente wil meer controle op stallen na reeks branden
Deel dit artikel
Facebook
WhatsApp
© 2026 DPG Media B.V. - alle rechten voorbehouden
"""

AR_PAGE = """\
الرئيسية
محليات
اقتصاد
رياضة
وزارة الصحة تطلق حملة تطعيم موسعة في المدارس
03-12-26
أطلقت وزارة الصحة صباح اليوم حملة تطعيم موسعة تشمل أكثر من ألفي مدرسة في مختلف المحافظات، وتستمر ثلاثة أسابيع.
وقال متحدث باسم الوزارة إن الحملة تستهدف طلاب الصفوف الأولى، وإن الفرق الطبية ستزور المدارس وفق جدول معلن مسبقاً.
ودعت الوزارة أولياء الأمور إلى التأكد من بطاقات التطعيم الخاصة بأبنائهم وتسليمها لإدارات المدارس قبل موعد الزيارة.
اقرأ أيضاً
ارتفاع أسعار الأدوية في الصيدليات
جميع الحقوق محفوظة 2026
"""


def test_full_year_follows_the_posix_century_rule():
    assert full_year("26") == 2026 and full_year("68") == 2068 and full_year("98") == 1998
    assert full_year("2012") == 2012 and full_year("026") is None


def test_a_dutch_regional_papers_short_date_is_read_with_its_time():
    art = normalise_text(NL_REGIONAL, today=READ_ON)
    assert art.published == "2026-12-03T08:14"
    assert not any("does not read as one calendar date" in w for w in art.warnings)
    assert art.title.startswith("Brand in schuur")


def test_an_arabic_pages_short_date_is_read_day_first():
    art = normalise_text(AR_PAGE, today=READ_ON)
    assert art.published == "2026-12-03"


def test_a_short_date_whose_order_nothing_settles_stays_unread_with_a_warning():
    published, warning = read_published("3/12/26")  # an English page that does not say its order
    assert published is None and "3/12/26" in warning
    assert read_published("25/11/26")[0] == "2026-11-25"  # one reading only: the order settles itself
    assert read_published("3/12/26", False)[0] == "2026-03-12"


def test_dots_do_not_settle_a_short_dates_order():
    # an American wedding blog dots its dates month first ("11.09.12", 9 November 2012): with a two-digit year the
    # dots are no day-first evidence; a four-digit dotted date still is
    assert read_published("11.09.12")[0] is None
    assert read_published("11.09.12", False)[0] == "2012-11-09"
    assert read_published("11.09.2012")[0] == "2012-09-11"
    assert read_published("10.26.12")[0] == "2012-10-26"


def test_a_short_year_that_reads_ahead_of_the_reading_day_stays_unread():
    # review 32, finding 9: a phone number's "06-12-34" or "01-01-50" is no publication date, and is said as an unread
    # date, not as a closing or event date
    published, warning = read_published("06-12-34", True, READ_ON)
    assert published is None and "does not read as one calendar date" in warning
    assert read_published("01-01-50", True, READ_ON)[0] is None
    assert read_published("03-12-26", True, READ_ON)[0] == "2026-12-03"
    assert read_published("06-12-34", True)[0] == "2034-12-06"  # no reading day given: the century rule alone
