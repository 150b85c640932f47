"""A podcast's or a video's chapter list ("00:00 Intro", "02:15 What the price cap caps", …) that was removed: say so.

Show notes list the episode's chapters as times into the recording, each with its topic. The list is the episode's
own (issue 10: an article's list is content), but it stands where the plain-text rules see the end of the notes (a run
of short lines under them, next to the page's link lists and credits), and on an HTML page the extractor leaves a
loose <ul> out. Neither path can tell it from a teaser list by position, so the page's removals are read for one: a
warning names it (also when the model kept a line or two of it), and the lines stay in `removed`.

A chapter list is CHAPTER_MIN_LINES lines or more, one after another in `removed`, each opening with a time code
("00:00", "1:02:15", "[12:40]", "(3:05) –") followed by words, the times rising, the first at zero (a chapter list
starts where the recording does; video sites ask for "00:00" too). A news ticker's or a live blog's times are the
clock ("14:05 Police close the road"): they do not start at zero, so they never read as one.
"""

from __future__ import annotations

import re

from newsbrief.normalise.quoting import shortened

#: a line opening with a time code into the recording, then its topic
_CHAPTER = re.compile(r"^[-•*·]?\s{0,3}[(\[]?(\d{1,2}):([0-5]\d)(?::([0-5]\d))?[)\]]?\s{0,3}[-–—:|.]?\s{1,3}(?=\w)")
CHAPTER_MIN_LINES = 3
#: how the warning starts
CHAPTER_WARNING = "the page's list of chapter times was removed"


def _seconds(line: str) -> int | None:
    """The time into the recording a chapter line opens with, in seconds ("02:15 …": 135, "1:02:15 …": 3735), or
    None: the line opens with no time code."""
    m = _CHAPTER.match(line.strip())
    if m is None:
        return None
    a, b, c = m.group(1), m.group(2), m.group(3)
    return int(a) * 3600 + int(b) * 60 + int(c) if c else int(a) * 60 + int(b)


def chapter_warning(texts: list[str], removed: list[bool] | None = None) -> str | None:
    """The warning for a chapter list among `texts` (lines in page order) of which some or all were removed
    (`removed`, per line; None: every line was), or None."""
    flags = removed if removed is not None else [True] * len(texts)
    times = [_seconds(line) for line in texts]
    i, n = 0, len(texts)
    while i < n:
        if times[i] != 0:
            i += 1
            continue
        j = i + 1
        while j < n and times[j] is not None and times[j] > times[j - 1]:
            j += 1
        gone = sum(flags[i:j])
        if j - i >= CHAPTER_MIN_LINES and gone:
            share = f"{gone} lines" if gone == j - i else f"{gone} of its {j - i} lines"
            first = shortened(" ".join(texts[next(k for k in range(i, j) if flags[k])].split()))
            return f"{CHAPTER_WARNING} ({share}, from {first!r}; in `removed`)"
        i = j
    return None
