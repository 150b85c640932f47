"""The author an HTML page names in its metadata, for the record's byline.

trafilatura reads the author from the page's <meta> tags, JSON-LD and byline elements, but hands it over raw: with
its label ("Door Femke Jansen", "تحقيق منى عبدالرحمن"), with a job split off as a second author ("Sam Keller; Political
Correspondent"), with a date fragment ("Dana Whitfield; June"); and on some pages (AMP, JSON-LD without its
"@context") with none at all. `page_author` cleans what it gives, and reads the JSON-LD "author" and the author
<meta> tags itself when it gives nothing. A forum's poster writes a handle ("thijs_84"), which trafilatura's
name cleaning turns into a name the page never shows ("Thijs"): a name the page does not write is given as the page
writes it (`_as_written`), as is a name whose initials lost their dots ("J de Vries" for the page's "J. de Vries").
"""

from __future__ import annotations

import functools
import json
import re

from newsbrief.normalise.metadata import is_date_fragment, is_job_title, person_name, split_byline

#: JSON-LD blocks and author <meta> tags (attributes in either order), read without parsing the page again; a tag's attributes are read
#: up to 1000 characters (`[^>]{0,1000}`): unbounded, each "<meta" of a page of unclosed tags scanned to its end
_JSON_LD = re.compile(r"<script[^>]{0,1000}application/ld\+json[^>]{0,1000}>(.*?)</script\s*>", re.IGNORECASE | re.DOTALL)
_META_AUTHOR = re.compile(
    r"<meta\s(?=[^>]{0,1000}\b(?:name|property)\s*=\s*[\"'](?:author|article:author|dc\.creator|parsely-author|sailthru\.author)"
    r"[\"'])[^>]{0,1000}\bcontent\s*=\s*[\"']([^\"'<>]{2,120})[\"']", re.IGNORECASE)
#: the most JSON-LD the page may carry to be read here (a page's structured data is a few kB)
JSON_LD_MAX_CHARS = 200_000


def page_author(extracted: str | None, html: str) -> str | None:
    """The page's author(s), "; " between two: trafilatura's (`extracted`), cleaned, else the page's own metadata."""
    names = [_as_written(name, html) for name in _clean(extracted.split(";"))] if extracted else []
    return "; ".join(names) if names else ("; ".join(_clean(_metadata_names(html))) or None)


#: the page's <title> element, read without parsing the page again (`site_named`)
_TITLE = re.compile(r"<title[^>]{0,200}>([^<]{1,400})</title\s*>", re.IGNORECASE)
#: what a <title> puts between the headline and the site's name ("… - هسبريس", "… | Antwerpen | hln.be")
TITLE_SEPARATOR = re.compile(r"\s+[-–—|:·•»]\s+")


def site_named(author: str, html: str, sitename: str | None = None) -> bool:
    """Whether the extracted author is the site's name: the extractor's site name, or the last part of the page's
    <title> after its headline ("الحكومة تقرر … - هسبريس": a byline element "هسبريس - يوسف لخضر" split at its dash
    gives the site's part). Only the last part: a columnist's page names its writer between the headline and the
    site ("… | Marina Holt | The Daily Courier"), and she is the author. A site is no author: the byline the page's
    text names comes first."""
    key = author.strip().casefold()
    if sitename and key == sitename.strip().casefold():
        return True
    found = _TITLE.search(html)
    parts = TITLE_SEPARATOR.split(" ".join(found.group(1).split())) if found else []
    return len(parts) > 1 and key == parts[-1].strip().casefold()


def reporter_after_site(site: str, html: str) -> str | None:
    """The reporter an element names after the site's name ("<span class="author">هسبريس - يوسف لخضر</span>", "Het
    Dagblad | Jan Smit"), the name without a label; else None: the extractor split such a byline at its dash and
    kept the site's part."""
    pattern = r">\s*" + re.escape(site.strip()) + r"\s*[-–—|/]\s*([^<>]{2,80}?)\s*<"
    for found in re.finditer(pattern, html):
        name = split_byline(found.group(1))[0]
        if name and not is_date_fragment(name) and person_name(name):
            return name
    return None


def _as_written(name: str, html: str) -> str:
    """`name` as the page writes it: with the dots after its initials that the page writes and the extractor dropped
    ("J. de Vries", "A.M. Peeters", "ب. يوسف", "Wanjiru M." for "J de Vries", "A M Peeters", "ب يوسف", "Wanjiru M");
    else itself where the page shows it so; else the handle it was made from, the page's word that starts with it in
    any case and goes on in letters, digits, "_", "." or "-" ("thijs_84" for "Thijs"); else itself (a name put
    together from JSON-LD's given and family names, one the page writes in capitals)."""
    if not name.strip():
        return name
    # a dot only after an initial (one letter), and after the last part only then: "Wanjiru M." (a full last name's
    # dot ends a sentence; "Jane.Doe" is an address's)
    parts = name.split()
    pattern = "".join(re.escape(part) + (r"(?:\.\s*|\s+)" if len(part) == 1 else r"\s+") for part in parts[:-1])
    pattern += re.escape(parts[-1]) + (r"\.?" if len(parts[-1]) == 1 else "")
    dotted = re.search(r"(?<![\w.])" + pattern + r"(?!\w)", html)
    if dotted:
        return " ".join(dotted.group(0).split())
    if name in html:
        return name
    found = re.search(r"(?<![\w@])" + re.escape(name) + r"[\w.\-]*", html, re.IGNORECASE)
    handle = found.group(0).rstrip(".-") if found else name
    # only a handle: a name the page writes in capitals ("JOHN SMITH") keeps the cleaned form ("John Smith")
    return handle if len(handle) > len(name) else name


#: a relative date's words the extractor leaves after the name when it drops the time's digits ("Tom Claes Gisteren
#: om" from "<span>Tom Claes</span><span>Gisteren om 19:48</span>", "Jane Doe Yesterday at", "سارة علي اليوم الساعة",
#: "Jane Doe hours ago", "Tom Claes uur geleden", "سارة علي منذ ساعات"): no part of a name. So is a date's month
#: and its day ("Alvin R Cabral Nov" from "<span>Alvin R Cabral</span><span>Nov 25, 2026</span>", "Rachel Moore Sept
#: 3"), abbreviated or a month's name that is no person's: not "May", "June", "April", "August", "Juli", "Augustus",
#: "Jan", nor "Jun" and "Mar" ("Theresa May", "Wang Jun", "Maria del Mar" are names)
_RELATIVE_TAIL = re.compile(
    r"\s+(?:(?:(?:feb|mrt|apr|jul|aug|sep|sept|oct|okt|nov|dec)\.?|january|february|july|september|october"
    r"|november|december|januari|februari|maart|oktober)(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?"
    r"|(?:today|yesterday|vandaag|gisteren|eergisteren|اليوم|امس|أمس)(?:,?\s*(?:at|om|الساعة))?"
    r"|(?:\d+\s*)?(?:hours?|minutes?|mins?|days?|uur|minuten|min\.?|dagen)\s+(?:ago|geleden)"
    r"|منذ(?:\s+\d+)?(?:\s+(?:ساعة|ساعات|ساعتين|دقيقة|دقائق|يوم|أيام|ايام))?)\s*$",
    re.IGNORECASE)


def _clean(parts) -> list[str]:
    """Each part's name without its label; date fragments, links and repeats out, a relative date's words after the
    name (`_RELATIVE_TAIL`) too, and a job beside a name ("Sam Keller; Political Correspondent": "Reuters Staff"
    alone stays the byline)."""
    out: list[str] = []
    for part in parts:
        # (read with single spaces: meta and JSON-LD parts come raw, and the tail's leading `\s+` retried at each
        # space of a run made the substitution quadratic in its length; review 33a #12)
        part = _RELATIVE_TAIL.sub("", " ".join(part.split())).strip()
        if not part or is_date_fragment(part) or "://" in part:
            continue
        name = split_byline(part)[0]
        if name and name not in out:
            out.append(name)
    people = [name for name in out if not is_job_title(name)]
    return people or out


def json_ld_values(html: str, key: str) -> list:
    """The values under every `key` of the page's JSON-LD blocks that parse (an object, a list, an "@graph", a few
    levels deep; a block over JSON_LD_MAX_CHARS is skipped), in page order. Callers read them, never change them:
    the parsed blocks are shared (`_json_ld_blocks`)."""
    return [value for data in _json_ld_blocks(html) for value in _values_under(data, key)]


@functools.lru_cache(maxsize=1)
def _json_ld_blocks(html: str) -> tuple:
    """The page's JSON-LD blocks that parse, in page order: parsed once per page, though the author (`page_author`,
    when the extractor found none) and the date's time (pagedate.stated_times) both read them. One page is cached,
    the one being normalised (the page's string hashes once)."""
    blocks = []
    for block in _JSON_LD.findall(html[:JSON_LD_MAX_CHARS * 5]):
        if len(block) > JSON_LD_MAX_CHARS:
            continue
        try:
            blocks.append(json.loads(block))
        except ValueError:
            continue
    return tuple(blocks)


def _metadata_names(html: str) -> list[str]:
    """The "author" names of the page's JSON-LD, else of its author <meta> tags."""
    names = []
    for value in json_ld_values(html, "author"):
        for author in value if isinstance(value, list) else [value]:
            name = author.get("name") if isinstance(author, dict) else author
            if isinstance(name, str):
                names.append(name)
    return names or _META_AUTHOR.findall(html[:JSON_LD_MAX_CHARS])


def _values_under(data, key: str, depth: int = 0) -> list:
    """The values under every `key` of a JSON-LD value, a few levels deep (not inside a value found)."""
    if depth > 4:
        return []
    if isinstance(data, list):
        return [value for item in data for value in _values_under(item, key, depth + 1)]
    if not isinstance(data, dict):
        return []
    values = []
    for name, value in data.items():
        if name == key:
            values.append(value)
        elif isinstance(value, (dict, list)):
            values.extend(_values_under(value, key, depth + 1))
    return values
