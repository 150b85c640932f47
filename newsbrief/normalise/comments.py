"""A reader-comment thread inside what looked like the story, found by the stamp each comment repeats.

A comment section repeats its template (author, date, clock time, "Reply") once per comment; an article does not.
When its comments are prose, the body region takes them for more story, so the classifier (classify.py) asks
`comment_thread` where such a thread starts and ends: the body is never anchored inside it (a short story above a
long thread is the body), it is cut at the thread's first stamp, and every line from there is THREAD_REASON, which no
page mode reopens; losses.py says so in the record's warnings, because a schedule or a timeline in the story could
look the same. The signal is the repetition of a stamp's shape within the page (a clock time, a relative time, a
speaker's colon), so it holds in any language; the phrase lists only add the reply links and counters near it.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from newsbrief.normalise.dates import DATE, date_key
from newsbrief.normalise.features import CLOCK, Features
from newsbrief.normalise.lines import Line
from newsbrief.normalise.phrases import in_group, match_key

#: what stands under a comment counter when comments follow: a reply link or a commenter's stamp with a clock time
#: or a relative time ("JohnP · 2 hours ago", "Karin · 3 uur geleden", "منذ ساعتين")
_REPLY = re.compile(r"^\s*(?:reply|reageer|reageren|beantwoorden|antwoord|رد)\b", re.IGNORECASE)
#: a reply link is a short line of its own ("Reply", "Reply #", "رد"), not a sentence that starts "Antwoord van …"
_REPLY_MAX_WORDS = 3
#: ... or the end of a commenter's stamp line, after a separator ("Matt J | November 9, 2012 12:13 AM | Reply",
#: "Karin · 3 uur geleden · Reageer"): a story's line never ends in a bar and a reply link
_REPLY_AT_END = re.compile(r"[|·•]\s*(?:reply|reageer|reageren|beantwoorden|antwoord|رد)\s*$", re.IGNORECASE)
#: Arabic says "two hours" in one word (ساعتين) and may put no number at all; منذ alone also means "since"/"for"
#: ("أزمة مستمرة منذ عقد"), so it counts only with a unit of minutes to months after it
_AR_UNIT = r"(?:دقيقة|دقيقتين|دقائق|ساعة|ساعتين|ساعات|يوم|يومين|أيام|أسبوع|أسبوعين|أسابيع|شهر|شهرين|أشهر)"
_AGO = re.compile(r"(?<!\w)(?:\d+\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago|"
                  r"\d+\s*(?:seconden|minuten|minuut|uur|dagen|dag|weken)\s+geleden|"
                  r"منذ\s+(?:\d+\s*)?" + _AR_UNIT + r")(?!\w)", re.IGNORECASE)
#: the relative time ends the stamp, after a name of at most this many words ("محمد العلي منذ ساعتين"); a
#: subheading or a sentence that mentions a time span has more, or goes on after it
_STAMP_NAME_MAX_WORDS = 4
#: a comment counter inside the body ends the story only after this many of the story's paragraphs ("Comments (3)"
#: in a share bar under the headline is no comment section) ...
COUNTER_MIN_PROSE = 3
#: ... and when a reply link or a stamp stands within this many lines under it
COUNTER_REACH = 4

#: this many short stamp lines (a clock time, not a sentence) that share their first word ("Posted by tj on
#: November 5, 2012 at 7:56 am | Reply", "by Kate Klemens on … at 8:03 am. Reply #") or their last word
#: ("Piet om 09:45 | Reageer", "Karin om 10:02 | Reageer") ...
COMMENT_STAMPS = 3
#: ... each at most this many lines after the previous one, and never right after it: a comment stands between two
#: stamps, while a schedule or a timeline ("Trains at 9:15 | Platform 2", "Aanvang 20:00 uur") is a run of them
COMMENT_GAP = 15
COMMENT_STAMP_MAX_WORDS = 25
#: ... and of at most this many characters: digits are no words, so a line of few words may still be a megabyte of
#: numbers ("1 1 1 …"), which is no stamp, and the stamp and date grammars would each read all of it
COMMENT_STAMP_MAX_CHARS = 1000
#: a count of a post's comments inside a line ("| Comments (4)", "View/Add Comments (6) | Category: …", "12 reacties",
#: "التعليقات (3)"): what a blog's post footer links to; a commenter's stamp never counts comments
_COMMENT_COUNT = re.compile(r"(?<!\w)(?:(?:comments?|responses|reacties|reactie|تعليقات|التعليقات|تعليق)\s*\(\d+\)|"
                            r"\d+\s+(?:comments|responses|reacties|تعليقات))(?!\w)", re.IGNORECASE)
#: a post footer's count stands on its stamp's line or at most this many lines under it
FOOTER_REACH = 2
#: a heading over a post's comments that counts them and is a heading by its shape: it ends in a colon (Blogger's
#: "3 comments:", "1 comment:", "No comments:", "4 reacties:", "3 تعليقات:") or names the post in quotes ("5 Responses
#: to “…”", "8 thoughts on “…”", "8 appreciated comments on “…”", "12 reacties op “…”", "3 تعليقات على «…»"). A share
#: bar's "Comments (4)" or a teaser's "12 comments" is neither. In the colon form a singular noun counts only after
#: one ("1 comment:", "Een reactie:"): "No comment:" opens a story's own paragraph, a plural never does
_SINGULAR_WORDS = "comment|response|reply|reaction|thought|reactie|تعليق"
_PLURAL_WORDS = "comments|responses|replies|reactions|thoughts|reacties|تعليقات|ردود"
_SINGULAR = rf"(?:{_SINGULAR_WORDS})"
_PLURAL = rf"(?:{_PLURAL_WORDS})"
_COLON_HEADING = re.compile(r"^\W*(?:(?:1|one|een|één)\s+(?:\w+\s+)?" + _SINGULAR + r"|(?:\d+|no|geen)\s+(?:\w+\s+)?"
                            + _PLURAL + r")\s*:\s*$", re.IGNORECASE)
#: the quoted form: what follows the opening quote is the post's title, as WordPress writes it ("5 thoughts on “the
#: budget”" is a subheading too, so it is sure only when the quoted words are a line above it, the headline)
_QUOTED_HEADING = re.compile(r"^\W*(?:\d+|no|one|geen|een|één)\s+(?:\w+\s+)?(?:" + _SINGULAR_WORDS + "|"
                             + _PLURAL_WORDS + r")\s+(?:to|on|op|over|bij|على|حول)\s+[\"“”„«‘'](.*)",
                             re.IGNORECASE)
#: a stamp with a relative time after a name ("JohnP · 2 hours ago", "Naam · 3 uur geleden", "محمد منذ ساعتين") chains
#: with the others whatever its first and last words (names differ, Arabic says "two hours" in one word); a live
#: blog's "Updated 2 hours ago" / "Bijgewerkt 3 uur geleden" is no commenter's stamp
_NOT_A_NAME = re.compile(r"^\W*(?:posted|updated|published|last updated|edited|bijgewerkt|geplaatst|gepubliceerd|"
                         r"aangepast|laatste update|نشر|تحديث|آخر تحديث)\b", re.IGNORECASE)


#: a commenter's stamp that says who speaks, ending in a colon ("by ravenswood1000 (543817) writes:", "shiv Says:",
#: "Karin schreef:", "كتب أحمد:"): no clock time, but the same last word on every stamp while the names differ. It
#: chains when COMMENT_STAMPS *different* such lines share their last word (an interview's "JOHN SMITH:" repeats one
#: speaker's label, a comment thread many names) and a comment signal stands among them or at most COMMENT_GAP lines
#: above the first (the thread's counter or filter bar: "Search 211 Comments", "Comments Filter:")
COLON_STAMP_MAX_WORDS = 8
#: the reason of every line from a signalled thread's first stamp on (or from the comment counter over it; see
#: comment_thread): boilerplate in every page mode (pagemode.SOFT_REASONS does not hold it): a short story above a long thread is the body, and the
#: thread's prose is no story on any kind of page
THREAD_REASON = "comment thread"
#: a comment's action links on a short line of their own, the same under every comment ("Reply", "Reageer", "رد",
#: "Reply · Report", "Like (3) | Reply"): at most this many words, no sentence, no stamp. Repeated COMMENT_STAMPS times
#: with a comment between, under a comment heading (`_comment_heading`) with a story's sentences above it, they mark a
#: thread as surely as a stamp does. The repetition is the shape; a word of _ACTION must stand on the line, because a
#: related-posts list under a "Comments" heading repeats its author's name ("Max Fisher") the same way
ACTION_MAX_WORDS = 4
#: the words of a comment's action links in en/nl/ar (glued "ReplyDelete" of a blogspot thread included)
_ACTION = re.compile(r"(?<!\w)(?:reply|replydelete|respond|report|flag|like|quote|reageer|reageren|beantwoorden|"
                     r"antwoord|antwoorden|melden|rapporteer|rapporteren|citeer|citeren|رد|الرد|إبلاغ|ابلاغ|اقتباس|"
                     r"أعجبني|إعجاب)(?!\w)", re.IGNORECASE)
#: the rule reasons of a comment thread's lines: cut by its stamps (in every mode), or after its counter (soft)
THREAD_REASONS = ("comment section", THREAD_REASON)
#: the reason of every line after a comment form's first field label or notice (`comment_form`): boilerplate in every
#: page mode, like THREAD_REASON. The form stands under the post (and under its comments, or above them); what follows
#: it is the page's sidebar, its archive and its footer, or the comments. A short post (an image's caption, a line
#: "via site.com") has no prose of its own, and the body region then fell on a sidebar's "about me" paragraph there
FORM_REASON = "after the comment form"
#: the reason of every line after the line that closes a blog post's footer (`post_feed`: its own feed link, or its
#: pager's "Home"): boilerplate in every page mode, like FORM_REASON. The blog's sidebar widgets ("FOLLOW ME!",
#: "LINKS", "Blog Archive"), its "about me" blurb and its footer follow, and a short post (a photo's caption, a line
#: or two) left the body region to the densest prose there
FOOTER_REASON = "after the post's footer"
#: a blog pager's "Home" link stands at most this many lines under its "Older Post" ("Newer Post" / "Older Post" / "Home")
PAGER_REACH = 2
#: the longest feed link or pager link in words ("الاشتراك في: تعليقات الرسالة (Atom)", "Subscribe to: Post Comments (Atom)")
FEED_MAX_WORDS = 6


def sort_bar(line: Line, f: Features) -> bool:
    """A comment section's sort bar ("Sort by: Newest | Oldest"): the phrase lists' `sort_bar` group, an end
    marker too (so only a line in `end` is looked up)."""
    return f.has("end") and in_group(line.text, f.words, "sort_bar")


def counted_heading(line: Line, f: Features) -> bool:
    """A heading that counts a post's comments by its shape (`_COLON_HEADING`, `_QUOTED_HEADING`): "3 comments:",
    "5 Responses to “…”", "4 reacties op “…”", "3 تعليقات على «…»". Whether it is sure with no stamp under it is
    `sure_counted_heading`'s question."""
    return f.words <= COMMENT_STAMP_MAX_WORDS and (_COLON_HEADING.match(line.text) is not None
                                                   or _QUOTED_HEADING.match(line.text) is not None)


def _fold(text: str) -> str:
    """A line's words for comparing a quoted title with the headline: case, quotes and punctuation folded."""
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


class PageLines:
    """The page's lines by their folded text (`_fold`), built once on the first question, so that asking whether a
    counted heading quotes a line above it stays linear however many such headings a page has."""

    def __init__(self, lines: list[Line]) -> None:
        self._lines = lines
        self._first: dict[str, int] | None = None
        self._counts: Counter[str] | None = None

    def count(self, text: str) -> int:
        """How many of the page's lines read `text` once their edges' spaces are stripped (counted once for all
        lines: a page that repeats a prompt under each of its posts asks for each of them)."""
        if self._counts is None:
            self._counts = Counter(line.text.strip() for line in self._lines)
        return self._counts[text.strip()]

    def above(self, text: str, k: int) -> bool:
        """Whether a line before line `k` has the folded text of `text`."""
        return self.first_above(text, k) is not None

    def first_above(self, text: str, k: int) -> int | None:
        """The first line before line `k` with the folded text of `text`, or None."""
        if self._first is None:
            self._first = {}
            for i, line in enumerate(self._lines):
                self._first.setdefault(_fold(line.text), i)
        folded = _fold(text)
        first = self._first.get(folded, k) if folded else k
        return first if first < k else None


#: the counted heading with the post's title unquoted after it ("One Response to Scouting Report: Will …", "3 reacties
#: op De begroting van 2026"): sure only when the words after "to" / "op" / "على" are a line above it, the headline
_TITLED_HEADING = re.compile(r"^\W*(?:\d+|no|one|geen|een|één|eén)\s+(?:\w+\s+)?(?:" + _SINGULAR_WORDS + "|"
                             + _PLURAL_WORDS + r")\s+(?:to|on|op|over|bij|على|حول)\s+(\S.*)", re.IGNORECASE)
#: a commenter's stamp that says who speaks with a verb of saying ("John says:", "says:", "Karin schreef:", "كتب أحمد:"
#: reads "أحمد كتب:" too), the comment's date or clock time on one of the next STAMP_DATE_REACH lines
_SAYS = re.compile(r"(?<!\w)(?:says|said|wrote|writes|zegt|zei|schreef|schrijft|reageerde|كتب|كتبت|قال|قالت|يقول|تقول)"
                   r"\s*:\s*$", re.IGNORECASE)
STAMP_DATE_REACH = 2


def _says_stamp_below(lines: list[Line], feats: list[Features], k: int) -> bool:
    """A stamp of saying (`_SAYS`) within COUNTER_REACH lines under line `k`, the comment's date or clock time right
    under it: the first comment of a short thread (one or two comments make no stamp chain)."""
    for j in range(k + 1, min(len(lines), k + 1 + COUNTER_REACH)):
        if feats[j].words <= COLON_STAMP_MAX_WORDS and _SAYS.search(lines[j].text):
            return any(_stamp_line(lines, feats, i) for i in range(j + 1, min(len(lines), j + 1 + STAMP_DATE_REACH)))
    return False


def _stamp_line(lines: list[Line], feats: list[Features], j: int) -> bool:
    """Whether line `j` is a date stamp or holds a clock time: what stands beside a comment or a post's footer."""
    return bool(_date_stamp(lines[j], feats[j]) or CLOCK.search(lines[j].text))


def _titled_counter(line: Line, f: Features, k: int, page: "PageLines") -> bool:
    """A counted heading that names the post's title unquoted (`_TITLED_HEADING`), the title a line above it."""
    if f.words > COMMENT_STAMP_MAX_WORDS:
        return False
    titled = _TITLED_HEADING.match(line.text)
    return titled is not None and page.above(titled.group(1), k)


#: a comment section's heading that names the post in quotes, counted or not ("5 Responses to “…”", "Reply to “…”",
#: "Leave a Reply to “…”", "Reacties op “…”", "Reageer op ‘…’", "تعليقات على «…»", the dual "تعليقان على «…»"): what
#: follows the opening quote
_NAMING_HEADING = re.compile(r"^\W*(?:(?:\d+|no|one|geen|een|één|leave\s+a)\s+(?:\w+\s+)?)?(?:" + _SINGULAR_WORDS + "|"
                             + _PLURAL_WORDS + r"|reageer|تعليقان|ردان|رد)\s+(?:to|on|op|over|bij|على|حول)\s+[\"“”„«‘'](.*)",
                             re.IGNORECASE)


def named_post_head(lines: list[Line], feats: list[Features], page: PageLines) -> int | None:
    """The post's own headline as the comment section's heading names it ("One Response to “Paris Meetup and Upcoming
    Bootcamp”", "Reply to “How Layaway Plans Work”", "3 reacties op “De begroting van 2026”", "3 تعليقات على «…»"):
    the first line above the heading with the quoted (`_NAMING_HEADING`; or, counted, unquoted: `_TITLED_HEADING`)
    title's words, or None. WordPress writes the post's title
    there, so that line is the post's head even where the rules took a blog's name or tagline for the headline."""
    for k, (line, f) in enumerate(zip(lines, feats)):
        if f.words > COMMENT_STAMP_MAX_WORDS or not f.words:
            continue
        titled = _NAMING_HEADING.match(line.text) or _TITLED_HEADING.match(line.text)
        if titled is not None:
            head = page.first_above(titled.group(1), k)
            if head is not None:
                return head
    return None


def sure_counted_heading(lines: list[Line], feats: list[Features], k: int, page: PageLines) -> bool:
    """A counted heading (`counted_heading`) that is sure with no stamp under it (comments with only a name and a date
    follow it): the colon form, or the quoted form whose quoted words are a line above it (WordPress quotes the post's
    own title). A story's subheading "5 thoughts on “the budget”" / "Een reactie op ‘de begroting’" quotes no line
    of the page, and ends the story only with a comment's stamp or reply link under it (`_thread_below`)."""
    line, f = lines[k], feats[k]
    if f.words > COMMENT_STAMP_MAX_WORDS:
        return False
    if _COLON_HEADING.match(line.text):
        return True
    quoted = _QUOTED_HEADING.match(line.text)
    return quoted is not None and page.above(quoted.group(1), k)


def comment_header(line: Line, f: Features) -> bool:
    """A comment section's heading or counter ("Comments", "128 reacties", "3 comments:", "5 Responses to “…”") or its
    sort bar: where a thread starts."""
    return f.has("comments") or sort_bar(line, f) or counted_heading(line, f)


def thread_heading(line: Line, f: Features) -> bool:
    """`comment_header`, or a bare heading that names a comment section ("Comments", "Reacties", "التعليقات": the
    phrase lists' `comment_heading` group). A site's menu has the same word, so the bare heading counts only where
    the thread's stamps or reply links stand under it or around it (`_thread_below`, `comment_thread`)."""
    return comment_header(line, f) or (f.has("end") and in_group(line.text, f.words, "comment_heading"))


def _name_line(text: str) -> bool:
    """A commenter's name on a line of its own, above the relative time of a stamp split over two lines ("Sue Ellis"
    / "13 hours ago", "زائر1" / "منذ ساعة"): a word or a few, no sentence end, no date line's own word."""
    words = text.split()
    # a full stop ends a sentence, not a name's initial ("Mark T.")
    initial = len(words) > 1 and len(words[-1]) <= 2 and words[-1].endswith(".")
    return (0 < len(words) <= _STAMP_NAME_MAX_WORDS and any(ch.isalpha() for ch in text)
            and (initial or not text.rstrip().endswith((".", "!", "?", "؟", ":"))) and not _NOT_A_NAME.match(text))


def _relative_stamp(text: str, above: str | None = None) -> int | None:
    """How many lines above this one its commenter's stamp starts, or None when it is no stamp: 0 for a name, then a
    relative time (see _NOT_A_NAME); 1 for the relative time alone under a line that is only the name (`_name_line`),
    the stamp split over two lines."""
    found = _AGO.search(text)
    if found is None or _NOT_A_NAME.match(text) or any(ch.isalnum() for ch in text[found.end():]):
        return None
    before = text[:found.start()]
    if not before.strip(" \t·|-–—,"):
        return 1 if above is not None and _name_line(above) else None
    one_line = (any(ch.isalpha() for ch in before) and not before.lstrip()[:1].isdigit()
                and len(before.split()) <= _STAMP_NAME_MAX_WORDS)
    return 0 if one_line else None


def post_footer(lines: list[Line], feats: list[Features], i: int) -> bool:
    """Whether stamp line i closes a post rather than heads a comment: a comment count stands on it or just under
    it ("Posted by hugh at 12:42 PM" / "| Comments (4)"). A blog's front page or archive lists its posts so, each
    with its own stamp; those stamps are no comment thread, and the posts are the page's text."""
    return any(_counts_comments(lines[j], feats[j]) for j in range(i, min(len(lines), i + FOOTER_REACH + 1)))


def _reply_link(text: str, f: Features) -> bool:
    """A short "Reply" / "Reageer" / "رد" link line, or a stamp line that ends in one ("… 12:13 AM | Reply")."""
    if f.words <= _REPLY_MAX_WORDS and _REPLY.match(text) is not None:
        return True
    return f.words <= COMMENT_STAMP_MAX_WORDS and not f.terminal and _REPLY_AT_END.search(text) is not None


def _comment_heading(line: Line, f: Features) -> bool:
    """A comment counter or heading, a sort bar, or a short line that counts comments ("Search 211 Comments", "100 of
    211 comments loaded", "12 reacties"), or a line that opens with the count ("40 Responses to “Has India lost its
    moral compass?”"; a post footer counts at its end)."""
    if thread_heading(line, f):
        return True
    found = _COMMENT_COUNT.search(line.text) \
        if f.words <= COMMENT_STAMP_MAX_WORDS and len(line.text) <= COMMENT_STAMP_MAX_CHARS else None
    return found is not None and (f.words <= COLON_STAMP_MAX_WORDS or not any(
        ch.isalnum() for ch in line.text[:found.start()]))


def _action_key(text: str, words: int) -> str | None:
    """The key of a comment's action line (ACTION_MAX_WORDS): its text lower-cased with counts folded ("Like (3) |
    Reply" and "Like (12) | Reply" repeat one line), or None."""
    if not 1 <= words <= ACTION_MAX_WORDS or not _ACTION.search(text):
        return None
    return " ".join(re.sub(r"\d+", "#", text.casefold()).split())


def _colon_stamp(text: str, words: int) -> str | None:
    """The last word of a speaker's stamp ("by NAME (id) writes:", "NAME says:"), lower-cased, or None."""
    if not 2 <= words <= COLON_STAMP_MAX_WORDS or not text.rstrip().endswith(":"):
        return None
    last = text.split()[-1].rstrip(":").casefold()
    return last if last.isalpha() else None


def comment_stamps(lines: list[Line], feats: list[Features], start: int) -> int | None:
    """The first stamp line of a comment thread after line `start`, or None (`comment_thread`'s first line)."""
    thread = comment_thread(lines, feats, start)
    return thread[0] if thread is not None else None


def comment_thread(lines: list[Line], feats: list[Features], start: int) -> tuple[int, int, bool] | None:
    """The first and the last stamp line of a comment thread after line `start`, and whether a comment signal (a
    reply link or a comment heading: `_reply_link`, `_comment_heading`) stands among its stamps or at most COMMENT_GAP
    lines above the first; or None.

    The first word must be a word (no digit): a live blog's entries start with their time ("10:32 GMT"). The last
    word counts only on a stamp of three words or more; a name-then-relative-time stamp chains on its own key
    (`_relative_stamp`), but only with a comment signal among the stamps or just above the first: a live blog's or a chat interview's entries are headed "Name · 2 hours ago" too; a speaker's stamp ending in a
    colon (`_colon_stamp`) chains on its last word, with a signal within COMMENT_GAP lines. Linear: one pass, one
    open chain per first word, per last word, per colon word and for relative stamps. A chain holds at most one post
    footer (`post_footer`): a page of posts repeats its footers, one post repeats its comments' stamps; a footer right
    above a thread that chained without it is where the thread starts. Once a chain makes a thread, the scan goes on
    along that chain alone, to the thread's last stamp (the first stamp more than COMMENT_GAP lines after the last
    ends it). A thread of clock stamps alone may be a page of posts whose footers count no comments, or a calendar
    of events ("digby 6/03/2005 08:26:00 AM", "Tuesday October 10, 2006 | 7pm"): the signal tells a thread for sure.
    A comment's action line (`_action_key`) that repeats under a comment heading with a story above it is a thread
    too; it starts at that heading (see _thread_made)."""
    # (end, word) -> [first line, last line, stamps, footers, texts, (the last comment heading above the chain's first
    # line, the story's sentence lines above that heading)]
    chains: dict[tuple[str, str], list] = {}
    heading = (-COMMENT_GAP - 1, 0)  # the last comment heading so far and the prose lines ending a sentence above it
    sentences = 0  # prose lines ending a sentence so far
    last_signal = -COMMENT_GAP - 1  # the last line so far with a comment signal
    last_footer = -COMMENT_GAP - 1  # the last post footer so far
    own_signal = -COMMENT_GAP - 1  # the last comment signal that is no post's footer (`_under_stamp`)
    found: tuple[int, tuple[str, str]] | None = None  # the thread's first line and its chain's key, once made
    signalled = False
    for i in range(start + 1, len(lines)):
        f = feats[i]
        text = lines[i].text
        if found is not None and i - chains[found[1]][1] > COMMENT_GAP:
            break
        is_heading = _comment_heading(lines[i], f)  # asked once: the signal and the stamp test both use it
        if is_heading or _reply_link(text, f):
            last_signal = i
            if not _under_stamp(lines, feats, i):
                own_signal = i
            signalled = signalled or found is not None
            if is_heading:
                heading = (i, sentences)
        sentences += f.prose and f.terminal
        if f.words > COMMENT_STAMP_MAX_WORDS or f.terminal or len(text) > COMMENT_STAMP_MAX_CHARS:
            continue
        lead = _relative_stamp(text, lines[i - 1].text if i > 0 else None)  # lines of the stamp above this one
        relative = lead is not None
        clock = CLOCK.search(text) is not None
        colon = None if relative or clock else _colon_stamp(text, f.words)
        action = None if relative or clock or colon is not None else _action_key(text, f.words)
        plain = not relative and not clock and colon is None and action is None  # no stamp of the kinds above
        # a date alone under a commenter's name ("Irving Frydman" / "Aug 8 2012"): the stamp starts at the name line
        named = plain and i > start + 1 and _named_date(lines, feats, i) \
            and not _comment_heading(lines[i - 1], feats[i - 1]) and "|" not in lines[i - 1].text
        if named:
            lead = 1
        elif plain:
            continue
        footer = action is None and post_footer(lines, feats, i)  # an action line is no post's stamp
        if footer:
            last_footer = i
        tokens = text.split()
        first = tokens[0].casefold()
        last = tokens[-1].strip("#|:.,;()[]").casefold()
        # a relative stamp chains only on its own key, so that the signal it needs is not bypassed by its shared
        # last word ("ago", "geleden") or a live blog's recurring author
        if relative:
            keys = [("relative", "ago")]
        elif named:
            keys = [("named", "date")]
        elif action is not None:
            keys = [("action", action)]
        elif colon is not None:
            keys = [("colon", colon)]
        elif first.isalpha():
            keys = [("first", first), ("last", last)]
        elif not first[:1].isdigit():
            # a label or a dash first ("Geplaatst: 4 februari 2025 19:22" heads a forum's every post, "-- Jolene @
            # 3:01PM Tue 18 Jul 2006" closes a news post): a page of posts, not a thread under a story
            keys = []
        else:
            # a stamp that opens with a digit: a live blog's entry time ("10:32 GMT") unless it states a date as well
            # ("3 Angie @ Big Bears Wife November 5, 2012 at 7:36 am", "23 October 2012 at 8:38 pm"): a comment's
            # number or its date first; it chains on its own key, with a comment signal (see _thread_made)
            keys = [("dated", "stamp")] if _has_date(text) else []
        for key in keys:
            if (key[0] != "action" and not key[1].isalpha()) or (key[0] == "last" and len(tokens) < 3) or (found and key != found[1]):
                continue
            chain = chains.get(key)
            if chain is None or i - chain[1] > COMMENT_GAP or i - chain[1] < 2 or (footer and chain[3]):
                # a new chain: too far from the last stamp, right under it, or a second post's footer (one post
                # with its comments holds one footer; a page of posts, one per post)
                # (a stamp split over two lines starts at its name line)
                chains[key] = chain = [i - (lead or 0), i, 0, 0, set(), heading]
            chain[1], chain[2], chain[3] = i, chain[2] + 1, chain[3] + footer
            if key[0] == "colon":
                chain[4].add(text.casefold())
            if found is None and _thread_made(key, chain, own_signal if key[0] == "named" else last_signal):
                # the post's own footer right above the thread closes the story (the thread starts there, as when
                # its stamp chained with the comments' before); an action line's thread starts at its heading
                first_line = chain[5][0] if key[0] == "action" else chain[0]
                found = (last_footer if 0 < first_line - last_footer <= COMMENT_GAP else first_line, key)
                signalled = last_signal >= first_line - COMMENT_GAP
    return (found[0], chains[found[1]][1], signalled) if found is not None else None


#: a name-over-date chain is a thread only under a comment heading with at least this many of a post's sentence lines
#: above it: a forum's posts have no comment heading over them, and a photo blog's post may be one caption long
NAMED_MIN_SENTENCES = 1


def _thread_made(key: tuple[str, str], chain: list, last_signal: int) -> bool:
    """Whether a chain of stamps is a comment thread (see comment_thread): enough stamps, and for a relative or a
    colon stamp a comment signal near it; a colon chain needs that many different stamps (names); an action line's
    chain a comment heading at most COMMENT_GAP lines above its first line and COUNTER_MIN_PROSE sentence lines of a
    story above that heading (a forum's posts under its reply count, with no story over them, are the page's text)."""
    if chain[2] < COMMENT_STAMPS:
        return False
    if key[0] == "action":
        above, story = chain[5]
        return 0 <= chain[0] - above <= COMMENT_GAP and story >= COUNTER_MIN_PROSE
    if key[0] == "named":
        # a name over a date heads a forum's every post too ("New member" / "Feb 11, 2025"): under a comment heading
        # with a post's sentence above it only (NAMED_MIN_SENTENCES)
        return last_signal >= chain[0] - COUNTER_REACH and chain[5][1] >= NAMED_MIN_SENTENCES
    if key[0] in ("relative", "dated"):
        return last_signal >= chain[0] - COUNTER_REACH
    if key[0] == "colon":
        return len(chain[4]) >= COMMENT_STAMPS and last_signal >= chain[0] - COMMENT_GAP
    return True


def comment_prompt(lines: list[Line], feats: list[Features], k: int, page: PageLines) -> bool:
    """Whether line k invites comments or says there are none yet ("Have your say", "Reader views (5)", "Do you have
    comments on this story?", "Plaats een reactie", "أضف تعليقك": the phrase lists' `comment_prompt` group) and
    stands once on the page. Under one story it opens the comment section, whose comments carry no clock stamp
    ("- Louise, Lancaster") or are none at all; a blog's front page repeats its "Leave a comment" under every post,
    and those posts are the page's text. A line ending in a colon announces what follows as the page's own ("The
    following comments reflect the balance of opinion we have received:" heads a page whose text is the comments).
    `page`: the page's lines by their text (PageLines), which counts the repeats once for all prompts (counting the
    page's lines for each prompt was quadratic in a page that repeats its prompt under each post)."""
    return _invites(lines[k], feats[k]) and page.count(lines[k].text) == 1


def _invites(line: Line, f: Features) -> bool:
    """`comment_prompt` but for its standing once on the page: a comment prompt's line that ends in no colon."""
    return not line.text.rstrip().endswith((":", "：")) and f.has("misc") \
        and in_group(line.text, f.words, "comment_prompt")


#: of the `comment_prompt` group's lines, the ones that say the thread is closed ("Comments are closed.", "Thanks for
#: your comment - Comments are closed", "Reacties zijn gesloten", "Reageren is niet meer mogelijk", "التعليقات مغلقة",
#: "تم إغلاق التعليقات"): the group's own regexes hold the whole line, this only tells the closed notice from an
#: invitation ("Leave a comment", "Have your say"); read on the line's `match_key` (case and alef folded)
_CLOSED = re.compile(r"\b(?:closed|disabled|turned off|switched off|gesloten|uitgeschakeld|niet (?:meer )?mogelijk)\b"
                     r"|مغلق|اغلاق|اغلق")


def closed_thread(lines: list[Line], feats: list[Features], below: int = 0) -> int | None:
    """The first line from line `below` on that says the post's comments are closed (a `comment_prompt` that stands
    once on the page and says the thread is closed: `_CLOSED`), or None. A blog prints it where the comment form
    would stand, under the post and its footer, never inside the post or over it: nothing after it is the post
    (FOOTER_REASON), as after the post's own feed link (`post_feed`). The caller passes its first line of post text
    as `below`.

    `_CLOSED` reads the line's `match_key`, as the phrase lists do: Arabic text often drops the hamza ("تم اغلاق
    التعليقات"), which the key folds away. How often a notice stands on the page is counted once for all lines (an
    archive prints "Comments are closed." under each of its posts: counting per notice was quadratic)."""
    counts: Counter[str] | None = None
    for k in range(below, len(lines)):
        if feats[k].has("misc") and _CLOSED.search(match_key(lines[k].text)) and _invites(lines[k], feats[k]):
            if counts is None:
                counts = Counter(line.text.strip() for line in lines)
            if counts[lines[k].text.strip()] == 1:
                return k
    return None


#: a comment form's lines stand together: a form line counts with another form line, field label or heading at most
#: this many lines above or below it (a field label or heading has at most FORM_COMPANY_MAX_WORDS words)
FORM_REACH = 8
FORM_COMPANY_MAX_WORDS = 8
#: a form line that names the comments ("Notify me of follow-up comments", "Stuur mij een e-mail als er
#: vervolgreacties zijn", "أعلمني بالتعليقات الجديدة") is a comment form's by itself; the singular as in English ("Wil je
#: een afbeelding bij je reactie? Neem een gravatar!", "if you want a pic to show with your comment")
_NAMES_COMMENTS = re.compile(r"(?<!\w)(?:comments?|replies|(?:vervolg)?reacties?)(?!\w)|تعليق|التعليقات", re.IGNORECASE)


def names_comments(text: str) -> bool:
    """Whether a line names the comments ("30 comments per page", "Flat list - collapsed" does not; "Reacties
    sluiten", "عرض التعليقات"): a comment section's furniture, never a story's own list item."""
    return _NAMES_COMMENTS.search(text) is not None


def _form_line(line: Line, f: Features) -> str | None:
    """"own" for a comment form's own field label or notice (the `comment_form` group: "Mail (will not be
    published)", "Notify me of follow-up comments by email", "Naam (verplicht)" aside), "label" for a "(required)"
    label a newsletter box has too (`form_label`: "Email (required)"), else None."""
    if not f.has("misc"):
        return None
    if in_group(line.text, f.words, "comment_form"):
        return "own"
    return "label" if in_group(line.text, f.words, "form_label") else None


def _form_company(line: Line, f: Features) -> bool:
    """A line only a comment form or its section has beside its fields: a bare field label or heading ("Website",
    "Leave a Reply", "Reactie", "التعليق": `comment_field`), a comment prompt ("Leave a comment") or a comment
    section's heading or counter."""
    return f.words <= FORM_COMPANY_MAX_WORDS and (
        in_group(line.text, f.words, "comment_field") or thread_heading(line, f)
        or (f.has("misc") and in_group(line.text, f.words, "comment_prompt")))


def comment_form(lines: list[Line], feats: list[Features]) -> int | None:
    """The first line of a post's comment form, or None: a field label or notice (the phrase lists' `comment_form`
    and `form_label` groups: "Name (required)", "Your email address will not be published.", "Notify me of follow-up
    comments by email", "Naam (verplicht)", "لن يتم نشر عنوان بريدك الإلكتروني") with another form line, a bare field
    label or a comment heading or prompt within FORM_REACH lines, one of them the comment form's own (or a notice
    that names the comments, which is one by itself). Nothing after it is the post (FORM_REASON). A newsletter box
    inside a story ("Get our free daily newsletter" / "Email (required)", or a "Name (required)" label beside it) has
    no line of a comment form's own: it ends nothing."""
    kinds = [_form_line(line, f) for line, f in zip(lines, feats)]
    company = functools.cache(lambda j: _form_company(lines[j], feats[j]))
    for k, kind in enumerate(kinds):
        if kind is None:
            continue
        if kind == "own" and _NAMES_COMMENTS.search(lines[k].text):
            return k  # "Notify me of follow-up comments by email": no newsletter box has it
        near = [j for j in range(max(0, k - FORM_REACH), min(len(lines), k + FORM_REACH + 1)) if j != k]
        own = kind == "own" or any(kinds[j] == "own" or company(j) for j in near)
        if own and any(kinds[j] is not None or company(j) for j in near):
            return k
    return None


def post_feed(lines: list[Line], feats: list[Features], below: int = 0) -> int | None:
    """The first line that closes a blog post's footer, or None: its own feed link ("Subscribe to: Post Comments
    (Atom)", "Abonneren op: Reacties posten (Atom)", "الاشتراك في: تعليقات الرسالة (Atom)": the phrase lists'
    `post_feed` group), or the "Home" link of its pager (`pager_home`) at most PAGER_REACH lines under "Newer Post" /
    "Older Post" (`post_pager`). Nothing after it is the post (FOOTER_REASON): the platform prints these once, under the
    post, its comments and its share bar, never inside the post (a site's "Home" menu has no pager over it). A template
    may print the pager at the top of the page too: a footer line before line `below` (the caller's first line of
    post text or of the body, whichever is higher on the page) ends nothing and is passed over."""
    for k in range(len(lines)):
        line, f = lines[k], feats[k]
        if f.words > FEED_MAX_WORDS:  # a feed link or a pager's link is a few words: no phrase lookup for the rest
            continue
        if f.has("misc") and in_group(line.text, f.words, "post_feed") and k >= below:
            return k
        if f.has("navigation") and in_group(line.text, f.words, "post_pager"):
            home = next((j for j in range(k + 1, min(len(lines), k + PAGER_REACH + 1))
                         if in_group(lines[j].text, feats[j].words, "pager_home")), None)
            if home is not None and home >= below:
                return home
    return None


def comment_counter(lines: list[Line], feats: list[Features], start: int, end: int, page: PageLines) -> int | None:
    """A comment counter or sort bar ("Comments (3)", "12 reacties", "Sort by: Newest") inside the body region, with
    the story's paragraphs above it and a comment's reply link or stamp right under it (not the next post's footer,
    `post_footer`; or comments stamped with a name and a date alone, `_dated_names_below`), a counted heading
    (`counted_heading`: "3 comments:", "5 Responses to “…”"), which needs no stamp, or a comment prompt there
    (`comment_prompt`, its own signal): where the comments start, when their prose (or a box's teasers under the
    prompt) made the body region run on into them; else None. `page`: the page's lines by their text (PageLines)."""
    prose = 0
    for k in range(start, min(end + 1, len(lines))):
        if prose >= COUNTER_MIN_PROSE and comment_prompt(lines, feats, k, page):
            return k
        # a short thread's counter ("2 Comments", "One Response to <the headline>") over a stamp of saying and its
        # date ("John" / "says:" / "November 1, 2012"): one or two comments make no stamp chain
        if prose >= COUNTER_MIN_PROSE and (_comment_heading(lines[k], feats[k]) or _titled_counter(
                lines[k], feats[k], k, page)) and _says_stamp_below(lines, feats, k):
            return k
        if feats[k].prose:
            prose += 1
            continue
        if prose and feats[k].words <= COMMENT_STAMP_MAX_WORDS and _COLON_HEADING.match(lines[k].text):
            # the colon form ("1 comment:", "3 reacties:", "3 تعليقات:") heads the comments under a post of any length:
            # a share bar under the headline counts "Comments (3)", never so (a photo's caption over a blog's one
            # comment is the whole post)
            return k
        if prose < COUNTER_MIN_PROSE or not thread_heading(lines[k], feats[k]):
            continue
        if sure_counted_heading(lines, feats, k, page) or _thread_below(lines, feats, k) \
                or _dated_names_below(lines, feats, k):
            return k
    return None


def header_over_thread(lines: list[Line], feats: list[Features], start: int, stamp: int) -> int | None:
    """The comment header (`comment_header`: "45 comments", "One comment", "3 reacties", "Sort by: Newest") over a
    signalled thread whose stamps trail their comments ("Great post. …" / "by Eric on November 9, 2010 at 6:10 am.
    Reply"): the thread was cut at its first stamp `stamp`, under the first comment, whose paragraphs stayed the story's.
    The header is the last one at most COMMENT_GAP lines above the stamp with COUNTER_MIN_PROSE prose lines of the body
    (from line `start`) above it and only prose between it and the stamp (the first comment's paragraphs: no heading,
    no widget of the story between); or None. The caller asks only over a thread it is sure of (a comment signal by
    its stamps), so a share bar's "12 comments" under a story that goes on ends nothing."""
    found = None
    for k in range(max(start, stamp - COMMENT_GAP), stamp):
        if comment_header(lines[k], feats[k]):
            found = k
        elif found is not None and not feats[k].prose:
            found = None  # a heading or a widget between: the prose under the header is not one comment's
    if found is None or sum(feats[k].prose for k in range(start, found)) < COUNTER_MIN_PROSE:
        return None
    return found


#: a counter among other widget words ("Share | Tweet | 2 Comments", "Deel · 2 reacties") is a share bar's: a letters
#: page prints one over its letters, each under its writer's name and date, as a thread's comments stand
_SEPARATED = re.compile(r"[|·•]")


def short_post_counter(lines: list[Line], feats: list[Features], start: int, end: int) -> int | None:
    """The comment counter under a short post (a photo's caption, a paragraph or two: fewer than COUNTER_MIN_PROSE
    prose lines above it in the body region), or None: a line that counts comments ("57 Comments", "12 reacties",
    "التعليقات (3)") and stands once on the page (a front page repeats its posts' counters), with comments stamped
    with a name and a date alone under it (`_dated_names_below`), standing alone: a share bar's "Share | 2 Comments"
    over a letters page has the letters' names and dates under it (`_SEPARATED`). The comments' prose outweighs the post, so the body region took them for the story; from
    the counter on, every line is the thread's (THREAD_REASON), in every page mode."""
    prose = 0
    for k in range(max(start, 0), min(end + 1, len(lines))):
        if feats[k].prose:
            prose += 1
            if prose >= COUNTER_MIN_PROSE:
                return None  # a story of some length: comment_counter's question
            continue
        if prose and _counts_comments(lines[k], feats[k]) and _SEPARATED.search(lines[k].text) is None \
                and _dated_names_below(lines, feats, k):
            lone = not any(_counts_comments(lines[j], feats[j]) for j in range(len(lines)) if j != k)
            return k if lone else None
    return None


def _counts_comments(line: Line, f: Features) -> bool:
    """A short line that counts comments (`_COMMENT_COUNT`)."""
    return f.words <= COMMENT_STAMP_MAX_WORDS and _COMMENT_COUNT.search(line.text) is not None


#: a comment's stamp may be its date alone, on the line under the commenter's name ("Peter V." / "6 maart 2026",
#: "محمد" / "٢٠ فبراير ٢٠٢٦"): no clock, no reply link. Under a comment heading it counts when DATED_PAIRS such
#: name-and-date pairs follow, the first within COUNTER_REACH lines of the heading and each next one at most DATED_GAP
#: lines after the last (a comment is a line or two, with its own title line above the name and a vote counter
#: under it, "+0": seven lines from one date to the next; a blog's front page has a post's paragraphs between its
#: title-and-date pairs) ...
DATED_PAIRS = 2
DATED_GAP = 7
#: ... and a date line of at most this many words ("Tuesday 6 March 2026", "٢٠ فبراير ٢٠٢٦")
DATE_STAMP_MAX_WORDS = 6


def _has_date(text: str) -> bool:
    """Whether the date grammar reads a date in `text` (Arabic months alef-folded, as `metadata.date_in` reads them;
    unlike `date_in`, a date anywhere in the line counts, not only a date line's)."""
    return DATE.search(date_key(text)) is not None


def _date_stamp(line: Line, f: Features) -> bool:
    """A short line that is a date ("6 maart 2026", "٢٠ فبراير ٢٠٢٦"): no sentence, a date the grammar reads."""
    return f.words <= DATE_STAMP_MAX_WORDS and not f.prose and not f.terminal \
        and len(line.text) <= COMMENT_STAMP_MAX_CHARS and _has_date(line.text)


def _under_stamp(lines: list[Line], feats: list[Features], k: int) -> bool:
    """Whether a date or a clock stamp stands at most FOOTER_REACH lines above line `k`: a comment count there is a
    post's footer ("posted by Rajk @ 11:41 PM" / "3 comments", "December 26, 2006 | Permalink" / "| Comments (0)"),
    and the next post's title and date follow it on a blog's front page."""
    return any(_stamp_line(lines, feats, j) for j in range(max(0, k - FOOTER_REACH), k))


def _named_date(lines: list[Line], feats: list[Features], j: int) -> bool:
    """Whether line `j` is a commenter's date stamp on the line under the commenter's name ("Peter V." / "6 maart
    2026", "محمد" / "٢٠ فبراير ٢٠٢٦"): a date line (`_date_stamp`) under a name line (`_name_line`) that is no date."""
    return _date_stamp(lines[j], feats[j]) and _name_line(lines[j - 1].text) \
        and not _date_stamp(lines[j - 1], feats[j - 1])


def _dated_names_below(lines: list[Line], feats: list[Features], k: int) -> bool:
    """Comments stamped with a name and a date alone under heading `k` (DATED_PAIRS): "Reacties (3)" / "Peter V." /
    "6 maart 2026" / the comment / "Annelies" / "6 maart 2026" / … A heading right under a date or a clock stamp is
    a post's footer ("Posted on 4 May 2024" / "Comments (4)"), the next post's title and date under it."""
    if _under_stamp(lines, feats, k):
        return False
    pairs, last, reach = 0, k, COUNTER_REACH + 1
    for j in range(k + 2, len(lines)):
        if j - last > reach:
            return False
        if _named_date(lines, feats, j):
            pairs, last, reach = pairs + 1, j, DATED_GAP
            if pairs >= DATED_PAIRS:
                return True
    return False


#: a reader's comment that opens with the reader's name and home town, then a colon ("Jan uit Bennekom: Eindelijk!",
#: "Margaret from Leeds: About time.", "Sami (Amman): …", "سامي من عمان: …"): one to four words of name, the place
#: one to three words. A story quotes a speaker by the name alone ("Dunn: …") or with a job, never "Name from Place:"
#: (the town's words are split by spaces only: "(?:word\s*){1,3}" split one long word every way, cubic time)
_NAMED_COMMENT = re.compile(
    r"^\W{0,2}(?P<name>(?:[^\W\d_][\w'.-]*\s+){0,3}[^\W\d_][\w'.-]*)"
    r"(?:\s+(?:uit|from|من)\s+(?P<place>(?:[^\W\d_][\w'.-]*\s+){0,2}[^\W\d_][\w'.-]*)"
    r"|\s+\((?P<town>[^\W\d_][\w'.-]*(?:\s+[^\W\d_][\w'.-]*){0,2}\s*)\))\s*:\s+\S")
#: a name's particles, lower case inside a capitalised name ("Piet van der Berg", "Ahmed al Amin")
_PARTICLES = frozenset({"van", "de", "der", "den", "ter", "te", "het", "'t", "la", "le", "du", "da", "di", "von",
                        "al", "el", "bin", "ibn"})


def named_comment(text: str) -> bool:
    """A reader's comment headed "Name from Place:" on its own line (`_NAMED_COMMENT`): under a comment counter it
    says the comments start there, as a stamp does. In a cased script every word of the name and the place is
    capitalised, a name's particles aside ("The minister of finance said: …" is no such heading)."""
    found = _NAMED_COMMENT.match(text)
    if found is None:
        return False
    return _cased_name(" ".join(part for part in found.group("name", "place", "town") if part).split())


def _cased_name(words: list[str]) -> bool:
    """Whether words read as a name: each capitalised (or of an uncased script) or a name's particle ("van", "de"),
    and not particles alone."""
    return all(w[0].isupper() or not w[0].islower() or w.casefold() in _PARTICLES for w in words) \
        and not all(w.casefold() in _PARTICLES for w in words)


#: a reader's comment on a line of its own headed by the reader's name and a colon, no stamp ("أبو خالد: خطوة ممتازة …",
#: "Dave R: Great step …", "Annemiek van Dam: Wanneer komt …"): one to four words of name, then the remark. A story
#: quotes speakers so too ("Dunn: …", a transcript's "Voorzitter: …"), so such lines say "comments" only as a run of
#: REMARKS by as many different names right under a heading that counts comments (`_remarks_below`). An interview or
#: a debate has two speakers ("Harris: …" / "Trump: …"), so it takes three names; and a one-letter label (Q/A, V/A,
#: س/ج) or an all-caps one ("REPORTER:", "MINISTER:") is a transcript's speaker, never a reader's name (a counter
#: scraped from a button may stand above an interview)
_REMARK = re.compile(r"^\W{0,2}(?P<name>(?:[^\W\d_][\w'.-]*\s+){0,3}[^\W\d_][\w'.-]*)\s*:\s+\S")
REMARKS = 3
#: ... or this many, when the section's own link closes the run right under them ("Show more comments", "Toon meer
#: reacties", "عرض المزيد من التعليقات": the phrase lists' `comments`) or the page ends there: a heading that counts
#: comments over them and a comment widget (or nothing) under them bound the section on both sides, where an
#: interview's two speakers go on with the story's paragraphs
CLOSED_REMARKS = 2
#: a count in a comment heading ("التعليقات (3)", "Comments (3)", "Reacties (12)", "تعليقات القراء (4)")
_HEADING_COUNT = re.compile(r"\(\s*\d+\s*\)|(?<!\w)\d+(?!\w)")


def _remark_name(text: str) -> str | None:
    """The reader's name heading a one-line comment (`_REMARK`), folded, or None. In a cased script every word of the
    name is capitalised, a name's particles aside ("The minister said: …", "In short: …" are none)."""
    found = _REMARK.match(text)
    if found is None:
        return None
    name = found.group("name")
    words = name.split()
    if not _cased_name(words):
        return None
    letters = [ch for ch in name if ch.isalpha()]
    if len(letters) == 1 or name.isupper():
        return None  # a transcript's label: "Q:", "A:", "V:", "س:", "ج:", "REPORTER:", "MINISTER:"
    return " ".join(w.casefold() for w in words)


def _remarks_below(lines: list[Line], feats: list[Features], k: int) -> bool:
    """Whether one-line comments headed by their readers' names (`_remark_name`) follow heading `k`, which counts
    comments (`_HEADING_COUNT`): REMARKS of them in a row, by as many names, the first within COUNTER_REACH lines.
    The heading's count says a thread follows (a story's subheading counts nothing); the names say where."""
    if _HEADING_COUNT.search(lines[k].text) is None:
        return False
    names: list[str] = []
    for j in range(k + 1, len(lines)):
        name = _remark_name(lines[j].text) if feats[j].words <= COMMENT_STAMP_MAX_WORDS * 2 else None
        if name is None or name in names:
            if names:
                return len(names) >= CLOSED_REMARKS and name is None and _closes_comments(lines[j], feats[j])
            if j - k >= COUNTER_REACH:
                return False
            continue
        names.append(name)
        if len(names) >= REMARKS:
            return True
    return len(names) >= CLOSED_REMARKS


def _closes_comments(line: Line, f: Features) -> bool:
    """A comment section's own link under its comments ("Show more comments", "Load more comments", "Toon meer
    reacties", "عرض المزيد من التعليقات"): a short line in the phrase lists' `comments`."""
    return f.has("comments") and f.words <= ACTION_MAX_WORDS + 1


def _thread_below(lines: list[Line], feats: list[Features], k: int) -> bool:
    """A comment's reply link or stamp stands within COUNTER_REACH lines under line `k` (a blog post's footer,
    "Posted by hugh at 12:42 | Comments (4)", is the next post's end, not a comment), or a comment headed with its
    reader's name and town (`named_comment`: "Jan uit Bennekom: …", a comment that has no stamp), or one-line
    comments headed by their readers' names under a heading that counts them (`_remarks_below`)."""
    below = range(k + 1, min(len(lines), k + 1 + COUNTER_REACH))
    return any(_REPLY.match(lines[j].text) or named_comment(lines[j].text) or (feats[j].words <= COMMENT_STAMP_MAX_WORDS and not feats[j].terminal
                                               and (_AGO.search(lines[j].text) or CLOCK.search(lines[j].text))
                                               and not post_footer(lines, feats, j))
               for j in below) or _remarks_below(lines, feats, k)


def under_comment_header(lines: list[Line], feats: list[Features], first: int, page: PageLines) -> bool:
    """Whether the prose from line `first` on stands under a comment section's header: a counter or sort bar
    ("128 Comments", "Sort by: Newest | Oldest") at most COUNTER_REACH short lines above it, a commenter's stamp or
    reply link under that. A comment thread has more prose than a short letter above it; the classifier does not take
    it for the article body when a story stands above its header. `page`: the page's lines (`PageLines`), shared by
    the calls on one page."""
    for k in range(first - 1, max(-1, first - 1 - COUNTER_REACH), -1):
        if feats[k].prose:
            return False
        if thread_heading(lines[k], feats[k]) and (sure_counted_heading(lines, feats, k, page)
                                                  or _thread_below(lines, feats, k)):
            return True
    return False


#: comments headed by their commenter's name alone ("johnbattelle" / a reply, "Ann_W" / a comment, "Karin" / …): no
#: stamp, no reply link. The shape is a bare name line (`_bare_name`) right over a comment's paragraphs, repeated with
#: nothing but those paragraphs between: at least this many such units after the story's first COUNTER_MIN_PROSE
#: paragraphs ...
NAME_UNITS = 4
#: ... with at least this many different names, one of them heading two comments or more, not one right after the
#: other (the post's author answers, two readers argue), and none more than half of them: a story's subheadings over
#: its paragraphs ("Death Panels" / …) never repeat, an interview's speaker lines name two people, not three, and a
#: refrain ("BEEP" between the messages on an answering machine) is one line many times; and one of the names at
#: least is a reader's (`_full_name`: a panel's or a round-table's speakers are named in full, "Sarah Jones" /
#: "Mark Lee" / "Ana Ruiz", where a thread has a handle or a first name: "johnbattelle", "Karin", "Viet71")
NAME_DISTINCT = 3
#: a commenter's name on its own line has at most this many words
NAME_MAX_WORDS = 3
#: and bare first names alone make no thread: a panel's or a cast's list ("Anna" / her answer, "Pieter" / his, "Fatima"
#: / hers, and round again) has the same shape. One name of the chain at least is signed as only a reader or the post's
#: author signs (`_signed`: a handle, "johnbattelle", "Ann_W", "Viet71", or an initial, "Mark T."), or is the name the
#: byline above the chain gives (the author answers: "By John Meadows" / … / "johnmeadows", "بقلم سامي يوسف" / … /
#: "سامي يوسف")
_WORD_KEY = re.compile(r"\W+")


def _bare_name(line: Line, f: Features, below: Line) -> bool:
    """A commenter's name on a line of its own ("johnbattelle", "Joel Hruska", "Viet71") over the comment's first line
    `below`: 1–NAME_MAX_WORDS words, a letter, no word after the first in lower case (a subheading's "Research
    manager", a reader's "Sally from Aberdare" are none; Arabic has no case), not in capitals (a document's "HOURS
    PAID FOR", a transcript's "PHILIP"), no sentence end, no punctuation between words (a dateline's "Chandigarh,
    January 2"), no date, no colon (a speaker's label: `_colon_stamp`), no bullet, in no phrase category; the line
    under it does not go on in lower case (a hard-wrapped paragraph's first word on a line of its own: "Does" / "it
    matter who …")."""
    text = line.text.strip()
    words = text.split()
    first = below.text.lstrip()[:1]
    return (1 <= f.words <= NAME_MAX_WORDS and len(words) <= NAME_MAX_WORDS and not f.terminal and not f.bullet
            and not f.categories and any(ch.isalpha() for ch in text) and not text.isupper()
            and (len(words) == 1 or not any(w[:1].islower() for w in words))
            and not any(ch in ",;:|/()" for ch in text) and not _has_date(text) and not first.islower())


def _full_name(text: str) -> bool:
    """A speaker named in full ("Sarah Jones", "Mark O'Neill", "سارة محمود"): two words or more, letters only (a
    hyphen or an apostrophe inside), the first not in lower case (`_bare_name` asks it of the others), no initial
    ("Mark T." is how a reader signs)."""
    words = text.split()
    return len(words) >= 2 and not words[0][:1].islower() and all(
        len(w) >= 2 and w.replace("-", "").replace("'", "").replace("’", "").isalpha() for w in words)


def _signed(text: str) -> bool:
    """A name written as only a reader signs: a handle of one word with a digit, an underscore or a dot in it, or a
    capital after its first letter or none at all ("johnbattelle", "Ann_W", "Viet71", "JohnB", "زائر1"; a hyphen or
    an apostrophe is a name's: "Jean-Pierre", "O'Neill"), or a name with an initial after it ("Mark T.")."""
    words = text.split()
    if len(words) == 1:
        # each part of a hyphenated or apostrophe name on its own: "Anne-Marie" joined is "AnneMarie", a handle's shape
        parts = re.split(r"[-'’]", words[0])
        return not all(parts) or any(not p.isalpha() or p[:1].islower() or any(ch.isupper() for ch in p[1:])
                                     for p in parts)
    return any(len(w) <= 2 and w.endswith(".") for w in words[1:])


def _authors(lines: list[Line], feats: list[Features], before: int) -> set[str]:
    """The names the byline lines above line `before` give, as letters only: every run of two or more of their words
    ("By John Meadows" -> "byjohn", "johnmeadows", "byjohnmeadows"; a first name alone is no author's signature)."""
    runs = set()
    for j in range(before):
        if feats[j].has("byline"):
            words = [w for w in (_WORD_KEY.sub("", w) for w in lines[j].text.casefold().split()) if w][:8]
            runs.update("".join(words[a:b]) for a in range(len(words)) for b in range(a + 2, len(words) + 1))
    return runs


def _is_author(name: str, authors: set[str]) -> bool:
    return _WORD_KEY.sub("", name.casefold()) in authors


def name_thread(lines: list[Line], feats: list[Features], start: int, end: int) -> int | None:
    """The first name line of a comment thread whose comments are headed by bare names (`_bare_name`, NAME_UNITS,
    NAME_DISTINCT), inside the body region [start, end] after the story's first COUNTER_MIN_PROSE paragraphs; else
    None. The body region runs on into such a thread (its comments are prose); where it starts, the story ends, and
    the lines under it are the soft "comment section" (classify.rule_classify). Linear: one pass, one open chain."""
    prose = 0
    chain: list[int] = []  # the name lines of the open chain
    names: dict[str, int] = {}
    last = ""  # the open chain's last name
    reader = False  # whether a name of the open chain is a reader's, not a speaker's full name (`_full_name`)
    signed = False  # whether a name of the open chain is more than a bare first name (`_signed`, the byline's)
    authors: set[str] | None = None  # the names the bylines above the first chain give (`_authors`), read once
    for k in range(max(start, 0), min(end, len(lines) - 1)):
        f = feats[k]
        if f.prose:
            prose += 1
            continue
        key = " ".join(lines[k].text.casefold().split())
        unit = prose >= COUNTER_MIN_PROSE and feats[k + 1].prose and _bare_name(lines[k], f, lines[k + 1])
        if not unit or key == last:
            # any other line between two comments, or the same name twice in a row, ends the chain
            chain, names, last, reader, signed = [], {}, "", False, False
            if not unit:
                continue
        chain.append(k)
        names[key] = names.get(key, 0) + 1
        last = key
        name = lines[k].text.strip()
        reader = reader or not _full_name(name)
        if not signed:
            authors = _authors(lines, feats, k) if authors is None else authors
            signed = _signed(name) or _is_author(name, authors)
        if reader and signed and len(chain) >= NAME_UNITS and len(names) >= NAME_DISTINCT and len(names) < len(chain) \
                and 2 * max(names.values()) <= len(chain):
            return chain[0]
    return None
