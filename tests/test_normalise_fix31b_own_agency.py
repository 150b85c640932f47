"""An agency's site crediting itself ("(الوكالة)", "المصدر: الوكالة": "the agency") is named as its masthead or footer
names the agency, or gives no byline (helper fix31b; stop 30 left the byline "الوكالة"). agencies.own_agency;
the masthead "وكالة الأنباء الأردنية (بترا)" is no dateline either. Hand-written pages; none is eval data.
"""

from __future__ import annotations

from newsbrief.normalise import normalise_text
from newsbrief.normalise.agencies import masthead_lines, own_agency, page_agency
from tests.page_text import page as _page


# --- 3. an agency crediting itself ---------------------------------------------------------------------------------

AGENCY_STORY = (
    "عمّان 2 ديسمبر 2026 (الوكالة) - أقر مجلس الوزراء خلال جلسته الأسبوعية اليوم نظاماً جديداً لتنظيم خدمات النقل "
    "الذكي يلزم الشركات بتسجيل سائقيها.",
    "وأوضح وزير النقل أن النظام يدخل حيز التنفيذ بعد تسعين يوماً من نشره في الجريدة الرسمية.",
    "وأضاف أن الوزارة ستراقب التزام الشركات بالنظام وتفرض غرامات على المخالفين.",
)
AGENCY_TITLE = "مجلس الوزراء يقر نظاماً جديداً لتنظيم النقل الذكي"


def test_an_agency_crediting_itself_is_named_by_its_masthead():
    """Fails on main: the byline was "الوكالة"."""
    art = normalise_text(_page("وكالة الأنباء الأردنية (بترا)", "الرئيسية", "محليات", AGENCY_TITLE, *AGENCY_STORY,
                               "جميع الحقوق محفوظة © 2026"))
    assert art.byline == "بترا"
    assert art.published == "2026-12-02"
    assert art.text.startswith("أقر مجلس الوزراء")


def test_an_agency_crediting_itself_is_named_by_its_footer():
    """Fails on main: the byline was "الوكالة". The long name, no short one in brackets."""
    art = normalise_text(_page("الرئيسية", "محليات", AGENCY_TITLE, *AGENCY_STORY, "المصدر: الوكالة",
                               "جميع الحقوق محفوظة لوكالة الأنباء العمانية © 2026"))
    assert art.byline == "وكالة الأنباء العمانية"


def test_an_agency_crediting_itself_unnamed_gives_no_byline():
    """Fails on main: "الوكالة" says no more than that the story is the site's own."""
    art = normalise_text(_page("الرئيسية", "محليات", AGENCY_TITLE, *AGENCY_STORY, "جميع الحقوق محفوظة © 2026"))
    assert art.byline is None
    assert art.published == "2026-12-02"


def test_a_named_wire_is_unchanged_beside_an_agency_masthead():
    """Guard: a wire the page names ("(رويترز)") is the byline whatever agency the masthead names."""
    story = (AGENCY_STORY[0].replace("(الوكالة)", "(رويترز)"),) + AGENCY_STORY[1:]
    art = normalise_text(_page("وكالة الأنباء الأردنية (بترا)", "الرئيسية", AGENCY_TITLE, *story))
    assert art.byline == "رويترز"


def test_page_agency_reads_a_short_line_only():
    assert page_agency(["الرئيسية", "وكالة الأنباء الأردنية (بترا)"]) == "بترا"
    assert page_agency(["وكالة المغرب العربي للأنباء"]) == "وكالة المغرب العربي للأنباء"
    # a story's sentence that names another agency is no statement of the page's own
    assert page_agency(["ونقلت وكالة الأنباء الفرنسية عن مصادر في الوزارة أن المفاوضات ستستأنف الأسبوع المقبل بعد "
                        "توقف دام شهرين."]) is None


def test_own_agency_keeps_every_other_byline():
    assert own_agency("سامي يوسف, الوكالة", ["وكالة أنباء الإمارات"]) == "سامي يوسف, وكالة أنباء الإمارات"
    assert own_agency("سامي يوسف, الوكالة", ["الرئيسية"]) == "سامي يوسف"
    assert own_agency("رويترز", ["وكالة الأنباء الأردنية (بترا)"]) == "رويترز"
    assert own_agency(None, ["وكالة الأنباء الأردنية (بترا)"]) is None


def test_a_headline_naming_another_agency_is_not_the_pages_own():
    """review31b #5: int31 took the headline's "وكالة أنباء الإمارات" (the story's subject) as the page's agency and
    made it the byline and dateline. The headline and the story report on an agency; only a masthead or footer states
    the page's own, and this page has none: no byline."""
    title = "رئيس الوزراء يستقبل وفد وكالة أنباء الإمارات"
    art = normalise_text(_page("الرئيسية", "محليات", title, *AGENCY_STORY))
    assert art.title == title
    assert art.byline is None
    assert art.dateline != "وكالة أنباء الإمارات"


def test_the_masthead_still_names_the_agency_under_such_a_headline():
    """The same headline under the page's own masthead: the masthead's agency, not the headline's."""
    title = "رئيس الوزراء يستقبل وفد وكالة أنباء الإمارات"
    art = normalise_text(_page("وكالة الأنباء الأردنية (بترا)", "الرئيسية", title, *AGENCY_STORY))
    assert art.byline == "بترا"


def test_masthead_lines_skip_the_headline_and_the_story():
    lines = [("وكالة الأنباء الأردنية (بترا)", "removed"), ("رئيس الوزراء يستقبل وفد وكالة أنباء الإمارات", "title"),
             ("وكالة أنباء الإمارات", "content"), ("جميع الحقوق محفوظة لوكالة الأنباء العمانية", "content")]
    assert masthead_lines(lines) == ["وكالة الأنباء الأردنية (بترا)", "جميع الحقوق محفوظة لوكالة الأنباء العمانية"]
