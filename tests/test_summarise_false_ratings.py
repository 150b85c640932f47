"""One list of a fact checker's false words a language, for a verdict's rating and a denial (summarise/factcheck.py
FALSE_RATINGS, FALSE_RATINGS_NL, FALSE_RATINGS_AR; summarise/verdicts.py reads them).

The nl and ar words were written twice, in verdicts._RATING and factcheck._DENIAL. Now both read the same lists, so
a word a checker uses is read alike in "Oordeel: onjuist" and "Dat is onjuist.". One union the sharing brings: an ar
rating "غير دقيق" / "غير صحيح" takes "جزئيا" ("partly") after it as the other ar false words did ("مضلل جزئيا").
"""

from __future__ import annotations

import re

import pytest

from summarise.factcheck import FALSE_RATINGS, FALSE_RATINGS_AR, FALSE_RATINGS_NL, is_denial
from summarise.verdicts import is_verdict


@pytest.mark.parametrize("word", FALSE_RATINGS_NL.split("|"))
def test_every_nl_false_word_is_a_rating_and_a_denial(word):
    assert is_verdict(f"Oordeel: {word}")
    assert is_denial(f"Dat is {word}.")


@pytest.mark.parametrize("word", ["غير صحيح", "غير دقيقة", "مضلل", "زائفة", "كاذب", "خاطئة"])
def test_every_ar_false_word_is_a_rating_and_a_denial(word):
    assert re.fullmatch(FALSE_RATINGS_AR, word)
    assert is_verdict(f"الحكم: {word}")
    assert is_denial(f"هذا {word}.")


@pytest.mark.parametrize("word", FALSE_RATINGS.split("|"))
def test_every_en_false_word_is_a_rating_and_a_denial(word):
    assert is_verdict(f"OUR VERDICT: {word.upper()}")
    assert is_denial(f"That is {word}.")


@pytest.mark.parametrize("line", ["الحكم: غير دقيق جزئيا", "التقييم: غير صحيحة جزئياً"])
def test_an_ar_partly_inaccurate_rating(line):
    # main: "جزئيا" followed only the other ar false words ("مضلل جزئيا"), not "غير دقيق" / "غير صحيح"
    assert is_verdict(line)


@pytest.mark.parametrize("line", ["Oordeel: waar", "Rating: true", "الحكم: صحيح جزئيا", "الحكم: مضلل جزئيا"])
def test_guard_other_ratings_stay(line):
    assert is_verdict(line)


@pytest.mark.parametrize("line", ["Verdict: guilty", "Oordeel: de gemeente moet betalen", "الحكم: السجن خمس سنوات",
                                  "Dat is onjuist gebleken in de rechtszaak van vorig jaar, zei de rechter gisteren "
                                  "tegen de verdachte en zijn advocaat. Meer volgt."])
def test_guard_no_rating_no_denial(line):
    assert not is_verdict(line)
    assert not is_denial(line)
