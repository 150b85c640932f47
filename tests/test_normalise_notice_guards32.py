"""Story sentences that read like a site's notice (review of stop 32: findings 4-7 and 12), in en/nl/ar.

* A story that reports a notice names who wrote it, with any common reporting verb ("…, Meta wrote in a blog post",
  "…, waarschuwt de bibliotheek", "…، أوضحت الشركة"): one shared list (phrases.REPORTING_VERBS) guards the policy,
  paywall and account notices of every language, and makes a sentence that says "you"/"we" the story's.
* A paywall notice is about the page itself ("… om dit artikel te lezen", "… to read this article"), not any rule
  that asks the reader to be a member of something; an Arabic counter counts free articles, not any free offer.
* A long line that explains when an account is locked tells a rule; the notice's own condition is short.
* A Dutch related box's heading names a topic of a few words, not a clause.
All pages and lines are written for these tests.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.phrases import categories_of, in_group
from newsbrief.normalise.titlecues import not_a_headline


def _cats(line: str) -> list[str]:
    return categories_of(line, len(line.split()))


# --- story pages: every sentence below the byline is the story's --------------------------------------------------

PAGES = {
    "en": ("Ferry operator moves bookings online after winter storms", "By Hannah Clarke", "2 December 2026", [
        "The island ferry company will stop selling tickets at the harbour office from January, it said on Monday.",
        "We have updated our terms of service to reflect the new booking rules, the company wrote in a notice to "
        "passengers on Monday evening.",
        "Your account is locked after three wrong attempts at the new online booking form, so keep the confirmation "
        "letter to hand.",
        "Your subscription to the season pass has been cancelled, the operator warns passengers who have not paid "
        "the new fee.",
        "Passenger groups said older islanders without internet access would struggle with the change.",
    ]),
    "nl": ("Bibliotheek Tilburg schrapt contributie voor scholieren", "Door Sanne de Wit", "3 december 2026", [
        "De bibliotheek in Tilburg schaft vanaf februari de contributie af voor alle scholieren, heeft de gemeenteraad "
        "besloten.",
        "Je moet lid zijn van de bibliotheek om e-books te lezen, maar het lidmaatschap kost scholieren straks niets.",
        "Je account wordt geblokkeerd als je drie keer de verkeerde pincode invoert, waarschuwt de bibliotheek wel.",
        "We hebben ons privacybeleid aangepast na de uitspraak van de rechter, laat een woordvoerder van de "
        "bibliotheek weten.",
        "De maatregel kost de gemeente jaarlijks ongeveer 150.000 euro.",
    ]),
    "ar": ("البلدية تطلق ورشاً تدريبية مجانية للشباب في صيدا", "صيدا - رنا حداد", "4 ديسمبر 2026", [
        "أعلنت بلدية صيدا يوم الاثنين عن برنامج تدريبي جديد للشباب العاطلين عن العمل يشمل دورات في البرمجة واللغات.",
        "لديك فرصة مجانية لحضور ورشة العمل التي تنظمها البلدية يوم السبت المقبل في المركز الثقافي.",
        "تم تعليق حسابك في منصة التسجيل إذا لم تؤكد بريدك خلال يومين، أوضحت البلدية في بيان على موقعها.",
        "ويقدر عدد العاطلين عن العمل في المدينة بنحو خمسة عشر ألف شاب بحسب أرقام رسمية.",
    ]),
}


@pytest.mark.parametrize("lang", list(PAGES))
def test_story_sentences_that_read_like_a_notice_stay_the_storys(lang):
    title, byline, date, story = PAGES[lang]
    article = normalise_text("\n\n".join([title, byline, date, *story]) + "\n")
    for sentence in story:
        assert sentence in article.paragraphs, (sentence, article.removed)
    assert not any("paywall" in w for w in article.warnings), article.warnings


# --- the shared reporting-verb list guards every language's notice --------------------------------------------------

#: (a notice's own line, the same words in a story that names who wrote them)
REPORTED = [
    ("We have updated our privacy policy. Please take a moment to read it.",
     "We have updated our privacy policy to comply with the ruling, the company explained in a statement."),
    ("Our terms of service have been updated.",
     "Our terms of service have been updated to cover the new app, the firm announced on Friday."),
    ("Your account has been suspended.",
     "Your account has been suspended for unpaid fees, the bank writes in the letter it sent to customers."),
    ("We hebben onze algemene voorwaarden gewijzigd.",
     "We hebben onze algemene voorwaarden gewijzigd na klachten van klanten, schrijft het bedrijf in een mail."),
    ("Ons privacybeleid is aangepast.",
     "Ons privacybeleid is aangepast aan de nieuwe wet, stelt de webwinkel in een verklaring op haar site."),
    ("Je abonnement is verlopen.",
     "Je abonnement is verlopen als je in maart niet betaalt, liet de sportschool haar leden in een brief weten."),
    ("تم تجميد حسابك.",
     "تم تجميد حسابك بسبب نشاط مريب، كتبت الشركة في رسالة إلى عملائها مساء الثلاثاء."),
    ("انتهى اشتراكك.",
     "انتهى اشتراكك في الخدمة منذ أسبوع، أعلنت الشركة في رسالة نصية إلى المشتركين."),
]


@pytest.mark.parametrize("notice, reported", REPORTED)
def test_a_notice_a_story_reports_is_no_notice(notice, reported):
    assert _cats(notice), notice  # the notice alone is furniture ...
    assert not _cats(reported), (reported, _cats(reported))  # ... the story's report of it is not


# --- paywall notices are about the page itself -----------------------------------------------------------------------

@pytest.mark.parametrize("notice", [
    "Je moet ingelogd zijn om dit artikel te lezen.",
    "U moet eerst geregistreerd zijn om verder te lezen.",
    "Je moet abonnee zijn om het hele artikel te lezen.",
    "You must be logged in to read this article.",
    "You need to be a subscriber to continue reading.",
    "تبقى لك مقالان مجانيان هذا الشهر",
    "لديك 3 مقالات مجانية متبقية هذا الشهر",
])
def test_guard_a_paywall_notice_about_the_page_is_still_read(notice):
    # (a meter's count of what is left is its own group since stop 34, `paywall_meter`: no sign of a cut article)
    words = len(notice.split())
    assert in_group(notice, words, "paywall") or in_group(notice, words, "paywall_meter"), notice


@pytest.mark.parametrize("story", [
    "Je moet lid zijn van de sportclub om op de nieuwe baan te spelen.",
    "You need to register with a GP to see a doctor.",
    "لديك فرصة مجانية لحضور الحفل.",
    "لديك ثلاث تذاكر مجانية للمباراة النهائية.",
])
def test_a_rule_or_a_free_offer_is_no_paywall(story):
    assert not in_group(story, len(story.split()), "paywall"), story


# --- an account notice's condition is short --------------------------------------------------------------------------

@pytest.mark.parametrize("notice", [
    "Your account has been locked after too many failed sign-in attempts.",
    "Your account has been locked after too many failed sign-in attempts. Please contact support to unlock it.",
    "Je account is geblokkeerd na drie mislukte inlogpogingen.",
])
def test_guard_an_account_notice_with_its_short_condition_is_still_read(notice):
    assert in_group(notice, len(notice.split()), "account_notice"), notice


def test_a_long_line_that_explains_when_an_account_is_blocked_tells_a_rule():
    for line in ("Your account is blocked when you miss two payments in a row at the new council tax portal, and "
                 "the arrears are passed on.",
                 "Je account wordt geblokkeerd zodra je twee betalingen mist bij het nieuwe portaal van de gemeente, "
                 "en de schuld gaat naar een incassobureau."):
        assert not in_group(line, len(line.split()), "account_notice"), line


# --- the Dutch related box's heading ---------------------------------------------------------------------------------

@pytest.mark.parametrize("line, heading", [
    ("Gerelateerde Tata Steel-artikelen", True),
    ("Gerelateerde artikelen", True),
    ("Gerelateerd nieuws", True),
    ("Gerelateerde kosten stijgen, blijkt uit nieuws", False),
    ("Gerelateerde bedrijven krijgen geen toegang tot de nieuwsbrief", False),
])
def test_a_dutch_related_heading_names_a_topic_not_a_clause(line, heading):
    assert not_a_headline(line) is heading


def test_a_prompt_that_asks_the_reader_to_let_us_know_reports_no_one():
    """"laat … weten" reports a speaker ("…, laat een woordvoerder weten"), but "Laat het ons weten" asks the reader:
    the prompt stays a widget's sentence, not a story's."""
    from newsbrief.normalise.phrases import reports_speaker
    assert reports_speaker("We hebben ons beleid aangepast, laat een woordvoerder van de bank weten.")
    for prompt in ("Heb je een tip over dit onderwerp? Laat het ons weten via het formulier hieronder.",
                   "Wat vind jij van de nieuwe dienstregeling? Laat ons weten wat je ervan vindt in de reacties."):
        assert not reports_speaker(prompt), prompt
