"""A review's rating line in the article: it is a score on a scale, no takeaway.

A product, film or restaurant review prints its score as a line of its own: "Verdict: 4 out of 5 stars", "Rating:
8/10", "★★★★☆", nl "Oordeel: 4 van de 5 sterren", "Cijfer: 7,5/10", ar "التقييم: 4 من 5 نجوم". The line is a label's
value, with no verb: the bullet writer would end it with a full stop and put it first (it opens the review), as if the
score were the review's key point. The review's own verdict sentence ("If battery life matters more to you than night
photography, the X5 is the easiest recommendation in its class.") says why, and stays a candidate.

A rating line is, past an optional short label ending on a colon, only a score: a number "out of" / "/" / "van (de)" /
"uit" / "op" / "من (أصل)" a number, and/or a row of star glyphs, then at most a unit ("stars", "sterren", "نجوم") and a
stop. A sentence that goes on ("Four out of five residents oppose the plan.") has words past the score and is no
rating line. Patterns are anchored at both ends with bounded repeats: linear in the line's length.
"""

from __future__ import annotations

import re

#: a short label before the score: at most four words, then a colon ("Verdict:", "Our rating:", "Eindoordeel:", "التقييم:")
_LABEL = r"(?:[^\W\d_][\w'’-]{0,24}(?:\s[^\W\d_][\w'’-]{0,24}){0,3}\s?:\s{0,3})?"
#: a number: digits (Latin or Arabic-Indic: `\d` is Unicode) with an optional decimal part ("4.5", "7,5")
_NUMBER = r"\d{1,3}(?:[.,]\d{1,2})?"
#: "out of", "/", nl "van (de)", "uit", "op", ar "من (أصل)"
_OF = r"(?:\s{0,2}/\s{0,2}|\s(?:out\sof|van(?:\sde)?|uit|op|من(?:\sأصل)?)\s)"
#: star glyphs, full and empty
_STARS = r"[★☆✩✪✭✮⭐✰]{1,10}"
#: the scale's unit after the score
_UNIT = r"(?:\s(?:stars?|points?|sterren|ster|punten|نجوم|نجمات|نجمة|نقاط|درجات))?"

_RATING = re.compile(
    rf"^\s{{0,3}}{_LABEL}(?:{_STARS}\s{{0,2}}\(?(?:{_NUMBER}{_OF}{_NUMBER})?\)?|{_NUMBER}{_OF}{_NUMBER})"
    rf"{_UNIT}\s{{0,2}}[.!]?\s{{0,3}}$",
    re.IGNORECASE,
)


def is_rating(sentence: str) -> bool:
    """Is `sentence` a review's rating line (a score, a label before it at most)?"""
    return bool(_RATING.match(sentence))


def rating_lines(sentences: list[str]) -> set[int]:
    """Indices of the rating lines among `sentences` (`is_rating`)."""
    return {i for i, s in enumerate(sentences) if is_rating(s)}
