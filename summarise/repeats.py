"""Do two bullets make the same point? A paraphrase-level check that needs no model.

Word overlap alone misses a point said again in other words ("The quake killed 300 people in the north." /
"At least 300 people died when the earthquake hit northern towns."). Each bullet is reduced to its *point
signature*: light-stemmed content terms (summarise.text), with terms that share a long prefix or end in one another
matched ("north"/"northern", "quake"/"earthquake"), plus its numbers and names. Two bullets repeat each other when

* most of the smaller signature is inside the other (`containment`), or
* they share a specific fact (a number other than a bare year, or a name) and a good part of their content
  (a concrete figure or person said twice with the same surroundings is the same point, whatever the verb).

On a live blog one more kind of repeat: an entry that gives a newer figure of what an earlier entry counted ("The
death toll has risen to 95" / "At least 72 people have died"), `updates_figure`: both count the same thing (a
casualty or a count word of COUNTED, which paraphrases share when their other words do not) with different numbers,
about the same place or event (another shared content term). Only there: in a story, two counts of deaths may be two
events.

Used by the extractive selection (summarise/extractive.py) between candidate bullets, and open to any other
summariser that needs the same test.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarise.text import capitalised_names, content_terms, numbers

#: share of the smaller bullet's content found in the other above which it says nothing new
CONTAINMENT = 0.6
#: with a shared number or name, this much shared content already makes it the same point
FACT_CONTAINMENT = 0.34
#: containment alone makes a repeat only with this many related terms in common (or the whole smaller bullet)
MIN_SHARED = 3
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_MIN_AFFIX = 5  # "north"/"northern", "quake"/"earthquake": shorter ones join unrelated words ("car"/"card")


#: what a live blog's entries count again and again, each with the words that say it (lower case, whole words)
COUNTED: dict[str, tuple[str, ...]] = {
    "dead": ("died", "dead", "death", "deaths", "killed", "toll", "fatalities", "lives", "bodies"),
    "injured": ("injured", "injuries", "wounded", "hurt", "hospitalised", "hospitalized"),
    "missing": ("missing", "unaccounted"),
    "arrested": ("arrested", "arrests", "detained"),
    "evacuated": ("evacuated", "evacuation", "displaced", "homeless"),
    "power": ("power", "electricity", "outage", "outages", "blackout"),
}
_COUNT_WORD = {w: key for key, ws in COUNTED.items() for w in ws}


@dataclass(frozen=True)
class Signature:
    terms: frozenset[str]
    facts: frozenset[str]  # numbers (not bare years) and names
    affixes: frozenset[str]  # every start and end (>= 5 letters) of the terms, for the related-term match
    counted: frozenset[str] = frozenset()  # the COUNTED keys the bullet speaks of
    figures: frozenset[str] = frozenset()  # its numbers (not bare years)


def _affixes(term: str) -> set[str]:
    if not term.isalpha() or len(term) <= _MIN_AFFIX:
        return set()
    return {term[:k] for k in range(_MIN_AFFIX, len(term))} | {term[k:] for k in range(1, len(term) - _MIN_AFFIX + 1)}


def signature(text: str) -> Signature:
    figures = {n for n in numbers(text) if not _YEAR.match(n) and n not in {"1", "2", "one"}}
    facts = figures | capitalised_names(text)
    terms = frozenset(content_terms(text))
    counted = {_COUNT_WORD[w] for w in re.findall(r"[a-z]+", text.lower()) if w in _COUNT_WORD}
    return Signature(terms, frozenset(facts), frozenset(a for t in terms for a in _affixes(t)), frozenset(counted),
                     frozenset(figures))


def _related(term: str, affixes: set[str], other: Signature) -> bool:
    """The term is in the other bullet, starts or ends one of its terms, or one of them starts or ends it."""
    return term in other.terms or term in other.affixes or not affixes.isdisjoint(other.terms)


def _shared(a: Signature, b: Signature) -> tuple[int, int]:
    """(terms of the smaller term set with a related term in the other, the smaller set's size)."""
    small, big = (a, b) if len(a.terms) <= len(b.terms) else (b, a)
    return sum(1 for t in small.terms if _related(t, _affixes(t), big)), len(small.terms)


def containment(a: Signature, b: Signature) -> float:
    """Share of the smaller term set that has a related term in the other (1.0: nothing new)."""
    shared, size = _shared(a, b)
    return shared / size if size else 0.0


def same_point(a: Signature, b: Signature) -> bool:
    """True when bullet `b` would repeat the point of bullet `a` (symmetric)."""
    shared, size = _shared(a, b)
    share = shared / size if size else 0.0
    # a short bullet that shares only its nouns and says something new of them is another point: "The council will
    # elect a new mayor in May." shares "mayor" and "council" (2 of 3 terms) with "The mayor resigned …, the council
    # said." and adds what happens next (tester30c D5): containment needs MIN_SHARED terms in common, or all of them
    if share > CONTAINMENT and (shared >= MIN_SHARED or shared == size):
        return True
    return share >= FACT_CONTAINMENT and bool(a.facts & b.facts)


#: each COUNTED thing's words as content terms, once (content_terms reads word by word)
_COUNT_TERMS = {key: frozenset(content_terms(" ".join(words))) for key, words in COUNTED.items()}


def updates_figure(a: Signature, b: Signature) -> bool:
    """On a live blog: does one bullet give a newer figure of what the other counts (same COUNTED thing, other
    numbers, and a content term in common besides the count words: the place or the event)?"""
    if not (a.counted & b.counted) or not a.figures or not b.figures or a.figures & b.figures:
        return False
    count_terms = set().union(*(_COUNT_TERMS[key] for key in a.counted & b.counted))
    return any(_related(t, _affixes(t), b) for t in a.terms - count_terms if not t[:1].isdigit())
