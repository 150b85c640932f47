"""A comment counter written as a word (branch d27a), in en/nl/ar.

Some blog themes count a post's comments in words on a line of their own: "One comment", "Two Responses", "Eén
reactie", "Twee reacties", "تعليق واحد", "ثلاثة تعليقات". The counter in digits ("2 comments", "3 reacties",
"3 تعليقات") was in the phrase lists' `comments` group; the word form was in none, so the thread started at its first
stamp, under the first comment, and that comment's paragraphs were kept as the story's (dragnet's "kept after the
story: prose"). The word form is now the same counter. The user-level cases fail on the code before; the guards pass
on both.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from tests.test_normalise_counted_heading import POSTS, _article_mode

HEADS = {"en": ["One comment", "Three Responses"], "nl": ["Eén reactie", "Drie reacties"],
         "ar": ["تعليق واحد", "ثلاثة تعليقات"]}


#: a comment's stamp under its text ("by Name on <date> at <time>. Reply"): the thread is cut at its first stamp, so
#: without a counter above it the first comment's paragraphs stood above the cut, kept as the story's
STAMP = {"en": "by {} on November 8, 2012 at 4:14 pm. Reply", "nl": "door {} op 8 november 2012 om 16:14 uur. Reageer",
         "ar": "بواسطة {} في 8 نوفمبر 2012 الساعة 4:14 م. رد"}


def _post(lang: str, head: str) -> list[str]:
    case = POSTS[lang]
    names = [name.split(",")[0].split("،")[0] for name in case["names"]]
    thread = [line for name, text in zip(names, case["comments"]) for line in (text, STAMP[lang].format(name))]
    return case["chrome"] + [case["headline"], case["byline"]] + case["story"] + [head] + thread + ["Share", "Tweet"]


@pytest.mark.parametrize("head", [0, 1])
@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_comments_under_a_count_in_words_are_not_the_story(lang, head):
    # before: the word form was no counter, and the comments under it were kept as the story's paragraphs
    case = POSTS[lang]
    article = normalise_text("\n".join(_post(lang, HEADS[lang][head])), model=_article_mode())
    assert all(paragraph in article.paragraphs for paragraph in case["story"])
    assert not any(comment in article.text for comment in case["comments"])
    assert HEADS[lang][head] not in article.text


@pytest.mark.parametrize("line", ["One comment on the plan came from the mayor, who said she would wait for the figures.",
                                  "Twee reacties kwamen er op het plan, allebei van de bibliotheek zelf.",
                                  "One reply to the critics"])
def test_guard_a_sentence_that_opens_with_a_count_stays_the_story(line):
    # guard (passes before and after): a story's sentence or subheading that opens with a count in words is no counter
    case = POSTS["en"]
    text = case["chrome"] + [case["headline"], case["byline"]] + case["story"][:2] + [line] + case["story"][2:] + \
        ["Share", "Tweet"]
    article = normalise_text("\n".join(text), model=_article_mode())
    assert all(paragraph in article.paragraphs for paragraph in case["story"])
    assert line in article.text
