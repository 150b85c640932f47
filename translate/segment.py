"""Sentence splitting and clause chunking — the "never lose text" part of segmentation.

`split_sentences` uses pysbd (rule-based, multilingual, kept up to date) and then repairs what it lacks for
our languages: Dutch abbreviations (dhr., mevr., o.a., jan., ...) that pysbd splits after, and Arabic, where
؟ ends a sentence and the Arabic comma ، does not. The pieces are cut from the original string at offsets,
so ``"".join(split_sentences(t, lang)) == t`` always holds.

`chunk_sentence` cuts a sentence that is longer than the model's input limit at clause boundaries (commas,
semicolons, colons, Arabic ، ؛, dashes), falling back to whitespace token windows; again the pieces join
back to the input exactly.
"""

from __future__ import annotations

import re
from typing import Callable

from translate import sbd

# Abbreviations after which pysbd (or our own rules) must not end a Dutch sentence. Lower-case, with dots.
DUTCH_ABBREVIATIONS = frozenset(
    """dhr. mevr. mr. mw. dr. drs. ir. ing. prof. ds. st. o.a. a.d.h.v. m.b.t. i.v.m. t.a.v. t.o.v. m.a.w.
    z.g. zgn. d.w.z. bijv. bv. b.v. enz. etc. e.d. e.a. resp. ca. vs. nr. blz. p. pag. jl. j.l. a.s. evt.
    incl. excl. excl. max. min. gem. tel. vgl. zie. dgl. c.q. i.p.v. n.a.v. o.l.v. v.d. m.i.v. t.b.v.
    jan. feb. febr. mrt. apr. jun. jul. aug. sep. sept. okt. nov. dec.
    ma. di. wo. do. vr. za. zo. n.v. b.v. bv. nv. u.a. kon. gen. lt. kol. maj.""".split()
)
# Languages pysbd knows; anything else is split with the English rules (sensible for Latin punctuation).
_PYSBD_LANGS = frozenset(
    "en hi mr zh es am ar hy bg ur ru pl fa nl da fr my el it ja de kk sk".split()
)
_ARABIC_SCRIPT = {"ar", "fa", "ur"}
# Sentence ends pysbd may miss in Arabic-script text: ؟ (Arabic question mark), ۔ (Urdu full stop), !, .
# compiled here, not through re's 512-entry cache, which pysbd's patterns would evict
_INITIAL = re.compile(r"[a-z]\.")
_WHITESPACE = re.compile(r"\s+")
_ARABIC_END = re.compile(r"(?<=[؟۔!])\s+|(?<=[^\d\s]\.)\s+(?=\S)")


def _segmenter(language: str):
    return sbd.segmenter(language if language in _PYSBD_LANGS else "en")


def _offsets(text: str, segments: list[str]) -> list[int]:
    """Start offsets in `text` of the segments pysbd returned (it may alter whitespace; we never trust it)."""
    starts = [0]
    pos = 0
    for seg in segments:
        core = seg.strip()
        if not core:
            continue
        found = text.find(core, pos)
        if found < 0:  # pysbd changed the text: drop this boundary rather than lose characters
            continue
        if found > 0 and found != starts[-1]:
            starts.append(found)
        pos = found + len(core)
    return starts


#: pysbd's abbreviation pass is quadratic in the abbreviations of one text (50 000 characters of "dhr. " took
#: 15 s; a 10 MB paragraph would take hours), so a longer text goes to pysbd in windows of this many
#: characters: each window keeps the sentences pysbd found in it except the last (which may run on past the
#: window), and the next window starts there. A window with no sentence end is cut at its last whitespace
#: and the sentence continues into the next one. The pieces still join back to the text.
_WINDOW_CHARS = 3000


def _segment(text: str, language: str) -> list[str]:
    """pysbd's sentences as pieces of `text` (joining back to it), window by window for long texts."""
    segmenter = _segmenter(language)
    groups: list[list[str]] = []
    start, continues = 0, False
    while start < len(text):
        window = text[start:start + _WINDOW_CHARS]
        pieces = _pieces(window, _offsets(window, sbd.sentences(segmenter, window)))
        next_continues = False
        if start + len(window) < len(text):  # not the last window
            if len(pieces) > 1:
                pieces.pop()  # may be cut short by the window: the next window starts with it
            else:
                cuts = [m.end() for m in _WHITESPACE.finditer(window)]
                pieces = [window[:cuts[-1]] if cuts else window]  # no whitespace at all: a hard cut
                next_continues = True
        advance = sum(map(len, pieces))
        if continues and groups and pieces:
            groups[-1].append(pieces.pop(0))  # the sentence cut at the previous window's end goes on
        groups.extend([piece] for piece in pieces)
        start, continues = start + advance, next_continues
    return ["".join(group) for group in groups]


def _pieces(text: str, starts: list[int]) -> list[str]:
    bounds = sorted(set(starts)) + [len(text)]
    return [text[a:b] for a, b in zip(bounds, bounds[1:]) if b > a]


def _ends_with_abbreviation(piece: str) -> bool:
    words = piece[-_TAIL:].rstrip().split()  # the end only: `piece` may be a long merged run
    if not words:
        return False
    last = words[-1].lower().lstrip("(\"'“‘")
    if last in DUTCH_ABBREVIATIONS:
        return True
    # single initials ("J. de Vries") are never sentence ends
    return bool(_INITIAL.fullmatch(last))


#: how much of the end of a merged piece the keep-together rules look at (they only test its last word or
#: character); passing the whole growing piece and concatenating as we go was quadratic in the merges
_TAIL = 200


def _merge(pieces: list[str], keep_together: Callable[[str, str], bool]) -> list[str]:
    groups: list[list[str]] = []
    tail = ""
    for piece in pieces:
        if groups and keep_together(tail, piece):
            groups[-1].append(piece)
            tail = (tail + piece)[-_TAIL:]
        else:
            groups.append([piece])
            tail = piece[-_TAIL:]
    return ["".join(group) for group in groups]


def split_sentences(text: str, language: str) -> list[str]:
    """Split `text` into sentences; the pieces keep their trailing whitespace and join back to `text`."""
    if not text:
        return []
    if not text.strip():
        return [text]
    pieces = _segment(text, language)
    if language == "nl":
        pieces = _merge(pieces, lambda prev, nxt: _ends_with_abbreviation(prev))
    if language in _ARABIC_SCRIPT:
        # ، and ؛ continue a sentence: pysbd sometimes ends one there
        pieces = _merge(pieces, lambda prev, nxt: prev.rstrip().endswith(("،", "؛", ",")))
        # ... and ؟ ends one, even when pysbd missed it
        split: list[str] = []
        for piece in pieces:
            starts = [0] + [m.end() for m in _ARABIC_END.finditer(piece) if m.end() < len(piece)]
            split.extend(_pieces(piece, starts))
        pieces = split
    # a piece of only whitespace belongs to the sentence before it (leading whitespace: to the first one)
    pieces = _merge(pieces, lambda prev, nxt: not nxt.strip())
    if len(pieces) > 1 and not pieces[0].strip():
        pieces[1] = pieces[0] + pieces[1]
        del pieces[0]
    return pieces


def paragraph_sentences(paragraphs: list[str], language: str) -> list[tuple[int, str]]:
    """(paragraph index, sentence) for every non-empty sentence, stripped, in reading order: the alignment
    unit of the record's `sentences`."""
    return [(p, piece.strip())
            for p, paragraph in enumerate(paragraphs)
            for piece in split_sentences(paragraph, language)
            if piece.strip()]


# --- clause chunking ----------------------------------------------------------------------------

# Clause boundaries, strongest first: a cut is made *after* the match, so punctuation stays with its clause.
_CLAUSE_BOUNDARIES = (
    re.compile(r"[;؛:]\s+"),
    re.compile(r"\s[—–-]{1,2}\s+"),
    re.compile(r"(?<!\d)[,،](?!\d)\s*"),
)


def whitespace_tokens(text: str) -> int:
    """Crude token count (words) used when no tokenizer is at hand."""
    return len(text.split())


def chunk_sentence(sentence: str, max_tokens: int, count: Callable[[str], int] = whitespace_tokens) -> list[str]:
    """Cut `sentence` into pieces of at most `max_tokens` (by `count`) at clause boundaries.

    Tries semicolons/colons, then dashes, then commas; a clause still too long is cut into word windows,
    and a single word longer than the limit (a URL, a long number) into character windows. The pieces
    join back to `sentence` exactly.
    """
    if max_tokens < 1:
        raise ValueError("max_tokens must be >= 1")
    if count(sentence) <= max_tokens:
        return [sentence]
    return _chunk(sentence, max_tokens, count, 0)


def _chunk(text: str, max_tokens: int, count: Callable[[str], int], level: int) -> list[str]:
    if count(text) <= max_tokens:
        return [text]
    if level >= len(_CLAUSE_BOUNDARIES):
        return _word_windows(text, max_tokens, count)
    cuts = [m.end() for m in _CLAUSE_BOUNDARIES[level].finditer(text) if 0 < m.end() < len(text)]
    if not cuts:
        return _chunk(text, max_tokens, count, level + 1)
    clauses = _pieces(text, [0] + cuts)
    # greedily pack consecutive clauses while they fit, so pieces are as long as allowed (more context)
    out: list[str] = []
    for clause in clauses:
        if out and count(out[-1] + clause) <= max_tokens:
            out[-1] += clause
        else:
            out.append(clause)
    result: list[str] = []
    for piece in out:
        result.extend(_chunk(piece, max_tokens, count, level + 1) if count(piece) > max_tokens else [piece])
    return result


def _word_windows(text: str, max_tokens: int, count: Callable[[str], int]) -> list[str]:
    """Last resort: consecutive word windows that fit (each keeps its trailing whitespace)."""
    words = re.findall(r"\S+\s*", text)
    lead = text[: len(text) - len(text.lstrip())]
    out: list[str] = []
    for word in words:
        if out and count(out[-1] + word) <= max_tokens:
            out[-1] += word
        elif count(word) > max_tokens:
            out.extend(_char_windows(word, max_tokens, count))
        else:
            out.append(word)
    if out:
        out[0] = lead + out[0]
    return out or [text]


def _char_windows(word: str, max_tokens: int, count: Callable[[str], int]) -> list[str]:
    """A single "word" longer than the limit (a URL, a run of digits): the longest prefixes that fit."""
    out = []
    while word:
        low, high = 1, len(word)
        while low < high:  # longest prefix within the limit (at least one character: always progress)
            mid = (low + high + 1) // 2
            if count(word[:mid]) <= max_tokens:
                low = mid
            else:
                high = mid - 1
        out.append(word[:low])
        word = word[low:]
    return out
