"""Titles that are a site's tool or page link, from the eval dump's titles (issue 10, stop 29, title29 item 1): a call
to the reader naming the site ("Ask our Volkswagen Experts", "Get in Touch", "Read Our Blog"), a print or e-mail tool
("Printer Friendly Version") and its form's notice ("This story will display in ..."), a policy page ("Submissions and
Discussion Policy") were taken for the headline. Title case makes such a link outscore a sentence-case headline, and a
site's name in it shares the story's words. The phrase lists' ``tool_label`` group (en, nl, ar; no category: only the
headline choice asks for it) now names them, and a sign-up form's notices ("Please enter a valid email address.") and
error line are furniture, so the story's body no longer starts on them, above its own headline. Every page is invented.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.phrases import in_group
from tests.scaling import assert_grows_linearly, run_phrase_patterns

STORY = {
    "en": ("Garden centres see record spring",
           ["Garden centres across the region say spring sales have reached a record after the mildest winter in a "
            "decade, with seed and compost orders up by a third.",
            "Owners told the trade association that customers started planting three weeks earlier than usual, and "
            "that staff had been hired to keep up with demand.",
            "The association expects the rise to slow in May once the early planters have finished their beds."]),
    "nl": ("Tuincentra zien recordvoorjaar",
           ["Tuincentra in de regio zeggen dat de voorjaarsverkoop een record heeft bereikt na de zachtste winter in "
            "tien jaar, met een derde meer bestellingen van zaden en compost.",
            "Eigenaren vertelden de brancheorganisatie dat klanten drie weken eerder dan normaal begonnen met planten "
            "en dat er extra personeel is aangenomen.",
            "De brancheorganisatie verwacht dat de groei in mei afvlakt zodra de vroege planters klaar zijn met hun "
            "borders."]),
    "ar": ("ربيع قياسي لمراكز الحدائق",
           ["قالت مراكز الحدائق في المنطقة إن مبيعات الربيع بلغت مستوى قياسيا بعد أدفأ شتاء منذ عشر سنوات، مع زيادة "
            "طلبات البذور والسماد بمقدار الثلث.",
            "وأبلغ أصحاب المراكز الجمعية التجارية أن الزبائن بدأوا الزراعة قبل ثلاثة أسابيع من المعتاد، وأنهم وظفوا "
            "عمالا إضافيين لتلبية الطلب.",
            "وتتوقع الجمعية أن يتباطأ النمو في مايو بعد أن ينتهي المزارعون الأوائل من أحواضهم."]),
}

# a shop's blog: its menu, with a call to "ask our experts" in title case, over a post whose headline is sentence case
ASK_MENU = {
    "en": ["Greenway Garden Centre", "Home", "Ask our Garden Experts", "About us", "Garden Services",
           "Lawn Care Service", "Hedge Trimming Service", "Garden Tools", "Garden Furniture",
           "« Garden centre opens new cafe"],
    "nl": ["Groenweg Tuincentrum", "Home", "Stel Je Vraag Aan Onze Tuinexperts", "Over ons", "Tuindiensten",
           "Gazononderhoud", "Heggen snoeien", "Tuingereedschap", "Tuinmeubelen", "« Tuincentrum opent nieuw café"],
}


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_call_to_ask_our_experts_is_no_title(lang):
    title, body = STORY[lang]
    art = normalise_text("\n".join([*ASK_MENU[lang], title, *body]) + "\n")
    assert art.title == title, art.title


# a page whose headline the dump lost (a two-word line at the top, a headline glued to a URL line): the site's
# links around it are no headline either; no title beats a wrong one
NO_HEADLINE = {
    ("print", "en"): ["Home", "| News | About", "Featured Views", "Printer Friendly Version", "E-Mail This Article",
                      "Published on Monday, March 2, 2026 in the Valley Times", "by Anna Berg"],
    ("contact", "en"): ["About Us", "About", "Read Our Blog", "Subscription", "Refund Policy", "Get in Touch",
                        "Contact Us", "Give Feedback"],
    ("contact", "nl"): ["Over Ons", "Over", "Lees Onze Blog", "Abonnement", "Retourbeleid", "Neem Contact Op",
                        "Contact", "Geef Feedback"],
    ("policy", "en"): ["Help and Contact Us", "Terms of Service", "Privacy Policy", "Submissions and Discussion Policy",
                       "RSS Terms of Service", "Sections"],
    ("policy", "ar"): ["المساعدة واتصل بنا", "شروط الخدمة", "سياسة الخصوصية", "سياسة التعليقات", "شروط RSS",
                       "الأقسام"],
    # a site's search box and login link (title29's extra cause: "Search the ABC", "Sign in to your … account")
    ("search", "en"): ["Home", "News", "Search This Site", "Sign in to your Greenway account"],
    ("search", "nl"): ["Home", "Nieuws", "Zoeken Op Deze Site", "Inloggen Met Google"],
    ("search", "ar"): ["الرئيسية", "أخبار", "ابحث في الموقع", "تسجيل الدخول عبر جوجل"],
}


@pytest.mark.parametrize("kind,lang", sorted(NO_HEADLINE))
def test_site_link_over_a_story_without_headline_is_no_title(kind, lang):
    links = NO_HEADLINE[kind, lang]
    art = normalise_text("\n".join([*links, *STORY[lang][1]]) + "\n")
    assert art.title not in links, art.title


# an e-mail-this-story form and a newsletter box above the headline: the form's notices are no story (the body started
# on "Please enter a valid email address.", so the headline under them was not looked at) and its notice about the
# page is no headline
FORM = {
    "en": ["Greenway", "Top Stories", "continue to story", "This story will display in ...", "gardening", "spring",
           "Share", "Facebook", "Email this post", "Get our top stories", "Please enter your email address.",
           "Please enter a valid email address.", "Please check your inbox for a confirmation email.",
           "An error occured, please try again later."],
    "nl": ["Groenweg", "Topverhalen", "verder naar het artikel", "Dit artikel wordt verstuurd naar ...", "tuinieren",
           "voorjaar", "Delen", "Facebook", "Mail dit artikel", "Ontvang onze topverhalen", "Vul je e-mailadres in.",
           "Vul een geldig e-mailadres in.", "Controleer je inbox voor de bevestiging.",
           "Er ging iets mis, probeer het later opnieuw."],
    "ar": ["الطريق الأخضر", "أهم الأخبار", "تابع إلى الخبر", "سيتم إرسال هذا الخبر إلى ...", "الحدائق", "الربيع",
           "شارك", "فيسبوك", "أرسل هذا المقال", "احصل على أهم أخبارنا", "يرجى إدخال بريدك الإلكتروني.",
           "يرجى إدخال بريد إلكتروني صالح.", "تحقق من بريدك الوارد لتأكيد الاشتراك.", "حدث خطأ، يرجى المحاولة لاحقا."],
}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_email_form_above_the_headline(lang):
    title, body = STORY[lang]
    art = normalise_text("\n".join([*FORM[lang], title, "Anna Berg", "View Profile", *body]) + "\n")
    assert art.title == title, art.title
    assert art.text.startswith(body[0][:30]), art.text[:200]


@pytest.mark.parametrize("line", ["Ask our Volkswagen Experts", "Get in Touch", "Printer Friendly Version",
                                  "Submissions and Discussion Policy", "This story will display in ...",
                                  "Neem contact op", "Stuur door", "Printvriendelijke versie", "Reactiebeleid",
                                  "أرسل لصديق", "نسخة للطباعة", "اتصل بنا", "سياسة التعليقات", "Search the ABC",
                                  "Search Reslife.net", "Sign in / Sign up", "Print This Article | Single Page",
                                  "Doorzoek Nieuwsblad.nl", "Inloggen / Registreren", "البحث في الموقع"])
def test_tool_labels_are_known(line):
    assert in_group(line, len(line.split()), "tool_label")


@pytest.mark.parametrize("headline", [
    "Follow the money: how councils spend parking fines", "Ask the expert: will mortgage rates rise again?",
    "Our leaders don't have the courage to act", "Privacy policy changes anger app users",
    "Government unveils new refund policy for rail passengers", "Contacten met China onder de loep",
    "Volg de regels bij het snoeien van heggen", "سياسة التعليم الجديدة تثير الجدل", "اتصالات مكثفة لوقف إطلاق النار",
    "Search for missing boy called off", "Search open buffers by filename", "Sign language interpreters win pay deal",
    "Sign up for flu jabs opens at GP surgeries", "Sign in to vote closes at noon, officials say",
    "Zoektocht naar vermiste jongen gestaakt", "البحث عن المفقودين مستمر"])
def test_guard_headlines_are_no_tool_labels(headline):
    assert not in_group(headline, len(headline.split()), "tool_label")


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_guard_headline_under_a_plain_menu_stays(lang):
    title, body = STORY[lang]
    menu = {"en": ["Home", "News", "Gardening"], "nl": ["Home", "Nieuws", "Tuinieren"], "ar": ["الرئيسية", "أخبار", "حدائق"]}
    art = normalise_text("\n".join([*menu[lang], title, *body]) + "\n")
    assert art.title == title, art.title


def test_guard_form_notice_words_in_a_story_sentence_stay():
    # a story that reports a scam's wording keeps the sentence (contains phrases only match short lines)
    body = ["Police in Eastbridge have warned residents about a fake parcel message that tells them to check your "
            "inbox for a confirmation email and then asks for their bank details on a copied website, officers said.",
            *STORY["en"][1][1:]]
    art = normalise_text("\n".join(["Police warn of parcel scam", *body]) + "\n")
    assert "fake parcel message" in art.text


@pytest.mark.parametrize("head", ["Search the ", "Sign in to ", "Ask our ", "Zoeken op deze ", "تسجيل الدخول عبر "])
def test_tool_label_patterns_are_linear(head):
    assert_grows_linearly(run_phrase_patterns, lambda k: head + "site " * k + ":", 500, 2000)


@pytest.mark.parametrize("lang,tool", [("en", "Search Greenway.net"), ("en", "Get In Touch"),
                                       ("nl", "Doorzoek Groenweg.nl"), ("nl", "Neem Contact Op")])
def test_site_link_under_the_headline_is_no_byline(lang, tool):
    # two capitalised words read as a name: a tool's label is no person (metadata.is_name_like)
    title, body = STORY[lang]
    art = normalise_text("\n".join([title, tool, *body]) + "\n")
    assert art.title == title and art.byline is None, (art.title, art.byline)


@pytest.mark.parametrize("lang,name", [("en", "Anna Berg"), ("nl", "Anna de Berg")])
def test_guard_name_under_the_headline_stays_the_byline(lang, name):
    title, body = STORY[lang]
    art = normalise_text("\n".join([title, name, *body]) + "\n")
    assert art.byline == name, art.byline
