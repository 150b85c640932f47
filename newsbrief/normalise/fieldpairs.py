"""A document's metadata header dumped as label lines and value lines, under its headline.

A court judgment, a parliamentary document, a report or a database record prints its fields as a two-column table
over the text: "Instantie" / "Rechtbank Midden-Nederland" / "Datum uitspraak" / "12-11-2026" / "Zaaknummer" /
"11024567 UC EXPL 26-3310" (en "Court" / "High Court" / "Date of judgment" / "4 March 2026", ar "المحكمة" /
"محكمة النقض" / "تاريخ الحكم" / "12 نوفمبر 2026"). A scraper leaves one cell a line. Line by line, the model judged the
labels and the values one at a time, so that a label stayed in the text while its value went, or the reverse (probeC
7, stop 32). The pairs go together: the header is the page's furniture (the rules still read its date and its byline
from the value lines, which keep those roles), and the label right over the body's first paragraph ("Inhoudsindicatie"
over the judgment's summary, "Summary", "الملخص") goes with it; the paragraph is the story's.

The shape, no phrase list: at least MIN_PAIRS pairs in a row right under the headline, each a label (a short line,
LABEL_MAX_WORDS words at most, no figure, no sentence end, no phrase-list category, a capital or an uncased script
first) over a value (a short line, VALUE_MAX_WORDS words at most, no paragraph, no phrase-list category: a menu's items
and a share bar beside the headline are none), the labels all different, and
at least one value a date: a header's fields carry the document's dates, while a story's own two-column table
(a party and its seats, a province and its warning colour) states no date in a cell, and stands in the story, not over
it.
"""

from __future__ import annotations

import re

from newsbrief.normalise.features import Features
from newsbrief.normalise.lines import Line
from newsbrief.normalise.metadata import date_in

FIELD_REASON = "metadata header field"
#: a header has at least this many label/value pairs in a row ...
MIN_PAIRS = 3
#: ... its labels this many words at most ("Datum uitspraak", "Date of judgment", "تاريخ النشر") ...
LABEL_MAX_WORDS = 3
#: ... and its values this many ("11024567 UC EXPL 26-3310", "Civiel recht; Verbintenissenrecht")
VALUE_MAX_WORDS = 12

#: the header's first label stands at most this many lines under the headline (a kicker or a date line between)
HEADER_REACH = 2

_DIGIT = re.compile(r"\d")


def _label(line: Line, f: Features) -> bool:
    """Whether `line` reads as a field's label: a short line with no figure, no sentence end, no phrase-list category
    but a date label's ("تاريخ النشر", "Published": a header's field; a menu's, a share bar's line is none), no
    bullet, a capital or an uncased script first."""
    text = line.text.strip().rstrip(":").rstrip()
    return bool(text) and 0 < f.words <= LABEL_MAX_WORDS and not f.prose and not f.terminal and not f.bullet \
        and set(f.categories) <= {"date"} and _DIGIT.search(text) is None and text[0].isalpha() \
        and (text[0].isupper() or not text[0].islower())


def _value(line: Line, f: Features) -> bool:
    """Whether `line` can be a field's value: a short line that is no paragraph (a date or a number alone counts no
    word, `Features.words`: its parts are counted), in no phrase-list category but a date's (a menu's item, a share
    button, a byline's "By …" are the page's furniture beside the headline, no field)."""
    return 0 < len(line.text.split()) <= VALUE_MAX_WORDS and not f.prose and not f.bullet \
        and set(f.categories) <= {"date"}


def _pairs_from(lines: list[Line], feats: list[Features], i: int, stop: int) -> list[int]:
    """The label lines of the run of label/value pairs that starts at line `i` and ends above line `stop`."""
    labels: list[int] = []
    while i + 1 < stop and _label(lines[i], feats[i]) and _value(lines[i + 1], feats[i + 1]):
        labels.append(i)
        i += 2
    return labels


def _header(lines: list[Line], labels: list[int]) -> bool:
    """Whether a run of pairs (its label lines) is a metadata header: MIN_PAIRS pairs, labels all different, a date
    among the values."""
    keys = {lines[k].text.strip().rstrip(":").casefold() for k in labels}
    return len(labels) >= MIN_PAIRS and len(keys) == len(labels) \
        and any(date_in(lines[k + 1].text) is not None for k in labels)


def header_fields(lines: list[Line], feats: list[Features], first: int, start: int) -> tuple[set[int], set[int]]:
    """(label lines, value lines) of the metadata header between line `first`, the one under the headline, and the
    body's first line `start`, empty when there is none (module docstring): its first label HEADER_REACH lines under
    `first` at most (a menu's run far above the story is no header). The label right over the body's first paragraph,
    when the header runs down to it, is a label too."""
    i = max(first, 0)
    while i < min(start, first + HEADER_REACH + 1):
        labels = _pairs_from(lines, feats, i, start)
        if not _header(lines, labels):
            i += 1
            continue
        values = {k + 1 for k in labels}
        below = labels[-1] + 2
        if below + 1 == start and _label(lines[below], feats[below]) and feats[start].prose:
            labels.append(below)  # "Inhoudsindicatie" over the summary that opens the body
        return set(labels), values
    return set(), set()
