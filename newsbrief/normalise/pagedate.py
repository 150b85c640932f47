"""The time of day an HTML page's metadata gives its publication, for the record's `published`.

trafilatura hands over the page's date without its time ("2026-11-21"), even where the JSON-LD says
"2026-11-21T18:30:00+00:00": the README promises `published` with the time of day when the page gives one.
`stated_times` reads the publication stamps the page's metadata states with a time, in order of trust: the JSON-LD
"datePublished", the published-time <meta> tags, the first <time datetime> element.

htmldate (which trafilatura calls for the date) can return the time too (`outputformat="%Y-%m-%dT%H:%M:%S%z"`), but
that one read cannot serve here (stop 23, BENCHMARKS.md "One read of the page's date"): a page that states the day
only comes back at midnight ("2024-06-12T00:00:00"), which cannot be told from a stamp that says 00:00, and it
picks its own stamp (a live page's earliest <time> entry, not the first one stated). Reading the stamps here costs
0.02-0.04 ms of a page's 4-9 ms.
"""

from __future__ import annotations

import re

from newsbrief.normalise.dates import read_published
from newsbrief.normalise.pageauthor import JSON_LD_MAX_CHARS, json_ld_values

#: a stamp with a clock time in it ("2026-11-21T18:30:00+00:00", "2026-11-21 18:30"): only these add to a day
_WITH_TIME = re.compile(r"^\s*\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
#: published-time <meta> tags, attributes in either order; a tag's attributes are read
#: up to 1000 characters (`[^>]{0,1000}`): unbounded, each "<meta" of a page of unclosed tags scanned to its end
_META_PUBLISHED = re.compile(
    r"<meta\s(?=[^>]{0,1000}\b(?:name|property|itemprop)\s*=\s*[\"'](?:article:published_time|og:published_time|"
    r"datePublished|pubdate|publishdate|publish-date|dc\.date\.issued|sailthru\.date|parsely-pub-date)[\"'])"
    r"[^>]{0,1000}\bcontent\s*=\s*[\"']([^\"'<>]{8,40})[\"']", re.IGNORECASE)
_TIME_ELEMENT = re.compile(r"<time\s[^>]{0,1000}\bdatetime\s*=\s*[\"']([^\"'<>]{8,40})[\"']", re.IGNORECASE)


#: modified-time <meta> tags ("article:modified_time", "og:updated_time", "dateModified"), as _META_PUBLISHED
_META_MODIFIED = re.compile(
    r"<meta\s(?=[^>]{0,1000}\b(?:name|property|itemprop)\s*=\s*[\"'](?:article:modified_time|og:updated_time|"
    r"dateModified|last-modified|lastmod)[\"'])"
    r"[^>]{0,1000}\bcontent\s*=\s*[\"']([^\"'<>]{8,40})[\"']", re.IGNORECASE)


def publication_stated(html: str) -> bool:
    """Whether the page's metadata states when it was published (JSON-LD "datePublished" / "dateCreated", a
    published-time <meta>): a live page's <time> elements date its entries, a modified time its last update."""
    return any(isinstance(value, str) for key in ("datePublished", "dateCreated") for value in json_ld_values(html, key)) \
        or _META_PUBLISHED.search(html[:JSON_LD_MAX_CHARS]) is not None


def modified_stamp(html: str) -> str | None:
    """The page's last-update stamp as its metadata states it (JSON-LD "dateModified", a modified-time <meta>)."""
    stamps = [value for value in json_ld_values(html, "dateModified") if isinstance(value, str)]
    found = _META_MODIFIED.search(html[:JSON_LD_MAX_CHARS])
    return (stamps + ([found.group(1)] if found else [None]))[0]


def stated_times(html: str, time_elements: bool = True) -> list[str]:
    """The publication stamps with a time of day that the page's metadata states, ISO 8601 (`dates.read_published`),
    most trusted first. `time_elements=False`: not the first <time datetime> (on a live page it dates an entry)."""
    stamps = [value for value in json_ld_values(html, "datePublished") if isinstance(value, str)]
    head = html[:JSON_LD_MAX_CHARS]
    first_time = _TIME_ELEMENT.search(html, 0, JSON_LD_MAX_CHARS * 5) if time_elements else None
    stamps += _META_PUBLISHED.findall(head) + ([first_time.group(1)] if first_time else [])
    out = []
    for stamp in stamps:
        iso = read_published(stamp)[0] if _WITH_TIME.match(stamp) else None
        if iso and "T" in iso and iso not in out:
            out.append(iso)
    return out
