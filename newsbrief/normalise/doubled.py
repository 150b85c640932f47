"""A paragraph the page shows twice is kept once.

Some pages carry their article twice: a print or reprint copy above the page's own copy (a "Reprints" box that holds
the whole story), a story repeated in a mobile and a desktop layout, a lead repeated as its own teaser. When the
decisions keep both copies, the record says every sentence twice. A story never repeats a sentence-length paragraph
word for word, so a kept line of REPEAT_MIN_WORDS words or more that equals a kept line above it is dropped: the
first copy stays. Applied after the model's decisions (classify.classify) and by scripts/fit_normaliser.py on the
lines it scores, so the two give the same text. Short lines ("Read more", a name) repeat legitimately and are left.
"""

from __future__ import annotations

#: a line this long that repeats word for word is a copy, not a refrain: a heading or a short label may repeat
REPEAT_MIN_WORDS = 8
#: ... and this many such lines in a row among the kept lines: a copy of the story; one line repeated between others
#: is a refrain, a pull quote or a test page's filler, which a page's own text may hold twice
REPEAT_RUN = 3
#: the reason a dropped copy gets in the record's line roles
REPEAT_REASON = "paragraph repeated"


def _key(text: str) -> str:
    """A line's words as compared: case and spacing ignored."""
    return " ".join(text.casefold().split())


def drop_repeated(roles: list[str], texts: list[str]) -> list[str]:
    """The roles with every kept ("content") line that repeats an earlier kept line of REPEAT_MIN_WORDS or more
    words set to "removed", where REPEAT_RUN or more such repeats follow one another among the kept lines (a copy
    of a story, not a refrain between other lines). Linear: one set look-up per kept line."""
    out = list(roles)
    seen: set[str] = set()
    run: list[int] = []  # the kept lines of the current run of repeats

    def close() -> None:
        if len(run) >= REPEAT_RUN:
            for k in run:
                out[k] = "removed"
        run.clear()

    for i, (role, text) in enumerate(zip(roles, texts)):
        if role != "content":
            continue
        key = _key(text)
        if key.count(" ") + 1 < REPEAT_MIN_WORDS or key not in seen:
            close()
            seen.add(key)
        else:
            run.append(i)
    close()
    return out
