"""A product review's verdict lines: its pros and cons headings and its rating line, read by their text alone.

The classifier keeps a review's verdict with its items (lists.py); the loss warnings say when one was removed
(losses.py); the not-news check tells a review from a shop's page by it (notnews.py). The patterns need nothing but a
line's text, so this module imports nothing of the normaliser (notnews.py is read by the byline checks, which
metadata.py imports: a heavier home would close an import cycle).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: a review's pros heading and its cons heading, each by itself ("Pros", "Voordelen", "المزايا"; "Cons", "Nadelen",
#: "العيوب"), and a heading that names both at once ("Pros and cons", "Voor- en nadelen", "المزايا والعيوب", "The good
#: and the bad"): a verdict's two sides, so a heading of one side counts only beside the other (`verdict_paired`)
_PROS = (r"pros|the good|what we liked|plus(?:es)?|voordelen|pluspunten|plussen"
         r"|المزايا|المميزات|الإيجابيات|الايجابيات|مميزات|مزايا|إيجابيات|ايجابيات")
_CONS = (r"cons|the bad|what we didn'?t like|minus(?:es)?|nadelen|minpunten|minnen"
         r"|العيوب|السلبيات|عيوب|سلبيات")
#: both sides in one heading: the two joined by "and" / "&" / "en" / "و" ("voor- en nadelen" shares its noun)
_BOTH = (rf"(?:{_PROS})\s*(?:and|&|en|/|,)\s*(?:{_CONS})|voor-\s*en\s*nadelen|plus-\s*en\s*minpunten"
         rf"|(?:{_PROS})\s+و\s*(?:{_CONS})")
#: a product review's verdict is the article's own (issue 10 item 4): its pros and cons headings ("Pros", "Nadelen",
#: "العيوب") over their short items, and its rating line. A whole line, so a story sentence never matches
_VERDICT_HEADING = re.compile(rf"^\W*(?:{_BOTH}|{_PROS}|{_CONS})\s*:?\s*$", re.IGNORECASE)
_BOTH_SIDES = re.compile(rf"^\W*(?:{_BOTH})\s*:?\s*$", re.IGNORECASE)
_PROS_SIDE = re.compile(rf"^\W*(?:{_PROS})\s*:?\s*$", re.IGNORECASE)
#: "Rating: 4 out of 5", "Score: 8/10", "Our verdict: 4.5/5", "Beoordeling: 4 van 5", "Cijfer: 8/10", "التقييم: 4 من 5",
#: or a row of stars ("★★★★☆"): a label is asked for, so a gallery counter ("3 / 12") is none
_RATING = re.compile(
    r"^\W*(?:(?:our|onze)\s+)?(?:rating|score|verdict|overall|beoordeling|waardering|cijfer|eindcijfer|oordeel"
    r"|التقييم|تقييمنا|التقييم العام|الدرجة)\s*(?::\s*)?\d+(?:[.,]\d+)?\s*(?:/|out of|uit|van|من)\s*\d+"
    r"\s*(?:stars?|sterren|نجوم)?\W*$|^\s*[★☆✩✭✮]{3,10}\s*$"
    # ... or such a label over a row of stars ("Rating: ★★★★☆", "Beoordeling: ★★★☆☆ (3/5)", "التقييم: ★★★★☆"): the
    # same line as the bare stars, which an Arabic page labelled and so lost while the English one kept (tester 29, D4)
    r"|^\W*(?:(?:our|onze)\s+)?(?:rating|score|verdict|overall|beoordeling|waardering|cijfer|eindcijfer|oordeel"
    r"|التقييم|تقييمنا|التقييم العام|الدرجة)\s*(?::\s*)?[★☆✩✭✮]{3,10}(?:\s*\(\d+(?:[.,]\d+)?\s*(?:/|out of|uit|van|من)"
    r"\s*\d+\))?\s*$",
    re.IGNORECASE)

def rating_line(text: str) -> bool:
    """A review's rating line ("Rating: 4 out of 5", "التقييم: 4 من 5")."""
    return bool(_RATING.match(text))


def verdict_heading(text: str) -> bool:
    """A review's pros or cons heading ("Pros", "Nadelen", "العيوب")."""
    return bool(_VERDICT_HEADING.match(text))


def verdict_both_sides(text: str) -> bool:
    """Whether a verdict heading (`verdict_heading`) names the pros and the cons together."""
    return bool(_BOTH_SIDES.match(text))


def verdict_paired(texts: Iterable[str]) -> bool:
    """Whether the verdict headings among `texts` (a page's lines) make a review's verdict: a heading that names both
    sides, or a pros heading and a cons heading. One side alone, however often ("Plus" over each of a Flemish
    paper's premium teasers) or under two names ("Pros", "Plus"), is no verdict. The loss warnings (losses.py) and the
    not-news check (notnews.py) both ask this, so a review reads the same to each."""
    sides = set()
    for text in texts:
        if not verdict_heading(text):
            continue
        if verdict_both_sides(text):
            return True
        sides.add(bool(_PROS_SIDE.match(text)))
    return len(sides) == 2
