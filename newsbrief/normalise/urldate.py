"""The publication date a plain-text page's own address gives ("https://site.example/news/2026/04/02/slug").

Scrapers often write the page's URL as the dump's first line, and print versions end with "Source: <url>". The HTML
path reads the same date from the page's canonical link (trafilatura's htmldate); here htmldate's URL reader is used
on the address line, so both paths read an address alike. Only a line that is an address and nothing else counts
(a link inside a paragraph points at another story), above the story, or under it when labelled as the source.
"""

from __future__ import annotations

import re

#: a labelled source address ("Source: https://…", "Bron: …", "المصدر: …"), anywhere outside the story
_LABELLED = re.compile(r"^(?:source|url|link|permalink|original|bron|origineel|المصدر|الرابط|رابط المقال)\s*:\s*"
                       r"(https?://\S{4,400})$", re.IGNORECASE)
#: a bare address on its own line: the page's own only above the story (below it, a teaser's or a share link)
_BARE = re.compile(r"^<?(https?://\S{4,400}?)>?$", re.IGNORECASE)


def url_date(texts: list[str], roles: list[str]) -> str | None:
    """The YYYY-MM-DD date in the address of the first line that gives the page's own URL, None without one."""
    above_story = True
    for text, role in zip(texts, roles):
        if role == "content":
            above_story = False
            continue
        stripped = text.strip()
        found = _LABELLED.match(stripped) or (_BARE.match(stripped) if above_story else None)
        if found:
            return _date_in_address(found.group(1))
    return None


def _date_in_address(address: str) -> str | None:
    # imported here: htmldate (trafilatura's) loads only for a page that has an address line and no stated date
    from htmldate import find_date

    # an empty document: only the address is read (extensive_search off, so no guess from the current date)
    return find_date("<html></html>", url=address, extensive_search=False, original_date=True)
