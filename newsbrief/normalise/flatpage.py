"""A page that lost its line breaks: a whole page saved as one line (a print-to-text dump, a copy out of a viewer
that joins the blocks with spaces).

Cleaning reads a page line by line: a menu's items, a share bar and the story's paragraphs each stand on their own
line in a scraper's dump. In a page of one line they are all one "paragraph", so nothing can be told apart and the
whole line is kept as it came, title, menu and all. That is said in `warnings` (losses.loss_warnings, first of them),
so a reader knows the text was not cleaned; the line is not cut up by guesswork.
"""

from __future__ import annotations

from newsbrief.normalise.lines import Line

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
    words in it (`MENU_RUN_WORDS`), else None. A single long paragraph, a headline over one, is no flat page."""
    if len(lines) != 1:
        return None
    words = lines[0].text.split()
    if len(words) < FLAT_MIN_WORDS or _longest_capitalised_run(words) < MENU_RUN_WORDS:
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
