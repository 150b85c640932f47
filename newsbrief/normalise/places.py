"""Known places: a line that is nothing but a city's or a country's name ("رام الله", "Den Haag", "New York").

A place of two plain words standing alone between the headline and the date has the shape of a reporter's bare name
("Sanne de Vries" / "12 november 2026"): capitals in a Latin script, two to four words in Arabic. Nothing in the
shape tells them apart, so a gazetteer does: places.txt, built by scripts/build_places.py from CLDR's time zone
cities and country names in en, nl and ar and a short list of capitals and large cities no time zone is named after;
countries.txt, built with it, holds the country names alone.
Such a line is a dateline's place (datelines.known_place_line), never an author.

Lines are compared in the phrase lists' form (phrases.match_key: case, diacritics and alef variants folded), so
"NEW YORK" and "رام اللّه" match too. The file is read once, on first use.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from newsbrief.normalise.phrases import match_key

_FILE = Path(__file__).resolve().parent / "places.txt"
#: the countries' and territories' names among them (built with it)
_COUNTRIES = _FILE.with_name("countries.txt")
#: a place's name has at most this many words ("Capelle aan den IJssel", "المملكة العربية السعودية")
PLACE_MAX_WORDS = 5
#: ... and at most this many characters
PLACE_MAX_CHARS = 40


@functools.cache
def _places() -> frozenset[str]:
    return _names(_FILE)


@functools.cache
def _countries() -> frozenset[str]:
    return _names(_COUNTRIES)


def _names(path: Path) -> frozenset[str]:
    with open(path, encoding="utf-8") as handle:
        return frozenset(key for line in handle if (key := match_key(line)))


def known_country(text: str) -> bool:
    """Whether the whole of `text` is a country's or a territory's name ("Iran", "NETHERLANDS", "مصر"): a place, but
    one a statement speaks for ("Iran: we will not negotiate") as often as a dateline names it."""
    text = text.strip()
    return bool(text) and len(text) <= PLACE_MAX_CHARS and match_key(text) in _countries()


def known_place(text: str) -> bool:
    """Whether the whole of `text` is a known place's name (`places.txt`): "Den Haag", "NEW YORK", "رام الله"; or a
    place and its country or region after one comma, both known and the first no country: "Nairobi, Kenya", "القاهرة،
    مصر" (a government's or an agency's dateline line under the headline writes the place so; "Israel, Iran" is a
    tag list)."""
    text = text.strip()
    if not text or len(text) > 2 * PLACE_MAX_CHARS or len(text.split()) > 2 * PLACE_MAX_WORDS:
        return False
    parts = re.split(r"\s*[,،]\s*", text)
    if len(parts) == 2 and all(parts):
        return all(_one_place(part) for part in parts) and not known_country(parts[0])
    return _one_place(text)


def _one_place(text: str) -> bool:
    if len(text) > PLACE_MAX_CHARS or len(text.split()) > PLACE_MAX_WORDS:
        return False
    return match_key(text) in _places()
