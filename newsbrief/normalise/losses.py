"""What the normaliser dropped that a reader would miss, said out loud in the record's `warnings`.

A page that holds no article at all (an error page, search results, a page of headlines: `noarticle.py`) says
only that. Else six cases: a second article glued after the first (it is set aside, never silently: `second_article`
finds it, the warning names its headline; where an open page mode let the model keep it, the warning says it was kept
in the text); a table or list of numbers removed from inside the article (all of it or part) or from right under it;
part of a list of the article (some of its items, its lead-in, or a whole list between kept text: `list_loss_warning`);
a kept body that is a small share of the page's running text (the classifier may have picked
the wrong block, or dropped most of the story); a reader-comment thread cut from what looked like the story; and closing paragraphs the rules kept but the
learned model dropped. And what the page says about the article (`notice_warnings`): a correction notice's text, a
paywall or a page counter that cut the article short; and where it comes from (attribution.py: a republication note, a
source line under the story).
"""

from __future__ import annotations

import re
import unicodedata
from itertools import islice

from newsbrief.normalise.flatpage import flat_page_warning
from newsbrief.normalise.attribution import attribution_warnings
from newsbrief.normalise.boxes import related_heading, share_button, teaser_lines
from newsbrief.normalise.celltables import CELL_MAX_WORDS
from newsbrief.normalise.chapters import chapter_warning
from newsbrief.normalise.commentcredit import WIDGET_REASON
from newsbrief.normalise.comments import THREAD_REASONS, names_comments
from newsbrief.normalise.contents import CONTENTS_REASON, contents_list
from newsbrief.normalise.threadposts import replies_warning
from newsbrief.normalise.datelines import dateline_line, split_opening
from newsbrief.normalise.features import Features, prose_run
from newsbrief.normalise.gallery import COUNTER_REASON
from newsbrief.normalise.headnotes import article_note
from newsbrief.normalise.lines import BULLET, Line
from newsbrief.normalise.verdictlines import rating_line, verdict_heading, verdict_paired
from newsbrief.normalise.matchfacts import MATCH_FACTS_REASON, group_heading
from newsbrief.normalise.dates import MONTH_PATTERN, TIME
from newsbrief.normalise.metadata import date_in, has_byline_prefix, person_name, states_a_date
from newsbrief.normalise.noarticle import no_article
from newsbrief.normalise.notnews import not_news
from newsbrief.normalise.sponsored import sponsored
from newsbrief.normalise.pagemode import POSITIONAL_REASONS, rule_reason
from newsbrief.normalise.pagers import PAGER_REASON, pager_line
from newsbrief.normalise.quoting import shortened
from newsbrief.normalise.references import REFERENCES_REASON
from newsbrief.normalise.phrases import BOILER_CATEGORIES, addresses_reader, in_group, match_key
from summarise.tables import row_cells

#: a glued second article: at least this many paragraphs ...
SECOND_MIN_PROSE = 3
#: ... with this many words together, right after its own headline
SECOND_MIN_WORDS = 45
#: after a share bar that closes a first story shorter than SECOND_MIN_PROSE paragraphs, the second is another
#: short item only with at most this many paragraphs (a page of short news items)
SHORT_ITEM_MAX_PROSE = 3
#: a second article under its own byline or date is plain at fewer paragraphs: this many, with this many words
HEADED_MIN_PROSE = 2
HEADED_MIN_WORDS = 30
#: the longest line taken for a byline under a second article's headline ("By Grace Olsen, Local Reporter")
BYLINE_MAX_WORDS = 8
#: under a site's "Next article" link (the phrase lists' `next_article` group), one paragraph of this many words
#: under a headline is a second article (the link says so; a short story has one or two paragraphs)
NEXT_MIN_WORDS = 10
#: warn when the kept text holds less than this share of the words of the page's running text ...
LOW_SHARE = 0.4
#: ... and the page has at least this many words of running text
LOW_SHARE_MIN_WORDS = 150
#: a removed run of this many lines holding numbers inside the article is a table or a list of numbers
NUMBER_RUN = 3
_NUMBER = re.compile(r"\d")
#: the rule reason of a second article's own byline and date lines (`second_article_header`): removed in every page
#: mode, so no "By …" or date line of another story stands in the text (classify.FIXED_REASONS, not a soft reason)
SECOND_HEADER_REASON = "second article's header"
#: a second article's lines: its headline and paragraphs (soft in an open page mode), and its header
SECOND_ARTICLE_REASONS = ("second article", SECOND_HEADER_REASON)
#: a table right under the story (a league table, a match's stats, a listicle's summary table) is the story's too:
#: looked for in this many lines after the last kept one, up to the first line a phrase list names ("More on this
#: story", "Advertisement", "Related"): what follows a widget is the page's, not the article's
TAIL_LINES = 15
#: the rule reasons (pagemode.rule_reason) that end the article's tail: phrase-list widgets and page regions
_TAIL_END = frozenset(BOILER_CATEGORIES) | set(THREAD_REASONS) | set(SECOND_ARTICLE_REASONS) | {"end", "about block", "related box",
                                             "summary box heading", "summary box"}
#: a table row under the story holds this many numbers (its cells) or more
TABLE_CELLS = 2
#: ... and the lines between the story and the table's rows: a heading ("Standings") and a header row ("Team P W D L")
TABLE_HEAD = 2
_CELL = re.compile(r"(?<![\d.,])\d+(?:[.,:]\d+)*")


def kept_span(kept: list[bool]) -> tuple[int, int] | None:
    """(first, last) index of the kept lines, or None when none is kept: the article's extent, which the warnings
    below search inside or under."""
    if not any(kept):
        return None
    return kept.index(True), len(kept) - 1 - kept[::-1].index(True)


def has_figure_cells(text: str, enough: int) -> bool:
    """Whether a line holds `enough` numbers or more as a table row's cells ("1 Rovers 16 11 3 2 36": 6; "Rovers 2-1
    Ashby": 2). Read up to the `enough`-th: a 1 MB line of figures holds 250k of them (0.05 s to list them all)."""
    return sum(1 for _ in islice(_CELL.finditer(text), enough)) >= enough


def second_article(lines: list[Line], feats: list[Features], kept: list[bool],
                   reasons: list[str] | None = None) -> tuple[int, int] | None:
    """(headline, last line) of a second article after the kept one's start, or None.

    Two shapes. After the last kept line: an end marker ("Related Topics", "Meer nieuws"), then within a few lines
    a headline followed directly by paragraphs. Or, inside what was kept, after the first article's own paragraphs:
    a headline with its own byline, date or wire dateline right under it (`reasons`: the classifier's,
    "byline"/"date"; a dateline line "Reuters", or one opening the next paragraph, "LONDON (Reuters) - …"), then
    paragraphs — a second story pasted on with its header, which the body region took for more of the first.
    After a share bar ("Share this", "Deel dit bericht", "شارك") that closes a first story of any length, a headline
    with its own byline or calendar date under it starts another even with one paragraph (a page of short news
    items; under a first story that short, the second must be short too: SHORT_ITEM_MAX_PROSE). Not a live blog's
    entry: a bare time over it ("Updated 10:15"), or a third headline under a share bar (`_closed_items`).
    Or a site's "Next article" link line (the `next_article` phrases) or a feed item's closing line (`feed_item_end`:
    "The post … appeared first on …") under the first story's paragraphs, then (a section label and) a headline over
    prose: the link names what follows, so one paragraph suffices.
    Either way more paragraphs must follow (at most one other line between two of them: a comment section has a
    name, a date and "Reply" between its comments; a teaser list has a headline between its one-sentence
    summaries, so it never starts with paragraphs in a row).
    """
    span = kept_span(kept)
    if span is None:
        return None
    first, last = span
    n = len(lines)
    if reasons is not None:
        # a "Next article" link after the first story's paragraphs, then (a section label and) a headline over prose
        story_from = next((i for i in range(first, n) if kept[i] and feats[i].prose), n)  # the first story paragraph
        for m in range(story_from + 1, n):
            # (a feed item's closing line, "The post … appeared first on …", says the same: the feed's next item
            # follows, with its tags line between)
            if not (feats[m].has("navigation") and in_group(lines[m].text, feats[m].words, "next_article")
                    or feats[m].has("misc") and in_group(lines[m].text, feats[m].words, "feed_item_end")):
                continue
            for h in range(m + 1, min(n, m + 4)):
                if feats[h].headline_like:
                    k = _past_header(lines, feats, reasons, h)
                    found = _article_from(h, k, feats, 1, NEXT_MIN_WORDS)
                    if found:
                        return found
                    break
        story = 0  # the first article's own paragraphs so far
        closed_items: list[int] | None = None  # share bars over a headline with its own header (`_closed_items`)
        for h in range(first, last):
            if kept[h] and feats[h].prose:
                story += 1
            if not story or not feats[h].headline_like:
                continue
            # a share bar right above the headline closes the first story, however short ("Deel dit bericht",
            # "شارك" under a one-paragraph brief): a page of short news items repeats headline, date, text, share bar
            closed = h > first and feats[h - 1].has("share")
            if story < SECOND_MIN_PROSE and not closed:
                continue
            k = _past_header(lines, feats, reasons, h)
            # ... or a wire dateline opening its first paragraph ("LONDON (Reuters) - …", "UTRECHT (ANP) - …")
            headed = k > h + 1 or (k < n and feats[k].prose and split_opening(lines[k].text) is not None)
            if closed and k > h + 1:
                # its own date or byline under the headline as well: one paragraph of a few words is an item too. Not
                # a live blog's entry: a bare time heads it ("Updated 10:15"), or more entries stand under share bars
                if closed_items is None:  # read once: the same for every headline, but the one under it
                    closed_items = _closed_items(lines, feats, reasons, first)
                item = _dated_or_signed(lines, reasons, h, k) and not any(m != h - 1 for m in closed_items)
                found = _article_from(h, k, feats, 1, NEXT_MIN_WORDS) if item else None
                if found and story < SECOND_MIN_PROSE \
                        and sum(feats[j].prose for j in range(k, found[1] + 1)) > SHORT_ITEM_MAX_PROSE:
                    # under a short first "story" a long one is the page's article, the first a channel's blurb
                    found = None
            elif headed and story >= SECOND_MIN_PROSE:
                found = _article_from(h, k, feats, HEADED_MIN_PROSE, HEADED_MIN_WORDS)
            else:
                found = None
            if found:
                return found
    if reasons is not None:
        # right under the last kept line, past a share bar or another widget the phrase lists name ("Share this
        # article", "Deel dit artikel", "شارك"): a headline with its own byline or calendar date over paragraphs (the
        # line model dropped the second story whole, or would have kept it merged into the first)
        found = _headed_below(lines, feats, reasons, first, last)
        if found:
            return found
    for m in range(last + 1, n):
        if not feats[m].has("end") or feats[m].words > 8:
            continue
        for h in range(m + 1, min(n, m + 4)):
            if feats[h].headline_like:
                found = _article_from(h, h + 1, feats, SECOND_MIN_PROSE, SECOND_MIN_WORDS)
                if found:
                    return found
        return None
    return None


#: a headed second article's headline stands at most this many lines under the last kept line (a share bar and its
#: buttons between)
BELOW_REACH = 4


def _headed_below(lines: list[Line], feats: list[Features], reasons: list[str], first: int,
                  last: int) -> tuple[int, int] | None:
    """(headline, last line) of a story under the kept one (whose lines run from `first` to `last`): within
    BELOW_REACH lines, past widget lines only, a headline with its own byline or calendar date under it
    (`_dated_or_signed`) and HEADED_MIN_PROSE paragraphs; not a live blog's next entry (more headlines closed by a share
    bar: `_closed_items`)."""
    n = len(lines)
    for h in range(last + 1, min(n, last + 1 + BELOW_REACH)):
        if feats[h].has("comments") or rule_reason(reasons[h]) in THREAD_REASONS:
            return None  # a comment counter: a comment ("<name> says:", its stamp, its text) follows, no story
        if not feats[h].headline_like:
            if feats[h].categories and (not feats[h].prose or rule_reason(reasons[h]) in BOILER_CATEGORIES):
                # a widget between the stories; also one that reads as a sentence, when the rules removed it as the
                # phrase lists' widget ("The interview has been edited for length and clarity.", a share call in
                # words): that is the first story's furniture, and the story under it is no less a second one
                continue
            return None
        k = _past_header(lines, feats, reasons, h)
        if k == h + 1 or not _dated_or_signed(lines, reasons, h, k):
            return None
        if any(m + 1 != h for m in _closed_items(lines, feats, reasons, first)):
            return None
        return _article_from(h, k, feats, HEADED_MIN_PROSE, HEADED_MIN_WORDS)
    return None


def second_article_header(lines: list[Line], feats: list[Features], reasons: list[str], headline: int) -> range:
    """The lines of a second article's own header under its headline `headline`: its byline, date or wire credit
    (`_past_header`); empty when it has none."""
    return range(headline + 1, _past_header(lines, feats, reasons, headline))


def _past_header(lines: list[Line], feats: list[Features], reasons: list[str], h: int) -> int:
    """The first line under headline `h` past its own header: a byline (the classifier's, or one it left as a short
    line), a date, a "Reuters" line (at most three)."""
    n, k = len(lines), h + 1
    while k < min(n, h + 4) and (reasons[k] in ("byline", "date") or (
            feats[k].words <= BYLINE_MAX_WORDS and has_byline_prefix(lines[k].text))
            or dateline_line(lines[k].text)):
        k += 1
    return k


def _dated_or_signed(lines: list[Line], reasons: list[str], h: int, k: int) -> bool:
    """Whether the header of headline `h` (lines h+1 to k-1, `_past_header`) has a byline, a wire credit or a
    calendar date ("3 februari 2026, 10:05"): a story's own header. A bare time ("Updated 10:15", "10:42") heads a
    live blog's entry, which is part of the one story."""
    return any(reasons[j] == "byline" or has_byline_prefix(lines[j].text) or dateline_line(lines[j].text)
               or date_in(lines[j].text) is not None for j in range(h + 1, k))


def _closed_items(lines: list[Line], feats: list[Features], reasons: list[str], first: int) -> list[int]:
    """The share bars (from the kept text's first line `first` on) right above a headline with its own header. One
    elsewhere than above the headline a second article would start at is a third item closed like the first two: a
    page of entries like that is one stream (a live blog, even one that dates its entries), not a first story with a
    second one glued under it (the item stream)."""
    return [m for m in range(first, len(lines) - 1) if feats[m].has("share") and feats[m + 1].headline_like
            and _past_header(lines, feats, reasons, m + 1) > m + 2]


def _article_from(headline: int, body: int, feats: list[Features], min_prose: int,
                  min_words: int) -> tuple[int, int] | None:
    """(headline, last line) when an article's paragraphs start at line `body`: `min_prose` paragraphs in a row,
    `min_words` words in all, at most one other line between two of them; else None."""
    n = len(feats)
    run = prose_run(range(body, n), lambda k: feats[k].prose and not feats[k].categories)
    opening = all(feats[k].prose for k in range(body, min(n, body + min_prose)))
    if opening and len(run) >= min_prose and sum(feats[k].words for k in run) >= min_words:
        return headline, run[-1]
    return None


#: a reader comment's word ("comments", "feedback", "reacties", "التعليقات"): in a line that speaks to the reader or
#: counts them ("Thanks for your comments - this feedback is now closed", "Post a Comment 2 Comments", "Reacties (3)",
#: "أضف تعليقك") it heads a comment thread, never a story ("Minister's comments spark outrage" is a headline)
_COMMENT_WORD = re.compile(r"(?<!\w)(?:comments?|feedback|reacties?|reageer|reageren|تعليق|تعليقات|التعليقات"
                           r"|التعليق)(?!\w)", re.IGNORECASE)
#: a blog post's byline in its footer or header line ("// posted by Nate Johnson @ 12:23 AM", "Geplaatst door …",
#: "نشر بواسطة …"): a post's, not a comment's
_POSTED_BY = re.compile(r"(?<!\w)(?:posted|written|geplaatst|geschreven|نشر|كتب)\s+(?:by|door|بواسطة)(?!\w)",
                        re.IGNORECASE)
#: a commenter's name or handle above a comment's time stamp has at most this many words ("Mr. G.", "tahria")
COMMENTER_MAX_WORDS = 3
#: ... and the Arabic word with "your" suffixed ("تعليقك", "تعليقاتكم"): it speaks to the reader by itself
_YOUR_COMMENT = re.compile(r"(?<!\w)(?:تعليقك|تعليقكم|تعليقاتك|تعليقاتكم)(?!\w)")


def _comment_head(lines: list[Line], feats: list[Features], h: int) -> bool:
    """Whether line `h`, taken for a second article's headline, is a reader comment's header line instead: a comment
    counter or prompt the phrase lists name, a comment's word in a line that addresses the reader or counts
    (`_COMMENT_WORD`: "Thanks for your comments - this feedback is now closed", "Post a Comment 2 Comments"), or a
    time stamp under a commenter's name ("Mr. G." / "Thu, Jan 17, 08 at 11:39 PM": a headline never states when it
    was posted). A blog post's own footer ("// posted by Nate Johnson @ 12:23 AM 3 comments") closes a post, and a
    next post follows it, whether the footer is one line or two ("Posted by jon" over "at 10:47 AM : Comments (0)"):
    no comment's (`_POSTED_BY`)."""
    text, f = lines[h].text, feats[h]
    if f.has("comments") or any(in_group(text, f.words, g) for g in ("comment_heading", "comment_prompt")):
        return True
    if _POSTED_BY.search(text) or (h > 0 and _POSTED_BY.search(lines[h - 1].text)):
        return False  # ("Posted by jon" / "at 10:47 AM : Comments (0)": the footer on two lines)
    key = match_key(text)
    if _YOUR_COMMENT.search(key) or _COMMENT_WORD.search(key) and (
            addresses_reader(text) or any(ch.isdigit() for ch in text)):
        return True
    # a date line, or a clock time with at most a date and two other words beside it (`states_a_date` once the time
    # is out: "Polls close at 20:00 as voters queue" keeps five words, a headline's) ...
    stamp = date_in(text) is not None or (TIME.search(text) and states_a_date(TIME.sub(" ", text)))
    # ... under a commenter's name: a person's name, or a handle of a few words with no digit or address
    if not stamp or h == 0:
        return False
    above = lines[h - 1].text
    return person_name(above) or (feats[h - 1].words <= COMMENTER_MAX_WORDS and not feats[h - 1].categories
                                  and not any(ch.isdigit() or ch == "@" for ch in above))


def second_article_warning(first_line: str, paragraphs: int, kept: bool = False) -> str:
    """The warning for a second article set aside (here, or by the HTML path's <article> elements), or, `kept`, one
    the learned model kept in the text on a page it read as more than one article (pagemode.SOFT_REASONS): the text
    then runs on into another story, which a reader (and the takeaways) would take for the first one's."""
    if kept:
        return (f"a second article follows the first and was kept in the text: {shortened(first_line)!r} ({paragraphs} "
                f"paragraph{'' if paragraphs == 1 else 's'}); the text and its takeaways may mix the two stories")
    return (f"a second article follows the first and was not kept: {shortened(first_line)!r} ({paragraphs} "
            f"paragraph{'' if paragraphs == 1 else 's'}, in `removed`)")


def repeated_page_warning(copies: int, first_line: str) -> str:
    """The warning for a page saved many times over into one input (reprint.repeated_page): read once, the other
    copies set aside, so that a reader knows the input is not `copies` articles nor one long one."""
    return (f"the page repeats {copies} times in the input (from {shortened(first_line)!r}); one copy was read, "
            f"the other {copies - 1} are in `removed`")


def comments_kept_warning(first_line: str, paragraphs: int) -> str:
    """The warning for reader comments under the article that the learned model kept in the text (the rules took
    them for a second article under a comment's header line, `_comment_head`): a reader (and the takeaways) would
    take a commenter's words for the story's."""
    return (f"reader comments follow the article and were kept in the text: {shortened(first_line)!r} ({paragraphs} "
            f"paragraph{'' if paragraphs == 1 else 's'}); the text and its takeaways may quote them")


#: how the warning below starts: the HTML path recomputes it after putting an extracted table back
TABLE_WARNING = "a table or list of numbers was removed from the article"


def _pipe_row(text: str) -> bool:
    """A table row the scraper wrote with its cell separators ("Phones | 28 Dec 2024", a header "Device | Deadline")."""
    return "|" in text and sum(1 for cell in row_cells(text) if cell) >= 2


_FIGURE = re.compile(r"^[+-]?\d[\d.,:%]*%?$")
#: a reaction's count: "214", "1.2K", "3,4k", "2M"
_REACTION_COUNT = re.compile(r"^\d[\d.,]*[kKmM]?$")


def _figure_row(text: str) -> bool:
    """A row of figures under the story ("9 Brentford 25 10 5 10 +3 35", "Shots on target 5 6", "Louisiana
    120,000"): figures are at least 40% of its tokens, and it is no date line ("Tuesday, 15 January 2008" heads a
    teaser or an archive list, the commonest figures under a story on raw pages)."""
    tokens = text.split()
    figures = sum(1 for t in tokens if _FIGURE.match(t))
    return figures >= 1 and figures >= 0.4 * len(tokens) and date_in(text) is None and not reaction_counts(tokens)


def _pictograph(token: str) -> bool:
    """A token of symbols alone, no letter nor digit: an emoji ("👍", "❤️", "😢") or a mark standing for one."""
    return any(unicodedata.category(ch) == "So" for ch in token) \
        and all(unicodedata.category(ch) in ("So", "Sk") or ch in "\u200d\ufe0f" for ch in token)


def reaction_counts(tokens: list[str]) -> bool:
    """A post's reaction counters ("👍 214", "❤️ 1.2K 😂 87", a Telegram or Facebook export's row under the post):
    each figure beside a pictograph and no word, a widget's count, not a table's row."""
    return any(_pictograph(t) for t in tokens) and all(_pictograph(t) or _REACTION_COUNT.match(t) for t in tokens)


def _figure_line(text: str, role: str, reason: str, words: int) -> bool:
    """A short line with a number that is story or was removed from it (a table row, a figure in a list): not a
    date line, nor a line of the second article, nor a related box's or a ticker's ("09:05 Man (34) opgepakt …": a box
    the rules named, no table lost), nor a widget's counter the phrase lists name ("1 gold badge",
    "Berichten: 233", "مفيد (45)": misc), nor a recent-comments widget's line ("Lola1979 on …": commentcredit.py), nor
    a multi-page story's pager (`pager_line`; its bare page numbers in the story: pagers.PAGER_REASON)."""
    return role in ("content", "removed") and words <= 20 and _NUMBER.search(text) is not None \
        and reason not in (*SECOND_ARTICLE_REASONS, "date", "misc", COUNTER_REASON, REFERENCES_REASON,
                           WIDGET_REASON, PAGER_REASON) \
        and rule_reason(reason) != "related box" and not pager_line(text, words)


#: a removed table dumped one cell per line has word cells between its figures ("A2" / "Eindhoven - Best" / "14 km"),
#: each this short at most (celltables.CELL_MAX_WORDS)
def _table_cell(texts: list[str], roles: list[str], reasons: list[str], words: list[int], k: int) -> bool:
    """Whether removed line `k` may be a cell of a table dumped one cell per line: a figure line, or a short word cell
    that no widget's or box's rule removed (`_TAIL_END`)."""
    return roles[k] == "removed" and (_figure_line(texts[k], roles[k], reasons[k], words[k]) or (
        0 < words[k] <= CELL_MAX_WORDS and rule_reason(reasons[k]) not in _TAIL_END
        and reasons[k] not in SECOND_ARTICLE_REASONS))


def _table_extent(texts: list[str], roles: list[str], reasons: list[str], words: list[int], i: int, j: int,
                  first: int, last: int) -> tuple[int, int]:
    """The lost table around the run of figure lines `i`..`j` (a warning found it): its removed cells above and
    below, word cells too, inside the article (`first`..`last`). A table dumped one cell per line breaks the run of
    figures at every word cell ("Eindhoven - Best"), so the run alone said "3 lines" of a table of twenty. Only a run
    the warning found is widened: short word lines between figures elsewhere (a byline, "1 Comment") warn of
    nothing."""
    while i > first and _table_cell(texts, roles, reasons, words, i - 1):
        i -= 1
    while j <= last and _table_cell(texts, roles, reasons, words, j):
        j += 1
    return i, j


def number_table_warning(texts: list[str], roles: list[str], reasons: list[str], words: list[int]) -> str | None:
    """`_number_table_warning`, and a fact box above the story that was cut in two (`_box_above`), said together."""
    found = _number_table_warning(texts, roles, reasons, words)
    box = _box_above(texts, roles, reasons, words)
    if box is None:
        return found
    return f"{TABLE_WARNING} ({box})" if found is None else f"{found[:-1]}; {box})"


#: a fact line is this short at most ("Attendance: 14,212", "Toeschouwers: 6.410"); a longer first line is the lead
BOX_LINE_WORDS = 8


def _box_above(texts: list[str], roles: list[str], reasons: list[str], words: list[int]) -> str | None:
    """A fact box over the story that the model cut in two: its first kept line is a short line with a number (a match's
    "Attendance: 14,212") and the removed lines right above it are such lines too ("Rovers 3 (Okafor 23, 67)", "Town 1
    (Barnes 55 pen)"): NUMBER_RUN lines or more of which NUMBER_RUN - 1 removed. Or a match's score box removed whole
    right above the story (MATCH_FACTS_REASON), NUMBER_RUN - 1 lines or more with a number among them. What the
    warning says of them, or None."""
    span = kept_span([r == "content" for r in roles])
    if span is None:
        return None
    first, last = span
    # or the whole box went, as a match report's score box does (matchfacts.py: its facts and score lines)
    top = first
    while top > 0 and roles[top - 1] == "removed" and rule_reason(reasons[top - 1]) == MATCH_FACTS_REASON:
        top -= 1
    if first - top >= NUMBER_RUN - 1 and any(_NUMBER.search(texts[k]) for k in range(top, first)):
        return f"{first - top} lines above the story, from {shortened(texts[top])!r}"
    if words[first] > BOX_LINE_WORDS:
        return None  # the story's own first sentence: no fact line
    i = first
    while i > 0 and roles[i - 1] == "removed" and _figure_line(texts[i - 1], roles[i - 1], reasons[i - 1], words[i - 1]):
        i -= 1
    j = first
    while j <= last and _figure_line(texts[j], roles[j], reasons[j], words[j]):
        j += 1
    if i == first or j == first or j - i < NUMBER_RUN or first - i < NUMBER_RUN - 1:
        return None
    return f"{first - i} of its {j - i} lines above the story, from {shortened(texts[i])!r}"


def _number_table_warning(texts: list[str], roles: list[str], reasons: list[str], words: list[int]) -> str | None:
    """The warning for a table or list of figures cut out of the article, or None. Per line: its text, role,
    reason and word count.

    Inside the article (between the first and the last kept line): a run of NUMBER_RUN or more short lines with
    numbers of which at least NUMBER_RUN - 1 were removed: all of them (the table is gone), or some (a table partly
    removed: its one-cell rows "VVD 6" went as single words while "Partij voor de Dieren 2" stayed). Under the
    story: a run of NUMBER_RUN removed table rows (`_figure_row`, `_pipe_row`) in the article's tail (the TAIL_LINES
    after the last kept line, up to a widget: `_TAIL_END`), or, right under the last kept line (a heading and a
    header row between at most: TABLE_HEAD lines), of rows of TABLE_CELLS numbers or more each ("Ajax 10 7 3 0 24":
    a standings table under a match report); teaser headlines, dates and archive lists with a number in them stand
    there too, so only a table's shape counts there."""
    kept = [r == "content" for r in roles]
    span = kept_span(kept)
    if span is None:
        return None
    first, last = span
    i = first
    while i <= last:
        j = i
        while j <= last and _figure_line(texts[j], roles[j], reasons[j], words[j]):
            j += 1
        # (a table of contents that contents.py removed is no loss: the story keeps its items as headings)
        removed = [k for k in range(i, j) if roles[k] == "removed" and rule_reason(reasons[k]) != CONTENTS_REASON]
        # bare numbers alone ("7,310" / "3" / "22": a Q&A user card's reputation and badge counts, vote counts) are
        # counters; a table's removed rows name what they count
        counters = all(not any(ch.isalpha() for ch in texts[k]) for k in removed)
        if j - i >= NUMBER_RUN and len(removed) >= NUMBER_RUN - 1 and not counters \
                and not contents_list(texts, roles, range(i, j)):
            i, j = _table_extent(texts, roles, reasons, words, i, j, first, last)
            removed = [k for k in range(i, j) if roles[k] == "removed" and rule_reason(reasons[k]) != CONTENTS_REASON]
            share = f"{len(removed)} lines" if len(removed) == j - i else f"{len(removed)} of its {j - i} lines"
            return f"{TABLE_WARNING} ({share}, from {shortened(texts[removed[0]])!r})"
        i = j + 1
    end = last
    while end + 1 < min(len(kept), last + 1 + TAIL_LINES) and rule_reason(reasons[end + 1]) not in _TAIL_END:
        end += 1

    def tail_row(j: int) -> bool:
        # (a reference list's citations carry years and pages: no table, references.py)
        return (roles[j] == "removed" and words[j] <= 20 and reasons[j] not in SECOND_ARTICLE_REASONS
                and reasons[j] != REFERENCES_REASON
                and (_figure_row(texts[j]) or _pipe_row(texts[j])))

    i = last + 1
    while i <= end:
        j = i
        while j <= end and tail_row(j):
            j += 1
        if j - i >= NUMBER_RUN:
            # the tail is where the table is looked for, not where it ends: count all of its rows (a 20,000-row
            # price list said "14 lines")
            while j < len(texts) and tail_row(j):
                j += 1
            return f"{TABLE_WARNING} ({j - i} lines under the story, from {shortened(texts[i])!r})"
        i = j + 1
    for start in range(last + 1, last + 1 + TABLE_HEAD + 1):
        # groups under "Related posts:" are a teaser list whose titles hold model numbers, no table: one run only
        grouped = not any(rule_reason(reasons[k]) in _TAIL_END for k in range(last + 1, min(start, len(reasons))))
        rows, end, groups = _grouped_rows(texts, roles, reasons, words, start, grouped)
        top = start
        if groups > 1:
            # the grouped table's own heading right above its first row is part of what went ("Hoofdklasse A")
            while top > last + 1 and _group_heading(texts[top - 1], roles[top - 1], reasons[top - 1], words[top - 1]):
                top -= 1
        if rows >= NUMBER_RUN:
            return f"{TABLE_WARNING} ({end - top} lines under the story, from {shortened(texts[top])!r})"
    return None


#: a results or standings table under the story may come in groups, each under its own heading ("Hoofdklasse A",
#: "Group B", "Stand hoofdklasse A", "المجموعة الثانية"; matchfacts.group_heading) with at least this many rows under
#: it (a teaser headline over one dated line is no group)
GROUP_MIN_ROWS = 2


def _group_heading(text: str, role: str, reason: str, words: int) -> bool:
    """A removed short line that may head a group of a table's rows (matchfacts.group_heading, the results page's
    rule too), not a widget or page region the rules named (`_TAIL_END`: "Related", "Share this")."""
    return role == "removed" and group_heading(text, words) and rule_reason(reason) not in _TAIL_END


def _grouped_rows(texts: list[str], roles: list[str], reasons: list[str], words: list[int],
                  start: int, grouped: bool = True) -> tuple[int, int, int]:
    """(rows, end, groups) of the removed table rows from line `start` on: rows of TABLE_CELLS numbers or more ("Ajax 10 7 3 0
    24", "Bolsward - Franeker 0-3"), in groups under short headings (`_group_heading`, at most TABLE_HEAD in a row: a
    group's name and its header row), each group of GROUP_MIN_ROWS rows or more; `end` is past the last row counted,
    `groups` how many groups were counted. Not `grouped`: the first run of rows only (no heading read).
    A results page's three groups of two score lines are one table, not three runs too short to say (tester 29, C1)."""
    n = len(texts)
    groups: list[tuple[int, int]] = []  # (rows, past its last row) per group
    j, rows, end, heads = start, 0, 0, 0
    # (a reference list's citations carry years and pages: no table, references.py)
    while j < n and roles[j] == "removed" and words[j] <= 20 and reasons[j] != REFERENCES_REASON:
        if has_figure_cells(texts[j], TABLE_CELLS):
            rows, end, heads = rows + 1, j + 1, 0
        elif grouped and (rows or heads) and heads < TABLE_HEAD \
                and _group_heading(texts[j], roles[j], reasons[j], words[j]):
            if rows:
                groups.append((rows, end))
            rows, heads = 0, heads + 1
        else:
            break
        j += 1
    if rows:
        groups.append((rows, end))
    total = last = counted = 0
    for k, (rows, end) in enumerate(groups):
        if rows < GROUP_MIN_ROWS and k:
            break  # a later "group" of one row: a teaser's line, not the table's
        total, last, counted = total + rows, end, counted + 1
        if rows < GROUP_MIN_ROWS:
            break
    return total, last, counted


#: how the warning below starts: the HTML path says it (once) when the extractor's lists are back in the body
LIST_WARNING = "part of a list in the article was removed"
#: a list's run of items ("- Pensioners receiving Pension Credit", "2) Recruiting …") is this long at least
LIST_MIN_ITEMS = 3
#: the rules' reasons under which an item of the article's own list is lost: the rules read it as story, or as a
#: photo's caption (a short line without a verb); a phrase-list widget, a menu, a date or a line dropped for where it
#: stands (`POSITIONAL_REASONS`: a teaser list under the story) is the page's, not the article's
_LIST_LOST = frozenset({"prose", "short line in the body", "list the story announces", "caption"})
#: a list's lead-in ("Some households will not have to pay the full amount:", "يشترط البرنامج ما يلي:") may also go as
#: part of a run of short lines
_LEAD_IN_LOST = _LIST_LOST | {"run of short lines (menu or headline list)"}
#: a whole list between kept lines is the article's when it went for where it stands alone (the body region's edges)
_BETWEEN_LOST = frozenset({"before the article", "after the article"})
WHOLE_LIST_WARNING = "a list inside the article was removed"


def _story_kept(kept: list[bool], rules: list[str], walk: range) -> bool:
    """Whether the first kept line along `walk` was kept as story, not for its position alone (POSITIONAL_REASONS)."""
    return next((rules[k] not in POSITIONAL_REASONS for k in walk if kept[k]), False)


def list_loss_warning(texts: list[str], roles: list[str], reasons: list[str]) -> str | None:
    """The warning for a list of the article that lost part of itself, or None. Per line: its text, role and
    reason (the classifier's; `rule_reason` reads the rules' part).

    Inside the article (between its first and last kept line), a run of LIST_MIN_ITEMS or more list items (a bullet or
    "1." marker, `lines.BULLET`) of which some were kept as story (not for their position alone) and some removed
    under a story-like reason (`_LIST_LOST`): the list now reads as if it had fewer items ("who is exempt" names two
    groups of three). Or a kept list whose lead-in line (ending in ":") right above it was removed. Menus and
    teaser lists are removed whole, or kept for their position, so they say nothing here."""
    kept = [r == "content" for r in roles]
    span = kept_span(kept)
    if span is None:
        return None
    first, last = span
    rules = [rule_reason(r) for r in reasons]
    i = first
    while i <= last:
        if not BULLET.match(texts[i]):
            i += 1
            continue
        j = i
        while j <= last and BULLET.match(texts[j]):
            j += 1
        story = [k for k in range(i, j) if kept[k] and rules[k] not in POSITIONAL_REASONS]
        lost = [k for k in range(i, j) if roles[k] == "removed" and rules[k] in _LIST_LOST]
        if story and lost and j - i >= LIST_MIN_ITEMS:
            return (f"{LIST_WARNING}: {len(lost)} of its {j - i} items, from {shortened(texts[lost[0]])!r} (in "
                    f"`removed`)")
        whole = [k for k in range(i, j) if roles[k] == "removed" and rules[k] in _BETWEEN_LOST]
        if not story and len(whole) == j - i >= LIST_MIN_ITEMS and i > first \
                and _story_kept(kept, rules, range(i - 1, first - 1, -1)) and _story_kept(kept, rules, range(j, last + 1)) \
                and not contents_list(texts, roles, range(i, j)):
            # a whole list between kept story text, dropped for where it stands only: the body region ended above it
            # and the story under it was kept all the same (the HTML path's extracted body). Not between lines an
            # open page mode kept for their position alone (a sidebar's menu among them)
            return f"{WHOLE_LIST_WARNING}: {j - i} items, from {shortened(texts[i])!r} (in `removed`)"
        lead = i - 1
        if story and lead > first and roles[lead] == "removed" and texts[lead].rstrip().endswith((":", "：")) \
                and rules[lead] in _LEAD_IN_LOST:
            return f"{LIST_WARNING}: its lead-in {shortened(texts[lead])!r} (in `removed`)"
        i = j
    return None


#: a correction notice's text is kept in its warning up to this many characters (it states the corrected fact)
CORRECTION_MAX_CHARS = 400
#: a page counter's numbers: "Page 2 of 3" (in a row of links too: "Previous page | Page 2 of 3 | Next page"),
#: "Pagina 2 van 3", "الصفحة 2 من 3"
_PAGE_OF = re.compile(r"(\d{1,3})\s*(?:of|van|/|من)\s*(\d{1,3})", re.IGNORECASE)


#: an update note stands at most this many lines above the headline (a kicker between them)
NOTE_ABOVE_TITLE = 3


def _notice(kind: str, text: str) -> str:
    """The warning for a notice the page carries, its text quoted (up to CORRECTION_MAX_CHARS characters)."""
    return f"the page carries {kind}, kept here and not in the text: {shortened(text.strip(), CORRECTION_MAX_CHARS)!r}"


#: a correction's label line has at most this many words ("Correction: March 15, 2024", "Rectificatie", "تصحيح:")
CORRECTION_LABEL_WORDS = 6


def _correction_text(lines: list[Line], feats: list[Features], roles: list[str], i: int) -> tuple[str, list[int]]:
    """A correction notice's text from line i, and the lines below it that it takes in: a bare label line
    ("Correction: March 15, 2024" — short, no sentence end) with its text on the next line ("An earlier version …") is
    one notice, said once with both, not a warning for the label and another for its text."""
    text = lines[i].text.strip()
    if feats[i].words > CORRECTION_LABEL_WORDS or feats[i].terminal:
        return text, []
    j = next((j for j in range(i + 1, len(lines)) if lines[j].text.strip()), None)
    if j is None or roles[j] != "removed" or not feats[j].terminal:
        return text, []
    return f"{text} {lines[j].text.strip()}", [j]


def notice_warnings(lines: list[Line], feats: list[Features], roles: list[str]) -> list[str]:
    """What the page says about the article itself, out of the body but still in the record: a correction notice
    (the phrase lists' `correction` group, "Correction: … It was 340, not 3,400.", "Rectificatie: …", "تصحيح: …")
    states the corrected fact, and an update note above the story (`update_note`: "Update, 6 December 2026: This
    article has been updated with …", "تحديث: أضيفت تصريحات …") says what changed in it: a reader of the summary
    should see them, so their text goes to a warning rather than the body (where it would be summarised as a
    takeaway, and read as the story's first fact); so does a developing story's notice (headnotes.article_note: "This story is
    developing and will be updated.", "Dit bericht wordt aangevuld.", "الخبر قيد التحديث"), once; a paywall's teaser end
    (`paywall`: "Subscribe to read the rest of this article") under the story, or a page counter (`pagination`: "Page
    1 of 3"), says the kept text is only part of the article (unless the counters name every page: a dump of all of
    them); and where the article comes from (attribution.py: the first republication note, found in this same pass
    over the removed lines, and a source line under the story)."""
    out: list[str] = []
    span = kept_span([r == "content" for r in roles])
    first = span[0] if span else len(roles)
    # a paywall's cut stands under the story and its headline: a menu's button above the headline ("Subscribe for
    # £1", a price like a teaser's closing offer) is none, even where the rules kept a menu line above it
    headline = next((i for i, role in enumerate(roles) if role == "title"), -1)
    paywall = developing = republished = None
    pages: list[re.Match] = []  # the page counters: which pages of how many the input holds
    joined: set[int] = set()  # a correction's text said with its label line above it (`_correction_text`)
    for i, (line, f) in enumerate(zip(lines, feats)):
        if roles[i] != "removed" or i in joined:
            continue
        if f.has("misc") and in_group(line.text, f.words, "publication_note"):
            # "This article was first published on 2 March 2026 and updated on 3 March 2026.": when, not where
            out.append(_notice("a note of when the article was first published or updated", line.text))
            continue
        if republished is None and f.has("misc") and in_group(line.text, f.words, "republished"):
            # the first republication note, whatever else the line is (attribution.py quotes it)
            republished = line.text
        if f.has("misc") and in_group(line.text, f.words, "correction"):
            text, below = _correction_text(lines, feats, roles, i)
            joined.update(below)
            out.append(_notice("a correction notice", text))
        elif developing is None and f.has("misc") and article_note(line.text, f):
            # "This story is developing and will be updated.": said once, the story's state, not one of its facts
            developing = line.text
            out.append(_notice("a developing-story notice", line.text))
        elif i < first and f.prose and "title" in roles[i + 1:i + 1 + NOTE_ABOVE_TITLE] \
                and in_group(line.text, f.words, "update_note"):
            # an update note over the headline (classify._past_update_note): what changed in the article, out of its
            # text (a teaser in a menu that opens with "UPDATE:" stands far above the headline)
            out.append(_notice("an update note", line.text))
        elif i == first - 1 and update_label(line.text, f):
            # an update's label alone right over the story ("Update 14.32 uur:", classify.UPDATE_LABEL_REASON): the
            # paragraph under it, the text's first, is the update, not the story's lead
            out.append(f"the story opens with an update (its label {shortened(line.text.strip())!r} removed): the "
                       "first paragraph is the latest news, the story's earlier lead follows it")
        elif paywall is None and i > max(first, headline) and f.has("newsletter") \
                and in_group(line.text, f.words, "paywall"):
            paywall = line.text
        elif f.has("navigation") and in_group(line.text, f.words, "pagination") \
                and (found := _PAGE_OF.search(line.text)):
            pages.append(found)
    if paywall is not None:
        out.append(f"{INCOMPLETE_WARNING}: the page holds only its opening, cut off by a paywall "
                   f"({shortened(paywall)!r})")
    out.extend(_pages_warning(pages))
    out.extend(attribution_warnings(lines, roles, republished))  # the note, a source line (attribution.py)
    return out


#: how the warnings that the input holds only part of the article start (a paywall's cut, a page counter): the HTML
#: path adds a page counter's warning only when no such warning is there yet (html._say_left_out)
INCOMPLETE_WARNING = "the article is incomplete"


def page_counter_warning(texts: list[str]) -> list[str]:
    """`notice_warnings`' page-counter warning for lines no classifier read (the page lines an HTML extractor left
    out: a thread's "Pagina 1 van 3 · Volgende" under its posts)."""
    return _pages_warning([found for text in texts
                           if in_group(text, len(text.split()), "pagination") and (found := _PAGE_OF.search(text))])


def _pages_warning(pages: list[re.Match]) -> list[str]:
    """The warning that the input holds only some pages of the article, from its page counters' numbers."""
    of = int(pages[0].group(2)) if pages else 0
    # a dump of every page of the story ("Page 1 of 3" … "Page 3 of 3") holds the whole article
    if of > 1 and not set(range(1, of + 1)) <= {int(p.group(1)) for p in pages if int(p.group(2)) == of}:
        page = int(pages[0].group(1))
        where = "the first page" if page == 1 else f"page {page}"
        return [f"{INCOMPLETE_WARNING}: the page holds {where} of {of}; the other pages are not in the input"]
    return []


#: a dropped closing paragraph worth a warning reads as a sentence of at least this many words, in no phrase
#: category ("There was an error processing your subscription.", "You must log in …", a horoscope line are not) ...
CLOSING_MIN_WORDS = 12
#: ... and together they are at least this share of the kept story's words (a stray line under a long story is noise)
CLOSING_MIN_SHARE = 0.1


#: a short closing sentence the rules kept as the story's ("One firefighter died.") has at least this many words
CLOSING_SHORT_MIN_WORDS = 3


def _closing_dropped(kept: list[bool], reasons: list[str], feats: list[Features]) -> list[int]:
    """The paragraphs under the last kept line that the rules read as story and the model dropped ("model 0.46
    (rules: prose)"): on a short page a list the rules dropped can leave the closing paragraph alone after a gap,
    and the sequence decoder then drops it too. Only sentence-like paragraphs count (CLOSING_MIN_WORDS), and only
    when they are a real share of the story (CLOSING_MIN_SHARE); else none. And the story's short closing sentences
    the rules kept ("model 0.39 (rules: short line in the body)": "About 800 firefighters were deployed." / "One
    firefighter died.", classify._closing_end), however few their words: a fact of the story, lost silently else."""
    last = kept_span(kept)[1]  # the caller has a kept line
    closing = [i for i in range(last + 1, len(kept)) if reasons[i].startswith("model ")
               and reasons[i].endswith("(rules: prose)") and feats[i].terminal and not feats[i].categories
               and feats[i].words >= CLOSING_MIN_WORDS]
    story = sum(f.words for f, k in zip(feats, kept) if k)
    if sum(feats[i].words for i in closing) < CLOSING_MIN_SHARE * story:
        closing = []
    short = []
    for i in range(last + 1, len(kept)):  # right under the kept story, one after the other
        if not (reasons[i].startswith("model ") and reasons[i].endswith("(rules: short line in the body)")
                and feats[i].terminal and not feats[i].categories and feats[i].words >= CLOSING_SHORT_MIN_WORDS):
            break
        short.append(i)
    return sorted(set(closing) | set(short))


#: an update's label alone on its line (classify._update_label) has at most this many words
UPDATE_LABEL_MAX_WORDS = 4

def update_label(text: str, f: Features) -> bool:
    """An update note's label alone on its line ("Update 14.32 uur:", "UPDATE 2.15pm:", "تحديث 00:18": the phrase
    lists' `update_note`, no sentence, at most UPDATE_LABEL_MAX_WORDS words and no date: a dated one is the page's
    update stamp, a month's name too: "UPDATED: 8:49 am EST January 23")."""
    return not f.prose and f.words <= UPDATE_LABEL_MAX_WORDS and in_group(text, f.words, "update_note") \
        and date_in(text) is None and _NAMES_MONTH.search(text) is None


#: a month's name in a line (any language's: dates.MONTH_PATTERN)
_NAMES_MONTH = re.compile(rf"(?<!\w)(?:{MONTH_PATTERN})(?!\w)", re.IGNORECASE)


#: the words that mark the closing-paragraphs warning (scripts/count_closing_warnings.py counts it by them)
CLOSING_DROPPED = "dropped by the learned model"

#: the story resumes under a widget (a table, a pager, a "Read more" box) this many lines under its last kept line at
#: most (classify.MAX_WIDGET: the longest gap the body's growth reads across) ...
RESUMED_WITHIN = 24
#: ... with at least this many sentence paragraphs in a row (a widget's blurb is one)
RESUMED_MIN_PARAGRAPHS = 2
#: the phrase categories that end the article: no paragraph under one is the story's
_ARTICLE_ENDS = ("end", "comments", "copyright")


def _resumed_dropped(lines: list[Line], kept: list[bool], reasons: list[str], feats: list[Features]) -> list[int]:
    """The story's paragraphs under a mid-story widget that the rules removed as "after the article" (the body's
    growth did not read across the widget): the first run of RESUMED_MIN_PARAGRAPHS or more sentence paragraphs
    (CLOSING_MIN_WORDS words, in no phrase category, no related box's teaser, not speaking to the reader) within
    RESUMED_WITHIN lines under the last kept line and above the page's first end marker, dated line or comment
    heading; else none. Not the model's
    drops (_closing_dropped): these are the rules', so nothing else would report them."""
    last = kept_span(kept)[1]  # the caller has a kept line
    teasers = None
    run: list[int] = []
    in_box = False
    for i in range(last + 1, min(len(lines), last + 1 + RESUMED_WITHIN)):
        f = feats[i]
        # (a "Read more" box's heading is an end marker too, but one a story also sets between its paragraphs: its
        # teasers are left out below; so is a related box's heading, "RELATED ARTICLES" over a carousel's teasers in
        # the story: the loss under it went unreported, as the first end marker stopped the search at the box itself)
        # (and the box's share buttons under it, "Share this article", an end marker too)
        in_box = in_box or related_heading(lines[i])
        boxed = f.has("read_more") or related_heading(lines[i]) or in_box and share_button(f)
        if any(f.has(c) for c in _ARTICLE_ENDS) and not boxed or rule_reason(reasons[i]) in THREAD_REASONS \
                or date_in(lines[i].text) is not None or names_comments(lines[i].text):
            break  # ... or a dated line, a comment heading ("One Response to …"): a comment's or another post's
        if teasers is None:
            teasers = teaser_lines(lines, feats)
        if rule_reason(reasons[i]) == "after the article" and f.prose and f.terminal and not f.categories \
                and f.words >= CLOSING_MIN_WORDS and i not in teasers and not addresses_reader(lines[i].text):
            run.append(i)
        elif run:
            break
    return run if len(run) >= RESUMED_MIN_PARAGRAPHS else []


def verdict_warning(lines: list[Line], roles: list[str]) -> str | None:
    """A product review's rating line or pros/cons heading (lists.py) that was removed although a story was kept:
    the review's verdict is the article's (the classifier keeps the ones it finds with their items; this says when
    one was not)."""
    if "content" not in roles:
        return None
    # a pros or cons heading is a verdict's when the page also has the other side ("Plus" over "Min", "Voordelen"
    # over "Nadelen"); "Plus" alone, even many times, is a premium mark over teasers (Flemish papers)
    paired = verdict_paired(line.text for line in lines)
    lost = next((line.text for line, role in zip(lines, roles)
                 if role == "removed" and (rating_line(line.text) or (paired and verdict_heading(line.text)))), None)
    return f"a review's verdict (rating or pros and cons) was removed, from {shortened(lost)!r}" if lost else None


def loss_warnings(lines: list[Line], feats: list[Features], roles: list[str], reasons: list[str],
                  comment_stamp: int | None = None, lists: bool = True, replies: int = 0) -> list[str]:
    """The warnings for one normalised page (roles/reasons per line, as the classifier gave them; `comment_stamp`:
    the line its `Decision.comment_stamp` marks, where the rules found a comment thread's stamps start; `lists`:
    whether to say `list_loss_warning` here, not where a caller changes the roles after and says it then; `replies`: how
    many replies of a forum thread were cut at `comment_stamp`, said as the HTML path says them, not as comments)."""
    # one line holds menu and story alike: said first, what else is said of the page follows
    out: list[str] = [flat] if (flat := flat_page_warning(lines)) else []
    empty = no_article(lines, feats, roles)
    if empty:
        return out + [empty]  # what was kept is no story: a dropped table or a thin share would say too little
    # a job ad, a listing, a shop's page, or an advertiser's paid piece: said first, the other warnings follow
    offer = not_news(lines, feats, roles) or sponsored(lines, feats, roles)
    if offer:
        out.append(offer)
    kept = [r == "content" for r in roles]
    # a second article the rules set aside; in an open page mode the model decided its lines ("model 0.73 (rules:
    # second article)") and may have kept them: said all the same, never merged silently
    glued = [i for i, r in enumerate(reasons) if rule_reason(r) == "second article"]
    merged = any(kept[i] for i in glued)
    if not merged:
        # (an open mode's model that dropped the lines it decided says nothing: on such pages, the rules' "second
        # article" is as often a comment's "<name> says:" header over its text)
        glued = [i for i in glued if reasons[i] == "second article"]
    if glued and _comment_head(lines, feats, glued[0]):
        # the "second article" under a comment's header line is the page's reader comments: set aside as such, said
        # only where the model kept them in the text
        if merged:
            out.append(comments_kept_warning(lines[glued[0]].text, sum(1 for i in glued if feats[i].prose)))
    elif glued:
        out.append(second_article_warning(lines[glued[0]].text, sum(1 for i in glued if feats[i].prose), kept=merged))
    table = number_table_warning([line.text for line in lines], roles, reasons, [f.words for f in feats])
    if table:
        out.append(table)
    listed = list_loss_warning([line.text for line in lines], roles, reasons) if lists else None
    if listed:
        out.append(listed)
    verdict = verdict_warning(lines, roles)
    if verdict:
        out.append(verdict)
    # a podcast's chapter times under its notes ("00:00 Intro" …), removed with the page's lists there
    chapters = chapter_warning([line.text for line in lines], [role == "removed" for role in roles]) if any(kept) else None
    if chapters:
        out.append(chapters)
    # a thread cut by its comment stamps (comments.py): a timeline in the story could look the same, so say so
    stamp = comment_stamp
    # (in an open page mode the reasons read "model 0.xx (rules: comment section)": the rules' reason counts, and only
    # what was removed)
    if any(kept) and stamp is not None and rule_reason(reasons[stamp]) in THREAD_REASONS and roles[stamp] == "removed":
        cut = sum(f.words for f, r, role in zip(feats[stamp:], reasons[stamp:], roles[stamp:])
                  if rule_reason(r) in THREAD_REASONS and role == "removed" and f.prose)
        first = next((lines[k].text for k in range(stamp, len(lines)) if feats[k].prose), None) if replies else None
        out.append(replies_warning((replies, first)) if first else f"the text from {shortened(lines[stamp].text)!r} on was taken for reader comments and removed "
                   f"({cut} words of running text, in `removed`)")
    if any(kept):
        closing = _closing_dropped(kept, reasons, feats)
        if closing:
            words = sum(feats[i].words for i in closing)
            out.append(f"the story's last {len(closing)} paragraph(s), from {shortened(lines[closing[0]].text)!r}, were "
                       f"story to the rules but {CLOSING_DROPPED} ({words} words, in `removed`)")
        resumed = _resumed_dropped(lines, kept, reasons, feats)
        if resumed:
            words = sum(feats[i].words for i in resumed)
            out.append(f"{len(resumed)} paragraphs under a box or table in the story, from "
                       f"{shortened(lines[resumed[0]].text)!r}, were taken for the page after the article and removed "
                       f"({words} words, in `removed`); the story may go on there")
    out.extend(notice_warnings(lines, feats, roles))
    # the prose of a reader-comment thread the rules found is no story the page lost (the warning above names it)
    # nor are the teasers under a box's heading ("Related", "More to watch", "الأكثر قراءة"): other articles' lines,
    # as a sidebar's recent-comments widget's are ("Nick on An important bug": commentcredit.py)
    teasers = teaser_lines(lines, feats)
    prose_words = sum(f.words for k, (f, r) in enumerate(zip(feats, reasons))
                      if f.prose and rule_reason(r) not in (*THREAD_REASONS, WIDGET_REASON) and k not in teasers)
    kept_words = sum(f.words for f, k in zip(feats, kept) if k)
    if prose_words >= LOW_SHARE_MIN_WORDS and kept_words < LOW_SHARE * prose_words and not glued:
        out.append(f"the kept text is a small part of the page's running text ({kept_words} of {prose_words} "
                   "words); the article may be incomplete, see `removed`")
    return out
