"""Per-document language identification with a confidence.

Two steps, because they fail differently:

1. **Script.** Arabic is decided by the share of Arabic-script letters: no
   statistical model is needed, and a few Latin brand names in an Arabic article
   must not change the answer. Persian/Urdu-only letters (پ چ ژ گ ک ی ٹ ے …) keep
   Arabic-script text in those languages from being called Arabic.
2. **Classifier.** Everything else goes to py3langid, whose model ships inside its
   wheel (no download), with probabilities normalised to 0..1. It was chosen over
   lingua by measurement (see BENCHMARKS.md "Language id", `scripts/eval_langid.py`).

Anything too short or not confidently classified is ``"und"`` with
``reliable=False``; the caller turns that into a warning. There is no silent
default to English.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

#: fewer letters than this and no identifier is trustworthy (a headline at best)
MIN_LETTERS = 20
#: normalised py3langid probability below which the answer is "und"
MIN_CONFIDENCE = 0.80
#: share of letters in Arabic script at which a document counts as Arabic-script
ARABIC_SCRIPT_SHARE = 0.60
#: characters of a document that are looked at. py3langid's confidence falls as a text grows (a Dutch article
#: repeated to 1 MB: 0.83, to 3 MB: 0.52, so 'und'), and a few pages say all there is to say about the language.
SAMPLE_CHARS = 20_000

_ARABIC_LETTER = re.compile("[\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc]")
# Letters used by Persian/Urdu/Pashto but not by Arabic.
_NON_ARABIC_LANG_LETTER = re.compile("[\u067e\u0686\u0698\u06af\u06a9\u06cc\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2]")


@dataclass(frozen=True)
class LanguageGuess:
    """The language of a document: ISO 639-1 code ("und" if unknown), 0..1 confidence, reliability."""

    code: str
    confidence: float
    reliable: bool
    #: the identifier's top answer when it was refused for low confidence (for a "best guess" warning)
    candidate: str | None = None


@functools.lru_cache(maxsize=1)
def _identifier():
    # Imported and loaded lazily, once per process: loading the model takes about a second.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _letters(text: str) -> int:
    return sum(1 for ch in text if ch.isalpha())


def detect_language(text: str) -> LanguageGuess:
    """Guess the language of a whole document; ``"und"``/unreliable when it cannot be trusted."""
    text = text[:SAMPLE_CHARS]
    letters = _letters(text)
    if letters < MIN_LETTERS:
        return LanguageGuess("und", 0.0, False)

    arabic = len(_ARABIC_LETTER.findall(text))
    share = arabic / letters
    if share >= ARABIC_SCRIPT_SHARE:
        other = len(_NON_ARABIC_LANG_LETTER.findall(text))
        if other <= 0.005 * arabic:  # a stray Persian letter in a name is fine
            return LanguageGuess("ar", round(share, 4), True)
        # Arabic script but Persian/Urdu letters: let the classifier name it, never "ar".

    code, confidence = _identifier().classify(text)
    confidence = float(confidence)
    if share >= ARABIC_SCRIPT_SHARE and code == "ar":
        return LanguageGuess("und", round(confidence, 4), False, candidate="ar")
    if confidence < MIN_CONFIDENCE or len(code) != 2:
        # py3langid also knows languages without a 639-1 code (e.g. "pcm"); the record promises 639-1.
        return LanguageGuess("und", round(confidence, 4), False, candidate=code)
    return LanguageGuess(code, round(confidence, 4), True)
