"""A podcast's or a video's chapter list ("00:00 Intro", "02:15 What the price cap caps", …) that was removed: say so.

Show notes list the episode's chapters as times into the recording, each with its topic. The list is the episode's
own (issue 10: an article's list is content), but it stands where the plain-text rules see the end of the notes (a run
of short lines under them, next to the page's link lists and credits), and on an HTML page the extractor leaves a
loose <ul> out. Neither path can tell it from a teaser list by position, so the page's removals are read for one: a
warning names it (also when the model kept a line or two of it), and the lines stay in `removed`.

A chapter list (summarise/chapters.py, which the summariser reads too) is CHAPTER_MIN_LINES lines or more, one after
another, some or all in `removed`, each opening with a time code ("00:00", "1:02:15", "[12:40]", "(3:05) –") followed
by words, the times rising, the first at zero (a chapter list
starts where the recording does; video sites ask for "00:00" too). A news ticker's or a live blog's times are the
clock ("14:05 Police close the road"): they do not start at zero, so they never read as one.
"""

from __future__ import annotations

from newsbrief.normalise.quoting import shortened
from summarise.chapters import chapter_runs

#: how the warning starts
CHAPTER_WARNING = "the page's list of chapter times was removed"


def chapter_warning(texts: list[str], removed: list[bool] | None = None) -> str | None:
    """The warning for a chapter list among `texts` (lines in page order) of which some or all were removed
    (`removed`, per line; None: every line was), or None."""
    flags = removed if removed is not None else [True] * len(texts)
    for run in chapter_runs(texts):
        gone = sum(flags[k] for k in run)
        if gone:
            share = f"{gone} lines" if gone == len(run) else f"{gone} of its {len(run)} lines"
            first = shortened(" ".join(texts[next(k for k in run if flags[k])].split()))
            return f"{CHAPTER_WARNING} ({share}, from {first!r}; in `removed`)"
    return None
