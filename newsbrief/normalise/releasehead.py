"""A press release's issuer line over its headline.

A press release opens with its label and its issuer, then the headline: "Press release" / "Ministry of Transport" /
"Extra money for bridge safety", "Persbericht" / "Ministerie van Infrastructuur en Waterstaat" / …, "بيان صحفي" /
"وزارة النقل" / …. The issuer's name is short, in capitals and named again in the release's first sentence ("The
Ministry of Transport will spend …"), so it outscored the real headline as the title; the headline then stood as
the text's first paragraph, above the release's place-and-date opening ("Den Haag, 2 december 2026 – …"), which the
dateline step reads off the first paragraph only. `headline_under_issuer` moves the title from the issuer to the
headline under it when the phrase lists' ``release_label`` stands right above or right below the issuer and all the
issuer's content words stand in the release's first paragraph: a real headline right under the label ("Press release" /
"Council opens new library in city centre" / its sub-headline) is not named again word for word, and stays the title.
"""

from __future__ import annotations

from newsbrief.normalise.features import Features, word_tokens
from newsbrief.normalise.lines import Line
from newsbrief.normalise.lists import content_words
from newsbrief.normalise.metadata import date_in
from newsbrief.normalise.phrases import in_group, match_key

#: an issuer's name has at most this many words ("Ministerie van Infrastructuur en Waterstaat": five)
ISSUER_MAX_WORDS = 8
#: a release's label is a short line ("Press release", "Persbericht", "بيان صحفي", "For immediate release")
LABEL_MAX_WORDS = 4
#: at most this many label and date lines stand between the issuer and the headline
LABEL_RUN_MAX = 3
#: the headline under the issuer has at least this many words (a label or a section name has fewer)
HEADLINE_MIN_WORDS = 4


def _label(lines: list[Line], feats: list[Features], k: int) -> bool:
    return 0 <= k < len(lines) and feats[k].words <= LABEL_MAX_WORDS \
        and in_group(lines[k].text, feats[k].words, "release_label")


def headline_under_issuer(lines: list[Line], feats: list[Features], title: int, start: int) -> int:
    """The headline's index when line `title`, taken for it, is a press release's issuer: a short line, no sentence,
    right under or right over the release's label, with a headline-shaped line under it (past the labels and a date
    line under them, when they stand between) above the body's first line `start`, and named again in the release's first paragraph
    (`_named_in_lead`); else `title` itself."""
    f = feats[title]
    if f.words > ISSUER_MAX_WORDS or f.terminal or f.prose or date_in(lines[title].text):
        return title
    below = title + 1
    # "Ministerie van …" / "Persbericht" / headline; a PDF's "NORTHGATE WATER PLC" / "PRESS RELEASE" / "FOR IMMEDIATE
    # RELEASE" / "30 July 2024" / headline: labels, and a date line after one, up to LABEL_RUN_MAX lines
    while below < title + 1 + LABEL_RUN_MAX and (
            _label(lines, feats, below) or (below > title + 1 and below < len(lines) and date_in(lines[below].text))):
        below += 1
    if below == title + 1 and not _label(lines, feats, title - 1):
        return title
    if below >= min(start, len(lines)):
        return title
    g = feats[below]
    if not g.headline_like or g.words < HEADLINE_MIN_WORDS or g.categories or g.terminal \
            or date_in(lines[below].text):
        return title
    return below if _named_in_lead(lines, feats, title, max(start, below + 1)) else title


def _named_in_lead(lines: list[Line], feats: list[Features], issuer: int, start: int) -> bool:
    """Whether the issuer line is named again in the release's first paragraph (the first prose line from `start`
    on), as a name is: its words in their order, one after the other ("Department for Rural Affairs" / "Shrewsbury, 4
    December 2026 – The Department for Rural Affairs will spend …"; "وزارة النقل" in "… لوزارة النقل …", a clitic
    before it). A headline is not repeated so ("Council opens new library …"), even when the lead uses all its words:
    "Provincie start met slimme buurtbus in drie dorpen" over "ZWOLLE, 5 december 2026 – De provincie Overijssel start
    vandaag met een slimme buurtbus die op afroep rijdt in drie dorpen" is the headline, the sub-headline under it
    no headline."""
    words = content_words(lines[issuer].text)
    lead = next((k for k in range(start, len(lines)) if feats[k].prose), None)
    if not words or lead is None or not words <= content_words(lines[lead].text):
        return False
    return _joined_words(lines[issuer].text) in _joined_words(lines[lead].text)


def _joined_words(text: str) -> str:
    """A line's words in their match form, one space between them (punctuation and case aside)."""
    return " ".join(match_key(w) for w in word_tokens(text))
