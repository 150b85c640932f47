"""Stop 34 (fix34a): a summary box read with or without a link line under its points.

A news site prints its highlights box between the headline and the story and closes it with a link to the next
story ("Story Highlights" / three points / "Next Article in World »" / the lead). Once such a link was read as
navigation (stop 33), the box's run of plain points no longer ended at the lead (the link is neither the lead nor the
article's header), so the box shrank to one point and the next point was taken for the headline
(boxes._past_link_lines). On a page with blank lines the link, written right under the points, is no point either.

Hand-written pages; none is eval data.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text

PAGES = {
    "en": dict(
        menu=["Home", "World", "Business", "Sport", "Share this on:"],
        headline="Harbour strike halts ferry crossings for a second day",
        heading="Story Highlights",
        points=["Dock workers walked out on Monday over a new shift roster",
                "Ferry operators cancelled forty crossings on Tuesday",
                "The union says talks with the port authority have stalled"],
        link="Next Article in World »",
        body=["PORTSMOUTH, England (AP) -- A strike by dock workers stopped every ferry crossing from the harbour for "
              "a second day on Tuesday, leaving hundreds of lorries queued on the approach roads.",
              "The port authority said it had offered to delay the new roster by three months, but the union said "
              "the offer did not answer its members' concerns about night shifts.",
              "Ferry operators said passengers booked for Wednesday should check their crossings before travelling."]),
    "nl": dict(
        menu=["Home", "Binnenland", "Buitenland", "Sport", "Deel dit artikel:"],
        headline="Staking in de haven legt veerdiensten tweede dag stil",
        heading="In het kort",
        points=["Havenarbeiders legden maandag het werk neer om een nieuw rooster",
                "Veerdiensten schrapten dinsdag veertig overtochten",
                "De bond zegt dat het overleg met het havenbedrijf vastzit"],
        link="Volgend artikel »",
        body=["VLISSINGEN (ANP) - Een staking van havenarbeiders heeft dinsdag voor de tweede dag alle veerdiensten "
              "uit de haven stilgelegd, waardoor honderden vrachtwagens op de toegangswegen stonden te wachten.",
              "Het havenbedrijf zei dat het had aangeboden het nieuwe rooster drie maanden uit te stellen, maar de "
              "bond vindt dat het aanbod geen antwoord is op de zorgen over nachtdiensten.",
              "De vervoerders raden reizigers die voor woensdag hebben geboekt aan hun overtocht te controleren."]),
    "ar": dict(
        menu=["الرئيسية", "محليات", "عربي ودولي", "رياضة", "شارك:"],
        headline="إضراب عمال الميناء يوقف رحلات العبارات لليوم الثاني",
        heading="أبرز النقاط",
        points=["عمال الرصيف أضربوا يوم الاثنين احتجاجا على جدول المناوبات الجديد",
                "شركات العبارات ألغت أربعين رحلة يوم الثلاثاء",
                "النقابة تقول إن المفاوضات مع سلطة الميناء متعثرة"],
        link="المقال التالي",
        body=["العقبة (بترا) - أوقف إضراب عمال الرصيف جميع رحلات العبارات من الميناء لليوم الثاني على التوالي يوم "
              "الثلاثاء، ما أدى إلى اصطفاف مئات الشاحنات على الطرق المؤدية إليه.",
              "وقالت سلطة الميناء إنها عرضت تأجيل الجدول الجديد ثلاثة أشهر، لكن النقابة قالت إن العرض لا يجيب عن "
              "مخاوف أعضائها من المناوبات الليلية.",
              "ودعت شركات العبارات المسافرين الذين حجزوا رحلات يوم الأربعاء إلى التأكد من مواعيدها قبل السفر."]),
}


def _page(lang: str, link: bool, blank: bool) -> str:
    p = PAGES[lang]
    box = [p["heading"], *p["points"], *([p["link"]] if link else [])]
    if not blank:
        return "\n".join([*p["menu"], p["headline"], *box, *p["body"]]) + "\n"
    # the box's lines together (the link right under the points, as a site prints it), paragraphs apart
    return "\n\n".join(["\n".join(p["menu"]), p["headline"], "\n".join(box), *p["body"]]) + "\n"


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
@pytest.mark.parametrize("blank", [False, True])
@pytest.mark.parametrize("link", [False, True])
def test_highlights_box_holds_its_points_with_or_without_a_link_under_it(lang, blank, link):
    p = PAGES[lang]
    a = normalise_text(_page(lang, link, blank))
    assert a.title == p["headline"]
    assert a.source_takeaways == p["points"]
    # the link is neither a point nor the story's text
    assert all(p["link"] not in t for t in a.source_takeaways)
    assert p["link"] not in a.text
    for para in p["body"][1:]:
        assert para in a.text
    for point in p["points"]:
        assert point not in a.text


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_the_link_line_does_not_change_the_record(lang):
    """The same page read with and without the link under its box gives the same title, points and text."""
    for blank in (False, True):
        with_link = normalise_text(_page(lang, True, blank))
        without = normalise_text(_page(lang, False, blank))
        assert (with_link.title, with_link.source_takeaways, with_link.text) \
            == (without.title, without.source_takeaways, without.text)
