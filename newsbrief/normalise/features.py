"""Structural features of each line: what the classifier scores.

Everything here is language-independent shape (length, punctuation, case,
bullets, repetition) plus the phrase categories of `phrases.py`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from newsbrief.normalise.lines import BULLET, TERMINAL, Line
from newsbrief.normalise.phrases import categories_of, match_key

_WORD = re.compile(r"\w+")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")

#: a "prose" line reads like running text: a sentence of some length, or simply long
PROSE_MIN_WORDS_TERMINAL = 6
PROSE_MIN_WORDS = 20


@dataclass
class Features:
    words: int
    chars: int
    terminal: bool       # ends a sentence (. ! ? … ؟), closing quotes/brackets allowed after it
    bullet: bool         # starts with a bullet or "1." list marker
    arabic: bool         # mostly Arabic script (no letter case to look at)
    capitalised: float   # share of words starting upper-case (Latin script)
    prose: bool          # running text
    repeated: int        # how many lines on the page have the same text
    categories: list[str]

    def has(self, category: str) -> bool:
        return category in self.categories


def word_tokens(text: str) -> list[str]:
    return [w for w in _WORD.findall(text) if any(ch.isalpha() for ch in w)]


def line_features(lines: list[Line]) -> list[Features]:
    counts = Counter(match_key(line.text) for line in lines)
    out = []
    for line in lines:
        text = line.text
        words = word_tokens(text)
        n = len(words)
        arabic = len(_ARABIC.findall(text)) > 0.5 * max(1, sum(ch.isalpha() for ch in text))
        latin_words = [w for w in words if w[0].isalpha() and not _ARABIC.match(w)]
        capitalised = (sum(1 for w in latin_words if w[0].isupper()) / len(latin_words)) if latin_words else 0.0
        terminal = bool(TERMINAL.search(text))
        bullet = bool(BULLET.match(text))
        prose = (terminal and n >= PROSE_MIN_WORDS_TERMINAL) or n >= PROSE_MIN_WORDS
        out.append(
            Features(
                words=n,
                chars=len(text),
                terminal=terminal,
                bullet=bullet,
                arabic=arabic,
                capitalised=capitalised,
                prose=prose,
                repeated=counts[match_key(text)],
                categories=categories_of(text, n),
            )
        )
    return out
