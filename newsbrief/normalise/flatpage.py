"""A page that lost its line breaks: a whole page saved as one line (a print-to-text dump, a copy out of a viewer
that joins the blocks with spaces).

Cleaning reads a page line by line: a menu's items, a share bar and the story's paragraphs each stand on their own
line in a scraper's dump. In a page of one line they are all one "paragraph", so nothing can be told apart and the
whole line is kept as it came, title, menu and all. That is said in `warnings` (losses.loss_warnings, first of them),
so a reader knows the text was not cleaned; the line is not cut up by guesswork.

Its date is read where the page's header states it (`flat_page_date`): the first full date in the line, in its
header (before the story's first sentence ends), standing as a stamp stands between a page's fields ("… face famine
as lean season begins 14 June 2026 Humanitarian Aid The World Food Programme …", "Published 5 January 2026 The
minister …", a date opening the line), not inside a sentence ("… warned on 14 June 2026 that …"). Its title is not:
where the site's name and its menu end and the headline begins, nothing in one line says.
"""

from __future__ import annotations

import re

from newsbrief.normalise.dates import DATE, date_key
from newsbrief.normalise.lines import SENTENCE_BOUNDARY, Line
from newsbrief.normalise.phrases import ARABIC_LETTER

#: a page of one line of at least this many words holds more than one block of a page (the longest story paragraphs
#: run to about 150 words; a page's menu, headline and story together run to hundreds)
FLAT_MIN_WORDS = 200
#: ... and it shows a menu's run: at least this many capitalised words in a row, no sentence's stop between them ("Home
#: Peace and Security Economic Development Humanitarian Aid Climate …"; a story's long paragraph has none so long)
MENU_RUN_WORDS = 8
#: the small words a menu's items hold between their capitals ("Peace and Security", "Law and Crime Prevention")
_JOINERS = frozenset({"and", "&", "of", "the", "en", "van", "de", "het", "و"})


def flat_page_warning(lines: list[Line]) -> str | None:
    """The warning for a page that came as one line of FLAT_MIN_WORDS words or more with a menu's run of capitalised
    words in it (`MENU_RUN_WORDS`) or a date stamp in its header (`flat_page_date`), else None. A single long
    paragraph, a headline over one, is no flat page."""
    if len(lines) != 1:
        return None
    words = lines[0].text.split()
    if len(words) < FLAT_MIN_WORDS or (_longest_capitalised_run(words) < MENU_RUN_WORDS
                                       and flat_page_date(lines) is None):
        return None
    return (f"the page came as one line of {len(words)} words (its line breaks were lost when it was saved): its "
            "menus and widgets could not be told from the story, the text may hold them")


def _longest_capitalised_run(words: list[str]) -> int:
    """The most capitalised words in a row (small joiners between them allowed, `_JOINERS`), none ending a sentence:
    one pass over the words."""
    best = run = 0
    for word in words:
        if word[:1].isupper() and not word.endswith((".", "!", "?", ":", ";", ",")):
            run += 1
            best = max(best, run)
        elif word.casefold() not in _JOINERS or not run:
            run = 0
    return best


#: a flat page's header (its site's name, menu, headline and date) lies within its first this many words ...
HEADER_WORDS = 120
#: ... and characters (a header's words are short: a line of a few long "words", "1-1-1-…", is read no further)
HEADER_CHARS = 2000
#: the date shapes that name one day with its year (`dates.DATE`'s groups; "March 2026" and "today, 10:15" are none)
_DAY_SHAPES = frozenset({"month_day_year", "day_month_year", "iso", "numeric"})
#: the word before a date in a sentence: a preposition or a conjunction ("on 14 June 2026", "sinds 3 maart 2026", "في
#: 14 يونيو 2026", "between 2 and 4 June 2026"), folded as `date_key` folds Arabic
_IN_SENTENCE = frozenset(
    "on since until till by from to in of at before after between and or through per as than "
    "op sinds tot van vanaf voor na tussen en of per in om dan "
    "في منذ حتي الي من قبل بعد بين و او".split())
#: what follows a stamp: the next field's capital, a time, a bar or a dash, or the line's end (a sentence goes on in
#: lower case: "… released 14 June 2026 shows …")
_AFTER_STAMP = re.compile(r"\s*(?:$|[A-ZÀ-ÖØ-Þ0-9|·•–—-])")


def flat_page_date(lines: list[Line]) -> str | None:
    """The date a page that came as one line (FLAT_MIN_WORDS words or more) states in its header, as written, else
    None: the line's first full date (`_DAY_SHAPES`) within its first HEADER_WORDS words and before the first
    sentence ends, after no preposition (`_IN_SENTENCE`) and followed by what follows a stamp (`_AFTER_STAMP`; an
    Arabic date, no case to read, by the preposition alone). One pass over the header's words."""
    if len(lines) != 1:
        return None
    words = lines[0].text.split()
    if len(words) < FLAT_MIN_WORDS:
        return None
    head = date_key(" ".join(words[:HEADER_WORDS])[:HEADER_CHARS])
    end = SENTENCE_BOUNDARY.search(head)
    if end is not None:
        head = head[:end.start()]
    found = next((m for m in DATE.finditer(head) if m.lastgroup in _DAY_SHAPES), None)
    if found is None:
        return None
    before = head[max(0, found.start() - 40):found.start()].split()
    if before and before[-1].strip(",;:").casefold() in _IN_SENTENCE:
        return None
    if not ARABIC_LETTER.search(found.group()) and not _AFTER_STAMP.match(head, found.end()):
        return None
    return found.group()
