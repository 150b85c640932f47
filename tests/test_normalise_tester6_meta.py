"""Pages a sixth new user tried (tester 6, findings 3, 6, 9, 11, 13): press-release openings, HTML dates and titles,
"our reporter" bylines, an editorial kicker. Every page here is written for the tests (none is eval data, none is the
tester's page); each test fails on the code before its fix unless it says it is a guard.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.html import normalise_html

# --- finding 3: a press release's "Place, date –" opening, and its "About <organisation>" block ---------------------

PRESS_EN = (
    "News | Press office | Contact\n"
    "PRESS RELEASE\n"
    "Harbourside council opens three new winter shelters for rough sleepers\n"
    "Harbourside, 4 December 2026 – Harbourside City Council will open three winter shelters on Monday, adding 90 beds "
    "for people sleeping rough during the coldest months.\n"
    "The shelters, in the former library, a church hall and a sports centre, will stay open until the end of March.\n"
    "\"Nobody in this city should have to spend a freezing night on the street,\" said councillor Priya Desai.\n"
    "Outreach teams will visit known sleeping spots every evening to offer a bed and a hot meal.\n"
    "About Harbourside City Council\n"
    "Harbourside City Council serves 210,000 residents and runs housing, waste and leisure services.\n"
)

PRESS_NL = (
    "Nieuws | Persberichten | Contact\n"
    "PERSBERICHT\n"
    "Gemeente Zeewolde plant zeshonderd extra fietsenrekken bij het station\n"
    "Zeewolde, 4 december 2026 – De gemeente Zeewolde plaatst komend voorjaar zeshonderd extra fietsenrekken bij het "
    "station, omdat reizigers hun fiets nu vaak op de stoep moeten zetten.\n"
    "De nieuwe rekken komen op het plein aan de noordkant, waar nu nog een tijdelijk parkeerterrein ligt.\n"
    "\"Wie met de fiets naar de trein komt, moet die veilig kwijt kunnen,\" zegt wethouder Koen Smits.\n"
    "De werkzaamheden beginnen in maart en duren ongeveer zes weken. De kosten zijn 380.000 euro.\n"
    "Over de gemeente Zeewolde\n"
    "Zeewolde telt ruim 23.000 inwoners en ligt in de provincie Flevoland.\n"
)

PRESS_AR = (
    "الرئيسية | المركز الإعلامي | اتصل بنا\n"
    "بيان صحفي\n"
    "بلدية العين تفتتح ثلاث حدائق عامة جديدة في الأحياء السكنية\n"
    "العين، 4 ديسمبر 2026 – افتتحت بلدية العين اليوم ثلاث حدائق عامة جديدة في أحياء سكنية شرق المدينة، بمساحة إجمالية "
    "تبلغ أربعين ألف متر مربع.\n"
    "وتضم الحدائق مسارات للمشي وملاعب للأطفال ومناطق مظللة للجلوس، وستفتح أبوابها يوميا حتى منتصف الليل.\n"
    "وقال مدير إدارة الحدائق إن البلدية تخطط لافتتاح خمس حدائق أخرى خلال العام المقبل.\n"
    "ودعت البلدية السكان إلى تقديم ملاحظاتهم عبر تطبيقها الإلكتروني.\n"
    "عن بلدية العين\n"
    "بلدية العين جهة حكومية تقدم الخدمات البلدية لسكان المدينة وضواحيها.\n"
)


@pytest.mark.parametrize("page, place, published, opens", [
    (PRESS_EN, "Harbourside", "2026-12-04", "Harbourside City Council will open"),
    (PRESS_NL, "Zeewolde", "2026-12-04", "De gemeente Zeewolde plaatst"),
    (PRESS_AR, "العين", "2026-12-04", "افتتحت بلدية العين"),
])
def test_a_press_release_opening_goes_to_byline_and_published(page, place, published, opens):
    article = normalise_text(page)
    assert article.published == published
    assert article.byline == place
    assert article.paragraphs[0].startswith(opens)  # only the opening is cut, never a story word


@pytest.mark.parametrize("page, heading", [
    (PRESS_NL, "Over de gemeente Zeewolde"),
    (PRESS_AR, "عن بلدية العين"),
])
def test_an_about_the_organisation_block_goes_as_in_english(page, heading):
    article = normalise_text(page)
    assert heading in article.removed
    assert not any("inwoners en ligt" in p or "جهة حكومية" in p for p in article.paragraphs)
    assert len(article.paragraphs) == 4


def test_a_story_opening_with_a_phrase_and_a_date_is_no_dateline():
    # guard: "On Monday, 7 December 2026 –" opens a sentence; no place, nothing cut
    page = ("Ferry services resume after the storm\n"
            "On Monday, 7 December 2026 – the first calm day in a week – the ferries to the islands sailed again.\n"
            "Operators said all routes would run to the normal timetable from Tuesday.\n"
            "Passengers who missed crossings can claim a refund on the operators' websites until the end of the month.\n")
    article = normalise_text(page)
    assert article.paragraphs[0].startswith("On Monday, 7 December 2026 –")
    assert article.byline is None
