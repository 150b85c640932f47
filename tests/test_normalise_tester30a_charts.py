"""tester30a's findings #4 and #16 (stop 30): a chart's data lines and a data block's source line stay with the story.

An infographic's "Oct 2025: 9,400" lines were removed as date lines (or, as "2025: 8,100", as a widget's run) while
its "Chart:" heading stayed, and its "Source: …" / "المصدر: …" line went while a Dutch "Bron: CBS" stayed
(newsbrief/normalise/charts.py). Every page here is written for the tests; each case fails on main unless it is
marked as a guard.
"""

from __future__ import annotations

import time

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.charts import chart_lines, is_source_line
from newsbrief.normalise.lines import Line

CHART_EN = """Rail delays in the north fall for a third month
By Megan Hollis
4 December 2026
The share of trains arriving more than 15 minutes late on northern routes has fallen for a third month in a row, \
according to figures published by the regulator on Wednesday.
Operators said new timetables and extra drivers had made the difference after a difficult summer.
Chart: trains more than 15 minutes late
Sep 2026: 6.8%
Oct 2026: 5.9%
Nov 2026: 5.1%
Source: Office of Rail and Road
Passenger groups welcomed the figures but said cancellations were still too high on Sundays, when many services \
rely on drivers working overtime.
The regulator will publish its annual report in March.
"""

CHART_NL = """Aantal faillissementen stijgt opnieuw
Door Sanne Mulder
4 december 2026
Het aantal faillissementen is in november opnieuw gestegen, meldt het Centraal Bureau voor de Statistiek donderdag. \
Vooral in de horeca en de bouw gingen meer bedrijven failliet dan een jaar eerder.
Volgens economen raken veel ondernemers in de problemen nu de coronaleningen moeten worden terugbetaald.
Grafiek: faillissementen per maand
sep 2026: 312
okt 2026: 355
nov 2026: 389
Bron: CBS
De brancheorganisatie voor de horeca vraagt het kabinet om de aflossingstermijn van de leningen met een jaar te \
verlengen.
Het kabinet neemt volgend jaar een besluit.
"""

CHART_AR = """ارتفاع صادرات التمور خلال ثلاثة أعوام
كتب: خالد المنصوري
الخميس 3 ديسمبر 2026
أعلنت وزارة الزراعة أن صادرات التمور ارتفعت للعام الثالث على التوالي، مدفوعة بالطلب المتزايد في الأسواق الآسيوية \
والأوروبية خلال موسم الحصاد الأخير.
وقال المتحدث باسم الوزارة إن المزارعين استفادوا من برامج الدعم الجديدة ومن تحسن سلاسل التبريد والنقل.
رسم بياني: صادرات التمور بالألف طن
2024: 210
2025: 236
2026: 251
المصدر: وزارة الزراعة
ويتوقع خبراء أن تستمر الصادرات في النمو خلال العام المقبل إذا استقرت أسعار الشحن البحري في المنطقة.
وتخطط الوزارة لافتتاح مركزين جديدين للتصدير في الربيع المقبل.
"""


@pytest.mark.parametrize("page, lines", [
    (CHART_EN, ["Sep 2026: 6.8%", "Oct 2026: 5.9%", "Nov 2026: 5.1%", "Source: Office of Rail and Road"]),
    (CHART_NL, ["sep 2026: 312", "okt 2026: 355", "nov 2026: 389", "Bron: CBS"]),
    (CHART_AR, ["2024: 210", "2025: 236", "2026: 251", "المصدر: وزارة الزراعة"]),
])
@pytest.mark.parametrize("model", [None, False])
def test_a_charts_data_and_source_are_kept(page, lines, model):
    article = normalise_text(page, model=model)
    body = article.text.split("\n")
    for line in lines:
        assert line in body, (line, article.text)
    # the chart heading is kept with its data, the story's date is still the page's
    assert article.published is not None and article.published.startswith("2026-12-0")


TABLE_SOURCE_AR = """مواعيد الصلاة في الرياض خلال الأسبوع
كتب: فهد العتيبي
الأحد 6 ديسمبر 2026
نشرت الهيئة العامة للأوقاف مواعيد الصلاة في مدينة الرياض للأسبوع الحالي، ودعت المصلين إلى متابعة التحديثات اليومية \
عبر تطبيقها الرسمي.
اليوم | الفجر | الظهر | المغرب
الأحد | 5:12 | 11:48 | 5:05
الاثنين | 5:13 | 11:48 | 5:05
الثلاثاء | 5:13 | 11:49 | 5:06
المصدر: الهيئة العامة للأوقاف
وتتغير المواعيد بمعدل دقيقة كل يومين تقريبا حتى نهاية الشهر، بحسب الهيئة التي تنشر جدولا جديدا كل أسبوع.
"""


def test_a_tables_source_line_is_kept_ar():
    article = normalise_text(TABLE_SOURCE_AR)
    assert "المصدر: الهيئة العامة للأوقاف" in article.text.split("\n"), article.text


# guards: what must not change


GUARD_SIDEBAR = """Council approves new cycle lanes
By Tom Ryder
3 December 2026
The council has approved plans for new cycle lanes on three of the city's busiest roads, after a year of \
consultation with residents and businesses.
Work will begin in the spring and is expected to take eighteen months to complete.
Comments: 14
Shares: 1,203
Related topics
"""


def test_a_sidebars_counts_are_no_chart():
    """guard: "Comments: 14" / "Shares: 1,203" have no time labels and no chart heading."""
    article = normalise_text(GUARD_SIDEBAR, model=False)
    assert "Comments: 14" not in article.text and "Shares: 1,203" not in article.text


def test_a_stories_closing_source_credit_is_not_data_ar():
    """guard: "المصدر: وكالات" under the story's last paragraph (no table, no chart above) is still removed."""
    page = CHART_AR.replace("رسم بياني: صادرات التمور بالألف طن\n2024: 210\n2025: 236\n2026: 251\nالمصدر: وزارة الزراعة\n",
                            "") + "المصدر: وكالات\n"
    article = normalise_text(page)
    assert "المصدر: وكالات" not in article.text


def test_a_stamp_pair_is_no_series():
    """guard: times ("2026-12-05 14:32") are no "LABEL: NUMBER" lines (the colon is not followed by a space)."""
    lines = [Line(t) for t in ["2026-12-05 14:32", "2026-12-05 14:40"]]
    assert chart_lines(lines, 0, 1, set()) == set()


@pytest.mark.parametrize("text, expected", [
    ("Source: NHS England", True), ("Bron: CBS", True), ("المصدر: الفاو", True), ("Sources: ONS, Eurostat", True),
    ("Source of the trouble was a faulty valve that had not been replaced in ten years, the report found", False),
    ("Sourcing: local farms", False),
])
def test_source_lines(text, expected):
    assert is_source_line(text) is expected


def test_chart_lines_are_linear():
    def cpu(n: int) -> float:
        lines = [Line("a" * n + ": 1" + " 2" * n), Line("Source:" + " x" * n)] * 50
        start = time.process_time()
        chart_lines(lines, 0, len(lines) - 1, set())
        return time.process_time() - start

    small, large = cpu(2_000), cpu(8_000)
    assert large <= 8 * max(small, 2e-3)
