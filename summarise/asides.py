"""Dropping non-restrictive relative clauses from a long bullet: "Wright, who had seven seasons at Arsenal, will …".

A relative clause set off by commas (or by dashes) adds a fact about someone already named; the sentence says the
same without it ("Wright will hand over the trophy"). It is dropped only when all of these hold, so the rest stays a
correct sentence that means what the original said:
- it opens with who / which / whose right after the comma or dash, and is closed by a matching comma or dash;
- it is 1-15 words after the pronoun, with no comma, quotation mark, bracket, colon or sentence end inside;
- what follows the closing comma is the sentence's verb (an auxiliary, a past tense, or an adverb before the verb):
  "…, and Jones", "…, instead of" or "…, the radio and on records" mean the commas were not a pair around an aside;
- it holds no digit (numbers are what readers check, and the issue asks for them to be kept).
Appositions (", Israeli Defense Minister, Benny Gantz,") are never touched: which comma pair encloses the
apposition, and whether the name or the title is the subject, cannot be told without a parser.
"""

from __future__ import annotations

import re

from summarise.text import DIGIT, word_count

# the clause: 1-15 words without commas, quotation marks, brackets, colons or a sentence end ("." "!" "?"), so it
# can neither swallow a list ("on TV, the radio and on records") nor run into the next sentence of a bad scrape
_CLAUSE = r"(?:who|which|whose)\s+(?:[^\s,;:.!?\"“”«»'‘’()\[\]–—]+\s+){0,14}[^\s,;:.!?\"“”«»'‘’()\[\]–—]+"
_COMMA_ASIDE = re.compile(rf",\s+{_CLAUSE},\s+(?=(?P<next>[a-z]+)\b)")
# only en/em dashes, unlike text.SPACED_DASH and inner.py's dash aside: widening it to " -- " and " - " would
# change which asides are dropped (and what splitting.split_relative splits off), a change to measure, not a tidy-up
_DASH_ASIDE = re.compile(rf"\s+[–—]\s+{_CLAUSE}\s+[–—]\s+(?=(?P<next>[a-z]+)\b)")
# the sentence must go on with its main verb: an auxiliary, a regular past tense, a common irregular one, or an
# adverb standing before the verb. Anything else ("…, instead of", "…, the radio", "…, according to") means the
# commas were not a pair around an aside.
_VERB_AFTER = re.compile(
    r"^(?:is|was|were|are|has|have|had|will|would|can|could|should|may|might|must|did|does|do|says|said|told|"
    r"took|made|went|won|lost|led|left|sold|saw|became|began|gave|got|came|ran|met|paid|kept|held|found|spoke|"
    r"wrote|also|now|still|later|recently|[a-z]+ed)$"
)


def drop_asides(text: str, max_words: int) -> str:
    """Drop non-restrictive relative clauses, longest first, until `text` fits `max_words` or none is left."""
    while word_count(text) > max_words:
        spans = [m for pattern in (_COMMA_ASIDE, _DASH_ASIDE) for m in pattern.finditer(text) if _droppable(text, m)]
        if not spans:
            break
        m = max(spans, key=lambda m: m.end() - m.start())
        text = text[: m.start()] + " " + text[m.end():]
    return text


def _droppable(text: str, m: re.Match) -> bool:
    if not _VERB_AFTER.match(m.group("next")) or DIGIT.search(m.group(0)):
        return False
    return word_count(text[: m.start()]) >= 1
