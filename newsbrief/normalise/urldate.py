"""The publication date a plain-text page's own address gives ("https://site.example/news/2026/04/02/slug").

Scrapers often write the page's URL as the dump's first line, and print versions end with "Source: <url>". The HTML
path reads the same date from the page's canonical link (trafilatura's htmldate); here htmldate's URL reader is used
on the address line, so both paths read an address alike. Only a line that is an address and nothing else counts
(a link inside a paragraph points at another story): above the story, bare or labelled ("Source: …", "Bron: …"), and
under it only when labelled as the page's own address ("URL: …", "Permalink: …"). Under the story a "Source:" or
"Bron:" line cites where the facts came from (a statistics office's release), not the page.
"""

from __future__ import annotations

import re

from newsbrief.normalise.agencies import SOURCE_LABEL
#: the page's own address, labelled as such ("URL: https://…", "Permalink: …", "رابط المقال: …"), anywhere outside
#: the story
_OWN_ADDRESS = re.compile(r"^(?:url|permalink|original url|link to this (?:article|page|story)|artikel-url|"
                          r"link naar dit artikel|الرابط|رابط المقال)\s*:\s*(https?://\S{4,400})$", re.IGNORECASE)
#: a source line ("Source: https://…", "Bron: …", "المصدر: …"): the page's own only above the story
_SOURCE = re.compile(rf"^(?:{SOURCE_LABEL}|link|original|origineel)\s*:\s*(https?://\S{{4,400}})$", re.IGNORECASE)
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
        found = _OWN_ADDRESS.match(stripped) or (
            (_SOURCE.match(stripped) or _BARE.match(stripped)) if above_story else None)
        if found:
            return _date_in_address(found.group(1))
    return None


def _date_in_address(address: str) -> str | None:
    # imported here: htmldate (trafilatura's) loads only for a page that has an address line and no stated date
    try:
        from htmldate import find_date
    except ImportError:  # an install without the HTML extractor: the address gives no date, the page still normalises
        return None

    # an empty document: only the address is read (extensive_search off, so no guess from the current date)
    return find_date("<html></html>", url=address, extensive_search=False, original_date=True)
