"""A long read's table of contents: the list of its section headings at the top, which the story repeats below.

A long read opens with "Contents" / "Inhoud" / "المحتويات" (or "In this article", "In dit artikel", "في هذا المقال":
the phrase lists' ``contents_heading``) and a list of its sections ("1. The crossing", "2. The money", …); each item comes back further down as the heading of
its section. The list is navigation: kept, it puts every heading in the text twice and reads as a list of the story's
points. A run of CONTENTS_MIN_ITEMS or more short kept lines, each of which comes back below as a kept line of its own,
the copies apart from each other (headings with their sections between them, not the same list printed twice), is
such a list; it goes with its heading line. Because the story keeps every item as its heading, removing the list loses
nothing, and the loss warnings (losses.py) ask `contents_list` before they name a removed list.
"""

from __future__ import annotations

from newsbrief.normalise.lines import BULLET, single_spaced, word_count
from newsbrief.normalise.phrases import whole_phrase

#: a table of contents has this many items at least (two headings are a pair of subheadings, not a contents list)
CONTENTS_MIN_ITEMS = 3
#: an item is a heading's words: this many words at most
ITEM_MAX_WORDS = 15
#: why a contents list's lines were removed
CONTENTS_REASON = "table of contents"


def item_text(text: str) -> str:
    """A list item's words without its bullet or number, folded for comparing ("1. The crossing" -> "the crossing")."""
    return single_spaced(BULLET.sub("", text, count=1).casefold()).rstrip(".:")


def _headings_below(names: list[str], copies: list[int], stop: int) -> bool:
    """Whether items named `names`, whose first kept copies below stand at `copies` (-1: none), are a table of
    contents ending at line `stop`: CONTENTS_MIN_ITEMS distinct items at least, every one back under the list, no two
    copies next to each other (headings with their sections between them, not the same list printed twice)."""
    if len(names) < CONTENTS_MIN_ITEMS or not all(names) or len(set(names)) < len(names):
        return False
    copies = sorted(copies)
    return copies[0] >= stop and all(b - a > 1 for a, b in zip(copies, copies[1:]))


def contents_list(texts: list[str], roles: list[str], items: range) -> bool:
    """Whether the lines `items` are the article's table of contents: each item's words come back further down as a
    kept line of their own (a section's heading), no two of those copies next to each other."""
    names = [item_text(texts[k]) for k in items]
    where: dict[str, int] = {}
    for k in range(items.stop, len(texts)):
        if roles[k] == "content":
            where.setdefault(item_text(texts[k]), k)
    return _headings_below(names, [where.get(name, -1) for name in names], items.stop)


def contents_lines(texts: list[str], roles: list[str]) -> list[int]:
    """The lines of every table of contents the story kept (its items and the heading right above them). One pass
    from the end finds each kept short line's next kept copy; a run of lines that all have one is then checked once:
    linear in the page's lines."""
    names = [item_text(t) if r == "content" and 0 < word_count(t) <= ITEM_MAX_WORDS else "" for t, r in zip(texts, roles)]
    next_copy: list[int | None] = [None] * len(texts)
    seen: dict[str, int] = {}
    for k in range(len(texts) - 1, -1, -1):
        if roles[k] != "content":
            continue
        whole = item_text(texts[k])
        if names[k]:
            next_copy[k] = seen.get(names[k])
        seen[whole] = k
    found: list[int] = []
    i = 0
    while i < len(texts):
        if next_copy[i] is None:
            i += 1
            continue
        j = i
        while j < len(texts) and next_copy[j] is not None:
            j += 1
        # (the copies found in the one pass: contents_list's test without a second scan)
        if _headings_below(names[i:j], [next_copy[k] for k in range(i, j)], j):
            whole = _whole_list(texts, roles, i, j)
            if whole is not None:
                if whole.start > 0 and roles[whole.start - 1] == "content" \
                        and whole_phrase(texts[whole.start - 1], "contents_heading"):
                    found.append(whole.start - 1)
                found.extend(whole)
        i = j
    return found


#: of a numbered or bulleted list, at least this share of the items must come back below for it to be a table of
#: contents (its last items may name sections the page leaves out: "5. References")
CONTENTS_SHARE = 0.75


def _whole_list(texts: list[str], roles: list[str], i: int, j: int) -> range | None:
    """The list that the items i..j-1 are part of, when they are bulleted or numbered: the kept short bulleted lines
    next to them too. It is a table of contents when CONTENTS_SHARE of it comes back below (then the whole list goes,
    never a few items out of its middle: an FAQ's questions are answered below under headings that are partly the
    same words); None when it is not. Unbulleted items are the list themselves."""
    if not all(BULLET.match(texts[k]) for k in range(i, j)):
        return range(i, j)

    def item(k: int) -> bool:
        return roles[k] == "content" and 0 < len(texts[k].split()) <= ITEM_MAX_WORDS and bool(BULLET.match(texts[k]))
    lo, hi = i, j
    while lo > 0 and item(lo - 1):
        lo -= 1
    while hi < len(texts) and item(hi):
        hi += 1
    return range(lo, hi) if j - i >= CONTENTS_SHARE * (hi - lo) else None
