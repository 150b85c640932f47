"""Turning a sentence into a Key Takeaway bullet without changing what it says.

Steps, each conservative (when in doubt the sentence is left as it is):
0. repair unbalanced quotation marks (summarise/quotes.py), first, so the later steps know what is quoted and
   never edit inside a quotation whose opening mark was lost;
1. drop a leading connective ("However,", "In addition,", "Meanwhile,", "But", "And") that only links to the
   previous sentence, which the reader of a bullet list does not see;
2. drop a content-free attribution ("…, he said." / "According to X, …") when what remains is a full statement and
   is not itself a quotation (removing the speaker of a quote would turn an opinion into an assertion);
3. if the sentence is over the word budget, drop non-restrictive asides first ("Wright, who had seven seasons at
   Arsenal, will …"; summarise/asides.py), then cut trailing clauses at clause boundaries (", which …",
   ", while …", " -- …", a second main clause with its own subject: ", and he …") — never inside quotes (double or
   single) or brackets, never at a condition ("if", "unless") that would change the meaning;
4. capitalise the first letter and end with a terminal full stop.
"""

from __future__ import annotations

import re

from summarise.asides import drop_asides
from summarise.quotes import repair_quotes
from summarise.text import word_count

DEFAULT_MAX_WORDS = 20
HARD_MAX_WORDS = 30  # past this, comma-less adverbial clauses may be cut too
MIN_WORDS = 8  # a cut never leaves fewer words than this

_CONNECTIVES = (
    "however", "in addition", "additionally", "meanwhile", "moreover", "furthermore", "also", "but", "and", "so",
    "still", "nevertheless", "nonetheless", "indeed", "in fact", "separately", "instead", "similarly", "likewise",
    "besides", "then", "yet", "thus", "therefore", "consequently", "as a result", "in turn", "at the same time",
    "on the other hand", "by contrast", "in contrast", "for its part", "for his part", "for her part", "in response",
    "of course", "now", "overall", "finally", "first", "second", "third", "lastly", "tragically", "importantly",
)
# longest first, so "in addition" wins over "in"
_CONNECTIVE_RE = re.compile(
    r"^(?:" + "|".join(re.escape(c) for c in sorted(_CONNECTIVES, key=len, reverse=True)) + r")\b\s*,?\s*",
    re.IGNORECASE,
)
# connectives that may stand without a comma ("But only half was allowed…"); the others need one
_BARE_OK = {"but", "and"}  # not "so" ("So far, …"), "also" ("Also known as …"), "still", "yet", "now"

_PRONOUN_SPEAKER = (r"(?:he|she|they|it|we|officials|authorities|police|experts|sources|reports|"
                    r"(?:a|an|the) (?:spokesman|spokeswoman|spokesperson|official|source|statement|report))")
_SPEECH_VERB = r"(?:said|says|added|adds|explained|noted|stated|told reporters|told [A-Z][\w.]*(?: [A-Z][\w.]*)*|continued|reported)"
_WHEN = r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|last week|this week|earlier|later|recently))?"
_TRAILING_ATTRIBUTION = re.compile(
    rf",\s+(?:{_PRONOUN_SPEAKER}\s+{_SPEECH_VERB}|{_SPEECH_VERB}\s+{_PRONOUN_SPEAKER}){_WHEN}\s*([.!?]?)\s*$",
    re.IGNORECASE,
)
_LEADING_ACCORDING = re.compile(r"^according to ([^,\"“”]{2,60}),\s+", re.IGNORECASE)
_TRAILING_ACCORDING = re.compile(r",\s+according to ([^,\"“”]{2,60}?)\s*([.!?]?)\s*$", re.IGNORECASE)

# clause starters after which a trailing clause can be cut without changing what the kept part says
_SAFE_CLAUSE = (
    "which", "who", "whose", "while", "whilst", "as", "after", "amid", "including", "with", "where", "when",
    "but", "although", "though", "following", "according to", "leaving", "making", "saying", "adding",
    "despite", "prompting", "bringing", "taking", "during", "because", "before", "citing", "a move",
    "said", "says", "told",
)
# the same without a comma: only adverbial clauses whose removal leaves the statement true ("was freed after …");
# never relative clauses ("the building where …" is restrictive) nor "as" ("described as a hero")
_BARE_CLAUSE = ("after", "amid", "following", "despite", "while", "because", "before", "during", "citing")
# A second main clause with its own pronoun subject ("… in 1997 and he was powerless …") can go: the first one is
# a complete statement. With a comma past the budget; without one only past HARD_MAX_WORDS, like the adverbials.
_NEXT_MAIN_CLAUSE = ("and he", "and she", "and they", "and it", "and we", "and i",
                     "but he", "but she", "but they", "but it")
_SAFE_CLAUSE = _SAFE_CLAUSE + _NEXT_MAIN_CLAUSE
_BARE_CLAUSE = _BARE_CLAUSE + _NEXT_MAIN_CLAUSE
# ", and" is not a safe cut (it usually ends a list: "Paris, London, and Rome"), nor an appositive
# (", the leader of…"), which often sits between the subject and its verb.
# Relative and prepositional openers can start an embedded clause ("X, which …, is 44 years old"): cutting there is
# only safe when the clause runs to the end of the sentence, i.e. the dropped tail has no further comma.
_EMBEDDABLE = {"which", "who", "whose", "where", "when", "as", "with", "including", "a move", "during", "before"}
# A kept part that starts with one of these and has no comma is an introductory phrase, not a statement.
_INTRODUCTORY = re.compile(
    r"^(?:in|on|at|as|after|before|while|when|although|though|despite|with|following|according|during|since|"
    r"because|if|unless|amid|speaking|for|from|under|by|to|of|once|until|[a-z]+ing)\b",
    re.IGNORECASE,
)
_CLAUSE_BOUNDARY = re.compile(
    r"(?:(?:,|;|\s+--|\s+–|\s+—)\s+(?P<comma>" + "|".join(re.escape(c) for c in _SAFE_CLAUSE) + r")"
    r"|\s+(?P<bare>" + "|".join(re.escape(c) for c in _BARE_CLAUSE) + r"))\b",
    re.IGNORECASE,
)
_QUOTES = "\"“”"
_DASH = re.compile(r"\s(?:-{1,2}|–|—)\s")
_TIME_BEFORE = re.compile(
    r"\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|moments?|time|shortly|soon|just|long|"
    r"immediately|right|only|even|ever|not|and|or|but)\s*$",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
_RELATIVE = re.compile(r",\s+(?:who|which|whose|whom)\b[^,]*$", re.IGNORECASE)
_OPEN_SINGLE_QUOTE = re.compile(r"^\s*['‘]")
_CLOSED_SINGLE_QUOTE = re.compile(r"[.,!?]['’](?:\s|$)")
# single quotes that open (after a space, bracket or colon, before a letter) and close (after a letter or stop, before
# a space, stop or the end): ’ alone is an apostrophe, so only its position tells
_SINGLE_OPENER = re.compile(r"(?:^|(?<=[\s(:]))['‘](?=\w)")
_SINGLE_CLOSER = re.compile(r"(?<=[\w.,!?])['’](?=\s|$|[.,;:!?])")
_TAIL_ATTRIBUTION = re.compile(
    r",\s+(?:[\w.'’-]+\s+){0,5}(?:said|says|added|told [\w ]{1,30}|reported)(?:\s+\w+){0,2}\W*$"
    r"|,\s+according to [^,]{2,60}$",
    re.IGNORECASE,
)
# editorial labels in front of a sentence ("Why this matters: …") are layout, not content
_LABEL = re.compile(
    r"^(?:why (?:this|it) matters|the bottom line|bottom line|context|background|analysis|update|breaking|"
    r"note|editor's note|the big picture|big picture|what's next|what happens next)\s*:\s*(?=\S)",
    re.IGNORECASE,
)


def strip_connective(text: str) -> str:
    m = _CONNECTIVE_RE.match(text)
    if not m:
        return text
    word = m.group(0).rstrip(", ").lower()
    has_comma = "," in m.group(0)
    if not has_comma and word not in _BARE_OK:
        return text  # "Finally the team won" reads fine; "Also known as…" is not a connective
    rest = text[m.end():]
    if word_count(rest) < 4:
        return text
    return rest


def _is_quote(text: str) -> bool:
    stripped = text.strip()
    return stripped[:1] in _QUOTES or stripped[:1] == "'" and stripped.count("'") >= 2


def _balanced(text: str) -> bool:
    """Quotes and brackets are closed (curly quotes paired, straight double quotes even)."""
    if text.count('"') % 2:
        return False
    if text.count("“") != text.count("”"):
        return False
    return text.count("(") == text.count(")") and text.count("[") == text.count("]")


def strip_attribution(text: str) -> str:
    """Drop "…, he said." and "According to X, …" / "…, according to X." when the rest stands alone."""
    m = _TRAILING_ATTRIBUTION.search(text)
    if m:
        rest = text[: m.start()]
        if word_count(rest) >= 5 and not _is_quote(rest) and _balanced(rest):
            text = rest + (m.group(1) or ".")
    m = _LEADING_ACCORDING.match(text)
    if m and not any(ch.isdigit() for ch in m.group(1)):
        rest = text[m.end():]
        if word_count(rest) >= 5 and _balanced(rest):
            text = rest
    m = _TRAILING_ACCORDING.search(text)
    if m and not any(ch.isdigit() for ch in m.group(1)):
        rest = text[: m.start()]
        if word_count(rest) >= 5 and _balanced(rest):
            text = rest + (m.group(2) or ".")
    return text


def trim_clauses(text: str, max_words: int = DEFAULT_MAX_WORDS, min_words: int = MIN_WORDS,
                 hard_max_words: int = HARD_MAX_WORDS) -> str:
    """Cut trailing clauses so the text fits `max_words`, at the last safe boundary that fits.

    If no boundary gives a kept part of `min_words`..`max_words` words, the earliest boundary that still
    shortens the sentence is used only when it keeps at least `min_words`; otherwise the text is returned whole:
    a long but intact bullet is better than a broken one.
    """
    if word_count(text) <= max_words:
        return text
    # a non-restrictive "…, who …," aside goes before any trailing clause: the main statement and its tail are
    # worth more than a side fact about someone already named (CNN/DM: +0.1 on all three ROUGE scores)
    text = drop_asides(text, max_words)
    cut = _cut(text, max_words, min_words, bare=False)
    if word_count(cut) > hard_max_words:
        # comma-less adverbial cuts ("… after the quake") lose more content: only for very long sentences
        cut = _cut(cut, max_words, min_words, bare=True)
    return cut


def _cut(text: str, max_words: int, min_words: int, *, bare: bool, keep_numbers: bool = True) -> str:
    best = None
    for m in _CLAUSE_BOUNDARY.finditer(text):
        if m.group("bare") and not bare:
            continue
        kept = text[: m.start()]
        n = word_count(kept)
        if n < min_words or not _balanced(kept):
            continue
        opener = (m.group("comma") or m.group("bare")).lower()
        tail = _TAIL_ATTRIBUTION.sub("", text[m.end():])  # "…, a spokesman said." ends a clause, not embeds it
        if _DASH.search(m.group(0)) and _DASH.search(tail):
            continue  # " – who are part of the team – were found": a parenthetical, the sentence goes on
        if opener in _EMBEDDABLE and ("," in tail.rstrip(" .!?\"”'") or _DASH.search(tail)):
            continue  # maybe an embedded clause: the main verb could follow it
        if m.group("bare") and _TIME_BEFORE.search(kept):
            continue  # "just a few days after …", "the years before …": the phrase needs its clause
        rel = _RELATIVE.search(kept)
        if rel and word_count(kept[: rel.start()]) <= 5 and "," not in kept[rel.end():]:
            continue  # "The German champions, who host Porto on Tuesday": the subject's verb is in the tail
        if keep_numbers and _DIGIT.search(tail) and not _DIGIT.search(kept):
            continue  # the only figure (a toll, a date, a sum) is in the tail: numbers are what readers check
        if _OPEN_SINGLE_QUOTE.match(text) and not _CLOSED_SINGLE_QUOTE.search(kept):
            continue  # inside a quotation opened with a single quote
        if len(_SINGLE_OPENER.findall(kept)) > len(_SINGLE_CLOSER.findall(kept)):
            continue  # inside a single-quoted quotation opened mid-sentence ("He said: 'It is …")
        if _INTRODUCTORY.match(kept) and "," not in kept:
            continue  # "In a statement released by the ministry" is not a statement
        if n <= max_words:
            best = kept  # later boundaries keep more: remember the last one that fits
        elif best is None:
            best = kept  # nothing fits yet: the shortest intact cut above the budget
            break
    return best if best is not None else text


def finish(text: str) -> str:
    """Capitalise the first letter and make sure the bullet ends with terminal punctuation."""
    text = re.sub(r"\s+", " ", text).strip()
    text = text.strip(" ,;:-–—")
    if not text:
        return text
    if text[0].islower():
        text = text[0].upper() + text[1:]
    # a closing quote or bracket after the final stop is fine: "…peace and security."
    core = text.rstrip(_QUOTES + "»')’")
    if not core.endswith((".", "!", "?")):
        if core != text:  # ends with a quote/bracket: put the stop after it
            text = text + "."
        else:
            text = text.rstrip(".…") + "."
    return text


def to_bullet(sentence: str, max_words: int = DEFAULT_MAX_WORDS) -> str:
    """The full post-processing chain for one extracted sentence."""
    text = re.sub(r"\s+", " ", sentence).strip()
    text = re.sub(r"^(?:[•·▪●◦►*]|-{1,2}|–|—|\d{1,2}[.)](?=\s+[A-Z]))\s+", "", text)  # a scraped list marker
    text = re.sub(r"^\(CNN\)\s*", "", text)  # wire-service datelines carry no content
    text = re.sub(r"^[A-Z][A-Za-z .,]{1,40}\s\((?:CNN|AP|Reuters|AFP)\)\s*[-–—]*\s*", "", text)
    text = _LABEL.sub("", text)
    text, speaker_needed = repair_quotes(text)
    text = strip_connective(text)
    if not speaker_needed:  # the words before "…, she said" were quoted (their opening mark is lost)
        text = strip_attribution(text)
    text = trim_clauses(text, max_words)
    return finish(text)
