"""A thread whose stamps trail their comments starts at the comment header over it (branch d27a), in en/nl/ar.

Some blog themes print a comment's stamp under its text ("Great post. …" / "by Eric Kennedy on November 9, 2010 at
6:10 am. Reply #"). The thread was cut at its first stamp, so the first comment's paragraphs, between the post's
comment header ("45 comments") and that stamp, stayed the story's when the first comment ran longer than the header's
reach (comments.COUNTER_REACH lines; dragnet's "kept after the story: prose"). Over a thread the rules are sure of (a
comment signal by its stamps), the header at most COMMENT_GAP lines above the first stamp, with only prose between,
now starts the thread (comments.header_over_thread). The user-level cases fail on the code before; the guards pass on
both.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from tests.test_normalise_counted_heading import POSTS, _article_mode

STAMP = {"en": "by {} on November 8, 2012 at 4:14 pm. Reply", "nl": "door {} op 8 november 2012 om 16:14 uur. Reageer",
         "ar": "بواسطة {} في 8 نوفمبر 2012 الساعة 4:14 م. رد"}
HEADER = {"en": "45 comments", "nl": "45 reacties", "ar": "45 تعليقات"}
#: the first comment, five paragraphs long (longer than the header's reach)
FIRST = {
    "en": ["Great post, and I say that as someone who has used that reading room for years.",
           "The retraining idea is the weak part: the students there are not the ones who need new skills.",
           "As you point out, the families who come on Sundays have nowhere else to go on that day.",
           "In my own town the library closed on Sundays two years ago and the reading room never recovered.",
           "The professor who ran the story hour moved to the next town, and the families followed her there."],
    "nl": ["Mooi stuk, en dat zeg ik als iemand die al jaren in die leeszaal zit te werken.",
           "Het idee van omscholing is het zwakke punt: de studenten daar zijn niet degenen die dat nodig hebben.",
           "Zoals je zegt hebben de gezinnen die op zondag komen op die dag nergens anders heen te gaan.",
           "In mijn eigen stad ging de bibliotheek twee jaar geleden op zondag dicht en de leeszaal herstelde nooit.",
           "De vrouw die het voorleesuur deed, vertrok naar de buurstad, en de gezinnen gingen met haar mee."],
    "ar": ["مقال رائع وأقول ذلك بصفتي شخصا يستخدم قاعة القراءة هذه منذ سنوات طويلة.",
           "فكرة إعادة التأهيل هي الجزء الضعيف لأن الطلاب هناك ليسوا من يحتاجون إلى مهارات جديدة.",
           "وكما أشرت فإن العائلات التي تأتي يوم الأحد لا تجد مكانا آخر تذهب إليه في ذلك اليوم.",
           "في مدينتي أغلقت المكتبة أيام الأحد قبل عامين ولم تتعاف قاعة القراءة بعد ذلك أبدا.",
           "والسيدة التي كانت تدير ساعة الحكايات انتقلت إلى المدينة المجاورة وتبعتها العائلات إلى هناك."],
}


def _post(lang: str) -> list[str]:
    case = POSTS[lang]
    names = [name.split(",")[0].split("،")[0] for name in case["names"]]
    thread = FIRST[lang] + [STAMP[lang].format(names[0])]
    for name, text in zip(names[1:], case["comments"][1:]):
        thread += [text, STAMP[lang].format(name)]
    return case["chrome"] + [case["headline"], case["byline"]] + case["story"] + [HEADER[lang]] + thread + \
        ["Share", "Tweet"]


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_the_first_comment_over_a_trailing_stamp_is_no_story(lang):
    # before: the thread started at the first stamp, and the first comment's five paragraphs were the story's
    case = POSTS[lang]
    article = normalise_text("\n".join(_post(lang)), model=_article_mode())
    assert all(paragraph in article.paragraphs for paragraph in case["story"])
    assert not any(paragraph in article.text for paragraph in FIRST[lang])
    assert HEADER[lang] not in article.text


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_guard_a_counter_with_a_subheading_under_it_ends_nothing_more(lang):
    # guard (passes before and after): a subheading of the story between the counter and the paragraphs under it
    # (a share bar's "45 comments" inside the story) leaves those paragraphs the story's; the thread starts at its
    # first stamp as before
    case = POSTS[lang]
    page = _post(lang)
    at = page.index(HEADER[lang])
    page.insert(at + 1, {"en": "What the council said", "nl": "Wat de gemeente zei", "ar": "ماذا قال المجلس"}[lang])
    article = normalise_text("\n".join(page), model=_article_mode())
    assert all(paragraph in article.paragraphs for paragraph in case["story"])
    assert FIRST[lang][0] in article.text
