"""Summary boxes written by the source ("Key Takeaways", "In het kort", "أبرز النقاط").

They are moved to `source_takeaways`, out of the text, so that no summariser can
copy them. A box is its heading plus the bullet lines after it; a box without
bullets runs to the next blank line (or is one line long when the page has no
blank lines to go by).
"""

from __future__ import annotations

from newsbrief.normalise.features import Features
from newsbrief.normalise.lines import BULLET, Line

MAX_ITEMS = 12
MAX_ITEM_WORDS = 60


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
        if items:
            roles[i] = "box_heading"
            for k in items:
                roles[k] = "box_item"
        i = j if items else i + 1
    return roles
