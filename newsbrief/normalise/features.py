"""Structural features of each line: what the classifier scores.

Everything here is language-independent shape (length, punctuation, case,
bullets, repetition) plus the phrase categories of `phrases.py`.
"""

from __future__ import annotations

import functools
import re
from operator import itemgetter
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from newsbrief.normalise.consent import consent_lines
from newsbrief.normalise.lines import BULLET, TERMINAL, Line
from newsbrief.normalise.phrases import CATEGORIES, KEY_CACHE_MAX_CHARS, match_key, phrase_matches

_WORD = re.compile(r"\w+")
#: a \w+ run with a non-digit, non-"_" word character in it, matched from the run's start only (the lookbehind), so a
#: long run of digits is scanned once, not once per start
_LETTERED = re.compile(r"(?<!\w)\w*[^\W\d_]\w*")
#: the character `_LETTERED` needs: a line without one (a row of numbers, "1 1 1 …", "٣ ٪ ٣ ٪ …") has no lettered word,
#: which one C scan tells (a findall visits each of its 500k digit runs per MB)
_LETTER = re.compile(r"[^\W\d_]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
_NOT_ARABIC = re.compile("[^\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]+")
#: the UTF-8 forms `arabic_count` leaves out that share a lead with counted ones: U+0740..074F (Syriac, lead DD as the
#: Arabic Supplement's U+0750..077F) and U+0880..089F (lead E0 A2 as U+08A0..08BF)
_SYRIAC_TAIL = tuple(bytes([0xDD, c]) for c in range(0x80, 0x90))
_BEFORE_EXTENDED_A = tuple(bytes([0xE0, 0xA2, c]) for c in range(0x80, 0xA0))
_NOT_LETTER = re.compile(r"[\W\d_]+")
#: a clock time ("7:56 am", "18:42"): what a comment's stamp line ("Posted by Lori … at 9:07 am") holds
CLOCK = re.compile(r"(?<!\d)\d{1,2}:\d\d(?!\d)")

#: a "prose" line reads like running text: a sentence of some length, or simply long
PROSE_MIN_WORDS_TERMINAL = 6
PROSE_MIN_WORDS = 20
#: a story's subheading (or a one-line quote kept in the body) has at most this many words
SUBHEADING_MAX_WORDS = 12


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
    #: those of `categories` that only a topic word matched ("cookie" in a headline: phrases.py ``mentions``)
    mentions: tuple[str, ...] = ()

    def has(self, category: str) -> bool:
        return category in self.categories

    @property
    def subheading_like(self) -> bool:
        """A subheading's shape: a short line, no running text, no bullet, in no phrase category (whether a sentence
        end rules it out is the caller's: a question may be a subheading)."""
        return 1 <= self.words <= SUBHEADING_MAX_WORDS and not self.prose and not self.bullet and not self.categories

    def without_mentions(self) -> "Features":
        """The same line judged by its widget phrases alone (a headline about cookies is no cookie banner)."""
        return replace(self, categories=[c for c in self.categories if c not in self.mentions], mentions=())

    @property
    def headline_like(self) -> bool:
        """A headline's shape: a short line, no sentence end, no bullet, in no phrase category."""
        return 3 <= self.words <= 20 and not self.terminal and not self.categories and not self.bullet


def prose_run(indices: Iterable[int], is_prose: Callable[[int], bool]) -> list[int]:
    """The prose lines (`is_prose`) of the run that starts at the first of `indices`, taken in the order given: a
    story goes on paragraph after paragraph with at most one other line between two of them (a widget's label, a
    caption), while a teaser list alternates one sentence with headline, author and date lines. The run ends at the
    second other line in a row."""
    run: list[int] = []
    misses = 0
    for k in indices:
        if is_prose(k):
            run.append(k)
            misses = 0
        else:
            misses += 1
            if misses > 1:
                break
    return run


def word_tokens(text: str) -> list[str]:
    """The \\w+ tokens of `text` that hold a letter (`isalpha` first: most words are all letters, and a
    per-character loop over every word costs 0.4 s on a 1 MB line). A line up to `KEY_CACHE_MAX_CHARS` long keeps
    its tokens in a cache: the features, the model's rows, the glued-widget, label and date tests each tokenise the
    same line (six times a line on a page). A longer line is kept alone, the last one only (`_long_tokens`): the
    features, the model's row and the story vocabulary read it in turn (0.06 s a time on a 1 MB line), and
    `normalise_text` lets it go when the page is done (`forget_long_tokens`), so no cache holds megabytes after a page.
    A fresh list each call: a caller may change its own."""
    if len(text) <= KEY_CACHE_MAX_CHARS:
        return list(_cached_tokens(text))
    global _long_tokens
    if _long_tokens is None or _long_tokens[0] != text:  # (the same str object: `!=` answers at once)
        _long_tokens = (text, tuple(_tokens(text)))
    return list(_long_tokens[1])


#: the last line over KEY_CACHE_MAX_CHARS that `word_tokens` tokenised, with its tokens
_long_tokens: tuple[str, tuple[str, ...]] | None = None


def forget_long_tokens() -> None:
    """Let go of the long line `word_tokens` keeps (called when a page is done: its tokens can be 100 MB)."""
    global _long_tokens
    _long_tokens = None


def _tokens(text: str) -> list[str]:
    # (`_LETTERED` finds only the \w+ runs that hold a letter-like character, in C: a line of numbers, "1 1 1 …" or
    # "-1-1-1…", has 500k digit words per MB, and a Python test per word cost 3 s; the test stays for what it keeps,
    # as "\w" letters that are not `isalpha` — "²", "½" — would otherwise pass. A line of no letter at all is told by
    # one scan; and where every token is all letters, as in most prose, one C test of them joined stands for the test
    # per word)
    if not _LETTER.search(text):
        return []
    words = _LETTERED.findall(text)
    if "".join(words).isalpha():
        return words
    return [w for w in words if w.isalpha() or any(ch.isalpha() for ch in w)]


_cached_tokens = functools.lru_cache(maxsize=8192)(lambda text: tuple(_tokens(text)))


def arabic_count(text: str) -> int:
    """How many characters of `text` are in the Arabic blocks (`_ARABIC`: U+0600..06FF, U+0750..077F, U+08A0..08FF),
    counted on its UTF-8 bytes: each of those characters has its own lead bytes (D8..DB; DD; E0 A2/A3) and the
    counts are C scans. Removing the other characters with a regex, as before, cost 0.08 s on a 1 MB line of
    Arabic figures and signs ("٣ ٪ ٣ ٪ …": 500k runs between them); the same count (every code point checked,
    tests/test_linear_stop35_long_line.py). A line up to KEY_CACHE_MAX_CHARS long is counted by the regex still, which
    is quicker on short lines (an encode and six counts cost 5 µs), and an ASCII line has none (`isascii` is free)."""
    if text.isascii():
        return 0
    if len(text) <= KEY_CACHE_MAX_CHARS:
        return len(_NOT_ARABIC.sub("", text))
    data = text.encode("utf-8", "surrogatepass")  # (a lone surrogate, as a lossy decode may leave, has 3 bytes from ED)
    n = data.count(b"\xd8") + data.count(b"\xd9") + data.count(b"\xda") + data.count(b"\xdb")
    if b"\xdd" in data:
        n += data.count(b"\xdd") - sum(map(data.count, _SYRIAC_TAIL))
    if b"\xe0\xa2" in data or b"\xe0\xa3" in data:
        n += data.count(b"\xe0\xa3") + data.count(b"\xe0\xa2") - sum(map(data.count, _BEFORE_EXTENDED_A))
    return n


def _letter_count(text: str) -> int:
    """How many characters of `text` are letters (`str.isalpha`), counted in C: a per-character Python
    loop costs 0.5 s on a 1 MB line. The regex keeps every word character but digits and "_"; the rare
    other numerals it keeps ("¹", "½") are sorted out by the slow count on what is left."""
    kept = _NOT_LETTER.sub("", text)
    return len(kept) if kept.isalpha() or not kept else sum(ch.isalpha() for ch in kept)


def _headline_behind_label(text: str) -> bool:
    """metadata.headline_behind_label (imported here: metadata reads this module's Features)."""
    from newsbrief.normalise.metadata import headline_behind_label
    return headline_behind_label(text)


def _bare_credit(text: str) -> bool:
    """metadata.bare_credit_names found names (imported here, as above)."""
    from newsbrief.normalise.metadata import bare_credit_names
    return bare_credit_names(text) is not None


def _capitalised(words: list[str]) -> float:
    """The share of the Latin-script words (a letter first, not an Arabic one) that start with a capital. Read from
    the words' first letters as one string, with C-level filters: a per-word Python loop cost 0.2 s on a 1 MB line."""
    heads = "".join(filter(str.isalpha, _ARABIC.sub("", "".join(map(itemgetter(0), words)))))
    return sum(map(str.isupper, heads)) / len(heads) if heads else 0.0


def _closing_initial_only(text: str) -> bool:
    """metadata.closing_initial_only (imported here, as above)."""
    from newsbrief.normalise.metadata import closing_initial_only
    return closing_initial_only(text)


def line_features(lines: list[Line]) -> list[Features]:
    keys = [match_key(line.text) for line in lines]
    counts = Counter(keys)
    out = []
    for line, key in zip(lines, keys):
        text = line.text
        words = word_tokens(text)
        n = len(words)
        arabic_chars = arabic_count(text)
        # (more than half the line Arabic is more than half its letters: the letters are not counted, 0.06 s a MB)
        arabic = arabic_chars > 0 and (2 * arabic_chars > len(text) or arabic_chars > 0.5 * max(1, _letter_count(text)))
        capitalised = _capitalised(words)
        terminal = bool(TERMINAL.search(text))
        bullet = bool(BULLET.match(text))
        categories, mentions = phrase_matches(text, n)
        if "byline" in categories and _headline_behind_label(text):
            # "By the Numbers: 10,000 runners", "Door storing geen treinen …": a headline, not a byline
            categories = [c for c in categories if c != "byline"]
        elif terminal and "byline" in categories and _closing_initial_only(text):
            # "By Wanjiru M.", "By Wanjiru M. and Otieno K.": the dot is the last name's initial's, no sentence's end
            # (read as one, the byline rule passed the line over and a long one started the body as prose)
            terminal = False
        elif not categories and _bare_credit(text):
            # "Tekst Lotte Bakker en Joris van Dam": a longread's byline without its colon (a case-blind phrase
            # list cannot tell the label from "tekst van de wet")
            categories = ["byline"]
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
                repeated=counts[key],
                categories=categories,
                mentions=tuple(mentions),
            )
        )
    # a cookie-consent dialog's paragraphs and buttons (consent.py): cookie notices, as its short lines already are
    dialog = consent_lines(lines, [f.words for f in out], [f.terminal for f in out], [f.categories for f in out],
                           [f.mentions for f in out], keys)
    for i in sorted(dialog):
        f = out[i]
        cats = f.categories if "cookie" in f.categories else [c for c in CATEGORIES if c in f.categories or c == "cookie"]
        out[i] = replace(f, categories=cats, mentions=tuple(m for m in f.mentions if m != "cookie"))
    return out
