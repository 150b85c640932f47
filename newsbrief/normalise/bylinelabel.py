"""A byline candidate that is one of the page's labels, never who wrote the story.

The byline rules take a short capitalised line near the headline for the author's name ("Eva de Vries", "Jane Doe").
A page prints other short capitalised lines there that have a name's shape and are none:

- a section, desk or competition label under the headline ("Eredivisie Voetbal", "Sports Section Sponsors",
  "Champions League", "Observer Comment Extra"): a word of the site's sections or of a sport's competitions;
- a tool or a widget ("Email Article", "Print Story", "Resize Text", "Article Tools", "Skip Navigation"): a word of
  a page's tools;
- an offer's field, its label and its value on one line ("Locatie Zwolle", "Location London", "Dienstverband Vast",
  "الموقع دبي"): the label of a job, property, product or event field (notnews.py's fields);
- "More Stan Collymore": a "more from" link, whose first word no name opens with; "BY WEEK" / "BY MONTH", "by
  Date" / "by Thread": a list's sort keys.

`label_not_name` tells them apart by those words (the phrase lists' ``label_word`` and ``not_name_word``, a whole
``tool_label``) and by a field's label. A site's menu words ("News", "Business", "Sport") are no such sign: an outlet's
credit has them ("VOA News", "CNN Business", "PA Sport"); split_byline drops such a part beside
a byline's name ("Jane Doe | Politics | Email Article"), where a credited outlet stays ("By Luis Ferrante | Inland
Water Report": the outlet is the credit, as an agency is). A user reads `byline` as who wrote the story, and whose
credit it carries: a label there is wrong data, where no byline is only missing data.
"""

from __future__ import annotations

import re

from newsbrief.normalise.notnews import field_label
from newsbrief.normalise.phrases import in_group, match_key, phrase_sets

#: the first word of a link to more of a writer's or a section's pieces ("More Stan Collymore", "Meer van Eva de
#: Vries", "المزيد من …"): no name opens with it
_MORE = re.compile(r"^(?:more|meer|المزيد)(?!\w)")
#: a field's label that the job, property, product and event fields do not list, as a byline candidate shows it
#: ("الموقع دبي": the location of an offer; "Standplaats Utrecht", "Werklocatie Zwolle")
_FIELD = re.compile(r"^(?:الموقع|مكان\s+العمل|standplaats|werklocatie|werkplek|job\s+location|work\s+location)(?!\w)")
#: a list's sort or browse key, one word behind a "By" ("BY WEEK" / "BY MONTH", "by Date" / "by Thread", "Op datum"):
#: a byline's label with a word no name is, alone
_SORT_KEY = re.compile(r"^(?:date|thread|day|week|month|season|year|subject|topic|author|title|name|relevance|"
                       r"popularity|newest|oldest|datum|onderwerp|dag|maand|seizoen|jaar|auteur|التاريخ|الموضوع)$")
#: a label is short (a byline's part with more words or characters is no label of these kinds)
LABEL_MAX_WORDS = 5
LABEL_MAX_CHARS = 60


def label_not_name(text: str) -> bool:
    """Whether a byline candidate (a line, or a part of one between separators) is one of the page's labels, not a
    name or a credit (see the module docstring): a section's, a tool's or a list's word in it, a field's label
    opening it, or "More" opening it."""
    if len(text) > LABEL_MAX_CHARS:
        return False
    words = text.split()
    if not words or len(words) > LABEL_MAX_WORDS or any(ch.isdigit() for ch in text):
        return False  # a count or a date beside a name ("Scott Ember 0 Comments") is another kind of part
    key = match_key(text)
    if _MORE.match(key) or _FIELD.match(key) or field_label(key) or _SORT_KEY.match(key):
        return True
    sets = phrase_sets()
    # a label's word before a colon labels the name after it ("Comment: Jane Doe", "Opinie: Eva de Vries"): the
    # words after the colon are the candidate's
    words = text.rsplit(":", 1)[-1].split() or words
    if any(match_key(w) in sets["label_word"].exact or match_key(w) in sets["not_name_word"].exact for w in words):
        return True
    return in_group(text, len(words), "tool_label")

