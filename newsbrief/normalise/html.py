"""HTML input: a scraped page that is HTML is cleaned from its markup, not from a text dump.

`normalise_document` is the one entry point for decoded input. Text that is HTML
(recognised by its content, whatever the file is called) goes through trafilatura,
which uses the page structure (article elements, link density, metadata) and
holds 0.96 word F1 on unseen HTML pages in our runs, where the plain-text path
only sees a flat dump. Its body then joins the plain-text normaliser, so the
record and the rest of the cleaning are the same for both kinds of input: summary
boxes ("Key Takeaways", "In het kort") go to `source_takeaways`, "Lees ook"
lines are removed, datelines go to the byline. trafilatura's title, author and
date, read from the page's metadata, fill the record's title, byline and published (with the time of day the
metadata states, pagedate.py: trafilatura's date has the day only).

Nothing vanishes: the text of the page that the extractor left out is listed in
`removed` with the normaliser's own removals, one block per line, all in the page's
order; `line_roles` accounts for the lines of the extracted text (a line the
normaliser removed and the extractor's structure put back says "content" there).
Everything else (plain text) goes to `normalise_text`, its HTML character references ("&quot;") decoded.
"""

from __future__ import annotations

import bisect
import datetime
import itertools
import re

from newsbrief.decode import decode_entities
from newsbrief.errors import InputError
from newsbrief.normalise import NormalisedArticle, date_order, normalise_text, with_dateline
from newsbrief.normalise.chapters import CHAPTER_WARNING, chapter_warning
from newsbrief.normalise.classify import (BARE_STAMP, LIVE_MIN_STAMPS, STANDFIRST_KEEP_MIN_WORDS, STANDFIRST_MAX_ABOVE_BODY,
                                          TITLE_STORY_SHARE, StoryVocabulary, link_bar)
from newsbrief.normalise.datelines import dateline_line, place_author_and_date
from newsbrief.normalise.entrytimes import attach_entry_times, entry_times, live_blog_warning
from newsbrief.normalise.threadposts import cut_replies, post_groups, replies_warning
from newsbrief.normalise.losses import (
    INCOMPLETE_WARNING,
    TABLE_WARNING,
    list_loss_warning,
    number_table_warning,
    page_counter_warning,
    second_article_warning,
)
from newsbrief.normalise.agencies import agency_only
from newsbrief.normalise.lists import COLONS, MAX_ITEMS, MIN_ITEMS
from newsbrief.normalise.scripted import say_rendered_in_browser
from newsbrief.normalise.noarticle import NO_ARTICLE, listing_page
from newsbrief.normalise.deadlines import FUTURE_DATE_WARNING, deadline_line, future_published_warning, page_day
from newsbrief.normalise.dates import (DAY_FIRST_LANGUAGES, UNREAD_DATE_WARNING, WEEKDAY_CLASH_WARNING, read_published,
                                       denied_readings, with_page_year)
from newsbrief.normalise.metadata import (
    DATE_LINE_MAX_CHARS,
    UPDATE_TIME_WARNING,
    has_byline_prefix,
    is_date_fragment,
    is_dated_byline,
    is_desk_credit,
    person_name,
    split_byline,
    stated_date,
    without_media_label,
)
from newsbrief.normalise.layouttables import unwrap_layout_tables
from newsbrief.normalise.issuer import issuer_in_tree
from newsbrief.normalise.pageauthor import page_author, reporter_after_site, site_named
from newsbrief.normalise.sitetitle import without_site_name
from newsbrief.normalise.pagedate import modified_stamp, publication_stated, stated_times
from newsbrief.normalise.pagemode import rule_reason
from newsbrief.normalise.pullquotes import marked_pull_quote
from newsbrief.normalise.phrases import categories_of, in_group, whole_phrase
from summarise.tables import row_cells

# A document: an optional XML declaration, comments or a BOM, then a doctype or <html>/<head>/<body>.
_DOCUMENT = re.compile(
    r"\A\ufeff?\s{0,200}(?:<\?xml[^>]{0,200}>\s{0,200})?(?:<!--.{0,2000}?-->\s{0,200}){0,5}"
    r"<(?:!doctype\s{1,5}html|html|head|body)[\s>]",
    re.IGNORECASE | re.DOTALL,
)
# A fragment (a saved <article> or <div>): it starts with a tag and closes several block elements.
_FRAGMENT_START = re.compile(r"\A\ufeff?\s{0,200}<(?:div|article|main|section|p|h[1-6]|header|table|ul)[\s>]",
                             re.IGNORECASE)
_BLOCK_CLOSE = re.compile(r"</(?:p|div|article|section|h[1-6]|li|td|tr|table|ul|ol)\s{0,5}>", re.IGNORECASE)
#: a fragment needs this many closing block tags in its first 20 kB to be taken for HTML
FRAGMENT_MIN_BLOCKS = 3
_SNIFF_CHARS = 20_000

# What a browser does not show (the naive dump drops these), and the elements that start a new line in it.
_HIDDEN = ("script", "style", "noscript", "template", "svg", "head", "iframe", "object", "canvas", "math", "title")
_BLOCKS = frozenset(
    "p div br li ul ol dl dt dd h1 h2 h3 h4 h5 h6 tr td th table thead tbody section article header footer nav "
    "aside form figure figcaption button option blockquote pre main address hr details summary".split()
)


#: a page saved as text may carry a few short lines typed above its markup (its headline, where it came from)
LEAD_LINES = 3
_LEAD_LINE = re.compile(r"[^<\n]{1,200}\n")


def looks_like_html(text: str) -> bool:
    """Whether decoded input is an HTML page or fragment (by content; a ``.txt`` file may hold HTML, under a line or
    two of text: "Headline\n\n<h1>Headline</h1><p>…")."""
    if _markup(text):
        return True
    start = 0
    for _ in range(LEAD_LINES):
        lead = _LEAD_LINE.match(text, start)
        if lead is None:
            return False
        start = lead.end()
        if _markup(text[start:start + _SNIFF_CHARS + 2000]):
            return True
    return False


def _markup(text: str) -> bool:
    if _DOCUMENT.match(text):
        return True
    return bool(_FRAGMENT_START.match(text)) and len(_BLOCK_CLOSE.findall(text[:_SNIFF_CHARS])) >= FRAGMENT_MIN_BLOCKS


#: a line of a text dump that is one element and nothing else ("<span class="author">بقلم: …</span>"), as a page's
#: markup saved as text leaves it
_WRAPPED_LINE = re.compile(r"^[ \t]{0,20}<(?P<tag>span|p|div|time|h[1-6]|li|strong|b|em|small|address|figcaption|a)\b"
                           r"[^<>\n]{0,300}>(?P<inner>[^<>\n]{0,2000})</(?P=tag)[ \t]{0,5}>[ \t]{0,20}$",
                           re.IGNORECASE | re.MULTILINE)
#: a dump with this many such lines is a page's markup saved as text
WRAPPED_MIN_LINES = 2


def normalise_document(text: str, *, language: str | None = None,
                       today: datetime.date | None = None) -> NormalisedArticle:
    """Clean one decoded input: HTML through `normalise_html`, anything else through `normalise_text`."""
    if isinstance(text, str) and looks_like_html(text):
        return normalise_html(text, language=language, today=today)
    if isinstance(text, str) and len(_WRAPPED_LINE.findall(text, 0, _SNIFF_CHARS)) >= WRAPPED_MIN_LINES:
        # markup saved as text, line by line: each wrapped line is read as its words (the byline "<span
        # class="author">بقلم: …</span>" as a byline); markup inside a line stays as the page has it
        text = _WRAPPED_LINE.sub(lambda m: m.group("inner"), text)
    # a plain-text dump may still hold the page's character references ("&quot;"): decoded here, once, for text only
    return normalise_text(decode_entities(text) if isinstance(text, str) else text, language=language, today=today)


def _trafilatura():
    try:
        import trafilatura  # heavy (lxml, dateparser): imported only when an input is HTML
    except ImportError as exc:  # a --no-deps install, or lxml without lxml_html_clean
        raise InputError(f"this input is HTML, and reading HTML needs trafilatura, which could not be imported "
                         f"({exc}); reinstall newsbrief, or save the page as text") from exc
    return trafilatura


def page_lines(html: str) -> list[str]:
    """The page's visible text as lines: a new line at every block element, as a naive scraper dumps it."""
    return _visible_lines(_parse(html))


def _parse(html: str):
    """The page's tree as lxml.html reads a document, or None where it cannot. `normalise_html` parses a page once
    here: `_number_ordered_items` and `_article_blocks` read the tree, then `_visible_lines` takes its lines (and
    changes it, so it comes last). The extractor reads a tree of its own (`_for_extractor`): it changes it too."""
    import lxml.html
    from lxml import etree

    try:
        return lxml.html.document_fromstring(_no_declaration(html))
    except (etree.ParserError, ValueError):
        return None


def _visible_lines(root) -> list[str]:
    """`root`'s visible text as lines (`page_lines`). Changes the tree: its hidden elements go (lxml strips them in C,
    several times faster than a walk in Python that leaves the tree as it is), and its block elements get a line
    break at their start and end."""
    from lxml import etree

    if root is None:
        return []
    etree.strip_elements(root, *_HIDDEN, etree.Comment, etree.ProcessingInstruction, with_tail=False)
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCKS:
            element.tail = "\n" + (element.tail or "")
            element.text = "\n" + (element.text or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return [line for line in lines if line]


def _no_declaration(html: str) -> str:
    # lxml refuses a str that carries an XML encoding declaration; the text is decoded already
    return re.sub(r"\A(\ufeff?\s*)<\?xml[^>]{0,200}>", r"\1", html, count=1)


#: elements a browser shows on a line of their own, or as a box (an image): the words on either side are two words
_BREAKS = frozenset(_BLOCKS | {"img", "figure", "picture", "video", "iframe"})
#: an opening capital right after a letter, a figure or a sentence mark, across an element's edge: two words
_EDGE_LEFT = re.compile(r"[\w.,;:!?)\]\"”’']$")


def _for_extractor(html: str):
    """The page as the tree trafilatura reads, with the words the extractor would lose or glue made safe.

    * `<time>` elements inside running text: trafilatura deletes each with its text (MANUALLY_CLEANED), so "was
      <time>zondagnacht</time> ter plaatse" lost its time and "<p><time>14:05</time> Police …" a live blog's entry
      time; the text is moved out of the element (into its tail), the empty element stays for the date metadata
      (`datetime=`, which htmldate reads). A time alone between blocks is left to the extractor (it drops it, as
      before) and to `_with_entry_stamps`.
    * edges where two words meet with no space in the source: a block element inside running text ("… in de stad<div>
      en niemand …" came out "staden") and a capitalised word right after an inline element ("<span>brandweer</span>
      <span>Amsterdam</span>" with no space between came out "brandweerAmsterdam"): a space is put there. A browser
      breaks the line at a block; at the inline edge it shows what the page's style says, and a capital glued to
      a word is the page's layout (a label, a dateline, a location tag), not a word of the language.
    * an element marked as a pull quote (pullquotes.marked_pull_quote: `<blockquote class="pullquote">`) is taken out,
      its tail kept: a sentence set apart in large type without its speaker, no paragraph of the story.
    * a table that lays out the page (an old table-layout site, a newsletter e-mail: layouttables.is_layout_table) is
      made blocks of text, each of its cells' `<br>` lines a block: the extractor wrote it as "| … |" rows, the menu,
      the side column and the whole story in one of them.
    * a footnote's number link set apart over its note (Substack: `<a class="footnote-number" href="#footnote-anchor-1">
      1</a><div class="footnote-content"><p>Source…</p>`): the extractor dropped the number and kept the note as a
      paragraph of the story; the number is put at the note's start ("1 Source…"), the shape the plain-text path reads
      as a note its story cites (references.cited_notes), and the link goes (`_footnote_numbers_into_notes`).
    The tree is read with trafilatura's own loader, so the extraction is otherwise the same as from the text."""
    from trafilatura.utils import load_html

    text = _no_declaration(html)
    root = load_html(text)
    if root is None:
        return text  # trafilatura will say what it makes of it
    unwrap_layout_tables(root)
    _footnote_numbers_into_notes(root)
    for element in [e for e in root.iter() if isinstance(e.tag, str) and marked_pull_quote(e)]:
        if element.getparent() is not None:
            element.drop_tree()  # lxml.html: the element goes, its tail stays in place
    for element in root.iter("time"):
        previous, parent = element.getprevious(), element.getparent()
        before = (previous.tail if previous is not None else parent.text if parent is not None else "") or ""
        if not (before.strip() or (element.tail or "").strip()):
            continue  # a time alone between blocks (a live blog's entry time): `_with_entry_stamps` puts it back
        words = element.text_content()
        for child in list(element):
            element.remove(child)
        element.text = None
        element.tail = words + (element.tail or "")
    for element in root.iter():
        if not isinstance(element.tag, str) or element.getparent() is None:
            continue
        block = element.tag.lower() in _BREAKS
        previous, parent = element.getprevious(), element.getparent()
        if previous is None:
            before = parent.text or ""
        elif previous.tail or not isinstance(previous.tag, str) or previous.tag.lower() in _BREAKS:
            before = previous.tail or ""
        else:
            before = _last_words(previous)  # "<span>brandweer</span><span>Amsterdam</span>"
        if before and not before[-1].isspace() and (
                block or (_first_words(element)[:1].isupper() and _EDGE_LEFT.search(before))):
            if previous is not None:
                previous.tail = (previous.tail or "") + " "
            else:
                parent.text = before + " "
        after = element.tail or ""
        if after and not after[0].isspace() and (
                block or (after[:1].isupper() and _EDGE_LEFT.search(_last_words(element)))):
            element.tail = " " + after
    return root


#: a footnote's number link: its text a number ("1", "[1]") and its address a note's or a marker's place in the page
#: ("#footnote-anchor-1", "#fnref1", "#cite_ref-1", "#note-1"), or a class that says so
_NOTE_NUMBER = re.compile(r"^\s*\[?\d{1,2}\]?\s*$")
_NOTE_LINK = re.compile(r"^#\S*(?:foot|fn|note|ref|cite)", re.IGNORECASE)


def _footnote_numbers_into_notes(root) -> None:
    """A footnote's number link standing first in its box, over the note's block (see `_for_extractor`): the number is
    moved to the start of the note's first paragraph."""
    for link in list(root.iter("a")):
        parent, note = link.getparent(), link.getnext()
        if parent is None or note is None or not isinstance(note.tag, str) or (parent.text or "").strip() \
                or link.getprevious() is not None or (link.tail or "").strip() \
                or not _NOTE_NUMBER.match(link.text_content() or "") \
                or not (_NOTE_LINK.match(link.get("href") or "") or "footnote" in (link.get("class") or "")):
            continue
        first = next((e for e in note.iter() if isinstance(e.tag, str) and (e.text or "").strip()), None)
        if first is None:
            continue
        first.text = f"{link.text_content().strip().strip('[]')} {first.text.lstrip()}"
        parent.remove(link)


#: how many elements `_first_words` / `_last_words` look through (an inline element's words are near its edge;
#: a bound keeps a page of deeply nested empty elements linear)
_EDGE_WALK = 8


def _first_words(element) -> str:
    """The first non-empty text inside `element` (its own, or its first children's), "" if none near its start."""
    node = element
    for _ in range(_EDGE_WALK):
        if node.text:
            return node.text
        children = [c for c in node if isinstance(c.tag, str)]
        if not children:
            return ""
        node = children[0]
    return ""


def _last_words(element) -> str:
    """The last non-empty text inside `element` (its last child's tail, or that child's own last words)."""
    node = element
    for _ in range(_EDGE_WALK):
        children = len(node)
        if not children:
            return node.text or ""
        last = node[children - 1]
        if last.tail or not isinstance(last.tag, str):
            return last.tail or ""  # a comment's text is not shown
        node = last
    return ""


#: htmldate's latest acceptable date: none in practice (see normalise_html)
_NO_MAX_DATE = "9999-12-31"


def normalise_html(html: str, *, language: str | None = None, today: datetime.date | None = None) -> NormalisedArticle:
    """Clean an HTML page: trafilatura's body and metadata, then the plain-text normaliser's boxes and datelines.
    `today`: the day the page is read (normalise_text)."""
    # resolved once here, so that a malformed $NEWSBRIEF_TODAY is said once (normalise_text gets the day, not None)
    today, bad_day = page_day(today)
    trafilatura = _trafilatura()
    doc = trafilatura.bare_extraction(
        _for_extractor(html),
        with_metadata=True,  # title, author, date from <meta>, JSON-LD and the page
        include_comments=False,  # reader comments are not the article
        include_tables=True,  # an article's own tables are content
        deduplicate=False,  # one page at a time: nothing to deduplicate against
        # dates from the page's metadata only: the extensive search guessed "2024-01-01" from a bare year
        # and no bound of htmldate's own: capped at the machine's clock it took a date after it for the 1st of its
        # month ("Closing date: <time datetime=2026-12-18>" → "2026-12-01"); `future_published_warning` judges a date
        # ahead against the reading day (which a caller pins), and `_deadline_days` drops a closing date
        date_extraction_params={"extensive_search": False, "original_date": True, "max_date": _NO_MAX_DATE},
    )
    body = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    root = _parse(html)  # the one tree of the page the steps below read (`_parse`)
    # a section page of teasers (before `_visible_lines` changes the tree): the extractor takes one teaser or the
    # <article> elements for two articles, so the tree says it (noarticle.listing_page)
    listing = listing_page(root, [line.strip() for line in body.splitlines() if line.strip()])
    if not body:
        # trafilatura found no article (a page of short lines, a list): clean the text dump instead
        article = normalise_text("\n".join(_visible_lines(root)), language=language, today=today)
        article.warnings.append("the HTML extractor found no article text; the page's text was cleaned instead")
        if listing and not any(w.startswith(NO_ARTICLE) for w in article.warnings):
            article.warnings = [listing]
        article.warnings += [bad_day] if bad_day else []
        say_rendered_in_browser(article, html)
        return article
    # the <title>'s site name off the extractor's title ("Connacht Tribune - …" on a page with no <h1>: sitetitle.py)
    title = without_site_name(" ".join((doc.title or "").split()), html, getattr(doc, "sitename", None))
    title = _displayed_headline(title or None, body, root)
    # One paragraph per line with blank lines between: the plain-text normaliser then never joins two of
    # them as a hard-wrapped paragraph. The title heads the text so that title detection anchors on it.
    headed: dict[str, list[str]] = {}  # the subheadings `_announced_lists` put in, with their lists' lines
    paragraphs = _number_ordered_items(
        _announced_lists(_table_captions([line.strip() for line in body.splitlines() if line.strip()]), root, headed),
        root)
    blocks = _article_blocks(root) if html.lower().count("<article") >= 2 else []
    posts = post_groups(root)
    asides = _caption_and_link_lines(root)
    issued = issuer_in_tree(root)  # a government page's "From: <department>" (issuer.py)
    lines = _visible_lines(root)  # last: it changes the tree
    paragraphs = _with_entry_stamps(paragraphs, lines)
    if title and (not paragraphs or paragraphs[0] != title):
        paragraphs.insert(_note_over_title(paragraphs, lines, title), title)
    paragraphs = _standfirst_back(paragraphs, lines, title, asides)
    # The rules alone (model=False): the learned model was fitted on naive whole-page dumps; the extractor's
    # body is another kind of text (no navigation left around it), on which it dropped an article's closing
    # paragraphs after a table. The rules still take out the boxes, captions and phrases the extractor keeps.
    # the list warning is said once, by `_say_list_warning` below, on the trail as the steps below leave it
    article = normalise_text("\n\n".join(paragraphs), language=language, model=False, list_warning=False, today=today,
                             entry_times=False, cell_rows=False)
    # What `removed` lists for each removed line of the trail. One entry per line: the paragraphs are separated by
    # blank lines, so the normaliser joins no hard-wrapped lines here. The steps below change roles in the trail
    # only; `removed` is rebuilt from it once, in page order, at the end.
    listed = iter(article.removed)
    texts = {i: next(listed, source) for i, (source, role, _r) in enumerate(article.line_roles) if role == "removed"}
    _keep_extracted_body(article, texts, headed)
    _set_aside_second_article(article, texts, blocks)
    _recheck_table_warning(article)
    _say_list_warning(article)
    if title and article.title and article.title != title and _site_name_not_headline(title, article):
        title = article.title  # the extractor's title is the site's name (<h1 class="logo">, a bare <title>)
    if title:
        title = without_media_label(title)  # "VIDEO | …", "فيديو | …": as the rules' title has it (classify.py)
        if article.title and article.title != title:
            _title_line_removed(article, texts)  # the line the normaliser took for the title: not lost
        article.title = title
    _drop_menu_rows(article, texts)
    _drop_byline_below_the_story(article)
    # the extractor's author without its label, a job or a date fragment; the page's JSON-LD when it found none
    author = page_author(doc.author, html)
    site_author = None
    if author and site_named(author, html, getattr(doc, "sitename", None)):
        # the site's name ("هسبريس") where the page names its reporter: the reporter the same element names after
        # it ("هسبريس - يوسف لخضر"), else the text's byline or the lines over the story; the site's name is the
        # byline only where nothing else names one
        site_author, author = author, reporter_after_site(author, html)
    if author:
        # an author from the page's metadata; a dateline the normaliser found ("AMSTERDAM (ANP)") stays after it, but
        # no other byline it read (its own author line, or a kicker above the headline: "The View")
        article.byline = with_dateline(author, article.dateline) if article.dateline else author
    if not article.byline or not article.published and not doc.date:
        _metadata_above_story(article, lines, title, language, today)
    if not article.published and not doc.date:
        _emailed_date(article, lines, title, language, today)
    if not article.byline and issued:
        article.byline = issued  # the body that issued a release, where no person signs it
    if not article.byline and site_author:
        article.byline = with_dateline(site_author, article.dateline) if article.dateline else site_author
    entries = entry_times(article.paragraphs)  # a live page's entry times (one paragraph per line still)
    text_dated = bool(article.published)  # a date line in the page's text dated it
    if doc.date and not article.published and any(doc.date[:10] in denied_readings(w) for w in article.warnings):
        # the extractor's date is its guess at the page's own date line, which its own weekday denies either way
        # round ("Mon, 06/03/2026": neither 6 March nor 3 June is a Monday): no more than the line says
        doc.date = None
    if doc.date and doc.date[:10] in _deadline_days(lines, language):
        # the extractor's date is the page's closing date, viewing day or event's start read off the text, which
        # `deadline_line` names at any distance (the clock rule below catches only those > FUTURE_SLACK_DAYS ahead)
        doc.date = None
    if doc.date and (not article.published or article.published[:10] == doc.date[:10]):
        # the page's metadata date, with the most precise time of day the page states for that day: trafilatura gives
        # the day only, so the metadata's own stamps (JSON-LD, <meta>, <time datetime>) come first, then the time read
        # from the page's date line ("5 maart 2024, 09:12"); on a live page a <time> dates an entry, not the page
        timed = [stamp for stamp in stated_times(html, time_elements=not entries) + [article.published or ""]
                 if stamp[:10] == doc.date[:10] and "T" in stamp]
        article.published = timed[0] if timed else doc.date
        # the metadata's date is the page's publication date, not the update time a date line stated
        article.warnings = [w for w in article.warnings if not w.startswith(UPDATE_TIME_WARNING)]
        if not text_dated:
            article.warnings.extend(_undated_publication(html, doc.date, entries))
    if live := live_blog_warning(entries):
        article.warnings.append(live)
    if future := future_published_warning(article.published, today):
        # the metadata's date of an event or an offer's end, or the text's: no publication lies ahead (deadlines.py)
        article.published = None
        if not any(w.startswith(FUTURE_DATE_WARNING) for w in article.warnings):
            article.warnings.append(future)
    if article.published:
        # the page's metadata dated it: a date line in the text that did not read is no longer news to the reader
        article.warnings = [w for w in article.warnings if not w.startswith(UNREAD_DATE_WARNING)]
    article.removed, left_out = _in_page_order(article, texts, lines)
    _say_left_out(article, left_out, posts)
    # the extractor leaves a loose chapter list out ("00:00 Intro" …): said as the plain-text path says it, on what is
    # removed now (the rules' warning came before a subheaded list was put back: `_headed_back`)
    chapters = chapter_warning(article.removed) if article.paragraphs else None
    article.warnings = [w for w in article.warnings if not w.startswith(CHAPTER_WARNING)] + ([chapters] if chapters else [])
    article.paragraphs = attach_entry_times(article.paragraphs)  # last: the steps above read one paragraph per line
    if listing:
        # what was kept is a teaser or two, no story: the one warning, as the plain-text path says it
        article.warnings = [listing]
    say_rendered_in_browser(article, html)
    article.warnings += [bad_day] if bad_day else []
    return article


def _caption_and_link_lines(root) -> set[str]:
    """The texts of the page's captions, links and list items, one line each as `_visible_lines` writes them: the lines
    between a headline and its story that are no standfirst whatever their shape (`_standfirst_back`; a summary box's
    items, "Key Takeaways" / <ul>, are the extractor's to leave out or keep)."""
    if root is None:
        return set()
    return {" ".join(e.text_content().split())
            for e in root.iter("figcaption", "figure", "a", "button", "label", "li")}


def _standfirst_back(paragraphs: list[str], lines: list[str], title: str | None, asides: set[str]) -> list[str]:
    """The extracted paragraphs with the page's lines between the headline and the story put back right under the
    title, where they are long enough to be its standfirst (STANDFIRST_KEEP_MIN_WORDS words): the plain-text rules
    then judge them as they judge a text dump of the same page (classify._standfirst: kept as the body's first line,
    or removed), so both paths keep the standfirst an analyst reads as the article's own lead.

    The extractor leaves out a page's <header> (the <h1>, the standfirst under it, the byline), and the HTML path lost
    the standfirst that the text dump of the page keeps. Only the lines of the STANDFIRST_MAX_ABOVE_BODY over the
    story's first extracted paragraph, under the headline's line, neither a caption nor a link's text (`asides`), nor
    extracted already."""
    if not title or not paragraphs or paragraphs[0] != title:
        return paragraphs
    head = next((j for j, line in enumerate(lines) if line == title), None)
    placed = _placed(lines, paragraphs[1:])
    first = next((at for at in placed if at is not None), None)
    if head is None or first is None or first <= head:
        return paragraphs
    extracted = set(paragraphs)
    back = [line for line in lines[max(head + 1, first - STANDFIRST_MAX_ABOVE_BODY):first]
            if line not in extracted and line not in asides and len(line.split()) >= STANDFIRST_KEEP_MIN_WORDS]
    return [paragraphs[0], *back, *paragraphs[1:]]


def _undated_publication(html: str, date: str, entries: list[str]) -> list[str]:
    """The warning that the page's metadata states no publication date, only dates that are no publication's: a
    live page's entry times (the first <time datetime> is its newest entry, not when it was published) or a last-update
    stamp (`article:modified_time`). `published` is then the day the metadata gives, without a time: never the
    newest entry's or the update's time as if it were the publication's (tester29b C1). [] where a publication date
    is stated."""
    if publication_stated(html):
        return []
    modified = modified_stamp(html)
    if entries:
        return [f"the page states no publication date, only the times of its live entries ({entries[0]} … "
                f"{entries[-1]}): `published` is their day ({date[:10]}), not when the page was first published"]
    if modified and modified[:10] == date[:10] and not _TIME_STAMPED.search(html):
        return [f"{UPDATE_TIME_WARNING} ({modified.strip()!r}), not when it was first published: `published` is that "
                "day"]
    return []


#: a <time datetime> element: on a page that is no live page, the first one dates the page's publication
_TIME_STAMPED = re.compile(r"<time\s[^>]{0,1000}\bdatetime\s*=", re.IGNORECASE)


def _with_entry_stamps(paragraphs: list[str], lines: list[str]) -> list[str]:
    """The extracted paragraphs with a live blog's entry times put back, each right above its entry.

    The extractor leaves out a time that stands alone between blocks (`<time>14:05</time>` over the entry's `<p>`:
    text of no paragraph, even once `_for_extractor` has taken it out of the `<time>` element that trafilatura
    deletes), so an HTML live blog lost the entry times that make it one: the plain-text path keeps them
    (classify.BARE_STAMP), and the summariser reads the blog's order and its entries from them
    (summarise/structure.py). A page line that is only a time and stands right above an extracted paragraph (no
    other extracted paragraph between them) is put back as its own line before that paragraph, as a text dump has
    it; only when LIVE_MIN_STAMPS of them are, else the page is no blog and stays as extracted. (A time inside the
    entry's paragraph, `<p><time>14:05</time> Police …</p>`, stays in it.)"""
    if sum(1 for p in paragraphs if BARE_STAMP.match(p)) >= LIVE_MIN_STAMPS:
        return paragraphs  # the extractor kept them
    stamps = [j for j, line in enumerate(lines) if BARE_STAMP.match(line)]
    placed = _placed(lines, paragraphs)
    before: dict[int, str] = {}  # paragraph index -> the time above it
    previous = -1  # the page line of the previous placed paragraph
    for i, at in enumerate(placed):
        if at is None:
            continue
        above = [j for j in stamps if previous < j < at]
        previous = at
        if above and not (i and BARE_STAMP.match(paragraphs[i - 1])):  # not when its time is there already
            before[i] = lines[above[-1]]
    if len(before) < LIVE_MIN_STAMPS:
        return paragraphs
    return [text for i, p in enumerate(paragraphs) for text in ((before[i], p) if i in before else (p,))]


def _note_over_title(paragraphs: list[str], lines: list[str], title: str) -> int:
    """Where the title goes among the extractor's paragraphs: first, or under an update note that the page prints over
    the headline ("Update, 6 December 2026: This article has been updated …", the phrase lists' `update_note`), so
    that the plain-text rules read the note as the page does, above the headline (classify._past_update_note: out of
    the text, into a warning) and not as the story's first paragraph."""
    if not paragraphs or not in_group(paragraphs[0], len(paragraphs[0].split()), "update_note"):
        return 0
    note = next((k for k, line in enumerate(lines) if line == paragraphs[0]), None)
    head = next((k for k, line in enumerate(lines) if line == title), None)
    return 1 if note is not None and head is not None and note < head else 0


def _displayed_headline(title: str | None, body: str, root) -> str | None:
    """The record's title: the page's <h1> when the extracted body opens with it and it holds every word of the
    extractor's `title`, else that `title`.

    The extractor takes the title from the metadata first, and a JSON-LD "headline" may be an SEO copy of the
    displayed one ("What we know about the fuel price rise" for "What we know about the fuel price rise: five
    questions answered"): the <h1> that opens the article body is what the reader sees as the headline, and taken as
    the title it is not also the first paragraph. A site's name in an <h1> (a logo) is never the body's first line."""
    first = " ".join(body.split("\n", 1)[0].split())
    if root is None or not first or first == title:
        return title
    shown = {" ".join(h1.text_content().split()) for h1 in root.iter("h1")}
    if first not in shown:
        return title
    # the <h1> says all the metadata's headline says, and more: a shortened copy ("Most read" boxes, a site's
    # description in og:title and a headline in other words keep the metadata's title, the <h1> then removed)
    words = set(_WORD.findall(first.casefold()))
    return first if title is None or set(_WORD.findall(title.casefold())) <= words else title


#: a headline has at least this many words (metadata.heading_score); a site's name often fewer
HEADLINE_MIN_WORDS = 3
#: a site's name has at most this many words ("Valley Gazette Online", "Het Noordelijk Dagblad")
SITE_NAME_WORDS = 4


def _deadline_days(lines: list[str], language: str | None) -> set[str]:
    """The days (ISO 8601) the page's deadline lines state ("Closing date: 18 December 2026", "Aanvang: 20 maart
    2027"; deadlines.deadline_line), read in the page's language's day order."""
    days = set()
    for line in lines:
        if deadline_line(line) and (stated := stated_date(line)):
            day, _warning = read_published(stated, language in DAY_FIRST_LANGUAGES if language else None)
            if day:
                days.add(day[:10])
    return days


def _site_name_not_headline(title: str, article: NormalisedArticle) -> bool:
    """Whether the extractor's title is a site's name ("Omroep West", "City Courier": too short for a headline, or no
    word of the story; or a name of a few words, SITE_NAME_WORDS, with fewer of its words in the story than a headline
    has, TITLE_STORY_SHARE: "Valley Gazette Online", the part of an old layout-table page's <title> before " - Mill
    Closure", shares only "valley" with the story) while the headline the normaliser found in the extracted text is
    about the story."""
    story = StoryVocabulary(article.paragraphs)
    words, share = len(_WORD.findall(title)), story.share(title)
    site = words < HEADLINE_MIN_WORDS or share == 0 or words <= SITE_NAME_WORDS and share < TITLE_STORY_SHARE
    return site and story.share(article.title) >= TITLE_STORY_SHARE


#: a paragraph of an <article> element with at least this many words makes it an article, not a teaser box
ARTICLE_PARAGRAPH_WORDS = 8


def _article_blocks(root) -> list[tuple[str, set[str]]]:
    """(headline, texts of its headings, paragraphs and list items) of each top-level <article> element that has a
    heading and a paragraph of its own, in page order (`root`: the page's tree, `_parse`)."""
    if root is None:
        return []
    out = []
    for element in root.iter("article"):
        if any(parent.tag == "article" for parent in element.iterancestors()):
            continue  # an article inside an article: a quoted post, a teaser
        heading = next((" ".join(h.text_content().split()) for h in element.iter("h1", "h2", "h3")), "")
        paragraphs = [" ".join(e.text_content().split()) for e in element.iter("p", "li")]
        if heading and any(len(text.split()) >= ARTICLE_PARAGRAPH_WORDS for text in paragraphs):
            out.append((heading, {heading, *paragraphs}))
    return out


def _content_paragraphs(article: NormalisedArticle) -> dict[int, str | None]:
    """The paragraph each "content" entry of the trail opens (index -> paragraph), None for an entry whose line the
    normaliser joined to the paragraph above it: a fact check's label and its value ("What was claimed" / the claim,
    labelpairs.py) or a hard wrap are two source lines but one paragraph. A one-to-one pairing ran short there and
    wrote the page's last lines a second time. An entry continues the paragraph only while the trail has more
    content entries than there are paragraphs, and only where its line is the paragraph's next words after the line
    above; past the last paragraph an entry stands for itself (its source line), as before."""
    roles = article.line_roles
    content = [i for i, (_s, role, _r) in enumerate(roles) if role == "content"]
    surplus = len(content) - len(article.paragraphs)
    paragraphs = iter(article.paragraphs)
    out: dict[int, str | None] = {}
    rest = None  # the current paragraph's words after the lines already paired with it
    for i in content:
        line = " ".join(roles[i][0].split())
        if surplus > 0 and rest is not None and line and line in rest:
            out[i] = None
            rest = rest[rest.index(line) + len(line):]
            surplus -= 1
            continue
        out[i] = next(paragraphs, roles[i][0])
        words = " ".join(out[i].split())
        rest = words[words.index(line) + len(line):] if line and line in words else words
    return out


def _set_aside_second_article(article: NormalisedArticle, texts: dict[int, str],
                              blocks: list[tuple[str, set[str]]]) -> None:
    """The page holds two <article> elements (`blocks`: `_article_blocks`) and the extractor ran them together: the
    lines of the second and those after it go to `removed` ("second article" in the trail), with the warning the
    plain-text path gives."""
    if len(blocks) < 2:
        return
    headline, second = blocks[1]
    trail = article.line_roles
    first = next((i for i, (_s, role, _r) in enumerate(trail) if role == "content"), None)
    start = next((i for i, (source, _role, _r) in enumerate(trail)
                  if first is not None and i > first and " ".join(source.split()) in second), None)
    if start is None:
        return
    paragraphs = _content_paragraphs(article)
    kept, moved = [], 0
    for i, (source, role, reason) in enumerate(trail):
        if role != "content":
            continue
        text = paragraphs[i]
        if i < start:
            if text is not None:  # (None: the line is in the paragraph above)
                kept.append(text)
            continue
        trail[i] = (source, "removed", f"second article ({reason})")
        texts[i] = source if text is None else text
        moved += 1
    article.paragraphs = kept
    article.warnings.append(second_article_warning(headline, moved))


def _title_line_removed(article: NormalisedArticle, texts: dict[int, str]) -> None:
    """The line the normaliser took for the title goes to `removed` (as the title it read from it): the page's
    metadata title replaces it."""
    i = next((i for i, (_s, role, _r) in enumerate(article.line_roles) if role == "title"), None)
    if i is not None:
        source, _role, reason = article.line_roles[i]
        article.line_roles[i] = (source, "removed", f"title line, the page's own title replaces it ({reason})")
        texts[i] = article.title


def _in_page_order(article: NormalisedArticle, texts: dict[int, str],
                   lines: list[str]) -> tuple[list[str], list[str]]:
    """(`removed`: the removed lines of the extracted text (as the normaliser listed them) and the page lines the
    extractor left out, sorted once by where they stand in the page (`lines`); the lines left out alone)."""
    extracted = [source for source, _role, _r in article.line_roles]
    placed = _placed(lines, extracted)
    anchors = _anchors(placed)
    left_out = _left_out(lines, extracted, placed)
    # a table's rule ("|---|---|") is the extractor's markdown, never a line of the page: not listed as removed
    entries = [(anchors[i], 0, i, texts.get(i, source))
               for i, (source, role, _r) in enumerate(article.line_roles)
               if role == "removed" and not _TABLE_RULE.match(source)]
    entries += [(j, 1, j, line) for j, line in left_out]  # at one page line, the extracted text's line first
    return [text for *_key, text in sorted(entries)], [line for _j, line in left_out]


def _say_left_out(article: NormalisedArticle, left_out: list[str], posts: list[list[str]]) -> None:
    """What the lines the extractor left out tell the reader: a page counter ("Page 1 of 3 · Next") says the article
    goes on elsewhere (as on a text page, `losses.notice_warnings`), and a thread's replies the extractor took for
    comments are said to be cut (`threadposts.cut_replies`)."""
    if not any(w.startswith(INCOMPLETE_WARNING) for w in article.warnings):
        article.warnings.extend(page_counter_warning(left_out))
    found = cut_replies(posts, article.paragraphs)
    if found is not None:
        article.warnings.append(replies_warning(found))


#: an extracted line this long is distinctive enough to place on its own; a shorter one ("Most read", a title, a
#: table cell) is looked for only between the places of its placed neighbours
ANCHOR_WORDS = 8


def _anchors(placed: list[int | None]) -> list[int]:
    """For each extracted line, in order, the index of the page line it starts in (`_placed`); a line not found (a
    title that is not on the page, a table rule the extractor writes) takes the index of the line before it."""
    out, index = [], 0
    for at in placed:
        index = at if at is not None else index
        out.append(index)
    return out


def _placed(lines: list[str], extracted: list[str]) -> list[int | None]:
    """For each extracted line, in order, the index of the page line it starts in, or None: found by its first
    words (punctuation and line breaks aside: a table row "| Ohio | 5 |" stands as "Ohio" / "5" in the page).

    Two passes, so that one short line found in the wrong place cannot drag the rest along: the long lines first,
    each searched from just after the previous one; then each short line only between its long neighbours (the page
    title from the metadata, which may stand again in a "Most read" box below the story, is not looked for there).
    A short line the extractor moved (a live blog's "Last updated: 14:20 GMT" put under the first entry) is not
    between its neighbours: it is placed where the one page line of exactly its words stands, if there is one."""
    words: list[str] = []
    line_of: list[int] = []  # the page line of each word
    for j, line in enumerate(lines):
        found = _WORD.findall(line)
        words += found
        line_of += [j] * len(found)
    where: dict[str, list[int]] = {}
    for k, word in enumerate(words):
        where.setdefault(word, []).append(k)

    def find(head: list[str], lo: int, hi: int) -> int | None:
        """The first word index in [lo, hi) where `head` stands."""
        starts = where.get(head[0], []) if head else []
        for k in itertools.islice(starts, bisect.bisect_left(starts, lo), None):
            if k >= hi:
                return None
            if words[k:k + len(head)] == head:
                return k
        return None

    tokens = [_WORD.findall(text) for text in extracted]
    at: list[int | None] = [None] * len(extracted)
    cursor = 0
    for i, toks in enumerate(tokens):  # pass 1: the long lines, in order
        if len(toks) >= ANCHOR_WORDS:
            k = find(toks[:5], cursor, len(words))
            if k is not None:
                at[i], cursor = k, k + 1
    nexts = [len(words)] * (len(extracted) + 1)  # the word index of the next placed long line
    for i in range(len(extracted) - 1, -1, -1):
        nexts[i] = at[i] if at[i] is not None else nexts[i + 1]
    whole: dict[tuple[str, ...], list[int]] = {}  # a page line's words -> the page lines of exactly those words
    for j, line in enumerate(lines):
        whole.setdefault(tuple(_WORD.findall(line)), []).append(j)
    cursor = 0
    out: list[int | None] = []
    first_word: dict[int, int] = {}  # page line -> the word index it starts at
    for k, j in enumerate(line_of):
        first_word.setdefault(j, k)
    for i, toks in enumerate(tokens):  # pass 2: the short lines between their neighbours
        if at[i] is None and len(toks) < ANCHOR_WORDS:
            # a page line of exactly its words first ("17:40" is the entry time's line, not the "Last updated:
            # 17:40 CET" above it), else its first words anywhere between its neighbours
            own = [first_word[j] for j in whole.get(tuple(toks), ())
                   if cursor <= first_word.get(j, -1) < nexts[i + 1]]
            k = own[0] if own else find(toks[:5], cursor, nexts[i + 1])
            if k is not None:
                at[i] = k
        if at[i] is not None:
            cursor = at[i] + 1
            out.append(line_of[at[i]])
        elif toks and len(whole.get(tuple(toks), ())) == 1:
            out.append(whole[tuple(toks)][0])  # moved by the extractor: its own page line, not its neighbours'
        else:
            out.append(None)
    return out


#: a page's byline and date line stand at most this many visible lines above the story's first paragraph
META_ABOVE_STORY = 6


def _metadata_above_story(article: NormalisedArticle, lines: list[str], title: str | None,
                          language: str | None, today: datetime.date | None = None) -> None:
    """The byline and date from the page's own lines right above the story, where the extractor found none: it drops
    a byline line without an author class ("<div class="meta">كتب: فاطمة العلي | 3 سبتمبر 2025</div>") and a
    <time> element's words with the page's furniture. Only a labelled or dated byline line counts ("بقلم: …", "Door
    …", "By … | March 4, 2025"), or a place and the reporter's name under the headline ("جدة - فهد العتيبي"), and only
    between the headline and the first paragraph."""
    first = article.paragraphs[0][:60] if article.paragraphs else None
    end = next((k for k, line in enumerate(lines) if first and line.startswith(first)), None)
    if end is None:
        return
    start = max(0, end - META_ABOVE_STORY)
    heads = [k for k in range(start, end) if title and lines[k] == title]
    # "07-03-2025" reads in the page's order, as on the plain-text path (its other numeric dates, else its language's)
    day_first = lambda: date_order(lines, language, article.text)  # noqa: E731 - evaluated only for such a date
    unread = None  # the warning for the first date line that does not read as one date ("3 hours ago", "14 February")
    for k in range(heads[-1] + 1 if heads else start, end):
        line = lines[k]
        if len(line) > DATE_LINE_MAX_CHARS:
            continue
        if not article.byline and (has_byline_prefix(line) or is_dated_byline(line)):
            author, date = split_byline(line)
            # a name, a desk or an agency: "By clicking Accept …" in a cookie banner opens like a byline too
            if author and not is_date_fragment(author) and (person_name(author.split(",")[0])
                                                            or is_desk_credit(author) or agency_only(author)):
                article.byline = author
                if date and not article.published:
                    article.published, warning = read_published(date, day_first, today)
                    unread = unread or warning
                continue
        # "جدة - فهد العتيبي" under the headline: the reporter (datelines.place_author_and_date), and the date beside it
        placed, placed_date = place_author_and_date(line, k + 1 < len(lines) and stated_date(lines[k + 1]) is not None) \
            if not article.byline and heads else (None, None)
        if placed:
            article.byline = placed
            if placed_date and not article.published:
                article.published, warning = read_published(placed_date, day_first, today)
                unread = unread or warning
            continue
        if not article.published and not deadline_line(line) and (date := stated_date(line)):
            # (a closing date, a viewing day or an event's start is no publication date: deadlines.py)
            # a year-less date takes the year the page states elsewhere, as on the plain-text path
            date = with_page_year(date, lines) or date
            article.published, warning = read_published(date, day_first, today)
            unread = unread or warning
    # `published` null and a warning that quotes what the page stated, the plain-text path's form (the year is taken
    # from the page where `with_page_year` finds one: a "© 2026 …" line, not "© Millbrook Herald 2026")
    if unread and not article.published and not any(w.startswith(UNREAD_DATE_WARNING) for w in article.warnings):
        article.warnings.append(unread)
    elif unread and article.published and unread.startswith(WEEKDAY_CLASH_WARNING):
        article.warnings.append(unread)  # read in the page's order, though its weekday points to the other reading


#: why a table row of menu cells goes (`_drop_menu_rows`)
MENU_ROW_REASON = "menu row of a layout table"
#: a menu row's other cells (the site's name beside its menu) have at most this many words
MENU_CELL_WORDS = 4


def _menu_table_row(text: str) -> bool:
    """An old table-layout page's top row as the extractor writes it: "| Border Valleys Echo | Home \\| News \\| Sport
    \\| Letters |", the site's name in one cell and its menu, a bar of short links, in another (its bars escaped
    inside the cell). A data table's cell holds no link bar; every other cell is a few words at most."""
    if not _TABLE_ROW.match(text) or _TABLE_RULE.match(text):
        return False
    cells = [cell.replace("\\|", "|") for cell in row_cells(text)]
    bars = [cell for cell in cells if "|" in cell and link_bar(cell)]
    return bool(bars) and all(cell in bars or len(_WORD.findall(cell)) <= MENU_CELL_WORDS for cell in cells)


def _drop_menu_rows(article: NormalisedArticle, texts: dict[int, str]) -> None:
    """Take out a kept table row that is a menu (`_menu_table_row`): it led the text as the story's first paragraph,
    and the byline under it then stood "below the story" (`_drop_byline_below_the_story`) and was lost."""
    body: list[str] = []
    # (paired as `_content_paragraphs` pairs them: a line joined to the paragraph above is in that paragraph)
    for i, text in _content_paragraphs(article).items():
        if text is None:
            continue
        if _menu_table_row(text):
            texts[i] = text
            article.line_roles[i] = (article.line_roles[i][0], "removed", MENU_ROW_REASON)
        else:
            body.append(text)
    article.paragraphs = body


def _drop_byline_below_the_story(article: NormalisedArticle) -> None:
    """Take back a byline the normaliser found below the first paragraph ("Media Contact" / "Jane Smith").

    The extracted text starts with the story, so the normaliser's header allowance (a few lines into the body)
    reaches into the contact block of a short press release. A dateline there stays."""
    first_content = next((i for i, (_s, role, _r) in enumerate(article.line_roles) if role == "content"), None)
    for i, (source, role, reason) in enumerate(article.line_roles):
        if role != "byline" or first_content is None or i < first_content or dateline_line(source):
            continue
        author = split_byline(source)[0] or source
        if article.byline == author:
            article.byline = None
        elif article.byline and article.byline.startswith(author + ", "):
            article.byline = article.byline[len(author) + 2:]
        else:
            continue
        article.line_roles[i] = (source, "removed", "byline below the story")


_WORD = re.compile(r"\w+")
#: why the plain-text normaliser drops a line because of *where* it is (it guesses the body region from a text
#: dump); on extracted HTML the extractor has already found the body, so such a line is the story's own
_POSITIONAL = ("after the article", "before the article")
_TABLE_ROW = re.compile(r"^\|.*\|$")
_TABLE_RULE = re.compile(r"^\|[\s|:-]*\|$")


#: an e-mail's preheader row ("View in browser" | its send date) stands this many lines above the headline at most
EMAIL_HEAD_LINES = 4


def _emailed_date(article: NormalisedArticle, lines: list[str], title: str | None, language: str | None,
                  today: datetime.date | None = None) -> None:
    """A newsletter e-mail's send date, from its preheader row above the headline ("View in browser" | "Thursday 21
    November 2024"), where nothing else dated the page: an e-mail has no metadata, and its date stands above the
    headline, where `_metadata_above_story` does not look (a site's header dates its "today" there too). Only on a
    page whose preheader has the e-mail's own link (the phrase lists' `newsletter`, a whole line: "View this email in
    your browser", "Bekijk in je browser", "عرض الرسالة في المتصفح") - stop 32 probeB #7."""
    head = next((k for k, line in enumerate(lines) if title and line == title), None)
    if head is None:
        return
    above = range(max(0, head - EMAIL_HEAD_LINES), head)
    if not any(whole_phrase(lines[k], "newsletter") for k in above):
        return
    for k in above:
        line = lines[k]
        if len(line) > DATE_LINE_MAX_CHARS or deadline_line(line) or not (date := stated_date(line)):
            continue
        date = with_page_year(date, lines) or date
        published, _ = read_published(date, lambda: date_order(lines, language, article.text), today)
        if published:
            article.published = published
            return


def _table_captions(lines: list[str]) -> list[str]:
    """The extractor writes a table's <caption> as its first row, the caption in the first cell and the others empty
    ("| Riverside ward by-election result |  |  |  |", then "|---|…|" and the header row): it is the table's caption, a
    line of its own above the table ("Riverside ward by-election result"), not a row of empty cells."""
    out = list(lines)
    for i, line in enumerate(lines):
        if not _TABLE_ROW.match(line) or _TABLE_RULE.match(line) or i and _TABLE_ROW.match(lines[i - 1]):
            continue  # a caption opens its table
        # (every bar off its ends, not row_cells' one: "|| Caption | |" keeps reading as a caption row, as it did)
        cells = [c.strip() for c in line.strip("|").split("|")]
        below = next((x for x in lines[i + 1:i + 3] if not _TABLE_RULE.match(x)), "")
        if len(cells) >= 2 and cells[0] and not any(cells[1:]) and _TABLE_ROW.match(below) \
                and sum(1 for c in row_cells(below) if c) >= 2:
            out[i] = cells[0]
    return out
#: a line of labelled facts, two labels or more ("Referee: A. Marsh. Attendance: 18,204.", "Scheidsrechter: Nijhuis.
#: Toeschouwers: 13.850.", "الحكم: محمد علي. الحضور: 18 ألف متفرج."): a match report's or a results box's data, which
#: the extracted body carries right under the story's own text or table. Read by splitting at the colons, not by
#: one regex: "(label: value){2,}" let a value swallow the next label's words, and a near miss took exponential time
_FACTS_LABEL_WORDS = 3  # a label is one to three words ("Referee", "Yellow cards", "Man of the match" is not one)
_FACTS_VALUE_CHARS = 60
_FACTS_MAX_LABELS = 8
_FACTS_FIRST_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_FACTS_WORD = re.compile(r"[\w'’-]+")


def _facts_label(words: list[str]) -> bool:
    return _FACTS_FIRST_WORD.fullmatch(words[0]) is not None and all(_FACTS_WORD.fullmatch(w) for w in words[1:])


def _facts_line(text: str) -> bool:
    """Whether `text` is two to eight "label: value" pairs and nothing else: the text before each colon ends in a
    label of one to three words, and each value (what stands between a colon and the next label) is 1–60 characters."""
    parts = text.strip().split(":")
    if not 3 <= len(parts) <= _FACTS_MAX_LABELS + 1:
        return False
    first = parts[0].split()
    if not 1 <= len(first) <= _FACTS_LABEL_WORDS or parts[0] != parts[0].lstrip() or not _facts_label(first):
        return False
    for part in parts[1:-1]:  # "value Next label"
        words = part.split()
        # the label is the part's last one to three words; what is left before it is the value
        if not any(_facts_label(words[-n:]) and 1 <= len(part.rstrip().rsplit(None, n)[0].strip()) <= _FACTS_VALUE_CHARS
                   for n in range(1, min(_FACTS_LABEL_WORDS, len(words) - 1) + 1)):
            return False
    return 1 <= len(parts[-1].strip()) <= _FACTS_VALUE_CHARS


def _reads_as_prose(text: str) -> bool:
    return len(_WORD.findall(text)) >= 8 and text.rstrip("\"'”’»)").endswith((".", "!", "?", "؟", "…"))


def _keep_extracted_body(article: NormalisedArticle, texts: dict[int, str],
                         headed: dict[str, list[str]] | None = None) -> None:
    """Put back what the normaliser dropped only for its position, or as short lines, where the extractor's
    structure says it is content: paragraphs of running text, the rows of the article's own tables, and its own
    lists with their headings (`_extracted_lists`; `headed`: the subheaded lists `_announced_lists` put in).

    Phrase matches (share lines, "Lees ook" boxes, summary boxes, captions) keep their decision: they are what
    the plain-text normaliser adds on top of the extractor. Works on the accounting trail, in page order; a line
    put back says "content" there (the caller rebuilds `removed` from the trail). `texts`: what `removed` lists for
    each removed entry of the trail: the line's own text, which is less than its input line when a glued widget was
    split off it ("… rising costs. READ MORE: …")."""
    lists = _extracted_lists(article)
    # a subheaded list put in comes back under a kept line only; under a dropped one (a teaser box under the show
    # notes' credits) it stays out whole, whatever the rules made of its lines (`_headed_blocks`)
    back, out = _headed_blocks(article.line_roles, headed or {}, lists)
    lists.update(back)
    paragraphs = _content_paragraphs(article)  # (None: a line joined to the paragraph above, which holds it)
    body: list[str] = []
    kept = False  # whether the trail's last entry (a table's rule aside) is in the body
    for i, (source, role, reason) in enumerate(article.line_roles):
        if role == "content" and i in out:
            texts[i] = source if paragraphs[i] is None else paragraphs[i]
            article.line_roles[i] = (source, "removed", f"{HEADED_OUT_REASON} ({reason})")
            kept = False
            continue
        if role == "content":
            if paragraphs[i] is not None:
                body.append(paragraphs[i])
            kept = True
            continue
        if role != "removed" or _TABLE_RULE.match(source):
            kept = kept and role == "removed"
            continue
        text = texts.get(i, source)
        positional = rule_reason(reason) in _POSITIONAL
        # the facts line under the story (a referee and the attendance) is the same data as the table kept above it
        facts = positional and kept and _facts_line(text)
        kept = False
        if (positional and _reads_as_prose(text) and i not in out) or _TABLE_ROW.match(text) or i in lists or facts:
            kept = True
            body.append(text)
            what = f"{lists[i]} " if i in lists else ""
            article.line_roles[i] = (source, "content", f"{what}in the extracted body ({reason})")
    article.paragraphs = body


#: the extractor writes every list item as "- item", and the plain-text rules see a run of short lines there; inside
#: the extracted body such a run is the article's own list (a recipe's ingredients, its method), not a menu: the
#: extractor already left the page's menus and link lists out
_LIST_ITEM = re.compile(r"^- \S")
_SHORT_RUN_REASONS = ("run of short lines (menu or headline list)", "single word")


def _extracted_lists(article: NormalisedArticle) -> dict[int, str]:
    """The trail entries to put back inside the extracted body (index -> what they are): the list items ("- 250g red
    lentils") the rules dropped as a run of short lines, the short heading right above a kept list or paragraph
    ("Ingredients", "Method") dropped with them, the colon-ended lead-in right above the list's first item ("The
    charges she faces are:": a short one falls in the items' run of short lines). Phrase matches keep their decision."""
    roles = article.line_roles
    content = [k for k, (_s, role, _r) in enumerate(roles) if role == "content"]
    if not content:
        return {}
    first, last = content[0], content[-1]
    back = {k: "list item" for k in range(first + 1, last) if roles[k][1] == "removed"
            and rule_reason(roles[k][2]) in _SHORT_RUN_REASONS and _LIST_ITEM.match(roles[k][0])}
    for k in range(last - 1, first, -1):
        source, role, reason = roles[k]
        if role != "removed" or rule_reason(reason) not in _SHORT_RUN_REASONS:
            continue
        if source.rstrip().endswith(COLONS) and _LIST_ITEM.match(roles[k + 1][0]) \
                and (k + 1 in back or roles[k + 1][1] == "content"):
            back[k] = "list lead-in"  # announces the items under it: the list's, at any length
        elif ((roles[k + 1][1] == "content" or k + 1 in back)
                and len(_WORD.findall(source)) <= HEADING_WORDS and not source.rstrip().endswith((".", ":", ",", ";"))):
            back[k] = "heading"
    return back


#: a list item's mark as the HTML path writes it ("- item", or "3. item" for a numbered list's)
_ITEM_MARK = re.compile(r"^(?:- |\d{1,3}\. )")


#: the reason of a subheaded list's lines that `_announced_lists` put in and that stay out (`_headed_blocks`)
HEADED_OUT_REASON = "a list the extractor left out, under a removed line"


def _headed_blocks(roles: list[tuple[str, str, str]], headed: dict[str, list[str]],
                   back: dict[int, str]) -> tuple[dict[int, str], set[int]]:
    """(the trail entries to put back, the trail entries to keep out) of the subheaded lists `_announced_lists` put
    in (`headed`: subheading -> its "- item" lines). Under a kept line (or one put back: `back`) the subheading and
    its items are the story's, also under its last paragraph (a podcast's "In this episode" and its chapter times,
    which the rules see "after the article"): put back where the rules dropped them for their place or as short
    lines. Under a dropped line (the notes' credits, a subscribe line) the block stays out whole, even where the rules
    read its items as prose ("Episode 141: Is it time to fix your mortgage?")."""
    put: dict[int, str] = {}
    out: set[int] = set()
    reasons = _POSITIONAL + _SHORT_RUN_REASONS
    for k, (source, role, reason) in enumerate(roles):
        items = headed.get(source)
        if items is None:
            continue
        texts = {_ITEM_MARK.sub("", item, count=1) for item in items}
        run = [k]
        for j in range(k + 1, len(roles)):
            rest = _ITEM_MARK.sub("", roles[j][0], count=1)  # unchanged where no item mark opens the line
            if rest == roles[j][0] or rest not in texts:
                break
            run.append(j)
        above = k - 1
        while above >= 0 and _TABLE_RULE.match(roles[above][0]):
            above -= 1
        if above < 0 or not (roles[above][1] == "content" or above in back or above in put):
            out.update(run)
            continue
        put.update((j, "heading" if j == k else "list item") for j in run
                   if roles[j][1] == "removed" and rule_reason(roles[j][2]) in reasons)
    return put, out


#: the longest line `_extracted_lists` takes for a heading
HEADING_WORDS = 6


#: a list item whose words are at least this share link text is a link (a menu's, a related-links box's)
LINKED_SHARE = 0.5


def _announced_lists(paragraphs: list[str], root, headed: dict[str, list[str]] | None = None) -> list[str]:
    """The extracted body with the page's lists put back that the extractor left out under the paragraph that
    announces them ("The charges are:", "De man werd schuldig bevonden aan:", "ووجهت النيابة التهم التالية:"), or under
    a subheading of the story ("What's in the bill", "Wat er verandert", "أبرز بنود القانون": `_headed_list`).

    trafilatura keeps an article's <ol>/<ul> inside the element it takes for the article; on a page whose paragraphs
    stand loose in <body> (no <article>, <main> or content <div>: common on small sites in any language) it gathers
    the paragraphs and leaves the lists out, so the story announced a list that was not there. A list comes back when
    the element right before it is an extracted paragraph ending with a colon (lists.COLONS), or a subheading right
    under an extracted paragraph, none of its items is in the body already, and its items are text, not links (a menu,
    a related-links box, a table of contents of in-page anchors: `LINKED_SHARE`). Its items go in as the extractor
    writes them ("- item"), so the rest of the HTML path treats them as its own list items; a subheading goes in
    above them as its own line, and into `headed` with its items (`_extracted_lists` keeps the block only under a
    paragraph the rules kept: under the show notes' credits a "More episodes" list is a teaser box)."""
    if root is None:
        return paragraphs
    at: dict[str, int | None] = {}  # a paragraph's words -> its index (None when it stands twice)
    for i, p in enumerate(paragraphs):
        key = " ".join(p.split())
        at[key] = None if key in at else i
    have = {" ".join(p.split()) for p in paragraphs}
    inserted: dict[int, list[str]] = {}
    for element in root.iter("ol", "ul"):
        lead = _previous_element(element)
        text = " ".join(lead.text_content().split()) if lead is not None else ""
        lines: list[str] = []
        if text.endswith(COLONS):
            i = at.get(text)
        else:
            i, heading = _headed_list(lead, text, at)
            lines = [heading] if heading else []
        if i is None or i in inserted:
            continue
        listed = _list_items(element)[:MAX_ITEMS]
        texts = [text for _li, text in listed]
        if len(texts) < MIN_ITEMS or not all(texts) or any(t in have or f"- {t}" in have for t in texts) \
                or sum(_linked(li, t) for li, t in listed) * 2 > len(listed):
            continue
        inserted[i] = lines + [f"- {t}" for t in texts]
        if lines and headed is not None:
            headed[lines[0]] = inserted[i][1:]
    if not inserted:
        return paragraphs
    out = []
    for i, p in enumerate(paragraphs):
        out.append(p)
        out.extend(inserted.get(i, ()))
    return out


def _previous_element(element):
    """The element right before `element` among its siblings, comments passed over, or None."""
    lead = element.getprevious()
    while lead is not None and not isinstance(lead.tag, str):
        lead = lead.getprevious()  # a comment between the lead-in and its list
    return lead


#: the subheadings that may head a story's own list (an <h1> is the page's headline)
_SUBHEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
#: a subheading over a list has at most this many words ("What's in the bill", "In this episode")
SUBHEADING_WORDS = 10


def _headed_list(heading, text: str, at: dict[str, int | None]) -> tuple[int | None, str | None]:
    """(the index of the paragraph the list goes under, the subheading to put in above it or None where the
    extractor kept it) for a list right under a subheading (`heading`, its words `text`) that stands right under an
    extracted paragraph, or the subheading itself extracted; else (None, None). The subheading is short and no
    widget's heading ("Most read", "Lees ook", "اقرأ أيضاً", "More episodes": any phrase category): a related box
    under the story has a heading too, but its items are links or teasers of another page, and a widget's heading
    in the phrase lists ends the story. A table of contents at the top stands under no paragraph of the story."""
    # `_previous_element` gives an element with a string tag (no comment, no processing instruction) or None
    if heading is None or heading.tag.lower() not in _SUBHEADINGS or not text \
            or len(text.split()) > SUBHEADING_WORDS or categories_of(text, len(text.split())):
        return None, None
    if at.get(text) is not None:
        return at[text], None  # the extractor kept the subheading and left its list out
    above = _previous_element(heading)
    if above is None or above.tag.lower() != "p":
        return None, None
    return at.get(" ".join(above.text_content().split())), text


def _list_items(element) -> list[tuple]:
    """The <li> children of a list element, each with its text (whitespace collapsed)."""
    return [(li, " ".join(li.text_content().split())) for li in element
            if isinstance(li.tag, str) and li.tag.lower() == "li"]


def _linked(item, text: str) -> bool:
    """Whether a list item is mostly link text (`LINKED_SHARE`)."""
    linked = sum(len(" ".join(a.text_content().split())) for a in item.iter("a"))
    return linked >= LINKED_SHARE * len(text)


def _number_ordered_items(paragraphs: list[str], root) -> list[str]:
    """The extractor's "- step" lines of the page's numbered lists (<ol>) with their numbers back ("1. Soften the
    onion …"): a recipe's or a how-to's steps are read in order. An item is matched by its whole text, and only when
    the page has it once (`root`: the page's tree, `_parse`)."""
    if root is None or not any(_LIST_ITEM.match(p) for p in paragraphs):
        return paragraphs
    numbers: dict[str, int | None] = {}
    for ol in root.iter("ol"):
        try:
            start = int(ol.get("start", "1"))
        except ValueError:
            start = 1
        for k, (_li, text) in enumerate(_list_items(ol)):
            numbers[text] = None if text in numbers else start + k  # twice on the page: which one is unknown
    out = []
    for p in paragraphs:
        number = numbers.get(" ".join(p[2:].split())) if _LIST_ITEM.match(p) else None
        out.append(f"{number}. {p[2:]}" if number is not None else p)
    return out


def _recheck_table_warning(article: NormalisedArticle) -> None:
    """The normaliser warned of a table it removed before the extractor's structure put its rows back: say it again
    only if a run of removed figure lines is still there (same rule, on the trail as it is now), in its place."""
    if not any(w.startswith(TABLE_WARNING) for w in article.warnings):
        return
    texts = [source for source, _role, _reason in article.line_roles]
    warning = number_table_warning(texts, [role for _s, role, _r in article.line_roles],
                                   [rule_reason(reason) for _s, _r, reason in article.line_roles],
                                   [len(_WORD.findall(text)) for text in texts])
    article.warnings = [w if not w.startswith(TABLE_WARNING) else warning for w in article.warnings
                        if warning or not w.startswith(TABLE_WARNING)]


def _say_list_warning(article: NormalisedArticle) -> None:
    """Say whether a list of the article lost part of itself as the trail is now, the extractor's list items back in
    the body (`_put_back`): before, the whole list was removed (the rules' run of short lines) and looked like a
    menu; now a kept list may show the one item or the lead-in still missing (`normalise_text` left it unsaid)."""
    warning = list_loss_warning([source for source, _role, _reason in article.line_roles],
                                [role for _s, role, _r in article.line_roles],
                                [reason for _s, _r, reason in article.line_roles])
    if warning:
        article.warnings.append(warning)


def _left_out(lines: list[str], extracted: list[str], placed: list[int | None]) -> list[tuple[int, str]]:
    """(index, line) of the page's text lines that the extractor did not keep.

    A page line is kept when an extracted line starts in it (`placed`), when an extracted line holds exactly its
    words, or when its words continue the extracted line that started above it (a paragraph or a table row the
    page breaks into several lines: "| Ohio | 5 |" is "Ohio" / "5"), looked for just after the words that line
    already accounted for, or inside an extracted line found nowhere. A long line also counts as kept when most of its words are in the kept text: the
    extractor joins and splits blocks differently from the dump. A short line is never kept by its words alone:
    an entry heading ("Epicentre", "Trains halted") or a lone <time> ("14:20") the extractor dropped has its words
    in the story's sentences too, and would vanish from the record.

    Linear: each continuation is looked for in a window after the last one, never across the whole text."""
    kept_words = {w.casefold() for line in extracted for w in _WORD.findall(line)}
    words_of = [[w.casefold() for w in _WORD.findall(line)] for line in extracted]
    exact: dict[tuple[str, ...], int] = {}
    for toks in words_of:
        exact[tuple(toks)] = exact.get(tuple(toks), 0) + 1
    starts: dict[int, int] = {}  # page line -> the last extracted line placed there
    for i, j in enumerate(placed):
        if j is not None:
            starts[j] = i
            exact[tuple(words_of[i])] -= 1  # its own page line accounts for it
    # the runs of words of the extracted lines found nowhere (a paragraph whose opening words the metadata title
    # took, on a page the extractor glued into one line): a short page line inside one of them is kept
    unplaced: set[tuple[str, ...]] = set()
    for i, j in enumerate(placed):
        toks = words_of[i]
        for size in range(1, ANCHOR_WORDS) if j is None else ():
            unplaced.update(tuple(toks[k:k + size]) for k in range(len(toks) - size + 1))
    out = []
    spanning, joined, cursor = None, "", 0
    for j, line in enumerate(lines):
        words = [w.casefold() for w in _WORD.findall(line)]
        needle = " " + " ".join(words) + " "
        if j in starts:
            spanning = starts[j]
            joined = " " + " ".join(words_of[spanning]) + " "
            at = joined.find(needle, 0, len(needle) + CONTINUATION_WINDOW)
            cursor = at + len(needle) - 1 if at >= 0 else 0
            continue
        if not words:
            out.append((j, line))
            continue
        if spanning is not None:
            at = joined.find(needle, cursor, cursor + len(needle) + CONTINUATION_WINDOW)
            if at >= 0:
                cursor = at + len(needle) - 1
                continue
        if exact.get(tuple(words), 0) > 0:
            exact[tuple(words)] -= 1
            continue
        if tuple(words) in unplaced:
            continue
        if len(words) >= ANCHOR_WORDS and sum(w in kept_words for w in words) >= 0.9 * len(words):
            continue
        out.append((j, line))
    return out


#: how far past the words an extracted line already accounted for its next page line is looked for (characters):
#: the extractor may leave out a short widget inside a paragraph
CONTINUATION_WINDOW = 200
