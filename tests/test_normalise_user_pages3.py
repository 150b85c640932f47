"""Pages tried as a new user would (third round, norm-fix3): what the normaliser got wrong on them, in nl/ar/en.

Each case fails on the code before its fix: a story about cookies, a newsletter or copyright lost the sentences that
name them (and in Dutch and Arabic everything after them), and its headline; ...
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


# --- item 1: a story that names cookies, newsletters or copyright ---------------------------------------------------

EN_COOKIE_STORY = [
    "Regulators in Brussels fined the airline Skyhop €3.4 million on Thursday over its booking site.",
    "Inspectors found that 22 tracking cookies were placed before travellers could refuse them.",
    "Accept all cookies was the only button on the first screen, the inspectors said.",
    "Passengers who booked a flight were also added to the airline's newsletter without being asked.",
    "Copyright claims by a photo agency over images on the site were settled separately last year.",
    "Read more about the decision on the regulator's website, the airline said in a statement, adding that it would appeal.",
    "Skyhop carried 9 million passengers last year, most of them on routes to southern Europe.",
]
NL_COOKIE_STORY = [
    "De toezichthouder heeft de webwinkel Koopgoed een boete van 900.000 euro opgelegd om haar cookiemeldingen.",
    "Volgens het onderzoek werden er cookies geplaatst voordat klanten op een knop hadden gedrukt.",
    "Klanten die iets bestelden, kregen daarnaast ongevraagd de nieuwsbrief van de winkel toegestuurd.",
    "Deze website gebruikt cookies, stond er in de melding, maar een knop om te weigeren ontbrak, aldus de toezichthouder.",
    "Koopgoed zegt de boete te betalen en de melding deze maand aan te passen aan de regels.",
    "De winkel had vorig jaar ruim twee miljoen klanten in Nederland en België.",
]
AR_COOKIE_STORY = [
    "فرضت هيئة حماية البيانات غرامة قدرها 300 ألف دينار على متجر إلكتروني بسبب جمع بيانات العملاء دون موافقتهم.",
    "وقالت الهيئة إن المتجر كان يضيف العملاء تلقائيا إلى النشرة البريدية عند أول عملية شراء.",
    "وأضافت أن خيار \"اشترك في النشرة البريدية\" كان مفعلا بشكل افتراضي ولا يمكن إلغاؤه بسهولة.",
    "كما أن ملفات تعريف الارتباط كانت تستخدم لتتبع العملاء على مواقع أخرى دون علمهم.",
    "ويملك المتجر أكثر من مليون عميل في المنطقة بحسب أرقام العام الماضي.",
]


@pytest.mark.parametrize("title, byline, date, story, banner", [
    ("Airline fined over cookie pop-ups on its booking site", "By Tom Hale", "June 4, 2026", EN_COOKIE_STORY,
     "We use cookies to give you the best experience. By using our site you agree to our cookie policy."),
    ("Webwinkel beboet om misleidende cookiemeldingen", "Door Eva Jansen", "4 juni 2026", NL_COOKIE_STORY,
     "Wij gebruiken cookies om je de beste ervaring te geven. Lees ons cookiebeleid."),
    ("غرامة على متجر إلكتروني بسبب النشرة البريدية", "بقلم سامي يوسف", "4 يونيو 2026", AR_COOKIE_STORY,
     "نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا."),
], ids=["en", "nl", "ar"])
def test_a_story_about_cookies_keeps_its_sentences_and_headline(title, byline, date, story, banner):
    # seen as a user: one story sentence with "cookies", "newsletter" or "copyright" in it was a cookie banner, a
    # newsletter prompt or a copyright footer; the headline naming them was no headline; and a Dutch or Arabic body
    # ended there, so the rest of the story went too
    art = normalise_text(_page("Tech", title, byline, date, *story, banner, "Share on Facebook"))
    assert art.title == title
    assert art.paragraphs == story
    assert banner in art.removed  # guard: a banner speaking to the reader is still one


@pytest.mark.parametrize("line", [
    "Sign up for our newsletter to get the best stories in your inbox every morning.",
    "This website uses cookies to improve your experience while you navigate through the website.",
    "Copyright 2026 Harbour Gazette. All rights reserved.",
    "Schrijf je in voor onze nieuwsbrief en ontvang elke ochtend het laatste nieuws.",
    "اشترك في النشرة البريدية ليصلك أهم الأخبار كل صباح.",
])
def test_widgets_in_the_story_are_still_removed(line):
    # guard (passes before and after): a widget between paragraphs speaks to the reader or is a footer
    art = normalise_text(_page("Airline fined over its booking site", "By Tom Hale", *EN_COOKIE_STORY[:3], line,
                               *EN_COOKIE_STORY[4:]))
    assert line not in art.paragraphs
