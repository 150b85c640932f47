"""A multi-page story's pager in the middle of the story.

A site that splits a story over pages prints a pager under each part: a counter and page links ("Page 1 of 3" / "1" /
"2" / "3" / "Next »", "Pagina 2 van 3", "الصفحة" / "1" / "2" / "3" / "التالي"). A dump of the whole story (every
page saved into one file, a reader that joined the pages, a print view that kept the pagers) has the story's next
part under it. The pager is furniture, but no end of the story: the body region reads across it as it reads across a
box (classify.py), and a related box right under it ("اقرأ أيضاً" / two headlines) is a box in the story
(boxes.find_related_boxes looks past the pager for the paragraph above the box). What follows a pager or a box in the
middle of a story is the story again, unless it reads as boilerplate (issue 10, rule 3); left unread, the pager and the
box together made a gap the story's next part was judged across by its vocabulary alone, and a second source quoted on
page two shares few words with page one: the rest of the story went as "after the article".

Only a pager proper counts: a page counter or a row of page links (`pager_line`), or bare page numbers counting up by
one with a page label or a previous/next link beside them (numbers alone may be a table's cells); with a paragraph
right above it and the story going on within PAGER_RESUME lines under it (a pager at the story's end is left as it
was: the page-1-of-3 warning reads it, losses.py).
"""

from __future__ import annotations

import re

from newsbrief.normalise.features import Features
from newsbrief.normalise.lines import Line
from newsbrief.normalise.phrases import in_group

PAGER_REASON = "the story's pager"
#: the story goes on within this many lines under the pager (a related box of a heading and four headlines between,
#: classify.MAX_GAP)
PAGER_RESUME = 8
#: a pager's part has at most this many words ("Previous page | Page 2 of 3 | Next page")
PAGER_PART_WORDS = 12

#: a pager's row of page links: consecutive page numbers, a "previous" or "next" link either side ("1 2 3 Next »",
#: "« Vorige 1 2 3", "السابق 1 2 3 التالي"); each part bounded (linear)
_PAGER_ROW = re.compile(r"^\W{0,3}(?:(?:previous|prev|vorige|السابق|السابقة)\W{1,3})?(\d{1,3}(?:\W{1,3}\d{1,3}){1,20})"
                        r"(?:\W{1,3}(?:next|volgende|التالي|التالية))?\W{0,3}$", re.IGNORECASE)
#: a page label alone on its line over the page numbers ("Page", "Pages:", "Pagina's", "الصفحة", "صفحات")
_PAGE_LABEL = re.compile(r"^\W{0,3}(?:pages?|pagina(?:'?s)?|(?:ال)?صفح(?:ة|ات))\W{0,3}$", re.IGNORECASE)
#: a page number alone on its line ("2", "[2]", "‹ 3 ›")
_BARE_NUMBER = re.compile(r"^\W{0,3}(\d{1,3})\W{0,3}$")


def pager_line(text: str, words: int) -> bool:
    """A multi-page story's page links, no table of figures: its page counter ("Page 1 of 3", "Pagina 2 van 3",
    "الصفحة 1 من 3": the `pagination` group) or a row of its page numbers counting up by one ("1 2 3 Next »"). The
    numbers on lines of their own under the counter ("1" / "2" / "3") are bare counters, which the table warning
    passes over anyway."""
    if in_group(text, words, "pagination"):
        return True
    row = _PAGER_ROW.match(text.strip())
    if row is None:
        return False
    numbers = [int(n) for n in re.findall(r"\d+", row.group(1))]
    # (two numbers alone, "1 2", could be a row's figures: three, or a "Next" link beside them)
    linked = any(ch.isalpha() for ch in text)
    return (len(numbers) >= 3 or linked) and all(b == a + 1 for a, b in zip(numbers, numbers[1:]))


def _part(line: Line, f: Features) -> str | None:
    """What part of a pager line `line` is: "row" (a counter or a row of links, `pager_line`), "link" (a lone
    previous/next link: `pager_link`), "label" (a page label alone), "number" (a bare page number); None: no part."""
    text = line.text.strip()
    if f.prose or f.words > PAGER_PART_WORDS or not text:
        return None
    if _BARE_NUMBER.match(text):
        return "number"
    if _PAGE_LABEL.match(text):
        return "label"
    if pager_line(text, f.words):
        return "row"
    if in_group(text, f.words, "pager_link"):
        return "link"
    return None


def _is_pager(lines: list[Line], run: list[int], parts: list[str]) -> bool:
    """Whether a run of pager parts is a pager: a counter or a row of links in it, or page numbers counting up by one
    (two at least) with a label or a link beside them."""
    if "row" in parts:
        return True
    numbers = [int(_BARE_NUMBER.match(lines[k].text.strip()).group(1)) for k, p in zip(run, parts) if p == "number"]
    return len(numbers) >= 2 and all(b == a + 1 for a, b in zip(numbers, numbers[1:])) \
        and any(p in ("label", "link") for p in parts)


def story_pagers(lines: list[Line], feats: list[Features]) -> set[int]:
    """The lines of every pager in the middle of a story (module docstring): a run of pager parts that is a pager,
    right under a paragraph, the story's next paragraph within PAGER_RESUME lines under it (a paragraph no phrase list
    names: "A version of this article appeared in print …" under the last page's pager is the page's furniture)."""
    found: set[int] = set()
    n = len(lines)
    i = 0
    while i < n:
        if i == 0 or not feats[i - 1].prose:
            # (a pager stands right under a paragraph: a run that starts elsewhere is none, and its parts are not
            # read; a prose line is no part, so a run under one starts right there)
            i += 1
            continue
        run: list[int] = []
        parts: list[str] = []
        while i < n and (part := _part(lines[i], feats[i])) is not None:
            run.append(i)
            parts.append(part)
            i += 1
        if not run:
            i += 1
            continue
        first, last = run[0], run[-1]
        if first > 0 and feats[first - 1].prose and _is_pager(lines, run, parts) \
                and any(feats[k].prose and not feats[k].categories
                        for k in range(last + 1, min(n, last + 1 + PAGER_RESUME))):
            found.update(run)
    return found


#: a carousel's pager under a box's heading has at most this many parts ("Previous" / "1" / "2" / "Next")
CAROUSEL_PARTS = 6


def carousel_pager_end(lines: list[Line], feats: list[Features], j: int) -> int:
    """The first line from `j` on past a carousel's pager that starts at line `j` (a related box's "Previous" / "1" /
    "Next", "Vorige" / "1" / "Volgende", "السابق" / "1" / "التالي" right under its heading: the Mail, the Sun, the
    Mirror), or `j` when none starts there. A run of pager parts (`_part`, CAROUSEL_PARTS at most) with a previous/next
    link or a page row in it: one bare "1" alone is no pager (a counter, a table's cell). Only a caller that stands
    under a box's heading asks, so a lone link beside one page number is enough here (`_is_pager` wants two)."""
    k = j
    parts: list[str] = []
    while k < len(lines) and len(parts) < CAROUSEL_PARTS and (part := _part(lines[k], feats[k])) is not None:
        parts.append(part)
        k += 1
    return k if any(p in ("link", "row") for p in parts) else j
