"""Titles that are a page's buttons or form labels, from the eval dump's title counts (issue 10, stop 28, title28
extra cause): a share button ("Email this post"), a login form's labels ("Email or Phone", "Keep me logged in"), an
ad's button ("Remove this ad") and a link with its arrow ("« Back to blog", "HOME PAGE »") were taken for the headline
above a blog post. The phrase lists now know the buttons and labels in en, nl and ar, and a line that opens or ends
with a link's arrow scores no headline (classify._arrow_link; a quotation's paired guillemets are no arrow). Every
page is invented.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from tests.scaling import assert_grows_linearly

POST = {
    "en": ("A faster way to send messages on your phone",
           ["Today we are rolling out a faster way to send messages from your phone, so you can reach friends "
            "without opening the full app.",
            "The new messenger starts in a second and keeps your conversations in sync with the desktop site."]),
    "nl": ("Een snellere manier om berichten te sturen op je telefoon",
           ["Vandaag brengen we een snellere manier uit om berichten te sturen vanaf je telefoon, zodat je vrienden "
            "bereikt zonder de hele app te openen.",
            "De nieuwe berichtendienst start binnen een seconde en houdt je gesprekken gelijk met de website."]),
    "ar": ("طريقة أسرع لإرسال الرسائل من هاتفك",
           ["نطلق اليوم طريقة أسرع لإرسال الرسائل من هاتفك، حتى تصل إلى أصدقائك دون فتح التطبيق الكامل.",
            "وتعمل خدمة الرسائل الجديدة خلال ثانية واحدة وتحافظ على تزامن محادثاتك مع الموقع."]),
}

BLOG_TOP = {
    # a login form and the blog's name over the post's head
    "en": ["Acme logo", "Email or Phone", "Keep me logged in",
           "Sign Up. Acme helps you connect and share with the people in your life.", "The Acme Blog",
           "Acme Page · RSS Feed"],
    "nl": ["Acme logo", "E-mail of telefoonnummer", "Blijf ingelogd",
           "Meld je aan. Met Acme deel je alles met de mensen om je heen.", "Het Acme Blog", "Acme Pagina · RSS"],
    "ar": ["شعار أكمي", "البريد الإلكتروني أو الهاتف", "ابقني متصلا",
           "سجل الآن. أكمي يساعدك على التواصل مع الناس في حياتك.", "مدونة أكمي", "صفحة أكمي · RSS"],
}
BACK_LINK = {"en": "« Back to blog", "nl": "« Terug naar blog", "ar": "« العودة إلى المدونة"}
ARCHIVE = ["September (6)", "August (6)", "Subscribe via RSS"]


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_login_form_label_over_a_blog_post_is_no_title(lang):
    title, body = POST[lang]
    art = normalise_text("\n".join([*BLOG_TOP[lang], title, *body]) + "\n")
    # the post's head under the blog's name is not found either (left open): no title beats a button's
    assert art.title in (None, title), art.title


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_back_link_over_a_post_is_no_title(lang):
    title, body = POST[lang]
    art = normalise_text("\n".join([*ARCHIVE, BACK_LINK[lang], "Edit", "Delete", title + "!", *body]) + "\n")
    assert art.title in (None, title + "!"), art.title


WIDGETS = [
    ("en", ["Email this post"]), ("en", ["Remove this ad"]), ("en", ["Company Blog HOME PAGE »"]),
    ("nl", ["Mail dit artikel"]), ("ar", ["أرسل هذا المقال"]), ("ar", ["إزالة الإعلان"]),
]


@pytest.mark.parametrize("lang,widgets", WIDGETS)
def test_guard_headline_under_a_button_stays_the_title(lang, widgets):
    title, body = POST[lang]
    art = normalise_text("\n".join([*widgets, title, *body]) + "\n")
    assert art.title == title, art.title


@pytest.mark.parametrize("headline", ["«Wij gaan door» zegt de premier na het debat",
                                      "قال الوزير «لن نتراجع» عن خطة المياه",
                                      "Council sets out its plan for the river path"])
def test_guard_quoted_headline_keeps_its_guillemets(headline):
    body = POST["en"][1] if headline.startswith("Council") else POST["nl" if "premier" in headline else "ar"][1]
    art = normalise_text("\n".join(["Home | News", headline, *body]) + "\n")
    assert art.title == headline


def test_arrow_check_is_linear():
    from newsbrief.normalise.classify import _arrow_link

    assert_grows_linearly(_arrow_link, lambda n: "a »" + " " * n + "x", 8000, 32000)
    assert_grows_linearly(_arrow_link, lambda n: " »" * n + "x", 8000, 32000)
