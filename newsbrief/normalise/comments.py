"""A reader-comment thread inside what looked like the story, found by the stamp each comment repeats.

A comment section repeats its template (author, date, clock time, "Reply") once per comment; an article does not.
When its comments are prose, the body region takes them for more story, so the classifier (classify.py) asks
`comment_stamps` where such a thread starts and cuts the body there; losses.py says so in the record's warnings,
because a schedule or a timeline in the story could look the same.
"""

from __future__ import annotations

from newsbrief.normalise.features import CLOCK, Features
from newsbrief.normalise.lines import Line

#: this many short stamp lines (a clock time, not a sentence) that share their first word ("Posted by tj on
#: November 5, 2012 at 7:56 am | Reply", "by Kate Klemens on … at 8:03 am. Reply #") or their last word
#: ("Piet om 09:45 | Reageer", "Karin om 10:02 | Reageer") ...
COMMENT_STAMPS = 3
#: ... each at most this many lines after the previous one, and never right after it: a comment stands between two
#: stamps, while a schedule or a timeline ("Trains at 9:15 | Platform 2", "Aanvang 20:00 uur") is a run of them
COMMENT_GAP = 15
COMMENT_STAMP_MAX_WORDS = 25


def comment_stamps(lines: list[Line], feats: list[Features], start: int) -> int | None:
    """The first stamp line of a comment thread after line `start`, or None.

    The first word must be a word (no digit): a live blog's entries start with their time ("10:32 GMT"). The last
    word counts only on a stamp of three words or more. Linear: one pass, one open chain per first word and per last
    word."""
    chains: dict[tuple[str, str], list[int]] = {}  # (end, word) -> [first line, last line, stamps] of its chain
    for i in range(start + 1, len(lines)):
        f = feats[i]
        if f.words > COMMENT_STAMP_MAX_WORDS or f.terminal or not CLOCK.search(lines[i].text):
            continue
        tokens = lines[i].text.split()
        first = tokens[0].casefold()
        if not first.isalpha():
            continue
        last = tokens[-1].strip("#|:.,;()[]").casefold()
        for key in (("first", first), ("last", last)):
            if not key[1].isalpha() or (key[0] == "last" and len(tokens) < 3):
                continue
            chain = chains.get(key)
            if chain is None or i - chain[1] > COMMENT_GAP or i - chain[1] < 2:
                chains[key] = chain = [i, i, 0]  # a new chain: too far from the last stamp, or right under it
            chain[1], chain[2] = i, chain[2] + 1
            if chain[2] >= COMMENT_STAMPS:
                return chain[0]
    return None
