"""Boxes inside an article: summary boxes and related-links boxes.

Summary boxes written by the source ("Key Takeaways", "In het kort", "أبرز النقاط")
are moved to `source_takeaways`, out of the text, so that no summariser can
copy them. A box is its heading plus the bullet lines after it; a box without
bullets runs to the next blank line. When the page has no blank lines to go by,
it is the run of short one-sentence lines under the heading, when a longer
paragraph (the story's lead) ends the run; else it is one line long.

Related-links boxes in the middle of a story ("Lees ook:", "Read more:",
"اقرأ أيضاً:", "Related" and one to four headlines, with the story going on
after them; Al Jazeera's list labels "list 1 of 4" between them belong to the box) are removed, heading and headlines, and nothing else: the story
before and after them stays one story (`find_related_boxes`).
"""

from __future__ import annotations

from newsbrief.normalise.features import Features
from newsbrief.normalise.lines import BULLET, Line

MAX_ITEMS = 12
MAX_ITEM_WORDS = 60
#: a related box holds at most this many headlines ...
MAX_RELATED = 4
#: ... of this many words each
RELATED_ITEM_WORDS = (4, 20)
#: under a read-more heading ("Read more:", "Lees ook:", "اقرأ أيضاً:") a headline may be as short as this: the
#: heading says what follows ("Oil slips", "النفط يتراجع"); a 4-word floor made such a box end the article instead
READ_MORE_ITEM_MIN_WORDS = 2
#: a box without bullets on a page without blank lines: at most this many lines ...
MAX_PLAIN_ITEMS = 5
#: ... each one sentence of at most this many words (a point, not a paragraph: the lead under the box is longer)
PLAIN_ITEM_WORDS = 16
#: prose must stand this close above the box heading for the box to be inside a story
RELATED_PROSE_ABOVE = 2


def strip_bullet(text: str) -> str:
    return BULLET.sub("", text).strip()


def find_boxes(lines: list[Line], feats: list[Features]) -> dict[int, str]:
    """Map line index -> "box_heading" or "box_item" for every summary box on the page."""
    roles: dict[int, str] = {}
    has_blank_lines = any(line.blank_before for line in lines[1:])
    i = 0
    while i < len(lines):
        if not feats[i].has("summary_heading") or feats[i].words > 6:
            i += 1
            continue
        items: list[int] = []
        j = i + 1
        bullets = j < len(lines) and feats[j].bullet
        while j < len(lines) and len(items) < MAX_ITEMS:
            f = feats[j]
            if f.words > MAX_ITEM_WORDS or f.has("summary_heading") or f.has("end"):
                break
            if bullets:
                if not f.bullet:
                    break
            else:
                if items and (lines[j].blank_before or not has_blank_lines):
                    break
            items.append(j)
            j += 1
        if not bullets and not has_blank_lines and items:
            items = _plain_box(lines, feats, items[0])
            j = items[-1] + 1
        if items:
            roles[i] = "box_heading"
            for k in items:
                roles[k] = "box_item"
        i = j if items else i + 1
    return roles


def _plain_point(f: Features) -> bool:
    return f.terminal and f.words <= PLAIN_ITEM_WORDS and not f.categories and not f.bullet


def _plain_box(lines: list[Line], feats: list[Features], first: int) -> list[int]:
    """The points of a box without bullets on a page without blank lines (see the module docstring)."""
    run = [first]
    k = first + 1
    while k < len(lines) and len(run) < MAX_PLAIN_ITEMS and _plain_point(feats[k]) and _plain_point(feats[first]):
        run.append(k)
        k += 1
    ends = k < len(lines) and feats[k].prose and feats[k].words > PLAIN_ITEM_WORDS
    return run if ends else [first]


def _headline(f: Features, low: int = RELATED_ITEM_WORDS[0]) -> bool:
    """A linked headline: a few words (at least `low`), no sentence (a question is fine), no widget phrase of its
    own."""
    return low <= f.words <= RELATED_ITEM_WORDS[1] and not f.prose and not f.has("summary_heading") \
        and not f.has("end")


#: a related box's screen-reader labels ("list of 4 items", "list 1 of 4", "end of list", in the phrase lists as
#: misc widget text) are this short
LIST_LABEL_WORDS = 5


def _list_label(f: Features) -> bool:
    """A short widget line inside a related box (its list labels): part of the box, not one of its headlines."""
    return f.has("misc") and f.words <= LIST_LABEL_WORDS


def find_related_boxes(lines: list[Line], feats: list[Features]) -> set[int]:
    """Line indexes of related-links boxes in the middle of a story: heading and headlines only.

    The heading is a short read-more/related phrase; one to four headlines follow (two at least after a
    "Related"/"More news" heading: one headline and paragraphs after such a heading is a glued second
    article, see losses.py); then running text again, and running text stands right above the heading
    too. A marker with no story after it is left to the classifier (it ends the article there).
    """
    found: set[int] = set()
    n = len(lines)
    for i, f in enumerate(feats):
        if f.words > 5 or not (f.has("read_more") or f.has("end")):
            continue
        if not any(feats[k].prose for k in range(max(0, i - RELATED_PROSE_ABOVE), i)):
            continue
        j = i + 1
        items = 0
        low = READ_MORE_ITEM_MIN_WORDS if f.has("read_more") else RELATED_ITEM_WORDS[0]
        # a box that labels its list ("list of 6 items" … "end of list") says where it ends: it may hold more
        most = MAX_ITEMS if j < n and _list_label(feats[j]) else MAX_RELATED
        while j < n:
            if _list_label(feats[j]):
                j += 1  # "list 1 of 4", "end of list": the box's own screen-reader labels, no headline
            elif items < most and _headline(feats[j], low):
                items += 1
                j += 1
            else:
                break
        if not items or j >= n or not feats[j].prose:
            continue
        if items == 1 and not f.has("read_more"):
            continue  # "Related Topics" or "More news", one headline, paragraphs: a glued other article
        found.update(range(i, j))
    return found

