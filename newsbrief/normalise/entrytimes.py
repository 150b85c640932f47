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

from newsbrief.normalise.classify import BARE_STAMP, LIVE_MIN_STAMPS

#: what stands between an entry's time and its text ("14:42 – More than …"), as live blogs print it
STAMP_JOIN = " – "


def attach_entry_times(paragraphs: list[str]) -> list[str]:
    """The paragraphs with each live blog entry time joined to the entry paragraph under it (module docstring)."""
    heads = [i for i in range(len(paragraphs) - 1)
             if BARE_STAMP.match(paragraphs[i]) and not BARE_STAMP.match(paragraphs[i + 1])]
    if len(heads) < LIVE_MIN_STAMPS:
        return paragraphs
    out: list[str] = []
    joined = set(heads)
    for i, text in enumerate(paragraphs):
        if i - 1 in joined:  # the entry under a time (never a time itself: a head's next paragraph is no time)
            out[-1] = f"{out[-1].strip()}{STAMP_JOIN}{text}"
        else:
            out.append(text)
    return out
