"""A "sentence" that holds several: the first of them, for a bullet that would otherwise run on.

The sentence splitter keeps a quotation whole, so a page that quotes a paragraph ('Hugh Pickens writes "Louis
Uchitelle writes that … in place. In Aisle 26 are prefab windows, … 'Craftsmanship is …' writes Uchitelle."', the
Slashdot pages of dragnet) gives one 100-300-word "sentence"; a list marker it misreads ("6) Make the blog private --
…. That way, …") does the same. No cut of bullets.py shortens it (the cuts stop at the quotation's open mark), so it
became a takeaway of 305 words. An editor would take its first sentence, the one that carries the speaker: that is
what `first_sentence` gives, the source's own words up to its first inner full stop (the quotation is closed after
it by bullets.clean's repair, as for any quotation that runs past a bullet's end). Later sentences of a quotation are
not offered: without the "X writes" of the first one they would state someone's words as fact.

A boundary is a full stop, "!" or "?" (with the closing marks that follow it) after a word of two or more letters
or digits ("… founded in 2019. It grew …") that is no abbreviation ("Mr.", "Feb."; "U.S." and initials have one letter before each stop), then a space and a
capital (or an opening mark and a capital). The first sentence needs MIN_WORDS words and a verb
(`splitting.may_have_verb`, the lenient test: "Make the blog private" is an imperative): "2. Open Command Prompt …"
is a list number, not a sentence.
"""

from __future__ import annotations

import re

from summarise.splitting import may_have_verb
from summarise.text import MONTH_ABBREVIATIONS, TITLE_ABBREVIATIONS, word_before, word_count

#: a first sentence shorter than this is a label or a number ("2.", "Update:"), not a statement
MIN_WORDS = 6

_BOUNDARY = re.compile(r"(?<=[A-Za-z0-9%)][A-Za-z0-9%)])(?P<stop>[.!?]+['’\"”)]*)\s+(?=[\"“‘'(]?[A-Z])")
# words after which a stop is an abbreviation's (the sentence goes on): titles and months; "St." "No." "vs." …
_ABBREVIATIONS = TITLE_ABBREVIATIONS | frozenset("rev hon fr ft mt".split()) | frozenset(MONTH_ABBREVIATIONS)


#: a run that opens with a quotation mark names its speaker after the quotation ("'A. B,' Grealish said."): its first
#: sentence alone would state someone's words as the takeaway's own (as a whole quotation would, quotes.whole_quotation)
_OPENING_MARKS = "\"“‘'„«"


def first_sentence(sentence: str) -> str | None:
    """The first of the sentences `sentence` holds (the source's words up to and including its first inner stop and
    the marks closing there), or None when it holds only one or the first is no full clause."""
    for m in _BOUNDARY.finditer(sentence):
        if word_before(sentence, m.start()) in _ABBREVIATIONS:
            continue
        first = sentence[: m.end("stop")].strip()
        if word_count(first) < MIN_WORDS or not may_have_verb(first) or first[:1] in _OPENING_MARKS:
            return None
        return first
    return None
