"""The plain-text normaliser: a scraped article in, a clean article record out.

`normalise_text` splits the text into lines, joins hard-wrapped ones and the halves of a sentence an advert line
split, splits widgets glued to a paragraph's end off it (`glued.py`), computes structural features and phrase
categories (`features.py`, `phrases.py`), and lets the line classifier (`classify.py`) give every line exactly one
role. Nothing vanishes: every non-blank input line ends up in the title, byline, published, a paragraph, the source
takeaways, or `removed`; `line_roles` records which.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from newsbrief.normalise.archivebar import ARCHIVE_BAR_REASON, archive_bar_end
from newsbrief.normalise.agencies import agency_only, masthead_lines, names_agency, own_agency
from newsbrief.normalise.boxes import strip_bullet
from newsbrief.normalise.celltables import CELL_TABLE_REASON, with_rows
from newsbrief.normalise.classify import STANDFIRST_REASON, classify
from newsbrief.normalise.dates import DAY_FIRST_LANGUAGES, numeric_order, read_published, with_page_year
from newsbrief.normalise.deadlines import deadline_line, future_published_warning, page_day
from newsbrief.normalise.datelines import Dateline, dateline_step
from newsbrief.normalise.entrytimes import live_blog_warning, timed_and_attached
from newsbrief.normalise.feeds import read_feed
from newsbrief.normalise.flatpage import flat_page_date
from newsbrief.normalise.features import Features, forget_long_tokens, line_features
from newsbrief.normalise.glued import in_input_order, join_across_adverts, split_glued_tails
from newsbrief.normalise.labelpairs import join_label_values
from newsbrief.normalise.lines import Line, join_hard_wraps, split_lines
from newsbrief.normalise.losses import loss_warnings, repeated_page_warning
from newsbrief.normalise.metadata import (
    PUBLISHED_NEAR, byline_time, credit_before_update, date_line_as_stated, has_byline_prefix, publication_beside,
    update_time_warning, with_time,
)
from newsbrief.normalise.issuer import issuer_in_lines
from newsbrief.normalise.noarticle import NO_ARTICLE
from newsbrief.normalise.printcopy import PRINT_COPY_REASON, print_copy_end
from newsbrief.normalise.references import REFERENCES_REASON, note_numbers, strip_note_markers
from newsbrief.normalise.reprint import REPEATED_PAGE_REASON, REPRINT_REASON, repeated_page, reprint_span
from newsbrief.normalise.urldate import url_date
from newsbrief.normalise.wirecredit import wire_reporters

__all__ = ["NormalisedArticle", "logical_lines", "normalise_text", "read_lines"]

@dataclass
class NormalisedArticle:
    title: str | None = None
    byline: str | None = None
    published: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    source_takeaways: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    #: (input line, role, reason) for every non-blank input line, in order: the accounting trail
    line_roles: list[tuple[str, str, str]] = field(default_factory=list)
    #: what the reader should know about how the input was cleaned: an HTML page without an article, a glued
    #: second article, a dropped table, most of the page dropped
    warnings: list[str] = field(default_factory=list)
    #: the part of `byline` a dateline gave ("ANP" of "AMSTERDAM (ANP) -"), None when none did: an HTML page's metadata author
    #: keeps it after the name, not an author line the normaliser read (html.py)
    dateline: str | None = None

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


def with_dateline(author: str | None, dateline: str) -> str:
    """An author byline and a dateline's byline as one, an agency said once: a wire dateline gives its agency
    ("Jane Doe" + "Reuters": "Jane Doe, Reuters"), which the author's own credit line may name already, after the name
    ("By Natalia Ramos, Reuters": "Natalia Ramos, Reuters") or in it ("Reuters Staff"). A press release's place and
    wire in brackets ("SAN FRANCISCO (PRNewswire)") drop the wire that the author names. A dateline that names a
    place and no agency ("UTRECHT - …", "Amersfoort, 1 december 2026 – …") gives the byline only on a page that
    names no author: the place is not an author ("Lotte Visser", not "Lotte Visser, UTRECHT")."""
    if not author:
        return dateline
    if agency_only(dateline):
        # a wire dateline's byline is its agency alone ("Reuters", datelines.Dateline): said once, in the author's own
        # credit ("Natalia Ramos, Reuters") or name ("Reuters Staff") when it is there already
        return author if names_agency(author, dateline) else f"{author}, {dateline}"
    # the white space before the bracket is tried from its run's first position only: linear in a long run
    agency = re.search(r"(?:(?<!\s)\s+)?[(\[]([^()\[\]]+)[)\]]$", dateline)
    if agency is None:
        return author  # a place alone
    if agency.start():
        named = agency.group(1).strip().casefold()
        person, _, credit = author.rpartition(",")
        if person.strip() and credit.strip().casefold() == named:
            author = person.strip()
        elif named in author.casefold():
            dateline = dateline[:agency.start()]
    return f"{author}, {dateline}"


def _place_only(found: Dateline) -> bool:
    """Whether a dateline names a place and no agency or wire ("LOCHEM -", "Den Haag" over the date, "Amersfoort, 1
    december 2026 –"; not "LONDON (Reuters) -", "SAN FRANCISCO (PRNewswire)" or a credit line)."""
    return not found.trailing and found.agency is None and not agency_only(found.byline) \
        and not re.search(r"[()\[\]]", found.byline)


def _add_dateline(article: NormalisedArticle, found: Dateline) -> str:
    """Record a dateline: the byline (after an author byline already found, `with_dateline`), and its date if none
    yet."""
    article.byline = with_dateline(article.byline, found.byline)
    article.dateline = found.byline
    if found.published and article.published is None:
        article.published = found.published
    return article.byline


def logical_lines(text: str) -> list[Line]:
    """The logical lines the classifier sees: input lines, hard wraps and advert-split sentences joined, glued
    widgets split off, a fact check's bare box labels joined with their values (labelpairs.py) (shared with scripts/fit_normaliser.py, so the model is fitted on the lines it will classify)."""
    return join_label_values(split_glued_tails(join_across_adverts(join_hard_wraps(split_lines(text)))))


def read_lines(lines: list[Line]) -> tuple[list[Line], list[tuple[int, Line, str]], list[Features]]:
    """`read_page_lines` less the repeated page it found (the three parts scripts/fit_normaliser.py unpacks)."""
    read, aside, feats, _repeated = read_page_lines(lines)
    return read, aside, feats


def read_page_lines(lines: list[Line]) -> tuple[list[Line], list[tuple[int, Line, str]], list[Features],
                                                tuple[int, int, int] | None]:
    """The lines the classifier reads, those set aside before it ((the index in the lines read it stood before,
    the line, the reason)) and the read lines' features (computed once: the copy check needs them too). A web
    archive's capture bar over the page (archivebar.py), a print view above its "Printed from …" footer (printcopy.py:
    the page copy under it is read), the second copy of a post shown twice with its footer between the copies (reprint.py: the first copy is
    read), the later copies of a page saved many times over into one file (reprint.repeated_page: the first is read;
    its (start, period, copies) is the fourth part, None when the page stands once, for the record's warning).
    Shared with scripts/fit_normaliser.py (`read_lines`), so the model is fitted on the lines it will classify."""
    aside: list[tuple[int, Line, str]] = []
    copies: list[Line] = []  # one page saved many times over: its later copies (reprint.repeated_page), read once
    repeated = repeated_page([line.text for line in lines])
    if repeated is not None:
        start, period, _n = repeated
        lines, copies = lines[:start + period], lines[start + period:]
    bar = archive_bar_end(lines)  # a web archive's capture bar over the saved page (archivebar.py)
    if bar is not None:
        aside += [(0, line, ARCHIVE_BAR_REASON) for line in lines[:bar + 1]]
        lines = lines[bar + 1:]
    cut = print_copy_end([line.text for line in lines])
    if cut is not None:
        aside += [(0, line, PRINT_COPY_REASON) for line in lines[:cut + 1]]
        lines = lines[cut + 1:]
    feats = line_features(lines)
    span = reprint_span([line.text for line in lines], feats)
    if span is not None:
        aside += [(span[0], line, REPRINT_REASON) for line in lines[span[0]:span[1]]]
        lines = lines[:span[0]] + lines[span[1]:]
        feats = line_features(lines)  # a line's features read its neighbours and the page's repeats: read them again
    # (the copies stand under every line read: set aside at the page's end, after the others)
    aside += [(len(lines), line, REPEATED_PAGE_REASON) for line in copies]
    return lines, aside, feats, repeated


def _set_aside(article: NormalisedArticle, own_line: list[bool], line: Line, reason: str) -> None:
    """A line set aside before the classifier (`read_lines`) goes to `removed`, with its reason in `line_roles`."""
    article.removed.append(line.text)
    for source in line.sources or [line.text]:
        article.line_roles.append((source, "removed", reason))
        own_line.append(bool(line.sources))


def normalise_text(text: str, *, language: str | None = None, model: dict | None | bool = None,
                   list_warning: bool = True, entry_times: bool = True, cell_rows: bool = True,
                   today: datetime.date | None = None) -> NormalisedArticle:
    """Clean one scraped article. Never raises on str input; `language` is only a hint (the phrase lists of all
    languages apply, so the cleaning does not depend on language id; a numeric date reads day first on a page
    known to be Dutch or Arabic). `model`:
    other fitted parameters than the packaged ones, or False for the hand-written rules alone (see classify).
    `list_warning=False` leaves out the warning for a list that lost part of itself (losses.list_loss_warning),
    for a caller that changes the roles afterwards and says it then (the HTML path puts the extractor's lists back).
    `entry_times=False` leaves a live blog's entry times as paragraphs of their own (entrytimes.py), for a caller that
    rebuilds the paragraphs from the trail, one per kept line (the HTML path joins them itself at its end);
    `cell_rows=False` likewise leaves a table dumped one cell a line as one paragraph a cell (celltables.with_rows).
    `today`: the day the page is read, which bounds `published` (deadlines.reading_day: else $NEWSBRIEF_TODAY, else
    the clock; a malformed setting falls back to the clock with a warning, deadlines.page_day)."""
    try:
        return _normalise_page(text, language=language, model=model, list_warning=list_warning,
                               entry_times=entry_times, cell_rows=cell_rows, today=today)
    finally:
        forget_long_tokens()  # the one long line's tokens features.word_tokens kept for the page's passes


def _normalise_page(text: str, *, language: str | None, model: dict | None | bool, list_warning: bool,
                    entry_times: bool, cell_rows: bool, today: datetime.date | None) -> NormalisedArticle:
    """`normalise_text`'s work."""
    article = NormalisedArticle()
    if not isinstance(text, str) or not text.strip():
        return article
    feed = read_feed(text)  # a feed's items printed as text: its first item, the rest set aside (feeds.py)
    if feed is not None:
        return feed
    # the day the page is read, resolved once: a malformed $NEWSBRIEF_TODAY is said in `warnings`, never raised
    today, bad_day = page_day(today)
    page_text = text  # (the loop below reuses the name `text` for a line's text)
    own_line: list[bool] = []  # per trail entry: does it stand for an input line (not a widget split off one)?
    # a print view above the page copy, the second copy of a post shown twice: the other copy is read; each goes to
    # the trail where it stood, before the line read after it (a copy's lines take their own place in the page's
    # order, not the other copy's)
    logical = logical_lines(text)
    lines, aside, feats, repeated = read_page_lines(logical)
    dateline: str | None = None  # a byline that came from a dateline: an author byline found later joins it
    placed: str | None = None  # ... when it is a place alone, no agency: a wire credit under the story takes its place
    clock: str | None = None  # the time a byline states after its author ("Posted by … at 2:30 PM")
    dated_by: str | None = None  # the date line `published` came from
    bylined_by: str | None = None  # the byline line `byline` came from
    dated_at = 0  # ... and its index in `lines`
    decisions, feats = classify(lines, feats, model)  # the features as the rules corrected them
    roles = []
    cells: list[int] = []  # the paragraphs that are a kept table's cells, one a line (celltables.with_rows)
    stepped = dateline_step([line.text for line in lines], [d.role for d in decisions],
                            {k for k, d in enumerate(decisions) if d.reason == STANDFIRST_REASON})
    pending = iter(aside)
    waiting = next(pending, None)
    for at, (line, decision, (role, text, found)) in enumerate(zip(lines, decisions, stepped)):
        while waiting is not None and waiting[0] <= at:
            _set_aside(article, own_line, waiting[1], waiting[2])
            waiting = next(pending, None)
        if found is not None and found.trailing and article.byline and article.byline != placed:
            role = "removed"  # a wire credit under the story on a page that names its author: the author stays
            article.removed.append(line.text)
        elif found is not None and found.trailing and article.byline:
            # a wire credit under a story whose only byline is its dateline's place ("DEN HAAG -", "رام الله" over the
            # date): the wire wrote it, the place stays the dateline (a place is no author: `with_dateline`)
            article.byline = dateline = found.byline
        elif found is not None:
            # "Reuters", "أبوظبي - رويترز" above the story (role byline), or "AMSTERDAM (ANP) - " opening it (role
            # content, the dateline cut off): where it comes from, not boilerplate nor body text
            dateline = _add_dateline(article, found)
            if article.byline == found.byline and _place_only(found):
                placed = article.byline
            if role == "content":
                article.paragraphs.append(text)
        elif role == "title" and article.title is None:
            article.title = decision.value or line.text
        elif role == "byline" and (article.byline is None or article.byline == dateline):
            author = decision.value or line.text
            article.byline = with_dateline(author, dateline) if dateline else author
            if decision.date and article.published is None:
                article.published = decision.date
            clock = byline_time(line.text)
            bylined_by = line.text
        elif role == "published" and article.published is None:
            article.published = decision.value or line.text
            dated_by, dated_at = line.text, len(roles)
            if article.byline is None and (desk := credit_before_update(line.text)):
                # "TNN / Updated: Jul 9, 2026, 22:14 IST": the desk's credit the date line opens with is the byline
                article.byline = with_dateline(desk, dateline) if dateline else desk
        elif role == "content":
            if decision.reason == CELL_TABLE_REASON:
                cells.append(len(article.paragraphs))
            article.paragraphs.append(text)
        elif role == "takeaway":
            article.source_takeaways.append(strip_bullet(line.text))
        else:
            role = "removed"
            article.removed.append(line.text)
        roles.append(role)
        # a widget split off a paragraph (normalise/glued.py) has no input line of its own: it stands for itself, so
        # every removed line has its entry (the HTML path pairs `removed` with the removed entries one to one)
        for source in line.sources or [line.text]:
            article.line_roles.append((source, role, decision.reason))
            own_line.append(bool(line.sources))
    while waiting is not None:  # set aside at the page's end
        _set_aside(article, own_line, waiting[1], waiting[2])
        waiting = next(pending, None)
    article.line_roles = in_input_order(article.line_roles, page_text, own_line)
    # a table dumped one cell a line and kept as the story's is given back as rows when it is regular (celltables.py)
    if cell_rows:
        article.paragraphs = with_rows(article.paragraphs, cells)
    # the endnotes went as a reference list: their markers glued to the story's sentences go too ("…2023.2"), else a
    # takeaway ends in the note's number (references.py)
    notes = note_numbers([line.text for line, d in zip(lines, decisions) if d.reason == REFERENCES_REASON])
    if notes:
        article.paragraphs = [strip_note_markers(p, notes) for p in article.paragraphs]
    if article.byline is None or agency_only(article.byline):
        # a wire story whose page credits no one but the wire ("ADDIS ABABA, Feb 11 (Reuters) -"): the reporters its
        # credit line under the story names ("Reporting by Dawit Endeshaw in Addis Ababa; Editing by …", removed as
        # furniture) are its byline, the agency after them (wirecredit.py)
        reporters = next((names for line, f, d in zip(lines, feats, decisions)
                          if d.role == "removed" and (names := wire_reporters(line.text, f.words))), None)
        if reporters:
            article.byline = with_dateline(reporters, article.byline) if article.byline else reporters
    # an agency's site crediting itself ("(الوكالة)": "the agency") is named as its masthead or footer names it, or
    # gives no byline (agencies.own_agency)
    own = masthead_lines((line.text, d.role) for line, d in zip(lines, decisions))
    article.byline = own_agency(article.byline, own)
    article.dateline = own_agency(article.dateline, own)
    if entry_times:
        times, article.paragraphs = timed_and_attached(article.paragraphs)  # one scan of the entry heads
        if live := live_blog_warning(times):
            article.warnings.append(live)
    stamp = next((k for k, d in enumerate(decisions) if d.comment_stamp), None)
    article.warnings.extend(loss_warnings(lines, feats, roles, [d.reason for d in decisions], stamp, list_warning,
                                          replies=decisions[stamp].replies if stamp is not None else 0))
    if article.byline is None:
        # a government release's "From:" / "Van:" / "من:" label over the body that issued it, above the story
        above = next((k for k, role in enumerate(roles) if role == "content"), len(roles))
        article.byline = issuer_in_lines([line.text for line in lines[:above]])
    if bylined_by and not has_byline_prefix(bylined_by) and any(w.startswith(NO_ARTICLE) for w in article.warnings):
        # a page of menus or teasers and no article: a bare name over it is the site's masthead or a menu's heading
        # ("Punch Newspapers" over its menu), no author; only a line that says it is a byline ("By …") is one
        article.byline = None
    if repeated is not None:
        start, _period, copies = repeated  # (read_page_lines found it: counted once)
        article.warnings.append(repeated_page_warning(copies, logical[start].text))
    # one form: ISO 8601, or null with a warning that quotes the page's date
    page = [line.text for line in lines]
    near = page[max(0, dated_at - PUBLISHED_NEAR): dated_at + PUBLISHED_NEAR + 1]
    first = publication_beside(dated_by, near) if dated_by else None
    if dated_by and not first:
        # ... or right under the story's last paragraph, where Indian papers print it ("Updated - April 14, 2026 09:42
        # pm IST" over the story, "Published - April 14, 2026 07:10 pm IST" under it)
        last = max((k for k, role in enumerate(roles) if role == "content"), default=None)
        if last is not None:
            first = publication_beside(dated_by, page[last + 1: last + 1 + PUBLISHED_NEAR])
    if first:
        article.published = first  # "Updated …" over "Published …": the page's date is its publication's
    # a wire dateline's "Oct 8" takes its year from the page (dates.with_page_year); with none, the warning quotes it
    stated = article.published or _unread_date(lines, decisions)
    if stated is None:
        # a page saved as one line: the date its header states in the line (flatpage.py), read as a date line's is
        stated = flat_page_date(lines)
    stated = with_page_year(stated, page) or stated
    # Blogger's "Saturday, 14 November 2026" over the post and "Posted by … at 2:30 PM" under it: one date and time
    stated = with_time(stated, clock)
    if stated is None:
        # no line states a date: the page's own address may ("…/news/2026/04/02/slug", as the HTML path reads it)
        stated = url_date(page, roles)
    # "07/03/2025": read in the page's order (dates.py), worked out only for such a date
    article.published, warning = read_published(stated, lambda: date_order(page, language, article.text), today)
    future = future_published_warning(article.published, today)
    if future:
        # a deadline or an event's date the phrase list did not know: no publication date lies ahead (deadlines.py)
        article.published = None
    if bad_day:
        article.warnings.append(bad_day)
    # both when both hold: a weekday that clashes with the page's order on a date ahead (read_published returns its
    # clash warning with the date, which the future check may then empty)
    article.warnings.extend(w for w in (warning, future) if w)
    if not (warning or future) and dated_by and article.published and not first \
            and (said := update_time_warning(dated_by)):
        # "Updated 6 December 2026, 14:42 GMT", the page's only date line: the record says it is the update's time
        article.warnings.append(said)
    return article


def _unread_date(lines: list[Line], decisions) -> str | None:
    """The first line above the story that the rules set apart as the page's date and no field took: a date they
    could not read whole ("Published: 14 February, 17:21" has no year). It goes to `read_published` like any stated
    date, so the warning quotes it (or the page's year completes it) instead of the date vanishing into `removed`."""
    for line, d in zip(lines, decisions):
        if d.role == "content":
            return None  # only above the story: a date line further down is a comment's or a related item's
        # the rules' "date" also falls on a short line beside a date or a headline in a list of dated links,
        # which no warning should call the page's date (`date_line_as_stated`)
        if d.reason == "date" and d.role == "removed" and not deadline_line(line.text) \
                and (stated := date_line_as_stated(line.text)):
            return stated
    return None


def date_order(texts: list[str], language: str | None, body: str) -> bool | None:
    """Whether the page writes numeric dates day first: what its other numeric dates show, else its language's order
    (dates.DAY_FIRST_LANGUAGES); None on an English page that does not say (British pages write the day first,
    American ones the month: `published` is left empty with a warning rather than guessed)."""
    shown = numeric_order(texts)
    if shown is not None:
        return shown
    if language is None:
        from newsbrief.langid import detect_language  # only for a page whose date needs it

        language = detect_language(body).code
    return True if language in DAY_FIRST_LANGUAGES else None
