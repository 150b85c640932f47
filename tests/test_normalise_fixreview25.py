"""The stop-25 review of the merge int10, findings 1, 5, 7 and 9 (helper fixA1). Every page and line here is written
for the tests.

1. a podcast's credit sentence alone took a story's sentence about a series, a show or a book ("The series was
   produced by Left Bank Pictures and Sky Studios.", "Listen to the full interview on Spotify …"): one sentence alone
   is a credit only when it names this episode or podcast, and a listen/follow call only when it is about the
   podcast itself (phrases misc, en/nl/ar).
5. the Arabic credits pattern held one alternative twice inside its {1,6} repeat (2^6 ways to match a chain).
7. a transcript written with a tab after each speaker label ("REPORTER:\\tWhy …?") was read as a table.
9. a one-paragraph brief's long credited photo caption was taken for a photo page's text."""

from __future__ import annotations

import time

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.phrases import categories_of, phrase_sets


def _cpu(run, text: str) -> float:
    start = time.process_time()
    run(text)
    return time.process_time() - start


def _all_patterns():
    return [p for s in phrase_sets().values() for p in (s.anchored, s.regex) if p is not None]


# --- finding 5: the Arabic credits chain ---------------------------------------------------------------------------

def _ar_chain(n: int) -> str:
    # n credits of 55 letters each, none closing the chain: every way of splitting it is tried before it fails
    return ("من إنتاج " + "ب" * 55 + ". ") * n + "من إنتاج " + "ب" * 70


def test_the_arabic_credits_chain_is_not_exponential_in_its_sentences():
    patterns = _all_patterns()

    def run(text):
        for p in patterns:
            p.match(text)
            p.search(text)
    run(_ar_chain(1))
    six = min(_cpu(run, _ar_chain(6)) for _ in range(3))
    assert six < 0.05, six  # int10: about a second (2^6 paths for each of the six credits)
    one = min(_cpu(run, _ar_chain(1)) for _ in range(3))
    assert six < max(one, 1e-3) * 12, (one, six)


def test_an_arabic_credits_paragraph_is_still_misc():
    line = "من إنتاج سامي الحداد. موسيقى: استوديو النور. أرسلوا أسئلتكم إلى podcast@example.com."
    assert "misc" in categories_of(line, len(line.split()))
