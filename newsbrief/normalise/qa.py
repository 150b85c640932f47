"""A question-and-answer page (Stack Exchange, an Arabic "سؤال وجواب" site): the question and its answers are the text.

A news page has one body of running text; a Q&A page has a short question post and a few answers, each one paragraph
or two, separated by the vote counts, user cards and buttons of every post. The body region (classify._body_region)
then anchors on the longest answer alone: the question's title is too far above it for the headline window, the
question's text is "before the article" and the other answers "after the article".

What tells a Q&A page is its answer counter ("3 Answers", "3 antwoorden", "الإجابات (3)": the phrase lists' `answers`
group) below a question headline (a question with the asker's stamp under it, classify._question_headline). Then
the question is the title, and the body runs from the question's first paragraph to the last paragraph before the
first end marker after the counter ("Your Answer", "Hot Network Questions", "أضف إجابتك"); the furniture between
(votes, badges, "Share", "Improve this answer") is removed by its phrases and as runs of short lines, as in any body.

A forum thread is the same kind of page: its byline names who started the thread ("Thread starter dave_k", "Gestart
door jeroen_vd", "كاتب الموضوع: أبو خالد"). On both, every post is part of the text and no poster's name is (POST_REASON,
set after the learned model has decided: classify.Decision.thread_post): a one-line last reply ("Thanks, that
worked!") stands at the page's end, under the posts' furniture, where the rules' body had ended and the model rates
any line low, and it went while longer replies stayed.
"""

from __future__ import annotations

import re
from typing import Callable

from newsbrief.normalise.features import Features
from newsbrief.normalise.lines import Line
from newsbrief.normalise.phrases import in_group

#: the question headline stands at most this many lines above the answer counter (a question post with its tags,
#: stamps, user card and comments)
QUESTION_REACH = 40


def qa_region(lines: list[Line], feats: list[Features], is_question: Callable[[int], bool],
              ends: Callable[[Features], bool]) -> tuple[int, int, int] | None:
    """(question headline, body start, body end) of a Q&A page, or None. `is_question(k)`: line k is a question
    headline with its stamp under it; `ends(f)`: an end marker."""
    counter = next((k for k, f in enumerate(feats) if f.has("misc") and in_group(lines[k].text, f.words, "answers")),
                   None)
    if counter is None:
        return None
    question = next((k for k in range(counter - 1, max(-1, counter - QUESTION_REACH - 1), -1) if is_question(k)), None)
    if question is None:
        return None
    start = next((k for k in range(question + 1, counter) if feats[k].prose), None)
    if start is None:
        return None
    stop = next((k for k in range(counter + 1, len(lines)) if ends(feats[k])), len(lines))
    end = next((k for k in range(stop - 1, counter, -1) if feats[k].prose), None)
    if end is None:
        return None
    return question, start, end


#: the byline label of a forum thread's opener (the phrase lists' byline prefixes, en.yaml/nl.yaml/ar.yaml)
THREAD_STARTER = re.compile(r"^\s*(?:thread starter|started by|gestart door|كاتب الموضوع)(?!\w)", re.IGNORECASE)
#: a post of a forum thread or an answer of a Q&A page the rules keep (the whole thread is the text), or a poster's
#: name over a post (no paragraph of the text)
POST_REASON = "post of a thread"
#: a poster's name has at most this many words ("jeroen_vd", "محمد التقني", "Pete from Leeds")
POSTER_MAX_WORDS = 3
#: a one-line reply has at least this many words ("Thanks, that worked!"; "Marta L." signs a comment)
REPLY_MIN_WORDS = 3


def thread_reply(line: Line, f: Features) -> bool:
    """A post of a thread, however short: a sentence ("Thanks, that worked!", "Bedankt, dat werkte!", "شكرا، نجحت
    الطريقة!") in no phrase list (a "You must log in to reply." is furniture)."""
    return f.prose or f.terminal and f.words >= REPLY_MIN_WORDS and not f.categories and not f.bullet


def poster_name(lines: list[Line], feats: list[Features], k: int, starter: str | None) -> bool:
    """Line k of a thread is a poster's name over their post: a few words, no sentence, no digit, that repeat the
    thread starter's name or stand over the post's furniture (a member label "Moderator", "مشرف", "Lid sinds: 2018",
    a post's date: the phrase lists' words on the next line)."""
    f = feats[k]
    text = lines[k].text.strip()
    if f.terminal or f.prose or not 1 <= f.words <= POSTER_MAX_WORDS or any(ch.isdigit() for ch in text) \
            or text.endswith(":"):
        return False
    if starter is not None and text.casefold() == starter.strip().casefold():
        return True
    nxt = feats[k + 1] if k + 1 < len(feats) else None
    return nxt is not None and not nxt.prose and any(nxt.has(c) for c in ("misc", "date"))
