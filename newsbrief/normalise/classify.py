"""The line classifier: every line gets one role.

Roles: ``title``, ``byline``, ``published``, ``content``, ``takeaway`` or
``removed`` (with a reason, for debugging and tests).

How it decides, in passes:

1. **Phrases and shape** (`features.py`): phrase categories, prose vs short lines.
2. **Summary boxes** (`boxes.py`) are set aside.
3. **Body region.** Prose lines are grouped into clusters; a cluster breaks at
   an end marker ("Related news", "الأكثر قراءة"), a copyright line, or a long
   run of non-prose lines. The cluster with the most prose, weighted by its
   density, is the article body (a list of teasers has prose too, but thin).
   The body grows over a neighbouring cluster when only a small widget or a
   marker lies between and the neighbour clearly continues the story: a run of
   paragraphs that share the story's vocabulary.
4. **Header.** Before the body: the title (the most headline-like line, or the
   first line when the page starts with a headline), byline and date lines,
   and a bullet standfirst. Everything else there is navigation.
5. **Smoothing inside the body.** Phrase-matched lines, captions and runs of
   three or more short lines (menus, headline lists, embed residue) are removed;
   a lone short line between paragraphs is a subheading or a short quote and is kept.
6. **After the body** everything is boilerplate.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from newsbrief.normalise.aboutbox import ABOUT_HEADING, HEADING_MAX_WORDS as ABOUT_HEADING_MAX_WORDS, resumed_about_boxes
from newsbrief.normalise.authorbox import AUTHOR_BOX_REASON, author_box_above
from newsbrief.normalise.pagers import PAGER_REASON, story_pagers
from newsbrief.normalise.fieldpairs import FIELD_REASON, header_fields
from newsbrief.normalise.condolence import CONDOLENCE_REASON, condolence_boxes
from newsbrief.normalise.boxes import (EMBED_TEXT_REASON, POLL_REASON, PROMO_REASON, SIGNUP_REASON, embedded_post_texts,
                                       find_boxes, find_promo_boxes, find_related_boxes, find_signup_boxes,
                                       poll_questions)
from newsbrief.normalise.bylinelabel import label_not_name
from newsbrief.normalise.charts import CHART_REASON, COLUMN_CHART_REASON, chart_lines, column_chart_lines, is_source_line
from newsbrief.normalise.commentcredit import (STORY_WORDS as CREDIT_STORY_WORDS, WIDGET_REASON, first_credit,
                                               recent_comment_widgets)
from newsbrief.normalise.comments import (
    FOOTER_REASON, FORM_REASON, PageLines, THREAD_REASON, closed_thread, comment_counter, comment_form, comment_header,
    comment_thread, header_over_thread, name_thread, named_post_head, names_comments, post_feed,
    short_post_counter, under_comment_header,
)
from newsbrief.normalise.dates import BARE_STAMP
from newsbrief.normalise.deadlines import deadline_line
from newsbrief.normalise.places import known_place
from newsbrief.normalise.datelines import (
    bare_arabic_name, credit_label, dateline_line, opens_with_dateline, place_author_and_date,
)
from newsbrief.normalise.features import CLOCK, SUBHEADING_MAX_WORDS, Features, line_features, prose_run, word_tokens
from newsbrief.normalise.headnotes import article_note, masthead_date_above, not_headlines, unless_alone
from newsbrief.normalise.pagebreaks import RUNNING_HEAD_REASON, running_heads
from newsbrief.normalise.gallery import (CAPTION_REASON, COUNTER_REASON, CREDIT_REASON, counted_captions,
                                        gallery_lines, photo_page_captions, story_gallery)
from newsbrief.normalise.learned import content_probabilities, decide_page, packaged_model
from newsbrief.normalise.letters import LETTER_REASON, letter_signatures
from newsbrief.normalise.lines import SENTENCE_BOUNDARY, Line, runs_on, word_count
from newsbrief.normalise.lists import (
    DESCRIPTION_REASON, LEAD_IN_REASON, LIST_REASON, VERDICT_REASON, StoryWords, announced_list_end, announces_list,
    content_words, continued_list_end, description_lists, introduces, leads_in, list_items, list_under_lead_in, list_under_paragraph, shares_word,
    verdict_items,
)
from newsbrief.normalise.verdictlines import rating_line, verdict_heading
from newsbrief.normalise.celltables import CELL_TABLE_REASON, cell_table_rows, number_cell
from newsbrief.normalise.losses import (
    update_label, NUMBER_RUN, SECOND_HEADER_REASON, TABLE_CELLS, has_figure_cells, second_article,
    second_article_header,
)
from newsbrief.normalise.pagemode import SOFT_REASONS, rule_reason
from newsbrief.normalise.matchfacts import FACTS_BELOW_REASON, MATCH_FACTS_REASON, facts_below, facts_box, results_below
from newsbrief.normalise.releasehead import headline_under_issuer
from newsbrief.normalise.columnname import column_author
from newsbrief.normalise.recipes import RECIPE_REASON, reaches_intro, recipe_above, recipe_end, recipe_lines
from newsbrief.normalise.contents import CONTENTS_REASON, contents_lines
from newsbrief.normalise.polls import POLL_BLOCK_REASON, poll_blocks
from newsbrief.normalise.pullquotes import PULL_QUOTE_REASON, pull_quotes
from newsbrief.normalise.references import REFERENCES_REASON, cited_notes, reference_lists
from newsbrief.normalise.signoffs import SIGNOFF_REASON, signoff_lines
from newsbrief.normalise.sponsored import (SPONSORED_BLOCK_REASON, SPONSORED_CALL_REASON, sponsor_line, sponsored_blocks,
                                           sponsored_calls)
from newsbrief.normalise.posthead import CUT_OFF, POST_HEAD_REASON, set_aside_above_post
from newsbrief.normalise.qa import POST_REASON, THREAD_STARTER, poster_name, qa_region, thread_reply
from newsbrief.normalise.threadposts import reply_start
from newsbrief.normalise.titlecues import SHORT_HEAD_MAX_WORDS, account_header, bare_byline, byline_or_stamp, \
    closing_bracket, count_list, cut_line, dated_label, life_span_head, not_a_headline, over_stamp, short_head
from newsbrief.normalise.phrases import BOILER_CATEGORIES, addresses_reader, categories_of, in_group, match_key, phrase_sets
from newsbrief.normalise.metadata import (
    HEADING_SCORE_MAX_WORDS,
    ISSUER_LABEL,
    bio_goes_on,
    byline_persons,
    credited_bio_name,
    credited_names,
    date_in,
    first_name,
    heading_score,
    hijri_date_line,
    has_byline_prefix,
    is_author_bio,
    is_job_title,
    surname_bio_name,
    names_author,
    is_desk_credit,
    is_dated_byline,
    name_under_label,
    is_honoured_name,
    without_honorific,
    is_relative_date,
    issue_date,
    is_name_like,
    name_in_place,
    update_time_warning,
    person_name,
    printed_date,
    site_title_copy,
    split_byline,
    title_variant,
    unglue_title,
    without_follow_widget,
    without_media_label,
)
from newsbrief.normalise.vectors import line_vectors, rule_group, stop_words
from newsbrief.normalise.wirecredit import wire_reporters
from newsbrief.normalise.widgetitems import WIDGET_ITEM_REASON, widget_items
from summarise.tables import filled_cells

#: non-prose lines allowed between two prose lines of the same body
MAX_GAP = 8
#: the longest inline widget of short link lines ("Most read" box) that a story may continue after
MAX_WIDGET = 24
#: a run of this many short lines inside the body is a widget, not subheadings
WIDGET_RUN = 3
#: prose split from the body by a widget or end marker continues the story if, next to the gap,
#: it has a run of this many paragraphs (a non-prose line between them at most) ...
CONTINUATION_RUN = 2
#: ... with this many words together ...
CONTINUATION_MIN_WORDS = 40
#: ... and this share of its longer words already occurred in the story
CONTINUATION_OVERLAP = 0.25
#: a list of teasers: at least TEASER_PAIRS prose lines, and TEASER_SHARE of them, one-sentence summaries right under a
#: headline-like line ("Kenyan police chase protesters" / "Police fired tear gas …" again and again); its
#: cluster score is multiplied by TEASER_DISCOUNT, so that a long list of one-sentence teasers does not outweigh the
#: story above or below it (a story's subheadings stand over a few paragraphs each, not over every one).
#: Chosen on folds 0-1 of the site-grouped split (l3s: a related-headlines list taken for the body)
TEASER_PAIRS = 4
TEASER_SHARE = 0.6
TEASER_SUMMARY_MAX_WORDS = 40
TEASER_DISCOUNT = 0.5
#: the lines between the story and prose under it are a table when this share of them are its rows (_figure_rows):
#: a heading and a header row over the results and the standings
TABLE_SHARE = 2 / 3
#: share of a headline's longer words that its story's opening paragraphs use ("Show more sharing options"
#: shares "more" with any story, a headline shares its names and nouns)
TITLE_STORY_SHARE = 0.34
#: the lines under a post's head whose prose is its opening, for the head's share of it (posthead.HEAD_STORY_SHARE)
POST_OPENING = 12
#: the longest word a headline word is split as a compound (Dutch "arbeidsongeschiktheidsverzekering": 33)
MAX_COMPOUND_CHARS = 64
#: how many lines after the body start may still hold a byline or date
HEADER_SPILL = 6
#: a labelled byline ("Auteur: …", "المحرر: …") stands at most this many lines under the story's last line
BYLINE_BELOW = 3
#: a columnist's name stands at most this many lines above the headline (their job line between)
COLUMNIST_ABOVE_TITLE = 2
#: a page's <title> line ("Headline - Site") stands at most this many lines above the headline it repeats
SITE_TITLE_REACH = 25
#: above a story with no headline, a line of at most this many words is its section label
SECTION_MAX_WORDS = 2
SECTION_REASON = "section label"
#: a paragraph above the headline that opens with a dateline ("LONDON — …", "AMSTERDAM - …", "القاهرة - …") and has
#: at least this many words is the story's first paragraph: the line taken for the headline is a related link or a box
#: heading between the lead and the rest of the story (a teaser of another story shares too few of its words, below)
DATED_LEAD_WORDS = 15
#: ... and at least this share of its longer words are the story's opening's (a teaser of another story's are not)
DATED_LEAD_SHARE = 0.3
#: the reason of such a lead's lines: fixed content (the model, which reads their neighbours above the headline as the
#: page's header, dropped them), read as prose (vectors.RULE_GROUPS)
DATED_LEAD_REASON = "dated lead above the headline"
_DIGIT = re.compile(r"\d")

# Categories that make a line boilerplate wherever it is.


@dataclass
class Decision:
    role: str           # title | byline | published | content | takeaway | removed
    reason: str = ""
    value: str | None = None  # the cleaned title/byline/date, when it differs from the line
    date: str | None = None   # a date found on a byline line ("By Jane Doe | March 4, 2024")
    #: the first stamp line of the comment thread the rules found after the story (comments.comment_stamps): losses.py
    #: warns from this one, so the warning and the cut can never disagree
    comment_stamp: bool = False
    #: "content": a post of a forum thread or an answer of a Q&A page (qa.py), "removed": a poster's name over a post;
    #: the line's role whatever the model says once it has decided (the reason stays the rules', so the model sees
    #: the line as on any page)
    thread_post: str | None = None
    #: on the comment_stamp line: how many replies of a forum thread pasted as text the rules cut there
    #: (threadposts.reply_start; 0: the thread is a story's comments), for losses.py's warning
    replies: int = 0


def _is_boiler(f: Features) -> bool:
    if f.has("read_more") and f.words > 25:
        return False  # a long paragraph that happens to start with "More on …" is prose
    return any(f.has(c) for c in BOILER_CATEGORIES)


#: an end marker's phrase ends the article only on a line this short (a heading, not a sentence that opens so)
END_MARKER_WORDS = 8


def _ends_article(f: Features) -> bool:
    """An end marker ("Related news") or a copyright line (the page footer starts there)."""
    return (f.has("end") and f.words <= END_MARKER_WORDS) or (f.has("copyright") and not f.has("caption") and f.words <= 20)


#: HTML or template residue that a scraper left in the text (``<img …>``, ``style="…"``): never a headline
# `(?<!\w)\w++` tries each word once: a bare `\w+="` restarted at every letter of a long word (quadratic;
# a 200 kB line took 152 s in title detection)
_MARKUP = re.compile(r"<[a-zA-Z/!][^>]*>?|(?<!\w)\w++=\"")


def _content_words(text: str) -> set[str]:
    """The words of four letters or more, case-folded: the vocabulary the body's growth (CONTINUATION_OVERLAP) and
    the headline test (TITLE_STORY_SHARE, its Arabic clitics and Dutch compounds) compare, stop words counted. Not
    `lists.content_words` (stop words out, `match_key` form): both shares are set on this definition, and that one
    here changes the rules' decisions on about one eval page in eight, so the fitted model too (BENCHMARKS.md, tidy3)."""
    # (each distinct word once: a 1 MB line of prose has 200k words and a few thousand distinct ones)
    return {w.casefold() for w in set(word_tokens(text)) if len(w) >= 4}




#: a menu's run under a label: a name-shaped line this many lines under it at most is the menu's next item (a
#: toolbar dumped one button a line: "Resize Text" / "Bookmark this Article" / "Facebook" / "Digg" / "Stumble Upon")
LABEL_RUN = 6


def _after_label(lines: list[Line], feats: list[Features], label_at: int | None, i: int) -> bool:
    """Whether a name-shaped line stands in a run of short lines under a line that proved to be the page's label
    (`label_at`: "Skip Navigation" / "Disability Statement" / "Contact Us", "Email Article" / "Reader Reaction"): a
    menu's or a toolbar's next item, not the author's name. A name right above the date or the story stays the
    byline ("Eredivisie Voetbal" / "Eva de Vries" / "6 december 2026")."""
    if label_at is None or not label_at < i <= label_at + LABEL_RUN:
        return False
    k = i + 1
    return k < len(lines) and not (feats[k].prose or date_in(lines[k].text) is not None or feats[k].has("date")
                                   or feats[k].has("byline"))


#: Arabic clitics and the article written onto a word: the conjunctions و and ف, the prepositions ب and ل, then ال
#: (or لل, ل with the article: "للمياه" is "المياه"), longest first
_ARABIC_PREFIX = re.compile("^(?:[وف]?(?:بال|لل|ال|ب|ل)|[وف])(?=[\u0621-\u064a]{3})")


def _stems(words: set[str]) -> set[str]:
    """`words` with an Arabic word's clitics and article taken off (_ARABIC_PREFIX: "للمياه", "والمياه" and "المياه"
    are one word), so that a paragraph's vocabulary meets the story's behind them; Latin words as they are (Dutch and
    English write no such prefix onto a word). A stem keeps three letters at least."""
    return {_ARABIC_PREFIX.sub("", w) if _ARABIC_WORD.match(w) else w for w in words}


def _menu_words(text: str) -> bool:
    """A line made only of menu words ("Menu Search Subscribe"): a navigation bar, never a headline."""
    words = word_tokens(text)
    menu = phrase_sets()["navigation"].exact
    return bool(words) and all(match_key(w) in menu for w in words)


#: a bar of short links ("Home | Local | Weather", "Nieuws • Sport • Cultuur") or a breadcrumb trail ("Travel >
#: Europe > City breaks"): this many parts or more ...
LINK_BAR_PARTS = 3
#: ... of at most this many words each
LINK_BAR_PART_WORDS = 2
#: ... between bars or dots: a run of white space is tried from its first position only (`(?<!\s)`), where the
#: same split begins, so a long run is read once, not once from each of its positions (linear, not quadratic)
_BAR_SEPARATOR = re.compile(r"(?<!\s)\s+(?:[|•·>›»]\s+|\|\s*)|\|\s*")
#: ... each of its matches holds one of these marks
_BAR_MARKS = "|•·>›»"


#: a live blog entry's head opens with its time: never the page's headline (features.CLOCK, tested next to it, finds
#: "13:05" anywhere in a line; this adds the dotted "13.05" at its start)
_ENTRY_TIME = re.compile(r"^\s*\d{1,2}\.\d\d\b")
#: a live blog entry's time standing alone on its line (dates.BARE_STAMP): with LIVE_MIN_STAMPS of them on a page,
#: each is the time of the entry under it, kept in the text (summarise/structure.py reads the blog's order from them)
#: whether it stands in the header zone or the body
LIVE_MIN_STAMPS = 3
LIVE_STAMP_REASON = "live blog entry time"
#: a match ticker's minute standing alone on its line ("76", "90+5", "82'"): with LIVE_MIN_STAMPS of them, each
#: over its entry and in the match's order, the ticker's own timeline (a bare "76" is otherwise a page number)
#: (never zero-padded: "05" over a line is a track list's or a ranking's number; at most MAX_MINUTE)
_MINUTE_STAMP = re.compile(r"^\s*([1-9]\d{0,2})(?:\s*\+\s*\d{1,2})?\s*['’′]?\s*$")
MAX_MINUTE = 130
#: the entry under a ticker's last time, past the last paragraph ("Kick-off.", "انطلاق المباراة."): the ticker's first
#: entry, kept even where it is too short for the body
LIVE_ENTRY_REASON = "live ticker entry"
#: the line under a live blog's entry time: the entry's heading or first line, kept in every mode (FIXED_REASONS)
LIVE_HEAD_REASON = "live blog entry head"
#: a live blog entry's own byline over its time (`_entry_byline`): removed, never the page's byline (its desk's "Filed
#: by …" in the header is) nor a line of the entry's text
ENTRY_BYLINE_REASON = "live blog entry byline"
#: an entry's byline names at most this many words ("Times of Israel Staff")
ENTRY_BYLINE_WORDS = 6
#: the small words a staff credit's name may hold between its capitalised ones
_CREDIT_JOINS = frozenset({"of", "the", "and", "&", "van", "de", "der", "den", "het", "en"})


def _entry_byline(text: str, f: Features) -> bool:
    """A labelled byline of a few words ("By Emanuel Fabian", "Door Eva Smit", "بقلم سامر الحديدي"), the author's follow
    widget glued to it or not ("By Sam Sokol Follow You will receive email alerts from this author. …"; the model kept
    such lines as the entry's text)."""
    bare = without_follow_widget(text)
    if bare != text and not f.has("byline"):
        f = replace(f, categories=categories_of(bare, len(bare.split())))  # (a long line is looked up no further)
    if not f.has("byline") or not has_byline_prefix(bare) or bare.rstrip().endswith((".", "!", "?")):
        return False  # ("By then the road was closed.": a sentence)
    author = split_byline(bare)[0]
    if not author or len(author.split()) > ENTRY_BYLINE_WORDS:
        return False
    # a person's name, a desk's credit, or a staff credit's capitalised words ("Times of Israel Staff")
    return person_name(author) or is_desk_credit(author) \
        or all(w[:1].isupper() or w in _CREDIT_JOINS for w in author.split())


#: a match's score line: team, goals, dash, goals, team ("Ajax 2 – 1 PSV", "الأهلي 2-0 الزمالك"); only a dash between
#: the numbers, never a colon: "Doors 19:30 Main Hall" is a clock time
_SCORE_LINE = re.compile(r"^\s*[^\W\d][^\d|]{0,40}?\s\d{1,2}\s?[-–—]\s?\d{1,2}\s[^\W\d][^\d|]{0,40}$")


#: a label or kicker line above a headline has at most this many words
LABEL_MAX_WORDS = 2
#: a menu bar without separators ("Nieuws Regio Sport Economie Cultuur Weer"): this many capitalised words at least ...
MENU_BAR_MIN_WORDS = 4
#: ... all of them menu words but this many (the phrase lists cannot name every site's sections)
MENU_BAR_OTHER_WORDS = 1


def _menu_bar(text: str, f: Features) -> bool:
    """A row of capitalised menu words with no separators, one word the phrase lists do not know allowed: never a
    headline (a headline has lower-case words between its names; Arabic has no case to tell, so it is left out)."""
    words = word_tokens(text)
    if len(words) < MENU_BAR_MIN_WORDS or f.arabic or not all(w[0].isupper() for w in words):
        return False
    menu = phrase_sets()["navigation"].exact
    return sum(match_key(w) not in menu for w in words) <= MENU_BAR_OTHER_WORDS


#: a site's menu written as one line, opening with its home link ("Home Features Society", "Front page Regional
#: National World", "الرئيسية تحقيقات مجتمع"): the home link, then at least MENU_ROW_MIN_ITEMS more items ...
#: (the home link's words are the phrase lists' `pager_home` group: `_home_words`)
MENU_ROW_MIN_ITEMS = 2
#: ... of words alone: no punctuation, no digit, none of the small words a headline reads with ("Home prices fall in
#: May", "Home is where the heart is")
_MENU_ROW_CHARS = re.compile(r"^[^\W\d_]+(?:\s+[^\W\d_]+)*$")


@functools.cache
def _home_words() -> str:
    """The home link's words as one regex alternation ("home", "home page", "front page", "voorpagina", "startpagina",
    "الرئيسية", "الصفحة الرئيسية"): the phrase lists' `pager_home` group, the one list that a blog pager's "Home" link
    (comments.post_feed), a menu row (`_menu_row`) and a home-led link bar (`home_bar`) all read. Longest first, a
    blank between words matching any run of blanks. Matched on the line as written: a word listed with a hamza'd alef
    would need its folded twin too (none is)."""
    words = sorted(phrase_sets()["pager_home"].exact, key=lambda word: (-len(word), word))
    return "|".join(r"\s+".join(map(re.escape, word.split())) for word in words)


@functools.cache
def _home_link() -> re.Pattern:
    """The home link that opens a menu row, followed by the row's items."""
    return re.compile(rf"^(?:{_home_words()})\s+(?=\S)", re.IGNORECASE)


@functools.cache
def _home_part() -> re.Pattern:
    """The home link as a whole part of a link bar, an icon's residue before it allowed ("Home", "» Voorpagina",
    "الرئيسية")."""
    return re.compile(rf"^\W{{0,3}}(?:{_home_words()})\W{{0,3}}$", re.IGNORECASE)


def _menu_row(text: str, f: Features) -> bool:
    """A menu row that opens with the home link and names sections the phrase lists do not know: never a headline
    (the caller also asks that it share no words with the story: "Home Office Minister Resigns" is about its story)."""
    home = _home_link().match(text)
    if not home or not _MENU_ROW_CHARS.match(text.strip()):
        return False
    items = text[home.end():].split()
    menu = phrase_sets()["navigation"].exact  # the stop-word lists name some section words ("World")
    small = stop_words() - menu
    if len(items) < MENU_ROW_MIN_ITEMS or any(match_key(w) in small for w in items):
        return False
    return f.arabic or all(w[0].isupper() for w in items)


#: a clitic written as a piece of its own is part of its neighbour, no item's word: Dutch "'s" and "'t" ("'s Avonds
#: uit"), Arabic "و" ("أخبار و رياضة", "News and Sport" with a blank after its "and")
_CLITIC_PIECES = frozenset({"'s", "’s", "'t", "’t", "و"})


def _part_words(part: str) -> int:
    """How many words a link bar's item has: the blank-separated pieces that hold a letter or a figure, so that an
    apostrophe or a hyphen joins a word, never splits it ("What's on", "Foto's & video's", "E-mail" are items of two,
    two and one words: \\w+ tokens read "What", "s", "on"), "&" is no word (a forum's "Forum › Wonen & Verbouwen ›
    Zonnepanelen") and a clitic standing apart is none either (`_CLITIC_PIECES`); a score's figures are words ("Game
    Stats | Sonics 109, Wolves 90" is a headline, no section trail)."""
    return sum(1 for piece in part.split() if piece.lower() not in _CLITIC_PIECES and any(ch.isalnum() for ch in piece))


def _bar_parts(text: str) -> list[str]:
    """The parts with text of a line split at `_BAR_SEPARATOR`. A line without any of its marks is one part, told
    without the regex, which tries every run of spaces (0.03 s a pass on a 1 MB line)."""
    if not any(mark in text for mark in _BAR_MARKS):
        return [text] if text.strip() else []
    return [p for p in _BAR_SEPARATOR.split(text) if p.strip()]


def _section_trail(text: str, f: Features) -> bool:
    """A section and its subsection ("Football | Premier League", "رياضة | كرة القدم"): parts of at most two words,
    capitalised where the script has case. "LIVE | Storm hits coast" is a headline with a label."""
    parts = _bar_parts(text)
    if len(parts) < 2 or any(_part_words(p) > LINK_BAR_PART_WORDS for p in parts):
        return False
    return f.arabic or all(w[0].isupper() for w in word_tokens(text))


def link_bar(text: str) -> bool:
    """A navigation bar of short links separated by bars or dots: never a headline ("LIVE | Storm hits" has 2 parts)."""
    return _link_bar_parts(_bar_parts(text))


def _link_bar_parts(parts: list[str]) -> bool:
    return len(parts) >= LINK_BAR_PARTS and all(_part_words(p) <= LINK_BAR_PART_WORDS for p in parts)


#: the reason of a home-led bar that the page's mode had kept (`without_home_bars`)
HOME_BAR_REASON = "menu bar (home link first)"


def home_bar(text: str) -> bool:
    """A bar of short links that opens with the home link ("Home | News | Sport", "Home > Travel > Europe", "Voorpagina
    • Nieuws • Regio", "الرئيسية | مطبخ | صحة | سفر"): a site's menu or breadcrumb on every page, no page's content
    (`link_bar`'s parts; a path, "/home/knoppix/…", has no spaced separators)."""
    parts = _bar_parts(text)
    # (the home link first, then every part's words: a table's row of 100k cells is read to its end by the second)
    return len(parts) >= LINK_BAR_PARTS and _home_part().match(parts[0].strip()) is not None \
        and _link_bar_parts(parts)


def without_home_bars(texts: list[str], roles: list[str]) -> list[str]:
    """The roles with every kept home-led bar (`home_bar`) removed; decided after the page's mode, so that the page
    layer reads the page as it was fitted on: made a phrase or a rule's line, the bar moved the page's features, and
    one cleaneval page's mode with them (BENCHMARKS.md, stop 30). In an open mode the model keeps the lines above the
    headline, and the bar with them. scripts/fit_normaliser.py scores the same text."""
    return ["removed" if role == "content" and home_bar(text) else role for text, role in zip(texts, roles)]


#: a link's arrow: "« Back to blog", "‹ Older posts", "← Home" open with one, "Real Time Brussels HOME PAGE »", "Find
#: homes »", "More →" end with one (a quotation's guillemets, "«…»", come in pairs: no arrow)
_ARROW_LINK = re.compile(r"^\s*[«‹←]\s|\s[»›→]\s*$")


def _arrow_link(text: str) -> bool:
    """A link's text with its arrow (see _ARROW_LINK): a button, never a headline."""
    return _ARROW_LINK.search(text) is not None and not ("«" in text and "»" in text)


#: an about heading (aboutbox.ABOUT_HEADING: "About Acme Robotics", "About the author", "عن الكاتب") is an end marker
#: whose paragraphs describe the organisation or the author, up to ABOUT_BLOCK_LINES of them (unless the story goes on
#: under the author's bio: aboutbox.resumed_about_boxes)
ABOUT_BLOCK_LINES = 3
#: the reason of an about block's lines (after the story, or the author's box inside it)
ABOUT_REASON = "about block"


#: what tells a paragraph about a person (a pronoun, an age: "Maria Lopez, 52, …", "Maria Jansen (52) …", "هي")
#: from one about an organisation ("founded", "company", "visit www…")
_PERSONAL = re.compile(r"(?<!\w)(?:she|he|her|his|him|zij|hij|ze|haar|hem|و?هو|و?هي|عمره|عمرها)(?!\w)"
                       r"|,\s\d{2},|\(\d{2}\)|\d{2}\s+عاما", re.IGNORECASE)
_CORPORATE = re.compile(r"(?<!\w)(?:company|companies|founded|headquartered|subsidiary|www\.|visit|inc|ltd|bedrijf|"
                        r"opgericht|onderneming|bezoek|الشركة|تأسست|تاسست|مقرها)(?!\w)", re.IGNORECASE)
#: how many lines above the story a byline may stand, for the person an "About <name>" heading may be about
BYLINE_REACH = 30


def _byline_name(lines, feats) -> str | None:
    """The name of the page's first byline line (BYLINE_REACH lines from the top), or None."""
    return next((split_byline(lines[k].text)[0] for k in range(min(len(lines), BYLINE_REACH))
                 if feats[k].has("byline")), None)


def _bare_arabic_byline(lines, feats, i: int, title_idx: int | None, header_end: int) -> bool:
    """Whether line `i` is an Arabic reporter's bare name under the headline ("الحكومة تعلن …" / "أحمد عبد الحميد" /
    "12 نوفمبر 2026"): the Latin rule takes a capitalised name there (metadata.is_name_like), Arabic has no case, so
    the story's date right under it stands in for the capitals, and the line passes the name checks of
    datelines.bare_arabic_name (no section, menu word, place with the article, agency or desk). The caller asks only
    before the page's date is found: under it a letters page's heading stands ("نُشر في: 4 ديسمبر 2026" / "أبقوا
    حافلات الليل"), or a live blog's first entry under its desk and date ("فريق التغطية المباشرة" / "7 ديسمبر 2026" /
    "سارة محمود" / "7 ديسمبر 2026 - 09:12"), whose reporter is no author of the page."""
    f = feats[i]
    if not f.arabic or f.categories or f.terminal or title_idx is None or not title_idx < i <= header_end:
        return False
    # (the reporter's city may stand on its own line between: "فهد الدوسري" / "الرياض" / the date, the place a known
    # one, places.py, which datelines.dateline_step reads as the dateline's place; or a translator's credit, "بول
    # كروغمان" / "ترجمة: سامر الأحمد" / the date, on a syndicated column)
    under = i + 2 if i + 2 < len(lines) and (known_place(lines[i + 1].text) or _labelled_name(lines[i + 1].text)) \
        else i + 1
    return under < len(lines) and date_in(lines[under].text) is not None and bare_arabic_name(lines[i].text) is not None


def _person_subheadings(lines, feats, author: str | None) -> list[int]:
    """The "About <name>" headings over paragraphs about a person who is not the page's `author` ("About Maria Lopez"
    / "Maria Lopez, 52, has worked at the clinic …"): a subheading of the story, no end marker (the phrase lists take
    any capitalised "About <Name>" for an organisation's block). The author's own "About Jane Doe" box and an
    organisation's "About Acme Robotics" ("… was founded in 2009") stay end markers."""
    out = []
    for k, f in enumerate(feats):
        if not (f.has("end") and ABOUT_HEADING.match(lines[k].text)) or f.words > ABOUT_HEADING_MAX_WORDS:
            continue
        name = ABOUT_HEADING.sub("", lines[k].text).strip(" :")
        if not person_name(name) or author and match_key(author).startswith(match_key(name)):
            continue  # "About the author", "About Our Company"; the author's own box
        under = [lines[j].text for j in range(k + 1, min(len(lines), k + 1 + ABOUT_BLOCK_LINES)) if feats[j].prose]
        if under and _PERSONAL.search(under[0]) and not any(_CORPORATE.search(t) for t in under):
            out.append(k)
    return out


def _without_end(feats: list[Features], indices) -> list[Features]:
    """`feats` with the "end" category dropped from the lines at `indices`; a new list, the caller's left as it was."""
    feats = list(feats)
    for k in indices:
        feats[k] = replace(feats[k], categories=[c for c in feats[k].categories if c != "end"])
    return feats


def _not_prose(feats: list[Features], indices) -> list[Features]:
    """`feats` with the lines at `indices` read as no prose; a new list when there are any, the caller's left as it
    was."""
    if not indices:
        return feats
    feats = list(feats)
    for k in indices:
        feats[k] = replace(feats[k], prose=False)
    return feats


def _about_heading_roles(lines, feats, author: str | None, out: list) -> tuple[list[Features], list[int]]:
    """The "About X" headings that end nothing, their "end" category undone here, in one place: an "About <person>"
    subheading of the story (`_person_subheadings`), and the author's about box that the story goes on under
    (aboutbox.resumed_about_boxes, read with those subheadings' end already undone). Returns the features and the
    box's lines no earlier rule decided (`out`), which the caller removes and reads across."""
    feats = _without_end(feats, _person_subheadings(lines, feats, author))
    boxes = [k for k in resumed_about_boxes(lines, feats, author) if out[k] is None]
    return _without_end(feats, boxes), boxes


def _about_blocks(lines, feats) -> set[int]:
    """... which stay boilerplate after the story whatever the learned model makes of their prose; so do the
    paragraphs under a press release's notes to editors or its press contact ("Notes to editors" / "Northvale Water
    supplies 2.1 million customers … For media enquiries contact …": the phrase group ``press_notes``), which an
    HTML extractor's body would put back as running text."""
    out: set[int] = set()
    for k, f in enumerate(feats):
        if f.has("end") and (ABOUT_HEADING.match(lines[k].text) or f.words <= END_MARKER_WORDS
                             and in_group(lines[k].text, f.words, "press_notes")):
            for j in range(k + 1, min(len(lines), k + 1 + ABOUT_BLOCK_LINES)):
                if not feats[j].prose:
                    break
                out.add(j)
    return out


def _clusters(lines: list[Line], feats: list[Features], skip: set[int],
              cut: int | None = None) -> list[tuple[int, int, float, bool]]:
    """(first, last, score, ended_by_marker) for each group of prose lines; no group runs over line `cut` (where a
    comment thread starts: the story above it and the comments are two groups however close they stand).

    The score is the prose characters times the share of prose lines in the group:
    an article body is dense running text, while a list of teasers (headline, author,
    date, one-sentence summary, again and again) has as much prose but spread thin.
    A long teaser list can still outweigh a short story that way, so a group in which
    nearly every prose line stands right under a headline-like line (`_teaser_head`) is
    discounted once more (TEASER_DISCOUNT).
    """
    clusters: list[list] = []
    current: list | None = None
    gap = 0
    previous: int | None = None  # the last line not skipped
    for i, f in enumerate(feats):
        if i in skip:
            continue
        if i == cut and current is not None:
            clusters.append(current)
            current = None
        if _ends_article(f):
            if current is not None:
                current[3] = True
                clusters.append(current)
                current = None
            previous = i
            continue
        if f.prose and not _is_boiler(f) and not f.has("caption"):
            if current is None or gap > MAX_GAP:
                if current is not None:
                    clusters.append(current)
                current = [i, i, 0, False, 0, 0]
            current[1] = i
            current[2] += f.chars
            current[4] += 1
            current[5] += previous is not None and _teaser_head(feats[previous]) and _one_sentence(lines[i].text, f)
            gap = 0
        elif current is not None:
            gap += 1
        previous = i
    if current is not None:
        clusters.append(current)
    out = []
    for first, last, chars, marker, prose_lines, teased in clusters:
        span = sum(1 for k in range(first, last + 1) if k not in skip)
        score = chars * prose_lines / max(1, span)
        if teased >= TEASER_PAIRS and teased >= TEASER_SHARE * prose_lines:
            score *= TEASER_DISCOUNT
        out.append((first, last, score, marker))
    return out


def _figure_rows(lines: list[Line], feats: list[Features]) -> set[int]:
    """The rows of a table of figures: runs of NUMBER_RUN or more short lines of TABLE_CELLS numbers or more each, and
    at most two words more than numbers ("Rovers 2-1 Ashby", "1 Rovers 16 11 3 2 36", "Lokaal Belang 2.233 2"; a
    headline with its date, "Hughes Focused On Rovers (Sunday January 13 2008)", is mostly words), no date among
    them (an archive's or a teaser list's dates are the page's, not a table)."""
    row = [f.words <= SUBHEADING_MAX_WORDS and not f.prose
           and has_figure_cells(line.text, max(TABLE_CELLS, f.words - 2))
           and date_in(line.text) is None for line, f in zip(lines, feats)]
    out: set[int] = set()
    i = 0
    while i < len(row):
        j = i
        while j < len(row) and row[j]:
            j += 1
        if j - i >= NUMBER_RUN:
            out.update(range(i, j))
        i = j + 1
    return out


#: the story resumes under its own list (`_story_list`) with a paragraph (or a run) of at least this many words
LIST_RESUME_MIN_WORDS = 25


def _story_list(lines, feats, between: list[int]) -> bool:
    """Whether the lines between the body and prose under it read as a list in the story: MIN_LIST_ITEMS or more
    short lines (at most SHORT_ITEM_MAX_WORDS words each), none of them prose, in a phrase category (a share bar, an
    end marker, a "Related" heading, a date line), or printed elsewhere on the page (a menu's or a sidebar's links
    stand twice), and at most MAX_WIDGET of them: ingredients, a tracklist, the subject lines a post quotes, a
    timeline's steps."""
    return MIN_LIST_ITEMS <= len(between) <= MAX_WIDGET and all(
        not feats[k].prose and not feats[k].categories and feats[k].repeated <= 1
        and feats[k].words <= SHORT_ITEM_MAX_WORDS and date_in(lines[k].text) is None for k in between)


#: a list in the story has at least this many items ...
MIN_LIST_ITEMS = 3
#: ... of at most this many words each (a longer line is a teaser's summary)
SHORT_ITEM_MAX_WORDS = 15


#: a story's closing sentence under its last paragraph has at least this many words ("The vote is next Tuesday.") ...
CLOSING_MIN_WORDS = 3
#: ... in Arabic, whose words carry their conjunction and article: "وتستمر المحاكمة." ("The trial continues.")
CLOSING_MIN_WORDS_AR = 2
#: a page's sign-off where a story's closing sentence stands: its thanks to the reader ("Thanks for reading.",
#: "Bedankt voor het lezen.", "شكراً للمتابعة.": no "you" that `addresses_reader` would see) or its maker's credit,
#: one word and "by" ("Powered by WordPress.", "Ontworpen door Studio Noord.", "مدعوم بواسطة ووردبريس.")
_SIGN_OFF = re.compile(r"^\W{0,3}(?:(?:thanks|thank you|many thanks|bedankt|dank (?:je|u|jullie)|hartelijk dank|"
                       r"شكرا|شكراً|شكرًا|نشكر)(?!\w)|\w+\s{1,3}(?:by|door|بواسطة)\s)", re.IGNORECASE)


def _closing_sentence(lines, feats, start: int, end: int, boxed: set[int], form: int | None,
                      stamped: tuple[int, int] | None) -> bool:
    """Whether the line right under the body's last paragraph is the story's closing sentence, too short for prose
    ("The vote is next Tuesday.", "De raad stemt op 11 december.", "ويصوت المجلس على الخطة الثلاثاء."): a sentence
    (`_closing_shape`) after a paragraph that ended one, that shares a content word with the story
    (`lists.content_words`, `lists.shares_word`: "Thanks for reading.", "Powered by WordPress." share none):
    boilerplate reads so. A sentence that a phrase-list line (a share bar, "Related stories", a newsletter box)
    follows right under it needs no shared word: it stands where the story ends and the page's furniture begins
    ("The trial continues." under a court report whose paragraphs never say "trial"; the boilerplate sentences of that
    place are named by the phrase lists, speak to the reader, thank them or credit the site's maker: `_SIGN_OFF`)."""
    k = end + 1
    return 0 <= end < k < len(lines) and feats[end].prose and feats[end].terminal \
        and _closing_shape(lines, feats, k, boxed, form, stamped) and _closing_word(lines, feats, start, end, k)


def _closing_shape(lines, feats, k: int, boxed: set[int], form: int | None, stamped: tuple[int, int] | None) -> bool:
    """Whether line `k` reads as a story's short closing sentence, its words aside: a sentence (a capital or an
    uncased script first, not all capitals as a shop's "NOW IN STOCK!", a sentence end, CLOSING_MIN_WORDS words), too
    short for prose, that no phrase list names, the page does not repeat, states no date line's date and that does
    not speak to the reader ("Thank you for reading.", "We welcome your views."). Not a comment form's or a thread's
    line."""
    if not 0 <= k < len(lines) or k in boxed or (form is not None and k >= form) \
            or (stamped is not None and k >= stamped[0]):
        return False
    f, text = feats[k], lines[k].text.strip()
    return f.terminal and not f.prose and not f.bullet and not f.categories \
        and f.words >= (CLOSING_MIN_WORDS_AR if f.arabic else CLOSING_MIN_WORDS) and f.repeated <= 1 \
        and text[:1].isalpha() and (text[0].isupper() or f.arabic) and not text.isupper() and date_in(text) is None \
        and not addresses_reader(text)


def _closing_word(lines, feats, start: int, end: int, k: int) -> bool:
    """Whether closing sentence `k` shares a word with the story above it (`start`..`end`), or a phrase-list line
    follows it (`_closing_sentence`)."""
    text = lines[k].text.strip()
    return k + 1 < len(lines) and bool(feats[k + 1].categories) and not _SIGN_OFF.match(text) \
        or shares_word(content_words(text), StoryWords(lines, feats, start).up_to(end))


#: at most this many short closing sentences under the story's last paragraph ("About 800 firefighters were
#: deployed." / "One firefighter died."): a longer run of short lines is a list or a box, read as before
CLOSING_MAX_LINES = 4


#: a line that trails off in an ellipsis ("To Main Menu . . .", "Read the full review…"): a link's label, never a
#: further closing sentence of the story (`_closing_end`)
_TRAILS_OFF = re.compile(r"(?:…|\.\s?\.\s?\.)[\"'”’)]*\s*$")


def _teaser_line(text: str, f: Features) -> bool:
    """A one-line teaser of another story: a read_more label with the headline on the same line ("Related: Insurers
    warn of rising losses", "Lees ook: Brandweer kampt met tekort", "اقرأ أيضا: شركات التأمين تحذر"), no sentence.
    A bare label ("Related stories") heads a box of headlines instead."""
    label, colon, headline = text.partition(":")
    return f.has("read_more") and not f.terminal and bool(colon) and len(headline.split()) >= 2


def _closing_end(lines, feats, start: int, end: int, boxed: set[int], form: int | None,
                 stamped: tuple[int, int] | None) -> int:
    """The body's end past the story's short closing sentences: a story may end in several ("About 800 firefighters
    were deployed." / "The A7 motorway was closed." / "One firefighter died."; "Er waren 800 brandweerlieden
    ingezet." / "Eén brandweerman kwam om."; "وشارك 800 رجل إطفاء." / "وتوفي رجل إطفاء."), CLOSING_MAX_LINES at
    most, under a paragraph that ended a sentence. Each reads as a sentence (`_closing_shape`), and the run ends
    in one that shares a word with the story or stands over the page's furniture (`_closing_word`): a sentence
    between them that names nothing of the story is the story's all the same, one after the last such is not (a
    site's "All systems normal." under a story). A one-line teaser of another story right under the paragraph or
    a closing sentence (`_teaser_line`: "Related: …") does not end the story when a closing sentence follows it:
    the teaser stays out by its phrase list, the story resumes under it. A further sentence that trails off in an
    ellipsis (`_TRAILS_OFF`: "To Main Menu . . .") ends the run: a menu's links read so."""
    if not (0 <= end < len(lines) and feats[end].prose and feats[end].terminal):
        return end
    taken, k, teaser = end, end + 1, False
    while k < len(lines) and k - end - teaser <= CLOSING_MAX_LINES:
        if not teaser and k + 1 < len(lines) and k not in boxed and _teaser_line(lines[k].text, feats[k]):
            teaser, k = True, k + 1
            continue
        if not _closing_shape(lines, feats, k, boxed, form, stamped) \
                or k > end + 1 + teaser and _TRAILS_OFF.search(lines[k].text):
            break
        if _closing_word(lines, feats, start, k - 1, k):
            taken = k
        k += 1
    return taken


#: a plain capitalised line under this many of the story's paragraphs is its subheading or a table's heading
#: ("Northern League Division One" over the results), not its author: a byline stands above the story, a standfirst
#: (one paragraph) at most between them
BYLINE_UNDER_PROSE = 2


def _heading_in_story(feats: list[Features], figures: set[int], start: int, i: int) -> bool:
    """Whether line `i` stands between the story's paragraphs: under BYLINE_UNDER_PROSE or more prose lines of the
    body that starts at `start`, right under one of them or under a heading there at most (a table's header row
    "Partij Stemmen Zetels" under "Uitslag gemeenteraad"), no phrase-list line between, and the story goes on right
    under it (a paragraph, or a table's row: `figures`, _figure_rows). A name under the story that only links and
    share buttons follow ("Neetzan Zimmerman" / "View Profile"), or a commenter's under a comment heading ("1
    Comment" / "Add a comment"), is read as before."""
    if not 0 < i < len(feats) - 1 or not (feats[i + 1].prose or i + 1 in figures):
        return False
    above = i - 1 if feats[i - 1].prose else i - 2
    return above >= 0 and feats[above].prose and (above == i - 1 or not feats[i - 1].categories) \
        and sum(1 for k in range(max(start, 0), i) if feats[k].prose) >= BYLINE_UNDER_PROSE


def _teaser_head(f: Features) -> bool:
    """A teaser's headline: a headline-shaped line (Features.headline_like) that is no prose."""
    return f.headline_like and not f.prose


def _one_sentence(text: str, f: Features) -> bool:
    """A teaser's summary: one sentence of at most TEASER_SUMMARY_MAX_WORDS words (a listicle's items under their
    headings are paragraphs of several sentences; a paragraph whose first words a page set on a line of their own
    runs on past its first sentence)."""
    return f.terminal and f.words <= TEASER_SUMMARY_MAX_WORDS and SENTENCE_BOUNDARY.search(text.rstrip()) is None


def _story_continues(lines, feats, body: tuple, other: tuple, skip: set[int], figures: set[int],
                     story: StoryWords | None = None) -> bool:
    """Whether a neighbouring prose cluster is more of the same story (split off by a widget or a marker).

    It must be close (at most a short widget in between), dense running text rather
    than teasers, and share the story's vocabulary. `story`: the body's words as the forward growth reads them
    (lists.StoryWords from body[0]), which a cluster under a table is compared with.
    """
    first, last = (body[1], other[0]) if other[0] > body[1] else (other[1], body[0])
    between = [k for k in range(first + 1, last) if k not in skip]
    # a table of figures between them (a match report's results and standings, an election's seats): the story's
    # own data, however long, and the story may end under it with a paragraph or two of any length (the manager's
    # quote, the next fixture); only a shared word tells it from a teaser under a sidebar's table
    # (a table read across from the other side too: the story's opening paragraphs above an election's results when
    # the body found is the longer part under them)
    tabled = TABLE_SHARE * len(between) <= sum(1 for k in between if k in figures)
    table = other[0] > body[1] and tabled
    if not table and other[0] > body[1] and _list_resumes(
            lines, feats, between, [k for k in range(other[0], other[1] + 1) if k not in skip],
            lambda: (story or StoryWords(lines, feats, body[0])).up_to(body[1])):
        return True
    # A widget between two parts of a story: a few lines, or a longer list of short link lines
    # (an inline "Most read" box) but then with no running text in it at all.
    if len(between) > MAX_GAP and not tabled and (len(between) > MAX_WIDGET
                                                 or any(feats[k].words > 15 for k in between)):
        return False
    inside = [k for k in range(other[0], other[1] + 1) if k not in skip]
    if other[0] < body[0]:
        inside.reverse()  # walk away from the body, starting at the side that touches it
    # The prose run next to the gap: more of the story, or a teaser list
    prose = prose_run(inside, lambda k: feats[k].prose)
    words = sum(feats[k].words for k in prose)
    if prose and not table and other[0] > body[1] and _story_list(lines, feats, between) \
            and words >= LIST_RESUME_MIN_WORDS:
        # the story's own list between (items, ingredients, a tracklist), then its paragraph again: one paragraph
        # that ends a sentence and names the story's subject is enough (a widget's blurb is a shorter line or shares
        # no word; a tag cloud or a footer's run of site names, however long, ends no sentence)
        story_words = (story or StoryWords(lines, feats, body[0])).up_to(body[1])
        if all(feats[k].terminal and shares_word(content_words(lines[k].text), story_words) for k in prose):
            return True
    if not prose or not tabled and (len(prose) < CONTINUATION_RUN or words < CONTINUATION_MIN_WORDS):
        return False
    if tabled:
        # under a table a paragraph or two end the story: one name or noun of the story in them (a teaser under a
        # sidebar's table is about another story); above it, the story's opening (CONTINUATION_RUN paragraphs or
        # CONTINUATION_MIN_WORDS words, sentences all) with one such word: the table's figures are what both parts
        # talk about, so few of their words repeat ("De VVD blijft … de grootste partij" over the results, the
        # reactions under them)
        if not table and (len(prose) < CONTINUATION_RUN and words < CONTINUATION_MIN_WORDS
                          or not all(feats[k].terminal for k in prose)):
            return False
        story_words = (story or StoryWords(lines, feats, body[0])).up_to(body[1])
        return any(shares_word(content_words(lines[k].text), story_words) for k in prose)
    story: set[str] = set()
    for k in range(body[0], body[1] + 1):
        if feats[k].prose:
            story |= _stems(_content_words(lines[k].text))
    theirs: set[str] = set()
    for k in prose:
        theirs |= _stems(_content_words(lines[k].text))
    return bool(theirs) and len(theirs & story) / len(theirs) >= CONTINUATION_OVERLAP


#: a list in the story that its paragraphs resume under (a post's list of titles, a council's contact list, a recipe's
#: ingredients under their headings) has items of at most this many words (a teaser's summary is longer)
LONG_ITEM_MAX_WORDS = 20


def _list_resumes(lines, feats, between: list[int], inside: list[int], story_words) -> bool:
    """Whether the lines between the body and the prose group `inside` under it are the story's own list and the
    story goes on under it: MIN_LIST_ITEMS to MAX_WIDGET short lines (LONG_ITEM_MAX_WORDS words at most),
    none of them prose, in a phrase category (a share bar, an end marker, a "Related" heading), printed elsewhere on
    the page (a menu's links), dated (an archive) or naming the comments (a comment section's view options: "Flat
    list - collapsed", "30 comments per page"); then, next to the list, a run of CONTINUATION_RUN paragraphs or more
    (LIST_RESUME_MIN_WORDS words together) that each end a sentence, one of them naming a word of the story
    (`story_words()`, read only then), not all of them speaking to the reader. A widget's blurb under a link list is
    one paragraph; a sidebar's promos under its headline list all speak to the reader ("Want to know when your
    favourite band is coming to town?", "Find out what's playing near you."); its teasers share no word or end no
    sentence."""
    if not MIN_LIST_ITEMS <= len(between) <= MAX_WIDGET or not all(
            not feats[k].prose and not feats[k].categories and feats[k].repeated <= 1
            and feats[k].words <= LONG_ITEM_MAX_WORDS and date_in(lines[k].text) is None
            and not names_comments(lines[k].text) for k in between):
        return False
    prose = prose_run(inside, lambda k: feats[k].prose)
    if len(prose) < CONTINUATION_RUN or sum(feats[k].words for k in prose) < LIST_RESUME_MIN_WORDS \
            or not all(feats[k].terminal for k in prose) or all(addresses_reader(lines[k].text) for k in prose):
        return False
    words = story_words()
    return any(shares_word(content_words(lines[k].text), words) for k in prose)


#: a prose group that starts above a comment thread's first stamp is the thread's when fewer of its prose lines than
#: this stand above that stamp (the thread's own fine print or its first comment's title); with more, it is a story
#: that runs on into its comments, which the cut at the stamp ends (rule_classify)
THREAD_LEAD_PROSE = 2


def _in_thread(feats, cluster: tuple, stamped: tuple[int, int], boxed: set[int]) -> bool:
    """Whether a prose group (from _clusters) is a comment thread's: it starts below the thread's first stamp (a long
    thread's stamp chain may break and go on: slashdot's comments run on after a gap), or right above it
    (THREAD_LEAD_PROSE)."""
    first, last = cluster[0], cluster[1]
    if first >= stamped[0]:
        return True
    lead = sum(1 for k in range(first, min(last + 1, stamped[0])) if k not in boxed and feats[k].prose)
    return first < stamped[0] <= last and lead < THREAD_LEAD_PROSE


#: a site's footer blurb stands at most this many lines above the page's end ("Powered by WordPress", a copyright
#: line, a follow link)
FOOTER_TAIL = 4


def _past_footer_blurb(lines, feats, clusters, at: int, skip: set[int]) -> int:
    """The cluster to anchor the body on when the best one, `at`, is the site's footer blurb: one prose line at the
    page's end (at most FOOTER_TAIL lines under it, none of them prose but a copyright line) with an end marker above
    it and, above that marker, a prose group the marker closes ("Bossip is the premier destination for …" over its
    copyright line, "… is published by Example Media" under an "About …" heading and its links). A short post's one or
    two sentences weigh less than such a sentence, but the marker closes the post and the blurb is the site's, the
    same on every page. That group is the anchor then, the best such one; otherwise `at`."""
    first, last = clusters[at][0], clusters[at][1]
    if last > first:
        return at  # two prose lines or more: a story's paragraph run, not a blurb
    tail = [k for k in range(last + 1, len(lines)) if k not in skip]
    # (a copyright line of any length: "© 2026 … All Rights Reserved. Terms under which this service is provided …"
    # runs past the end marker's 20 words)
    if len(tail) > FOOTER_TAIL or any(feats[k].prose and not _ends_article(feats[k]) and not feats[k].has("copyright")
                                      for k in tail):
        return at
    closed = [k for k in range(at) if clusters[k][3]]
    if not closed:
        return _past_legal_blurb(lines, feats, clusters, at, tail)
    return max(closed, key=lambda k: clusters[k][2])


#: a site's footer links: at least this many short lines, none of them prose, right above a legal blurb
FOOTER_LINKS = 8
#: the story above a legal blurb (`_past_legal_blurb`) has at least this many prose lines and words
LEGAL_STORY_LINES = 2
LEGAL_STORY_WORDS = 40


def _past_legal_blurb(lines, feats, clusters, at: int, tail: list[int]) -> int:
    """The cluster to anchor the body on when the best one, `at`, is one prose line inside the site's footer: a legal
    notice (`_legal_notice`) right over the copyright line (in `tail`, the lines under it) and right under a run of
    FOOTER_LINKS short lines or more with no prose among them (the footer's link columns: "Markets" / "Site Map" /
    "RSS Feeds" / …). Such a line ("Most stock quote data provided by …", a disclaimer of a hundred words and more, the
    same on every page) outweighed the story's paragraphs above the footer. That story, the best prose group above the
    footer with LEGAL_STORY_LINES prose lines and LEGAL_STORY_WORDS words at least, is the anchor then; otherwise
    `at`. A one-paragraph story right over its copyright line says no legal notice's words and stays, whatever stands
    above its menu."""
    first = clusters[at][0]
    if not any(feats[k].has("copyright") for k in tail) or not _legal_notice(lines[first].text):
        return at
    run = 0
    k = first - 1
    while k >= 0 and not feats[k].prose and feats[k].words <= SUBHEADING_MAX_WORDS:
        run += 1
        k -= 1
    if run < FOOTER_LINKS:
        return at
    above = [j for j in range(at) if clusters[j][1] <= k and _story_group(feats, clusters[j])]
    if not above:
        return at
    return max(above, key=lambda j: clusters[j][2])


def _legal_notice(text: str) -> bool:
    """Whether a paragraph says a legal notice's words in one of its sentences ("All rights reserved.", "Alle rechten
    voorbehouden.", "جميع الحقوق محفوظة": the phrase lists' copyright group, read sentence by sentence since it matches
    short lines only). A story's one paragraph says none of them."""
    return any(in_group(part, len(part.split()), "copyright") for part in SENTENCE_BOUNDARY.split(text))


def _story_group(feats, cluster: tuple) -> bool:
    """Whether a prose group has a story's LEGAL_STORY_LINES prose lines and LEGAL_STORY_WORDS words at least."""
    prose = [k for k in range(cluster[0], cluster[1] + 1) if feats[k].prose]
    return len(prose) >= LEGAL_STORY_LINES and sum(feats[k].words for k in prose) >= LEGAL_STORY_WORDS


def _body_region(lines, feats, clusters, boxed: set[int], figures: set[int], page: PageLines,
                 stamped: tuple[int, int] | None = None) -> tuple[int, int]:
    """First and last line of the article body: the best prose cluster, grown over its continuations. `figures`: the
    page's rows of figures (_figure_rows); `page`: its lines by their text (comments.PageLines); `stamped`: the first
    and last stamp line of a comment thread on the page (comments.comment_thread)."""
    if not clusters:
        # No running text anywhere (a list, a poem, a page of short lines): there is no body to anchor on,
        # so everything after the headline that no phrase marks as furniture is kept.
        return 0, len(lines) - 1
    # a comment platform's credit ("blog comments powered by Disqus") ends what stands above it: no prose group runs
    # over it (commentcredit.py)
    credit = first_credit(lines)
    if credit is not None and any(c[0] < credit < c[1] for c in clusters):
        clusters = _clusters(lines, feats, boxed, credit)
    # a comment thread under its header ("128 Comments", "Sort by: Newest") is no body when a story stands above it,
    # however much prose its comments have
    thread = next((k for k in range(1, len(clusters)) if under_comment_header(lines, feats, clusters[k][0], page)),
                  None)
    # ... nor is what stands under a comment platform's credit ("blog comments powered by Disqus"): the embedded
    # thread ends there and the sidebar follows; the story is above it (commentcredit.py)
    credit = _credit_under_story(lines, feats, clusters, boxed, credit)
    if credit is not None:
        below = next(k for k in range(1, len(clusters)) if clusters[k][0] > credit)
        thread = below if thread is None else min(thread, below)
    at = max(range(thread or len(clusters)), key=lambda k: clusters[k][2])
    if stamped is not None and _in_thread(feats, clusters[at], stamped, boxed):
        # ... nor is the prose under a thread's first stamp: the story is the best cluster above it, the prose groups
        # cut at that stamp, when one stands there (a slashdot story is one paragraph over hundreds of comments, with
        # one line of fine print between them)
        cut = _clusters(lines, feats, boxed, stamped[0])
        above = [k for k in range(len(cut)) if cut[k][1] < stamped[0]]
        if above:
            clusters = cut
            at = max(above, key=lambda k: clusters[k][2])
    at = _past_footer_blurb(lines, feats, clusters, at, boxed)
    lo = hi = at
    body = clusters[at]
    # grow the body over neighbours that continue the story past a widget or an end marker
    story = StoryWords(lines, feats, body[0])  # the forward growth keeps the body's first line
    # (and stops at the comment platform's credit under the story: the sidebar's teasers under it are no more of it)
    stop = len(clusters)
    if credit is not None and body[0] < credit:
        stop = next((k for k in range(len(clusters)) if clusters[k][0] > credit), stop)
    while True:
        while hi + 1 < stop and _story_continues(lines, feats, body, clusters[hi + 1], boxed, figures, story):
            hi += 1
            body = (body[0], clusters[hi][1], body[2], clusters[hi][3])
        # a list the story announces ("… the players invited to the combine:") is the story's, and the story
        # may go on under it (lists.py)
        listed = announced_list_end(lines, feats, story, body[1], boxed)
        if listed is None:
            # ... and so is the rest of a list the body's last lines begin, its shorter items past the last paragraph
            listed = continued_list_end(lines, feats, body[1], boxed)
        if listed is None:
            # ... and a recipe set under the story: its ingredients and method (recipes.py)
            listed = recipe_end(lines, feats, story, body[1], boxed)
        if listed is None:
            break
        body = (body[0], listed, body[2], body[3])
        while hi + 1 < len(clusters) and clusters[hi + 1][0] <= listed:
            hi += 1
            # a prose group that the list's last lines start runs on past them (a recipe's method, then the cook's
            # notes under a "My Notes" heading in the same group): the story goes on to that group's end, as it
            # would had the group been the body's own
            body = (body[0], max(body[1], clusters[hi][1]), body[2], body[3])
    # a recipe's ingredients right above a body that opens with its method, and the introduction over them (recipes.py)
    heading = recipe_above(lines, feats, body[0], boxed)
    if heading is not None:
        body = (heading, body[1], body[2], body[3])
        while lo > 0 and clusters[lo - 1][0] >= body[0]:
            lo -= 1
        if lo > 0 and reaches_intro(feats, clusters[lo - 1][1], heading):
            lo -= 1
            body = (clusters[lo][0], body[1], body[2], body[3])
    while lo > 0 and _story_continues(lines, feats, body, clusters[lo - 1], boxed, figures):
        lo -= 1
        body = (clusters[lo][0], body[1], body[2], body[3])
    return body[0], body[1]


def _credit_under_story(lines, feats, clusters, skip: set[int], credit: int | None) -> int | None:
    """`credit`, the line of a comment platform's credit (commentcredit.first_credit), when prose groups (from
    _clusters) stand both above it, with a story's words (commentcredit.STORY_WORDS), and under it; else None."""
    if credit is None or not any(c[0] > credit for c in clusters[1:]):
        return None
    words = sum(feats[k].words for c in clusters if c[0] < credit for k in range(c[0], min(c[1], credit) + 1)
                if feats[k].prose and k not in skip)
    return credit if words >= CREDIT_STORY_WORDS else None


#: the story over a false headline (`_story_over_false_head`) has at least this many words of prose
FALSE_HEAD_STORY_WORDS = 40


def _story_over_false_head(lines, feats, clusters, skip: set[int], title: int) -> int | None:
    """The first line of the story above the chosen headline when that line heads no story (titlecues.not_a_headline:
    a line ending on a colon, a salutation, a comment form's prompt, a related box's heading) and prose groups stand
    above it: the nearest group and those right over it (MAX_GAP lines apart, no end marker between), from under the
    first headline over its stamp among them, with FALSE_HEAD_STORY_WORDS words of prose at least. None otherwise:
    the headline stands."""
    if not not_a_headline(lines[title].text):
        return None
    above = [c for c in clusters if c[1] < title and c[0] not in skip]
    if not above:
        return None
    first = len(above) - 1
    while first > 0 and not above[first - 1][3] and above[first][0] - above[first - 1][1] <= MAX_GAP:
        first -= 1
    top = above[first][0]
    # a headline over its byline or date among those groups starts the story: the prose over it is the site's tagline
    # or a sidebar's ("Equipping grassroots theologians …" / "Diana Butler Bass in 3-D!" / "August 6, 2012 by …")
    head = next((k for k in range(top, above[-1][1]) if not feats[k].prose and not feats[k].categories
                 and feats[k].words >= 3 and (over_stamp(lines, feats, k) or _over_date(lines, feats, k))), None)
    if head is not None:
        top = next((k for k in range(head + 1, above[-1][1] + 1) if feats[k].prose and k not in skip), top)
    words = sum(feats[k].words for k in range(top, above[-1][1] + 1) if feats[k].prose and k not in skip)
    return top if words >= FALSE_HEAD_STORY_WORDS else None


def _over_date(lines, feats, k: int) -> bool:
    """Whether a date line alone stands right under line `k` ("October 23, 2026": one word to the features, no
    stamp to posthead.is_stamp), as under a blog post's headline."""
    return k + 1 < len(lines) and not feats[k + 1].prose and date_in(lines[k + 1].text) is not None


#: a headline that asks a question reads as a sentence ("لماذا يتأخر التعافي الاقتصادي في لبنان؟"), so the body may
#: start at it; it is the headline when it is this short ...
QUESTION_HEADLINE_MAX_WORDS = 15


#: a body region of this many prose lines under a comment form is a story (a pop-up's form stands above it in the
#: dump), not a sidebar's blurb: the form then ends nothing
FORM_STORY_PROSE = 3


def _comment_form(lines, feats, start: int, end: int, first_text: int) -> int | None:
    """The first line of the post's comment form (comments.comment_form), or None: also when the body region the rules
    found stands under it with FORM_STORY_PROSE prose lines or more, or with any prose and no post text above the
    form (a form ends a post only when the post's text lies above it: a two-paragraph brief under a pop-up's "Leave a
    Reply" form is the story, while a short post's form over a sidebar's "about me" blurb has the post above it, its
    prose or a sentence in no phrase category: "Wow… just wow."). `first_text`: _first_post_text(feats)."""
    form = comment_form(lines, feats)
    if form is not None and start > form:
        below = sum(feats[k].prose for k in range(start, end + 1))
        if below >= FORM_STORY_PROSE or (below and first_text >= form):
            return None
    return form


#: an update note above the headline has at most this many lines between it and the story: the headline, its kicker,
#: byline and date lines (HEADER_SPILL and the headline)
UPDATE_NOTE_HEAD_LINES = HEADER_SPILL + 1


#: a clock time alone with an Arabic morning/evening mark ("00:18 صباحا", "10:55 م"); a Latin one is dates.BARE_STAMP
_ARABIC_CLOCK = re.compile(r"^\s*(?:[01]?\d|2[0-3])[:.][0-5]\d\s*(?:صباحا|صباحاً|مساء|مساءً|ص|م)\s*$")


def _clock_line(text: str) -> bool:
    """A clock time alone on its line ("14:32", "2.15pm", "00:18 صباحا")."""
    return BARE_STAMP.match(text) is not None or _ARABIC_CLOCK.match(text) is not None


#: the rule reason of such a label right above the story (a fixed decision: no table names it, vectors.rule_group)
UPDATE_LABEL_REASON = "update label above the story"


def _update_label(lines, feats, i: int) -> bool:
    """Whether line `i` is an update note's label alone (the phrase lists' `update_note`, no sentence: at most
    UPDATE_LABEL_MAX_WORDS words, a clock time at most), which a site sets over the paragraph that updates the
    story. A line with a date ("Last Updated: 2:55am GMT 29/12/2007", "Updated: 18 Nov 2019, 19:11") is the page's
    update stamp, read as a date line."""
    return 0 <= i < len(lines) and update_label(lines[i].text, feats[i])


def _past_update_note(lines, feats, start: int, end: int, skip: set[int]) -> int:
    """The body's first line once an update note above the headline is left out of it: a site that updates a story
    prints the note at the top of the article, over the headline ("Update, 6 December 2026, 15:10: This article has
    been updated with …", "Bijgewerkt: …", "تحديث: أضيفت تصريحات …", the phrase lists' `update_note`), and as a
    sentence it started the body, so the headline under it read as a short line in the story and the byline and date
    under that as the story's. The note is left out when a headline-shaped line and nothing but short lines (at most
    UPDATE_NOTE_HEAD_LINES) stand between it and the next paragraph, with a byline or date line under the headline
    or no headline-shaped line right over the note (HEADER_SPILL lines: an HTML page's extractor drops the byline and
    date lines); an update note under the headline, or a run of them (a live blog's, a blog post's "UPDATE: …"
    paragraphs), is the story's and stays. `start` otherwise."""
    if start >= end or start in skip or not feats[start].prose \
            or not in_group(lines[start].text, feats[start].words, "update_note"):
        return start
    head = []
    for k in range(start + 1, end + 1):
        if k in skip:
            continue
        if feats[k].prose:
            headline = next((j for j in head if feats[j].headline_like), None)
            if headline is None or len(head) > UPDATE_NOTE_HEAD_LINES:
                return start
            # the headline with its byline or date line under it, or no headline-shaped line right above the note (a
            # live blog whose first entry opens "Update 14:05:" has its headline there, and the next entry's heading
            # under the note has no byline or date: its time stands alone)
            above = [j for j in range(max(0, start - HEADER_SPILL), start) if j not in skip]
            dated = any(_dated_or_signed(lines, feats, j) for j in head if j > headline)
            return k if dated or not any(feats[j].headline_like for j in above) else start
        head.append(k)
    return start


def _first_post_text(feats) -> int:
    """The first line that may be a post's text (prose, or a sentence in no phrase category: "Wow… just wow."), or
    len(feats)."""
    return next((k for k, f in enumerate(feats) if f.prose or (f.terminal and not f.categories)), len(feats))


def _question_headline(lines, feats, boxed: set[int], start: int) -> bool:
    """... and its date or byline follows it, then the story's first paragraph (a promo's question over a date line
    and another headline is no headline). A forum thread's or a Q&A page's question may have more of the poster's
    furniture before its first post ("Gestart door jeroen_vd" / "12 maart 2025" / "jeroen_vd" / "Berichten: 233"):
    bylines, dates, phrase-list furniture, a reporter's job line and lines of a word or two, up to HEADER_SPILL of
    them. An opinion page's
    headline of two short sentences ("The four-day week is not a perk. It's a productivity policy.") reads as a
    sentence too: the same shape, with its byline under it ("By …", a prefix the phrase lists know: a date line under
    a short sentence is as often a teaser's)."""
    if start in boxed or start + 2 >= len(lines) or feats[start].categories or feats[start].bullet:
        return False
    if feats[start].words > QUESTION_HEADLINE_MAX_WORDS:
        return False
    text = lines[start].text.rstrip()
    if text.endswith(("?", "؟")):
        head = start + 1
        if feats[head].prose and not feats[head].categories and _dated_or_signed(lines, feats, head + 1):
            head += 1  # a standfirst between the headline and its byline (a longread's, a weekend paper's)
        if not _dated_or_signed(lines, feats, head):
            # an opinion page's author named bare ("Paul Harding", "بول كروغمان"), then a date or a credit
            if not _bare_name(lines[head].text, feats[head]):
                return False
        for k in range(head + 1, min(len(lines), head + 1 + HEADER_SPILL)):
            if feats[k].prose:
                return True
            # (a byline's job line under it, "Family and education reporter", is the byline's too; so is a
            # translator's or an illustrator's credit, "ترجمة: سامر الأحمد", "Illustratie: Sanne Kuipers", and the
            # photographer's, "Beeld Pieter Smit")
            if not (_dated_or_signed(lines, feats, k) or _is_boiler(feats[k]) or feats[k].words <= LABEL_MAX_WORDS
                    or (not feats[k].terminal and is_job_title(lines[k].text)) or _labelled_name(lines[k].text)
                    or (feats[k].has("caption") and not feats[k].prose)):
                return False
        return False
    after = feats[start + 1]
    if after.prose or not text.endswith((".", "!")) or text.endswith("...") or not after.has("byline"):
        return False
    # the byline, then its date line at most, then the story
    below = start + 3 if start + 3 < len(lines) and date_in(lines[start + 2].text) is not None else start + 2
    return feats[below].prose


def _bare_name(text: str, f: Features) -> bool:
    """A person's name alone on its line, with no label: capitalised words (metadata.is_name_like) or, in Arabic,
    which has no case, datelines.bare_arabic_name's shape."""
    return is_name_like(text, f) or bare_arabic_name(text) is not None


#: a credit under the byline has at most this many words (a label of one or two, a name of up to six)
LABELLED_CREDIT_MAX_WORDS = 8
#: a credit's shape: a label of one or two words, its colon, the value ("Vertaling: …", "ترجمة: …", "Illustration: …");
#: any label (a photographer's, an illustrator's too): datelines.credit_label is the list of translation, editing and
#: source labels, which the rule under the byline asks for as well
_LABEL_THEN_VALUE = re.compile(r"^\s*(\w+(?:\s\w+)?)\s*:\s*(\S.*)$")


def _labelled_name(text: str) -> bool:
    """A credit line: a label of a word or two, its colon, then a person's name alone ("ترجمة: سامر الأحمد",
    "Vertaling: Joost Mulder")."""
    m = _LABEL_THEN_VALUE.match(text)
    if m is None:
        return False
    name = m.group(2).strip()
    return bare_arabic_name(name) is not None or is_name_like(name, line_features([Line(name)])[0])


def _claim_label(text: str) -> bool:
    """Whether a line opens a fact check's box under its headline with the claim or the verdict: "CLAIM: …", "OUR
    VERDICT: MISLEADING", "Bewering: …", "Oordeel: ONWAAR", "الادعاء: …", "الحكم: مضلل" (a label, then its colon:
    the phrase lists' ``claim_label``)."""
    return phrase_sets()["claim_label"].anchored.match(text) is not None


#: the claim box has at most this many lines (the claim, the verdict, a line or two that sum it up)
CLAIM_BOX_LINES = 5


def _claim_box_end(lines, feats, boxed: set[int], start: int) -> int | None:
    """A fact check's question headline over its claim box, then its byline or date, then the story ("Did the city
    really cut its recycling budget by half?" / "CLAIM: …" / "OUR VERDICT: MISLEADING" / "The budget fell by 11 per
    cent." / "By Ruth Achterberg | 22 September 2026"; "Klopt het dat …?" / "Bewering: …" / "Oordeel: ONWAAR"):
    the question reads as a sentence and the body starts at it, so no line above the body was the headline and the
    site's menu was taken for it. The box is the story's (its verdict), and stays in the body. The byline's or date's
    line index, else None."""
    if start in boxed or start + 2 >= len(lines) or feats[start].categories or feats[start].bullet \
            or feats[start].words > QUESTION_HEADLINE_MAX_WORDS or not lines[start].text.rstrip().endswith(("?", "؟")):
        return None
    if not _claim_label(lines[start + 1].text):
        return None
    signed = next((k for k in range(start + 2, min(len(lines), start + 2 + CLAIM_BOX_LINES))
                   if _dated_or_signed(lines, feats, k)), None)
    if signed is None or not any(feats[k].prose for k in range(signed + 1, min(len(lines), signed + HEADER_SPILL))):
        return None
    return signed


def _dated_or_signed(lines, feats, k: int) -> bool:
    """A byline or date line (no prose): what stands under a question headline. A dateline on its own line is one too:
    a wire's ("البصرة - وكالات", "Amsterdam (ANP)", "LONDON (Reuters) -": datelines.dateline_line) or a place and the
    reporter's name ("عمّان - كتب: سامر الحديدي", "LEIDEN - Door Jan de Vries": datelines.place_author_and_date)."""
    f, text = feats[k], lines[k].text
    if f.prose:
        return False
    return f.has("date") or f.has("byline") or date_in(text) is not None or dateline_line(text) is not None \
        or place_author_and_date(text)[0] is not None


_ARABIC_WORD = re.compile("^[\u0600-\u06ff]+$")


def _without_feminine_ending(words) -> set[str]:
    """The words that end in the Arabic feminine ending (ة) without it, four letters kept at least: an adjective or a
    noun drops or takes it with the article ("جديدة" in a headline, "الجديد" in its story)."""
    return {w[:-1] for w in words if w.endswith("ة") and len(w) > 4}


def _arabic_forms(word: str) -> set[str]:
    """An Arabic headline word's forms without its own clitic or article (one or two letters: "السكان" as "سكان",
    which its story writes "للسكان") and without its feminine ending ("جديدة" as "جديد"): a story word without its
    prefix (StoryVocabulary.unprefixed) is compared with these. A stem keeps at least four letters."""
    if not _ARABIC_WORD.match(word):
        return set()
    forms = {word} | {word[k:] for k in (1, 2) if len(word) - k >= 4}
    return forms | _without_feminine_ending(forms)


class StoryVocabulary:
    """The longer words of a story's opening paragraphs, to tell a headline about the story from a promo banner,
    a share bar, a wire slug or a site's name (`share`)."""

    def __init__(self, texts):
        self.words: set[str] = set()
        for text in texts:
            self.words |= _content_words(text)
        # story words without a one- or two-letter prefix: Arabic clitics (و, ب, ل, وال … : الإسكان in والإسكان)
        self.unprefixed = self.words | {w[k:] for w in self.words for k in (1, 2) if len(w) - k >= 4}
        # ... and an Arabic word without its feminine ending (الجديد / جديدة: one adjective)
        self.unprefixed |= _without_feminine_ending(self.unprefixed)

    def has(self, word: str) -> bool:
        # exact, behind a clitic, or a compound ending in a story word (Dutch: woonbegroting, begroting)
        # (compounds are looked for in words of at most 64 letters: slicing every suffix of a 100 kB "word"
        # is quadratic)
        return word in self.unprefixed or (
            len(word) <= MAX_COMPOUND_CHARS and any(word[k:] in self.words for k in range(1, len(word) - 4))
        ) or any(form in self.unprefixed for form in _arabic_forms(word))

    def share(self, text: str) -> float:
        """The share of the line's longer words that the story uses."""
        words = _content_words(text)
        return sum(1 for w in words if self.has(w)) / len(words) if words else 0.0


def _live_stamps(lines, end: int) -> list[int]:
    """The lines up to the body's last (`end`) that are a live blog's entry times (BARE_STAMP), when there are at
    least LIVE_MIN_STAMPS of them; else []. Counted once per page, up to the body's end: times under the story (a
    comment's "14:32") make no live blog."""
    stamps = [k for k in range(min(end + 1, len(lines))) if BARE_STAMP.match(lines[k].text)]
    return stamps if len(stamps) >= LIVE_MIN_STAMPS else []


def _title_index(lines, feats, boxed: set[int], start: int, end: int, no_body: bool = False,
                 stamps: Sequence[int] = (), claim_end: int | None = None) -> int | None:
    """The headline: the page's first line when it reads as one, else the best headline-like line
    in the 25 lines above the body, or where none is, in 25 not counting the site's furniture between
    (`_title_window`; repeated lines and Title Case score higher, nearer is better).
    `stamps`: the page's live blog entry times (`_live_stamps`); the line under each is an entry's head.
    `claim_end`: `_claim_box_end` at `start` (the caller keeps it for the box's lines): not None, `start` is a fact
    check's question headline over its claim box.

    A headline is about the story, so it shares words with the body's opening paragraphs: a promo banner
    ("Welcome to … EXPERIENCE"), a share bar or a wire slug above the story does not. Only when no line
    above the body does (a headline in other words than its story) does shape alone decide."""
    n = len(lines)
    story = StoryVocabulary(lines[k].text for k in range(start, min(end, start + 40) + 1) if k < n and feats[k].prose)

    @functools.cache
    def about_story(i: int) -> bool:
        return story.share(lines[i].text) >= TITLE_STORY_SHARE

    @functools.cache  # per page: the window below asks for a line's score up to three times
    def shape_score(i: int) -> float:
        text, f = lines[i].text, feats[i]
        if not 1 <= f.words <= max(HEADING_SCORE_MAX_WORDS, SHORT_HEAD_MAX_WORDS):
            # (every score but 0 comes from heading_score or short_head, each within these words: a line of none, or
            # a 1 MB paragraph, is not run through the checks below, which each read all of it)
            return 0.0
        if f.categories and about_story(i) and (bare := without_media_label(text)) != text \
                and not categories_of(bare, len(bare.split())):
            # "Video: Firefighters rescue …", "WATCH: …": the media label is a caption's or a link's phrase, the
            # headline after it about the story ("Video: Reuters" is a credit: no headline, no story words)
            f = replace(f, categories=[])
        if f.mentions and about_story(i):
            f = f.without_mentions()  # a headline about cookies or a newsletter names them: no banner
        # a date line, markup residue, or a photo caption ending in its credit "(Reed Saxon / AP)" ("Photograph: X" is
        # a caption phrase, so a boilerplate line; a headline's own tag, "(update)", "(صور)", is no credit:
        # titlecues.closing_bracket)
        # ... a link bar, a section trail ("Football | Premier League"), a phrase-matched line (a cookie banner), a
        # live blog's entry head ("13:05 Chancellor …"), an event's or a schedule's line with a clock time in it
        # ("Doors 19:30 Main Hall"), a columnist's name ("Dr Helen Marsh"), a review's rating ("Rating: 4 out of 5"), or
        # a site's tool or page link ("Ask our experts", "Printer Friendly Version", "Neem contact op", "نسخة للطباعة":
        # title case, it outscores a sentence-case headline, and a site's name in it shares the story's words), or a
        # table's or a chart's source credit ("Bron: gemeente Zwolle, 98 van 98 stembureaus geteld", "المصدر: …")
        if i in boxed or is_source_line(text) or in_group(text, f.words, "tool_label") or date_in(text) or _MARKUP.search(text) or closing_bracket(text) or count_list(lines, i) \
                or _menu_words(text) \
                or _menu_bar(text, f) or link_bar(text) or _arrow_link(text) or _section_trail(text, f) \
                or _is_boiler(f) or _ENTRY_TIME.match(text) or CLOCK.search(text) \
                or is_honoured_name(text, f) or i in entry_heads or rating_line(text) or _above_menu(lines, feats, i) \
                or (_menu_row(text, f) and not about_story(i)) or _not_whole_headline(lines, feats, i) \
                or bare_byline(lines, feats, i, about_story) or sponsor_line(text, f.words) or account_header(lines, i):
            # (a bare name under the headline is its byline: titlecues.bare_byline; a sponsor's "Presented by
            # SkyLink Regional Airports" is Title Case and names what the piece is about: sponsored.py; a channel's
            # name over its "18.4K subscribers" is an account's, no headline: titlecues.account_header)
            return 0.0
        if short_head(lines, feats, i, about_story) or life_span_head(text):
            # "Wachtlijsten" / "Sanne de Vries" / date: a short headline over its bare byline scores as the shortest
            # headline does, so the name under it is not taken instead (titlecues.short_head)
            return heading_score(text, replace(f, words=SHORT_HEAD_MAX_WORDS + 1))
        return heading_score(text, f)

    # a live blog's entry head stands right under its time ("16:05 BST" / "Flood warning issued"): never the headline
    entry_heads = {k + 1 for k in stamps}
    if (_question_headline(lines, feats, boxed, start) or claim_end is not None) \
            and not (start < n and article_note(lines[start].text, feats[start])):
        # (a note on the article over the byline, "This story is developing.", is shaped as a sentence headline)
        return start
    first = next((i for i in range(n) if i not in boxed), None)
    # no body found (a headline-plus-caption page): the headline is among the first lines
    window = range(0, min(n, TITLE_WINDOW)) if no_body else range(max(0, start - TITLE_WINDOW), min(start, n))
    if not no_body and not any(shape_score(i) > 0 for i in window):
        # no line near the body reads as a headline: the site's furniture may stand between (`_title_window`; only
        # then, as the wider reach takes in the menu's repeated items, which outscore a headline)
        window = _title_window(feats, start, n)
    banners = _alert_banners(lines, feats, {*window, *([first] if first is not None else [])}, shape_score)
    banners |= _mastheads(lines, feats, window, shape_score)
    # a note on the article ("This story is developing …") or a dated masthead beside the headline (headnotes.py)
    banners |= not_headlines(lines, feats, {*window, *([first] if first is not None else [])}, shape_score)

    def score(i: int) -> float:
        return 0.0 if i in banners else shape_score(i)

    if first is not None and feats[first].words <= LABEL_MAX_WORDS and not feats[first].prose:
        # a label above the headline ("LIVEBLOG", "Opinion": two words at most, never a headline) does not stop the
        # headline from being the page's first line, when the story starts right under it (a site's menu starts with
        # "News", then "NBC News NOW" and forty more items)
        below = next((i for i in range(first + 1, n) if i not in boxed), None)
        if below is not None and below < start <= below + HEADER_SPILL:
            first = below
    scored = [(score(i) + 0.02 * (i - start), i) for i in window if score(i) > 0]
    on_topic = [(value, i) for value, i in scored if about_story(i)]
    # the nearest headline-shaped line over its byline or date, near the body: the story's own head (titlecues.py)
    # (about the story: a widget's "Make a comment" or a sidebar's dated headline stands over a date too; no byline
    # of its own over the date; a headline starts with a capital where the script has case)
    stamped = next((i for _, i in reversed(scored) if start - i <= STAMPED_HEAD_REACH
                    and (about_story(i) or _signed_over_body(lines, feats, i, start))
                    and not lines[i].text.lstrip()[:1].islower() and not byline_or_stamp(lines[i].text, feats[i])
                    and over_stamp(lines, feats, i)), None)
    chosen = _chosen_title(lines, feats, boxed, window, scored, on_topic, first, start, score, story, about_story)
    head = _over_highlights(lines, feats, stamped, chosen, score, about_story)
    # (a headline found over its highlights is the stamped head's own: further above it than DECK_LINES)
    return head if head != chosen else _stamped_head(lines, feats, stamped, chosen)


#: the headline is looked for among this many lines above the body ...
TITLE_WINDOW = 25
#: ... and, where none of them reads as a headline, this many not counting the site's furniture between (share
#: buttons, section labels, menu items: `_is_boiler`), up to TITLE_REACH lines in all: a page that prints its share bar
#: four times between the headline and the story (24 buttons) left the headline one line out of reach
TITLE_REACH = 60


def _title_window(feats, start: int, n: int) -> range:
    """The lines above the body (`start`) the headline is looked for in: TITLE_WINDOW lines that are not the site's
    furniture, and the furniture between them, TITLE_REACH lines at most."""
    top, counted = min(start, n), 0
    while top > 0 and counted < TITLE_WINDOW and min(start, n) - top < TITLE_REACH:
        top -= 1
        counted += not _is_boiler(feats[top])
    return range(top, min(start, n))


def _chosen_title(lines, feats, boxed, window, scored, on_topic, first, start, score, story, about_story):
    """The headline by shape and place (`_title_index`): the page's first line when it reads as one and is about the
    story or nothing is, else the best-scored line about the story, else the best-scored line, else a score line."""
    if first is not None and first <= start and score(first) > 0 and (about_story(first) or not on_topic) \
            and not _masthead_over(lines, first, max(on_topic, default=None), score, story):
        return first
    if on_topic:
        return _under_kicker(lines, feats, boxed, _over_standfirst(lines, feats, max(on_topic)[1], score, story), score)
    if scored:
        return _under_kicker(lines, feats, boxed, _over_standfirst(lines, feats, max(scored)[1], score, story), score)
    # no line reads as a headline: a match report's score line is one ("PSV 4 - 1 Ajax": two words, too short)
    return next((i for i in reversed(window) if i not in boxed and _SCORE_LINE.match(lines[i].text)), None)


#: a headline over its stamp (titlecues.over_stamp) stands at most this many lines above the body (its byline, date,
#: time and share bar between)
STAMPED_HEAD_REACH = 8
#: ... and the headline chosen by shape stays when it stands at most this many lines above it: the lines between are
#: its deck or standfirst ("Stolen Picasso recovered" / "Police found it in a car" / "Tom Phillips in Rio")
DECK_LINES = 2


#: a headline over a labelled byline right over the body has at least this many words (a widget's "Make a comment")
SIGNED_HEAD_MIN_WORDS = 4


def _signed_over_body(lines, feats, i: int, start: int) -> bool:
    """Whether line `i` stands right over a labelled byline ("By Tom Reyes", "Door …", "بقلم …") that stands right
    over the body's first line: the story's own head even where it shares few words with the story's opening
    ("Water board approves 12% rate rise after two-hour debate" over a story of "rates" and "increase"), as a
    sidebar's dated headline or a widget's line does not stand (fix33b: a newsletter's masthead shared the story's
    place name and was taken instead)."""
    return i + 2 == start and feats[i].words >= SIGNED_HEAD_MIN_WORDS and not feats[i].prose \
        and feats[i + 1].has("byline") and has_byline_prefix(lines[i + 1].text)


#: a UK tabloid prints at most this many highlight lines between its headline and its byline (the Mail, the Sun, the
#: Mirror: three or four, without bullet marks in a dump)
HIGHLIGHT_LINES = 5
#: each highlight, and the headline over them, is a sentence of at least this many words, in sentence case (fewer
#: than this share of its words capitalised): a site's links over a headline ("Android Community on Facebook",
#: "FREE Party Printables, DIY Crafts …") are short or title case
HIGHLIGHT_MIN_WORDS = 8
HIGHLIGHT_MAX_CAPITALISED = 0.6


def _highlight(f: Features) -> bool:
    return f.words >= HIGHLIGHT_MIN_WORDS and f.capitalised < HIGHLIGHT_MAX_CAPITALISED and not f.terminal


def _over_highlights(lines, feats, stamped: int | None, chosen: int | None, score, about_story) -> int | None:
    """The headline over its highlights, where the line chosen by shape (`chosen`) is one of them: the block of
    headline-shaped lines about the story that ends at the stamped head (`stamped`, the last line over the byline)
    holds more than DECK_LINES lines under its first one (a headline and one or two decks is `_stamped_head`'s case)
    and at most HIGHLIGHT_LINES, with `chosen` among them under the first: that first line is the headline, the
    others its highlights ("Grandmother left stranded …" / "Pensioner lay on …" / "Her son says …" / "The ambulance
    service has …" / "By …"), each a sentence in sentence case (`_highlight`; a site's link lines over a headline are
    short or title case). Each highlight reads as a headline about the story, and the longest or the nearest won on
    score; the headline was lost to the first highlight. A blank line ends the block (a page with blank lines sets its
    header's block apart)."""
    if stamped is None or chosen is None or not chosen <= stamped:
        return chosen
    top = stamped
    while top > 0 and stamped - top < HIGHLIGHT_LINES and not lines[top].blank_before \
            and score(top - 1) > 0 and about_story(top - 1) and _highlight(feats[top - 1]) and _highlight(feats[top]):
        top -= 1
    return top if stamped - top > DECK_LINES and top < chosen else chosen


def _stamped_head(lines, feats, stamped: int | None, chosen: int | None) -> int | None:
    """The headline over its byline or date near the body (`stamped`) where the line chosen by shape and place
    (`chosen`) stands above it without a stamp of its own: that one is the site's name, a menu item or a promo over
    the story's head ("Rand's Blog" … "“You Can't Do It” is Powerful Motivation" / "by randfish on December 4,
    2010"). A deck or a standfirst right under the chosen headline (DECK_LINES) with the byline under it is the
    headline's, and a chosen line over a stamp of its own is a headline too."""
    if stamped is None or chosen is None or chosen >= stamped - DECK_LINES or over_stamp(lines, feats, chosen):
        return chosen
    return stamped


#: an e-mail address, spelled out or not ("jane@example.com", "name(at)mail(dot)com"); bounded, so linear
_EMAIL = re.compile(r"\S(?:@|\(at\)|\[at\])\S{1,64}\.|\S(?:\(at\)|\[at\])\S")


def _not_whole_headline(lines, feats, i: int) -> bool:
    """A headline-shaped line that is no headline by what it says: cut off in mid-sentence by the layout (the sentence
    runs on in the paragraph under it; a headline wrapped over two short lines stays), a label over a date ("Today's
    front page: Wednesday, March 27, 2013"), an editorial desk's credit ("The Press Association Newsdesk", "De
    Redactie Buitenland", "هيئة التحرير"), or a line with a web or e-mail address in it (a page's script settings, a
    link, a blogger's "name(at)mail(dot)com").
    (A teaser's "…" tells nothing: "In the pink..." is a post's headline.)"""
    text = lines[i].text
    below = i + 1 if i + 1 < len(lines) else None
    return (below is not None and feats[below].prose and cut_line(text, lines[below].text)) or dated_label(text) \
        or is_desk_credit(text) or "://" in text or _EMAIL.search(text) is not None


#: a section's kicker over the headline ("The Long Read", "Het Grote Interview") has at most this many words
KICKER_MAX_WORDS = 4
#: a menu item is a line of at most this many words (the lines around the kicker's other place on the page)
MENU_ITEM_WORDS = 3


def _under_kicker(lines, feats, boxed: set[int], best: int, score) -> int:
    """The headline under the best-scored line when that line is its section's kicker: a short line (KICKER_MAX_WORDS)
    right over a longer headline-shaped line, and the name of one of the site's sections, in the menu (`_in_menu`) or
    in the phrase lists' navigation words ("The Long Read"). A kicker of three words or more scores as a headline,
    and higher than the headline by its capitals and its place in the menu (a repeated line)."""
    below = best + 1
    if below >= len(lines) or below in boxed or score(below) <= 0 or feats[best].terminal:
        return best
    if not (feats[best].words <= KICKER_MAX_WORDS and feats[below].headline_like
            and feats[below].words >= max(STANDFIRST_HEADLINE_MIN_WORDS, feats[best].words + 1)):
        return best
    return below if _in_menu(lines, feats, best) else best


def _in_menu(lines, feats, i: int) -> bool:
    """Whether line `i`'s text stands elsewhere on the page as an item of the site's menu or footer: another line with
    the same text, not right beside `i`, between two short lines (MENU_ITEM_WORDS words at most, no sentence, no
    label's colon) as menu items stand. A headline repeated under the story (a list of reviews: "TRAILER:" / "Charlie
    Wilson's War" / "REVIEW:") is no menu's. Below the story too: an institution's name over its news item
    ("Rechtbank Noord-Nederland" / "Man (34) krijgt acht jaar cel …") stands again in the page's footer, between the
    ruling's number and the share bar. Below `i` only for a name (`_name_shaped`) that the story names in its own
    words (`_named_in_story`): a short headline stands again under the story in a related or most-read list
    ("Most Read" / "Senate Passes Budget" / "Storm Hits Coast") too, but its words are rarely a phrase of its own
    story ("The Senate passed …"). Arabic has no case: an Arabic kicker is looked for above only."""
    if feats[i].repeated < 2:
        return False
    key = match_key(lines[i].text)

    def item(k: int) -> bool:
        return feats[k].words <= MENU_ITEM_WORDS and not feats[k].terminal and not feats[k].prose \
            and not lines[k].text.rstrip().endswith(":")

    below = range(i + 2, len(lines) - 1) \
        if _name_shaped(lines[i].text) and _named_in_story(lines, feats, i, key) else ()
    return any(match_key(lines[k].text) == key and item(k - 1) and item(k + 1)
               for k in (*range(1, i - 1), *below))


#: the story's lines read for a kicker's name (`_named_in_story`): its opening paragraphs
KICKER_STORY_LINES = 40


def _named_in_story(lines, feats, i: int, key: str) -> bool:
    """Whether a prose line among the KICKER_STORY_LINES under line `i` has `i`'s words (its match key, `key`) as a
    phrase: "De rechtbank Noord-Nederland heeft …" under the kicker "Rechtbank Noord-Nederland"."""
    pattern = re.compile(rf"(?<!\w){re.escape(key)}(?!\w)")
    return any(feats[k].prose and pattern.search(match_key(lines[k].text))
               for k in range(i + 1, min(len(lines), i + 1 + KICKER_STORY_LINES)))


def _masthead_over(lines, first: int, best: tuple[float, int] | None, score, story: StoryVocabulary) -> bool:
    """Whether the page's first line is a site's name over the headline, not the headline: a local paper's or a
    blog's name names what its stories are about ("The Westbridge Courier" over a Westbridge council story, "Geeks
    are Sexy Technology News"), so it shares a word or two with the story, when the best-scored headline-like line
    about the story (`best`, with its score) stands below it, nearer the story, reads more as a headline (`score`,
    place aside: a site's name is short) and shares more of the story's words. A headline that is the first line
    shares as much with its story as any line under it, or more (a standfirst under it that shares more is its own,
    `_over_standfirst`: the caller's path gives it back); a page's <title> line far above a forum thread outscores
    the thread's repeated furniture ("Ignored post by …") and stays."""
    if best is None or best[1] <= first or score(best[1]) <= score(first):
        return False
    return story.share(lines[best[1]].text) > story.share(lines[first].text)


def _alert_banners(lines, feats, candidates, shape_score) -> set[int]:
    """The headline-shaped lines among `candidates` that are a site's alert banner ("BREAKING: Bridge closed after
    crash", "LIVE TRAFFIC: A38 closed both ways", "Laatste nieuws: …", "عاجل: …"; the phrases' `alert` group), when
    another candidate reads as a headline: the banner stands between the menu and the headline and is the site's
    (it may even share the story's words, a traffic banner over a weather story), the line under it the story's.
    A headline that opens with the label and no other headline-like line keeps it (an empty set)."""
    return unless_alone([i for i in candidates if shape_score(i) > 0],
                        lambda i: in_group(lines[i].text, feats[i].words, "alert"))


#: a newspaper's or a broadcaster's name: a publication's noun after its place or title ("The Harbourton Gazette",
#: "Leidsch Dagblad", "De Gelderse Courant"; a noun that is a common word too only behind the article: "The Kelby
#: Post", "De Stem", not "Show Full Post" or "Post Your Job") or before it ("Dagblad van het Noorden", "Omroep
#: Zuidkust", "Gazet van Antwerpen", "جريدة الخليج", "صحيفة الوطن"; not قناة, شبكة or بوابة, which are also canal, grid
#: and gate in a headline: "قناة السويس تستأنف الملاحة"); matched on the `match_key` form. A newsletter's masthead
#: is named so too ("The Valley Dispatch", "The Morning Briefing", "The Weekly Digest": fix33b, probeC #6)
_PAPER_NOUNS = r"gazette|herald|courier|chronicle|tribune|telegraph|dagblad|courant|krant|nieuwsblad|gazet|bode|omroep"
_PAPER_WORDS = r"times|post|mail|express|echo|mirror|journal|guardian|observer|stem|dispatch|sentinel|examiner|" \
    r"inquirer|newsletter|briefing|digest"
_MASTHEAD = re.compile(
    rf"^(?:(?:the|de|het)\s+)?(?:\S+\s+){{0,3}}(?:{_PAPER_NOUNS})$|"
    rf"^(?:the|de|het)\s+(?:\S+\s+){{0,3}}(?:{_PAPER_WORDS})$|"
    r"^(?:dagblad|gazet|omroep)\s+(?:\S+\s+){0,3}\S+$|"
    r"^(?:جريدة|صحيفة|اذاعة|مجلة)\s+\S+(?:\s+\S+){0,2}$")
#: a masthead has at most this many words
MASTHEAD_MAX_WORDS = 5
#: the small words a masthead's name may have in lower case ("Dagblad van het Noorden", "Gazet van Antwerpen")
_MASTHEAD_SMALL = frozenset({"of", "the", "and", "van", "het", "de", "voor", "en"})


def _masthead(text: str, f: Features) -> bool:
    """A site's name that is a newspaper's or a broadcaster's (_MASTHEAD): a short line, no sentence, every word
    capitalised but a name's small words where the script has case. A headline names its story's people and places
    and says what happened; "The Harbourton Gazette" says which paper it is."""
    if f.terminal or not 2 <= f.words <= MASTHEAD_MAX_WORDS or any(ch.isdigit() for ch in text) \
            or _MASTHEAD.match(match_key(text)) is None:
        return False
    return f.arabic or _name_shaped(text)


def _name_shaped(text: str) -> bool:
    """Every word capitalised but a name's small words ("Dagblad van het Noorden", "Gerechtshof Arnhem-Leeuwarden",
    "Harbour County Council"): a name's shape, as a sentence-case headline ("Ferry pier closes") is not."""
    return all(w[0].isupper() or w.casefold() in _MASTHEAD_SMALL for w in word_tokens(text))


def _mastheads(lines, feats, candidates, shape_score) -> set[int]:
    """The headline-shaped lines among `candidates` that are a site's masthead (`_masthead`), when another candidate
    reads as a headline: a paper's name of three words scores as a short headline, and shares the story's place
    ("The Harbourton Gazette" over a Harbourton council story). A page whose only headline-shaped line is one keeps
    it (an empty set)."""
    return unless_alone([i for i in candidates if shape_score(i) > 0], lambda i: _masthead(lines[i].text, feats[i]))


#: a standfirst under its headline is a longer sentence-case line: at least this many words ("Hundreds of tractors
#: blocked roads around Eastbridge on Saturday": nine) ...
STANDFIRST_MIN_WORDS = 8
#: ... and the headline right above it has at least this many words (a kicker, "Markets", has one or two) ...
STANDFIRST_HEADLINE_MIN_WORDS = 4
#: ... and, as a sentence-case standfirst has, fewer than this share of capitalised words
STANDFIRST_MAX_CAPITALISED = 0.6


#: the standfirst (subtitle) under the headline is the article's own text, its summary line: kept as the first
#: paragraph on every page, whatever the learned model makes of a line above the body. It stands right under the
#: headline or under the byline and date lines below it, reads as sentence-case text of at least this many words ...
STANDFIRST_KEEP_MIN_WORDS = 6
#: ... and at most this many (a longer line is a paragraph, the body's own)
STANDFIRST_KEEP_MAX_WORDS = 60
STANDFIRST_REASON = "standfirst under the headline"
#: the lines a standfirst may have between it and the headline: the header's byline and date
_HEADER_META = ("byline", "date", "relative date")


#: ... and it stands at most this many lines above the body (a byline, a date, a share bar and a caption between)
STANDFIRST_MAX_ABOVE_BODY = 10


def _standfirst(lines, feats, out: list, i: int, title_idx: int | None, start: int, story: StoryVocabulary) -> bool:
    """Whether line `i`, above the body, is the headline's standfirst: under the headline (its byline and date lines
    between at most), sentence-case and shaped like text (no phrase-list match, no bullet, no name or date), and
    about the story: right under the headline it is the headline's, below the byline it shares at least one longer
    word with the story's opening paragraphs (a standfirst may describe the piece in other words: "Een reconstructie
    op basis van archieven")."""
    if title_idx is None or not title_idx < i or start - i > STANDFIRST_MAX_ABOVE_BODY:
        return False
    # the headline printed again under the title line (an HTML page's title over its "Press release" label and the
    # <h1>): the standfirst stands under that last print
    title_idx = max((k for k in range(title_idx + 1, i) if out[k] is not None and out[k].reason == "title repeated"),
                    default=title_idx)
    if any(out[k] is None or out[k].role not in ("byline", "published") and out[k].reason not in _HEADER_META
           for k in range(title_idx + 1, i)):
        return False
    text, f = lines[i].text, feats[i]
    if not STANDFIRST_KEEP_MIN_WORDS <= f.words <= STANDFIRST_KEEP_MAX_WORDS or f.categories or f.bullet:
        return False
    # a photo caption ends in its credit, "(Reed Saxon / Associated Press)", "(onmeth.com)"
    if f.capitalised >= STANDFIRST_MAX_CAPITALISED or date_in(text) or is_name_like(text, f) or link_bar(text) \
            or text.rstrip().endswith(")"):
        return False
    # a line in another script than the headline is its translation (an Arabic wire story's English headline under
    # the Arabic one: "تركيا وليبيا توقعان …" / "Turkey, Libya sign …"), no standfirst of the story
    if f.arabic != feats[title_idx].arabic:
        return False
    # a headline among teasers ("Related Stories", a video list) stands in a run of headline-shaped lines: the line
    # under it is the next teaser, no standfirst (the byline and date lines under a standfirst are skipped); a site's
    # alert banner over the headline ("BREAKING: …", `_alert_banners`) is shaped like one, but stands alone
    below = i + 1
    while below < len(lines) and below - i <= STANDFIRST_BELOW_META and _header_meta(lines[below].text, feats[below]):
        below += 1
    over = title_idx - 1
    if (_teaser_shaped(lines, feats, over) and not in_group(lines[over].text, feats[over].words, "alert")) \
            or _teaser_shaped(lines, feats, below):
        return False
    return i == title_idx + 1 or story.share(text) > 0


#: a teaser's headline in a list of them: a line of this many words at least, no sentence, no phrase-list match
TEASER_MIN_WORDS = 4
TEASER_MAX_WORDS = 20


def _teaser_shaped(lines, feats, k: int) -> bool:
    """Line `k` is shaped like another story's headline (a teaser list's item), not like a byline, date or caption."""
    if not 0 <= k < len(lines):
        return False
    text, f = lines[k].text, feats[k]
    if f.prose or f.categories or f.bullet or f.terminal or not TEASER_MIN_WORDS <= f.words <= TEASER_MAX_WORDS:
        return False
    return not _header_meta(text, f) and not _menu_words(text) and not _menu_bar(text, f) and not link_bar(text) \
        and not _menu_row(text, f)


#: a site's name stands above its menu: this many menu-word lines right under a line make it the masthead
MASTHEAD_MENU_LINES = 2


def _above_menu(lines, feats, i: int) -> bool:
    """A line right above a menu (MASTHEAD_MENU_LINES lines of menu words, "Home", "About", "Recipes") is the site's
    name ("The Allotment Diaries"), never the headline: a headline stands above its byline, date or story. A story's
    own pager ("« Previous" / "Next »", the phrases' `pager_link`) is no menu: a headline stands over it, but a
    breadcrumb's piece over the pager stays none ("Techniques >" / "Know Your Audience >" / "Previous •" / "Next |")."""
    below = range(i + 1, min(i + 1 + MASTHEAD_MENU_LINES, len(feats)))
    if len(below) < MASTHEAD_MENU_LINES or not all(feats[k].has("navigation") and not feats[k].prose for k in below):
        return False
    text = lines[i].text.rstrip()
    trail = _BAR_SEPARATOR.search(text) is not None or text.endswith(_TRAIL_ENDS)
    return trail or not all(in_group(lines[k].text, feats[k].words, "pager_link") for k in below)


#: the marks a breadcrumb's piece ends with when the trail is split over lines ("Know Your Audience >")
_TRAIL_ENDS = (">", "›", "»", "|", "•", "/")


#: a standfirst may stand under the headline's byline and date: this many such lines between them at most
STANDFIRST_BELOW_META = 2


def _header_meta(text: str, f: Features) -> bool:
    """A byline or a date line of the header ("By Harriet Colman", "3 March 2025")."""
    return f.has("byline") or date_in(text) is not None or is_dated_byline(text)


def _over_standfirst(lines, feats, best: int, score, story: StoryVocabulary) -> int:
    """The headline when the best-scored line is the standfirst right under it ("The quiet collapse of regional
    airlines" / "Rising fuel costs and pilot shortages are grounding routes that small towns depend on"): a longer
    line scores higher by its length alone, so a shorter headline-like line directly above a long sentence-case line,
    and about the story, is the title. The standfirst, longer and plainer, shares more of the story's words than its
    headline does ("Westbury council approves £4.2m plan …" over "The crossing over the River Alde has been closed
    …"): the headline need only be about the story (TITLE_STORY_SHARE), or at least as much as the standfirst. The
    headline's byline and date lines may stand between them (STANDFIRST_BELOW_META of them at most). A deck as short
    as its headline or shorter, in one block with it, is the other case (`_deck_under`)."""
    above = best - 1
    while above >= 0 and best - above <= STANDFIRST_BELOW_META and _header_meta(lines[above].text, feats[above]):
        above -= 1
    if above < 0 or score(above) <= 0:
        return best
    if above == best - 1 and _deck_under(lines, feats, above, best) \
            and story.share(lines[above].text) >= TITLE_STORY_SHARE:
        return above  # the headline over its deck, both about the story
    if feats[best].words < STANDFIRST_MIN_WORDS:
        return best
    if feats[best].capitalised >= STANDFIRST_MAX_CAPITALISED or feats[best].terminal:
        return best
    if not STANDFIRST_HEADLINE_MIN_WORDS <= feats[above].words < feats[best].words:
        return best
    share = story.share(lines[above].text)
    return above if share >= TITLE_STORY_SHARE or share >= story.share(lines[best].text) else best


def _deck_under(lines, feats, above: int, best: int) -> bool:
    """Whether the best-scored line is a deck (subtitle) right under the headline `above`: the headline opens the
    header's block (a blank line above it, after the site's furniture) and its deck follows in the same block ("Tech
    firm to cut 350 jobs in restructuring" / "Support centres in Reading and Swindon hit hardest"; "'Ik wil dat
    mensen weer naar de markt komen'" / "Interview met marktmeester Ineke Bosman"). Both read as headlines about the
    story, and the deck won on score by its place nearer the story alone (or by its names' capitals). The headline is
    the longer line, or as long (a topic kicker above its headline is the shorter one), and the deck has at least
    STANDFIRST_HEADLINE_MIN_WORDS words (a shorter line under a headline-like one is a headline under its kicker as
    often). A dump without blank lines shows no blocks: there a link label or a breadcrumb over the headline stands
    as the headline would, so the place decides as before."""
    if feats[best].words < STANDFIRST_HEADLINE_MIN_WORDS or feats[above].words < feats[best].words:
        return False
    return (above == 0 or lines[above].blank_before) and not lines[best].blank_before


#: a table row as a scraper writes it: at least this many cells between bars or tabs ("12 March 2024 | Ajax | 2-1")
TABLE_ROW_CELLS = 3


def _table_rows(lines) -> set[int]:
    """The lines that are rows of a table: TABLE_ROW_CELLS cells or more, beside a line with as many (a byline with
    its date and reading time, "By Dana Whitfield | June 17, 2026 | 4 min read", stands alone). A row that starts
    with a date is the table's data ("12 March 2024 | Ajax | 2-1"), never the page's date: `published` comes from a
    byline, a dateline or a date line, and the row stays with its table."""
    cells = [filled_cells(line.text) for line in lines]
    return {k for k, c in enumerate(cells) if c >= TABLE_ROW_CELLS
            and any(0 <= j < len(cells) and cells[j] == c for j in (k - 1, k + 1))}


def _table(lines, feats, run: range, figures: set[int]) -> bool:
    """A run of short lines that each hold a number (table rows, scores, tour dates): the article's own data. Its
    first line may be a heading without one ("Standings"), and so may the line over a table of figures (`figures`,
    `_figure_rows`: a header row "Pos Team P W D L Pts", a subheading between the scores and the standings)."""
    return all(feats[k].words <= 14 and (any(ch.isdigit() for ch in lines[k].text) or k + 1 in figures)
               for k in run[1:]) and feats[run[0]].words <= 14


def _broken_paragraph(lines, feats, out: list, run: range) -> bool:
    """A run of short lines inside the body that is one of the story's paragraphs broken at its line ends ("Then, one
    morning, a cheerful agile coach" / "turns up at your office and asks you to stop writing" / "the long document
    that describes" / "everything the developers will build …"): each line's sentence goes on in the next
    (`lines.runs_on`: no sentence end, the next line opening in lower case), or the line is such a sentence's tail
    (it ends a sentence the line above ran on into: a break may fall right after a full stop), and the run hangs on a
    kept line: it runs on into the line under it, or the line above runs on into it. The hard-wrap joiner leaves such
    a paragraph when its pieces are too few or too uneven to show a wrap width; a menu or a headline list starts its
    lines upper-case and ends each one, and a script without case gives no sign (its runs are read as before)."""
    before, after = run[0] - 1, run[-1] + 1

    def kept(k: int) -> bool:
        return 0 <= k < len(lines) and out[k] is not None and out[k].role == "content"

    def goes_on(k: int) -> bool:
        return k + 1 < len(lines) and runs_on(lines[k].text, lines[k + 1].text)

    if not (kept(after) and goes_on(run[-1]) or kept(before) and goes_on(before)):
        return False
    return all(goes_on(k) or feats[k].terminal and k > run[0] and goes_on(k - 1) for k in run)


#: a related story's headline a tabloid or a cable site prints in capitals between the story's paragraphs ("MIGRANT
#: CROSSINGS DROP TO LOWEST LEVEL IN FIVE YEARS"; Fox News, the New York Post): a link box of one line, fixed like a
#: related box (vectors.RULE_GROUPS), for the model kept such lines as the story's
CAPS_HEADLINE_REASON = "related headline in capitals"
#: ... a headline's length: this many words at least (a story's own subheading in capitals is shorter, "WHAT HAPPENS
#: NEXT")
CAPS_HEADLINE_MIN_WORDS = 6
#: ... a story carries a few of them: a page with more lines of that shape heads its own sections so (a press digest's
#: "EDITORIAL IN EGYPT'S AL-AKHBAR", a table of job titles, a newsletter's items)
CAPS_HEADLINE_MAX_PER_PAGE = 4
#: ... and the link is about another story: none of its longer words stands in the story's next paragraphs (this
#: many), where a section's heading names what its section speaks of ("WHEN THE PACKERS HAVE THE BALL" / "The
#: Packers' offense …")
CAPS_HEADLINE_BELOW = 2


def _caps_shaped(text: str, f: Features) -> bool:
    """A line in capitals (every cased letter upper-case, a script with case), CAPS_HEADLINE_MIN_WORDS words or more,
    with no sentence's full stop at its end: a headline's shape."""
    text = text.strip()
    return not f.arabic and f.words >= CAPS_HEADLINE_MIN_WORDS and not text.endswith(".") and text.isupper()


def _caps_headline(lines, feats, out: list, run: range, shaped: int) -> bool:
    """A run of one line of a headline's shape in capitals (`_caps_shaped`) between two of the story's kept
    paragraphs, on a page with at most CAPS_HEADLINE_MAX_PER_PAGE such lines (`shaped`), none of whose content words
    the next CAPS_HEADLINE_BELOW paragraphs use (lists.content_words, shares_word: a compound's part too): a link to
    another story dropped into this one. A subheading in capitals is shorter or names what its section is about."""
    if len(run) != 1 or shaped > CAPS_HEADLINE_MAX_PER_PAGE:
        return False
    k = run[0]
    if not _caps_shaped(lines[k].text, feats[k]):
        return False
    if not all(0 <= j < len(lines) and out[j] is not None and out[j].role == "content" and feats[j].prose
               for j in (k - 1, k + 1)):
        return False
    below: set[str] = set()
    for j in range(k + 1, min(len(lines), k + 1 + CAPS_HEADLINE_BELOW)):
        if feats[j].prose:
            below |= content_words(lines[j].text)
    return not shares_word(content_words(lines[k].text), below)


def _smooth_short_lines(lines, feats, out: list, start: int, end: int, figures: set[int], keep_all: bool) -> None:
    """Decide the short lines left inside the body by their context (runs, length; `figures`: _figure_rows)."""
    # (the lines in capitals of a headline's shape the rules left undecided: a phrase list's "CLICK HERE TO GET THE
    # FOX NEWS APP" is no heading of the page's)
    shaped = sum(1 for k in range(start, min(end + 1, len(lines)))
                 if out[k] is None and _caps_shaped(lines[k].text, feats[k]))
    i = start
    while i <= end and i < len(lines):
        if out[i] is not None:
            i += 1
            continue
        j = i
        while j <= end and out[j] is None:
            j += 1
        run = range(i, j)
        # the story's own list under a short lead-in or under the paragraph that announces it (lists.py), or one of
        # its paragraphs broken into short lines (_broken_paragraph): not a menu
        listed = list_under_lead_in(lines, feats, run) or i > start and list_under_paragraph(lines, feats, run) \
            or _broken_paragraph(lines, feats, out, run)
        table = len(run) >= WIDGET_RUN and _table(lines, feats, run, figures)
        widget = len(run) >= WIDGET_RUN and not all(feats[r].bullet for r in run) and not table and not listed
        for k in run:
            f = feats[k]
            if keep_all and _menu_words(lines[k].text):
                out[k] = Decision("removed", "menu bar")
            elif keep_all:
                out[k] = Decision("content", "no running text on the page: kept")
            elif widget:
                out[k] = Decision("removed", "run of short lines (menu or headline list)")
            elif listed:
                out[k] = Decision("content", "short line in the body")  # a one-word item too ("Neude", "منشفة")
            elif _caps_headline(lines, feats, out, run, shaped):
                out[k] = Decision("removed", CAPS_HEADLINE_REASON)
            # a table's row of one name and its figure ("VVD 6", "Ajax 24") is a row, not a stray word
            elif f.words <= 1 and not table and not lines[k].text.rstrip().endswith(("?", "!")):
                out[k] = Decision("removed", "single word")
            elif f.words > SUBHEADING_MAX_WORDS and not f.bullet:
                # too long for a subheading yet no sentence: the headline of a link to another story
                out[k] = Decision("removed", "headline link in the body")
            else:
                out[k] = Decision("content", "short line in the body")
        i = j


def _subheading(text: str, f: Features) -> bool:
    """A subheading of two words or more, no sentence end but a question's (Features.subheading_like)."""
    return f.subheading_like and f.words >= 2 and (not f.terminal or text.rstrip().endswith(("?", "؟")))


#: the story's first subheading may stand under this many widget lines under the byline or date (`_first_subheading`) ...
HEADER_WIDGETS = 2
#: ... lines that a phrase list names as a share bar (a menu's separator or a font-size widget's "|" may stand over a
#: widget's label, "RESIZE: AAA", as well as over the story's subheading)
_HEADER_WIDGET_REASONS = ("share",)


def _first_subheading(lines, feats, out: list, start: int, end: int, letters: bool = False) -> None:
    """The story's first subheading stands right above its first paragraph, under the byline or date ("How it
    started", "De laatste dag", "البداية"): the header pass took it for a line before the article. It is the
    story's when the story has subheadings further down (short lines kept between its paragraphs). On a letters page
    (`letters`: readers' signatures under the letters, letters.py) it is the first letter's heading wherever it
    stands, as each later letter has one."""
    k = start - 1
    if k < 1 or out[k] is None or out[k].reason != "before the article" or not _subheading(lines[k].text, feats[k]) \
            or _menu_words(lines[k].text):
        return
    # under the byline or the date only: right under a headline stands a menu or a standfirst as often. A widget the
    # phrase lists name may stand between ("Share via: WhatsApp | Facebook", "شارك عبر: واتساب | فيسبوك"): a share bar
    # under the date is the header's furniture, and the subheading under it opens the story as it would without it
    above = k - 1
    while above > k - 1 - HEADER_WIDGETS and above > 0 and out[above] is not None and out[above].role == "removed" \
            and out[above].reason in _HEADER_WIDGET_REASONS:
        above -= 1
    if not letters and (out[above] is None or out[above].role not in ("byline", "published")):
        return
    if any(out[j] is not None and out[j].reason == "short line in the body" and _subheading(lines[j].text, feats[j])
           for j in range(start + 1, min(end + 1, len(lines)))):
        out[k] = Decision("content", LETTER_REASON if letters else "short line in the body")


#: a review's verdict lists may stand this many lines after the body's last paragraph (a "Verdict" heading between)
VERDICT_REACH = 3


def _keep_verdict(lines, feats, out: list, boxed: set[int], title_idx: int | None, start: int, end: int) -> None:
    """A product review's verdict is the article's (lists.py): its rating line under the headline and its pros and
    cons lists in the body or right under it (the body's clusters often end before them), kept whatever the runs of
    short lines look like."""
    top = title_idx + 1 if title_idx is not None else max(0, start)
    reach = end + VERDICT_REACH
    k = top
    while k < len(lines) and k <= reach:
        if out[k] is None and k not in boxed and rating_line(lines[k].text):
            out[k] = Decision("content", VERDICT_REASON)
        elif out[k] is None and k not in boxed and verdict_heading(lines[k].text):
            last = verdict_items(lines, feats, k, boxed)
            if last is not None:
                for j in range(k, last + 1):
                    out[j] = Decision("content", VERDICT_REASON)
                reach = max(reach, last + VERDICT_REACH)
                k = last
        k += 1


#: how many paragraphs at the end of the body may be an author bio
BIO_TAIL = 2


def _starred_neighbour(lines, k: int) -> bool:
    """Whether the line above or below line `k` is starred too: a list's items, not a footnote bio."""
    return any(0 <= j < len(lines) and lines[j].text.lstrip().startswith("*") for j in (k - 1, k + 1))


def _page_authors(lines, feats) -> list[str]:
    """Every person a byline line of the page names behind its label ("By Richard Darell", "Author: Richard Darell",
    "Door Eva Jansen", "بقلم سامي يوسف"): the page's byline decision may be a share bar's "Pin It" or a column's name,
    while the author stands labelled lower down. A label is asked for, so that a heading taken for a byline ("Research
    Manager") names no one."""
    names: list[str] = []
    for k, f in enumerate(feats):
        if f.has("byline") and f.words <= 14 and has_byline_prefix(lines[k].text):
            # (the person without the title before the name: "Door mr. Lotte Verbeek" signs "Lotte Verbeek is …")
            name = without_honorific((split_byline(lines[k].text)[0] or "").split(",")[0].strip())
            # ("By Jesse Morales and Kathleen Bryce": each person, metadata.byline_persons)
            for person in [name] if person_name(name) else byline_persons(name):
                if person and person not in names:
                    names.append(person)
    return names


#: an author box's header (the author's name, "Author: Richard Darell") stands at most this many lines above its bio,
#: a few links ("Friend Me", "Connect") between them, and has at most BOX_HEADER_MAX_WORDS words
BOX_HEADER_REACH = 3
BOX_HEADER_MAX_WORDS = 6
#: an author box ends the story only after this many of the story's paragraphs (a guest post may open with its
#: author's bio)
BIO_AFTER_PROSE = 3
#: a paragraph under an author box that uses this share of the story's longer words is the story again, not the box
BOX_STORY_SHARE = 0.25
#: ... and more than this many paragraphs under it are the story going on (a diary's entries under its reporter's box)
BOX_TAIL = 1
#: ... unless they go on about the person (metadata.bio_goes_on): at most this many such paragraphs are the box's too,
#: each using under BIO_MORE_STORY_SHARE of the story's longer words: a paragraph that goes on about the author shares
#: the words of the author's beat ("As an Internet entrepreneur, he is dedicated to bringing content faster …" under a
#: story about an app: 0.30), while a diary's entry under its reporter's box retells the story (its places, its people)
BIO_MORE = 3
BIO_MORE_STORY_SHARE = 0.4


def _drop_bio_box(lines, feats, out: list, start: int, end: int, authors: list[str], credited: set[str]) -> None:
    """An author box inside the body region, after the story's first BIO_AFTER_PROSE paragraphs: a short line naming
    a person a byline of the page names ("Author: Richard Darell", "Matt Demers"), then, at most BOX_HEADER_REACH
    lines under it, a paragraph about that person (metadata.is_author_bio: "Richard Darell is the founder …", "Eva
    Jansen schrijft …"). The box removes itself (its header, the lines between, the bio and what stands under it
    that is not the story), nothing else: a reporter's box between a diary's entries ("Diary: Olena Petrenko" / "Olena Petrenko is
    our Kyiv correspondent …") has the story under it, so the box takes the rest of the region only when that is at
    most BOX_TAIL paragraphs that do not use the story's words (BOX_STORY_SHARE). The tail rule below only looks at the region's last two paragraphs; a box with a
    widget under it stood higher. A contributor's bio between a story's paragraphs has no header over it and is left
    to the tail rule.
    `credited`: the names the page credits after "by" in any short line (metadata.credited_names: a blog's post head
    "November 13, 2012 by Heather", where no labelled byline names the author); a box whose header holds such a name
    and whose bio opens with it ("Heather" / "Heather is a Canadian mother …", metadata.credited_bio_name) is the
    author's too. A story's subject under their name ("Margaret" / "Margaret is a retired nurse …") is no one the page
    credits."""
    # the authors by the first word of their name: a bio opens with the name, so each line asks only the authors its
    # first word can start (asking every author of an archive page's bylines on every line was quadratic)
    by_first: dict[str, list[str]] = {}
    for a in authors:  # (_page_authors' names: no comma, never empty)
        by_first.setdefault(a.split()[0].casefold(), []).append(a)
    prose = 0
    for k in range(max(start, 0), min(end + 1, len(lines))):
        d = out[k]
        if d is None or d.role != "content":
            continue
        if prose >= BIO_AFTER_PROSE:
            opening = lines[k].text.split(None, 1)
            candidates = by_first.get(opening[0].casefold(), []) if opening else []
            who = next((a for a in candidates if is_author_bio(lines[k].text, feats[k].words, a)), None)
            in_header = (lambda key, head: key in head)  # a labelled byline's whole name, in the header's text
            if who is None and credited:
                who = credited_bio_name(lines[k].text, feats[k].words, credited)
                # a credited name's words, whole words of the header ("Heather" is no part of "Heathers' Tips")
                in_header = (lambda key, head: set(key.split()) <= set(head.split()))
            header = None if who is None else next(
                (j for j in range(k - 1, max(start, k - 1 - BOX_HEADER_REACH), -1)
                 if feats[j].words <= BOX_HEADER_MAX_WORDS and not feats[j].prose
                 and in_header(match_key(who), match_key(lines[j].text))), None)
            if header is not None:
                # the box takes what stands under it in the region (more of the bio, "He lives in Stockholm …"; a
                # widget's blurb) when that is at most BOX_TAIL paragraphs none of which uses the story's words: a
                # reporter's box between a diary's entries has the story under it
                story = StoryVocabulary(lines[i].text for i in range(start, header)
                                        if out[i] is not None and out[i].role == "content" and feats[i].prose)
                tail = [j for j in range(k + 1, min(end + 1, len(lines)))
                        if out[j] is not None and out[j].role == "content" and feats[j].prose]
                last = k
                if len(tail) <= BOX_TAIL and all(story.share(lines[j].text) < BOX_STORY_SHARE for j in tail):
                    last = min(end, len(lines) - 1)  # the region ends with the box: what stands under it is the box's
                else:
                    # more of the bio right under it ("As an entrepreneur, he …", "Richard lives in Stockholm …"):
                    # the paragraphs that go on about the person without the story's words (a diary's entries under
                    # its reporter's box do not go on about the reporter, and use the story's words)
                    while last + 1 <= min(end, len(lines) - 1) and last - k < BIO_MORE \
                            and out[last + 1] is not None and out[last + 1].role == "content" \
                            and feats[last + 1].prose and bio_goes_on(lines[last + 1].text, who, more=last > k) \
                            and story.share(lines[last + 1].text) < BIO_MORE_STORY_SHARE:
                        last += 1
                for j in range(header, last + 1):
                    if out[j] is None or out[j].role in ("content", "removed"):
                        out[j] = Decision("removed", "author bio")
                return
        prose += feats[k].prose


#: the reason of another page's cut teaser (`_drop_cut_teasers`): a box's, fixed like a related box (vectors.RULE_GROUPS)
CUT_TEASER_REASON = "cut teaser"
#: a teaser's "Read more" link is a bare link: at most this many words ("Read more »", "Lees verder", "اقرأ المزيد"),
#: no heading ("Related:" heads a list of links)
READ_MORE_MAX_WORDS = 4
#: ... and the story goes on under it: a paragraph of the story at most this many lines under the link (an excerpt
#: page's own post ends in its cut paragraph and "read more", with nothing of the story under it, and its gold keeps it)
TEASER_STORY_REACH = 5


def _drop_cut_teasers(lines, feats, out: list) -> None:
    """A paragraph cut off ("…", "...", "[…]") with a bare "Read more" link right under it (the phrase lists'
    read_more: "Read more »", "Lees verder", "اقرأ المزيد") is the teaser of another page: an author's bio cut for a
    sidebar ("Tim Manley is the narrator of … He also ..." / "Read more »"), a previous post's excerpt, a listing's
    entry, when the story goes on under it (TEASER_STORY_REACH). The story's own paragraph ends in a sentence, not in a
    link to the rest of itself; on the corpora's pages with this shape, the gold drops the paragraph. A kept line
    (prose, a standfirst) only."""
    for k in range(len(lines) - 1):
        d, f = out[k], feats[k]
        if d is None or d.role != "content" or not f.prose or not CUT_OFF.search(lines[k].text):
            continue
        nxt = feats[k + 1]
        if nxt.has("read_more") and nxt.words <= READ_MORE_MAX_WORDS and not lines[k + 1].text.rstrip().endswith(":") \
                and any(out[j] is not None and out[j].role == "content" and feats[j].prose
                        for j in range(k + 2, min(len(lines), k + 2 + TEASER_STORY_REACH))):
            out[k] = Decision("removed", CUT_TEASER_REASON)


def _drop_bio_heading(lines, feats, out: list, bio: int, author: str) -> None:
    """The heading right over an author's bio that the tail rule removed, when it names the author ("Wie is Lotte
    Verbeek?", "About Jane Doe", "من هو سامر الحديدي؟"): a box's heading with its text gone is no story line. A short
    line that is no paragraph (BOX_HEADER_MAX_WORDS), the byline's person (no title, no job) in it."""
    k = bio - 1
    if k < 0 or (out[k] is not None and out[k].role != "content") or feats[k].prose \
            or feats[k].words > BOX_HEADER_MAX_WORDS:
        return
    person = without_honorific(author.split(",")[0])
    if person and match_key(person) in match_key(lines[k].text):
        out[k] = Decision("removed", "author bio")


#: a contact link of an author box, a whole line: "mailto" (a mail link's label left by the scrape), or a share
#: group's button ("twitter", "email")
_CONTACT_LINK = frozenset({"mailto"})


def _box_furniture(text: str, f: Features, persons: list[str]) -> bool:
    """A line of an author box around its bio: the name of one of the byline's people alone ("KATHLEEN BRYCE", in
    any case) or a contact link (_CONTACT_LINK, a share button). Asked only over a bio found under the story."""
    if f.prose or f.words > BOX_HEADER_MAX_WORDS:
        return False
    key = match_key(text)
    return key in _CONTACT_LINK or f.has("share") or any(match_key(p) == key for p in persons)


def _drop_author_bio(lines, feats, out: list, start: int, end: int) -> None:
    """The story's last paragraphs, when they are about its author (metadata.is_author_bio), are no story."""
    authors = _page_authors(lines, feats)
    credited = credited_names(line.text for line in lines)
    if authors or credited:
        _drop_bio_box(lines, feats, out, start, end, authors, credited)
    author = next((d.value or lines[k].text for k, d in enumerate(out) if d is not None and d.role == "byline"), None)
    # a bio may name the author by the first name alone ("By Adam Hart" / "Adam is a science reporter …"), or by the
    # whole name where the byline or the post head gave the first only ("By Marie" / "Marie LeBaron is the founder
    # …"): the byline's first word and the page's credited names, then a bio verb (metadata.credited_bio_name)
    first_names = credited | first_name(author)
    # a wire's author boxes name each of the byline's people by the surname alone ("Morales covers … for The
    # Associated Press."), under their name in a line of its own and over a contact link ("mailto")
    persons = authors + [p for p in byline_persons((author or "").split(",")[0]) if p not in authors]
    first_bio = None
    bios = 0
    # (the short lines the context decides later, None here, are passed over as before, unless they are an author
    # box's furniture over a bio found below them)
    for k in range(min(end, len(lines) - 1), start, -1):
        if out[k] is not None and out[k].role != "content":
            continue
        if first_bio is not None and _box_furniture(lines[k].text, feats[k], persons):
            out[k] = Decision("removed", "author bio")  # a box's name line or contact link, over a bio below it
            continue
        if bios >= BIO_TAIL:
            break
        if out[k] is None:
            continue
        # an author box's head, the name alone right above the bio ("ليلى الخطيب" / "كاتبة وباحثة …"), makes a bio
        # that opens with a job the author's (the heading rule below then takes the name's line)
        named = k > 0 and names_author(lines[k - 1].text, author)
        starred = _starred_neighbour(lines, k)
        # (a starred list's item that names the author is the story's list, not a bio: both rules ask)
        if not is_author_bio(lines[k].text, feats[k].words, author, starred, named) \
                and (starred or credited_bio_name(lines[k].text, feats[k].words, first_names) is None) \
                and (starred or surname_bio_name(lines[k].text, feats[k].words, persons) is None):
            break
        out[k] = Decision("removed", "author bio")
        first_bio = k
        bios += 1
    if first_bio is not None and author:
        _drop_bio_heading(lines, feats, out, first_bio, author)
    # the rules may have put the bio past the body's end already (a starred footnote under a column, "* كاتب وباحث في
    # شؤون البيئة", is too short for prose): marked as a bio, it is no line for the model to keep as the story's
    for k in range(end + 1, min(end + 1 + BIO_TAIL, len(lines))):
        if out[k] is not None and out[k].reason == "after the article" \
                and is_author_bio(lines[k].text, feats[k].words, author, _starred_neighbour(lines, k)):
            out[k] = Decision("removed", "author bio")


def classify(lines: list[Line], feats: list[Features],
             model: dict | None | bool = None) -> tuple[list[Decision], list[Features]]:
    """One decision per line: the rules' (below), then the learned model's keep/drop for the body lines; and the
    features the rules corrected (`rule_classify`), which the model read and the record's warnings read.

    `model`: fitted parameters to use instead of the packaged ones (the fitting script's cross-validation),
    or False for the rules alone."""
    decisions, title, feats = rule_classify(lines, feats)
    if model is False or not decisions:
        _late_removals(lines, decisions)
        _drop_sponsored_calls(lines, feats, decisions)
        return decisions, feats
    params = model or packaged_model()
    reasons = [d.reason for d in decisions]
    vectors = line_vectors(lines, feats, reasons, title)
    probs = content_probabilities(vectors, params)
    fixed = [None if model_decides(d) else d.role == "content" for d in decisions]
    soft = [soft_decision(d) for d in decisions]
    words = [word_count(line.text) for line in lines]
    # (whether the page has a headline line: a post's own head may be one where the rules' pass found no title
    # string, rule_classify; the fitting script reads it from the roles too)
    keep, mode = decide_page(fixed, soft, [d.role == "content" for d in decisions], probs, words, vectors, reasons,
                             any(d.role == "title" for d in decisions), params)
    relaxed = params["page"]["modes"][mode][1]
    for d, p, x, s, k in zip(decisions, probs, fixed, soft, keep):
        # a soft line is the model's in an open mode, or where the article mode let the model keep it
        # (learned.story_above_headline)
        if x is None or (s and (relaxed or k != x)):
            d.reason = f"model {p:.2f} (rules: {d.reason})"  # rule_reason() reads the rules' part back
            d.role = "content" if k else "removed"
    _stamps_follow_their_entries(decisions)
    for d, role in zip(decisions, without_home_bars([line.text for line in lines], [d.role for d in decisions])):
        if role != d.role:
            d.role, d.reason = role, HOME_BAR_REASON
    for d in decisions:
        if d.thread_post and d.role != d.thread_post:
            d.role, d.reason = d.thread_post, f"{POST_REASON} ({d.reason})"
    _late_removals(lines, decisions)
    _drop_sponsored_calls(lines, feats, decisions)
    return decisions, feats


def _drop_sponsored_calls(lines: list[Line], feats: list[Features], decisions: list[Decision]) -> None:
    """A sponsored page's calls to action ("Book your summer break now") go, last of all: whether the page is
    sponsored is judged on the lines kept around its headline (sponsored.sponsored_calls)."""
    for i in sponsored_calls(lines, feats, [d.role for d in decisions]):
        decisions[i].role, decisions[i].reason = "removed", SPONSORED_CALL_REASON


def late_removals(texts: list[str], roles: list[str], reasons: list[str]) -> tuple[list[str], list[str]]:
    """The roles and reasons once the passes that need the final keep decision have run, in order, last of all
    (which lines are kept is known only once the model has decided). The classifier runs them on its decisions and the
    fitting script on a cached page's keep decision (scripts/fit_normaliser.emitted): one copy, so the text scored is
    the text emitted.

    - a kept short paragraph that repeats sentences a longer kept paragraph gives (pullquotes.py);
    - a poll widget read whole by its shape (polls.poll_blocks: question, answers, counts, buttons), a kept poll
      question whose answers went (boxes.poll_questions), and a pasted post's text whose author line and label or
      counters went (boxes.embedded_post_texts);
    - a long read's table of contents whose items the story keeps as its section headings (contents.py);
    - the story's notes, numbered and cited by its markers, with or without a heading (references.cited_notes);
    - an official's sign-off under a letter, at the kept text's end (signoffs.py)."""
    roles, reasons = list(roles), list(reasons)

    def drop(found, reason: str, only_kept: bool = False) -> None:
        for i in found:
            if not only_kept or roles[i] == "content":
                roles[i], reasons[i] = "removed", reason
    drop(pull_quotes(texts, [r == "content" for r in roles]), PULL_QUOTE_REASON)
    drop(poll_blocks(texts), POLL_BLOCK_REASON, only_kept=True)
    drop(poll_questions(texts, roles), POLL_REASON)
    # (the rules' part of each reason: the fitting script's cached page holds the rules' reasons, not the model's)
    drop(embedded_post_texts(texts, roles, [rule_reason(r) for r in reasons]), EMBED_TEXT_REASON)
    drop(contents_lines(texts, roles), CONTENTS_REASON)
    # the story's notes that its kept lines cite by number, heading or none (references.cited_notes)
    drop(cited_notes(texts, roles), REFERENCES_REASON)
    drop(signoff_lines(texts, roles), SIGNOFF_REASON)
    return roles, reasons


def _late_removals(lines: list[Line], decisions: list[Decision]) -> None:
    """`late_removals` on the classifier's decisions."""
    roles, reasons = late_removals([line.text for line in lines], [d.role for d in decisions],
                                   [d.reason for d in decisions])
    for d, role, reason in zip(decisions, roles, reasons):
        d.role, d.reason = role, reason


def _minute_stamps(lines: list[Line], feats: list[Features]) -> list[int]:
    """A match ticker's minute lines (_MINUTE_STAMP), when each stands over a sentence and they run in one order
    (the newest first or the kick-off first); else none."""
    found = [(i, int(m.group(1))) for i in range(len(lines) - 1)
             if (m := _MINUTE_STAMP.match(lines[i].text)) and int(m.group(1)) <= MAX_MINUTE and feats[i + 1].terminal
             and not _MINUTE_STAMP.match(lines[i + 1].text)]
    minutes = [m for _i, m in found]
    ordered = minutes == sorted(minutes) or minutes == sorted(minutes, reverse=True)
    # numbers that step by one ("3" / "4" / "5" over their headlines) number a list, a "Most popular" box's top five
    # or a ranking: a match's events fall minutes apart, never each in the minute after the last
    numbered = all(abs(b - a) == 1 for a, b in zip(minutes, minutes[1:]))
    return [i for i, _m in found] if ordered and not numbered and len(set(minutes)) >= LIVE_MIN_STAMPS else []


def _stamps_follow_their_entries(decisions: list[Decision]) -> None:
    """A live blog's entry time goes where the model put its entry (the line under it): all kept with the entries
    they head, never some kept and some dropped for the model's view of a lone "13:10 GMT"."""
    roles = stamps_follow_entries([d.role for d in decisions], [d.reason for d in decisions])
    for d, role in zip(decisions, roles):
        d.role = role


def stamps_follow_entries(roles: list[str], reasons: list[str]) -> list[str]:
    """The roles with each live blog entry time's (LIVE_STAMP_REASON) set to its entry's, the line under it (see
    _stamps_follow_their_entries; scripts/fit_normaliser.py scores the same text)."""
    out = list(roles)
    for i in range(len(out) - 2, -1, -1):
        if rule_reason(reasons[i]) == LIVE_STAMP_REASON and out[i + 1] in ("content", "removed"):
            out[i] = out[i + 1]
    return out


#: rule decisions the model does not overrule: title/byline/date, boxes, captions and phrase-list matches
#: (widgets the lists name are boilerplate on any site; the model decides what the lists do not know)
FIXED_GROUPS = ("r_meta", "r_box", "r_caption", "r_phrase")
#: ... and these: a line above the headline, in a comment section or in a second article is not part of the story (on
#: a page that is no single news article the page layer lets the model overrule those: pagemode.SOFT_REASONS); a page
#: without running text keeps its lines; a menu bar is a menu bar
FIXED_REASONS = SOFT_REASONS + ("no running text on the page: kept", "menu bar", LIST_REASON, VERDICT_REASON,
                                   RECIPE_REASON, SECTION_REASON, THREAD_REASON, FORM_REASON, FOOTER_REASON,
                                   STANDFIRST_REASON, LIVE_HEAD_REASON, POST_HEAD_REASON, DATED_LEAD_REASON,
                                   DESCRIPTION_REASON, SECOND_HEADER_REASON, MATCH_FACTS_REASON, LETTER_REASON, FACTS_BELOW_REASON,
                                   LEAD_IN_REASON, CHART_REASON, CELL_TABLE_REASON, RUNNING_HEAD_REASON)


def model_decides(d: Decision) -> bool:
    """Whether the learned model may overrule this rule decision (see FIXED_GROUPS)."""
    return d.role in ("content", "removed") and rule_group(d.reason) not in FIXED_GROUPS \
        and d.reason not in FIXED_REASONS


def soft_decision(d: Decision) -> bool:
    """Whether the model may overrule this rule decision on a page the page layer finds is no single news
    article (pagemode.SOFT_REASONS: above the headline, comment section, second article)."""
    return d.role in ("content", "removed") and d.reason in SOFT_REASONS


def rule_classify(lines: list[Line], feats: list[Features]) -> tuple[list[Decision], str | None, list[Features]]:
    """The hand-written rules: one decision per line (see the module docstring for the passes), the title, and the
    features as the rules corrected them from the body region on (`_about_heading_roles`: an "About <person>"
    subheading is no end marker), which the learned model reads."""
    n = len(lines)
    out: list[Decision | None] = [None] * n
    if n == 0:
        return [], None, feats

    # 2. summary boxes
    for i, role in find_boxes(lines, feats).items():
        if role == "box_item":
            out[i] = Decision("takeaway", "summary box")
        else:
            out[i] = Decision("removed", "summary box heading")
    # a box at the story's end (boxes.find_related_boxes: `closing`) is no box read across: its heading ends the
    # article as its end marker did, so the prose under the box (a newsletter pitch, the comments) is no more story
    closing: set[int] = set()
    # a multi-page story's pager between its parts (pagers.py): removed and read across like a box, and a related box
    # right under it is a box in the story (the paragraph above the box is the one over the pager)
    pagers = story_pagers(lines, feats)
    for i in pagers:
        out[i] = Decision("removed", PAGER_REASON)
    for i in find_related_boxes(lines, feats, closing, pagers):
        if out[i] is None:
            out[i] = Decision("removed", "related box")
    # a chart dumped column-wise (its labels, then its values, one a line: charts.py) goes whole, read across like a
    # box: the model kept its bare values and dropped its labels
    # (a table dumped one cell per line, celltables.py: read once, here and for the body region below)
    cells = cell_table_rows(lines, feats)
    for i in column_chart_lines(lines, feats, cells):
        if out[i] is None:
            out[i] = Decision("removed", COLUMN_CHART_REASON)
    for i in find_signup_boxes(lines, feats):
        if out[i] is None:
            out[i] = Decision("removed", SIGNUP_REASON)
    # an advertiser's block inside the story, from its partner line down to its "Advertentie" marker (sponsored.py)
    for i in sponsored_blocks(lines, feats):
        if out[i] is None:
            out[i] = Decision("removed", SPONSORED_BLOCK_REASON)
    # a channel promo's pitch and button under its heading ("Volg ons op WhatsApp", "تابعونا على واتساب"): the heading's
    # removal carried to them as to a related box's headlines (boxes.find_promo_boxes)
    for i in find_promo_boxes(lines, feats, closing):
        if out[i] is None:
            out[i] = Decision("removed", PROMO_REASON)
    # a condolence box under the story (condolence.py): its heading and notice, no paragraphs of the story
    for i in condolence_boxes(lines, feats):
        if out[i] is None:
            out[i] = Decision("removed", CONDOLENCE_REASON)
    # an advert's or a video player's label inside the story takes its item line with it (widgetitems.py): read across
    # like a box, the story goes on under it
    for i in widget_items(lines, feats):
        if out[i] is None:
            out[i] = Decision("removed", WIDGET_ITEM_REASON)
    # a reference list under the story (references.py): its heading and citations go whole; like a box at the story's
    # end, it is not read across
    for i in reference_lists(lines, feats):
        if out[i] is None:
            out[i] = Decision("removed", REFERENCES_REASON)
            closing.add(i)
    # a columnist's author box above the headline ("About the author" / bio / "Follow @…", authorbox.py): set apart
    # before the body is looked for, so that the bio does not start the body and the headline under it is the title
    for i in author_box_above(lines, feats, _page_authors(lines, feats)):
        if out[i] is None:
            out[i] = Decision("removed", AUTHOR_BOX_REASON)
    boxed = {i for i, d in enumerate(out) if d is not None} - closing
    # a sidebar's recent-comments widget ("Recent Comments" / "Nick on An important bug" / …, commentcredit.py): the
    # titles of other posts with a reader's name in front, which read as prose. It is the sidebar's, not a box inside
    # the story: not read across, its lines are no prose to the body region (`region_feats`), so that neither its
    # prose outweighs a short post nor a prose group runs over it from the sidebar above into the post
    widget = [i for i in recent_comment_widgets(lines) if out[i] is None]
    for i in widget:
        out[i] = Decision("removed", WIDGET_REASON)
    # a photo gallery: its counters go; its captions stay on a gallery page and go inside a story (story_gallery, below)
    counters, gallery_captions, slide_credits = gallery_lines(lines, feats)
    for i in counters:
        out[i] = out[i] or Decision("removed", COUNTER_REASON)
    for i in slide_credits:
        out[i] = out[i] or Decision("removed", CREDIT_REASON)
    # a PDF copy's running head and foot at each page break (pagebreaks.py): read across like a box too
    running = running_heads(lines)
    for i in running:
        out[i] = out[i] or Decision("removed", RUNNING_HEAD_REASON)
    # the gallery is read across like a box: the story's paragraphs under it are more of the story, not a second block
    # after a widget of ten lines
    gallery = counters | gallery_captions | slide_credits | running

    # 3. body region (the boxes above read the features as the lines gave them)
    # an "About <person>" subheading ends nothing; the author's about box inside the story, the story going on under
    # it, goes and is read across, and its heading ends nothing (aboutbox.py)
    feats, about_box = _about_heading_roles(lines, feats, _byline_name(lines, feats), out)
    for k in about_box:
        out[k] = Decision("removed", ABOUT_REASON)
        boxed.add(k)
    thread = comment_thread(lines, feats, -1)
    stamped = thread[:2] if thread is not None and thread[2] else None  # a thread for sure: a comment signal by it
    read_across = boxed | gallery
    region_feats = _not_prose(feats, widget)
    clusters = _clusters(lines, region_feats, read_across)
    # a table dumped one cell per line (a box score's "Ridgeport" / "28" / "31" / …) is figures too: the story
    # resumes under it (celltables.py)
    figures = _figure_rows(lines, feats) | cells
    page = PageLines(lines)  # one lookup of the page's lines by their text for every comment-heading question
    start, end = _body_region(lines, region_feats, clusters, read_across, figures, page, stamped)
    first_text = _first_post_text(feats)
    form = _comment_form(lines, feats, start, end, first_text)
    form_reason = FORM_REASON
    # a pager at the top of the page (a template prints "Newer Post" / "Older Post" / "Home" over the post too) ends
    # nothing: no post text stands above it and the body region under it; the post's own footer is further down.
    # (Not _comment_form's FORM_STORY_PROSE test: a short post's footer over a sidebar of three paragraphs or more
    # ends the post all the same.)
    feed = post_feed(lines, feats, below=min(start, first_text + 1))
    if feed is None:
        # ... and so does the notice that its comments are closed, printed where the form would be (a sidebar of
        # widget blurbs under it outweighed a post of a few paragraphs)
        feed = closed_thread(lines, feats, below=first_text + 1)
    if feed is not None and (form is None or feed < form):
        # a blog post's own feed link (or its pager's "Home") ends the post as its comment form does: the sidebar
        # follows (FOOTER_REASON)
        form, form_reason = feed, FOOTER_REASON
    unread = boxed
    if form is not None:
        # a post's comment form: the body is not anchored after it (a short post has no prose of its own, and the
        # densest prose on the page was a sidebar's "about me" under the form), nor the headline looked for there, and
        # nothing after it is the post (FORM_REASON)
        unread = boxed | set(range(form, n))
        read_across = unread | gallery
        clusters = _clusters(lines, region_feats, read_across)
        start, end = _body_region(lines, region_feats, clusters, read_across, figures, page, stamped)
    # a Q&A page: the question is the headline, its text and the answers the body (qa.py)
    qa = qa_region(lines, feats, lambda k: k not in boxed and _question_headline(lines, feats, boxed, k), _ends_article)
    if qa is not None:
        start, end = qa[1], max(end, qa[2])
    if form is not None and end >= form:
        end = max(start, form - 1)
    closing = range(0)
    if clusters:
        closing = range(end + 1, _closing_end(lines, feats, start, end, boxed, form, stamped) + 1)
        end = max(end, closing.stop - 1)
    if qa is None:
        start = _past_update_note(lines, feats, start, end, unread)
    # a gallery's captions: the gallery's text on a gallery page, captions like any other inside a story (gallery.py)
    in_story = story_gallery(feats, counters, gallery_captions | counted_captions(lines), start, end)
    for i in sorted(gallery_captions | in_story):
        out[i] = out[i] or (Decision("removed", "caption") if i in in_story else Decision("content", CAPTION_REASON))
    # a photo page: its caption is its text, as a gallery page's captions are (gallery.py)
    for i in sorted(photo_page_captions(lines, feats, start, end)):
        out[i] = out[i] or Decision("content", CAPTION_REASON)

    # 4. title
    stamps = _live_stamps(lines, end)
    # a fact check's claim box under a question headline at the body's start: scanned once, for the title and its box
    claim_end = _claim_box_end(lines, feats, unread, start)
    title_idx = qa[0] if qa is not None else _title_index(lines, feats, unread, start, end, no_body=not clusters,
                                                         stamps=stamps, claim_end=claim_end)
    if title_idx is not None and qa is None:
        # a press release's issuer over its headline, beside its "Press release" label (releasehead.py)
        title_idx = headline_under_issuer(lines, feats, title_idx, start)
        # a "headline" that heads no story ("Making the Dough:", "Dear Mr. Kennedy—", "Post comment as") under the
        # story's own paragraphs: the body region was anchored on a later part of the page (a recipe's method, a
        # second letter, a comment thread), and the story above it would go as "above the headline". The body
        # starts at that story, and its headline is looked for above it
        higher = _story_over_false_head(lines, feats, clusters, unread, title_idx)
        if higher is not None:
            start = higher
            claim_end = _claim_box_end(lines, feats, unread, start)
            title_idx = _title_index(lines, feats, unread, start, end, stamps=stamps, claim_end=claim_end)
    title = title_key = None
    if title_idx is not None:
        # a dump that opens with the page's <title>, "Headline - Site", and has the headline below: that is the title
        # (the <title> line then goes as the title repeated)
        near = range(title_idx + 1, min(n, title_idx + SITE_TITLE_REACH + 1))
        copy = site_title_copy(lines[title_idx].text, [lines[k].text for k in near])
        if copy is not None and out[near[copy]] is None:
            out[title_idx] = Decision("removed", "title repeated")
            title_idx = near[copy]
        # (a media label in front of it, "VIDEO | …", "فيديو | …", is the page's format: no part of the headline)
        title = without_media_label(unglue_title(lines[title_idx].text, [line.text for line in lines]))
        title_key = match_key(title)  # once: `title_variant` is asked about every line
        out[title_idx] = Decision("title", "headline", title)
        # a fact check's claim box under its question headline: the claim and its verdict are the story's
        box_end = claim_end if title_idx == start else _claim_box_end(lines, feats, unread, title_idx)
        for k in range(title_idx + 1, box_end or title_idx + 1):
            out[k] = out[k] or Decision("content", VERDICT_REASON)
        # a paper's masthead in the header, not the title (_mastheads): the site's name, never the byline either
        for k in range(min(start, n)):
            if out[k] is None and _masthead(lines[k].text, feats[k]):
                out[k] = Decision("removed", "above the headline" if k < title_idx else "before the article")

    # a live blog's entry times: the same decision for each below the headline, wherever the header zone ends
    clock_stamps = bool(stamps)  # a live blog's clock times, not a ticker's minutes (a bare "39" may number a list)
    if not stamps:  # a match ticker's minutes ("76", "90+5") stand for its entry times
        stamps = _minute_stamps(lines, feats)
    for i in stamps:
        if clock_stamps and (title_idx is None or i - 1 > title_idx) \
                and (out[i - 1] is None or model_decides(out[i - 1])) and _entry_byline(lines[i - 1].text, feats[i - 1]):
            # the entry's own byline over its time ("By Sam Sokol" / "22:48"): the entry's author, no line of its text
            # (a byline with its follow widget glued is long enough to read as prose: the rules' guess is undone)
            out[i - 1] = Decision("removed", ENTRY_BYLINE_REASON)
        if out[i] is None and (title_idx is None or i > title_idx):
            out[i] = Decision("content", LIVE_STAMP_REASON)
            # the line under an entry time is its entry's first line (its heading or its text), the story's as much as
            # any other entry's: the first entry sits in the header zone ("before the article") and the model,
            # which saw few live blogs, dropped it and its time with it
            head = i + 1
            if clock_stamps and head < n and out[head] is None and not feats[head].categories:
                out[head] = Decision("content", LIVE_HEAD_REASON)
    # the entry under the last time is the ticker's first (the kick-off) even where it is too short for the body
    last_entry = stamps[-1] + 1 if stamps else n
    if end < last_entry < n and out[last_entry] is None and feats[last_entry].terminal \
            and not feats[last_entry].categories:
        out[last_entry] = Decision("content", LIVE_ENTRY_REASON)

    have_byline = have_date = False
    guessed_at = None  # the byline's line when a name's shape alone made it the byline (no label, no date)
    label_at = None  # a name-shaped line that split_byline found to be the page's label (bylinelabel.py)
    issued: tuple[int, str] | None = None  # a bulletin's issue line above the story and its date (issue_date)
    relative_date_at: int | None = None
    header_end = start + HEADER_SPILL
    # only_bullets_until_body[i]: between line i and the body there are only bullets (or lines already
    # placed: title, box); computed once, backwards, so a long page stays linear.
    only_bullets_until_body = [False] * n
    clear = True
    for k in range(min(start, n) - 1, -1, -1):
        only_bullets_until_body[k] = clear
        clear = clear and (out[k] is not None or feats[k].bullet)

    # the first comment counter or sort bar after the body: what follows is the comment section
    comments_from = next((k for k in range(end + 1, n) if comment_header(lines[k], feats[k])),
                         None)
    # a comment section the body took for story (its comments are prose too): the story ends right before its
    # first stamp line, or at its comment counter (a phrase match, removed on its own)
    sure = stamped is not None and stamped[0] > start
    if sure:
        stamp = stamped[0]
    else:
        # read again from the body's start: a post's own footer above the body ("By … 11:04 PM" / "| 270 Comments")
        # chained the thread from there, and the thread under the story, signalled by its "| Reply" links, was then
        # taken for a soft comment section that a page mode could keep whole
        later = comment_thread(lines, feats, start)
        stamp = later[0] if later is not None else None
        sure = stamped is not None and later is not None and later[2]
    replies = reply_start(lines, feats, start, end) if qa is None and stamp is None else None
    if replies is not None and not any(THREAD_STARTER.match(lines[k].text) for k in range(replies[0])):
        # a forum thread pasted as text (threadposts.reply_start): the opening post is the text, its replies are the
        # thread's from the first reply's header on, in every page mode, as the HTML path's extractor leaves them out.
        # (A thread whose byline names its starter keeps every post: qa.py's page of posts.)
        sure, stamp = True, replies[0]
    else:
        replies = None
    if stamp is None:
        # comments headed by their commenters' names alone, no stamp (comments.name_thread): a soft comment section
        stamp = name_thread(lines, feats, start, end)
    counter = comment_counter(lines, feats, start, end, page)
    if counter is None and sure:
        # a sure thread whose stamps trail their comments: it starts at the header over its first comment
        counter = header_over_thread(lines, feats, start, stamp)
    short_post = short_post_counter(lines, feats, start, end) if counter is None else None
    if short_post is not None:
        # a short post over a dated thread: sure as a signalled thread's stamps, from its counter on
        counter, sure, stamp = short_post, True, short_post + 1
    story_end = min((k for k in (stamp - 1 if stamp is not None else None, counter) if k is not None), default=end)
    # from a signalled thread's first stamp (or the counter over it) on, every line is the thread's, in every page
    # mode; a thread of bare stamps is a soft "comment section" (comments.comment_thread)
    thread_from = (story_end + 1 if story_end < end else stamp) if sure else None
    if story_end < end:
        end = comments_from = story_end
        header_end = min(header_end, end)  # a comment's stamp is not the story's byline or date
    if counter is not None and out[counter] is None:
        # a counted heading no phrase list names; over a signalled thread it is the thread's first line, in every mode
        out[counter] = Decision("removed", THREAD_REASON if thread_from is not None and counter >= thread_from
                                else "comment section")
    # the story's own lists: the sentence that announces one and the short lines under it (lists.py)
    story = StoryWords(lines, feats, start)  # read only when a line ends with a colon
    for k in range(max(start, 0), min(end + 1, n)):
        if out[k] is not None or not leads_in(lines[k]):
            continue
        items = list_items(lines, feats, k, boxed) if announces_list(lines[k], feats[k], story.up_to(end)) else None
        for j in range(k, min(items, end) + 1) if items is not None else ():
            if out[j] is None:
                out[j] = Decision("content", LIST_REASON)
    # a "Label: value" list between two of the story's paragraphs (a police appeal's "Signalement", a fact box): the
    # story's own description, decided before the byline rule reads "الشعر: أسود قصير" as a place and its reporter and
    # the short-line rules the run for a menu (lists.description_lists)
    for j in description_lists(lines, feats, max(start, 0), end):
        if out[j] is None:
            out[j] = Decision("content", DESCRIPTION_REASON)
    # a recipe's headings and ingredients inside the body: the story's, whatever the model says of short lines
    if start <= end:
        for j in recipe_lines(lines, feats, story, start, end, boxed):
            if out[j] is None:
                out[j] = Decision("content", RECIPE_REASON)
    _keep_verdict(lines, feats, out, boxed, title_idx, start, end)
    # a match's facts around the story's end (the result, the line-ups, goals, cards, referee, attendance): the report's
    # own structured lines, kept alike in every page mode; the model kept the line-ups and dropped the referee under
    # them (matchfacts.py says why they are kept, where the same facts above the lead go)
    if start <= end:
        for k in facts_below([line.text for line in lines], start, end):
            if out[k] is None:
                out[k] = Decision("content", FACTS_BELOW_REASON)
        # ... and a results page's score lines and standings under its report (the headline says they are the page's)
        for k in results_below([line.text for line in lines], lines[title_idx].text, end) if title_idx is not None else ():
            if out[k] is None:
                out[k] = Decision("content", FACTS_BELOW_REASON)
    about = _about_blocks(lines, feats)
    rows = _table_rows(lines)
    # a chart's "LABEL: NUMBER" lines and a data block's "Source: …" line are the story's figures (charts.py): decided
    # here, before the date rule takes "Oct 2025: 9,400" for a date line and the short-line rules a run for a widget
    for k in chart_lines(lines, start, end, rows | figures):
        if out[k] is None or out[k].role == "removed":
            out[k] = Decision("content", CHART_REASON)
    # a letters page: each reader's signature under a letter is that letter's, none the page's byline (letters.py)
    signed = letter_signatures(lines, feats)
    # the story's opening words, read only for a line that may be the standfirst
    opening = functools.cache(lambda: StoryVocabulary(
        lines[k].text for k in range(max(start, 0), min(end, start + 40) + 1) if k < n and feats[k].prose))
    dated_lead = -2  # the last line of a dated lead above the headline (DATED_LEAD_WORDS)
    # a match report's score box under the headline, read only when a line there is left to decide
    score_box = functools.cache(lambda: set(facts_box([line.text for line in lines], title_idx + 1, start))
                                if title_idx is not None else set())
    for i in range(n):
        if out[i] is not None:
            continue
        text, f = lines[i].text, feats[i]
        if thread_from is not None and i >= thread_from and i > end:
            # a signalled thread's stamps state dates ("1 Karin 5 november 2012 om 19:36"): they are the thread's,
            # not the story's date (losses.py reads the first stamp's reason for its warning)
            out[i] = Decision("removed", THREAD_REASON)
            continue
        if form is not None and i > max(form, end):
            out[i] = Decision("removed", form_reason)
            continue
        in_header = i < start or (i <= header_end and not f.prose)

        if title is not None and title_variant(text, title, title_key):
            out[i] = Decision("removed", "title repeated")
            continue

        if in_header and have_byline and title_idx is not None and title_idx < i <= header_end and not f.terminal \
                and out[i - 1] is not None and out[i - 1].role == "byline" \
                and f.words <= LABELLED_CREDIT_MAX_WORDS and not f.categories and _labelled_name(text) \
                and credit_label(text.split(":", 1)[0]):
            # "ترجمة: ليلى منصور", "Vertaling: Eva Brouwer" right under the byline: a translator's (an illustrator's)
            # credit is the byline's, no line of the story (review 33a #11: the Arabic one stayed the text's first
            # line); only right under it, and a translation's label (datelines.credit_label): a magazine's credits
            # ("Design Director: …", "Art Director: …") are content
            out[i] = Decision("removed", "byline")
            continue

        # byline / date, near the top only
        if in_header and f.words <= 14 and not f.terminal and i not in rows and i not in signed:
            # a capitalised two-word line inside the story once the byline is known is a list item ("Market Street",
            # "Lange Viestraat" under "The shops closing are:"), not a second author; one in capitals inside the story
            # is a box's heading ("FACT BOX", "KEY FACTS"), while "CHARLES GOLDBERG" above the story is its author
            # a name behind "Dr", "prof.", "د." may stand right above the headline (an opinion page's columnist, a job
            # line between them at most; in a menu it is a column's name, "Dr. Gridlock"); a plain capitalised pair
            # there is more often a section ("Premier League")
            # a known place's name there ("New York", "Den Haag" / the date) is a dateline's place, no reporter's name
            # (places.py; datelines.dateline_step takes it)
            # a place and the reporter's name under the headline ("دبي - محمد الشامسي", datelines.place_author_and_date)
            # (a family name with the article counts on a dated line: the date beside it or on the next line)
            placed, placed_date = place_author_and_date(
                text, i + 1 < n and date_in(lines[i + 1].text) is not None) \
                if title_idx is not None and title_idx < i <= header_end and not f.categories and not have_byline \
                else (None, None)
            # (a lone name beside the headline under a "Column" / "Opinie" / "رأي" label: the columnist, columnname.py)
            if placed or f.has("byline") or is_dated_byline(text) or (is_honoured_name(text, f) and title_idx is not None
                                   and 0 < title_idx - i <= COLUMNIST_ABOVE_TITLE and not have_byline) or (
                    not have_byline and column_author(lines, feats, i, title_idx)) or (
                    is_name_like(text, f) and i <= header_end and (title_idx is None or i > title_idx)
                    and not _menu_words(text) and not known_place(text) and not (have_byline and i > start)
                    and not (text.isupper() and i > start) and not _heading_in_story(feats, figures, start, i)) or (
                    not have_byline and not have_date and _bare_arabic_byline(lines, feats, i, title_idx, header_end)) or (
                    # "Ji Siqi in Beijing" under the headline and its decks: a byline with its place and no "By"
                    not have_byline and title_idx is not None and title_idx < i <= header_end and name_in_place(text)) or (
                    # a desk's credit without "Door"/"By" between the headline and the story ("Redactie 112
                    # Gelderland", "Newsdesk", "هيئة التحرير"): the page's byline (else the dateline's place became it)
                    not have_byline and title_idx is not None and title_idx < i <= header_end and is_desk_credit(text)):
                author, date = (placed, placed_date) if placed else split_byline(text)
                if author and f.has("misc") and (reporters := wire_reporters(text, f.words)):
                    # a short wire story's credit line under it, still in the header's reach ("Reporting by Jane Doe
                    # and Tom Hale in Mombasa; Editing by …"): its reporters, without their places (wirecredit.py)
                    author = reporters
                if not have_byline and not author and i + 1 < n and out[i + 1] is None \
                        and (name := name_under_label(text, lines[i + 1].text, feats[i + 1])):
                    # the label alone on its line, the name on the next ("— By" / "Long Zheng", "Door" / "Eva de
                    # Vries", "بقلم" / "سامي يوسف"): the name is the byline, the label no author
                    out[i] = Decision("removed", "byline")
                    out[i + 1] = Decision("byline", "byline", name)
                    have_byline = True
                    continue
                if have_byline and guessed_at is not None and author and f.has("byline") \
                        and has_byline_prefix(text) and person_name(author.split(",")[0].strip()):
                    # a name-shaped line taken for the byline with no label ("All Things Digital" in a menu, when no
                    # headline was found) gives way to the labelled author below it ("By Alessandro Torello")
                    out[guessed_at] = Decision("removed", "byline")
                    guessed_at = None
                    have_byline = False
                shaped = not (placed or f.has("byline") or is_dated_byline(text))  # a name by its shape alone
                if not have_byline and author and shaped and _after_label(lines, feats, label_at, i):
                    out[i] = Decision("removed", "byline")  # the next item of a menu whose first was a label
                    continue
                if not have_byline and author:
                    out[i] = Decision("byline", "byline", author)
                    have_byline = True
                    guessed_at = i if shaped else None
                    if date and not have_date:
                        out[i].date = date
                        have_date = True
                    continue
                if date and not have_date and not deadline_line(text):
                    out[i] = Decision("published", "date", date)
                    have_date = True
                    continue
                if not author and not date and not have_byline and label_not_name(text):
                    label_at = i  # "Email Article", "Eredivisie Voetbal": a label, maybe a menu's first item
                out[i] = Decision("removed", "byline")
                continue
            if issued is None and (at := issue_date(text)):
                issued = (i, at)  # the page's date if no other line states one (below)
            found = date_in(text)
            if found or f.has("date"):
                if found and deadline_line(text):
                    # "Closing date: 14 January 2027", "Aanvang: 20 maart 2027": when something closes or starts, not
                    # when the page was published (deadlines.py)
                    out[i] = Decision("removed", "date")
                elif found and not have_date:
                    out[i] = Decision("published", "date", found)
                    have_date = True
                    relative_date_at = i if is_relative_date(found) else None
                elif found and relative_date_at is not None and not is_relative_date(found):
                    # "Gisteren, 18:42" then "Laatste update: 5 maart 2024": the absolute date is the useful one
                    out[relative_date_at] = Decision("removed", "relative date")
                    out[i] = Decision("published", "date", found)
                    relative_date_at = None
                else:
                    out[i] = Decision("removed", "date")
                continue

        # a press release's issuer under its "From:" label: its byline (a second one is no author)
        if i > 0 and ISSUER_LABEL.match(lines[i - 1].text) and in_header and f.words <= 12 and not f.terminal:
            out[i] = Decision("byline", "issuer", text) if not have_byline else Decision("removed", "byline")
            out[i - 1] = Decision("removed", "byline")
            have_byline = True
            continue
        # "Published in the Ashby Gazette on Aug. 7, 2025." under an obituary: its date, when the top had none
        printed = None if have_date else printed_date(text)
        if printed:
            out[i] = Decision("published", "date", printed)
            have_date = True
            continue
        # (a Hijri date alone on its line is a date line as well: it dates nothing, metadata.hijri_date_line says why)
        if f.words <= 12 and (date_in(text) is not None or hijri_date_line(text)) and i not in rows:
            found = date_in(text)
            if found and in_header and not have_date and not deadline_line(text) and update_time_warning(text) is None:
                # a header date line that ends on a stop ("November 12, 2026 16:05 ET | Source: Acme, Inc.": the
                # source's "Inc." reads as a sentence's end, so the byline/date step above passed it by): still the
                # page's date; not an update line ("Updated: 1/4/2005; 3:04:30 PM."), which gives way to a dated post
                # below it
                out[i] = Decision("published", "date", found)
                have_date = True
                continue
            out[i] = Decision("removed", "date")
            continue
        if f.has("caption") and not f.prose or (f.has("caption") and f.words <= 40 and i not in range(start + 1, end)):
            out[i] = Decision("removed", "caption")
            continue
        if f.has("caption") and f.prose and not f.terminal:
            out[i] = Decision("removed", "caption")
            continue
        if start < i < end and f.words <= END_MARKER_WORDS and not _is_boiler(f) \
                and in_group(text, f.words, "press_notes"):
            # a release's "Notes to editors" heading that the story runs on past (its notes read as more of it): the
            # notes' own heading, left to the short-line rules, not removed alone over the notes it labels
            out[i] = None
            continue
        if _is_boiler(f) or f.has("end") or f.has("summary_heading"):
            reason = next(c for c in f.categories) if f.categories else "boilerplate"
            out[i] = Decision("removed", reason)
            continue

        if i < start:
            # a bullet standfirst right above the body is content; anything else up here is navigation
            if f.bullet and f.words >= 5 and only_bullets_until_body[i]:
                out[i] = Decision("content", "standfirst")
            elif _standfirst(lines, feats, out, i, title_idx, start, opening()):
                out[i] = Decision("content", STANDFIRST_REASON)
            elif i in score_box():
                # a match's score box between the headline and the lead (its facts, "Attendance: 14,212",
                # "Toeschouwers: 6.410", "الحضور: …", and its score lines): never the story's first line, in every mode
                # (matchfacts.py)
                out[i] = Decision("removed", MATCH_FACTS_REASON)
            elif (title is None or i == title_idx - 1) and f.words <= SECTION_MAX_WORDS and not f.terminal \
                    and not _DIGIT.search(text):
                # no headline on the page: a word or two above the story is its section ("Politics", "Klimaat",
                # "شؤون عربية"), never the story's first line nor a takeaway (the model kept such a line as content);
                # right above the headline it is its kicker ("How-To", "Analyse"), on any kind of page
                out[i] = Decision("removed", SECTION_REASON)
            elif _menu_row(text, f) and opening().share(text) < TITLE_STORY_SHARE:
                out[i] = Decision("removed", "menu bar")  # never the story's first line, whatever the model says
            elif title_idx is not None and i < title_idx and f.words >= DATED_LEAD_WORDS and f.terminal \
                    and (opens_with_dateline(text) and opening().share(text) >= DATED_LEAD_SHARE
                         or (dated_lead == i - 1 and f.prose)):
                # the story's dated first paragraph above the line taken for the headline (DATED_LEAD_WORDS), and the
                # paragraphs right under it (DATED_LEAD_REASON)
                out[i] = Decision("content", DATED_LEAD_REASON)
                dated_lead = i
            elif i == start - 1 and feats[start].prose and introduces(lines[i], f):
                # a sentence that introduces the story right above its first paragraph ("Via the curator's own
                # blog:", "Een lezer stelde deze vraag:", "وكتب الوزير على حسابه:"): the story's first line, which
                # a blog that quotes a text opens with (a widget's heading is in a phrase list or points elsewhere)
                out[i] = Decision("content", LEAD_IN_REASON)
            else:
                above = title_idx is not None and i < title_idx
                out[i] = Decision("removed", "above the headline" if above else "before the article")
            continue
        if i > end and not have_byline and i <= end + BYLINE_BELOW and thread_from is None and f.words <= 14 \
                and not f.terminal and i not in signed and (f.has("byline") or is_dated_byline(text)):
            # "المحرر: سامي يوسف", "Gepubliceerd: 07-03-2025 | Auteur: Rik Mulder" right under the story: the page's
            # byline (and date) when its top had none, not a line to drop unread
            author, date = split_byline(text)
            # a name or a desk's credit ("Tekst: Redactie Binnenland"; "-- by month/year --" is an archive's menu)
            if author and (person_name(author) or is_desk_credit(author)):
                out[i] = Decision("byline", "byline", author)
                have_byline = True
                if date and not have_date:
                    out[i].date, have_date = date, True
                continue
        if i > end:
            if i in about:
                out[i] = Decision("removed", ABOUT_REASON)
            elif i == end + 1 and feats[end].prose and (comments_from is None or i < comments_from) \
                    and announces_list(lines[i], f, story.up_to(end)):
                # a lead-in right under the story's last paragraph that speaks of the story ("The new model will
                # differ from the old one:", "De uitslag per wijk:"), with no list of its own under it that
                # announced_list_end took: the story's closing line, the quote or the headline-like items under
                # it aside
                out[i] = Decision("content", LEAD_IN_REASON)
            elif comments_from is not None and i >= comments_from:
                # names, dates and comments: never the story (the header itself, when no phrase list took it, is
                # a counted heading: "5 Responses to “…”")
                out[i] = Decision("removed", "comment section")
            else:
                out[i] = Decision("removed", "after the article")
            continue
        if f.prose:
            out[i] = Decision("content", "prose")
            continue
        out[i] = None  # short line inside the body: decided by context below

    if issued is not None and not have_date and out[issued[0]] is not None and out[issued[0]].role == "removed":
        # "WEATHER BULLETIN No. 48 issued at 05:00 on Monday 7 December 2026", "نشرة الطقس ليوم …": the page's date
        # where no date line or byline states one (a site's masthead "news edition - Sunday, …" is no issue line)
        out[issued[0]] = Decision("published", "date", issued[1])
    _drop_author_bio(lines, feats, out, start, end)
    _drop_cut_teasers(lines, feats, out)
    # a document's metadata header under the headline, a label line over a value line ("Datum uitspraak" /
    # "12-11-2026"): label and value go together (fieldpairs.py); a value the rules read as the date or the byline
    # keeps that role, a label names a field and is neither ("تاريخ الحكم" taken for an author's name)
    labels, values = header_fields(lines, feats, title_idx + 1, start) if title_idx is not None else (set(), set())
    for k in labels | values:
        if out[k] is None or out[k].role in ("content", "removed") and model_decides(out[k]) \
                or k in labels and out[k].role in ("byline", "published"):
            out[k] = Decision("removed", FIELD_REASON)

    # 5. smoothing: short lines inside the body
    # the story's closing sentences (_closing_end) are sentences of the story, never a widget's run of short lines
    for k in closing:
        if out[k] is None and k <= end:
            out[k] = Decision("content", "short line in the body")
    for k in cells:
        # the story's own table, kept in its place and order as the HTML path keeps one (layouttables.py): its labels,
        # and its bare numbers that the phrase lists read as a pager's ("1" / "2" / "3"), or a header's sign ("%")
        if start <= k <= end and (out[k] is None or out[k].role == "removed" and out[k].reason == "navigation"
                                  and (number_cell(lines[k]) or not any(c.isalpha() for c in lines[k].text))):
            out[k] = Decision("content", CELL_TABLE_REASON)
    published = next((k for k in range(n) if out[k] is not None and out[k].role == "published"), None)
    if published is not None and published + 1 < n and _clock_line(lines[published + 1].text) \
            and out[published + 1] is not None and model_decides(out[published + 1]) and not _live_stamps(lines, end):
        # the date's time on the line under it ("3 ديسمبر 2026" / "00:18 صباحا"): the date line's, never the story's
        # first line (the rules' "before the article", which the model may overrule); a live blog's times are kept
        out[published + 1] = Decision("removed", "date")
    if _update_label(lines, feats, start - 1) and out[start - 1] is not None and model_decides(out[start - 1]):
        # "Update 14.32 uur:" alone right above the story: a note on the paragraph under it (losses.notice_warnings
        # says so), not the story's first line (it was "before the article", which the model may overrule)
        out[start - 1] = Decision("removed", UPDATE_LABEL_REASON)
    _smooth_short_lines(lines, feats, out, start, end, figures, keep_all=not clusters)
    for k in signed:
        if start <= k <= end + 1 and (out[k] is None or out[k].role in ("content", "removed") and model_decides(out[k])):
            out[k] = Decision("content", LETTER_REASON)  # a letter's signature, under the body's last paragraph too
    _first_subheading(lines, feats, out, start, end, letters=bool(signed))
    # a blog's tagline or a menu's teasers above the post's own head (a headline with its date): not the story
    head = set_aside_above_post(lines, feats, out, start, end, title_idx, lambda text, k: StoryVocabulary(
        lines[j].text for j in range(k, min(n, k + POST_OPENING)) if feats[j].prose).share(text),
        lambda reason: Decision("removed", reason), named_post_head(lines, feats, page))
    if title_idx is None and head is not None and feats[head].headline_like \
            and not lines[head].text.rstrip().endswith(":"):
        # no headline above the body (a newsletter's masthead and greeting over the story, headnotes.py): the post's
        # own head under them is the headline
        title_idx = head
        out[head] = Decision("title", "headline", lines[head].text)
    elif title_idx is not None and head is not None and title_idx < head and feats[head].headline_like \
            and not lines[head].text.rstrip().endswith(":") and (out[head] is None or model_decides(out[head])):
        # the rules' headline stands over the text set aside above the post's head (a blog's tagline, its "about"
        # blurb): it is the blog's name ("Life as a Healthcare CIO" over "Every day I experience …"), and the post's
        # own head is the headline
        out[title_idx] = Decision("removed", POST_HEAD_REASON)
        title_idx = head
        out[head] = Decision("title", "headline", lines[head].text)
    if not have_date and not any(d is not None and d.role == "published" for d in out) and title_idx is not None \
            and (dated := masthead_date_above(lines, title_idx, out)):
        # a newsletter's "The Morning Ledger | Thursday 6 November 2025" over its headline: the issue's date is the
        # article's where no date line or byline states one (headnotes.py)
        out[dated[0]] = Decision("published", "date", dated[1])
    starter = next((d.value or lines[k].text for k, d in enumerate(out) if d is not None and d.role == "byline"
                    and THREAD_STARTER.match(lines[k].text)), None)
    if qa is not None or starter is not None:
        # a Q&A page or a forum thread: from the headline to the first end marker after the body ("Similar threads",
        # "Your Answer"), every post stays, a one-line last reply too, and no poster's name stands in the text as a
        # paragraph of its own (qa.py)
        stop = next((k for k in range(max(end, 0) + 1, n) if _ends_article(feats[k])), n)
        for k in range(title_idx + 1 if title_idx is not None else max(start, 0), stop):
            if out[k] is None or not model_decides(out[k]):
                continue
            if out[k].role == "content" and out[k].reason == "prose" or thread_reply(lines[k], feats[k]):
                out[k].thread_post = "content"
            elif poster_name(lines, feats, k, starter):
                out[k].thread_post = "removed"

    decisions = [d if d is not None else Decision("removed", "unclassified") for d in out]
    # a second article glued after this one is set aside whatever the line model says (losses.py warns about it);
    # only an open page mode lets the model keep it (pagemode.SOFT_REASONS)
    glued = second_article(lines, feats, [d.role == "content" for d in decisions], [d.reason for d in decisions])
    if glued is not None:
        header = second_article_header(lines, feats, [d.reason for d in decisions], glued[0])
        for k in range(glued[0], glued[1] + 1):
            if decisions[k].reason not in (THREAD_REASON, FORM_REASON, FOOTER_REASON):  # a thread stays the thread's, in every mode,
                # and what follows a comment form is the post's in none
                # its own byline and date lines go in every page mode (SECOND_HEADER_REASON is fixed, not soft)
                decisions[k] = Decision("removed", SECOND_HEADER_REASON if k in header else "second article")
    if stamp is not None:
        decisions[stamp].comment_stamp = True
        decisions[stamp].replies = replies[1] if replies is not None else 0
    if replies is not None:
        # the opening post's header: the poster's handle and member box are no paragraph of the post, whatever the
        # model says of a short line over the text (its date line stays the page's date)
        for k in replies[2]:
            if decisions[k].role in ("content", "removed"):
                decisions[k].thread_post = "removed"
        # ... and its poster started the thread: the byline, as the HTML path names the thread's starter (a byline
        # the page states, "Posted by sanne_88 on …" on the header's stamp line, stays). A poster line that is the
        # header's date line too ("mark_1979 · 2 December 2026, 21:14") keeps giving the page's date
        at, poster = replies[3]
        if not any(d.role == "byline" for d in decisions) and decisions[at].role in ("content", "removed", "published"):
            dated = decisions[at].value if decisions[at].role == "published" else None
            decisions[at] = Decision("byline", "byline", poster, date=dated)
    return decisions, title, feats
