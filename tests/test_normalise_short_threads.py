"""A short comment thread under a story (branch drag9b), in en/nl/ar: one or two comments under a counter.

WordPress prints each comment as the commenter's name, a stamp of saying and the date ("John" / "says:" / "November 1,
2012"; "Karin" / "schreef:" / "1 november 2012"; "أحمد" / "كتب:" / "١ نوفمبر ٢٠١٢"), under a counter ("2 Comments",
"One Response to <the post's title>"). One or two comments make no stamp chain (`comments.comment_thread` wants
three), no clock stands on the stamp, and the counter was no sure heading, so the comments' prose ran on as the story.
Now a comment heading or counter with a stamp of saying and its date right under it
(`comments._says_stamp_below`), or the counter that names the post's title unquoted (`_TITLED_HEADING`, the title a
line above it), ends the story after its first paragraphs: what follows is the soft "comment section". Guards: a
story that quotes someone with "says:" and a date under a subheading, with no comment counter, stays whole.

The user-level cases fail on the code before (the comments were kept); the guard passes on both.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.learned import packaged_model
from tests.test_normalise_learned import _layer_preferring

CASES = {
    "en": dict(
        headline="SEO case study: an income protection article",
        story=["If you read my recent posts, you will know the approach I promote: create great content, then give "
               "it a push through classic public relations.",
               "Here is one example that we have just started working on for a financial services provider in the "
               "north of England.",
               "My team researched this article for several weeks, and we even had a custom illustration made to go "
               "with it."],
        counter="2 Comments",
        titled="One Response to {}",
        comments=[("John", "says:", "November 1, 2012", "This seems to be the new way: write great content and then "
                                                           "give it a gentle push. Do let us know how it goes."),
                  ("GwenH", "says:", "November 7, 2012", "Thanks for sharing. I feel better now about all the time I "
                                                          "am taking to work on my own infographic.")]),
    "nl": dict(
        headline="Een praktijkvoorbeeld: het artikel over inkomensverzekeringen",
        story=["Wie mijn recente stukken las, kent mijn aanpak: maak goede inhoud en geef die daarna een duwtje met "
               "klassieke persberichten.",
               "Hier is een voorbeeld waar we net aan begonnen zijn voor een financiele dienstverlener in het noorden "
               "van het land.",
               "Mijn team deed wekenlang onderzoek voor dit artikel, en we lieten er zelfs een eigen illustratie bij "
               "maken."],
        counter="2 reacties",
        titled="Eén reactie op {}",
        comments=[("Karin", "schreef:", "1 november 2012", "Dit lijkt de nieuwe manier: schrijf goede inhoud en geef "
                                                          "het dan een duwtje. Laat ons weten hoe het gaat."),
                  ("Pieter", "schreef:", "7 november 2012", "Dank voor het delen. Ik voel me nu beter over alle tijd "
                                                           "die ik in mijn eigen infographic steek.")]),
    "ar": dict(
        headline="دراسة حالة: مقال عن تأمين الدخل",
        story=["من قرأ مقالاتي الأخيرة يعرف الطريقة التي أدعو إليها وهي أن تكتب محتوى جيدا ثم تدفعه بوسائل العلاقات "
               "العامة المعروفة.",
               "هذا مثال بدأنا العمل عليه للتو لصالح شركة خدمات مالية في شمال البلاد.",
               "بحث فريقي في موضوع هذا المقال عدة أسابيع بل وطلبنا رسما خاصا يرافقه."],
        counter="2 تعليقات",
        titled="1 تعليق على {}",
        comments=[("أحمد", "كتب:", "١ نوفمبر ٢٠١٢", "يبدو أن هذه هي الطريقة الجديدة أن تكتب محتوى جيدا ثم تدفعه قليلا "
                                                    "فأخبرنا كيف تسير الأمور."),
                  ("ليلى", "كتبت:", "٧ نوفمبر ٢٠١٢", "شكرا على المشاركة فأنا الآن أشعر براحة أكبر تجاه كل الوقت الذي "
                                                     "أقضيه في رسمي البياني.")]),
}
CHROME = ["Home", "Blog", "About", "Contact"]
FOOTER = ["Leave a comment", "Share", "Tweet", "Privacy", "Contact"]


def _article_mode() -> dict:
    return {**packaged_model(), "page": _layer_preferring(0)}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_two_comments_under_a_counter_are_not_the_story(lang):
    # before: two stamps make no chain and the counter had no clock or reply link under it: the comments were kept
    case = CASES[lang]
    thread = [line for comment in case["comments"] for line in comment]
    page = CHROME + [case["headline"]] + case["story"] + [case["counter"]] + thread + FOOTER
    article = normalise_text("\n".join(page), model=_article_mode())
    assert all(paragraph in article.paragraphs for paragraph in case["story"])
    assert not any(comment[3] in article.text for comment in case["comments"])


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_one_response_to_the_headline_is_not_the_story(lang):
    # before: "One Response to <the title>" quotes no title, so it was no sure heading, and the comment was kept
    case = CASES[lang]
    page = CHROME + [case["headline"]] + case["story"] + [case["titled"].format(case["headline"])] \
        + list(case["comments"][0]) + FOOTER
    article = normalise_text("\n".join(page), model=_article_mode())
    assert all(paragraph in article.paragraphs for paragraph in case["story"])
    assert case["comments"][0][3] not in article.text


def test_guard_a_quote_under_a_dated_subheading_stays():
    # guard (passes before and after): "says:" and a date in a story, with no comment counter over them, are the
    # story's own (a timeline that quotes its speakers)
    case = CASES["en"]
    body = case["story"] + ["What the minister says:", "November 1, 2012",
                            "The minister told parliament that the scheme would be reviewed within a year, and that "
                            "nobody would lose cover while the review was going on."]
    page = CHROME + [case["headline"]] + body + FOOTER
    article = normalise_text("\n".join(page), model=_article_mode())
    assert body[-1] in article.text and all(p in article.text for p in case["story"])
