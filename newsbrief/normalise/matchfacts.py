"""A match report's labelled facts between its headline and its lead.

A match report prints its score box above the lead: the score lines with the scorers ("Rovers 3 (Okafor 23, 67)"),
then the facts, one labelled line each ("Attendance: 14,212", "Referee: Lee Harwood", "Toeschouwers: 6.410",
"الحضور: 14212 متفرج"). The learned model dropped the score lines for where they stand, but kept a facts line, which
then opened the text above the story's lead (its first "sentence", a takeaway's candidate). The box is one thing:
its facts lines and the score lines right above or below them (`facts_box`) go together, in every page mode, and
the number warning names it (losses.number_table_warning), so the scorers' minutes are not lost unsaid. Below the
story, where the line-ups and their facts stand, nothing changes.

The labels are the phrase lists' ``match_facts`` group (en/nl/ar): a label, its colon and a short value.
"""

from __future__ import annotations

import re

from newsbrief.normalise.metadata import date_in
from newsbrief.normalise.phrases import in_group

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
