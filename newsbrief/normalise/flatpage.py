"""A page that lost its line breaks: a whole page saved as one line (a print-to-text dump, a copy out of a viewer
that joins the blocks with spaces).

Cleaning reads a page line by line: a menu's items, a share bar and the story's paragraphs each stand on their own
line in a scraper's dump. In a page of one line they are all one "paragraph", so nothing can be told apart and the
whole line is kept as it came, title, menu and all. That is said in `warnings` (losses.loss_warnings), so a reader
knows the text was not cleaned; the line is not cut up by guesswork.
"""

from __future__ import annotations

from newsbrief.normalise.lines import Line

#: a line of at least this many words holds more than one block of a page (the longest story paragraphs run to about
#: 150 words; a page's menu, headline and story together run to hundreds)
FLAT_MIN_WORDS = 200
#: ... and the page is flat when such lines hold at least this share of its words
FLAT_SHARE = 0.9


def flat_page_warning(lines: list[Line]) -> str | None:
    """The warning for a page whose words stand nearly all in one or two very long lines, else None."""
    counts = [len(line.text.split()) for line in lines]
    total = sum(counts)
    long_words = sum(n for n in counts if n >= FLAT_MIN_WORDS)
    if not total or long_words < FLAT_SHARE * total or len(counts) > 3:
        return None
    return (f"the page came as {len(counts)} line{'s' if len(counts) > 1 else ''} of {total} words (its line breaks "
            "were lost when it was saved): its menus and widgets could not be told from the story, the text may "
            "hold them")
