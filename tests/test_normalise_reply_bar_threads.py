"""A comment thread whose comments end or start with a bar and a reply link ("| Reply", "| Reageer", "| رد"), under a
blog post whose own footer ("By … 11:04 PM" / "| 12 Comments") stands above the story: the thread is a sure one (its
lines go as THREAD_REASON in every page mode), not a soft "comment section" a page mode may keep whole
(normalise/comments.py `_reply_link`; classify.py reads the thread again from the body's start)."""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.comments import THREAD_REASON

POSTS = {
    "en": dict(
        head=["Film Journal", "Another look at the new Bond", "By Ruth Calder on March 3, 2026 10:42 PM",
              "| 12 Comments", "| No TrackBacks"],
        story=["I am posting my review here again so that readers can leave comments, which the main site cannot take.",
               "The new film opens in Lisbon with a chase across the rooftops of the old town, and it hardly pauses "
               "for breath over the next two hours, which is both its strength and its weakness.",
               "The villain is the best the series has had in years, a quiet banker who never raises his voice and "
               "never needs to.",
               "It is not a perfect film, but it is the most confident the series has been since its reboot."],
        counter="12 Comments", date="March 4, 2026", reply="Reply",
        names=["Tom Hadley", "Grace", "Owen Pryce"],
        comment="I saw it last night and I agree about the villain, although I thought the middle hour dragged and "
                "the Lisbon chase went on far too long for my taste."),
    "nl": dict(
        head=["Filmblog", "Nog een blik op de nieuwe Bond", "Door Ruth Calder op 3 maart 2026 22:42",
              "| 12 reacties", "| Geen trackbacks"],
        story=["Ik plaats mijn recensie hier nog eens zodat lezers kunnen reageren, wat op de hoofdsite niet kan.",
               "De nieuwe film begint in Lissabon met een achtervolging over de daken van de oude stad, en daarna "
               "neemt hij twee uur lang nauwelijks gas terug, wat zijn kracht en zijn zwakte is.",
               "De schurk is de beste die de reeks in jaren heeft gehad, een stille bankier die nooit zijn stem "
               "verheft.",
               "Het is geen perfecte film, maar wel de zelfverzekerdste sinds de herstart van de reeks."],
        counter="12 reacties", date="4 maart 2026", reply="Reageer",
        names=["Tom Hadley", "Grietje", "Owen Pryce"],
        comment="Ik zag hem gisteravond en ben het eens over de schurk, al vond ik het middenstuk te lang en duurde "
                "de achtervolging in Lissabon me veel te lang."),
    "ar": dict(
        head=["مدونة السينما", "نظرة أخرى على فيلم بوند الجديد", "بقلم رضا الكاتب في 3 مارس 2026 22:42",
              "| 12 تعليقات", "| لا إشارات"],
        story=["أعيد نشر مراجعتي هنا حتى يتمكن القراء من التعليق، وهو ما لا يتيحه الموقع الرئيسي.",
               "يبدأ الفيلم الجديد في لشبونة بمطاردة فوق أسطح المدينة القديمة، ولا يكاد يتوقف لالتقاط الأنفاس طوال "
               "ساعتين، وهذه قوته وضعفه في آن واحد.",
               "الشرير هو الأفضل في السلسلة منذ سنوات، مصرفي هادئ لا يرفع صوته أبدا.",
               "ليس فيلما كاملا، لكنه الأكثر ثقة منذ إعادة إطلاق السلسلة."],
        counter="12 تعليقات", date="4 مارس 2026", reply="رد",
        names=["طارق سليم", "هدى", "عمر فريد"],
        comment="شاهدته مساء أمس وأتفق معك بشأن الشرير، لكن الساعة الوسطى كانت طويلة ومطاردة لشبونة استمرت "
                "أكثر مما ينبغي في رأيي."),
}


def _page(lang: str, glued: bool) -> str:
    c = POSTS[lang]
    out = ["Home", "News", "Blogs", *c["head"], *c["story"], c["counter"]]
    for k, name in enumerate(c["names"] * 2):
        stamp = f"{c['date']} {10 + k}:{k}5"
        if glued:  # one stamp line that ends in the reply link
            out += [f"{name} | {stamp} | {c['reply']}"]
        else:  # name, "| date", "| Reply" on three lines
            out += [name, f"| {stamp}", f"| {c['reply']}"]
        # a long comment: more lines than a stamp chain's gap (comments.COMMENT_GAP) between two stamps, now and then
        out += [c["comment"]] * (18 if k == 2 else 2)
    out += ["Leave a comment", "© 2026 Film Journal"]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("glued", [False, True], ids=["bar_lines", "stamp_end"])
@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_reply_bar_thread_under_a_post_footer_is_a_sure_thread(lang, glued):
    # main: the comments went as a soft "comment section" (a page mode may keep the thread whole)
    c = POSTS[lang]
    art = normalise_text(_page(lang, glued), language=lang)
    assert all(p in art.paragraphs for p in c["story"]) and c["comment"] not in art.paragraphs, art.paragraphs
    reasons = [reason for src, _role, reason in art.line_roles if src == c["comment"]]
    assert reasons and all(r == THREAD_REASON for r in reasons), set(reasons)


def test_a_story_line_ending_in_a_reply_word_is_no_reply_link():
    # a sentence of the story that ends in "reply" (no bar before it) stays, and no thread is read from it
    page = ("City council delays vote on parking fees\nBy Ruth Calder\n4 March 2026\n"
            "The council postponed its vote on new parking fees on Tuesday after traders asked for more time to reply.\n"
            "Officials said a decision would now be taken next month, once the consultation has closed.\n"
            "Traders in the town centre have argued that higher fees would drive shoppers to the retail park.\n")
    art = normalise_text(page, language="en")
    assert len(art.paragraphs) == 3, art.paragraphs
    assert not any(reason == THREAD_REASON for _s, _r, reason in art.line_roles)


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_stamps_ending_in_a_reply_link_sign_a_thread_without_a_counter(lang):
    # no comment counter over the thread: the reply link at each stamp's end ("… 10:05 | Reply") is its signal; main
    # read the stamps as a chain without one, a soft "comment section"
    c = POSTS[lang]
    page = _page(lang, glued=True).replace(c["counter"] + "\n", "").replace("\n".join(c["head"][2:]) + "\n", "")
    art = normalise_text(page, language=lang)
    reasons = [reason for src, _role, reason in art.line_roles if src == c["comment"]]
    assert reasons and all(r == THREAD_REASON for r in reasons), set(reasons)

