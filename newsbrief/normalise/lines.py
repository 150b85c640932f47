"""Splitting text into lines, and joining hard-wrapped lines back into paragraphs.

Scrapes come as one paragraph per line, usually with blank lines between
paragraphs; some are hard-wrapped at a fixed width. We keep every original line
with its `Line` so the classifier can account for each of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

#: a line ending a sentence: . ! ? … ؟ (closing quotes or brackets may follow)
TERMINAL = re.compile(r"[.!?…؟。]['\"”’»)\]]*$")
#: a boundary between two sentences inside a line: a sentence end (closing quotes or brackets allowed) and a space
SENTENCE_BOUNDARY = re.compile(r"(?<=[.!?…؟])['\"”’»)\]]*\s+")
#: what may open a line before its first word: an opening quote or bracket
_OPENERS = " \"'“‘«(["


def single_spaced(text: str) -> str:
    """`" ".join(text.split())`: the words of `text` with one space between. A line whose only whitespace is single
    spaces between words (the usual) is returned trimmed, as it is: every whitespace character but " " is unprintable,
    and the split-and-join makes a string per word (750k of them on a 1 MB line of short words)."""
    trimmed = text.strip(" ")
    if trimmed.isprintable() and "  " not in trimmed:
        return trimmed
    return " ".join(text.split())


#: `word_count` splits a line up to this long (see there)
SHORT_LINE = 1000


def word_count(text: str) -> int:
    """`len(text.split())`, without the string per word: a single-spaced line (`single_spaced`'s test) has one word
    more than spaces. The rules count a line's words in a dozen passes; `split` made 500k strings each time on a 1 MB
    line of short words (0.03 s a pass). A line up to SHORT_LINE characters is split still: on a short line the three
    scans cost more than the few strings."""
    if len(text) <= SHORT_LINE:
        return len(text.split())
    trimmed = text.strip(" ")
    if trimmed.isprintable() and "  " not in trimmed:
        return trimmed.count(" ") + 1 if trimmed else 0
    return len(text.split())


def runs_on(text: str, following: str) -> bool:
    """Whether a line's sentence goes on in the line after it: no sentence end, colon or semicolon closes the line,
    and the next opens in lower case (an opening quote or bracket before it allowed). A script without case (Arabic)
    gives no such sign: False there."""
    text = text.rstrip()
    return not TERMINAL.search(text) and not text.endswith((":", ";", "：")) \
        and following.lstrip(_OPENERS)[:1].islower()


#: a list item: a bullet sign or "1." / "1)" then a space
BULLET = re.compile(r"^\s*(?:[•·▪●◦‣■□➤►✓✔–—*-]|\d{1,2}[.)])\s+")


@dataclass
class Line:
    """One logical line: the text the classifier sees, and the input lines it came from."""

    text: str
    sources: list[str] = field(default_factory=list)
    blank_before: bool = False
    #: length of the last input line as it stood, indentation included (what a wrapping tool measured)
    width: int = 0


#: a plain-text table row: its cells between tabs ("Ajax\t12\t9\t2\t1\t29", as a spreadsheet or a page's table copies
#: out), at least this many of them with text, and a neighbouring line (the next non-blank one above or below) with
#: as many: one stray tab in a sentence is a space
TAB_ROW_MIN_CELLS = 2
#: a table's cell is short: a row of two cells with a longer one is a label and its text (a transcript's
#: "REPORTER:\tWhy does the harbour need a new wall?"), unless the row has three cells or more (a description column)
TAB_CELL_WORDS = 4
#: the cell separator a table row is written with in the text, as the HTML path writes an extracted table's rows
#: ("| Ajax | 12 | 9 |"): the classifier reads it (classify._table_rows) and the renderers print it as it stands
CELL_SEPARATOR = " | "


def table_row(cells: list[str]) -> str:
    """A table's row as the text writes it, the HTML path's markdown row: "| Ajax | 12 | 9 |" (celltables.py writes
    the rows of a table dumped one cell a line the same way)."""
    return "| " + CELL_SEPARATOR.join(cells) + " |"


def _tab_cells(raw: str) -> list[str]:
    """The cells of a line written with tabs between them (a run of tabs is one separator: columns lined up with
    several), each with its spaces collapsed; [] when the line has fewer than TAB_ROW_MIN_CELLS cells with text or
    its cells are no table's (`_tabular`)."""
    inner = raw.strip()
    if "\t" not in inner:
        return []
    cells = [" ".join(cell.split()) for cell in re.split(r"\t+", inner)]
    filled = [cell for cell in cells if cell]
    return cells if len(filled) >= TAB_ROW_MIN_CELLS and _tabular(filled) else []


def _tabular(cells: list[str]) -> bool:
    """Whether cells read as a table's, not as a speaker's label before a sentence ("MINISTER:\tThe old wall was
    built in 1890.", lined up with a tab in a transcript or a dialogue): no cell is a sentence of three words or more,
    and with only two cells neither has more than TAB_CELL_WORDS words."""
    sizes = [len(cell.split()) for cell in cells]
    if any(size >= 3 and TERMINAL.search(cell) for size, cell in zip(sizes, cells)):
        return False
    return len(cells) >= 3 or max(sizes) <= TAB_CELL_WORDS


def _tab_rows(raws: list[str]) -> dict[int, str]:
    """{index: the row as the text writes it, "| Ajax | 12 | 9 |"} for the raw lines that are rows of a table written
    with tabs (`_tab_cells`) beside another row of as many cells (blank lines between them allowed)."""
    cells = [_tab_cells(raw) for raw in raws]
    filled = [k for k, raw in enumerate(raws) if raw.strip()]
    out = {}
    for at, k in enumerate(filled):
        near = [filled[j] for j in (at - 1, at + 1) if 0 <= j < len(filled)]
        if cells[k] and any(len(cells[j]) == len(cells[k]) for j in near):
            out[k] = table_row(cells[k])
    return out


def split_lines(text: str) -> list[Line]:
    """Non-blank lines, stripped, inner runs of spaces collapsed; remembers blank lines before each. A table row
    written with tabs keeps its cells apart (`_tab_rows`): its columns run together once its tabs are spaces."""
    lines: list[Line] = []
    blank = False
    raws = text.splitlines()  # every Unicode line break, not only "\n" (the input may not be decoded by us)
    rows = _tab_rows(raws) if "\t" in text else {}
    for k, raw in enumerate(raws):
        stripped = rows.get(k) or single_spaced(raw)  # runs of spaces collapsed, ends stripped (C-fast)
        if not stripped:
            blank = True
            continue
        lines.append(Line(stripped, [raw.strip()], blank_before=blank or not lines, width=len(raw.rstrip())))
        blank = False
    return lines


def _first_word_len(text: str) -> int:
    return len(text.split(" ", 1)[0])


def _wrap_width(lines: list[Line]) -> int | None:
    """The fixed width a document was hard-wrapped at, or None when it is not hard-wrapped.

    A wrapping tool breaks a line only when the next word would not fit. So in a
    wrapped document, for (nearly) every line followed directly by another one,
    the line plus the next line's first word is longer than the width. Scrapes
    with one paragraph or link per line fail this test at once: their short lines
    could easily have taken the next word.
    """
    lengths = sorted(line.width for line in lines)
    if len(lengths) < 4:
        return None
    width = lengths[-1] if len(lengths) < 20 else lengths[int(0.98 * (len(lengths) - 1))]
    if not 50 <= width <= 120:
        return None
    # A line ending a sentence says nothing about the wrap: it may end its paragraph however short it is (with no
    # blank line before the next one, a wrapped Arabic story's paragraph ends failed the overflow test below)
    pairs = [(a, b) for a, b in zip(lines, lines[1:])
             if not b.blank_before and a.width >= 0.5 * width and not TERMINAL.search(a.text)]
    if len(pairs) < 3:
        return None
    # In cased scripts a wrap mostly lands mid-sentence, so many continuation lines start lower-case;
    # lists of headlines or paragraphs of similar length start upper-case.
    cased = [b.text[0] for _, b in pairs if b.text[0].isupper() or b.text[0].islower()]
    if cased and sum(ch.islower() for ch in cased) < 0.3 * len(cased):
        return None
    overflow = sum(1 for a, b in pairs if a.width + 1 + _first_word_len(b.text) > width)
    return width if overflow >= 0.75 * len(pairs) else None


#: a part of a page wrapped on its own (a wire story or press release in a <pre> block, lines broken with <br>,
#: often by word count rather than at a fixed width): a run of lines of LOCAL_WRAP_CHARS characters (a shorter
#: one only as the tail of a sentence), in which
#: at least LOCAL_WRAP_RUN lines end without a sentence end and LOCAL_WRAP_LOWER of the lines after those start
#: lower-case (a menu or a list of headlines has its lines start upper-case)
LOCAL_WRAP_CHARS = (25, 120)
LOCAL_WRAP_RUN = 4
LOCAL_WRAP_LOWER = 0.5
#: ... and at least this many such lower-case starts: in a run of mostly uncased lines (Arabic) the one or two cased
#: starts say little, and one lower-case start ("x", "iPhone") under a repeated headline joined a whole page of
#: headlines into one title
LOCAL_WRAP_LOWER_MIN = 2
#: ... and a line goes on in the next one only when it is at least this share of the run's widest line
LOCAL_WRAP_FULL = 0.6
#: a script without case (Arabic) gives no lower-case starts to go by: there a run is a wrapped text when this share
#: of its lines hold a sentence or clause end inside them ("… وزارة الفلاحة. وتشمل", "… لمدة عام، وتوزيع"): a
#: wrap by word count lands anywhere in a sentence, while a menu or a list of headlines has its marks, if any, at the
#: line's end
LOCAL_WRAP_INNER = 0.4
#: ... in a run whose letters are at most this share cased (Latin names and figures in an Arabic story)
UNCASED_MAX_CASED = 0.2
#: a sentence or clause mark with a word after it on the same line
_INNER_MARK = re.compile(r"[.!?؟،؛,;]['\"”’»)\]]*\s+\w")


#: a counter line, "2 of 5", "2 van 5", "2 من 5" (a gallery's, a pager's): a line of its own, never a wrapped
#: paragraph's tail (gallery.py reads it; a caption above it ends in its credit, no full stop, and was joined to it).
#: "3 / 12" is a counter too, but also a score or a page number: not matched
COUNTER_LINE = re.compile(r"^\s*(\d{1,3})\s+(?:of|van|من)\s+(\d{1,3})\s*$", re.IGNORECASE)


def _continues(prev: Line, line: Line, width: int) -> bool:
    """Whether `line` continues `prev` in a text wrapped at `width` (see `join_hard_wraps`)."""
    # a new bullet is a new item; a counter line is a line of its own (COUNTER_LINE)
    if line.blank_before or BULLET.match(line.text) or COUNTER_LINE.match(line.text):
        return False
    last = prev.sources[-1]
    # A sentence end followed by a short line that is no sentence: a label or heading of its own
    # ("Published", "Related news"), not the tail of the paragraph.
    label = (
        TERMINAL.search(last)
        and not TERMINAL.search(line.text)
        and len(line.text) < 0.5 * width
        and any(ch.isalpha() for ch in line.text)  # a lone closing quote is the paragraph's tail
        and not line.text.endswith((",", ";", ":", "-"))  # so is a clause that goes on
    )
    return prev.width + 1 + _first_word_len(line.text) > width and not label


#: capitalised articles that open a sentence: a wrap inside a sentence never puts "The" or "Het" at a line's start
#: (a wider list of function words also split wrapped sentences at "One X", "Not Found", "Every person": eval pages)
_SENTENCE_OPENERS = frozenset({"The", "De", "Het", "Een"})


def _opens_sentence(text: str) -> bool:
    """The line starts with a capitalised article: the line before it ended a list or a verse ("…, shoaib bashir" /
    "The first Test …"), whatever its missing full stop says. Not when the next word is capitalised too: then the
    article is part of a name ("De Jong", "De Telegraaf", "The Guardian"), which a wrap may put anywhere."""
    words = text.split(" ", 2)
    return words[0] in _SENTENCE_OPENERS and not (len(words) > 1 and words[1][:1].isupper())


def _uncased_wrap(run: list[Line]) -> bool:
    """A run of lines in a script without case reads as one wrapped text (see LOCAL_WRAP_INNER). Only a script
    without case: Latin lines that all start with a bracket or a digit ("(2) View the speech", a list of notes) gave
    no cased starts either, and were joined."""
    heads = "".join(line.text[:80] for line in run)
    letters = sum(map(str.isalpha, heads))
    if not letters or sum(ch.isupper() or ch.islower() for ch in heads) > UNCASED_MAX_CASED * letters:
        return False
    inner = sum(1 for line in run if _INNER_MARK.search(line.text[:-1]))
    return inner >= LOCAL_WRAP_INNER * len(run)


def _local_joins(lines: list[Line]) -> list[bool]:
    """joins[i]: line i+1 continues line i, in a part of the page that is wrapped on its own (see
    LOCAL_WRAP_RUN): inside such a run, a line nearly as wide as the run's widest that ends without a sentence
    end goes on in the next line, unless that one is a bullet. Linear in the page."""
    n = len(lines)
    lo, hi = LOCAL_WRAP_CHARS
    joins = [False] * max(0, n - 1)
    i = 0
    while i < n:
        if not lo <= lines[i].width <= hi:
            i += 1
            continue
        j = i
        # a short line belongs to the run as the tail of a wrapped sentence ("on Saturday.")
        while j < n and lines[j].width <= hi and (j == i or not lines[j].blank_before) and (
                lines[j].width >= lo or (j > i and not TERMINAL.search(lines[j - 1].text))):
            j += 1
        # lines i .. j-1 form a run; its open pairs: a line without a sentence end, then a non-bullet line
        # a wrapped line is nearly as wide as the run's widest; a menu item or a dateline is not
        full = LOCAL_WRAP_FULL * max(line.width for line in lines[i:j])
        pairs = [k for k in range(i, j - 1) if lines[k].width >= full and not TERMINAL.search(lines[k].text)
                 and not BULLET.match(lines[k + 1].text) and not COUNTER_LINE.match(lines[k + 1].text)]
        cased = [lines[k + 1].text[0] for k in pairs if lines[k + 1].text[0].isupper() or lines[k + 1].text[0].islower()]
        uncased = not cased and _uncased_wrap(lines[i:j])
        lower = sum(ch.islower() for ch in cased)
        if len(pairs) >= LOCAL_WRAP_RUN and (
                lower >= max(LOCAL_WRAP_LOWER * len(cased), LOCAL_WRAP_LOWER_MIN) if cased else uncased):
            for k in pairs:
                # with no case to go by, the run's first line without a mark in it is taken for a headline above
                # the wrapped story, never joined to it
                headline = uncased and k == i and not _INNER_MARK.search(lines[k].text)
                joins[k] = not headline and not _opens_sentence(lines[k + 1].text)
        i = j
    return joins


def join_hard_wraps(lines: list[Line]) -> list[Line]:
    """Join lines that a fixed-width wrap split inside a paragraph.

    In a hard-wrapped document (see `_wrap_width`) a line continues into the next
    one (no blank line between) when the next line's first word would not have
    fitted on it; a line that could have taken that word ended its paragraph.
    In a document that is not hard-wrapped as a whole, a part of it may be (see
    `_local_joins`); elsewhere a line break is a paragraph break.
    """
    width = _wrap_width(lines)
    if width is not None:
        joins = [_continues(a, b, width) for a, b in zip(lines, lines[1:])]
    else:
        joins = _local_joins(lines)
    if not any(joins):
        return lines
    out: list[Line] = []
    # the pieces of each output line's text, joined once at the end: growing `prev.text` by concatenation
    # copies the paragraph so far at every wrapped line (quadratic on a long hard-wrapped paragraph)
    pieces: list[list[str]] = []
    for i, line in enumerate(lines):
        if i and joins[i - 1]:
            prev = out[-1]
            last = prev.sources[-1]
            if last.endswith("-") and last[-2:-1].isalpha():
                # Wrapped at a hyphen: keep it, without a space ("Al-Qaida"). A dictionary would be needed
                # to tell a soft hyphenation ("coali-tion") apart, and keeping the hyphen loses nothing.
                pieces[-1].append(line.text)
            else:
                pieces[-1].extend((" ", line.text))
            prev.sources.append(line.sources[0])
            prev.width = line.width
            continue
        out.append(Line(line.text, list(line.sources), line.blank_before, line.width))
        pieces.append([line.text])
    for line, parts in zip(out, pieces):
        line.text = "".join(parts)
    return out
