"""Notes beside the headline and where an article comes from, in en/nl/ar (tester 29a, findings B1-B3 and D5).

A republication note under the headline ("This article first appeared in …", "… originally appeared in …") or a
note on the story's state ("This story is developing and will be updated.") was taken for the title and the real
headline went to `removed`; a newsletter's masthead with its issue date ("The Morning Ledger | Thursday 6 November
2025") was the title, and its date was lost; and a republished article's note, or its source line under the story,
went to `removed` with no word of it in the record. Hand-written pages; none is eval data, none the tester's.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.headnotes import dated_masthead
from tests.scaling import assert_grows_linearly, run_phrase_patterns

HEADLINE = {
    "en": "Regional bus operator orders 40 electric double-deckers",
    "nl": "Streekvervoerder bestelt veertig elektrische bussen",
    "ar": "شركة النقل الإقليمي تطلب 40 حافلة كهربائية جديدة",
}
BYLINE = {"en": "By Priya Natarajan", "nl": "Door Sanne de Wit", "ar": "بقلم ليلى حداد"}
DATE = {"en": "12 March 2025", "nl": "12 maart 2025", "ar": "12 مارس 2025"}
STORY = {
    "en": ["Westway Buses has ordered 40 electric double-decker buses worth £18 million, the largest single order in "
           "the company's history, it said on Wednesday.",
           "The buses will replace diesel vehicles on six routes between Oxford and the surrounding towns from the "
           "autumn of next year.",
           "The operator said the new fleet would cut its carbon emissions by about a fifth and lower fuel costs."],
    "nl": ["Streekvervoerder Westlijn heeft veertig elektrische bussen besteld voor 18 miljoen euro, de grootste order "
           "in de geschiedenis van het bedrijf, maakte het woensdag bekend.",
           "De bussen vervangen vanaf het najaar van volgend jaar de dieselbussen op zes lijnen rond Zwolle.",
           "Volgens het bedrijf daalt de uitstoot van koolstofdioxide daardoor met ongeveer een vijfde."],
    "ar": ["أعلنت شركة النقل الإقليمي يوم الأربعاء أنها طلبت 40 حافلة كهربائية بقيمة 18 مليون دينار، في أكبر صفقة "
           "في تاريخ الشركة.",
           "وستحل الحافلات الجديدة محل حافلات الديزل على ست خطوط بين العاصمة والمدن المجاورة ابتداء من الخريف المقبل.",
           "وقالت الشركة إن الأسطول الجديد سيخفض انبعاثات الكربون بنحو الخمس ويقلل تكاليف الوقود."],
}
FOOTER = {"en": ["Most read", "Ferry fares to rise in April"], "nl": ["Meest gelezen", "Veerpont vaart weer vanaf maandag"],
          "ar": ["الأكثر قراءة", "ارتفاع أسعار تذاكر العبارات في أبريل"]}

REPUBLISHED = {
    "en": ["This article first appeared in The Transport Weekly and is republished with permission.",
           "This article originally appeared in The Transport Weekly.",
           "This story first ran in The Transport Weekly."],
    "nl": ["Dit artikel verscheen eerder in Het Vervoersblad.",
           "Dit artikel is overgenomen uit Het Vervoersblad.",
           "Dit stuk verscheen oorspronkelijk bij Het Vervoersblad."],
    "ar": ["نشر هذا المقال أولا في صحيفة النقل اليومية.",
           "نُشر هذا التقرير في الأصل على موقع صحيفة النقل اليومية.",
           "أعيد نشر هذا المقال بإذن من صحيفة النقل اليومية."],
}
DEVELOPING = {
    "en": ["This story is developing and will be updated.", "This is a developing story."],
    "nl": ["Dit bericht wordt aangevuld.", "Dit is een zich ontwikkelend verhaal."],
    "ar": ["هذا الخبر قيد التحديث", "خبر عاجل يجري تحديثه"],
}


def _page(lang: str, note: str | None = None, below: list[str] = (), top: list[str] = ()) -> str:
    return "\n".join([*top, HEADLINE[lang], *([note] if note else []), BYLINE[lang], DATE[lang], *STORY[lang],
                      *below, *FOOTER[lang]])


@pytest.mark.parametrize("lang,note", [(lang, note) for lang, notes in REPUBLISHED.items() for note in notes])
def test_republication_note_under_the_headline_is_no_title(lang, note):
    article = normalise_text(_page(lang, note))
    assert article.title == HEADLINE[lang]
    assert note not in article.text
    assert note in article.removed


@pytest.mark.parametrize("lang,note", [(lang, note) for lang, notes in REPUBLISHED.items() for note in notes])
def test_republication_note_is_kept_in_a_warning(lang, note):
    article = normalise_text(_page(lang, note))
    said = [w for w in article.warnings if "published first" in w]
    assert len(said) == 1 and note.rstrip(".") in said[0]


@pytest.mark.parametrize("lang", list(REPUBLISHED))
def test_republication_note_under_the_story_is_kept_in_a_warning(lang):
    article = normalise_text(_page(lang, below=[REPUBLISHED[lang][0]]))
    assert article.title == HEADLINE[lang]
    assert REPUBLISHED[lang][0] not in article.text
    assert any(REPUBLISHED[lang][0].rstrip(".") in w for w in article.warnings)


@pytest.mark.parametrize("lang,note", [(lang, note) for lang, notes in DEVELOPING.items() for note in notes])
def test_developing_story_notice_is_no_title(lang, note):
    article = normalise_text(_page(lang, note))
    assert article.title == HEADLINE[lang]
    assert article.byline and article.published == "2025-03-12"


SOURCES = {"en": "Source: Office for National Statistics", "nl": "Bron: Centraal Bureau voor de Statistiek",
           "ar": "المصدر: الجهاز المركزي للإحصاء"}


@pytest.mark.parametrize("lang", list(SOURCES))
def test_source_line_under_the_story_is_kept_in_a_warning(lang):
    article = normalise_text(_page(lang, below=[SOURCES[lang]]))
    assert SOURCES[lang] not in article.text
    assert any(SOURCES[lang] in w and "source" in w for w in article.warnings)


@pytest.mark.parametrize("lang,credit", [("en", "Source: Reuters"), ("nl", "Bron: ANP"), ("ar", "المصدر: رويترز")])
def test_agency_credit_under_the_story_gives_no_source_warning(lang, credit):
    # guard: a wire credit is the byline's business (datelines.py), not a source warning
    article = normalise_text(_page(lang, below=[credit]))
    assert not any("source under it" in w for w in article.warnings)


@pytest.mark.parametrize("lang", list(HEADLINE))
def test_plain_story_has_no_attribution_warning(lang):
    # guard: nothing on the page names an origin
    article = normalise_text(_page(lang))
    assert article.title == HEADLINE[lang]
    assert not any("published first" in w or "source under it" in w for w in article.warnings)


@pytest.mark.parametrize("text", [
    "The report, first published in 2019, found that bus use had fallen by a third in rural areas.",
    "Dit artikel gaat over de vraag waarom de bus in de provincie steeds vaker uitvalt, zegt de wethouder.",
    "The story of the town's first electric bus began in a garage in 1912.",
])
def test_story_sentences_that_name_the_article_stay(text):
    # guard: a story's own sentence about a report or a story is no republication note
    lang = "nl" if text.startswith("Dit") else "en"
    article = normalise_text(_page(lang, below=[text]))
    assert text in article.text
    assert not any("published first" in w for w in article.warnings)


MASTHEADS = {
    "en": ("The Evening Dispatch | Thursday 13 March 2025", "2025-03-13"),
    "nl": ("Het Avondbericht van Westlijn – donderdag 13 maart 2025", "2025-03-13"),
    "ar": ("نشرة المساء اليومية للنقل | الخميس 13 مارس 2025", "2025-03-13"),
}
GREETING = {"en": "Good evening. Here is what you need to know tonight.",
            "nl": "Goedenavond. Dit moet je vanavond weten.",
            "ar": "مساء الخير. إليكم أهم ما تحتاجون معرفته الليلة."}


def _newsletter(lang: str, greeting: bool) -> str:
    masthead = MASTHEADS[lang][0]
    return "\n".join([masthead, *([GREETING[lang]] if greeting else []), HEADLINE[lang], BYLINE[lang], *STORY[lang]])


@pytest.mark.parametrize("lang", list(MASTHEADS))
@pytest.mark.parametrize("greeting", [False, True])
def test_dated_masthead_is_no_title_and_dates_the_issue(lang, greeting):
    article = normalise_text(_newsletter(lang, greeting))
    assert article.title == HEADLINE[lang]
    assert article.published == MASTHEADS[lang][1]
    assert MASTHEADS[lang][0] not in article.text


@pytest.mark.parametrize("lang", list(MASTHEADS))
def test_a_date_line_of_the_story_wins_over_the_masthead(lang):
    # guard: the masthead's date is the page's only where no date line states one
    page = "\n".join([MASTHEADS[lang][0], HEADLINE[lang], BYLINE[lang], DATE[lang], *STORY[lang]])
    assert normalise_text(page).published == "2025-03-12"


def test_site_masthead_far_over_the_headline_dates_nothing():
    # guard: a site's header that prints today's date stands over its menu, far from the story (it is no issue date)
    menu = ["Home", "Local News", "Business", "Sport", "Opinion", "Lifestyle", "Classifieds"]
    page = "\n".join(["The Valley Courier online | Sunday 16 March 2025", *menu, HEADLINE["en"], BYLINE["en"],
                      *STORY["en"]])
    article = normalise_text(page)
    assert article.title == HEADLINE["en"]
    assert article.published is None


@pytest.mark.parametrize("text,date", [
    ("The Morning Brief | Friday 7 March 2025", "Friday 7 March 2025"),
    ("Friday 7 March 2025 | The Morning Brief", "Friday 7 March 2025"),
    ("Ports strike ends | Union accepts pay deal", None),
    ("Budget 2025 | Friday 7 March 2025", None),
    ("Storm closes the harbour - Friday 7 March", None),
])
def test_dated_masthead_shape(text, date):
    assert dated_masthead(text) == date


def test_new_phrase_patterns_are_linear():
    assert_grows_linearly(run_phrase_patterns, lambda n: "This article " + "first appeared in " * n, 2000, 8000)
    assert_grows_linearly(lambda t: dated_masthead(t), lambda n: "The Brief " + " | " * n + "7 March 2025", 20, 80)


@pytest.mark.parametrize("lang,line", [("en", "First published on 11 March 2025, 08:15"),
                                       ("nl", "Eerder gepubliceerd op 11 maart 2025"),
                                       ("en", "This story has been shared 1,204 times.")])
def test_date_line_or_share_count_is_no_republication_note(lang, line):
    # guard: "First published on <date>" dates the page; a share counter says nothing about where it appeared
    article = normalise_text(_page(lang, below=[line]))
    assert not any("published first" in w for w in article.warnings)


@pytest.mark.parametrize("lang,credit", [("en", "Source: Getty"), ("nl", "Bron: ANP Foto"), ("ar", "المصدر: صور أرشيفية")])
def test_photo_credit_under_the_story_is_no_source(lang, credit):
    article = normalise_text(_page(lang, below=[credit]))
    assert not any("source under it" in w for w in article.warnings)


@pytest.mark.parametrize("title,lead", [
    ("Transport Week in Review - 10 March 2025", "Here is a quick look at what happened on the network last week:"),
    ("Vervoer deze week – 10 maart 2025", "Dit gebeurde er vorige week op het spoor en de weg:"),
])
def test_post_titled_with_its_date_keeps_its_title(title, lead):
    # guard: a weekly post's headline with its date, its text right under it, is the headline (no story headline
    # and byline stand under it, as under a newsletter's masthead)
    lang = "nl" if "deze week" in title else "en"
    page = "\n".join([title, lead, *STORY[lang], *FOOTER[lang]])
    assert normalise_text(page).title == title


def test_dated_byline_is_no_masthead():
    # guard: "12 March 2025 | By Priya Natarajan" is the byline and its date
    page = "\n".join(["Transport", HEADLINE["en"], "12 March 2025 | By Priya Natarajan", *STORY["en"]])
    article = normalise_text(page)
    assert article.title == HEADLINE["en"] and article.byline == "Priya Natarajan"
    assert article.published == "2025-03-12"
