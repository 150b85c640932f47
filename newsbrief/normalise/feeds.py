"""A feed dump: the items of an RSS/Atom feed printed as text, read as its first item, with a warning for the rest.

A scraper that hits a feed instead of an article page saves its items one after another, each as labelled fields
("Titel: …", "Link: …", "Beschrijving: …", "Auteur: …"), often between the feed's own `<item>` / `</item>` (Atom:
`<entry>`) tags or as `<title>…</title>` lines. Read as an article page, the classifier took the first item's "Titel:"
line, label and all, for the headline, its author's e-mail address for the byline, and glued the descriptions of every
item into one body under it; the raw tags stayed in the text, and nothing said that the page held several stories.

A feed holds separate stories, each with its own title, author and date, and a record has one title, byline and date:
so the record is the FIRST item (its title, author and date without their labels, its description as the text), the
other items go to `removed`, and a warning names them, as for a second article glued under a story
(losses.second_article_warning). Keeping every item's description in the text instead would put stories that have
nothing to do with each other under the first one's title and byline, and the takeaways would mix them.

A page is a feed when it has at least MIN_ITEMS items that each have a title field, and at least MIN_ITEMS of them a
description or link field too (a story's own "Title: …" line, a quoted form, is no feed). Items are the spans
between the item tags; a page without tags starts an item at each title field. The labels are en/nl/ar (`_LABELS`):
they are the fields' names, not boilerplate phrases, so they live here and not in the phrase lists.
"""

from __future__ import annotations

import re

from newsbrief.normalise.dates import read_published
from newsbrief.normalise.lines import single_spaced
from newsbrief.normalise.quoting import shortened

__all__ = ["FEED_REASON", "read_feed"]

#: a feed needs this many items (one labelled item is an article with a label line, not a feed)
MIN_ITEMS = 2
#: the reason in `line_roles` for the lines of the items after the first and for the feed's own lines
FEED_REASON = "feed dump: another item of the feed, or the feed's own line"
#: how many of the other items' titles the warning names
NAMED_ITEMS = 3

#: the fields' labels, en / nl / ar (an RSS or Atom element's name is the English one)
_LABELS = {
    "title": ["title", "headline", "titel", "kop", "العنوان", "عنوان"],
    "description": ["description", "summary", "content", "beschrijving", "omschrijving", "samenvatting", "inhoud",
                    "الوصف", "الملخص", "المحتوى", "النص"],
    "link": ["link", "url", "guid", "permalink", "الرابط", "رابط"],
    "author": ["author", "creator", "dc:creator", "auteur", "schrijver", "الكاتب", "المؤلف", "الكاتبة"],
    "published": ["published", "pubdate", "pub date", "date", "updated", "gepubliceerd", "datum", "publicatiedatum",
                  "bijgewerkt", "تاريخ النشر", "التاريخ", "نشر"],
    "category": ["category", "categories", "tags", "categorie", "rubriek", "التصنيف", "القسم", "الفئة"],
}
_FIELD_OF = {label: field for field, labels in _LABELS.items() for label in labels}
_ALTERNATION = "|".join(sorted((re.escape(label) for label in _FIELD_OF), key=len, reverse=True))
#: "Titel: Kermis gaat door": a label, a colon, the value (the label is the line's start, so this is linear)
_LABELLED = re.compile(rf"^(?:{_ALTERNATION})\s*:\s*(?P<value>.*)$", re.IGNORECASE)
#: "<title>Kermis gaat door</title>", "<link>https://…</link>", "<pubDate>…</pubDate>" (an element on one line)
#: ... its text may be wrapped as CDATA ("<description><![CDATA[De kermis gaat door.]]></description>")
_ELEMENT = re.compile(rf"^<(?P<name>{_ALTERNATION}|pubdate)(?:\s[^<>]*)?>"
                      r"(?:<!\[CDATA\[(?P<cdata>.*?)\]\]>|(?P<value>[^<>]*))</(?P=name)>$", re.IGNORECASE)
#: an item's own tags: "<item>", "</item>", "<entry>", "<entry xml:lang="nl">", "</entry>"
_ITEM_TAG = re.compile(r"^<(?P<close>/?)(?:item|entry)(?:\s[^<>]*)?>$", re.IGNORECASE)
#: any other lone tag of the feed ("<channel>", "</rss>", "<![CDATA[" lines are rare: a tag is enough)
_ANY_TAG = re.compile(r"^</?[A-Za-z][\w:.-]*(?:\s[^<>]*)?/?>$")
#: "jane@example.com (Jane Doe)", RSS's author form: the name in brackets is the byline
_MAIL_NAME = re.compile(r"^\S+@\S+\s*\((?P<name>[^()@]+)\)$")
_MAIL = re.compile(r"[^\s@]+@[^\s@]+\.\w+")
#: an author field longer than this is no byline (an e-mail address is at most 254 characters)
BYLINE_MAX_CHARS = 320


def _field(text: str) -> tuple[str, str] | None:
    """(field, value) of a field line, None for any other line."""
    found = _ELEMENT.match(text)
    if found:
        name = found.group("name").casefold()
        value = found.group("value") if found.group("value") is not None else found.group("cdata")
        return ("published" if name == "pubdate" else _FIELD_OF[name]), value.strip()
    found = _LABELLED.match(text)
    if found:
        label = text[:text.index(":")].strip().casefold()
        field = _FIELD_OF.get(label)
        if field is not None:
            return field, found.group("value").strip()
    return None


def _items(lines: list[str], fields: list[tuple[str, str] | None]) -> list[tuple[int, int]]:
    """The items' spans [start, end) in `lines`: between the item tags where the page has them, else from each title
    field to the next (the last one up to its last field line)."""
    tags = [(k, bool(m.group("close"))) for k, text in enumerate(lines) if (m := _ITEM_TAG.match(text))]
    if tags:
        spans = []
        for n, (k, closing) in enumerate(tags):
            if closing:
                continue
            end = tags[n + 1][0] + (1 if n + 1 < len(tags) and tags[n + 1][1] else 0) if n + 1 < len(tags) else None
            if end is None:  # the last item has no closing tag: it runs to its last field line
                end = max((j for j in range(k, len(lines)) if fields[j]), default=k) + 1
            spans.append((k, end))
        return spans
    starts = [k for k, f in enumerate(fields) if f and f[0] == "title"]
    spans = [(k, nxt) for k, nxt in zip(starts, starts[1:])]
    if starts:
        last = starts[-1]
        spans.append((last, max(j for j in range(last, len(lines)) if fields[j]) + 1))
    return spans


def _byline(value: str) -> str | None:
    """An item's author as a byline: the name of "jane@example.com (Jane Doe)", nothing for a bare address (a desk's
    mailbox, "redactie@…", is no author's name)."""
    if len(value) > BYLINE_MAX_CHARS:  # no author's name is this long; the mail patterns then only see short text
        return None
    named = _MAIL_NAME.match(value)
    if named:
        return named.group("name").strip() or None
    return None if _MAIL.search(value) or not value else value


def read_feed(text: str):
    """The record of a feed dump (a NormalisedArticle: its first item, the rest in `removed`, a warning), or None
    when the page is no feed."""
    lines = [single_spaced(raw) for raw in text.splitlines()]
    lines = [line for line in lines if line]
    fields = [_field(line) for line in lines]
    spans = [span for span in _items(lines, fields)
             if any(f and f[0] == "title" and f[1] for f in fields[span[0]:span[1]])]
    described = sum(1 for a, b in spans if any(f and f[0] in ("description", "link") for f in fields[a:b]))
    if len(spans) < MIN_ITEMS or described < MIN_ITEMS:
        return None
    # the first item is the record's article: a page whose first "item" has no description field is an article
    # with labelled lines ("Title: …" / "URL: …" over its own paragraphs), not a feed, and keeps its body
    if not any(f and f[0] == "description" and f[1] for f in fields[spans[0][0]:spans[0][1]]):
        return None
    from newsbrief.normalise import NormalisedArticle  # the package imports this module

    article = NormalisedArticle()
    first = range(*spans[0])
    titles = [fields[_title_at(fields, a, b)][1] for a, b in spans[1:]]
    for k, (line, found) in enumerate(zip(lines, fields)):
        role, reason = "removed", FEED_REASON
        if k in first:
            role, reason = _first_item_role(article, line, found)
        if role == "removed":
            article.removed.append(line)
        article.line_roles.append((line, role, reason))
    article.published, warning = read_published(article.published)  # the date field as written, read
    others = len(spans) - 1
    named = ", ".join(repr(shortened(t)) for t in titles[:NAMED_ITEMS]) + (", …" if len(titles) > NAMED_ITEMS else "")
    article.warnings.append(
        f"the page is a feed of {len(spans)} separate items; only the first is the article, "
        f"{'the other one is' if others == 1 else f'the other {others} are'} in `removed`" + (f": {named}" if named else ""))
    if warning:
        article.warnings.append(warning)
    return article


def _title_at(fields, start: int, end: int) -> int:
    """The index of an item's first title field."""
    return next(j for j in range(start, end) if fields[j] and fields[j][0] == "title")


def _first_item_role(article, line: str, found: tuple[str, str] | None) -> tuple[str, str]:
    """Put a line of the first item in its field of `article`; (role, reason) for `line_roles`."""
    if found is None:
        if _ITEM_TAG.match(line) or _ANY_TAG.match(line):
            return "removed", "feed dump: an item's tag"
        if article.paragraphs:  # a description that runs over several lines
            article.paragraphs.append(line)
            return "content", "feed dump: the first item's description"
        return "removed", FEED_REASON
    field, value = found
    if field == "title" and article.title is None and value:
        article.title = value
        return "title", "feed dump: the first item's title field"
    if field == "author" and article.byline is None and (name := _byline(value)):
        article.byline = name
        return "byline", "feed dump: the first item's author field"
    if field == "published" and article.published is None and value:
        article.published = value
        return "published", "feed dump: the first item's date field"
    if field == "description" and value:
        article.paragraphs.append(value)
        return "content", "feed dump: the first item's description"
    return "removed", f"feed dump: the first item's {field} field"
