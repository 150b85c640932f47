"""Per-document language identification with a confidence.

Two steps, because they fail differently:

1. **Script.** Arabic is decided by the share of Arabic-script letters: no
   statistical model is needed, and a few Latin brand names in an Arabic article
   must not change the answer. Persian/Urdu-only letters (پ چ ژ گ ک ی ٹ ے …) keep
   Arabic-script text in those languages from being called Arabic.
2. **Classifier.** Everything else goes to py3langid, whose model ships inside its
   wheel (no download), with probabilities normalised to 0..1. It was chosen over
   lingua by measurement (see BENCHMARKS.md "Language id", `scripts/eval_langid.py`).

3. **Short texts.** On a sentence or a headline py3langid's probability is spread
   over related languages even when the text is clear ("Earthquake of magnitude
   6.1 hits northern Japan, ..." gets en 0.78, "und" by the rule above). Below
   `SHORT_LETTERS` letters its top answer is still accepted for Dutch or English
   when function words confirm it: words from the `stop-words` package's list of
   that language and not of the other (so "de", "in", "is", shared by both, count
   for neither), none of the other's, and either one of them with the top answer
   at 0.5 or more, or two with the top answer at `SHORT_MIN_CONFIDENCE` and at
   least twice the runner-up (the margin). Arabic-script text needs fewer letters
   (`MIN_ARABIC_LETTERS`) when an Arabic function word or a letter Persian and Urdu
   write otherwise (ي ك ة ى) is there. Names, numbers and
   other languages get no such help, so they stay "und"; the rule was set on
   FLORES/NTREX sentences and their first six words (`scripts/eval_langid.py`,
   BENCHMARKS.md "Language id on short texts").

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
#: below this many letters a text is "short" and function words may confirm the classifier's top answer
SHORT_LETTERS = 300
#: the least classifier probability a short text's top answer needs when two function words confirm it
SHORT_MIN_CONFIDENCE = 0.20
#: Arabic-script text this short (a three-word headline) is Arabic when an Arabic function word confirms it
MIN_ARABIC_LETTERS = 8
#: characters of a document that are looked at. py3langid's confidence falls as a text grows (a Dutch article
#: repeated to 1 MB: 0.83, to 3 MB: 0.52, so 'und'), and a few pages say all there is to say about the language.
SAMPLE_CHARS = 20_000

_ARABIC_LETTER = re.compile("[\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc]")
# Letters Arabic writes and Persian/Urdu write otherwise (ي ك for their ی ک; ة ى): script evidence on short text
_ARABIC_ONLY_LETTER = re.compile("[\u0629\u0643\u0649\u064a]")
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
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
    #: what decided it: "script", "classifier", "short-text" (classifier plus function words), or None for "und"
    basis: str | None = None


@functools.lru_cache(maxsize=1)
def _function_words() -> dict[str, frozenset[str]]:
    """Function words that tell Dutch from English, and Arabic's: the `stop-words` package's lists (well kept,
    BSD), each minus the words Dutch and English share (evidence for both is evidence for neither)."""
    from stop_words import get_stop_words

    nl, en = set(get_stop_words("dutch")), set(get_stop_words("english"))
    return {"nl": frozenset(nl - en), "en": frozenset(en - nl), "ar": frozenset(get_stop_words("arabic"))}


def _function_word_counts(text: str) -> dict[str, int]:
    words = [word.lower() for word in _WORD.findall(text)]
    return {code: sum(word in vocabulary for word in words) for code, vocabulary in _function_words().items()}


@functools.lru_cache(maxsize=1)
def _identifier():
    """py3langid's identifier, loaded once per process (see `_model_arrays` for why not its own loader)."""
    import numpy as np
    from py3langid.langid import LanguageIdentifier

    ptc, pc, classes, nextmove, row, output = _model_arrays()
    # the same construction as LanguageIdentifier.from_model_file
    return LanguageIdentifier(np.asarray(ptc), np.asarray(pc), classes, nextmove, output, norm_probs=True,
                              tk_row=row)


def _model_arrays() -> tuple:
    """The model's arrays. py3langid ships them LZMA-compressed (4.6 MB) and unpacks them on every load: 0.4 s
    of every newsbrief start. The unpacked .npz (68 MB) is kept in the user's newsbrief cache folder, named by a
    hash of the packed file's content (15 ms to compute), so every install of the same model shares one copy and
    installs of different models keep one each, instead of rewriting each other's. A missing, corrupt or
    unwritable copy only means the slow path: the identifier is the same either way."""
    from py3langid import modelio
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    from newsbrief.cachedir import user_cache_dir

    packed = MODEL_DIR / MODEL_FILE
    try:
        unpacked = user_cache_dir() / f"langid-{_content_key(packed)}.npz"
    except OSError:
        return modelio.load_model(packed)  # the packed file cannot be read: let py3langid say so
    arrays = _load_unpacked(unpacked)
    if arrays is None:
        _unpack(packed, unpacked)
        arrays = _load_unpacked(unpacked)
    else:
        _touch(unpacked)
    return arrays if arrays is not None else modelio.load_model(packed)


def _content_key(packed) -> str:
    """The first 16 hex digits of the packed model's SHA-256: the same bytes, the same name, wherever installed."""
    import hashlib

    with open(packed, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()[:16]


#: a copy no install has loaded for this long belongs to a py3langid that is gone: its 68 MB are freed
STALE_COPY_DAYS = 30


def _touch(path) -> None:
    """Mark a copy as in use (its time stamp is what `_unpack` judges staleness by); best effort."""
    import os

    try:
        os.utime(path)
    except OSError:
        pass


def _load_unpacked(path):
    import numpy as np
    from py3langid import modelio

    try:
        with np.load(path, allow_pickle=False) as data:  # never unpickles: a planted file cannot run code
            return (data["ptc"], data["pc"], data["classes"].tolist(), modelio._to_array(data["nextmove"]),
                    modelio._to_array(data["nextmove_row"]), data["out_feat"].tolist())
    except Exception:  # noqa: BLE001 - absent (first run) or unreadable in any way: the caller unpacks again
        return None


def _unpack(packed, unpacked) -> None:
    """Write the unpacked model atomically (temp file + rename); give up quietly when the cache is not writable."""
    import lzma
    import os
    import shutil
    import tempfile
    import time

    try:
        unpacked.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=unpacked.parent, prefix=".langid-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as out, lzma.open(packed) as src:
                shutil.copyfileobj(src, out, length=1 << 20)
            os.replace(tmp, unpacked)
            # other models' copies: another install may still use one, so only those unused for a month go
            stale = time.time() - STALE_COPY_DAYS * 86400
            for old in unpacked.parent.glob("langid-*.npz"):
                if old != unpacked and old.stat().st_mtime < stale:
                    old.unlink(missing_ok=True)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    except (OSError, lzma.LZMAError):
        pass


def _letters(text: str) -> int:
    return sum(1 for ch in text if ch.isalpha())


def detect_language(text: str) -> LanguageGuess:
    """Guess the language of a whole document; ``"und"``/unreliable when it cannot be trusted."""
    text = text[:SAMPLE_CHARS]
    letters = _letters(text)
    arabic = len(_ARABIC_LETTER.findall(text))
    share = arabic / letters if letters else 0.0
    if share >= ARABIC_SCRIPT_SHARE and letters >= MIN_ARABIC_LETTERS:
        other = len(_NON_ARABIC_LANG_LETTER.findall(text))
        # a stray Persian letter in a name is fine; a short text needs more: an Arabic-only letter or function word
        if other <= 0.005 * arabic and (letters >= MIN_LETTERS or _ARABIC_ONLY_LETTER.search(text)
                                        or _function_word_counts(text)["ar"]):
            return LanguageGuess("ar", round(share, 4), True, basis="script")
        # Arabic script but Persian/Urdu letters: let the classifier name it, never "ar".
    if letters < MIN_LETTERS:
        return LanguageGuess("und", 0.0, False)

    code, confidence = _identifier().classify(text)
    confidence = float(confidence)
    if share >= ARABIC_SCRIPT_SHARE and code == "ar":
        return LanguageGuess("und", round(confidence, 4), False, candidate="ar")
    if len(code) != 2:
        # py3langid also knows languages without a 639-1 code (e.g. "pcm"); the record promises 639-1.
        return LanguageGuess("und", round(confidence, 4), False, candidate=code)
    if confidence >= MIN_CONFIDENCE:
        return LanguageGuess(code, round(confidence, 4), True, basis="classifier")
    if letters < SHORT_LETTERS and _short_text_confirms(text, code, confidence):
        return LanguageGuess(code, round(confidence, 4), True, basis="short-text")
    return LanguageGuess("und", round(confidence, 4), False, candidate=code)


def _short_text_confirms(text: str, code: str, confidence: float) -> bool:
    """Whether function words confirm the classifier's unsure top answer on a short Dutch or English text."""
    if code not in ("nl", "en"):
        return False
    counts = _function_word_counts(text)
    mine, theirs = counts[code], counts["en" if code == "nl" else "nl"]
    if theirs:
        return False  # words of both: a mixed or unclear text, not ours to settle
    if mine >= 1 and confidence >= 0.5:
        return True
    if mine < 2 or confidence < SHORT_MIN_CONFIDENCE:
        return False
    ranked = _identifier().rank(text)  # only here: ranking all languages costs a fifth more than the top one
    runner_up = float(ranked[1][1]) if len(ranked) > 1 else 0.0
    return confidence >= 2 * runner_up


#: a sentence needs this many letters before its language is judged on its own (a short quote or a name
#: says too little: "Breaking news" inside a Dutch article is still Dutch text to the reader)
SENTENCE_MIN_LETTERS = 40
#: normalised py3langid probability for English at which a sentence of a non-English article is English
SENTENCE_MIN_CONFIDENCE = 0.95
#: at most this share of a sentence's letters in Arabic script for it to count as a Latin-script passage
SENTENCE_MAX_ARABIC_SHARE = 0.2


def sentence_is_english(sentence: str, document_language: str) -> bool:
    """Whether one sentence of a `document_language` article is confidently English on its own (an English
    quote in a Dutch article, an English passage in an Arabic one): long enough to judge and
    classified English with high confidence. Anything less keeps the article's language."""
    if document_language == "en":
        return False
    letters = _letters(sentence)
    if letters < SENTENCE_MIN_LETTERS:
        return False
    if len(_ARABIC_LETTER.findall(sentence)) > SENTENCE_MAX_ARABIC_SHARE * letters:
        return False
    if _function_word_counts(sentence)["en"] < 2:
        # cheap first look (English function words Dutch does not share, the short-text rule's lists): the
        # classifier costs ~0.5 ms a sentence, on every sentence of a run
        return False
    code, confidence = _identifier().classify(sentence)
    return code == "en" and float(confidence) >= SENTENCE_MIN_CONFIDENCE
