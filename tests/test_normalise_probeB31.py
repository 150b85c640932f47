"""Tester probeB's findings of stop 31 in en/nl/ar: a cookie wall that names its publisher in the third person ("X en
haar partners gebruiken cookies … analyseren"), a metered paywall's counter ("You have read all your free articles
this month") and its price in words, a publication's self-description with its appeal after it (Substack's "… is a
reader-supported publication. To receive new posts …"), a "Republish this story" button, a byline's outlet after
"|", a byline run together with its date and reading time by a dump of minified markup, and the error for a binary
file. Hand-written pages; none is eval data.
"""

from __future__ import annotations

import pytest

from newsbrief.decode import decode_bytes
from newsbrief.errors import InputError
from newsbrief.normalise import normalise_text
from newsbrief.normalise.consent import consent_paragraph
from newsbrief.normalise.losses import INCOMPLETE_WARNING
from newsbrief.normalise.metadata import split_byline

STORY = {
    "en": ("Ferry operator cuts winter timetable to two sailings a day", "By Hannah Ouellet", "3 December 2026", [
        "The ferry operator serving the northern islands will run only two sailings a day from January, after two "
        "of its four vessels failed inspections last month, the company said on Wednesday.",
        "Island councillors said the cut would leave patients and pupils stranded on the mainland overnight, and "
        "asked the transport ministry to charter a replacement ship until the repairs are done.",
        "The company expects the first vessel to return to service in March and the second before Easter.",
    ]),
    "nl": ("Veerdienst naar de eilanden vaart deze winter twee keer per dag", "Door Sanne Hoekstra", "3 december 2026", [
        "De veerdienst naar de Waddeneilanden vaart vanaf januari nog maar twee keer per dag, nadat twee van de "
        "vier schepen vorige maand werden afgekeurd bij een inspectie, meldde de rederij woensdag.",
        "Eilandbestuurders zeggen dat patiënten en scholieren daardoor 's avonds op de vaste wal blijven steken. "
        "Zij vragen het ministerie om een vervangend schip te huren tot de reparaties klaar zijn.",
        "De rederij verwacht dat het eerste schip in maart weer vaart en het tweede voor Pasen.",
    ]),
    "ar": ("شركة العبارات تخفض رحلات الشتاء إلى رحلتين يوميا", "بقلم سلمى الحداد", "3 ديسمبر 2026", [
        "أعلنت شركة العبارات التي تخدم الجزر الشمالية يوم الأربعاء أنها ستسير رحلتين فقط يوميا اعتبارا من يناير، "
        "بعد أن فشلت اثنتان من سفنها الأربع في اختبارات الفحص الشهر الماضي.",
        "وقال أعضاء المجالس المحلية في الجزر إن التخفيض سيترك المرضى والطلاب عالقين على البر ليلا، وطالبوا وزارة "
        "النقل باستئجار سفينة بديلة حتى انتهاء الإصلاحات.",
        "وتتوقع الشركة عودة السفينة الأولى إلى الخدمة في مارس والثانية قبل نهاية الربيع.",
    ]),
}
SECTION = {"en": "Transport", "nl": "Binnenland", "ar": "محليات"}
FOOTER = {"en": ["Most read", "Council delays vote on harbour car park"],
          "nl": ["Meest gelezen", "Gemeente stelt besluit over parkeerterrein haven uit"],
          "ar": ["الأكثر قراءة", "البلدية تؤجل التصويت على موقف الميناء"]}


def _page(lang: str, above: list[str] = (), inside: list[str] = (), below: list[str] = ()) -> str:
    """The story with lines above its section label, between its second and third paragraphs, and under it."""
    title, byline, date, paragraphs = STORY[lang]
    return "\n".join([*above, SECTION[lang], title, byline, date, *paragraphs[:2], *inside, *paragraphs[2:], *below,
                      *FOOTER[lang]])


# --- finding 2: a consent wall that names its publisher in the third person ------------------------------------------

WALLS = {
    "en": ["We care about your privacy",
           "The Harbour Courier and its partners use cookies and similar technologies to make the site work, to "
           "analyse how it is used and to show you personalised ads.",
           "By clicking 'Accept' you agree to this. You can change your choice at any time under Privacy settings.",
           "Accept", "Settings"],
    "nl": ["Wij vragen je toestemming",
           "Het Kustblad en haar partners gebruiken cookies en vergelijkbare technieken om de website goed te laten "
           "werken, het gebruik te analyseren en je gepersonaliseerde advertenties te tonen.",
           "Door op 'Akkoord' te klikken ga je hiermee akkoord. Je kunt je keuze altijd wijzigen via Instellingen.",
           "Akkoord", "Instellingen aanpassen"],
    "ar": ["نحن نهتم بخصوصيتك",
           "تستخدم صحيفة الساحل وشركاؤها ملفات تعريف الارتباط وتقنيات مماثلة لتشغيل الموقع وتحليل استخدامه وعرض "
           "إعلانات مخصصة لك.",
           "بالنقر على قبول فإنك توافق على ذلك، ويمكنك تغيير اختياراتك في أي وقت من الإعدادات.",
           "قبول", "الإعدادات"],
}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_consent_wall_naming_its_publisher_and_partners_is_removed(lang):
    article = normalise_text(_page(lang, above=WALLS[lang]))
    assert article.title == STORY[lang][0]
    assert article.paragraphs == STORY[lang][3]
    assert consent_paragraph(WALLS[lang][1], len(WALLS[lang][1].split()))


@pytest.mark.parametrize("text", [
    # a story that reports what a company does with cookies speaks of it, not to the reader
    "The regulator said the retailer and its partners use cookies to analyse shoppers' browsing and sell the data.",
    "Volgens de toezichthouder gebruiken de winkelketen en haar partners cookies om het surfgedrag te analyseren.",
])
def test_guard_a_story_about_a_companys_cookies_is_no_consent_paragraph(text):
    assert not consent_paragraph(text, len(text.split()))


# --- finding 3: a metered paywall's counter and its price in words ---------------------------------------------------

METERED = {
    "en": ["You have read all your free articles this month",
           "Subscribe for 1 euro a month for the first three months and get unlimited access to local journalism.",
           "Already a subscriber? Log in"],
    "nl": ["Je hebt al je gratis artikelen van deze maand gelezen",
           "Word abonnee voor 1 euro per maand en lees onbeperkt alle artikelen op de site en in de app.",
           "Al abonnee? Log in"],
    "ar": ["لقد قرأت جميع مقالاتك المجانية لهذا الشهر",
           "لديك اشتراك بالفعل؟ سجل الدخول"],
}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_metered_paywall_under_the_opening_warns_that_the_article_is_incomplete(lang):
    title, byline, date, paragraphs = STORY[lang]
    page = "\n".join([SECTION[lang], title, byline, date, *paragraphs[:2], *METERED[lang], *FOOTER[lang]])
    article = normalise_text(page)
    assert article.paragraphs == paragraphs[:2]
    assert METERED[lang][0] in article.removed
    assert [w for w in article.warnings if w.startswith(INCOMPLETE_WARNING) and "paywall" in w], article.warnings


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Residents can read the full inspection report for free on the ministry's website, the company said."),
    ("nl", "Bewoners kunnen het volledige inspectierapport gratis lezen op de website van het ministerie."),
])
def test_guard_a_story_sentence_about_free_reading_warns_nothing(lang, sentence):
    article = normalise_text(_page(lang, inside=[sentence]))
    assert sentence in article.paragraphs
    assert not [w for w in article.warnings if w.startswith(INCOMPLETE_WARNING)], article.warnings


# --- findings 4 and 5: a self-description with its appeal, and the "Republish" button --------------------------------

APPEALS = {
    "en": "The Island Desk is a reader-supported publication. To receive new posts and support my work, consider "
          "becoming a free or paid subscriber.",
    "nl": "De Eilandkrant is een onafhankelijk medium, betaald door lezers. Met jouw bijdrage blijft lokale "
          "journalistiek voor iedereen gratis.",
    "ar": "صوت الجزر منصة إعلامية مستقلة غير ربحية. تبرعك يبقي الصحافة المحلية متاحة للجميع.",
}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_self_description_with_its_appeal_inside_the_story_is_removed(lang):
    article = normalise_text(_page(lang, inside=[APPEALS[lang]]))
    assert article.paragraphs == STORY[lang][3]
    assert APPEALS[lang] in article.removed


def test_a_nonprofits_donation_appeal_and_republish_button_under_the_story_are_removed():
    appeal = "Harbour Ledger is a reader-supported nonprofit. Your gift keeps local reporting free for everyone."
    article = normalise_text(_page("en", below=["Republish this story", appeal, "Donate now"]))
    assert article.paragraphs == STORY["en"][3]
    assert "Republish this story" in article.removed and appeal in article.removed


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Shelter is an independent housing charity. It said donations to its winter appeal fell by a fifth."),
    ("nl", "De Voedselbank is een onafhankelijke organisatie. Zij zegt dat de bijdrage van de gemeente te laag is."),
    ("ar", "الهلال الأحمر منظمة مستقلة غير ربحية. وقال إن التبرعات تراجعت هذا العام بنسبة الخمس."),
])
def test_guard_a_story_that_describes_a_charity_and_reports_on_it_is_kept(lang, sentence):
    article = normalise_text(_page(lang, inside=[sentence]))
    assert sentence in article.paragraphs


# --- findings 6 and 7: the byline's outlet, and a byline run together with its date ----------------------------------

@pytest.mark.parametrize("line, author", [
    ("By Luis Ferrante | Inland Water Report", "Luis Ferrante, Inland Water Report"),
    ("By Jane Doe | Tom Hale", "Jane Doe, Tom Hale"),
    ("Door Lotte Visser | Utrecht", "Lotte Visser"),
    ("By Jane Doe | Political Correspondent", "Jane Doe"),
])
def test_a_byline_keeps_its_parts_apart(line, author):
    assert split_byline(line)[0] == author


@pytest.mark.parametrize("line, author, date", [
    ("By Rachel NguyenJune 15, 2026 1:05 PM UTC4 min read", "Rachel Nguyen", "June 15, 2026 1:05 PM UTC"),
    ("Door Lotte Visser18 maart 2025", "Lotte Visser", "18 maart 2025"),
    ("By Anna McMay", "Anna McMay", None),
])
def test_a_byline_glued_to_its_date_and_reading_time_is_split(line, author, date):
    assert split_byline(line) == (author, date)


def test_a_glued_byline_on_a_dumped_page_gives_the_author_and_the_date():
    title, _byline, _date, paragraphs = STORY["en"]
    page = "\n".join([SECTION["en"], title, "By Hannah OuelletDecember 3, 2026 9:40 AM GMT3 min read", *paragraphs])
    article = normalise_text(page)
    assert article.byline == "Hannah Ouellet"
    assert (article.published or "")[:10] == "2026-12-03"
    assert article.paragraphs == paragraphs


# --- finding 10: a binary file's error no longer says plain text only ------------------------------------------------

def test_a_binary_html_file_is_refused_without_saying_html_is_not_accepted():
    data = b"<html>\x00\x00\x00" + bytes(range(256)) * 4
    with pytest.raises(InputError, match="binary") as info:
        decode_bytes(data, source="page.html")
    assert "HTML" in str(info.value) and "plain-text" not in str(info.value)
