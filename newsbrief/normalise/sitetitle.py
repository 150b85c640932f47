"""The site's name cut off a title taken from an HTML page's <title> element.

A <title> often holds the site's name before or after the headline ("Connacht Tribune - Galway café owners fined …",
"Galway café owners fined … | Connacht Tribune"). Where the page shows the headline in an <h1>, the HTML path takes
that (html._displayed_headline); an old layout-table page has none, and its title kept the site's name. The name is
cut only where the page itself names its site: its og:site_name / application-name <meta>, the extractor's site
name, its copyright line's holder ("© 2026 Connacht Tribune Ltd."), or its address's domain (canonical link,
og:url). A part of a headline that only holds a dash ("Brexit - what happens next") names no site and stays.
"""

from __future__ import annotations

import html as html_entities
import re

from newsbrief.normalise.pageauthor import TITLE_SEPARATOR
from newsbrief.normalise.phrases import menu_word

#: the site's name in the page's <meta> tags (attributes in either order, read up to 1000 characters as pageauthor's)
_META_SITE = re.compile(
    r"<meta\s(?=[^>]{0,1000}\b(?:name|property)\s*=\s*[\"'](?:og:site_name|application-name)[\"'])"
    r"[^>]{0,1000}\bcontent\s*=\s*[\"']([^\"'<>]{2,80})[\"']", re.IGNORECASE)
#: the page's own address: its canonical link or og:url (attributes in either order)
_OWN_URL = re.compile(
    r"<(?:link|meta)\s(?=[^>]{0,1000}(?:\brel\s*=\s*[\"']canonical[\"']|\bproperty\s*=\s*[\"']og:url[\"']))"
    r"[^>]{0,1000}\b(?:href|content)\s*=\s*[\"']https?://(?:www\.)?([^/\"'<>:]{3,80})", re.IGNORECASE)
#: a copyright line's holder: "© 2026 Connacht Tribune Ltd.", "Copyright 2019-2026 The Valley Courier. All rights
#: reserved", "&copy; Dagblad Noord B.V." (up to a company's form, a full stop, a bar or the element's end)
_COPYRIGHT_HOLDER = re.compile(
    r"(?:©|&copy;|&#169;|\(c\)|copyright)\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)?\s*,?\s*"
    r"(?P<name>[^\W\d][^.<>|,©]{1,60}?)\s*(?=\b(?:ltd|limited|inc|llc|plc|b\.?v|n\.?v|gmbh|group|media group)\b|[.<>|,]|$)",
    re.IGNORECASE)
#: a site's name has at most this many words ("Het Noordelijk Dagblad Online"); the headline left at least this many
SITE_NAME_MAX_WORDS = 5
HEADLINE_LEFT_MIN_WORDS = 3


def without_site_name(title: str, html: str, sitename: str | None = None) -> str:
    """`title` without the parts at either end that are the site's name as the page names it (`site_names`), and then a
    section's name at either end ("Connacht Tribune - Headline - News"); `title` itself when
    no end names the site or too little of a headline would be left."""
    pieces = re.split(f"({TITLE_SEPARATOR.pattern})", title)  # text, separator, text, …
    if len(pieces) < 3:
        return title
    names = site_names(html, sitename)
    if not names:
        return title
    parts = pieces[::2]
    first, last = 0, len(parts)
    while last - first > 1 and _is_site(parts[first], names):
        first += 1
    while last - first > 1 and _is_site(parts[last - 1], names):
        last -= 1
    if (first, last) == (0, len(parts)):
        return title
    # the <title> is the site's template: a section's name at either end goes with the site's name
    while last - first > 1 and _is_section(parts[first]):
        first += 1
    while last - first > 1 and _is_section(parts[last - 1]):
        last -= 1
    kept = "".join(pieces[2 * first: 2 * last - 1]).strip()
    return kept if len(kept.split()) >= HEADLINE_LEFT_MIN_WORDS else title


def site_names(html: str, sitename: str | None = None) -> set[str]:
    """The keys (`_key`) of the names the page gives its site: the extractor's, its <meta> tags', its copyright
    holder's, its domain's (with and without a leading "the": "The Valley Courier" at valleycourier.com)."""
    domains = _OWN_URL.findall(html)
    names = [sitename or ""] + _META_SITE.findall(html) + [m.group("name") for m in _COPYRIGHT_HOLDER.finditer(html)]
    names += [domain.rsplit(".", 1)[0] for domain in domains] + domains
    keys = set()
    for name in names:
        name = html_entities.unescape(name).strip()
        if name and len(name.split()) <= SITE_NAME_MAX_WORDS:
            keys.add(_key(name))
            keys.add(_key(re.sub(r"^(?:the|de|het)\s+", "", name, flags=re.IGNORECASE)))
    return keys - {""}


def _key(text: str) -> str:
    """A name's letters and digits in lower case: "Connacht Tribune", "connachttribune.ie" (domain cut) compare."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _is_site(part: str, names: set[str]) -> bool:
    """Whether a title's part is the site's name: the page's own name for it, with or without "the"."""
    part = part.strip()
    if not part or len(part.split()) > SITE_NAME_MAX_WORDS:
        return False
    return _key(part) in names or _key(re.sub(r"^(?:the|de|het)\s+", "", part, flags=re.IGNORECASE)) in names


def _is_section(part: str) -> bool:
    """Whether a title's part is a section's name ("News", "Sport", "Nieuws": the phrase lists' menu words)."""
    return menu_word(part.strip())
