"""A table dumped one cell per line.

A naive dump of an HTML page starts a new line at every table cell, so a box score, an election's results or a
market table arrives as a long run of one-word lines: a row's label, then its figures one by one ("Ridgeport" / "28" /
"31" / "22" / "27" / "8" / "116" / "Harbor City" / "25" / …). No line holds two numbers, so the rows of figures
(classify._figure_rows: TABLE_CELLS numbers on a line) never saw a table there, and forty lines of it between the
story and its last paragraphs read as a sidebar: the paragraphs under the table were dropped as "after the article".

The table's shape tells it: short lines, most of them a bare number, in groups of a label followed by its numbers, and
at least two neighbouring groups with as many numbers each (the table's rows: a regular period of cells). A pager
("1" / "2" / "3" / "Next") has numbers but no labelled rows; a menu or a list of headlines has labels but no numbers.
`cell_table_rows` gives the run's lines (from its heading or header row to its last number): classify counts them as
figures (the story resumes under a table) and keeps them, in their place and order, inside the story (the article's
own table is its data, as the HTML path keeps one: layouttables.py).
"""

from __future__ import annotations

import re

from newsbrief.normalise.metadata import date_in
from newsbrief.normalise.features import Features
from newsbrief.normalise.lines import Line

#: the rule reason of such a table's lines inside the story: kept, in their place and order (a fixed decision)
CELL_TABLE_REASON = "the story's table, one cell per line"
#: a table cell is a line of at most this many words ("Harbor City", "C. Okafor", "OT") and characters
CELL_MAX_WORDS = 3
CELL_MAX_CHARS = 30
#: a number cell is the whole line: a count, a score, a share, a time or a record ("28", "52%", "1:05", "19-24",
#: "3.5", "+12", "−0,4")
_NUMBER_CELL = re.compile(r"^[+\-−–]?\d[\d.,:/%\-–]*%?$")
#: a row is a label and at least this many numbers under it ...
ROW_MIN_NUMBERS = 2
#: ... and a table has at least this many rows, two neighbours of them with as many numbers each ...
TABLE_MIN_ROWS = 2
#: ... at least this many numbers in all ...
TABLE_MIN_NUMBERS = 6
#: ... which are at least this share of the run's lines
TABLE_NUMBER_SHARE = 0.5
#: a table's heading over its header row, longer than a cell, has at most this many words ("Uitslag
#: gemeenteraadsverkiezingen Veldhoven 2026")
HEADING_MAX_WORDS = 6


def _cell(line: Line, f: Features) -> bool:
    text = line.text.strip()
    return bool(text) and f.words <= CELL_MAX_WORDS and len(text) <= CELL_MAX_CHARS and not f.prose \
        and not f.terminal and date_in(text) is None


def number_cell(line: Line) -> bool:
    """A line that is one number cell ("28", "52%", "19-24")."""
    return _NUMBER_CELL.match(line.text.strip()) is not None


def _table_span(lines: list[Line], run: range) -> range | None:
    """The run's table (its header row, first row's label to last number), or None: its rows (a label, then ROW_MIN_NUMBERS numbers
    or more), two neighbours among them with as many numbers each, and enough numbers (TABLE_MIN_NUMBERS,
    TABLE_NUMBER_SHARE)."""
    rows: list[tuple[int, int]] = []  # (label's index, last number's index)
    k = run.start
    while k < run.stop:
        j = k + 1
        while j < run.stop and number_cell(lines[j]):
            j += 1
        if not number_cell(lines[k]) and j - k - 1 >= ROW_MIN_NUMBERS:
            rows.append((k, j - 1))
        k = j
    if len(rows) < TABLE_MIN_ROWS:
        return None
    widths = [last - label for label, last in rows]
    if not any(a == b for a, b in zip(widths, widths[1:])):
        return None  # no regular period: numbers scattered among labels, no table's rows
    # the header row over the first row: as many labels as a row has cells ("Partij" / "Zetels" / "Stemmen")
    top = rows[0][0]
    while top > run.start and rows[0][0] - top < widths[0] + 1 and not number_cell(lines[top - 1]):
        top -= 1
    span = range(top, rows[-1][1] + 1)
    numbers = sum(1 for k in span if number_cell(lines[k]))
    if numbers < TABLE_MIN_NUMBERS or numbers < TABLE_NUMBER_SHARE * len(span):
        return None
    return span


def cell_table_rows(lines: list[Line], feats: list[Features]) -> set[int]:
    """The lines of the tables dumped one cell per line on the page (see the module's docstring)."""
    out: set[int] = set()
    i, n = 0, len(lines)
    while i < n:
        if not _cell(lines[i], feats[i]):
            i += 1
            continue
        j = i
        while j < n and _cell(lines[j], feats[j]):
            j += 1
        span = _table_span(lines, range(i, j))
        if span is not None:
            out.update(span)
            if _table_heading(lines, feats, span.start - 1, i):
                out.add(span.start - 1)
        i = j
    return out


def _table_heading(lines: list[Line], feats: list[Features], k: int, run_start: int) -> bool:
    """Whether line `k`, right over a table's header row, is the table's heading ("Box score", "Uitslagen",
    "النتائج", "Zetelverdeling gemeenteraad:"): it goes with its table, as a table's caption does on the HTML path
    (html._table_captions). The first line of the run of cells, with the story (or nothing) above it: a short line
    among other short lines may be a menu's last item; or, when the run starts with the header row, the line over it
    in a heading's shape (no sentence, no date, at most HEADING_MAX_WORDS words)."""
    if k < 0 or number_cell(lines[k]):
        return False
    if k == run_start:
        return True
    f = feats[k]
    return k == run_start - 1 and 0 < f.words <= HEADING_MAX_WORDS and not f.prose and not f.terminal \
        and not f.bullet and date_in(lines[k].text) is None
