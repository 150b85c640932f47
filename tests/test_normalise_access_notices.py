"""A site's account and access notices written as prose, in en/nl/ar (stop 32, leftover of stop 31).

A regional site that syndicates a wire's stories prints, between its header and the headline, the notices of its
account system as sentences: "Your account has been frozen. For your available options click the below button.",
"To read this article in full you must be registered with the site.", "U heeft nog 2 gratis artikelen deze maand.",
"لقراءة هذا المقال كاملاً يجب عليك التسجيل في الموقع". Read as prose, the first of them became the body's start,
the notices the story's first paragraphs, and the headline under them was lost (the title was a menu item above the
date). The headline also stands over the story's own pager ("« Previous" / "Next »"), which is no site menu: a line
over a menu is the site's name, a line over a pager is the headline.
Hand-written pages; none is eval data.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text

STORY = {
    "en": ("Ferry services resume after harbour wall repairs", [
        "Ferry crossings between Eastport and the island resumed on Monday after engineers finished repairs to the "
        "harbour wall damaged in last month's storm.",
        "The operator said the first sailing left at 7am with about 120 passengers on board, and that the full "
        "timetable would run from Wednesday.",
        "Harbour master Gillian Roe said the wall had been strengthened with 400 tonnes of rock armour and would be "
        "inspected again in the spring.",
    ]),
    "nl": ("Veerpont vaart weer na herstel van kademuur", [
        "De veerpont tussen Veerhaven en het eiland vaart sinds maandag weer, nadat aannemers de kademuur hebben "
        "hersteld die vorige maand door de storm werd beschadigd.",
        "Volgens de rederij vertrok de eerste boot om zeven uur met ongeveer 120 passagiers aan boord. Vanaf "
        "woensdag geldt weer de volledige dienstregeling.",
        "Havenmeester Gerda de Roos zegt dat de muur is versterkt met 400 ton breuksteen en in het voorjaar "
        "opnieuw wordt gecontroleerd.",
    ]),
    "ar": ("استئناف رحلات العبارات بعد إصلاح جدار الميناء", [
        "استؤنفت رحلات العبارات بين الميناء والجزيرة يوم الاثنين بعد أن أنهى المهندسون إصلاح جدار الميناء الذي "
        "تضرر في العاصفة الشهر الماضي.",
        "وقالت الشركة المشغلة إن الرحلة الأولى انطلقت في السابعة صباحاً وعلى متنها نحو 120 راكباً، وإن الجدول "
        "الكامل سيعود يوم الأربعاء.",
        "وقال مدير الميناء إن الجدار تم تدعيمه بأربعمئة طن من الصخور وسيخضع لفحص جديد في الربيع.",
    ]),
}
HEAD = {
    "en": ["Register", "Sign In", "Help", "Home", "News", "Sport", "Community", "What's On", "Island Life",
           "Wednesday, 9th December 2026", "Email a friend", "Print article", "Published Date:", "7 December 2026",
           "Source:", "National Wire", "Location:", "The National Wire Newsdesk"],
    "nl": ["Registreren", "Inloggen", "Home", "Nieuws", "Sport", "Regio", "Uitgaan", "Eilandleven",
           "woensdag 9 december 2026", "Mail een vriend", "Print artikel", "Gepubliceerd:", "7 december 2026",
           "Bron:", "Persbureau Noord", "Locatie:", "Redactie Persbureau Noord"],
    "ar": ["تسجيل", "دخول", "الرئيسية", "أخبار", "رياضة", "مجتمع", "منوعات", "حياة الجزيرة",
           "الأربعاء 9 ديسمبر 2026", "أرسل لصديق", "طباعة", "تاريخ النشر:", "7 ديسمبر 2026"],
}
NOTICES = {
    "en": ["Premium Article !",
           "Your account has been frozen. For your available options click the below button.",
           "Options",
           "Premium Article !",
           "To read this article in full you must have registered and have a Premium Content Subscription with "
           "the National Wire site.",
           "Subscribe",
           "Registered Article !",
           "To read this article in full you must be registered with the site.",
           "Sign In", "Register"],
    "nl": ["Premium artikel",
           "Je account is geblokkeerd. Kies hieronder een van de mogelijkheden om verder te gaan.",
           "Opties",
           "Om dit artikel volledig te lezen moet je een account hebben en ingelogd zijn op de site.",
           "Je hebt nog 2 gratis artikelen deze maand.",
           "Inloggen", "Registreren"],
    "ar": ["مقال مميز",
           "تم تجميد حسابك. للاطلاع على الخيارات المتاحة اضغط على الزر أدناه.",
           "خيارات",
           "لقراءة هذا المقال كاملاً يجب عليك التسجيل في الموقع والاشتراك في الخدمة المميزة.",
           "دخول", "تسجيل"],
}
PAGER = {"en": ["« Previous", "« Previous", "Next »", "Next »", "View Gallery"],
         "nl": ["« Vorige", "« Vorige", "Volgende »", "Volgende »", "Bekijk fotoserie"],
         "ar": ["« السابق", "« السابق", "التالي »", "التالي »", "معرض الصور"]}
FOOT = {"en": ["Copyright National Wire 2026, All Rights Reserved", "Contact us", "Terms & Conditions"],
        "nl": ["Copyright Persbureau Noord 2026", "Contact", "Voorwaarden"],
        "ar": ["جميع الحقوق محفوظة 2026", "اتصل بنا", "الشروط والأحكام"]}


def _page(lang: str, notices: list[str]) -> str:
    title, paragraphs = STORY[lang]
    return "\n".join([*HEAD[lang], *notices, title, *PAGER[lang], *paragraphs, *FOOT[lang]])


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_account_and_access_notices_above_the_headline_are_no_story_and_the_headline_is_the_title(lang):
    title, paragraphs = STORY[lang]
    article = normalise_text(_page(lang, NOTICES[lang]), language=lang)
    assert article.title == title
    assert article.paragraphs[0] == paragraphs[0]
    kept = "\n".join(article.paragraphs)
    for notice in NOTICES[lang]:
        if len(notice.split()) > 3:
            assert notice not in kept
            assert notice in article.removed


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_headline_over_its_pager_is_the_title(lang):
    """No notices: the headline stands over its story's "« Previous" / "Next »" links, which are no site menu."""
    title, paragraphs = STORY[lang]
    article = normalise_text(_page(lang, []), language=lang)
    assert article.title == title
    assert article.paragraphs[0] == paragraphs[0]


SITE_NOTICES = {
    "en": ["You have 2 free articles left this month.",
           "We have updated our privacy policy. Please take a moment to read how we use your data.",
           "Log in or register to continue reading."],
    "nl": ["U heeft nog 1 gratis artikel deze maand.",
           "We hebben ons privacybeleid aangepast. Lees hier hoe wij met je gegevens omgaan.",
           "Je moet ingelogd zijn om dit artikel te lezen."],
    "ar": ["تبقى لك مقالان مجانيان هذا الشهر.",
           "لقد قمنا بتحديث سياسة الخصوصية. يرجى الاطلاع على كيفية استخدامنا لبياناتك.",
           "يجب عليك تسجيل الدخول لمتابعة قراءة المقال."],
}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
@pytest.mark.parametrize("where", ["above", "under the headline"])
def test_a_metered_wall_or_a_policy_notice_in_prose_is_no_story(lang, where):
    title, paragraphs = STORY[lang]
    parts = [*HEAD[lang], *SITE_NOTICES[lang], title] if where == "above" else \
        [*HEAD[lang], title, *SITE_NOTICES[lang]]
    article = normalise_text("\n".join([*parts, *paragraphs, *FOOT[lang]]), language=lang)
    assert article.title == title
    assert article.paragraphs[0] == paragraphs[0]
    for notice in SITE_NOTICES[lang]:
        assert notice in article.removed


GUARDS = {
    "en": "\"Your account has been frozen, click the link to restore access,\" the message read, police said, and "
          "more than 300 people in Eastport handed over their bank details.",
    "nl": "\"Je account is geblokkeerd, klik op de link om toegang te herstellen\", stond er in het bericht, zegt de "
          "politie. Ruim 300 inwoners gaven hun bankgegevens af.",
    "ar": "وقالت الشرطة إن الرسالة جاء فيها \"تم تجميد حسابك، اضغط على الرابط لاستعادة الوصول\"، وإن أكثر من 300 "
          "شخص سلموا بياناتهم المصرفية.",
}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_guard_a_story_that_quotes_an_account_notice_keeps_it(lang):
    title, paragraphs = STORY[lang]
    page = "\n".join([*HEAD[lang], title, paragraphs[0], GUARDS[lang], *paragraphs[1:], *FOOT[lang]])
    article = normalise_text(page, language=lang)
    assert GUARDS[lang] in article.paragraphs


def test_guard_a_breadcrumbs_piece_over_a_pager_is_no_headline():
    """A breadcrumb split over lines ("Guides >" / "Planning a Survey >") over the pager's "Previous •" / "Next |"
    reads as the site's furniture over a menu still: the pager exemption is for a headline, not a trail's piece."""
    page = "\n".join([
        "Planning a Survey: chapter 4, part A", "Choosing who to ask", "Home >", "Guides >", "Planning a Survey >",
        "Previous •", "Next |", "Sitemap |", "Search", "2. Draw the sample",
        "A survey of listeners is only as good as its sample. Before you print a single questionnaire, decide who "
        "the station wants to hear from and how many of them it needs to ask.",
        "For a local station, three or four hundred interviews spread over the whole area usually give a fair "
        "picture, as long as no village or age group is left out.",
    ])
    article = normalise_text(page, language="en")
    assert article.title == "Planning a Survey: chapter 4, part A"
