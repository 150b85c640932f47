"""A match report's labelled facts between its headline and its lead.

A match report prints its score box above the lead: the score lines with the scorers ("Rovers 3 (Okafor 23, 67)"),
then the facts, one labelled line each ("Attendance: 14,212", "Referee: Lee Harwood", "Toeschouwers: 6.410",
"الحضور: 14212 متفرج"). The learned model dropped the score lines for where they stand, but kept a facts line, which
then opened the text above the story's lead (its first "sentence", a takeaway's candidate). The box is one thing:
its facts lines and the score lines right above or below them (`facts_box`) go together, in every page mode, and
the number warning names it (losses.number_table_warning), so the scorers' minutes are not lost unsaid.

Below the story the same facts stand with the line-ups, the goals, the cards and the substitutes ("Northgate Rovers:
Hart; Cole, Mensah, …", "Booked: Moss, Holt, Lowe.", "Opstellingen:", "التشكيلة: …"). There they are kept, every line
of the block alike (`facts_below`): they are the report's own structured lines, the result and who played, as a
story's own table under it is kept (classify._story_continues reads across a table of figures), as the HTML path
keeps the facts line under the story's table (html._keep_extracted_body), and as the corpora's golds keep a report's
line-ups; under the story they open no text and no takeaway stands on them. The learned model, left to decide them
one line at a time, kept the line-ups and dropped the referee and the attendance under them. Above the lead the box
goes for where it stands (it would open the text); below, nothing of the story is in the way.

A results page says so in its headline ("Results: Hartley Town snatch late win", "Uitslagen: Drachtster Boys wint
derby", "نتائج الجولة: …"): its score lines and standings under the report, in groups under their headings
("Hoofdklasse A" / "Drachtster Boys - Oranje Nassau 3-1" / …), are what the page is for, and kept with the report
(`results_below`) rather than left to the learned model, which dropped them for where they stand (tester 29, C1).

The labels are the phrase lists' ``match_facts`` group (en/nl/ar): a label, its colon and a short value; below the
story also their ``match_roll`` group (goals, cards, substitutes, line-ups), whose value is a list of names.
"""

from __future__ import annotations

import re

from newsbrief.normalise.metadata import date_in
from newsbrief.normalise.phrases import categories_of, in_group

#: the rule reason of a facts line above the lead (classify.FIXED_REASONS: the model does not keep it)
MATCH_FACTS_REASON = "match facts"
#: a facts line has at most this many words ("Referee: Lee Harwood (Lancashire)", "Venue: Ferris Park, Northgate");
#: a longer line that opens with such a label is a sentence ("Referee: the decision that cost Elmfield the game …")
FACTS_MAX_WORDS = 8


def facts_line(text: str) -> bool:
    """Whether a line is one labelled match fact ("Attendance: 14,212", "Scheidsrechter: Danny Makkelie", "الحكم:
    محمد علي"), or two or three of them ("Referee: Lee Harwood. Attendance: 14,212."): short, its first label one of
    the ``match_facts`` phrases, no question. (Its words are counted as the page writes them: "14,212" is one.)"""
    words = len(text.split())
    if not 2 <= words <= FACTS_MAX_WORDS * 2 or "?" in text or "؟" in text:
        return False
    if not in_group(text, words, "match_facts"):
        return False
    # each further fact behind a full stop is labelled too: "Referee: Lee Harwood. Attendance: 14,212."
    parts = [p.strip() for p in text.replace("؛", ".").split(". ") if p.strip()]
    return len(parts) <= 3 and all(len(p.split()) <= FACTS_MAX_WORDS and ":" in p for p in parts)


#: a score line of the box has at most this many words ("Northgate Rovers 3 (Okafor 23, 67, Lindqvist 81)", "Elmfield
#: Town 1 (Barnes 55 pen)", "Ajax 2 - 1 PSV", "الأهلي 2 (محمد 12، 80)")
SCORE_MAX_WORDS = 12
_DIGIT = re.compile(r"\d")
#: a sentence's end: a score line has none ("… 67, Lindqvist 81)"; a lead's "… won 3-1." has one)
_SENTENCE_END = re.compile(r"[.!?؟]['\"’”»)]*$")


def _score_line(text: str) -> bool:
    """A short line with a number and no sentence's end that states no date (the story's date line stands above)."""
    return len(text.split()) <= SCORE_MAX_WORDS and _DIGIT.search(text) is not None \
        and _SENTENCE_END.search(text.strip()) is None and date_in(text) is None


#: labels an event's or a place's box has too ("Venue: Town Hall", "Weer: zonnig", "الملعب: …"): a box needs one
#: of the match's own facts as well (attendance, referee, kick-off …)
_PLACE_OR_WEATHER = re.compile(r"^\W*(?:venue|stadium|ground|weather|stadion|sportpark|speelveld|weer|"
                               r"الملعب|الاستاد|الإستاد|ستاد|الطقس)\s*:", re.IGNORECASE)


def _place_or_weather(text: str) -> bool:
    return _PLACE_OR_WEATHER.match(text) is not None


def facts_box(texts: list[str], first: int, stop: int) -> list[int]:
    """The score box between the headline and the lead (`first` to `stop`, the lead's line, not included): each facts
    line (`facts_line`) there, and the score lines (`_score_line`) right above and below it. No facts line, no box:
    a short line with a number over a story is a kicker, a dateline or a standfirst as well; and a place or the
    weather alone is an event's box, not a match's (`_place_or_weather`)."""
    box: set[int] = {i for i in range(max(first, 0), stop) if facts_line(texts[i])}
    if all(_place_or_weather(texts[i]) for i in box):
        return []  # "Venue: Town Hall" over an event's story: no match's box without a match's own fact
    for i in sorted(box):
        for step in (-1, 1):
            j = i + step
            while first <= j < stop and j not in box and _score_line(texts[j]):
                box.add(j)
                j += step
    return sorted(box)


#: the reason of a facts line under the story (classify.FIXED_REASONS: kept in every page mode)
FACTS_BELOW_REASON = "match facts under the story"
#: a roll of names: a label of at most this many words ("Northgate Rovers", "Subs not used", "Gele kaarten") ...
ROLL_LABEL_WORDS = 4
#: ... and items of at most this many words each ("Lindqvist 23", "1-0 Berghuis (12)", "محمد صلاح")
ROLL_ITEM_WORDS = 4
#: ... this many items at least under a label of the ``match_roll`` group ("Booked: Moss, Holt, Lowe.", "Sent off:
#: Holt"), and a team's line-up under any label (a team's name: "Northgate Rovers: Hart; Cole, Mensah, …") this many
ROLL_MIN_ITEMS = 1
LINEUP_MIN_ITEMS = 7
#: ... and at most this many words in all (a line-up with its substitutes)
ROLL_MAX_WORDS = 45
_ROLL_SEPARATOR = re.compile(r"[,;،؛]")
#: a result line: a team, its goals and its scorers in brackets ("Northgate Rovers 3 (Lindqvist 23, Okafor 67, 81)",
#: "Ajax 2 (Brobbey 12, 45)", "الأهلي 2 (محمد 12، 80)"), or both teams with the score between ("Ajax 2-1 PSV")
_RESULT = re.compile(r"^[^\W\d][^\d()]{0,40}?\s\d{1,2}(?:\s*\([^()]{1,120}\))?$"
                     r"|^[^\W\d][^\d|]{0,40}?\s\d{1,2}\s?[-–—]\s?\d{1,2}\s[^\W\d][^\d|]{0,40}$")


def _roll_part(text: str) -> bool:
    """One "label: names" part of a roll line (`roll_line`)."""
    label, colon, value = text.partition(":")
    if not colon or not 1 <= len(label.split()) <= ROLL_LABEL_WORDS or any(ch.isdigit() for ch in label):
        return False
    items = [item.strip() for item in _ROLL_SEPARATOR.split(value.strip().rstrip("."))]
    if not all(items) or any(len(item.split()) > ROLL_ITEM_WORDS for item in items):
        return False
    labelled = in_group(text, len(text.split()), "match_roll")
    return len(items) >= (ROLL_MIN_ITEMS if labelled else LINEUP_MIN_ITEMS)


def roll_line(text: str) -> bool:
    """Whether a line is a match's roll of names: a team's line-up ("Northgate Rovers: Hart; Cole, Mensah, Ward, …"),
    or the goals, cards or substitutes under a ``match_roll`` label ("Booked: Moss, Holt, Lowe.", "Gele kaarten:
    Bergwijn, Timber", "الإنذارات: محمد، علي"), one to three such parts behind full stops ("… Ferris. Subs not used:
    Bell, Tate."). No question, ROLL_MAX_WORDS words at most."""
    if len(text.split()) > ROLL_MAX_WORDS or "?" in text or "؟" in text:
        return False
    parts = [p.strip() for p in text.strip().split(". ") if p.strip()]
    return 1 <= len(parts) <= 3 and all(_roll_part(p) for p in parts)


def _facts_heading(text: str) -> bool:
    """A heading of the facts ("Line-ups:", "Opstellingen:", "التشكيلة:"): a ``match_roll`` label alone, with its
    colon or without (Dutch and Belgian sites print "Opstellingen", "Wissels", "Doelpunten" as headings)."""
    label = text.strip().rstrip(":").rstrip()
    words = len(label.split())
    return 0 < words <= 3 and in_group(label + ":", words, "match_roll")


#: an event of the match by its minute: a goal or a substitution ("58' Ueda voor Giménez", "20' 0-1 Taylor",
#: "45+2' Smith (pen)", "67’ صلاح"): the minute and its mark first, then a few words, no sentence's end
_MINUTE_LINE = re.compile(r"^\d{1,3}(?:\+\d{1,2})?\s?['’′]\s+\S")
MINUTE_LINE_WORDS = 8


def _minute_line(text: str) -> bool:
    text = text.strip()
    return _MINUTE_LINE.match(text) is not None and len(text.split()) <= MINUTE_LINE_WORDS \
        and _SENTENCE_END.search(text) is None


def _below_line(text: str) -> bool:
    """A line of the facts under the story: a facts line, a roll, a facts heading, a result line or an event by its
    minute, in no phrase category (a "Tags: Football, League Two, …" line is the page's)."""
    return (facts_line(text) or roll_line(text) or _facts_heading(text) or _RESULT.match(text.strip()) is not None
            or _minute_line(text)) and not categories_of(text, len(text.split()))


def _match_signal(text: str) -> bool:
    """A line only a match's facts print: a match's own fact (not a place or the weather alone), a roll under a
    ``match_roll`` label, a facts heading with its colon; a result line ("Windows 11"), an event by its minute, a
    heading word without its colon ("Wissels" may head a story's part) or a long list of names under any label (a
    team's line-up, but also "Ingredients: …") is none by itself."""
    words = len(text.split())
    return facts_line(text) and not _place_or_weather(text) or _facts_heading(text) and text.rstrip().endswith(":") \
        or roll_line(text) and in_group(text, words, "match_roll")


def facts_below(texts: list[str], start: int, end: int) -> list[int]:
    """The match's facts around the story's end (`end`, its last line; `start`, its first): the run of facts lines,
    rolls, facts headings and result lines (`_below_line`) that takes in the line under `end`, up into the story's
    last lines and down under it, with a match's own fact among them (`_match_signal`). Empty where there is none."""
    if end + 1 >= len(texts) or not _below_line(texts[end + 1]):
        # the block may end the body region itself (its last line the region's last)
        if end < start or not _below_line(texts[end]):
            return []
        top = bottom = end
    else:
        top = bottom = end + 1
    while top - 1 > start and _below_line(texts[top - 1]):
        top -= 1
    while bottom + 1 < len(texts) and _below_line(texts[bottom + 1]):
        bottom += 1
    block = range(top, bottom + 1)
    return list(block) if any(_match_signal(texts[k]) for k in block) else []


#: a results page's headline announces its results (en, nl, ar): "Results: …", "Uitslagen en verslag: …", "نتائج …"
_RESULTS_HEADLINE = re.compile(r"(?<!\w)(?:results|uitslagen|uitslag|نتائج)(?!\w)", re.IGNORECASE)
#: a result or standings row holds at least this many numbers ("Bolsward - Franeker 0-3", "1. Heerenveen-Noord 9-21")
RESULT_ROW_NUMBERS = 2
#: ... and the block has at least this many rows
RESULT_MIN_ROWS = 3
#: a group's heading over its rows has at most this many words ("Hoofdklasse A", "Stand hoofdklasse A", "Division Two")
RESULT_HEAD_WORDS = 5
_NUMBERS = re.compile(r"\d+")


def _result_row(text: str) -> bool:
    """A row of a results or standings table: a short line (`_score_line`) with RESULT_ROW_NUMBERS numbers or more,
    in no phrase category."""
    return _score_line(text) and len(_NUMBERS.findall(text)) >= RESULT_ROW_NUMBERS \
        and not categories_of(text, len(text.split()))


#: a group heading's number stands alone, short ("Group 2", "Divisie 1", "المجموعة 2"); "Nikon D3200 sample images" is
#: a teaser's (each word with a digit is tested on its own: a split, no backtracking over a long word)
_GROUP_NUMBER = re.compile(r"^\d{1,2}$")


def group_heading(text: str, words: int) -> bool:
    """A line that may head a group of a results or standings table's rows ("Hoofdklasse A", "Group 2", "Northern
    group"): at most RESULT_HEAD_WORDS words, a number only as a short word of its own (`_GROUP_NUMBER`), no
    sentence's end and no label's colon. The one rule of `results_below` here and of losses.py's table warning."""
    return 0 < words <= RESULT_HEAD_WORDS and all(_GROUP_NUMBER.match(t) for t in text.split() if _DIGIT.search(t)) \
        and _SENTENCE_END.search(text.strip()) is None and not text.rstrip().endswith(":")


def _result_heading(text: str) -> bool:
    """A group's heading in a results table (`group_heading`) in no phrase category."""
    words = len(text.split())
    return group_heading(text, words) and not categories_of(text, words)


def results_below(texts: list[str], headline: str, end: int) -> list[int]:
    """On a results page (its headline says so: `_RESULTS_HEADLINE`), the results table right under the report's last
    line `end`: its rows (`_result_row`) and the groups' headings between and above them (at most two in a row),
    RESULT_MIN_ROWS rows or more; up to the first other line, the headings after the last row left out. Empty
    elsewhere."""
    if not _RESULTS_HEADLINE.search(headline):
        return []
    block: list[int] = []
    rows, heads, last_row = 0, 0, None
    k = end + 1
    while k < len(texts):
        if _result_row(texts[k]):
            rows, heads, last_row = rows + 1, 0, k
        elif heads < 2 and _result_heading(texts[k]):
            heads += 1
        else:
            break
        block.append(k)
        k += 1
    if rows < RESULT_MIN_ROWS or last_row is None:
        return []
    return [i for i in block if i <= last_row]
