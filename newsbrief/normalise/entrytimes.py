"""A live blog's entry times head their entries in the text, instead of standing as paragraphs of their own.

The classifier keeps a blog's bare entry times ("14:42", "13:10 GMT", "9.05am": classify.BARE_STAMP) with the
entries they head (classify.stamps_follow_entries), each on its own line as the page prints it. In the record's
text a lone "14:42" then reads as a paragraph of its own, cut off from the entry it dates. `attach_entry_times`
joins each time to the paragraph under it, "14:42 – More than 62,000 homes …": the time stays (it orders the
entries, and the summariser reads a blog from such stamps, summarise/structure.py) and the entry reads as one
paragraph. Only where LIVE_MIN_STAMPS such times or more each stand over a paragraph that is not a time; a story
with a time or two on lines of their own is left as it is. A programme printed the same way, a time over each item
("7:00 AM" over "Breakfast & team meeting", two eval pages), reads "7:00 AM – Breakfast & team meeting" too: its
words and their order are unchanged.
"""

from __future__ import annotations

import re

from newsbrief.normalise.classify import BARE_STAMP, LIVE_MIN_STAMPS

#: what stands between an entry's time and its text ("14:42 – More than …"), as live blogs print it
STAMP_JOIN = " – "
#: a list mark opening the entry ("- In Utrecht …": an HTML live blog's entries are <li> items, and the extractor
#: writes each as "- …"): after STAMP_JOIN it read "11:47 – - In Utrecht …" (tester29b C2); the mark goes
_ENTRY_MARK = re.compile(r"^\s*[•·▪●◦‣■□➤►*–—-]\s+")


#: a time on the hour or the quarter ("7:00 AM", "14.30"): a programme's or a timetable's times are all such; a live
#: blog's entries fall at any minute (four at :00/:15/:30/:45 by chance: about 1 in 50,000)
_ROUND_TIME = re.compile(r"\d[:.](?:00|15|30|45)(?!\d)")
#: how the warning opens that the page is a live blog whose entries each date their own facts (tester29b C1)
LIVE_BLOG_WARNING = "the page carries updates"


def _entry_heads(paragraphs: list[str]) -> list[int]:
    """The paragraphs that are a live blog entry's time over its entry; none unless LIVE_MIN_STAMPS of them are."""
    heads = [i for i in range(len(paragraphs) - 1)
             if BARE_STAMP.match(paragraphs[i]) and not BARE_STAMP.match(paragraphs[i + 1])]
    return heads if len(heads) >= LIVE_MIN_STAMPS else []


def entry_times(paragraphs: list[str]) -> list[str]:
    """A live blog's entry times as the page prints them ("11:47", "10:30"), in page order; [] on any other page,
    a day's programme among them ("09:00" … "16:45", every time on the hour or the quarter: `_ROUND_TIME`), whose
    times date no entry (html.py then dates the page by its own <time>, not by them)."""
    return _times(paragraphs, _entry_heads(paragraphs))


def _times(paragraphs: list[str], heads: list[int]) -> list[str]:
    """`entry_times` from the entry heads `_entry_heads` found."""
    times = [paragraphs[i].strip() for i in heads]
    return [] if all(_ROUND_TIME.search(t) for t in times) else times


def live_blog_warning(times: list[str]) -> str | None:
    """The warning that the page is a live blog (`times`: its `entry_times`, read before `attach_entry_times`; the
    HTML path has them already for `published`): each entry gives its
    facts as of its own time, a later one may correct an earlier one, and the page may have changed since. A story's
    update notes get the summariser's warning (summarise/extractive._update_warning); a blog's timed entries, which
    that one leaves out, get this one, in `normalise` too."""
    if not times:
        return None  # "7:00 AM" / "8:30 AM" / "1:00 PM" over a day's items: a programme, no page of updates
    return (f"{LIVE_BLOG_WARNING}: it is a live page of {len(times)} timed entries ({times[0]} … {times[-1]}), each "
            "giving its facts as of its own time; the page may have changed since")


def attach_entry_times(paragraphs: list[str]) -> list[str]:
    """The paragraphs with each live blog entry time joined to the entry paragraph under it (module docstring)."""
    return _attach(paragraphs, _entry_heads(paragraphs))


def timed_and_attached(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """`entry_times` and `attach_entry_times` of the same paragraphs from one scan of their entry heads (the text
    path needs both at once: the times for the live blog warning, then the joined paragraphs)."""
    heads = _entry_heads(paragraphs)
    return _times(paragraphs, heads), _attach(paragraphs, heads)


def _attach(paragraphs: list[str], heads: list[int]) -> list[str]:
    """`attach_entry_times` from the entry heads `_entry_heads` found."""
    if not heads:
        return paragraphs
    out: list[str] = []
    joined = set(heads)
    for i, text in enumerate(paragraphs):
        if i - 1 in joined:  # the entry under a time (never a time itself: a head's next paragraph is no time)
            out[-1] = f"{out[-1].strip()}{STAMP_JOIN}{_ENTRY_MARK.sub('', text, count=1)}"
        else:
            out.append(text)
    return out
