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

Kept so, one cell a line, such a table cannot be read. When its cells are regular, a header row of k short labels and
then rows of k cells, a name and its k - 1 numbers ("Player" / "MIN" / "PTS" / "Dell" / "32" / "22" / …; a team's
name alone on its line between rows, as a box score prints one per side), the text gives it back as rows, its cells
between bars, one paragraph a row, as the HTML path writes a table ("| Player | MIN | PTS |", "| Dell | 32 | 22 |";
`with_rows`). A table with no header row, or with a rank before the name ("1" / "Ajax" / "20" / "48" / "2" / "PSV" /
…), has no such labels; its period is sure all the same when the kinds of its cells (figure or word) repeat one row's
pattern to its last cell for SHAPE_MIN_ROWS rows or more, with nothing but a heading and a header row as wide above
them (`_shaped_rows`). Any other shape stays one cell a line: a table whose period is not regular is not guessed at.
"""

from __future__ import annotations

import re

from newsbrief.normalise.metadata import date_in
from newsbrief.normalise.features import Features
from newsbrief.normalise.lines import Line, table_row

#: the rule reason of such a table's lines inside the story: kept, in their place and order (a fixed decision)
CELL_TABLE_REASON = "the story's table, one cell per line"
#: a table cell is a line of at most this many words ("Harbor City", "C. Okafor", "OT") and characters
CELL_MAX_WORDS = 3
CELL_MAX_CHARS = 30
#: a number cell is the whole line: a count, a score, a share, a time or a record ("28", "52%", "1:05", "19-24",
#: "3.5", "+12", "−0,4"), with its currency or its unit ("€ 12", "£1.40", "14 km", "+ 45 min", "3,2 %", "12 °C",
#: "16 euro", "٥ كم", "٤٠ ملم", "3 دقائق": a traffic, weather or price table writes its figures so), a range of them
#: ("14:00 - 23:00", a record "10-3-2"), and a change behind it in brackets (an election's seats "8 (-1)", "5 (+3)",
#: "3 (=)"). Eastern Arabic digits are digits (\d), with their own decimal and thousands signs ("١٢٬٤٥٠", "٤١٫٢٪"). Linear by construction (issue 10: patterns that cannot backtrack): a figure's own characters hold no dash
#: and no "%" (a dash is only the range's separator, a "%" only a unit), so each character has one reading and a
#: failed match never tries another split of the same text.
_NUMBER = r"(?:[+\-−–]\s?)?\d[\d.,:/٫٬]*"
_CURRENCY = r"(?:[€$£¥]|eur|usd)\s?"
#: units of length, time, temperature, rain, weight, energy, speed and money after a figure (en, nl, ar)
_UNIT = (r"(?:%|٪|°\s?[cf]?|km/[uh]|km|m|cm|mm|m2|m²|kg|g|l|ml|ha|t|ton|tonnes?|min|mins|minuten|minutes?|sec|s|u|uur|"
         r"h|hrs?|hours?|mph|kwh|mw|gw|euro|eur|dollars?|cent|ct|pts?|punten|graden|"
         r"كم|كلم|م|مم|ملم|سم|كغ|كلغ|كجم|طن|دقيقة|دقائق|د|ساعة|ساعات|ثانية|درجة|درجات|ريال|دينار|درهم|جنيه|دولار|"
         r"يورو|ليرة|نقطة)(?:\s?مئوية)?")
_VALUE = rf"(?:{_CURRENCY})?{_NUMBER}(?:\s?{_UNIT})?"
_NUMBER_CELL = re.compile(rf"^{_VALUE}(?:\s*[-–]\s*{_VALUE})*(?:\s*\((?:[+\-−–]?\d[\d.,]*%?|=)\))?$",
                          re.IGNORECASE)
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
#: a table whose rows are told by their shape (`_shaped_span`: word and number cells in a pattern that repeats, such
#: as "Noord-Holland" / "Oranje" / "14:00 - 23:00", or a standings row with its rank first) has rows of two to this
#: many cells ...
SHAPE_MAX_PERIOD = 8
#: ... and at least this many rows of them
SHAPE_MIN_ROWS = 3


def _cell(line: Line, f: Features) -> bool:
    text = line.text.strip()
    return bool(text) and f.words <= CELL_MAX_WORDS and len(text) <= CELL_MAX_CHARS and not f.prose \
        and not f.terminal and date_in(text) is None


def number_cell(line: Line) -> bool:
    """A line that is one number cell ("28", "52%", "19-24")."""
    return _number_text(line.text)


#: a number cell is short: a longer line is no cell, whatever its characters (and the match stays cheap on any line,
#: as classify asks this of lines of every length)
NUMBER_CELL_MAX_CHARS = 40


def _number_text(text: str) -> bool:
    text = text.strip()
    return len(text) <= NUMBER_CELL_MAX_CHARS and _NUMBER_CELL.match(text) is not None


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


def _shaped_span(lines: list[Line], run: range) -> range | None:
    """The run's longest stretch whose cells repeat one row's shape (number or word cell, column by column) for at
    least SHAPE_MIN_ROWS rows, a row holding both kinds, with the header row over it (up to a row's count of word
    cells), or None. A table whose cells are mostly words and times (a weather warning's provinces, codes and hours)
    or whose rows open with a rank ("1" / "Al-Hilal" / "14" / …) is told by that repeating pattern, not by its share
    of numbers; a menu (words only), a pager (numbers, then "Next") or labels with a number here and there repeat no
    row."""
    kinds = [number_cell(lines[k]) for k in run]
    best: tuple[int, int, int] | None = None  # (length, start, period), offsets into the run
    for period in range(2, SHAPE_MAX_PERIOD + 1):
        start = 0
        while start + period < len(kinds):
            end = start + period
            while end < len(kinds) and kinds[end] == kinds[end - period]:
                end += 1
            row = kinds[start:start + period]
            if end - start >= SHAPE_MIN_ROWS * period and any(row) and not all(row) \
                    and (best is None or end - start > best[0]):
                best = (end - start, start, period)
            start = max(end - period + 1, start + 1)
    if best is None:
        return None
    length, start, period = best
    # the table's last rows may break its pattern in one cell ("Friesland" / "Groen" / "geen" under rows of times, a
    # "Totaal" row): taken when they end the run of cells, so that the table ends where its cells do
    end, pattern = start + length // period * period, kinds[start:start + period]
    while end + period <= len(kinds) and kinds[end] == pattern[0] \
            and sum(a != b for a, b in zip(kinds[end:end + period], pattern)) <= 1:
        end += period
    if end == len(kinds):
        length = end - start
    top = run.start + start
    while top > run.start and run.start + start - top < period and not number_cell(lines[top - 1]):
        top -= 1
    return range(top, run.start + start + length)


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
        for span in (_table_span(lines, range(i, j)), _shaped_span(lines, range(i, j))):
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


def _escaped(cell: str) -> str:
    """A cell's own bar escaped, as the HTML path writes one ("Harbour \\| Gull Island"): no cell separator."""
    return re.sub(r"(?<!\\)\|", r"\\|", cell)


def _row(cells: list[str]) -> str:
    """Text rows rebuilt from a table dumped one cell a line, as the HTML path writes a row ("| Dell | 32 | 22 |")."""
    return table_row([_escaped(cell) for cell in cells])


def _rows(cells: list[str]) -> list[str] | None:
    """`cells` (a kept table's lines, in order) as paragraphs, one a row (`_labelled_rows`, else `_shaped_rows`), or
    None when the cells are no regular table."""
    # (a figure in a row rebuilt from its cells: a number cell, a price "$83", "€ 1.250" among them: `_VALUE`)
    number = [_number_text(cell) for cell in cells]
    rows = _labelled_rows(cells, number)
    return rows if rows is not None else _shaped_rows(cells, number)


def _shaped_rows(cells: list[str], number: list[bool]) -> list[str] | None:
    """`cells` as rows when their kinds (figure or word, `number`) repeat one row's pattern from a point to the last
    cell, SHAPE_MIN_ROWS rows or more of ROW_MIN_NUMBERS figures and a word each, under nothing but word cells: a row
    of as many labels right over the first row is its header row, any word above that stays as it is (the table's
    heading). A table with no header row ("Ajax" / "34" / "80" / "PSV" / …) or a rank first ("1" / "Ajax" / "34" /
    "80" / …) is told so: its period is sure without the labels `_labelled_rows` needs. The shortest such period is
    taken (a multiple of it repeats too); a figure above the rows, more words above them than a heading and a header
    row, or a row that breaks the pattern (the period read back from the end stops there) is no regular table: None."""
    n = len(cells)
    for period in range(2, SHAPE_MAX_PERIOD + 1):
        if n < SHAPE_MIN_ROWS * period:
            break
        # back from the last cell while each cell is of its kind one period on: the repeating stretch
        t = n - period - 1
        while t >= 0 and number[t] == number[t + period]:
            t -= 1
        first = t + 1 + (n - t - 1) % period  # the first whole row's first cell (the last row ends at the last cell)
        pattern = number[first:first + period]
        if (n - first) // period < SHAPE_MIN_ROWS:
            continue
        if all(pattern):
            continue  # figures only: the figures of a wider row repeat on their own ("20 15 3 2 +30 48"), try longer
        if sum(pattern) < ROW_MIN_NUMBERS:
            return None  # rows of one figure ("Ajax" / "80"): not such a table (a longer period would pair two rows)
        if any(number[:first]) or first > period + 1:
            return None  # figures or a block of words above the rows: no plain heading and header row over them
        header = first - period if first >= period else first
        out = list(cells[:header]) + ([_row(cells[header:first])] if first - header == period else [])
        return out + [_row(cells[k:k + period]) for k in range(first, n, period)]
    return None


def _labelled_rows(cells: list[str], number: list[bool]) -> list[str] | None:
    """`cells` as paragraphs: each line above the table's header row as it is, the
    header row and every row written as a row (`_row`), a label between rows (a side's name over its players) on its
    own; or None when the cells are no regular table (see the module's docstring): the first row, a name then
    ROW_MIN_NUMBERS numbers or more, gives the width k; k label cells stand right over it (the header row); from
    there each line is either a row's name with exactly k - 1 numbers under it and no more, or a label over a
    row. TABLE_MIN_ROWS rows at least."""
    n = len(cells)

    def numbers_after(k: int) -> int:
        j = k + 1
        while j < n and number[j]:
            j += 1
        return j - k - 1

    first = next((k for k in range(n) if not number[k] and numbers_after(k) >= ROW_MIN_NUMBERS), None)
    if first is None:
        return None
    width = 1 + numbers_after(first)
    header = first - width
    if header < 0 or any(number[header:first]):
        return None  # no header row of as many labels as a row has cells
    out = list(cells[:header]) + [_row(cells[header:first])]
    rows, k = 0, first
    under_label = TABLE_MIN_ROWS  # the rows under the last label between rows (none yet: as many as a table needs)
    while k < n:
        if number[k]:
            return None  # a number where a row's name should stand
        if numbers_after(k) == width - 1:
            out.append(_row(cells[k:k + width]))
            rows, under_label, k = rows + 1, under_label + 1, k + width
        elif numbers_after(k) == 0 and k + 1 < n and under_label >= TABLE_MIN_ROWS:
            out.append(cells[k])  # a label over the next rows ("HARBOR CITY (24-3)" over its players)
            under_label, k = 0, k + 1
        else:
            # a row of another width, a label ending the table, or labels between single rows (a row's name on a
            # line of its own over cells read one short): no regular period
            return None
    return out if rows >= TABLE_MIN_ROWS and under_label >= TABLE_MIN_ROWS else None


def with_rows(paragraphs: list[str], cells: list[int]) -> list[str]:
    """`paragraphs` with each run of a kept table's cells (`cells`: their indexes, in order, one paragraph a cell)
    rebuilt as rows when the table is regular (`_rows`), else as they are."""
    if not cells:
        return paragraphs
    out: list[str] = []
    runs: list[list[int]] = []
    for k in cells:
        if runs and runs[-1][-1] == k - 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    starts = {run[0]: run for run in runs}
    k = 0
    while k < len(paragraphs):
        run = starts.get(k)
        if run is None:
            out.append(paragraphs[k])
            k += 1
            continue
        rows = _rows([paragraphs[j] for j in run])
        out.extend(rows if rows is not None else (paragraphs[j] for j in run))
        k = run[-1] + 1
    return out
