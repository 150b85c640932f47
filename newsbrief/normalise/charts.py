"""A chart's data lines and a data block's source line: the story's own figures, kept whole.

An infographic in a naive dump is a heading, a few "LABEL: NUMBER" lines and a source line:

    Chart: Patients waiting more than 52 weeks        Grafiek: gemiddelde verkoopprijs       رسم بياني: أسعار القمح
    Oct 2025: 9,400                                    2024: 429.000                          2024: 310 دولار
    Apr 2026: 8,100                                    2025: 451.000                          2025: 285 دولار
    Source: NHS England                                Bron: CBS                              المصدر: الفاو

The date rule took "Oct 2025: 9,400" for a date line and the short-line rules a run of them for a widget, so the
heading stayed over half a chart or none, and the source line went or stayed by chance (tester 30a, C1/C2). These
lines are the figures the story reports on, so `chart_lines` finds them and the classifier keeps them (CHART_REASON,
which the model does not overrule):
- a series: SERIES_MIN or more consecutive "LABEL: NUMBER" lines (a label of at most LABEL_MAX_WORDS words, a
  value that starts with a number, at most VALUE_MAX_WORDS words) inside the body, whose labels are all times (they
  hold a year: "2024", "Oct 2025", "Q3 2026", "أكتوبر 2025") or that stand under a chart heading ("Chart:",
  "Grafiek:", "رسم بياني"); the chart heading is kept with it;
- a source line ("Source: …", "Bron: …", "المصدر: …", at most SOURCE_MAX_WORDS words) right under a series or under a
  table's rows (the caller's `data` lines): the figures' source, not a story's closing credit.
A sidebar's "Comments: 5" / "Views: 1,024" has no time labels and no chart heading; a line outside the body is
never read. Every pattern is matched once at the line's start (linear).

A chart drawn by a script (Datawrapper, Flourish, a paper's own) is dumped column-wise: its title and subtitle, its N
axis labels one a line, then its N values one a line, then "Source: …" and "Chart: …" (`column_chart_lines`). No line
pairs a label with its value, so the model dropped the labels and kept the bare values ("16.9" / "16.4" / …) as the
story's text (probeB 6). Such a chart goes whole (COLUMN_CHART_REASON), title to credit: it is a graphic, not text
the story prints, and giving it back as rows would pair labels and values by their count alone (a lost label shifts
every pair after it); the story's paragraphs state the figures they report. A "LABEL: NUMBER" chart above
pairs them on its lines and stays.
"""

from __future__ import annotations

import re

from newsbrief.normalise.agencies import SOURCE_LABELS
from newsbrief.normalise.celltables import number_cell
from newsbrief.normalise.features import Features
from newsbrief.normalise.lines import Line

#: the reason a chart's line is kept with
CHART_REASON = "chart data"
#: a series has at least this many data lines
SERIES_MIN = 2
#: a data line's label has at most this many words, its value at most VALUE_MAX_WORDS
LABEL_MAX_WORDS = 4
VALUE_MAX_WORDS = 4
#: a source line has at most this many words
SOURCE_MAX_WORDS = 12

#: "LABEL: NUMBER …": a label without a colon, then a value that starts with a number (a sign or a currency first)
#: (a space after the colon: "14:32" is a time, not a label and a value)
_DATA_LINE = re.compile(r"^\s*(?P<label>[^:]{1,40}):\s+[-+−]?[£$€¥]?\s?\d[\d.,  ]*(?P<rest>.*)$")
#: a time label holds a year
_YEAR = re.compile(r"(?<!\d)(?:19|20|١٩|٢٠)\d\d(?!\d)")
#: a chart's heading: "Chart: …", "Graph", "Infographic", "Grafiek: …", "Figuur 2", "رسم بياني: …", "مخطط"
_CHART_HEAD = re.compile(
    r"^\s*(?:chart|graph|graphic|infographic|figure|grafiek|figuur|tabel|table|"
    r"رسم بياني|الرسم البياني|مخطط|إنفوغراف|انفوجرافيك|جدول)\b",
    re.IGNORECASE)
#: a source line: "Source: NHS England", "Sources: ONS, Eurostat", "Bron: CBS", "المصدر: الفاو"
_SOURCE = re.compile(rf"^\s*(?:{SOURCE_LABELS})\s*:\s*\S", re.IGNORECASE)


def _data_label(text: str) -> str | None:
    """The label of a "LABEL: NUMBER" line, None for another line."""
    m = _DATA_LINE.match(text)
    if m is None or len(m.group("label").split()) > LABEL_MAX_WORDS or len(m.group("rest").split()) > VALUE_MAX_WORDS:
        return None
    return m.group("label")


def is_source_line(text: str) -> bool:
    """Whether `text` is a short source line ("Source: NHS England", "Bron: CBS", "المصدر: الفاو")."""
    return _SOURCE.match(text) is not None and len(text.split()) <= SOURCE_MAX_WORDS and not text.rstrip().endswith(
        ("?", "!"))


def chart_lines(lines: list[Line], start: int, end: int, data: set[int]) -> set[int]:
    """The lines to keep as a chart's data (see the module's docstring) between the body's `start` and `end`;
    `data`: the lines the classifier already reads as a table's rows (a source line under them is kept too)."""
    labels = [_data_label(line.text) if start <= k <= end else None for k, line in enumerate(lines)]
    out: set[int] = set()
    k = max(start, 0)
    while k <= end and k < len(lines):
        j = k
        while j <= end and j < len(lines) and labels[j] is not None:
            j += 1
        if j - k >= SERIES_MIN:
            headed = k > start and _CHART_HEAD.match(lines[k - 1].text) is not None
            if headed or all(_YEAR.search(labels[r]) for r in range(k, j)):
                out.update(range(k, j))
                if headed:
                    out.add(k - 1)
        k = j + 1
    for k in range(max(start, 1), min(end, len(lines) - 1) + 1):
        if (k - 1 in out or k - 1 in data) and is_source_line(lines[k].text):
            out.add(k)
    return out


#: the reason a column-wise chart's lines go with (`column_chart_lines`; fixed: the model does not keep its values)
COLUMN_CHART_REASON = "chart, one label or value a line"
#: a column-wise chart has at least this many labels, and as many values (a header row of labels over rows of
#: figures, k labels and a multiple of k numbers, is a table's: not read here)
COLUMN_MIN = 4
#: an axis label is at most this many words and characters, no number and no sentence ("Jan", "Q3 2026", "Harbour")
AXIS_LABEL_WORDS = 3
AXIS_LABEL_CHARS = 25
#: over its labels a chart has at most this many title lines (its title, its subtitle with the unit), each at most
#: TITLE_LINE_WORDS words with no sentence end
TITLE_LINES = 2
TITLE_LINE_WORDS = 14
#: under its values, at most this many source and credit lines ("Source: …", "Chart: SCMP / Dennis Wong")
CREDIT_LINES = 2


#: a chart's credit line under its values: its label and a colon ("Chart: SCMP / Dennis Wong", "Grafiek: De Courant",
#: "رسم بياني: …"); "Figure 3. SRM nozzle joint" under figures is a figure's caption, not this chart's
_CHART_CREDIT = re.compile(r"^\s*(?:chart|graph|graphic|infographic|grafiek|graphique|رسم بياني|الرسم البياني|مخطط)\s*:",
                           re.IGNORECASE)


def _axis_label(line: Line, f: Features) -> bool:
    text = line.text.strip()
    return bool(text) and f.words <= AXIS_LABEL_WORDS and len(text) <= AXIS_LABEL_CHARS and not f.terminal \
        and not f.prose and not number_cell(line)


def _chart_title(line: Line, f: Features) -> bool:
    return 0 < f.words <= TITLE_LINE_WORDS and not f.terminal and not f.prose and not f.categories \
        and not number_cell(line)


def column_chart_lines(lines: list[Line], feats: list[Features], table: set[int]) -> set[int]:
    """The lines of every chart dumped column-wise (see the module's docstring): a run of COLUMN_MIN axis labels or
    more (`_axis_label`), right under it a run of number cells as many as the labels, the
    chart's title lines right over the labels (TITLE_LINES at most, under a paragraph or the page's furniture) and its
    source and credit lines right under the values. Labels alone are a menu, numbers alone a pager or a table's
    column: only the two runs of one length together are a chart's. `table`: the page's tables dumped one cell a
    line (`celltables.cell_table_rows`, which the classifier reads anyway): a run of theirs is no chart."""
    out: set[int] = set()
    n = len(lines)
    k = 0
    while k < n:
        j = k
        while j < n and _axis_label(lines[j], feats[j]):
            j += 1
        labels = j - k
        v = j
        while v < n and number_cell(lines[v]):
            v += 1
        values = v - j
        if labels == values + 1 and values >= COLUMN_MIN:
            # (a short title line over the labels read as one more label: the values count the labels; any other
            # surplus is a table's header row over its rows, "Response" / "Votes" / "%" / "Yes" / "94" / "47%")
            k, labels = j - values, values
        if labels >= COLUMN_MIN and values == labels:
            top = k
            while top > 0 and k - top < TITLE_LINES and _chart_title(lines[top - 1], feats[top - 1]):
                top -= 1
            end = v
            while end < n and end - v < CREDIT_LINES and (is_source_line(lines[end].text)
                                                          or _CHART_CREDIT.match(lines[end].text) is not None
                                                          and feats[end].words <= SOURCE_MAX_WORDS):
                end += 1
            if table.isdisjoint(range(k, v)):
                # (a box score's header row and its first row, "Team" / "Q1" … / "Ridgeport" / "28" …, are the
                # story's table, kept as rows: no chart)
                out.update(range(top, end))
            k = end
        else:
            # past the labels, and past a run of number cells with no label over it (no chart starts on a number:
            # reading the run again from each of its lines was quadratic in its length)
            k = max(j if labels else v, k + 1)
    return out
