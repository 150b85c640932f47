"""A widget's label alone on its line inside a story, and the one line under it that is the widget's item.

A scraper that flattens an advert slot or a video player inside a story leaves its label and its item on separate
lines: "SPONSORED" / "Carson Credit Union: Holiday loans from 6.9% APR. Apply now.", "Bekijk de video" / "Minister
over de dijkversterking (01:42)", "شاهد الفيديو" / "وزير المياه يتحدث عن خطة …". The label is furniture by the phrase
lists (its category says so), but the item under it reads as a short line of the story and stayed in the text (probeC
2). A label whose group says "the next line is mine" (the phrase lists' ``widget_head``) takes that line with it:

- under an advert's label (category ``advert``: "Sponsored", "Gesponsord", "محتوى ممول"; a job ad's too: "Vacature",
  "Job of the week", "وظيفة شاغرة") the ad's pitch, a line of AD_ITEM_WORDS words at most (an ad may be two short
  sentences);
- under a video player's label (category ``misc``: "Watch the video", "Bekijk de video", "شاهد الفيديو") the clip's
  title: a line of VIDEO_ITEM_WORDS words at most that ends in the clip's duration ("(01:42)") or ends no sentence.

Only inside a story: the line above the label (or the one above that) is prose. A label in the header ("Sponsored
content" over an advertorial's headline, a broadcaster's "Bekijk de video" between its date and the lead) is left to
the classifier, which reads the headline and the lead there. "Advertisement" is no such label (no ``widget_head``):
it marks a slot the story runs on under ("… would" / "ADVERTISEMENT" / "cover the costs.", glued.py). Under it, only
a line that is an ad's pitch by its words goes with it: a call to action (the phrase lists' ``ad_pitch``: "Shop now",
"Bekijk 1.200+ vacatures", "Solliciteer direct", "Apply today", "اطلب الآن", "قدم طلبك الآن") in a line of AD_ITEM_WORDS
words at most (probeA 10).
"""

from __future__ import annotations

import re

from newsbrief.normalise.features import Features
from newsbrief.normalise.lines import Line
from newsbrief.normalise.phrases import in_group, whole_phrase

#: the reason of the label's and its item's decisions
WIDGET_ITEM_REASON = "widget and its item"
#: an ad's pitch under its label has at most this many words ...
AD_ITEM_WORDS = 25
#: ... a clip's title under a video label at most this many
VIDEO_ITEM_WORDS = 16
#: ... and at least this many (a lone stray character under a label, a scraper's "Â", is no item)
ITEM_MIN_WORDS = 2
#: the prose of the story stands this many lines above the label at most
PROSE_ABOVE = 2
#: a clip's duration at the title's end: "(01:42)", "1:02:33", "[3:05]"
_DURATION = re.compile(r"[(\[]?\b\d{1,2}:\d{2}(?::\d{2})?[)\]]?\s*$")


def _item(line: Line, f: Features, label: Features) -> bool:
    """Whether `line` is the item of a widget whose label has the features `label`."""
    if f.words < ITEM_MIN_WORDS or f.bullet or f.categories or line.text.rstrip().endswith(":"):
        return False  # (a line ending in ":" introduces the story's next lines: no clip's title nor an ad's pitch)
    if label.has("advert"):
        return f.words <= AD_ITEM_WORDS
    return f.words <= VIDEO_ITEM_WORDS and (_DURATION.search(line.text) is not None or not f.terminal)


def widget_items(lines: list[Line], feats: list[Features]) -> set[int]:
    """The indices of the widget labels inside a story that take their item line, and of those items."""
    out: set[int] = set()
    for i in range(1, len(lines) - 1):
        label = feats[i]
        headed = whole_phrase(lines[i].text, "widget_head")
        if not (label.has("advert") or label.has("misc")) or not (headed or label.has("advert")):
            continue
        if not any(feats[k].prose for k in range(max(0, i - PROSE_ABOVE), i)):
            continue  # over the story or in its header: the classifier reads the lines there
        nxt = lines[i + 1]
        # a plain "Advertentie" slot: the story may run on under it, so only an ad's pitch by its words is its item
        if _item(nxt, feats[i + 1], label) and (headed or in_group(nxt.text, feats[i + 1].words, "ad_pitch")):
            out |= {i, i + 1}
    return out
