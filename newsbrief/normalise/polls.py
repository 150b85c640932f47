"""A reader poll's widget inside a story, read as one block: its question, its answers, its counts and buttons.

A scraped page keeps a poll mid-story as a run of short lines between two paragraphs: "READER POLL" / "Should the
council close the two branch libraries?" / "Yes, the savings are needed" / "18%" / "No, keep them open" / "74%" /
"1,946 votes" / "Vote" / "View results" (nl "Wat vind jij?" / "…?" / "Ja" / "Nee" / "Stem nu" / "1.284 stemmen" /
"Bekijk resultaten", ar "استطلاع رأي" / "…؟" / "نعم" / "لا" / "صوّت" / "النتائج"). Line by line, the question reads as a
sentence and the answers as a short list, so the model keeps them; boxes.poll_questions only knows a labelled
question ("Poll: …?") whose answers already went. The block's shape is what tells: a question (ending in "?"/"؟"),
two or more short answer lines, and the widget's own words under them (the phrase lists' ``poll_widget``: a button,
a vote count, a results link), shares between them or not. The block ends at its last widget line or share: a
subheading under the poll is no answer. Shares alone are no widget: a post that reports its readers' votes ("Response"
/ "Votes" / "%" / "Yes" / "149" / "74%") gives them as its content. Its label above the question goes with it, and so does a
results box further down that repeats the answers with their shares ("Resultaten" / "Ja, het is nodig 38%" / …).

An explainer's question subheading over a short list ("Who pays the levy?" / "Drivers" / "Hauliers") has no vote
count, button or shares, and stays, even with a bare "Results"/"Uitslag"/"النتائج" heading under it (``poll_heading``:
such a word counts only beside a share, a vote count or a real button).
"""

from __future__ import annotations

import re

from newsbrief.normalise.phrases import in_group

#: why a poll's lines go
POLL_BLOCK_REASON = "poll widget"
#: a poll's question is one sentence: at most this many words
QUESTION_MAX_WORDS = 30
#: an answer is a few words ("No, bewoners worden de dupe"), its share after it at most
ANSWER_MAX_WORDS = 8
#: a poll has at least two answers, and at most this many lines between its question and its last widget line
MIN_ANSWERS = 2
MAX_BLOCK = 16
#: a share alone on its line ("18%", "٤٢٪") or after an answer ("Weet ik niet 8%", "Not sure (8%)")
_SHARE = re.compile(r"^\(?[\d٠-٩]{1,3}(?:[.,٫][\d٠-٩])?\s?[%٪]\)?$")
_TRAILING_SHARE = re.compile(r"\s[-–—:]?\s?\(?[\d٠-٩]{1,3}(?:[.,٫][\d٠-٩])?\s?[%٪]\)?$")


def _widget(text: str) -> bool:
    """Whether the line is one of a poll widget's own words (``poll_widget``: "Vote now", "1,946 votes", "النتائج")."""
    return in_group(text, len(text.split()), "poll_widget", contains=False)


def _heading(text: str) -> bool:
    """Whether the line is a widget word that is also a story's heading (``poll_heading``: "Results", "Uitslag")."""
    return in_group(text, len(text.split()), "poll_heading", contains=False)


def _answer(text: str) -> str | None:
    """The answer of a poll's answer line without its share ("Weet ik niet 8%" -> "Weet ik niet"), else None: a few
    words, no sentence's or question's end."""
    bare = _TRAILING_SHARE.sub("", text).strip()
    words = len(bare.split())
    if not 0 < words <= ANSWER_MAX_WORDS or bare.endswith((".", "?", "؟", "!", ":")):
        return None
    return bare


def _block(texts: list[str], q: int) -> tuple[int, list[str]] | None:
    """The poll under the question at `q`: its last line's index and its answers, else None."""
    answers: list[str] = []
    shares = widgets = headings = 0
    end = None
    for j in range(q + 1, min(len(texts), q + 1 + MAX_BLOCK)):
        text = texts[j].strip()
        if _SHARE.match(text):
            shares += 1
            end = j
        elif _widget(text):
            if _heading(text):
                headings += 1
            else:
                widgets += 1
            end = j
        elif (answer := _answer(text)) is not None:
            answers.append(answer)
            if answer != text:
                shares += 1
                end = j
        else:
            break
    # a widget's own word is what tells a reader's poll from a reported poll's results (a blog's "Response / Votes /
    # % / Yes / 149 / 74%" table under the question it asked is the post's content)
    # (a bare "Results"/"Uitslag"/"النتائج" is also a story's section heading under its question subheading and a
    # short list: it tells a poll only beside a share, a vote count or a real button)
    if end is None or len(answers) < MIN_ANSWERS or not (widgets or headings and shares):
        return None
    return end, answers


def poll_blocks(texts: list[str]) -> set[int]:
    """Indices of the lines of the page's poll widgets: label, question, answers, shares, buttons, counts, and a
    results box below that repeats the answers with their shares."""
    out: set[int] = set()
    for q, text in enumerate(texts):
        stripped = text.strip()
        if q in out or not stripped.endswith(("?", "؟")) or len(stripped.split()) > QUESTION_MAX_WORDS:
            continue
        found = _block(texts, q)
        if found is None:
            continue
        end, answers = found
        out.update(range(q, end + 1))
        if q > 0 and _widget(texts[q - 1].strip()):
            out.add(q - 1)
        out |= _results(texts, end + 1, set(answers))
    return out


def _results(texts: list[str], start: int, answers: set[str]) -> set[int]:
    """The lines of a results box below a poll: a run of two or more of its answers with their shares ("Ja, het is
    nodig 38%"), with its heading ("Resultaten", ``poll_widget``) right above."""
    out: set[int] = set()
    j = start
    while j < len(texts):
        run = j
        while run < len(texts) and _TRAILING_SHARE.search(texts[run].strip()) \
                and _answer(texts[run].strip()) in answers:
            run += 1
        if run - j >= MIN_ANSWERS:
            out.update(range(j, run))
            if j > 0 and _widget(texts[j - 1].strip()):
                out.add(j - 1)
            return out
        j = run + 1
    return out
