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
"""

from __future__ import annotations

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
