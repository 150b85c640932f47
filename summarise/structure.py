"""Page shapes that need their own reading order: live blogs and listicles.

* A **live blog** is a run of entries, each opening with a time stamp ("10:42 GMT", "9.05am:", "14:05 –"). Its
  news is in the latest entries, wherever the page puts them (newest first, or oldest first). `reading_order`
  returns the sentences ordered latest entry first, so the summariser's lead bonus goes to what happened last.
* A **listicle** is a run of numbered items ("1. The Eiffel Tower", "2) …", "No. 3: …", counting up or down).
  `list_items` returns the items; the summariser then writes one bullet per item, naming it.

Both work on the English sentences and their paragraph indices (SummaryInput), so a translated article is
recognised the same way: numbers and time stamps survive translation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarise.text import word_count

MIN_ENTRIES = 3  # fewer time stamps are times mentioned in a normal story, not a live blog
MIN_ITEMS = 3

_STAMP = re.compile(
    r"^\s*(?P<h>[01]?\d|2[0-3])(?P<sep>[:.])(?P<m>[0-5]\d)\s*(?P<ampm>[ap]\.?m\.?)?"
    r"(?P<tz>\s*(?:GMT|BST|UTC|CET|CEST|EST|EDT|ET|PT|PST|PDT|local time)\b)?\s*(?P<mark>[:\-–—|])?\s*",
    re.IGNORECASE,
)
_ITEM = re.compile(r"^\s*(?:No\.\s*|#)?(?P<k>\d{1,2})\s*[.):]\s+(?P<name>\S.*)$")


def _minutes(m: re.Match) -> int:
    hour, minute = int(m.group("h")), int(m.group("m"))
    ampm = (m.group("ampm") or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    if ampm == "am" and hour == 12:
        hour = 0
    return 60 * hour + minute


def _paragraph_starts(paragraphs: list[int]) -> list[int]:
    return [i for i, p in enumerate(paragraphs) if i == 0 or paragraphs[i - 1] != p]


def reading_order(sentences: list[str], paragraphs: list[int]) -> list[int] | None:
    """Sentence indices, latest live-blog entry first; None when the text is not a live blog.

    Sentences before the first entry (the blog's own introduction) come first: it is usually kept up to date.
    """
    stamps = []  # (sentence index, minutes)
    for i in _paragraph_starts(paragraphs):
        m = _STAMP.match(sentences[i])
        # "10:42 Police …" is a stamp; "5.50 per cent …" is not: a dot needs am/pm, a time zone or a mark after it
        if m and (m.group("sep") == ":" or m.group("ampm") or m.group("tz") or m.group("mark")
                  or word_count(sentences[i]) <= 2):
            stamps.append((i, _minutes(m)))
    if len(stamps) < MIN_ENTRIES:
        return None
    times = [t for _, t in stamps]
    falling = sum(1 for a, b in zip(times, times[1:]) if b < a)
    rising = sum(1 for a, b in zip(times, times[1:]) if b > a)
    starts = [i for i, _ in stamps]
    entries = [list(range(s, e)) for s, e in zip(starts, starts[1:] + [len(sentences)])]
    if rising > falling:
        entries.reverse()  # oldest first on the page: the latest entry is at the bottom
    intro = list(range(starts[0]))
    return intro + [i for entry in entries for i in entry]


@dataclass(frozen=True)
class ListItem:
    header: int  # index of the numbered sentence
    name: str  # the header without its number ("The Eiffel Tower")
    body: list[int]  # the item's other sentences, up to the next item


def list_items(sentences: list[str], paragraphs: list[int]) -> list[ListItem] | None:
    """The numbered items of a listicle, in page order; None when the text is not one.

    Items must start paragraphs and count 1, 2, 3… or down …3, 2, 1 without gaps: numbered steps inside one
    paragraph, or a lone "2. " from a split date, are not a list.
    """
    found = []  # (sentence index, number, name)
    for i in _paragraph_starts(paragraphs):
        m = _ITEM.match(sentences[i])
        if m:
            found.append((i, int(m.group("k")), m.group("name").strip()))
    if len(found) < MIN_ITEMS:
        return None
    ks = [k for _, k, _ in found]
    step = ks[1] - ks[0]
    if step not in (1, -1) or any(b - a != step for a, b in zip(ks, ks[1:])):
        return None
    items = []
    for n, (i, _, name) in enumerate(found):
        end = found[n + 1][0] if n + 1 < len(found) else len(sentences)
        items.append(ListItem(header=i, name=name, body=list(range(i + 1, end))))
    return items
