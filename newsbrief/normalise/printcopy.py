"""A story printed twice: a "print this page" dump that has the print copy above the page's own copy.

Some saved pages hold the story twice: the print view (headline, byline, the paragraphs, then a footer such as
"Printed from www.example.com on 09/12/2026") and under it the page itself (menu, headline, byline, date line, the
same paragraphs). The print footer between the two copies is what tells such a page from one that prints its text
twice on purpose (the eval golds keep both copies there: BENCHMARKS "a story printed twice"), so the rule fires only
on a marker (the phrase lists' `print_copy`) with the story's lines repeated below it. The page copy under the marker
is the one read: it has the page's date line, which the print view leaves out.
"""

from __future__ import annotations

from newsbrief.normalise.lines import word_count
from newsbrief.normalise.phrases import in_group

#: the reason of every line of the print copy (and its marker) in `line_roles`
PRINT_COPY_REASON = "print copy"
#: a story line has at least this many words (a menu item or a heading repeated below is no sign of a copy)
COPY_LINE_MIN_WORDS = 8
#: the print copy repeats at least this many story lines ...
COPY_MIN_LINES = 3
#: ... and at least this share of the story lines above the marker are repeated below it (the print view's own
#: notice, "This copy is for your personal use", is not)
COPY_MIN_SHARE = 0.8


def print_copy_end(texts: list[str]) -> int | None:
    """The index of the print marker that closes a print copy of the story above the page's own copy, or None."""
    for k, text in enumerate(texts):
        if not in_group(text, word_count(text), "print_copy"):
            continue
        above = [t.strip() for t in texts[:k] if word_count(t) >= COPY_LINE_MIN_WORDS]
        below = {t.strip() for t in texts[k + 1:]}
        repeated = sum(t in below for t in above)
        return k if repeated >= COPY_MIN_LINES and repeated >= COPY_MIN_SHARE * len(above) else None
    return None
