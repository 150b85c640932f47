"""A photo gallery's counters and captions.

A gallery page is its pictures' captions, each with a counter ("2 of 5", "2 van 5", "2 من 5") beside it. The
counters are furniture (a navigation phrase in common.yaml, and no table of numbers: losses.py leaves them out of
its warning); the captions are the gallery's text, also the one that carries its photographer's credit
("… on Wednesday evening. (Lina Chen/City Press)"), which the caption phrases would otherwise take out.
"""

from __future__ import annotations

import re
from collections import Counter

from newsbrief.normalise.features import Features
from newsbrief.normalise.lines import Line

#: "2 of 5", "2 van 5", "2 من 5" ("3 / 12" is a counter too, but also a score or a page number: not used here)
_COUNTER = re.compile(r"^\s*(\d{1,3})\s+(?:of|van|من)\s+(\d{1,3})\s*$", re.IGNORECASE)
#: a gallery has at least this many counters of the same total
MIN_COUNTERS = 2
COUNTER_REASON = "gallery counter"
CAPTION_REASON = "gallery caption"


def gallery_lines(lines: list[Line], feats: list[Features]) -> tuple[set[int], set[int]]:
    """(counter lines, caption lines): the counters of a gallery (MIN_COUNTERS or more with the same total, none
    past it), and the caption-phrase lines right next to one of them."""
    found = {i: _COUNTER.match(line.text) for i, line in enumerate(lines) if len(line.text) <= 16}
    found = {i: (int(m.group(1)), int(m.group(2))) for i, m in found.items() if m}
    totals = Counter(total for number, total in found.values() if 1 <= number <= total)
    counters = {i for i, (number, total) in found.items()
                if 1 <= number <= total and totals[total] >= MIN_COUNTERS}
    captions = {k for i in counters for k in (i - 1, i + 1)
                if 0 <= k < len(lines) and k not in counters and feats[k].has("caption") and feats[k].words >= 4}
    return counters, captions
