"""A run of short lines between the story's paragraphs that is the story's own (issue 10 item 4, stop 32).

Inside the body, three short lines or more in a row were read as a menu or a headline list and dropped ("run of short
lines"), unless they had bullets, figures or a short lead-in of their own. Two shapes of the story's own lines fell
there: the list a paragraph announces ("During the webinar we will cover:" over three points of ten words each, too
long for the short lead-in's items), and a paragraph the page broke at its line ends into short pieces ("Suddenly, a
consultant arrives" / "at your office and asks you" / "to stop writing …"), each piece ending with no sentence end and
the next going on in lower case (or ending the sentence the line above ran on into). Every page here was written for these tests.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.classify import rule_classify
from newsbrief.normalise.features import line_features
from newsbrief.normalise.lines import join_hard_wraps, split_lines

MENU = ["Home", "News", "Events", "Contact"]
FOOTER = ["Share this:", "Twitter", "Facebook", "Copyright 2025 Example Media"]

ANNOUNCED = {
    "en": dict(
        title="Free webinar on the new county recycling rules",
        lead="The county's waste office will hold a free webinar for shop owners on the new recycling rules that take "
             "effect in March, with the head of the office and two inspectors.",
        lead_in="During the hour-long webinar the inspectors will cover:",
        items=["which kinds of packaging shops must now sort before collection",
               "how the new collection fees are worked out for small shops",
               "what an inspection looks like and how to prepare for one"],
        closing="After registering you will get an email with a link to join the webinar on the day. Places are "
                "limited, so the office asks shop owners to sign up early.",
    ),
    "nl": dict(
        title="Gratis webinar over nieuwe afvalregels voor winkeliers",
        lead="De afvaldienst van de gemeente houdt in maart een gratis webinar voor winkeliers over de nieuwe regels "
             "voor het scheiden van afval, met het hoofd van de dienst en twee handhavers.",
        lead_in="Tijdens het webinar van een uur bespreken de handhavers onder meer:",
        items=["welke soorten verpakkingen winkels voortaan apart moeten houden",
               "hoe de nieuwe ophaaltarieven voor kleine winkels worden berekend",
               "hoe een controle verloopt en hoe je je daarop voorbereidt"],
        closing="Na het aanmelden krijgt u een e-mail met een link om het webinar op de dag zelf te volgen. Het "
                "aantal plaatsen is beperkt, dus de dienst vraagt winkeliers zich snel aan te melden.",
    ),
    "ar": dict(
        title="ندوة مجانية عبر الإنترنت حول قواعد إعادة التدوير الجديدة",
        lead="تنظم إدارة النفايات في البلدية ندوة مجانية عبر الإنترنت لأصحاب المتاجر حول قواعد إعادة التدوير الجديدة "
             "التي يبدأ العمل بها في مارس، بمشاركة مدير الإدارة واثنين من المفتشين.",
        lead_in="وخلال الندوة التي تستمر ساعة يتناول المفتشون المحاور التالية:",
        items=["أنواع العبوات التي يجب على المتاجر فرزها قبل جمعها من الآن فصاعدا",
               "طريقة حساب رسوم الجمع الجديدة للمتاجر الصغيرة في كل الأحياء",
               "كيف يجري التفتيش وكيف يستعد صاحب المتجر له مسبقا"],
        closing="وبعد التسجيل يصل إلى المشارك بريد إلكتروني فيه رابط لمتابعة الندوة في يومها. والأماكن محدودة، لذلك "
                "تدعو الإدارة أصحاب المتاجر إلى التسجيل مبكرا.",
    ),
}


def _page(*parts) -> str:
    lines: list[str] = []
    for part in parts:
        lines.extend(part if isinstance(part, list) else [part])
    return "\n\n".join(lines)


def _rules(text: str) -> dict:
    lines = join_hard_wraps(split_lines(text))
    decisions, _, _ = rule_classify(lines, line_features(lines))
    return {line.text: d for line, d in zip(lines, decisions)}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_the_list_a_paragraph_announces_inside_the_body_is_kept(lang):
    # seen on a webinar notice: three points of ten words under "… will cover:" went as a menu run, and the summary
    # had the notice without what the webinar is about
    p = ANNOUNCED[lang]
    text = _page(MENU, p["title"], p["lead"] + " " + p["lead_in"], p["items"], p["closing"], FOOTER)
    by_text = _rules(text)
    for item in p["items"]:
        assert by_text[item].role == "content", (item, by_text[item].reason)
    kept = normalise_text(text).text
    for item in p["items"]:
        assert item in kept


def test_other_articles_headlines_under_a_paragraph_ending_in_a_colon_stay_out():
    # the colon is not enough: title-case lines are other stories' headlines (a related box the page set in the body)
    p = ANNOUNCED["en"]
    headlines = ["County Opens Second Recycling Centre In Westholm", "Shop Owners Protest Higher Collection Fees",
                 "Inspectors Find Mixed Waste In Half Of Bins"]
    text = _page(MENU, p["title"], p["lead"] + " " + p["lead_in"], headlines, p["closing"], FOOTER)
    by_text = _rules(text)
    for line in headlines:
        assert by_text[line].role == "removed", (line, by_text[line].reason)


WRAPPED = {
    "en": dict(
        title="Why batching requirements is not as sensible as it looks",
        before="Say you are a business analyst, and a good one. You have done the job for years, you know the "
               "business well, and your requirements documents are read and signed off on time.",
        # the second piece ends a sentence: a page may break a paragraph right after a full stop
        pieces=["Then, one morning, a cheerful agile coach", "turns up at your desk.",
                "She asks you to stop writing the long", "requirements document that describes"],
        after="everything the developers will be building next year. Instead, the coach wants small stories, written "
              "one at a time, just before the team needs them.",
    ),
    "nl": dict(
        title="Waarom alle eisen tegelijk opschrijven minder slim is dan het lijkt",
        before="Stel, je bent informatieanalist, en een goede. Je doet het werk al jaren, je kent de organisatie door "
               "en door, en je documenten met eisen worden op tijd gelezen en goedgekeurd.",
        pieces=["Dan staat er op een ochtend een vrolijke agile coach", "in je kamer die je vraagt om te stoppen met",
                "het lange document met eisen dat beschrijft"],
        after="wat de ontwikkelaars volgend jaar allemaal gaan bouwen. De coach wil in plaats daarvan kleine verhalen, "
              "een voor een geschreven, vlak voordat het team ze nodig heeft.",
    ),
}


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_paragraph_broken_into_short_lines_inside_the_body_is_kept(lang):
    # seen on a blog post: a paragraph the page broke at its line ends ("… asks you to stop writing" / "the long …")
    # lost its first three pieces as a menu run, and the fourth began mid-sentence
    p = WRAPPED[lang]
    text = _page(MENU, p["title"], p["before"], p["pieces"], p["after"], FOOTER)
    by_text = _rules(text)
    for piece in p["pieces"]:
        assert by_text[piece].role == "content", (piece, by_text[piece].reason)


def test_a_menu_run_between_paragraphs_is_no_broken_paragraph():
    # a menu's lines start upper-case: nothing goes on from one line into the next, and the run stays out
    p = WRAPPED["en"]
    menu = ["Agile coaching guides", "Requirements templates", "Team roles explained"]
    text = _page(MENU, p["title"], p["before"], menu, "Everything the developers will be building next year needs "
                 "a story. Instead, the coach wants small stories, written one at a time, just before the team "
                 "needs them.", FOOTER)
    by_text = _rules(text)
    for line in menu:
        assert by_text[line].role == "removed", (line, by_text[line].reason)
