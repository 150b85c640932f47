"""A headline that ends in a bracket is the title; a photo caption ending in its credit is not (helper fix34c).

Dutch and Arabic papers end headlines with a tag in brackets: "(update)", "(video)", "(foto's)", "(صور)", "(فيديو)",
a party "(VVD)", an age "(34)", a life span "(1948–2026)". Any line ending in ")" scored nothing as a headline (meant
for a caption's credit, "(Reed Saxon / AP)"), so such a page had no title, or its masthead for one, and a masthead or
a university's name became the byline in place of the reporter. Hand-written pages; none is eval data.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.titlecues import closing_bracket
from tests.page_text import page as _page

NL_BODY = (
    "Een brand in een opslagloods aan de Bedrijfsweg in Almelo is zaterdagmiddag onder controle. De brandweer was "
    "met zes wagens aanwezig en kon voorkomen dat het vuur oversloeg naar de loodsen ernaast.",
    "In de loods lagen pallets en autobanden opgeslagen, waardoor er veel rook vrijkwam. Omwonenden kregen het advies "
    "ramen en deuren gesloten te houden en de ventilatie uit te zetten.",
    "Over de oorzaak van de brand is nog niets bekend. De politie doet onderzoek en heeft de omgeving van de loods "
    "afgezet. Niemand raakte gewond.",
)

AR_BODY = (
    "شهدت مدينة صلالة مساء أمس هطول أمطار غزيرة تسببت في جريان الأودية وإغلاق عدد من الطرق الرئيسية، فيما دعت "
    "هيئة الدفاع المدني المواطنين إلى توخي الحذر وعدم عبور الأودية.",
    "وقال مدير عام الأرصاد الجوية إن الحالة المدارية ستستمر حتى نهاية الأسبوع، مع توقع هطول أمطار متفاوتة الشدة "
    "على محافظات ظفار والوسطى والشرقية.",
    "وأضاف أن فرق الطوارئ تعمل على مدار الساعة لمتابعة الوضع، مشيرا إلى أن الجهات المعنية رفعت درجة الاستعداد "
    "في المستشفيات والمراكز الصحية.",
)

EN_BODY = (
    "Firefighters brought a blaze at a storage warehouse on the edge of Leeds under control on Saturday afternoon, "
    "after six crews spent more than four hours stopping it from spreading to nearby units.",
    "Pallets and old tyres stored inside sent thick smoke over the ring road, and residents were told to keep their "
    "windows and doors closed until the evening.",
    "Police said the cause of the fire was not yet known. Nobody was hurt, and the road has since reopened.",
)


@pytest.mark.parametrize("model", [None, False])
@pytest.mark.parametrize("headline", [
    "Brand in loods Almelo onder controle (update)",
    "Brand in loods Almelo onder controle, rook trekt over de stad (video)",
    "Wethouder Bart Jansen stapt op na ruzie over loods (VVD)",
    "Brand in loods Almelo: eigenaar (62) lichtgewond",
])
def test_a_dutch_headline_ending_in_brackets_is_the_title(headline, model):
    """Fails on main: no title, and the masthead "Tubantia Oost" became the byline in place of "Kees Wolters"."""
    art = normalise_text(_page("Tubantia Oost", "Nieuws", "Regio", "Sport", headline, "Kees Wolters",
                               "6 december 2026, 14:12", *NL_BODY, "Deel dit artikel"), model=model)
    assert art.title == headline
    assert art.byline == "Kees Wolters"


def test_an_obituary_headline_with_a_life_span_is_the_title():
    """Fails on main: the life span "(1948–2026)" made the headline no title; the institution became the byline."""
    headline = "In memoriam dr. Anna Verhoef (1948–2026)"
    art = normalise_text(_page(
        "Hogeschool Twente", "Onderwijs", "Onderzoek", headline, "Marieke Post", "3 december 2026",
        "Met grote verslagenheid hebben wij kennisgenomen van het overlijden van dr. Anna Verhoef, die ruim dertig "
        "jaar als docent en onderzoeker aan onze hogeschool verbonden was.",
        "Anna Verhoef begon in 1975 als docent scheikunde en bouwde de opleiding chemische technologie op tot een van "
        "de grootste van het land. Studenten roemden haar geduld en haar humor.",
        "Na haar pensioen bleef zij actief als mentor van jonge onderzoekers. Wij wensen haar familie veel sterkte.",
    ))
    assert art.title == headline
    assert art.byline == "Marieke Post"


@pytest.mark.parametrize("tag", ["(فيديو)", "(صور)"])
def test_an_arabic_headline_ending_in_a_media_tag_is_the_title(tag):
    """Fails on main: the masthead "جريدة الوطن العمانية" was taken as the title (or none was)."""
    headline = f"أمطار غزيرة تغلق طرقا رئيسية في صلالة {tag}"
    art = normalise_text(_page("جريدة الوطن العمانية", "الرئيسية", "محليات", "رياضة", headline,
                               "السبت 6 ديسمبر 2026", *AR_BODY))
    assert art.title == headline


def test_an_english_headline_ending_in_a_tag_is_the_title():
    headline = "Warehouse fire on Leeds ring road brought under control (updated)"
    art = normalise_text(_page("Leeds Evening Post", "News", "Sport", headline, "By Tom Ashworth", *EN_BODY))
    assert art.title == headline
    assert art.byline == "Tom Ashworth"


@pytest.mark.parametrize("caption", [
    "Smoke rises over the ring road on Saturday afternoon. (Tom Ashworth / PA)",
    "Firefighters at the warehouse on Saturday (Photo: Getty Images)",
    "De brandweer bij de loods aan de Bedrijfsweg (Foto: ANP / Remko de Vries)",
    "Smoke over the warehouse units as crews fight the fire (Reuters)",
])
def test_a_caption_ending_in_its_credit_is_still_no_title(caption):
    """Guard: a photo caption ending in its credit stays no headline (the headline above it is the title)."""
    headline = "Warehouse fire on Leeds ring road brought under control"
    art = normalise_text(_page("Leeds Evening Post", "News", "Sport", caption, headline, "By Tom Ashworth",
                               *EN_BODY))
    assert art.title == headline


@pytest.mark.parametrize("line", [
    "Read Comments (11)",                                           # a link's count
    "Startup Psychology: Why Awareness Is Awesome (6 days ago)",    # a teaser's age
    "Fietsers klagen over nieuwe brug (3 uur geleden)",
    "(From the last 12 hours)",                                     # all bracket
    "Support (Customer Zone)",                                      # a menu item with its section
    "Ryan Tesink, Saint John (St. Louis)",                          # a name with its place
    "A list of the jobs I have had over the years (From The Worst To The Very Worst)",  # a longer aside
    "Will be very cool to see how this turns out :-)",              # no bracket opened on the line
    "Heartbeat and Status Controller (HSC)",                        # a name and its acronym: a section heading
])
def test_a_count_an_age_or_a_name_in_brackets_closes_no_headline(line):
    """Guard: the lines a bracket still rules out as the headline (a teaser's or a menu's, seen on blog pages)."""
    assert closing_bracket(line)


@pytest.mark.parametrize("line", [
    "Brand in loods Almelo onder controle (update)", "In memoriam dr. Anna Verhoef (1948–2026)",
    "Nieuwe schepen legt de eed af in Lier (Open VLD)", "أمطار غزيرة تغلق طرقا رئيسية في صلالة (صور)",
    "Apple confirms messaging outage (updated)", "Anna Verhoef (1948–2026)",
])
def test_a_headlines_own_tag_closes_it(line):
    assert not closing_bracket(line)
