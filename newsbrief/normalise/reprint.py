"""A post shown twice with its footer between the copies: the second copy's text goes.

A blog saved from its post page can hold the post twice: the front page's copy of the post (its headline, its
paragraphs, then the post's footer: "Posted at 11:35 AM in Games | Permalink", "Comments (0)") and under it the post
page's own copy (the headline again, the same paragraphs, then the comments). The gold keeps one copy; keeping both
halves precision. A page that prints its text twice on purpose (a transcript under the video's summary, lorem-ipsum
test pages, a wire story repeated under its date line) has no footer between the copies, and a forum reply that
quotes an earlier post goes on with prose of its own after the quote: neither is taken (BENCHMARKS "a story printed
twice": a rule on any repeated run cost the golds that keep both copies).

The shape, read on the logical lines and their features:
- a run of lines that stands twice, line for line word for word, with at least COPY_MIN_LINES paragraphs of prose
  (a menu, a heading or a reprint notice over the headline repeated is no copy of the post);
- between the two copies 1 to GAP_MAX_LINES lines, none of them prose (the first post's footer) nor a line of the
  first copy's header (a second header there is a page laid out twice);
- the line under the second copy, if any, is no prose (a reply that quotes goes on in prose).
The second copy's text is set aside (reason REPRINT_REASON), from its first line of COPY_LINE_MIN_WORDS words on:
the first copy is read as the post, under the page's date line, with the footer and the comments under it as on any
post page, and the headline stays twice on the page, as the title rules know a blog's headline (a headline printed
again over the post's copy is "title repeated").

A page saved many times over into one file (a scraper's loop, an export appended to on every run: the whole page,
menu to footer, then again, N times) is read once: when the lines from the first to the end repeat with one period,
at least PAGE_MIN_COPIES copies of a page holding COPY_MIN_LINES long lines (COPY_LINE_MIN_WORDS words), the copies
after the first are set aside (`repeated_page`, reason REPEATED_PAGE_REASON) and the record says how many times the
page stood there. The copies may stand under a line or two the saver wrote once over them ("saved from <url>"), and
a short line of each copy may differ in its digits (a scraper's "=== page 2 ===" over each). Two copies are left to
`reprint_span` and the page's own rules: a page laid out twice on purpose is kept whole by the golds.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsbrief.normalise.features import Features
from newsbrief.normalise.lines import single_spaced, word_count
from newsbrief.normalise.printcopy import COPY_LINE_MIN_WORDS, COPY_MIN_LINES

#: the reason of the second copy's lines in `line_roles`
REPRINT_REASON = "post shown twice"
#: at most this many lines (the post's footer) stand between the two copies
GAP_MAX_LINES = 10
#: ... and none of them repeats one of the HEADER_LINES lines above the first copy (of HEADER_MIN_WORDS words or
#: more): a headline or byline between the copies is the second copy's own header, a page laid out twice (a print
#: view over the page with no "Printed from" footer), which the golds keep whole
HEADER_LINES = 10
HEADER_MIN_WORDS = 3


def reprint_span(texts: Sequence[str], feats: Sequence[Features]) -> tuple[int, int] | None:
    """(start, stop): the lines of the second copy of a post shown twice, less its headline (texts[start:stop]), or
    None. Linear in the page: each line is compared with its first occurrence only, and a run once compared is
    skipped."""
    keys = [single_spaced(t) for t in texts]
    first: dict[str, int] = {}
    n = len(keys)
    j = 0
    while j < n:
        key = keys[j]
        if feats[j].words < COPY_LINE_MIN_WORDS:
            j += 1
            continue
        i = first.setdefault(key, j)
        if i == j:
            j += 1
            continue
        # the run that stands at i and again at j: back to where the copies start, then on to where they part
        back = 0
        while i - back - 1 >= 0 and keys[i - back - 1] == keys[j - back - 1] and j - back - 1 > i:
            back += 1
        on = 1
        while j + on < n and i + on < j - back and keys[i + on] == keys[j + on]:
            on += 1
        a0, a1, b1 = i - back, i + on, j + on  # first copy [a0, a1), gap [a1, j - back), second copy to b1
        gap = range(a1, j - back)
        copied = sum(feats[k].prose for k in range(a0, a1))
        header = {keys[k] for k in range(max(0, a0 - HEADER_LINES), a0) if feats[k].words >= HEADER_MIN_WORDS}
        if copied >= COPY_MIN_LINES and 1 <= len(gap) <= GAP_MAX_LINES \
                and not any(feats[k].prose or keys[k] in header for k in gap) and not (b1 < n and feats[b1].prose):
            start = j - back
            while feats[start].words < COPY_LINE_MIN_WORDS:
                start += 1  # the second copy's headline stays: twice on the page, it is the page's headline
            return start, b1
        j = b1  # the lines of this run were compared: go on after it
    return None


#: the reason of a repeated page's later copies in `line_roles`
REPEATED_PAGE_REASON = "a copy of the page above"
#: a page repeated at least this many times over is read once (two copies: `reprint_span`, or a page laid out twice)
PAGE_MIN_COPIES = 3


#: the periods tried: the first this many distances at which the first long line that stands twice stands again
PERIOD_TRIES = 4


#: a file of saved copies may open with a line or two of its own over the first copy (a browser's "saved from <url>",
#: a scraper's "Fetched 2026-12-07 09:00 from …"): at most this many lines stand above the copies, each of them short
#: or naming an address (the page's own opening paragraph is neither)
PAGE_HEAD_MAX_LINES = 3
_DIGIT = re.compile(r"\d")
_ADDRESS = re.compile(r"https?://|www\.", re.IGNORECASE)


def _head_line(text: str, long: bool) -> bool:
    """A line the saver may have written over the copies: short, or naming the page's address."""
    return not long or _ADDRESS.search(text) is not None


def _copy_key(key: str, long: bool) -> str:
    """The key a line is compared by across the copies: a short line's digits read as one digit, so that a scraper's
    counter or clock over each copy ("=== page 2 ===", "Saved 09:00") is the same line in every copy; a long line
    (the story's) must stand again word for word."""
    return key if long else _DIGIT.sub("0", key)


def repeated_page(texts: Sequence[str]) -> tuple[int, int, int] | None:
    """(start, period, copies) when the lines from `start` to the end are one page of `period` lines printed `copies`
    times over (a last copy cut short counts when it reaches a long line), with COPY_MIN_LINES long lines
    (COPY_LINE_MIN_WORDS words or more) in the page and at least PAGE_MIN_COPIES copies; else None. `start` is the
    input's first line, or the first line under a header the saver wrote once over the copies (at most
    PAGE_HEAD_MAX_LINES lines, short or naming an address, the copy under them opening with a short line: a page
    opens with its masthead, menu or headline; a paragraph there is a page's own sections repeating under an opening
    of its own). Short lines are compared with their digits folded (`_copy_key`: a copy's own counter or clock
    line). The period is a distance between the first long line that stands twice and its later places: the first one
    for which the repeat, read back from the page's end, reaches the input's first line or its header (a page prints a
    line twice of its own, a standfirst again as the lead, so the first distance can be shorter than the page).
    Linear: each line is keyed once, and each of at most PERIOD_TRIES periods compares a line with the line one period
    on once."""
    n = len(texts)
    exact = [single_spaced(t) for t in texts]
    long = [word_count(key) >= COPY_LINE_MIN_WORDS for key in exact]
    keys = [_copy_key(key, is_long) for key, is_long in zip(exact, long)]
    seen: dict[str, int] = {}
    first = -1
    for j, key in enumerate(keys):
        if long[j] and seen.setdefault(key, j) != j:
            first = seen[key]
            break
    if first < 0:
        return None
    periods = [j - first for j in range(first + 1, n) if keys[j] == keys[first]][:PERIOD_TRIES]
    for period in periods:
        if n < PAGE_MIN_COPIES * period - period + 1:
            break  # (longer periods leave fewer copies still)
        # back from the page's end while each line is the line one period on
        t = n - period - 1
        while t >= 0 and keys[t] == keys[t + period]:
            t -= 1
        start = t + 1
        if start > PAGE_HEAD_MAX_LINES or not all(_head_line(texts[k], long[k]) for k in range(start)) \
                or start and long[start]:
            # the repeat starts inside the page: sections that print the same paragraphs again under their headings
            # (a lorem-ipsum test page's "Secondary header" sections, which its gold keeps), no file of saved copies
            continue
        size = n - start
        copies, cut = divmod(size, period)
        if cut and any(long[n - cut:]):
            copies += 1  # a last copy cut short in the page's text counts (a line or two of menu again does not)
        if copies < PAGE_MIN_COPIES:
            return None
        if sum(long[start:start + period]) < COPY_MIN_LINES:
            return None  # a short block repeated (a menu, a list of links), no page with its story
        return start, period, copies
    return None
