"""A post shown twice with its footer between the copies (reprint.py, issue 10 stop 25, dragnet's TypePad and
Blogger pages): the blog's front-page copy of the post (headline, paragraphs, "Posted at 08:15 AM in Birds |
Permalink", "Comments") stood above the post page's own copy, and both were kept, each paragraph twice (precision
halved: the gold keeps one copy). Every page here is written for the tests; the first test fails before the rule,
the others are guards that pass before and after it (a page that prints its text twice on purpose, a forum reply that
quotes a post, copies with a second header between them). The first copy is read: it stands under the page's date
line, with the post's footer and comments under it; the headline stays twice, as on any such blog page.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.features import line_features
from newsbrief.normalise.lines import Line
from newsbrief.normalise.reprint import REPRINT_REASON, reprint_span

POSTS = {
    "en": ("The oystercatchers have started nesting early", [
        "Three pairs of oystercatchers were already sitting on eggs along the shingle spit by the second week of "
        "March, almost a month earlier than in any year since the wardens began keeping records.",
        "The wardens think the mild winter left the mussel beds unusually rich, so the birds came into breeding "
        "condition sooner than they normally would.",
        "Visitors are asked to keep to the boardwalk until the end of July and to keep dogs on a short lead anywhere "
        "near the spit.",
    ], "Saltmarsh Notes\nHome\nArchives\nAbout\n« Spring tides on the estuary |\nMain\n| Ringing the terns »\n"
       "March 14, 2026",
       "Posted at 08:15 AM in Birds, Reserve news | Permalink\nReblog (0)\n|\nComments",
       "Comments\nJenny Hale said...\nLovely news, thank you.\nPost a comment"),
    "nl": ("De scholeksters broeden dit jaar vroeg", [
        "Al in de tweede week van maart zaten drie paren scholeksters op eieren op de schelpenbank, bijna een maand "
        "eerder dan in enig jaar sinds de boswachters het bijhouden.",
        "De boswachters denken dat de zachte winter de mosselbanken ongewoon rijk heeft gemaakt, waardoor de vogels "
        "eerder in broedconditie kwamen.",
        "Bezoekers wordt gevraagd tot eind juli op het vlonderpad te blijven en honden overal in de buurt van de "
        "schelpenbank kort aan de lijn te houden.",
    ], "Kwelderberichten\nHome\nArchief\nOver mij\n« Springtij op het wad |\nHoofdpagina\n| Sterns ringen »\n"
       "14 maart 2026",
       "Geplaatst om 08:15 in Vogels, Nieuws uit het reservaat | Permalink\nReblog (0)\n|\nReacties",
       "Reacties\nJenny de Haan zei...\nMooi nieuws, dank je.\nReactie plaatsen"),
    "ar": ("طيور صائد المحار تعشش مبكرا هذا العام", [
        "كانت ثلاثة أزواج من طيور صائد المحار ترقد على البيض فوق لسان الحصى في الأسبوع الثاني من مارس، قبل موعدها "
        "المعتاد بشهر تقريبا منذ أن بدأ الحراس تسجيل ذلك.",
        "ويعتقد الحراس أن الشتاء المعتدل جعل مزارع بلح البحر غنية على غير العادة، فبلغت الطيور موسم التكاثر أبكر "
        "من المعتاد.",
        "ويطلب من الزوار البقاء على الممشى الخشبي حتى نهاية يوليو وإبقاء الكلاب مقيدة بمقود قصير قرب اللسان.",
    ], "مذكرات السبخة\nالرئيسية\nالأرشيف\nمن أنا\n« المد العالي في المصب |\nالرئيسية\n| تحليق الخطاف »\n"
       "14 مارس 2026",
       "نشر في 08:15 صباحا في طيور، أخبار المحمية | رابط دائم\nإعادة نشر (0)\n|\nالتعليقات",
       "التعليقات\nجنى الحلو قالت...\nخبر جميل، شكرا.\nأضف تعليقا"),
}


def _page(lang: str, between: str | None = None) -> tuple[str, list[str]]:
    headline, paragraphs, top, footer, tail = POSTS[lang]
    copy = headline + "\n" + "\n".join(paragraphs)
    footer = footer if between is None else between
    return "\n".join(part for part in (top, copy, footer, copy, tail) if part) + "\n", paragraphs


@pytest.mark.parametrize("lang", sorted(POSTS))
def test_post_shown_twice_with_its_footer_between_is_read_once(lang):
    page, paragraphs = _page(lang)
    article = normalise_text(page)
    for paragraph in paragraphs:
        assert article.paragraphs.count(paragraph) == 1, (paragraph, article.paragraphs)
    assert article.title == POSTS[lang][0]
    # nothing vanishes: the second copy's paragraphs are in `removed`, with their reason (its headline, twice on the
    # page like a blog's, is the title's repeat)
    aside = [text for text, role, reason in article.line_roles if reason == REPRINT_REASON]
    assert aside == paragraphs
    assert all(role == "removed" for _text, role, reason in article.line_roles if reason == REPRINT_REASON)
    # the trail keeps the page's order: the copy read (content) stands before the copy set aside
    roles = [(role, reason) for text, role, reason in article.line_roles if text == paragraphs[0]]
    assert roles == [("content", roles[0][1]), ("removed", REPRINT_REASON)], roles


@pytest.mark.parametrize("lang", sorted(POSTS))
def test_text_printed_twice_with_nothing_between_keeps_both_copies(lang):
    """Guard: with no footer between the copies the page prints its text twice on purpose (a lorem-ipsum test page,
    a transcript under its summary): the golds keep both, so the rule does not fire."""
    headline, paragraphs, top, _footer, tail = POSTS[lang]
    copy = "\n".join(paragraphs)
    page = "\n".join((top, headline, copy, copy, tail)) + "\n"
    article = normalise_text(page)
    assert not any(reason == REPRINT_REASON for _t, _r, reason in article.line_roles)


def _lines(text: str) -> tuple[list[str], list]:
    lines = [Line(t) for t in text.splitlines() if t.strip()]
    return [line.text for line in lines], line_features(lines)


@pytest.mark.parametrize("lang", sorted(POSTS))
def test_quoted_post_that_goes_on_in_prose_is_no_copy(lang):
    """Guard: a forum reply quotes a post whole, then goes on in prose of its own: both stay."""
    page, paragraphs = _page(lang)
    reply = {"en": "I walked out there on Sunday and counted four pairs, so the wardens may be a little behind with "
                   "their own count this year.",
             "nl": "Ik liep er zondag heen en telde vier paren, dus de boswachters lopen misschien een beetje achter "
                   "met hun eigen telling dit jaar.",
             "ar": "مشيت إلى هناك يوم الأحد وعددت أربعة أزواج، لذلك ربما تأخر الحراس قليلا في عدهم هذا العام كما "
                   "يبدو لي."}[lang]
    # the second copy is the reply's quote: the reply's own paragraph follows it
    quoted = page.replace(POSTS[lang][4], reply + "\n" + POSTS[lang][4])
    assert reprint_span(*_lines(quoted)) is None
    assert reprint_span(*_lines(page)) is not None


def test_copies_with_a_second_header_between_are_no_post_shown_twice():
    """Guard: the line between the copies that repeats the first copy's header (its headline, its byline) is the
    second copy's own header: the page is laid out twice (a print view with no "Printed from" footer)."""
    _headline, paragraphs, _top, _footer, _tail = POSTS["en"]
    page = "\n".join(["Eastport Post", "Oystercatchers nest early on the spit", "By Mara Quinn", *paragraphs,
                      "News", "Sport", "Oystercatchers nest early on the spit", "By Mara Quinn",
                      "Published: 14 March 2026, 09:40", *paragraphs, "Related stories"])
    assert reprint_span(*_lines(page)) is None
    assert reprint_span(*_lines(page.replace("Oystercatchers nest early on the spit\nBy Mara Quinn\nPublished",
                                             "Published"))) is not None
