"""A recording's chapter list: lines that open with a time code into the recording, the first at zero, the times rising.

A podcast's or a video's page lists its chapters ("00:00 Introduction" / "03:12 What the law says" / "11:40 The Dart
case explained"), CHAPTER_MIN_LINES lines or more, one after another, each opening with a time code ("00:00",
"1:02:15", "[12:40]", "(3:05) –") followed by words. A news ticker's or a live blog's times are the clock ("14:05
Police close the road"): they do not start at zero, so they never read as one. The normaliser says when it removed
such a list (newsbrief/normalise/chapters.py); the summariser never makes a chapter's title a takeaway (a line of the
episode's contents, no news).
"""

from __future__ import annotations

import re

#: a line opening with a time code into the recording, then its topic
_CHAPTER = re.compile(r"^[-•*·]?\s{0,3}[(\[]?(\d{1,2}):([0-5]\d)(?::([0-5]\d))?[)\]]?\s{0,3}[-–—:|.]?\s{1,3}(?=\w)")
CHAPTER_MIN_LINES = 3


def chapter_seconds(line: str) -> int | None:
    """The time into the recording a chapter line opens with, in seconds ("02:15 …": 135, "1:02:15 …": 3735), or
    None: the line opens with no time code."""
    m = _CHAPTER.match(line.strip())
    if m is None:
        return None
    a, b, c = m.group(1), m.group(2), m.group(3)
    return int(a) * 3600 + int(b) * 60 + int(c) if c else int(a) * 60 + int(b)


def chapter_runs(texts: list[str]) -> list[range]:
    """The chapter lists among `texts` (lines or sentences in page order), as ranges of their indices."""
    times = [chapter_seconds(line) for line in texts]
    runs, i, n = [], 0, len(texts)
    while i < n:
        if times[i] != 0:
            i += 1
            continue
        j = i + 1
        while j < n and times[j] is not None and times[j] > times[j - 1]:
            j += 1
        if j - i >= CHAPTER_MIN_LINES:
            runs.append(range(i, j))
        i = j
    return runs


def chapter_lines(sentences: list[str]) -> set[int]:
    """The indices of the sentences that are a chapter list's lines."""
    return {k for run in chapter_runs(sentences) for k in run}
