"""A photo gallery's counters and captions.

A gallery page is its pictures' captions, each with a counter ("2 of 5", "2 van 5", "2 من 5") beside it. The
counters are furniture (a navigation phrase in common.yaml, and no table of numbers: losses.py leaves them out of
its warning); the captions are the gallery's text, also the one that carries its photographer's credit
("… on Wednesday evening. (Lina Chen/City Press)"), which the caption phrases would otherwise take out.

A gallery may also stand inside a story: paragraphs above the pictures and more under them. The counters and
captions are then a widget in the story, not its end (the body region reads across them: classify.py), and the
captions are captions like any other (`story_gallery`): the story has its own text, and a caption ("Drummers lead
the procession. Photograph: Marcus Yeung") is no paragraph of it.
"""

from __future__ import annotations

from collections import Counter

from newsbrief.normalise.features import Features
from newsbrief.normalise.lines import COUNTER_LINE, Line

#: a gallery has at least this many counters of the same total
MIN_COUNTERS = 2
COUNTER_REASON = "gallery counter"
CAPTION_REASON = "gallery caption"
#: a gallery inside a story: the body region has at least this many prose lines that are neither a caption nor next
#: to a counter (a gallery page's captions without a credit are prose too, but each stands by its counter)
STORY_PROSE = 2
#: a caption without a credit beside its counter has at most this many words (a story paragraph is longer)
CAPTION_MAX_WORDS = 40


def gallery_lines(lines: list[Line], feats: list[Features]) -> tuple[set[int], set[int]]:
    """(counter lines, caption lines): the counters of a gallery (MIN_COUNTERS or more with the same total, none
    past it), and the caption-phrase lines right next to one of them."""
    found = {i: COUNTER_LINE.match(line.text) for i, line in enumerate(lines) if len(line.text) <= 16}
    found = {i: (int(m.group(1)), int(m.group(2))) for i, m in found.items() if m}
    totals = Counter(total for number, total in found.values() if 1 <= number <= total)
    counters = {i for i, (number, total) in found.items()
                if 1 <= number <= total and totals[total] >= MIN_COUNTERS}
    captions = {k for i in counters for k in (i - 1, i + 1)
                if 0 <= k < len(lines) and k not in counters and feats[k].has("caption") and feats[k].words >= 4}
    return counters, captions


def caption_side(counters: set[int], captions: set[int]) -> int | None:
    """Where a gallery's captions stand by their counters: +1 (under each counter), -1 (above each), or None when it
    cannot be told. Between two counters a caption has a counter on both sides; the gallery's ends tell: a credited
    caption (`captions`, from `gallery_lines`) under the last counter and none above the first, or the other way."""
    after, before = max(counters) + 1 in captions, min(counters) - 1 in captions
    if after == before:
        return None
    return +1 if after else -1


def story_gallery(feats: list[Features], counters: set[int], captions: set[int], start: int, end: int) -> set[int]:
    """The caption lines of a gallery that stands inside a story (lines `start` to `end`: the body region read
    across the gallery), or an empty set on a gallery page. A story has STORY_PROSE prose lines of its own: none a
    caption, none next to a counter. Its captions are the credited ones and, when those all stand on one side of
    their counters (`caption_side`), every short line on that side (a caption without a credit)."""
    if not counters:
        return set()
    near = {k for i in counters for k in (i - 1, i + 1)}
    own = sum(1 for k in range(max(start, 0), min(end, len(feats) - 1) + 1)
              if feats[k].prose and k not in near and k not in counters and not feats[k].has("caption"))
    if own < STORY_PROSE:
        return set()
    side = caption_side(counters, captions)
    found = set(captions)
    if side is not None:
        found |= {i + side for i in counters if 0 <= i + side < len(feats) and i + side not in counters
                  and feats[i + side].words <= CAPTION_MAX_WORDS}
    return found
