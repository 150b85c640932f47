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
            "Passengers who missed crossings can claim a refund on the operators' websites until the month ends.\n")
    article = normalise_text(page)
    assert article.paragraphs[0].startswith("On Monday, 7 December 2026 –")
    assert article.byline is None


# --- HTML pages: finding 6 (the time of day), 9 (the displayed headline), 13 (a kicker is no dateline) ---------------

def _html(head: str, body: str) -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


HARBOUR_PARAGRAPHS = (
    "<p>Dock workers at the container terminal walked out at six this morning after talks on a new pay deal broke "
    "down late last night.</p>"
    "<p>The union says its members have had no rise above inflation for three years, while the terminal's owner "
    "reported record profits in the spring.</p>"
    "<p>\"We did not want to strike, but the company gave us no choice,\" said shop steward Alan Price.</p>"
    "<p>The port authority said ships would be diverted to other terminals until the dispute is settled.</p>"
)


@pytest.mark.parametrize("metadata, published", [
    ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
     '"headline": "Dock workers strike after pay talks collapse", "datePublished": "2026-12-03T07:45:00+00:00", '
     '"author": {"@type": "Person", "name": "Megan Holt"}}</script>', "2026-12-03T07:45Z"),
    ('<meta property="article:published_time" content="2026-12-03T08:45:00+01:00">'
     '<meta name="author" content="Megan Holt">', "2026-12-03T08:45+01:00"),
])
def test_an_html_page_keeps_the_time_of_day_its_metadata_states(metadata, published):
    page = _html(f"<title>Dock workers strike after pay talks collapse</title>{metadata}",
                 "<article><h1>Dock workers strike after pay talks collapse</h1>" + HARBOUR_PARAGRAPHS + "</article>")
    assert normalise_html(page).published == published


def test_the_displayed_h1_is_the_title_not_also_the_first_paragraph():
    # the JSON-LD headline is a shorter SEO copy of the <h1>
    page = _html(
        '<title>Dock workers strike: what it means for shoppers before Christmas | Portside News</title>'
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
        '"headline": "Dock workers strike", "datePublished": "2026-12-03T07:45:00Z"}</script>',
        "<main><article><h1>Dock workers strike: what it means for shoppers before Christmas</h1>"
        + HARBOUR_PARAGRAPHS + "</article></main>")
    article = normalise_html(page)
    assert article.title == "Dock workers strike: what it means for shoppers before Christmas"
    assert article.paragraphs[0].startswith("Dock workers at the container terminal")


def test_a_kicker_above_the_headline_is_not_added_to_the_byline():
    page = _html(
        '<title>Our View: The port needs a pay deal before Christmas</title>'
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "OpinionNewsArticle", '
        '"headline": "The port needs a pay deal before Christmas", "datePublished": "2026-12-03T18:00:00Z", '
        '"author": {"@type": "Organization", "name": "Portside News Editorial Board"}}</script>',
        '<article><p class="kicker">Our View</p><h1>The port needs a pay deal before Christmas</h1>'
        + HARBOUR_PARAGRAPHS + "</article>")
    assert normalise_html(page).byline == "Portside News Editorial Board"


# --- finding 11: "By our reporter X", "Door onze verslaggever X" ------------------------------------------------------

OUR_REPORTER_BODY = {
    "en": ("Bus fares rise by a fifth from January\n", "Monday 7 December 2026 09:30\n",
           "Bus fares across the county will rise by a fifth from January, the operator announced on Monday.\n"
           "A single journey will cost £2.40 instead of £2.00, and a weekly ticket £18 instead of £15.\n"
           "The operator blames higher fuel and wage costs and the end of a council subsidy.\n"),
    "nl": ("Buskaartje twintig procent duurder vanaf januari\n", "7 december 2026, 09:30\n",
           "Een buskaartje in de provincie wordt vanaf januari twintig procent duurder, meldt de vervoerder maandag.\n"
           "Een enkele rit kost dan 2,40 euro in plaats van 2 euro, een weekkaart 18 euro in plaats van 15.\n"
           "De vervoerder wijst op hogere kosten voor brandstof en lonen en het einde van een subsidie.\n"),
}


@pytest.mark.parametrize("lang, line, byline", [
    ("nl", "Door onze verslaggever Lotte Visser", "Lotte Visser"),
    ("nl", "Van onze correspondent Lotte Visser", "Lotte Visser"),
    ("en", "By our reporter Daniel Marsh", "Daniel Marsh"),
    ("en", "By our Local Democracy Reporter, Daniel Marsh", "Daniel Marsh"),
])
def test_our_reporter_bylines_give_the_name_without_the_role(lang, line, byline):
    # tester 6: the role stood before the name ("onze verslaggever Lotte Visser"); tester 10 (F13): the byline is the
    # name alone, as "By Sam Keller, Political Correspondent" gives "Sam Keller"
    title, date, body = OUR_REPORTER_BODY[lang]
    article = normalise_text(title + line + "\n" + date + body)
    assert article.byline == byline


OUR_REPORTER_BODY["ar"] = (
    "ارتفاع أسعار تذاكر الحافلات بنسبة الخمس من يناير\n", "7 ديسمبر 2026\n",
    "أعلنت شركة النقل يوم الاثنين أن أسعار تذاكر الحافلات في المحافظة سترتفع بنسبة الخمس اعتبارا من يناير المقبل.\n"
    "وستبلغ كلفة الرحلة الواحدة جنيهين وأربعين قرشا بدلا من جنيهين، والتذكرة الأسبوعية ثمانية عشر جنيها.\n"
    "وتعزو الشركة الزيادة إلى ارتفاع كلفة الوقود والأجور وانتهاء دعم كانت تقدمه المحافظة.\n")


@pytest.mark.parametrize("line, byline", [
    ("مراسلنا في القاهرة", "مراسلنا في القاهرة"),  # unnamed: the credit as it stands, as "onze verslaggever"
    ("بقلم مراسلنا في القاهرة", "مراسلنا في القاهرة"),
    ("من مراسلنا محمد علي", "محمد علي"),
    ("مراسلنا محمد علي", "محمد علي"),
    ("بقلم مراسلتنا في بيروت ليلى حداد", "ليلى حداد"),
])
def test_arabic_our_correspondent_bylines_give_the_name_without_the_role(line, byline):
    # "مراسلنا" (our correspondent, one word) was missed: the line stayed in the story, or the name stayed behind it
    title, date, body = OUR_REPORTER_BODY["ar"]
    article = normalise_text(title + line + "\n" + date + body)
    assert article.byline == byline
    assert not any(line in p for p in article.paragraphs)


def test_a_story_sentence_about_our_correspondent_is_no_byline():
    # guard: a sentence (its full stop) that opens with "مراسلنا" stays story
    title, date, body = OUR_REPORTER_BODY["ar"]
    sentence = "مراسلنا في القاهرة شاهد طوابير طويلة أمام مكاتب التذاكر صباح اليوم."
    article = normalise_text(title + date + sentence + "\n" + body)
    assert article.paragraphs[0] == sentence and article.byline is None


@pytest.mark.parametrize("line, byline", [
    ("مراسلنا من القدس", "مراسلنا من القدس"),  # unnamed, from a place: as "مراسلنا في القاهرة"
    ("مراسلنا من القدس محمد علي", "محمد علي"),
    ("كتب: مراسلنا الاقتصادي أحمد سالم", "مراسلنا الاقتصادي أحمد سالم"),  # an adjective after the role: as it stands
    ("مراسلنا في القدس الشرقية", "مراسلنا في القدس الشرقية"),
])
def test_arabic_our_correspondent_from_a_place_or_with_an_adjective_is_no_name(line, byline):
    # "من القدس" (from Jerusalem) and "الاقتصادي أحمد سالم" (economic, then the name) were read as the name: the
    # byline was "من القدس, مراسل"
    title, date, body = OUR_REPORTER_BODY["ar"]
    article = normalise_text(title + line + "\n" + date + body)
    assert article.byline == byline
