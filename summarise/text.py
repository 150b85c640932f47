"""Word-level text helpers shared by the extractive scorer, evidence linking and the faithfulness guard.

Deliberately small and dependency-free (no nltk): lower-cased word tokens, an English stop-word list,
and a light suffix stripper so that "coalition"/"coalitions" or "urge"/"urges"/"urged" count as one term.
"""

from __future__ import annotations

import re
import unicodedata

# letters/digits with inner apostrophes, hyphens, dots or commas in numbers ("U.S.", "2,100", "don't")
_WORD = re.compile(r"[^\W_]+(?:['’.\-,][^\W_]+)*", re.UNICODE)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
#: any digit: a figure in a span (a cut or deletion never takes the only number away; a learned feature counts them)
DIGIT = re.compile(r"\d")
#: a dash between spaces (" - ", " -- ", " – ", " — "): a clause boundary or one end of a parenthetical
SPACED_DASH = re.compile(r"\s(?:--|—|–|-)\s")
#: a scraped list item's bullet glyph ("•", "*", "-", "--", "–", "—"), as a regex alternation: the marker that
#: bullets.clean strips and context.lead_in_items recognises, the numbered markers each adds being their own
LIST_GLYPH = r"[•·▪●◦►*]|-{1,2}|–|—"
#: a sentence opening with a pronoun: as a bullet it does not say who "he" is (extractive scoring, learned features)
PRONOUN_START = re.compile(r"^(?:he|she|it|they|his|her|its|their|this|these|those|him|them)\b", re.IGNORECASE)

# calendar words, for the patterns that recognise a date or a time phrase (bullets.py's cuts, inner.py's deletions)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
#: titles and abbreviations a stop follows inside a sentence ("Mrs. Smith", "St. Louis", "No. 10", "Acme Inc. said")
TITLE_ABBREVIATIONS = frozenset(
    "mrs mr ms dr prof gov sen rep gen col capt sgt lt st jr sr co inc ltd corp no vs etc".split())
#: how a sentence ends: a stop, a question or exclamation mark (Arabic "؟" too), or a closing quotation mark after one;
#: a heading, a caption or a table row ends on none. The readers that take more marks add theirs where they are
#: defined (an ellipsis, a closing bracket), with the reason
SENTENCE_END = (".", "!", "?", "؟", '"', "”", "’", "'", "»")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W*$")


def word_before(text: str, pos: int) -> str:
    """The last Latin word before `pos`, lower case ("" without one), read from a short window: searching all the
    text before every stop made a run of abbreviations ("Mr. Mr. …") quadratic."""
    found = _WORD_BEFORE.search(text, max(0, pos - 40), pos)
    return found.group(1).lower() if found else ""

STOPWORDS = frozenset(
    """
    a about above after again against all almost also although am among an and another any are aren't around as at
    be became because been before being below between both but by can cannot could couldn't did didn't do does doesn't
    doing don't down during each either else even ever every few for from further get gets got had hadn't has hasn't
    have haven't having he he'd he'll he's her here here's hers herself him himself his how how's however i i'd i'll
    i'm i've if in into is isn't it it's its itself just last least less let's like made make many may me might more
    most much must mustn't my myself neither never no nor not now of off often on once one only or other others ought
    our ours ourselves out over own per quite rather really said same say says see seen shall shan't she she'd she'll
    she's should shouldn't since so some such than that that's the their theirs them themselves then there there's
    these they they'd they'll they're they've this those though through thus to too told under until up upon us very
    was wasn't we we'd we'll we're we've were weren't what what's when when's where where's whether which while who
    who's whom whose why why's will with within without won't would wouldn't yet you you'd you'll you're you've your
    yours yourself yourselves mr mrs ms dr also would could new year years time week day told according including
    """.split()
)


def normalise_word(word: str) -> str:
    """Lower-case, fold curly apostrophes, and drop accents so 'Israël' matches 'Israel'."""
    word = word.lower().replace("’", "'")
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    """Surface word tokens (original case), punctuation dropped."""
    return _WORD.findall(text)


def word_count(text: str) -> int:
    return len(words(text))


def stem(word: str) -> str:
    """A light English suffix stripper (not Porter): enough to merge plural/tense variants of news terms."""
    if len(word) <= 4 or not word.isalpha():
        return word
    for suffix, keep in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""), ("ly", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)] + keep
            if suffix in ("es",) and not base.endswith(("s", "x", "z", "ch", "sh")):
                base = word[:-1]  # "urges" -> "urge", not "urg"
            if suffix in ("ing", "ed") and len(base) >= 2 and base[-1] == base[-2] and base[-1] not in "lsz":
                base = base[:-1]  # "stopped" -> "stop"
            return _drop_final_e(base)
    return _drop_final_e(word)


def _drop_final_e(word: str) -> str:
    # "urge"/"urges"/"urged" all become "urg"; "terrorise"/"terrorised" -> "terroris"
    return word[:-1] if len(word) > 4 and word.endswith("e") else word


def content_terms(text: str) -> list[str]:
    """Stemmed, lower-cased non-stop-word tokens, in order (duplicates kept: callers count them)."""
    out = []
    for w in (part for tok in words(text) for part in tok.split("-")):  # "anti-terrorism" also matches "terrorism"
        if not w:
            continue
        n = normalise_word(w)
        if n in STOPWORDS or (len(n) < 2 and not n.isdigit()):
            continue
        out.append(stem(n))
    return out


def numbers(text: str) -> set[str]:
    """Numbers in a text, normalised ("2,100" and "2100" compare equal; "13.5" kept with its decimal)."""
    out = set()
    for m in _NUMBER.findall(text):
        out.add(m.replace(",", "") if re.fullmatch(r"\d{1,3}(,\d{3})+", m) else m)
    return out


def capitalised_names(text: str) -> set[str]:
    """Capitalised words that are not sentence-initial: a cheap proxy for names (people, places, organisations)."""
    names = set()
    for sentence in re.split(r"(?<=[.!?:;])\s+|\n+|^\s*[-•*]\s*", text):
        toks = words(sentence)
        for i, tok in enumerate(toks):
            if i == 0:
                continue  # sentence-initial capitals say nothing about names
            if tok[:1].isupper() and normalise_word(tok) not in STOPWORDS and len(tok) > 1:
                names.add(normalise_word(tok))
    return names
