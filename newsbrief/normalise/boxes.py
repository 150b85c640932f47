"""Boxes inside an article: summary boxes and related-links boxes.

Summary boxes written by the source ("Key Takeaways", "In het kort", "أبرز النقاط")
are moved to `source_takeaways`, out of the text, so that no summariser can
copy them. A box is its heading plus the bullet lines after it; a box without
bullets runs to the next blank line. When the page has no blank lines to go by,
it is the run of short lines of one kind under the heading (one-sentence points,
or a fact box's lines with no sentence end), when a longer paragraph (the
story's lead) or the article's header (a byline, a date: a box printed over them) ends the run; else it is one line
long. A box printed above the headline ends at its last point, over the headline and the header under it
(`_points_over_headline`).

Related-links boxes in the middle of a story ("Lees ook:", "Read more:",
"اقرأ أيضاً:", "Related" and one to four headlines, with the story going on
after them; Al Jazeera's list labels "list 1 of 4" between them belong to the box) are removed, heading and headlines, and nothing else: the story
before and after them stays one story (`find_related_boxes`). A headline may ask a question ("Why do storms seem to
be getting stronger?"), be written as a sentence under an also-read heading, and the story may go on with a live
blog's next entry ("12:10"). A box at the story's end goes whole too, when the page ends under it or its furniture
follows (a comment section's heading, the footer): its headlines are one block, not lines for the model to keep one by
one. A bulleted question in a run of bulleted headlines is one more headline. A side rail split in two by one of the
story's paragraphs ("Trending now" / two headlines / a paragraph / two more headlines) goes whole (`_second_part`), and
a read-more heading over one-word topic links ("Read more on:" / "proteas" / "cricket") is a box of them
(`_topic_links`).

Newsletter sign-up boxes ("Get the Courier in your inbox" / a pitch / "Email address" / "Sign up") are read from
their form: an e-mail field label right above a button label, bare lines no story writes one after the other. The
labels go, and the pitch and heading right above them where the pitch speaks of the mail (`find_signup_boxes`).
"""

from __future__ import annotations

import re

from newsbrief.normalise.dates import BARE_STAMP
from newsbrief.normalise.datelines import dateline_line, place_author_and_date
from newsbrief.normalise.features import Features
from newsbrief.normalise.lines import BULLET, SENTENCE_BOUNDARY, Line, word_count
from newsbrief.normalise.lists import SAME_STORY_BELOW, StoryWords, content_words, shares_word, story_goes_on, title_case
from newsbrief.normalise.metadata import date_in, is_dated_byline, lone_name
from newsbrief.normalise.pagers import carousel_pager_end
from newsbrief.normalise.posthead import CUT_OFF
from newsbrief.normalise.phrases import in_group, match_key, reports_source, story_sentence, whole_phrase

MAX_ITEMS = 12
#: a box over the headline (`_points_over_headline`) has at least this many points above it ...
MIN_POINTS_OVER_HEADLINE = 2
#: ... and the story's first paragraph stands at most this many lines under the header's first line (its byline, its
#: date, a dateline)
HEADER_REACH = 3
#: a header's line under the headline (a byline, a date, a dateline) has at most this many characters
HEADER_LINE_MAX_CHARS = 120
MAX_ITEM_WORDS = 60
#: a related box holds at most this many headlines ...
MAX_RELATED = 4
#: ... of this many words each
RELATED_ITEM_WORDS = (4, 20)
#: under a read-more heading ("Read more:", "Lees ook:", "اقرأ أيضاً:") a headline may be as short as this: the
#: heading says what follows ("Oil slips", "النفط يتراجع"); a 4-word floor made such a box end the article instead
READ_MORE_ITEM_MIN_WORDS = 2
#: a box without bullets on a page without blank lines: at most this many lines ...
MAX_PLAIN_ITEMS = 5
#: ... each one sentence of at most this many words (a point, not a paragraph: the lead under the box is longer)
PLAIN_ITEM_WORDS = 16
#: prose must stand this close above the box heading for the box to be inside a story
RELATED_PROSE_ABOVE = 2


def strip_bullet(text: str) -> str:
    return BULLET.sub("", text).strip()


#: a timeline's event line: a date or a time first (a weekday or a month word before or after its figures: "Friday
#: 22:10", "Juli 2021", "1987", "12 March 2024", "نوفمبر 2026"), then a colon or a dash, then the event
_DATED_ITEM = re.compile(
    r"^\W{0,3}(?:[^\W\d]+\s+){0,2}(?:\d{1,2}[:.]\d{2}|\d{1,4}(?:[./-]\d{1,2}){0,2})(?:\s+[^\W\d]+){0,2}?(?:\s+\d{4})?"
    r"\s*(?::|\s[-–—|])\s+\S")
#: ... or a live blog's key event: a clock time and the entry's headline after a space ("10:42 Rabada removes Smith
#: for 12", "10:42 Rabada verwijdert Smith"), a letter first (a score "11:58 142/6" is none)
_TIMED_ITEM = re.compile(r"^\W{0,3}\d{1,2}:\d{2}\s+[^\W\d]")


def _dated_item(line: Line) -> bool:
    """A timeline's event line (`_DATED_ITEM`, `_TIMED_ITEM`), its bullet aside."""
    text = strip_bullet(line.text)
    return _DATED_ITEM.match(text) is not None or _TIMED_ITEM.match(text) is not None


def _timeline_heading(lines: list[Line], i: int) -> bool:
    """A timeline box's heading ("Timeline: key events", "Tijdlijn", "التسلسل الزمني": ``timeline_heading``) over a
    dated event line: a menu's "Timeline" link has none under it."""
    return i + 1 < len(lines) and _dated_item(lines[i + 1]) and whole_phrase(lines[i].text, "timeline_heading")


def find_boxes(lines: list[Line], feats: list[Features]) -> dict[int, str]:
    """Map line index -> "box_heading" or "box_item" for every summary box on the page. A timeline box
    (`_timeline_heading`) is one too: its dated events are the source's own structured summary, kept out of the text
    and out of the summariser's reach as a fact box's lines are; its points end at its first undated line. A timeline
    under the story's own subheading ("The case so far" / "Timeline" / events) is the story's chronology, no box: only
    its label goes. An AI summary's disclaimer over the points ("Summary is AI-generated, newsroom-reviewed":
    `_note_heads_box`) is the box's heading; under a "Key points" heading it is one line of that heading."""
    roles: dict[int, str] = {}
    has_blank_lines = any(line.blank_before for line in lines[1:])
    i = 0
    while i < len(lines):
        timeline = not feats[i].has("summary_heading") and _timeline_heading(lines, i)
        noted = _note_heads_box(lines, feats, i, roles)
        if not (feats[i].has("summary_heading") and feats[i].words <= 6 or timeline or noted):
            i += 1
            continue
        if timeline and _story_subheading_above(feats, i):
            roles[i] = "box_heading"
            i += 1
            continue
        start = i + 1
        if not noted and start < len(lines) and _ai_note(lines[start], feats[start]):
            start += 1  # "Key points" / "This summary was generated with AI …" / the points
        items: list[int] = []
        j = start
        bullets = j < len(lines) and feats[j].bullet
        while j < len(lines) and len(items) < MAX_ITEMS:
            f = feats[j]
            if f.words > MAX_ITEM_WORDS or f.has("summary_heading") or f.has("end") or _link_line(f):
                break  # (a link under the points, "Next Article in World »", is no point: navigation, not a takeaway)
            if bullets:
                if not f.bullet:
                    break
            else:
                if items and (lines[j].blank_before or not has_blank_lines):
                    break
            items.append(j)
            j += 1
        if timeline and not bullets and not has_blank_lines:
            # a dump without blank lines: the events are the dated lines under the heading, however long each is
            j = start
            while j < len(lines) and j - start < MAX_ITEMS and _dated_item(lines[j]):
                j += 1
            items = list(range(start, j))
        elif not bullets and not has_blank_lines and items:
            items = _plain_box(lines, feats, items[0])
            j = items[-1] + 1
        elif not bullets and items:
            # a box set apart by blank lines runs to the next one: over the headline and its header when it stands
            # right above them
            over = _points_over_headline(lines, feats, items + [j] if j < len(lines) else items)
            if over is not None:
                items = over
                j = items[-1] + 1
        if timeline:
            items = items[:next((n for n, k in enumerate(items) if not _dated_item(lines[k])), len(items))]
            j = items[-1] + 1 if items else j
        if items:
            for k in range(i, start):
                roles[k] = "box_heading"
            for k in items:
                roles[k] = "box_heading" if _box_subheading(lines[k], feats[k]) and k != items[-1] else "box_item"
        i = j if items else i + 1
    return roles


def _ai_note(line: Line, f: Features) -> bool:
    """An AI summary's disclaimer, a whole line (the phrase lists' ``ai_summary_note``; misc furniture, so a line of
    no misc phrase is looked up no further)."""
    return f.has("misc") and in_group(line.text, f.words, "ai_summary_note")


def _note_heads_box(lines: list[Line], feats: list[Features], i: int, roles: dict[int, str]) -> bool:
    """Whether line `i`, an AI summary's disclaimer (`_ai_note`), heads the points under it: the line under it is a
    bulleted point or a short one (PLAIN_ITEM_WORDS at most, no header line), and the line above it is no point of a
    box (the note printed under the points, over the story's lead, heads nothing)."""
    if i + 1 >= len(lines) or not _ai_note(lines[i], feats[i]):
        return False
    if i and (feats[i - 1].bullet or i - 1 in roles):
        return False
    f = feats[i + 1]
    return f.bullet or (f.words <= PLAIN_ITEM_WORDS and not _header_line(lines[i + 1], f))


def _story_subheading_above(feats: list[Features], i: int) -> bool:
    """Whether line `i` (a timeline's label) stands under the story's own subheading: a short line with no sentence
    end right under one of the story's paragraphs ("… the only permanent answer." / "The case so far" / "Timeline")."""
    return i >= 2 and feats[i - 1].subheading_like and not feats[i - 1].terminal and feats[i - 2].prose


#: a summary box's second heading among its points ("What's next?" in ABC's "In short:" box) has at most this many words
BOX_SUBHEADING_WORDS = 4


def _box_subheading(line: Line, f: Features) -> bool:
    """A box's second heading among its points: a short line that asks ("What's next?", "Wat nu?", "ماذا بعد؟"), ends
    in a colon, or names a summary ("Key facts"), with no bullet."""
    text = line.text.rstrip()
    return f.words <= BOX_SUBHEADING_WORDS and not f.bullet \
        and (f.has("summary_heading") or bool(_QUESTION_END.search(text)) or text.endswith(":"))


def _header_line(line: Line, f: Features) -> bool:
    """An article header's line under its headline: a byline, a date line or a dateline on its own ("By Jane Doe", "6
    December 2026", "عمّان - كتب: سامر الحديدي", "DEN HAAG (ANP)"). No point of a summary box is one."""
    text = line.text
    if f.prose or f.bullet or len(text) > HEADER_LINE_MAX_CHARS:
        return False
    return f.has("byline") or f.has("date") or date_in(text) is not None or is_dated_byline(text) \
        or dateline_line(text) is not None or place_author_and_date(text)[0] is not None


def _points_over_headline(lines: list[Line], feats: list[Features], run: list[int]) -> list[int] | None:
    """The box's points when the box stands above the article's headline, else None. A summary box may be printed
    over the headline ("Key points" / three points / "Hip surgery waiting times fall" / "By Oliver Grant" / "6 December
    2026"; "باختصار" / … / the headline / "عمّان - كتب: …"): the headline has a point's shape (a short line, no
    sentence end), so the run of points went on over it and over the header under it. The headline is the line
    right above the run's first header line (`_header_line`: a byline, a date, a dateline), headline-shaped, with
    MIN_POINTS_OVER_HEADLINE points or more above it, and the story's first paragraph comes within HEADER_REACH lines
    under the header: the box ends at the point above the headline, its last, wherever the box stands. `run`: the
    line indexes the box's points would take, and the line after them."""
    for at, k in enumerate(run):
        if not _header_line(lines[k], feats[k]):
            continue
        headline = run[at - 1] if at else -1
        if at < MIN_POINTS_OVER_HEADLINE + 1 or headline != k - 1 or not feats[headline].headline_like:
            return None
        below = range(k + 1, min(len(lines), k + 1 + HEADER_REACH))
        return run[:at - 1] if any(feats[j].prose for j in below) else None
    return None


def _plain_point(f: Features, first: Features) -> bool:
    """A point of the box like its first one: all short sentences ("Band D bills rise by £98."), or all short lines
    with no sentence end ("Band D bill rises to £2,180", "Kosten: 12 euro per les"), as a fact box writes them. A
    date in it is a point's ("The closure starts on 1 June."; a date line of the header under the box ends the run:
    `_header_starts`); any other phrase category is none."""
    return f.terminal == first.terminal and f.words <= PLAIN_ITEM_WORDS and not f.bullet \
        and all(c == "date" for c in f.categories)


def _plain_box(lines: list[Line], feats: list[Features], first: int) -> list[int]:
    """The points of a box without bullets on a page without blank lines (see the module docstring)."""
    run = [first]
    k = first + 1
    # (one line more than a box holds: the headline under a full box, `_points_over_headline`; a byline or a date
    # under the box is no point of it)
    while k < len(lines) and len(run) < MAX_PLAIN_ITEMS + 1 and _plain_point(feats[k], feats[first]) \
            and not _header_starts(lines, feats, k):
        run.append(k)
        k += 1
    over = _points_over_headline(lines, feats, run + [k] if k < len(lines) else run)
    if over is not None:
        return over
    run = run[:MAX_PLAIN_ITEMS]
    k = _past_link_lines(lines, feats, run[-1] + 1)
    if not _plain_run_ends(lines, feats, first, k) and k + 1 < len(lines) and _box_subheading(lines[k], feats[k]):
        # a second heading of the box and its points ("In short:" / points / "What's next?" / a point / the lead):
        # the box's when the run under it ends as a box does
        more = k + 1
        while more < len(lines) and more - k <= MAX_PLAIN_ITEMS and _plain_point(feats[more], feats[first]) \
                and not _header_starts(lines, feats, more):
            more += 1
        if more > k + 1 and _plain_run_ends(lines, feats, first, more):
            return run + list(range(k, more))
    return run if _plain_run_ends(lines, feats, first, k) else [first]


def _plain_run_ends(lines: list[Line], feats: list[Features], first: int, k: int) -> bool:
    """Whether a box's run of points that began at line `first` ends clearly above line `k` (`_plain_box`):
    one-sentence points end at a longer paragraph (a short story sentence reads as one more point); a fact box's lines
    with no sentence end, at any paragraph; either at the article's header (a box over the byline and the date: "In
    het kort" / three points / "Bas Wolters" / "13 maart 2026, 17:20" / the lead, as Parool, AD, NU.nl)."""
    return k < len(lines) and (feats[k].prose and (not feats[first].terminal or feats[k].words > PLAIN_ITEM_WORDS)
                               or _header_starts(lines, feats, k))


#: a box's points may be followed by this many link lines before the story ("Next Article in World »")
MAX_LINK_LINES_UNDER_BOX = 2


def _link_line(f: Features) -> bool:
    """A site's link line, no point of a box: a navigation phrase ("Next Article in World »", "Volgend artikel",
    "المقال التالي", a link's arrow), not prose."""
    return f.has("navigation") and not f.prose and not f.bullet


def _past_link_lines(lines: list[Line], feats: list[Features], k: int) -> int:
    """The first line from `k` on that is no link line (`_link_line`), over at most MAX_LINK_LINES_UNDER_BOX of them:
    CNN's "Story Highlights" box ends in "Next Article in World »" right above the lead, and a box read as ending at
    that link would hold no points (the link is neither the story's lead nor its header), so a highlight became the
    headline."""
    return _past(feats, k, MAX_LINK_LINES_UNDER_BOX, _link_line)


def _past(feats: list[Features], k: int, most: int, skipped) -> int:
    """The first line from `k` on that `skipped` (a test of a line's features) does not take, over at most `most`
    lines it takes."""
    for _ in range(most):
        if k < len(feats) and skipped(feats[k]):
            k += 1
    return k


def share_button(f: Features) -> bool:
    """A share button's line: the share category's phrase, no sentence ("Share this article", "Share", "Delen")."""
    return f.has("share") and not f.prose


def _header_starts(lines: list[Line], feats: list[Features], k: int) -> bool:
    """Whether the article's header starts at line `k`: a header line (`_header_line`: a byline, a date, a
    dateline), or an author's name alone (`lone_name`) right above one ("Bas Wolters" / "13 maart 2026, 17:20")."""
    return _header_line(lines[k], feats[k]) or (
        k + 1 < len(lines) and lone_name(lines[k].text, feats[k]) and _header_line(lines[k + 1], feats[k + 1]))


def _headline(line: Line, f: Features, low: int = RELATED_ITEM_WORDS[0], listed: bool = False) -> bool:
    """A linked headline: a few words (at least `low`), no sentence (a question is fine: "Why do storms seem to be
    getting stronger?", "Britain's bus fare cap: who really benefits?" read as prose by their length and question
    mark, `_question_headline`; bulleted too when `listed`), no widget phrase of its own."""
    return low <= f.words <= RELATED_ITEM_WORDS[1] and (not f.prose or _question_headline(line, f, listed)) \
        and not f.has("summary_heading") and not f.has("end")


#: a question that ends a headline: its mark, closing quotes or brackets after it
_QUESTION_END = re.compile(r"[?؟]['\"”’»)\]]*$")


def _question_headline(line: Line, f: Features, listed: bool = False) -> bool:
    """A headline that asks one question ("Waarom worden stormen steeds heftiger?", "لماذا ترتفع أسعار التذاكر؟"):
    one sentence, its only sentence end the question mark, no phrase-list match, and no bullet unless `listed` (the
    line stands in the box's run of bulleted headlines: `_listed`)."""
    text = strip_bullet(line.text) if listed else line.text.strip()
    return bool(_QUESTION_END.search(text)) and not SENTENCE_BOUNDARY.search(text) and (listed or not f.bullet) \
        and not f.categories


def _listed(feats: list[Features], j: int, items: int) -> bool:
    """Whether line `j`, bulleted, stands in a run of bulleted headlines under a box's heading: the box's headline
    right above it is bulleted, or (its first line) the line under it is. A related box's list has one style for all
    its headlines, so a bulleted question there ("- Wie zitten er straks in de raad?", "- Who are the new
    councillors?") is one more headline, not the story going on under the box (it kept a box's last headline)."""
    if not feats[j].bullet:
        return False
    if items:
        return feats[j - 1].bullet
    return j + 1 < len(feats) and feats[j + 1].bullet


def _also_read(line: Line) -> bool:
    """A heading that names another article ("ALSO READ", "Lees ook:", "اقرأ أيضاً": the phrase lists' also_read group),
    a whole line: under it stands a linked headline even when it reads as a sentence ("Read more" or "Click here" may
    end a teaser whose story goes on)."""
    return whole_phrase(line.text, "also_read")


def _more_heading(lines: list[Line], i: int) -> bool:
    """A "Read more" heading over a related box ("Read more:", "Lees meer:", "اقرأ المزيد:": the phrase lists'
    more_heading group), a whole line and not right under a paragraph cut off ("… [...]"), where the same words are the
    teaser's link to the rest of itself: under it two headlines or more may read as sentences (MORE_SENTENCE_ITEMS)."""
    return whole_phrase(lines[i].text, "more_heading") and not (i and CUT_OFF.search(lines[i - 1].text))


#: under a "Read more" heading (`_more_heading`) the box holds this many headlines written as sentences at least: the
#: same link closes a teaser list, and one sentence under it may be the story going on
MORE_SENTENCE_ITEMS = 2
#: ... and the story goes on under them: one of the SAME_STORY_BELOW paragraphs under the box shares a content word
#: with the story's paragraphs in the RELATED_BOX_STORY_ABOVE lines over the heading (a teaser under a page's last
#: "Read more" box is about another story; over an author's about box the story is read further up:
#: aboutbox.ABOUT_BOX_STORY_ABOVE)
RELATED_BOX_STORY_ABOVE = 20


def _sentence_headline(line: Line, f: Features) -> bool:
    """A linked headline written as one sentence ("Bus company fined after drivers worked 16-hour shifts, inspectors
    found."): right under an also-read heading (`_also_read`), where no story sentence stands."""
    return f.terminal and RELATED_ITEM_WORDS[0] <= f.words <= RELATED_ITEM_WORDS[1] and not f.categories \
        and not f.bullet and not SENTENCE_BOUNDARY.search(line.text.strip())


#: a linked headline written as a sentence after the box's first one has at most this many words: a story sentence
#: under the box runs longer as often, and one this short that reports a source is the story's too
SENTENCE_HEADLINE_MORE_WORDS = 12


def _story_sentence_after(line: Line, f: Features) -> bool:
    """A sentence under an also-read box's first sentence-shaped headline that is the story going on, not one more
    headline: longer than SENTENCE_HEADLINE_MORE_WORDS, or reporting a source ("…, the council said", "وقالت …")."""
    return f.words > SENTENCE_HEADLINE_MORE_WORDS or reports_source(line.text)


#: a teaser written as one sentence under a related box's heading by any of its names (`related_heading`) has at most
#: this many words: a dek as long as "De bouw van de fietsbrug loopt opnieuw vertraging op, meldt het college in een
#: brief aan de raad." (a story's paragraph under the box runs longer, or has two sentences)
TEASER_WORDS = 30
#: in the story, such a box holds this many sentence teasers at least (one sentence under a heading and the story going
#: on is no sign of a box) ...
MIN_TEASERS = 2
#: ... and a run of teasers at the story's end has no paragraph in this many lines under it: the page's furniture
TEASER_TAIL = 4


def related_heading(line: Line) -> bool:
    """A related box's heading by any of its names as a whole line ("Related", "More to watch", "Gerelateerde
    artikelen", "موضوعات ذات صلة": the phrase lists' related_heading group, nouns that announce other articles; a
    story's own subheadings such as "Don't miss", "Ook leuk", "لا تفوتك" are not in it)."""
    return whole_phrase(line.text, "related_heading")


#: a teaser's kicker before its sentence, with two dots or an ellipsis: "احذر.. هذه العادات …", "شاهد.. لحظة …",
#: "Watch… the moment …" (no sentence end of its own)
#: (its words hold no dot, so a run of dots is matched once: linear in the line)
_KICKER = re.compile(r"^[^\s.…]+(?:\s[^\s.…]+){0,2}?(?:\.\.+|…)\s+")


def _teaser(line: Line, f: Features) -> bool:
    """A teaser written as one sentence (its kicker aside: `_KICKER`): RELATED_ITEM_WORDS[0] to TEASER_WORDS words, one
    sentence end, no phrase-list match and no bullet."""
    return f.terminal and RELATED_ITEM_WORDS[0] <= f.words <= TEASER_WORDS and not f.categories and not f.bullet \
        and not SENTENCE_BOUNDARY.search(_KICKER.sub("", line.text.strip(), count=1))


def _teaser_run(lines: list[Line], feats: list[Features], i: int, most: int) -> tuple[int, int, int]:
    """Under the related heading at line `i`: the line under its teasers (headlines, `_headline`, and one-sentence
    teasers or deks, `_teaser`, `most` of them at most; its screen-reader labels), how many teasers, and how many of
    them are sentences."""
    j, items, sentences = carousel_pager_end(lines, feats, i + 1), 0, 0
    labelled = cut = False
    while j < len(lines):
        if cut and not _cut_teaser(lines[j]):
            break  # the box's teasers are cut off ("…winds..."): a whole sentence under them is the story's
        if _list_label(feats[j]):
            labelled = True
            j += 1
        elif items < most and _headline(lines[j], feats[j]):
            items += 1
            labelled = False
            cut = _cut_teaser(lines[j])
            j += 1
        elif items < most and not labelled and _teaser(lines[j], feats[j]):
            # a sentence first, under a headline (its dek) or under another sentence; not under a list label ("end
            # of list" closes the box, the story goes on under it)
            items += 1
            sentences += 1
            cut = _cut_teaser(lines[j])
            j += 1
        else:
            break
    return j, items, sentences


#: a teaser cut off by the box ("Storm Idris: Thousands without power as 80mph winds...", "…"): the dots at its end
_CUT_END = re.compile(r"(?:\.\.\.|…)['\"”’»)\]]*$")


def _cut_teaser(line: Line) -> bool:
    """A box's teaser cut off by an ellipsis at its end. A box cuts all its teasers alike, so once one is cut, a whole
    sentence under it is no teaser: the story going on under the box (it was read as a third teaser and went)."""
    return _CUT_END.search(line.text.rstrip()) is not None


#: a teaser names another article: the paragraph under a run of sentences that shares this many content words with
#: one of them, words the story above the heading never used, goes on about what that sentence said ("The Castle
#: Museum holds a winter fair …" / "Tickets for the winter fair at the Castle Museum …"), so they were the story's
#: own; the story's subject ("the bridge", "the council") is shared by its neighbours' teasers too
TEASER_SHARED_WORDS = 2


def _teasers_resume(lines: list[Line], feats: list[Features], heading: int, j: int) -> bool:
    """Whether the paragraph at line `j` goes on about one of the sentences under the heading at line `heading`: it
    shares TEASER_SHARED_WORDS content words with one that the story's paragraphs in the RELATED_BOX_STORY_ABOVE
    lines over the heading do not use: they are the story's sentences under its own subheading, no teasers."""
    if j >= len(lines):
        return False
    story = StoryWords(lines, feats, heading - RELATED_BOX_STORY_ABOVE).up_to(heading - 1)
    below = content_words(lines[j].text) - story
    return any(len(content_words(lines[k].text) & below) >= TEASER_SHARED_WORDS for k in range(heading + 1, j))


#: a related box's screen-reader labels ("list of 4 items", "list 1 of 4", "end of list", in the phrase lists as
#: misc widget text) are this short
LIST_LABEL_WORDS = 5


def _list_label(f: Features) -> bool:
    """A short widget line inside a related box (its list labels): part of the box, not one of its headlines."""
    return f.has("misc") and f.words <= LIST_LABEL_WORDS


def _lone_short_lines(feats: list[Features]) -> list[int]:
    """The story's subheadings: short lines with no sentence end, no bullet and no widget phrase, between two
    paragraphs (a related box's headlines stand in a run, never one alone between paragraphs)."""
    return [k for k in range(1, len(feats) - 1)
            if feats[k - 1].prose and feats[k + 1].prose and feats[k].subheading_like and not feats[k].terminal]


#: a story's subheadings elsewhere on the page: at least this many ...
MIN_OTHER_SUBHEADS = 2
#: ... and the line under the box at most this many words longer than the longest of them
SUBHEAD_SLACK_WORDS = 3


def _subhead_after_box(lines: list[Line], feats: list[Features], last: int, heading: int, subheads: list[int]) -> bool:
    """Whether the last "headline" under a related box, the line right above the story's next paragraph, is the
    story's subheading: the story has subheadings of its own elsewhere (two at least) and the line is about as
    short as they are (a line merely shorter than the box's headlines is no sign: "Save stories", "Color Theory"
    under real related boxes). A byline, a widget phrase, a line the page repeats, a sentence or exclamation, or
    a title-case line under title-case headlines ("Dow Jones Components Doing Great") is none."""
    f, text = feats[last], lines[last].text.rstrip()
    if not f.subheading_like or f.repeated > 1 or (f.terminal and not text.endswith(("?", "؟"))):
        return False
    if title_case(text) and all(title_case(lines[k].text) for k in range(heading + 1, last) if feats[k].words > 1):
        return False
    others = [feats[k].words for k in subheads if k < heading or k > last + 1]
    if len(others) >= MIN_OTHER_SUBHEADS:
        # as short as the story's subheadings (SUBHEAD_SLACK_WORDS more at most), and shorter than each headline of
        # the box: a line as long as one of them is the box's last headline ("The towns where the trains stopped
        # coming" under "Britain's bus fare cap: who really benefits?", over a long read's 3- and 4-word subheadings)
        return f.words <= max(others) + SUBHEAD_SLACK_WORDS \
            and all(feats[k].words > f.words for k in range(heading + 1, last) if not _list_label(feats[k]))
    return _lone_subhead_after_box(lines, feats, last, heading)


#: with too few subheadings elsewhere to compare with, the line under the box is at most this many words
LONE_SUBHEAD_WORDS = 5
#: ... and under a box of one headline, at most that headline's words divided by this
HALF_HEADLINE = 2


def _lone_subhead_after_box(lines: list[Line], feats: list[Features], last: int, heading: int) -> bool:
    """The story's subheading under a related box on a page with (almost) no other subheading to compare it with:
    shorter than every headline of the box (LONE_SUBHEAD_WORDS at most), and set off from the box as a headline
    never is: a question ("Wat gebeurt er nu?", "ماذا بعد؟"), a blank line above it where the box's headlines
    stand together, or it names what the paragraph under it is about (`_heads_next_paragraph`). Shortness alone is
    no sign ("Save stories", "Color Theory" end real boxes)."""
    f, text = feats[last], lines[last].text.rstrip()
    items = range(heading + 1, last)
    if f.words > LONE_SUBHEAD_WORDS or any(feats[k].words <= f.words for k in items):
        return False
    question = text.endswith(("?", "؟"))
    # the box's headlines stand together when two of them (or more) have no blank line between them: with one
    # headline there is nothing to compare, and a page that sets every line apart sets its headlines apart too
    together = [k for k in items if k > heading + 1]
    apart = lines[last].blank_before and bool(together) and not any(lines[k].blank_before for k in together)
    # a box of one headline has none to compare with: a line at most half as long as that headline, with the story's
    # paragraph right under it, is the story's subheading ("اقرأ أيضاً" / a 10-word headline / "دور القطاع الخاص" /
    # the story); a box's headlines share one style, and a second one is not a third of the first one's length
    heads = [k for k in items if not _list_label(feats[k])]
    halved = len(heads) == 1 and HALF_HEADLINE * f.words <= feats[heads[0]].words \
        and last + 1 < len(feats) and feats[last + 1].prose
    return question or apart or halved or _heads_next_paragraph(lines, feats, last, heading)


#: a subheading names its paragraph: at least this share of its content words stand in the paragraph under it
SUBHEAD_NAMED_SHARE = 0.5


def _heads_next_paragraph(lines: list[Line], feats: list[Features], k: int, heading: int) -> bool:
    """Whether line `k`, over the story's next paragraph, heads it: at least SUBHEAD_NAMED_SHARE of its content words
    stand in that paragraph, one of them a word the story above the box (RELATED_BOX_STORY_ABOVE lines over its
    `heading`) has not used. A subheading names what its section brings ("Fewer crossings to the islands" / "The
    winter timetable will also drop two of the daily crossings …"); a box's headline is about its own story, which
    shares the story's words if any, and the next paragraph's new words only by chance: one word of four or five
    ("Timetables for rail services change" over "Sunday timetables will …"), so one word is not enough."""
    if k + 1 >= len(lines) or not feats[k + 1].prose:
        return False
    below = content_words(lines[k + 1].text)
    above = StoryWords(lines, feats, heading - RELATED_BOX_STORY_ABOVE).up_to(heading - 1)
    words = content_words(lines[k].text)
    named = [w for w in words if shares_word({w}, below)]
    return len(named) >= SUBHEAD_NAMED_SHARE * len(words) and any(not shares_word({w}, above) for w in named)


#: a live blog's next entry under a box: its time, then its text within this many lines (a heading between)
ENTRY_TEXT_REACH = 2


def _story_resumes(lines: list[Line], feats: list[Features], j: int) -> bool:
    """Whether the story goes on at line `j`, under a box: a paragraph, or a live blog's next entry (its bare time,
    "12:10", then the entry's text under its heading: a box between two entries of a blog)."""
    if j >= len(lines):
        return False
    if feats[j].prose:
        return True
    return BARE_STAMP.match(lines[j].text) is not None \
        and any(feats[k].prose for k in range(j + 1, min(len(lines), j + 1 + ENTRY_TEXT_REACH)))


#: a box may be followed by this many share-button lines before the story goes on ("Share this article" / "Share")
MAX_SHARE_LINES_UNDER_BOX = 3


def _past_share_lines(feats: list[Features], k: int) -> int:
    """The first line from `k` on that is no share button's line (a short line of the share category, no sentence),
    over at most MAX_SHARE_LINES_UNDER_BOX of them: the Mail prints "Share this article" / "Share" under its carousel
    box, and the story's next paragraph under them was read as no story going on (the box's heading ended the
    article)."""
    return _past(feats, k, MAX_SHARE_LINES_UNDER_BOX, share_button)


def _short_subhead_resumes(lines: list[Line], feats: list[Features], heading: int, j: int) -> bool:
    """Whether the story resumes under its own short subheading at line `j`, right under the related box whose heading
    is line `heading` ("Gerelateerd" / two headlines / "Tarieven omhoog" / the story's next paragraph; "Related",
    "مواضيع ذات صلة" alike). Too short to be one of the box's headlines (fewer words than each of them,
    LONE_SUBHEAD_WORDS at most: a box's headlines share one style, and a blog's last "Related Posts" title is as long as
    the others; nor a title-case line under title-case headlines), no sentence but a question, no widget phrase, bullet
    or repeated line; and the story goes on under it: SAME_STORY_BELOW paragraphs, with the story's words
    (`_same_story`: a blog's footer pitch under a "Related Posts" box is one line, about the blog). Left unread,
    the box's heading ended the article there and the story under the subheading was taken for the article, or lost."""
    if j + 1 >= len(lines):
        return False
    f, text = feats[j], lines[j].text.rstrip()
    heads = [k for k in range(heading + 1, j) if not _list_label(feats[k])]
    if not heads or not f.subheading_like or f.categories or f.bullet or f.repeated > 1 \
            or (f.terminal and not text.endswith(("?", "؟"))) or f.words > LONE_SUBHEAD_WORDS \
            or any(feats[k].words <= f.words for k in heads):
        return False
    if title_case(text) and all(title_case(lines[k].text) for k in heads):
        return False  # a title-case line under title-case headlines is one more ("Hoppin' John" under a blog's box)
    # the story goes on for SAME_STORY_BELOW paragraphs under it: a blog's one-line pitch under its last related title
    # ("If you found this post useful, please share it …") and the comments is no story resuming
    below = range(j + 1, j + 1 + SAME_STORY_BELOW)
    return below[-1] < len(lines) and all(feats[k].prose for k in below) and _same_story(lines, feats, heading, j + 1)


def _box_items(lines: list[Line], feats: list[Features], i: int, low: int, most: int,
               sentences: bool) -> tuple[int, int]:
    """The line under the box whose heading is line `i`, and how many headlines the box holds: headlines of `low`
    words at least, `most` of them at most, and its screen-reader labels. `sentences`: the first headline may be
    written as a sentence, and the others then may be too (a box's headlines share one style: "Lees ook" /
    "Gemeente keurt fietspaden goed." / "Busbedrijf beboet om lange diensten.")."""
    j = carousel_pager_end(lines, feats, i + 1)  # (a carousel's "Previous" / "1" / "Next" under the heading)
    items = 0
    cut = False
    while j < len(lines):
        if cut and not _cut_teaser(lines[j]):
            break  # under cut-off headlines a whole line is the story's (`_cut_teaser`)
        if _list_label(feats[j]):
            j += 1  # "list 1 of 4", "end of list": the box's own screen-reader labels, no headline
        elif items < most and _headline(lines[j], feats[j], low, _listed(feats, j, items)):
            items += 1
            sentences = sentences and feats[j].terminal  # a short headline with its full stop is one style too
            cut = _cut_teaser(lines[j])
            j += 1
        elif items < most and sentences and _sentence_headline(lines[j], feats[j]) \
                and not (items and _story_sentence_after(lines[j], feats[j])):
            items += 1
            cut = _cut_teaser(lines[j])
            j += 1
        else:
            break
    return j, items


def _same_story(lines: list[Line], feats: list[Features], heading: int, j: int) -> bool:
    """Whether the story goes on under the box that ends above line `j`: one of the SAME_STORY_BELOW paragraphs from
    `j` on (the next line that is none ends them) shares a content word with the story's paragraphs in the
    RELATED_BOX_STORY_ABOVE lines over the box `heading`."""
    below = []
    while j < len(lines) and feats[j].prose and len(below) < SAME_STORY_BELOW:
        below.append(j)
        j += 1
    return story_goes_on(lines, below, StoryWords(lines, feats, heading - RELATED_BOX_STORY_ABOVE).up_to(heading - 1))


#: the page's furniture that may stand right under a related box at the story's end: a comment section's heading or
#: counter, another widget's heading, the footer's copyright line
_FURNITURE_AFTER = ("comments", "end", "copyright", "share", "newsletter", "tags")


def _furniture_after(feats: list[Features], j: int) -> bool:
    """Whether the box that ends above line `j` is the last thing of the story: the page ends there, or the page's
    furniture follows (`_FURNITURE_AFTER`: "Comments (23)", "Reacties", "© 2026 …"). Its heading and every headline go
    as one block then; left to the article's end, its headlines were the model's to keep one by one (the last of
    "More on the elections" / "- …" / "- Who are the new councillors?" stayed as the story's last paragraph)."""
    return j >= len(feats) or any(feats[j].has(c) for c in _FURNITURE_AFTER)


#: the words a box's closing link opens with ("Meer laatste nieuws", "More top stories", "المزيد من آخر الأخبار",
#: "Alle laatste nieuws"), in `match_key` form, with the "of"/"من" after them
_MORE_LINK = re.compile(r"^(?:meer|alle|more|all|المزيد|كل)(?: (?:van|of|من))? (.+)$")
#: a box's closing link has at most this many words
CLOSING_LINK_WORDS = 6


def _closing_link(lines: list[Line], feats: list[Features], heading: int, j: int) -> bool:
    """Whether line `j`, right under the headlines of the box whose heading is line `heading`, is the box's own link to
    more of the same: a "more"/"all" word and the heading's words ("Laatste nieuws" / … / "Meer laatste nieuws"), no
    sentence end. Left in place it read as the story's short subheading over its next paragraph, and stayed."""
    if j >= len(lines) or feats[j].terminal or feats[j].words > CLOSING_LINK_WORDS:
        return False
    m = _MORE_LINK.match(match_key(lines[j].text))
    return m is not None and m.group(1) == match_key(lines[heading].text)


def _lines_above(i: int, most: int, across: set[int]) -> list[int]:
    """The `most` lines right above line `i`, the lines in `across` passed over."""
    out: list[int] = []
    k = i - 1
    while k >= 0 and len(out) < most:
        if k not in across:
            out.append(k)
        k -= 1
    return out


def find_related_boxes(lines: list[Line], feats: list[Features], closing: set[int] | None = None,
                       across: set[int] | None = None) -> set[int]:
    """Line indexes of related-links boxes in the middle of a story: heading and headlines only.

    The heading is a short read-more/related phrase; one to four headlines follow (two at least after a
    "Related"/"More news" heading: one headline and paragraphs after such a heading is a glued second
    article, see losses.py); then running text again, and running text stands right above the heading
    too. A box at the story's end, the page's end or its furniture right under it (`_furniture_after`), goes too; a
    marker with anything else after it is left to the classifier (it ends the article there). `closing`, when given,
    collects the lines of the boxes at the story's end: no box to read across, their heading still ends the article
    (the body region must not read across such a box into a newsletter pitch or the comments under it). `across`:
    lines looked past for the prose above the heading (a multi-page story's pager right over the box, pagers.py).
    """
    found: set[int] = set()
    n = len(lines)
    subheads = _lone_short_lines(feats)
    for i, f in enumerate(feats):
        if f.words > 5 or not (f.has("read_more") or f.has("end")):
            continue
        if not any(feats[k].prose for k in _lines_above(i, RELATED_PROSE_ABOVE, across or set())):
            continue
        low = READ_MORE_ITEM_MIN_WORDS if f.has("read_more") else RELATED_ITEM_WORDS[0]
        # a box that labels its list ("list of 6 items" … "end of list") says where it ends: it may hold more
        most = MAX_ITEMS if i + 1 < n and _list_label(feats[i + 1]) else MAX_RELATED
        # under an also-read heading the headlines may be written as sentences (`_box_items`)
        j, items = _box_items(lines, feats, i, low, most, _also_read(lines[i]))
        if not items and f.has("read_more"):
            j, items = _topic_links(feats, i)
        if _more_heading(lines, i):
            # under "Read more" the headlines may be sentences, two of them at least, and the story goes on under them
            # with its own words ("Read more:" / "Neighbouring council scraps plan for three-weekly bin rounds." /
            # "Residents asked to weigh their rubbish for a week." / "The council's cabinet member said …")
            more_j, more_items = _box_items(lines, feats, i, low, most, True)
            sentenced = sum(1 for k in range(i + 1, more_j) if _sentence_headline(lines[k], feats[k]))
            if more_j > j and sentenced >= MORE_SENTENCE_ITEMS and _story_resumes(lines, feats, more_j) \
                    and _same_story(lines, feats, i, more_j):
                j, items = more_j, more_items
        if related_heading(lines[i]):
            # a related box by another name ("More to watch", "Ook interessant", "موضوعات ذات صلة") whose teasers are
            # written as sentences, as often as headlines: its sentences are teasers, not the story going on under a box
            teaser_j, teasers, sentenced = _teaser_run(lines, feats, i, most)
            if sentenced and teaser_j > j \
                    and not any(feats[k].prose for k in range(teaser_j, min(n, teaser_j + TEASER_TAIL))):
                # the teasers run down to the page's furniture (a headline and its dek, another headline, the tags):
                # the box closes the story, and its heading ends the article there (the classifier's end marker);
                # read as a box in the story, the dek under its first headline was the story going on
                continue
            first = carousel_pager_end(lines, feats, i + 1)
            below = _past_share_lines(feats, teaser_j)
            if sentenced >= MIN_TEASERS and first < n and feats[first].terminal and teaser_j > j \
                    and _story_resumes(lines, feats, below) and _same_story(lines, feats, i, below) \
                    and not _teasers_resume(lines, feats, i, below):
                # sentence teasers in the story, the story going on under them in its own words
                j, items = teaser_j, teasers
        closed = bool(items) and _closing_link(lines, feats, i, j)
        if closed:
            j += 1  # the box's "Meer laatste nieuws" under its headlines is the box's, not the story's subheading
        # the story goes on under the box: its paragraph, or its short subheading over one (`_short_subhead_resumes`,
        # the subheading stays the story's)
        # (the box's share buttons between, "Share this article" / "Share", are looked past: they go as share lines)
        resumes = _story_resumes(lines, feats, _past_share_lines(feats, j)) \
            or (items > 1 and _short_subhead_resumes(lines, feats, i, j))
        if not items or not (resumes or _furniture_after(feats, j)):
            continue
        # the story's own subheading stands between the box and its next paragraph: the story's (not where that
        # would leave a "Related" heading one headline, which is no box: the line is its second headline)
        if items > 1 and not closed and not _list_label(feats[j - 1]) and (items > 2 or f.has("read_more")) \
                and _subhead_after_box(lines, feats, j - 1, i, subheads):
            j -= 1
            items -= 1
        if items == 1 and not f.has("read_more"):
            continue  # "Related Topics" or "More news", one headline, paragraphs: a glued other article
        # (the share buttons under a box in the story go with it: "Share this article" is an end marker too, and
        # left alone it ended the article right under the box)
        found.update(range(i, _past_share_lines(feats, j) if resumes else j))
        if not resumes and closing is not None:
            closing.update(range(i, j))
        if resumes:
            found.update(_second_part(lines, feats, i, j, low))
    return found


#: a headline of a box's second part (`_second_part`) is at most this many words shorter than the box's shortest one: a
#: rail's headlines share one length ("Fuel prices fall for the third week running"), the story's subheading under its
#: paragraph is shorter ("What the wall will cost")
SECOND_PART_SLACK_WORDS = 2
#: ... and the second part holds at least this many headlines
SECOND_PART_MIN_HEADLINES = 2


#: a read-more heading's topic links ("Read more on:" / "proteas" / "australia" / "cricket"): this many one-word lines
#: at least (one word under "Read more:" over the story's next paragraph may be its subheading)
MIN_TOPIC_LINKS = 2


def _topic_links(feats: list[Features], i: int) -> tuple[int, int]:
    """The line under the topic links under the read-more heading at line `i`, and how many there are: a run of
    MIN_TOPIC_LINKS one-word lines or more (MAX_ITEMS at most) with no sentence end, as a tag list prints them; else
    (i + 1, 0)."""
    j = i + 1
    while j < len(feats) and j - i <= MAX_ITEMS and feats[j].words == 1 and not feats[j].terminal:
        j += 1
    return (j, j - i - 1) if j - i - 1 >= MIN_TOPIC_LINKS else (i + 1, 0)


def _second_part(lines: list[Line], feats: list[Features], heading: int, j: int, low: int) -> range:
    """The second part of the box whose heading is line `heading` and whose headlines end above line `j`, when a
    story's paragraph split it ("Trending now" / two headlines / one paragraph / two more headlines / the story): a
    side rail injected into the text between the story's paragraphs, cut where the scraper met a paragraph. The lines
    right under that one paragraph (line `j`), MAX_RELATED at most, in the box's shape (headlines as long as the
    box's shortest one, SECOND_PART_SLACK_WORDS fewer at most; the same sentence end and bullet as its first), with
    the story going on under them or the page's furniture; SECOND_PART_MIN_HEADLINES of them at least: one line under the paragraph is the story's subheading or
    a label over its list as often ("Just two:" over a post's bullets). The paragraph between is the story's (it
    shares its words, `_same_story`: a pitch between two widgets is none), and no line of the part has a phrase
    category or stands twice on the page (a breadcrumb, the page's headline and byline under a sponsor's box). A
    paragraph ending in a colon announces the story's own list under it: no second part then."""
    heads = [k for k in range(heading + 1, j) if not _list_label(feats[k])]
    if not heads or j >= len(lines) or not feats[j].prose or not _same_story(lines, feats, heading, j):
        return range(0)
    if lines[j].text.rstrip().endswith((":", "：")):
        # the paragraph announces what follows ("… the closures it announced are these:", "De afsluitingen:"): the
        # lines under it are the story's list, however much they look like the rail's headlines
        return range(0)
    first = feats[heads[0]]
    shortest = min(feats[k].words for k in heads)
    k = j + 1
    while k < len(lines) and k - j <= MAX_RELATED and _headline(lines[k], feats[k], low) \
            and feats[k].terminal == first.terminal and feats[k].bullet == first.bullet \
            and feats[k].words >= shortest - SECOND_PART_SLACK_WORDS and not feats[k].categories \
            and feats[k].repeated <= 1:
        k += 1
    part = range(j + 1, k)
    if len(part) < SECOND_PART_MIN_HEADLINES or not (_story_resumes(lines, feats, k) or _furniture_after(feats, k)):
        return range(0)
    return part



def teaser_lines(lines: list[Line], feats: list[Features]) -> set[int]:
    """The teasers under the page's related-box headings (by any name: `related_heading`), two at least, in a run
    (`_teaser_run`): other articles' headlines and sentences, no running text of the story that the page could have
    lost (losses.py counts the page's running text without them). Only under a related box's heading: under another
    end marker ("Most read") a run of sentences may be a list page's own lines."""
    out: set[int] = set()
    for i, line in enumerate(lines):
        if related_heading(line):
            j, items, _ = _teaser_run(lines, feats, i, MAX_ITEMS)
            if items >= MIN_TEASERS:
                out.update(range(i + 1, j))
    return out



#: the reason of a sign-up box's lines (a box, like a related box: the model does not overrule it)
SIGNUP_REASON = "sign-up box"
#: a sign-up form has at most this many field labels over its button ("First name", "Email address", "Sign up")
SIGNUP_FIELDS = 2
#: the box's pitch right above its form is one sentence of at most this many words ...
SIGNUP_PITCH_WORDS = 30
#: ... and its heading above the pitch a line of at most this many words with no sentence end
SIGNUP_HEADING_WORDS = 10


def _signup_line(line: Line, f: Features, group: str) -> bool:
    """A bare form label of a sign-up box (`group`: "signup_field" or "signup_button"), a whole line."""
    return f.words <= 5 and not f.terminal and in_group(line.text, f.words, group, contains=False)


def find_signup_boxes(lines: list[Line], feats: list[Features]) -> set[int]:
    """Line indexes of newsletter sign-up boxes: the form's field labels and button (one to SIGNUP_FIELDS field
    lines right above a button line: "E-mailadres" / "Aanmelden"), and above them the box's pitch when it speaks of
    the mail ("signup_pitch": inbox, nieuwsbrief, بريدك; or a newsletter phrase) with the heading over it. A field or a
    button alone is no box: "Subscribe" may end a list of options, "Email" a menu. The form's labels are the box's
    whatever the pitch is: with a story sentence right above them (no pitch), only the labels go."""
    found: set[int] = set()
    for b in range(1, len(lines)):
        if not _signup_line(lines[b], feats[b], "signup_button"):
            continue
        first = b
        while first - 1 >= 0 and b - (first - 1) <= SIGNUP_FIELDS \
                and _signup_line(lines[first - 1], feats[first - 1], "signup_field"):
            first -= 1
        if first == b:
            continue
        found.update(range(first, b + 1))
        pitch = first - 1
        if pitch < 0 or feats[pitch].words > SIGNUP_PITCH_WORDS or SENTENCE_BOUNDARY.search(lines[pitch].text.strip()) \
                or story_sentence(lines[pitch].text, feats[pitch].words) \
                or not (feats[pitch].has("newsletter")
                        or in_group(lines[pitch].text, feats[pitch].words, "signup_pitch", contains=False)):
            continue
        found.add(pitch)
        head = pitch - 1
        if head >= 0 and feats[head].words <= SIGNUP_HEADING_WORDS and not feats[head].terminal and feats[pitch].terminal:
            found.add(head)
    return found


#: the reason of a channel promo's own lines under its heading (a box, like a sign-up box: the model does not overrule it)
PROMO_REASON = "channel promo"
#: the channels a follow promo names: a messenger's channel, a news app, the site's own channel ("kanaal", "قناة")
_CHANNEL = re.compile(r"whats ?app|telegram|google news|kanaal|channel|واتس ?[اأ]ب|تيليجرام|تلغرام|تيليغرام|"
                      r"جوجل نيوز|غوغل نيوز|قنا[ةت]", re.IGNORECASE)
#: the verbs a promo's button opens with ("Volg het kanaal", "Join now", "انضم الآن", "اشترك")
_CALL_TO_ACTION = re.compile(r"^\W*(?:volg|abonneer|meld je aan|word lid|follow|join|subscribe|sign up|"
                             r"تابع|تابعوا|انضم|انضموا|اشترك|اشتركوا)\b", re.IGNORECASE)
#: a promo's heading takes at most this many lines under it (its pitch and its button) ...
PROMO_LINES = 2
#: ... a button of at most this many words
PROMO_BUTTON_WORDS = 4


def _promo_line(line: Line, f: Features) -> bool:
    """A line of a channel promo under its heading: one sentence of at most SIGNUP_PITCH_WORDS words that names a
    channel and speaks to the reader (no `story_sentence`: "WhatsApp launched channels in 2023, the company said." is
    a story's), or its button (a short line that opens with a call to action or names the channel, or a phrase list's
    link: "Volg het kanaal", "اضغط هنا")."""
    text = line.text.strip()
    if f.bullet or f.words > SIGNUP_PITCH_WORDS or SENTENCE_BOUNDARY.search(text) or story_sentence(text, f.words) \
            or not set(f.categories) <= {"misc", "read_more"}:
        return False
    if f.words <= PROMO_BUTTON_WORDS and not f.terminal:
        return bool(f.categories) or _CALL_TO_ACTION.search(text) is not None or _CHANNEL.search(text) is not None
    return _CHANNEL.search(text) is not None


def find_promo_boxes(lines: list[Line], feats: list[Features], closing: set[int] | None = None) -> set[int]:
    """The lines under a channel promo's heading inside the story ("Volg ons op WhatsApp" / "Mis geen nieuws: ontvang
    … via ons WhatsApp-kanaal." / "Volg het kanaal"; "تابعونا على واتساب" / "انضم إلى قناة … على واتساب" / "اضغط هنا"): the
    phrase lists name the heading (``misc``), and its pitch and button (`_promo_line`, PROMO_LINES at most) go with it
    as a related box's headlines go with theirs, when the story stands above the heading and goes on under the promo
    (`_story_resumes`) or the page's furniture follows (`_furniture_after`; `closing` collects those, as
    `find_related_boxes` does). The heading itself stays the phrase lists' decision."""
    found: set[int] = set()
    for i, f in enumerate(feats):
        if not f.has("misc") or f.prose or _CHANNEL.search(lines[i].text) is None \
                or not any(feats[k].prose for k in _lines_above(i, RELATED_PROSE_ABOVE, set())):
            continue
        j = i + 1
        while j < len(lines) and j - i <= PROMO_LINES and _promo_line(lines[j], feats[j]):
            j += 1
        if j == i + 1:
            continue
        resumes = _story_resumes(lines, feats, j)
        if resumes or _furniture_after(feats, j):
            found.update(range(i + 1, j))
            if not resumes and closing is not None:
                closing.update(range(i + 1, j))
    return found


#: why a poll's question goes (`poll_questions`)
POLL_REASON = "poll question"
#: a poll's answers under its question: at least this many removed short lines ("Yes" / "No" / "Vote now", "Ja" /
#: "Nee", "نعم" / "لا") ...
POLL_MIN_ANSWERS = 2
#: ... of at most this many words each
POLL_ANSWER_WORDS = 4


def poll_questions(texts: list[str], roles: list[str]) -> set[int]:
    """The kept lines that are a poll's labelled question (the phrase lists' ``poll_question``: "Poll: Should cars be
    banned from high streets at weekends?", "Peiling: …?", "استطلاع: …؟") with the poll's answers and button right
    under it, removed as furniture (POLL_MIN_ANSWERS short lines or more): the widget's own line, left behind when its
    answers went. Only with them: a post's headline may be a poll's question ("Poll: What phone will you buy this
    year?"), with its date and byline under it, not answers."""
    out: set[int] = set()
    for i, text in enumerate(texts):
        if roles[i] != "content" or not in_group(text, word_count(text), "poll_question"):
            continue
        answers = 0
        for j in range(i + 1, min(len(texts), i + 1 + MAX_ITEMS)):
            if roles[j] != "removed" or len(texts[j].split()) > POLL_ANSWER_WORDS:
                break
            answers += 1
        if answers >= POLL_MIN_ANSWERS:
            out.add(i)
    return out


#: why a pasted post's text goes with its chrome (`embedded_post_texts`)
EMBED_TEXT_REASON = "embedded post"
#: a pasted post's author line with its time stamp after a dot ("Marlow Traders @MarlowTraders · Aug 21"): a handle,
#: then a dot and a short stamp at the line's end (the phrase lists' misc took the line; this asks which kind it is)
_HANDLE_STAMP = re.compile(r"(?:^|\s)@\w{1,30}\s*[·•]\s*[^·•@]{1,25}$")
#: a pasted post's text is a post's length at most
EMBED_TEXT_WORDS = 70


def embedded_post_texts(texts: list[str], roles: list[str], reasons: list[str]) -> set[int]:
    """The kept lines that are a pasted post's text, between its chrome that went as furniture: right under its author
    line with a time stamp ("Marlow Traders @MarlowTraders · Aug 21", `_HANDLE_STAMP`, removed), with the site's
    embed label right above that ("Embedded post from X:", the phrase lists' ``embed``) or the post's counters right
    under the text ("212 Reposts 540 Likes", misc). Without its author line the post's words read as the story's own
    (\"Tonight's vote could finish off half the shops …\"): they go with it, as the tester expected of an embed."""
    out: set[int] = set()
    for i in range(1, len(texts)):
        above = texts[i - 1]
        if roles[i] != "content" or roles[i - 1] != "removed" or len(texts[i].split()) > EMBED_TEXT_WORDS \
                or not _HANDLE_STAMP.search(above):
            continue
        labelled = i >= 2 and roles[i - 2] == "removed" and in_group(texts[i - 2], len(texts[i - 2].split()), "embed")
        counted = i + 1 < len(texts) and roles[i + 1] == "removed" and reasons[i + 1] == "misc"
        if labelled or counted:
            out.add(i)
    return out
