"""A page's line quoted in a warning: cut to a length a reader takes in at a glance.

Warnings quote the first line of what they are about ("a second article follows …: 'Council votes …'"); every
warning cuts the quote the same way, so one helper does it for losses.py, threadposts.py and chapters.py.
"""

from __future__ import annotations

#: a quote in a warning holds at most this many characters, the ellipsis included
QUOTE_CHARS = 60


def shortened(text: str, limit: int = QUOTE_CHARS) -> str:
    """`text` as a warning quotes it: whole when it fits in `limit` characters, else cut and ended with "…"."""
    return text if len(text) <= limit else text[: limit - 1] + "…"
