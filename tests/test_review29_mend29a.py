"""Review 29a, items 2-7 and 10: phrase patterns of this stop that matched a story's own sentences (issue 10, stop 29).

A site-search or login pattern took a headline about a search or a login outage for a tool link (no title); a
developing-story, republication, paywall-price, newsletter-footer, letters-notice or advert-label pattern removed an
ordinary story sentence and, for the first three, wrote a false warning about the article. Each input is the
reviewer's (en/nl/ar); every page is invented. Guards keep the notices themselves matched.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.phrases import in_group
# the story page the notices tests use (tests/test_normalise_notices.py): one shared copy
from tests.test_normalise_notices import FOOTER, SECTION, STORY


def _with_sentence(lang: str, line: str):
    """The story with ``line`` as its second paragraph."""
    title, byline, date, paragraphs = STORY[lang]
    page = "\n".join([SECTION[lang], title, byline, date, paragraphs[0], line, *paragraphs[1:], *FOOTER[lang]])
    return normalise_text(page, language=lang)


def _assert_story(lang: str, line: str, warning_words: tuple[str, ...] = ()):
    article = _with_sentence(lang, line)
    assert any(line in p for p in article.paragraphs), (line, article.paragraphs)
    assert not [w for w in article.warnings if any(k in w for k in warning_words)], article.warnings


def _lang(line: str) -> str:
    if any("\u0600" <= c <= "\u06ff" for c in line):
        return "ar"
    return "nl" if any(w in line.lower().split() for w in
                       ("de", "het", "een", "van", "tot", "voor", "kan", "werd", "uit", "je", "op", "door")) else "en"


# --- item 2: a headline about a search or a login is no site tool -------------------------------------------------------

HEADLINES = [
    ("en", "Search on for missing hiker in the northern hills"),
    ("en", "Search in the Alps for missing hiker called off"),
    ("nl", "Zoeken in de duinen naar vermiste wandelaar hervat"),
    ("nl", "Inloggen bij DigiD urenlang onmogelijk door storing"),
    ("ar", "البحث في الموقع الأثري عن قطع نقدية قديمة يستمر"),
]


@pytest.mark.parametrize("lang,headline", HEADLINES)
def test_a_headline_about_a_search_or_a_login_is_the_title(lang, headline):
    _, byline, date, paragraphs = STORY[lang]
    article = normalise_text("\n".join([SECTION[lang], headline, byline, date, *paragraphs, *FOOTER[lang]]),
                             language=lang)
    assert article.title == headline
    assert not in_group(headline, len(headline.split()), "tool_label")


@pytest.mark.parametrize("line", ["Search this site", "Search the ABC", "Search HBS Working Knowledge:",
                                  "Search Reslife.net", "Search All NYTimes.com", "Search on HGTV.com", "Zoeken op deze site", "Doorzoek Nieuwsblad.nl",
                                  "Inloggen met Google", "Inloggen", "Inloggen bij Google", "ابحث في الموقع"])
def test_guard_site_search_and_login_links_stay_tool_labels(line):
    assert in_group(line, len(line.split()), "tool_label")


# --- item 3: developing ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "The report will be updated annually by the ministry, officials said.",
    "The page will be updated with the new timetable before the summer holidays.",
    "Het rapport wordt jaarlijks bijgewerkt door het ministerie, zegt een woordvoerder.",
    "سيتم تحديث التقرير سنويا من قبل وزارة المالية، بحسب المتحدث.",
])
def test_a_story_sentence_about_an_update_is_no_developing_notice(line):
    _assert_story(_lang(line), line, ("developing",))


@pytest.mark.parametrize("line", ["This story will be updated.", "The article will be updated as more details emerge.",
                                  "This page will be updated when we know more.", "سيتم تحديث الخبر تباعا",
                                  "سيتم تحديث هذا المقال", "Dit bericht wordt aangevuld."])
def test_guard_developing_notices_stay(line):
    assert in_group(line, len(line.split()), "developing")


# --- item 4: republished ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Originally published in 1851, the novel sold few copies.",
    "First published in 1925, the book was banned in three countries within a year.",
    "Reprinted from the 1962 edition, the map shows the old harbour.",
    "The report was first published in 2019 and found that rents had doubled.",
    "Overgenomen uit het Frans door vertaler Jan de Vries.",
    "Dit artikel werd eerder gepubliceerd in een vakblad, schrijft de onderzoeker.",
    "هذا التقرير نشر أولا في مجلة علمية محكمة عام 2019 ووجد أن الإيجارات تضاعفت.",
])
def test_a_story_sentence_about_a_first_edition_is_no_republication_note(line):
    _assert_story(_lang(line), line, ("published", "gepubliceerd", "verscheen", "نشر"))


@pytest.mark.parametrize("line", [
    "This article first appeared in The Business Chronicle and is republished with permission.",
    "This story was originally published by ProPublica.",
    "Originally published in The Conversation.",
    "First published in Poetry for Students, Volume 2 (Gale 1998)",
    "Republished with permission from the Harbour Gazette.",
    "Reprinted with permission from the Harbour Gazette.",
    "Overgenomen met toestemming van het Dagblad van het Noorden.",
    "Overgenomen uit Trouw.",
    "نشر هذا المقال أولا في موقع ذا كونفرسيشن.",
    "أعيد نشر هذا المقال بإذن من الكاتب.",
])
def test_guard_republication_notes_stay(line):
    assert in_group(line, len(line.split()), "republished")


# --- item 5: paywall price lines -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "For £5 a month, residents can park in the new garage.",
    "Onbeperkt toegang tot het zwembad voor 30 euro per maand, zegt de wethouder.",
    "Full access to the new pool for £30 a month, the council said.",
    "مقابل 5 دولارات شهريا، يمكن للسكان ركن سياراتهم في المرأب الجديد.",
])
def test_a_story_sentence_with_a_price_is_no_paywall(line):
    _assert_story(_lang(line), line, ("paywall", "incomplete", "onvolledig"))


@pytest.mark.parametrize("line", ["From just €1 a week.", "Only $2 a month", "For £1 a week. Cancel anytime.",
                                  "Onbeperkt toegang tot alle artikelen voor € 1 per week",
                                  "Onbeperkt toegang met een abonnement", "Unlimited access to every article from £1 a week",
                                  "Al vanaf €1 per week.", "Voor 2 euro per maand. Maandelijks opzegbaar.",
                                  "ابتداءً من يورو واحد في الأسبوع"])
def test_guard_price_lines_stay_paywall(line):
    assert in_group(line, len(line.split()), "paywall")


# --- item 6: newsletter footers and form notices --------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Unsubscribe links must be visible in all marketing emails, the regulator said.",
    "Afmelden kan tot vrijdag, meldt de organisatie van de marathon.",
    "إلغاء الاشتراك في خدمة الكهرباء أصبح أسهل بحسب الشركة.",
    "The scam asks victims to enter a valid email address and a password.",
    "Check your inbox for a message from the bank, police warned.",
    "De politie roept op: controleer je inbox op nepberichten van de bank.",
])
def test_a_story_sentence_about_e_mail_is_no_newsletter(line):
    _assert_story(_lang(line), line)


@pytest.mark.parametrize("line", ["Unsubscribe | Update preferences | Privacy", "Unsubscribe",
                                  "Please enter a valid email address.",
                                  "Please check your inbox for a confirmation email.",
                                  "Check your inbox to confirm your subscription.",
                                  "Thanks! Please check your inbox to confirm your subscription.",
                                  "unsubscribe click here putting 'unsubscribe' in the subject field",
                                  "Afmelden | Voorkeuren wijzigen", "Vul een geldig e-mailadres in.",
                                  "Controleer je inbox voor de bevestigingsmail.", "إلغاء الاشتراك | تحديث التفضيلات"])
def test_guard_newsletter_footers_and_form_notices_stay(line):
    assert in_group(line, len(line.split()), "newsletter")


# --- item 7: letters notice and advert labels -----------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "We reserve the right to cut services if the budget is not approved, the mayor said.",
    "Sponsored: The bill was sponsored by two senators.",
    "Gesponsord: Het wetsvoorstel werd gesponsord door twee partijen.",
    "إعلان: الحكومة تعلن عن خطة جديدة للإسكان.",
])
def test_reported_speech_and_a_labelled_paragraph_stay_story(line):
    _assert_story(_lang(line), line)


@pytest.mark.parametrize("line,group", [
    ("We reserve the right to edit letters.", "misc"),
    ("We reserve the right to shorten submissions for length.", "misc"),
    ("Sponsored: Save 20% on business travel. Book now.", "advert"),
    ("Gesponsord: 20% korting op zakenreizen. Boek nu.", "advert"),
    ("إعلان: خصم 20% على رحلات العمل. احجز الآن.", "advert"),
])
def test_guard_letters_notices_and_labelled_ads_stay(line, group):
    from newsbrief.normalise.phrases import categories_of
    assert group in categories_of(line, len(line.split())) or in_group(line, len(line.split()), group)


# --- every changed pattern stays linear in the line's length ----------------------------------------------------------

@pytest.mark.parametrize("head,unit", [
    ("Search the ", "site "), ("Inloggen bij ", "x "), ("Zoeken op deze ", "site "),
    ("This story will be updated as ", "more "), ("سيتم تحديث الخبر ", "تباعا "),
    ("This article was first published in ", "the paper "), ("Reprinted from ", "the gazette "),
    ("Overgenomen uit ", "de krant "), ("نشر هذا المقال أولا في ", "موقع "),
    ("From just £1 a week ", "cancel "), ("Onbeperkt toegang voor 5 euro ", "per week "),
    ("Unsubscribe | ", "Privacy | "), ("Check your inbox ", "for mail "), ("Sponsored: ", "the bill "),
    ("إعلان: ", "خطة "), ("We reserve the right to edit letters ", "for length "),
])
def test_changed_patterns_are_linear(head, unit):
    from tests.scaling import assert_grows_linearly, run_phrase_patterns
    assert_grows_linearly(run_phrase_patterns, lambda k: head + unit * k + ",", 500, 2000)
