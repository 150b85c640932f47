"""A category's anchored regex phrases ("^…"), tried on a line only where its first character can start them.

The phrase lists hold about 500 regex phrases that match at a line's start, 300 of them misc's; every line of a
page is tried against each category's set. As one alternation, every phrase is entered for every line (about 0.6 µs
each, most of them to fail on their first letter, some after a 200-character lookahead), which made misc's set the
single largest cost of cleaning a page. `FirstCharIndex` reads, from each phrase's parsed form, the characters its
match can start with (the first thing it consumes, past "^", lookarounds and optional parts), and tries on a line only
the phrases whose start admits the line's first character, in the lists' order: the same first match as the
alternation's (a phrase left out cannot match there at all), at a fraction of the cost.

The start of a phrase is kept as a one-character pattern compiled with the phrase's own flags, so the engine itself
says whether a character can start it (case folding, \\w, \\d and negated classes as the phrase reads them); a phrase
whose start cannot be read so (".", a group with its own flags, a back reference, a phrase that can match an empty
line) is tried on every line."""

from __future__ import annotations

import re
from bisect import bisect_right

try:  # re's own parser and its opcodes (private modules of Python 3.11-3.13): read, never relied on
    from re import _constants as _sre_constants
    from re import _parser as _sre_parser

    _ZERO_WIDTH = (_sre_constants.AT, _sre_constants.ASSERT, _sre_constants.ASSERT_NOT)
    _REPEATS = (_sre_constants.MAX_REPEAT, _sre_constants.MIN_REPEAT, _sre_constants.POSSESSIVE_REPEAT)
    _CATEGORY_TEXT = {
        _sre_constants.CATEGORY_DIGIT: r"\d", _sre_constants.CATEGORY_NOT_DIGIT: r"\D",
        _sre_constants.CATEGORY_SPACE: r"\s", _sre_constants.CATEGORY_NOT_SPACE: r"\S",
        _sre_constants.CATEGORY_WORD: r"\w", _sre_constants.CATEGORY_NOT_WORD: r"\W",
    }
except (ImportError, AttributeError):  # a Python whose re lays its parser out otherwise: every phrase on every line
    _sre_parser = None


class _Unreadable(Exception):
    """A phrase's start that `start_pattern` does not read: the phrase is tried on every line."""


def start_pattern(pattern: str, flags: int) -> str | None:
    """A pattern of one character that every character a match of `pattern` can start with matches (with the same
    flags), as an alternation of the phrase's possible first items ("t|\\d|[^.!?]"); None where it cannot be read or
    the phrase can match an empty text (then any line may match it)."""
    if _sre_parser is None:
        return None  # no parser to read the start with: the phrase is tried on every line (the same answers, slower)
    parsed = _sre_parser.parse(pattern, flags)
    if parsed.state.flags != _sre_parser.parse("", flags).state.flags:
        return None  # a global inline flag ("(?x)"): the one-character pattern would not read with it
    try:
        atoms, nullable = _first_atoms(parsed)
    except _Unreadable:
        return None
    return None if nullable or not atoms else "|".join(atoms)


def _first_atoms(items) -> tuple[list[str], bool]:
    """The one-character patterns a sequence's match can start with, and whether it can match an empty text."""
    atoms: list[str] = []
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # "^", "\b", a lookaround: consumes nothing, so the next item reads the first character
        found, nullable = _item_atoms(op, av)
        atoms += found
        if not nullable:
            return atoms, False
    return atoms, True


def _item_atoms(op, av) -> tuple[list[str], bool]:
    if op is _sre_constants.LITERAL:
        return [re.escape(chr(av))], False
    if op is _sre_constants.NOT_LITERAL:
        return ["[^" + re.escape(chr(av)) + "]"], False
    if op is _sre_constants.IN:
        return [_class_text(av)], False
    if op is _sre_constants.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            raise _Unreadable  # "(?-i:…)": its start would be read with other flags than the one-character pattern's
        return _first_atoms(sub)
    if op is _sre_constants.BRANCH:
        atoms, nullable = [], False
        for alternative in av[1]:
            found, empty = _first_atoms(alternative)
            atoms += found
            nullable = nullable or empty
        return atoms, nullable
    if op in _REPEATS:
        low, _high, sub = av
        found, empty = _first_atoms(sub)
        return found, empty or low == 0
    raise _Unreadable  # ".", a back reference, a conditional, an atomic group: read as "any start"


def _class_text(items) -> str:
    """A character class's parsed items written back as a class ("[^.!?@]", "[\\w&'’-]")."""
    parts, negated = [], False
    for op, av in items:
        if op is _sre_constants.NEGATE:
            negated = True
        elif op is _sre_constants.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is _sre_constants.RANGE:
            parts.append(re.escape(chr(av[0])) + "-" + re.escape(chr(av[1])))
        elif op is _sre_constants.CATEGORY and av in _CATEGORY_TEXT:
            parts.append(_CATEGORY_TEXT[av])
        else:
            raise _Unreadable
    return "[" + ("^" if negated else "") + "".join(parts) + "]"


def length_bounds(pattern: str, flags: int) -> tuple[int, int | None]:
    """The shortest and the longest text a match of `pattern` at a text's start can need: at least the fewest
    characters a match consumes (re's own parsed width; lookarounds consume none), and, where every match must end at
    the text's end ("$", "\\Z") and its width is bounded, at most the most it consumes plus one ("$" also matches
    before a final newline); None: no bound (a match may stop short of the end). (0, None) where the pattern cannot be
    read."""
    if _sre_parser is None:
        return 0, None
    parsed = _sre_parser.parse(pattern, flags)
    low, high = parsed.getwidth()
    if high >= _sre_constants.MAXREPEAT - 1 or not _ends_at_end(parsed):
        return low, None
    return low, high + 1


def _ends_at_end(items) -> bool:
    """Whether every match of a parsed sequence ends with "$" or "\\Z" (as its last item, in a group or in every
    branch of an alternation)."""
    if not len(items):
        return False
    op, av = items[len(items) - 1]
    if op is _sre_constants.AT:
        return av in (_sre_constants.AT_END, _sre_constants.AT_END_STRING)
    if op is _sre_constants.SUBPATTERN:
        return _ends_at_end(av[3])
    if op is _sre_constants.BRANCH:
        return all(_ends_at_end(alternative) for alternative in av[1])
    return False


#: a set of fewer patterns is indexed by the first character alone: looking up a line's length band costs about what
#: the few patterns it leaves out would have
LENGTH_INDEX_MIN_PATTERNS = 32


class FirstCharIndex:
    """Anchored patterns tried in their order, each only on a text whose first character can start it: `match`
    returns what the alternation "(?:p1)|(?:p2)|…" of them (with `flags`) returns at the text's start, as a match
    object of the first pattern that matches (its span is the alternation's), or None."""

    def __init__(self, patterns: list[str], flags: int) -> None:
        #: the patterns as given, in their order (phrases.PhraseSet.anchored joins them when a caller asks)
        self.patterns = tuple(patterns)
        self._compiled = [re.compile(p, flags) for p in patterns]
        starts = [start_pattern(p, flags) for p in patterns]
        self._starts = [None if s is None else re.compile(s, flags) for s in starts]
        #: each pattern's text lengths (`length_bounds`): a 300-phrase set holds phrases that need 40 characters or
        #: more (a fact checker's IFCN note) and whole-line labels of 20 at most ("Getty Images$"), and a page's
        #: lines are mostly shorter than the first and longer than the second
        self._bounds = {compiled: length_bounds(p, flags) for compiled, p in zip(self._compiled, patterns)}
        #: the lengths where some pattern's bound starts or stops to hold, in order: texts of lengths between two of
        #: them (`bisect`) are tried with the same patterns
        self._edges = sorted({low for low, _high in self._bounds.values()}
                             | {high + 1 for _low, high in self._bounds.values() if high is not None})
        #: first character ("" for an empty text) -> the patterns that may match a text that starts with it. The
        #: characters a page's lines start with are few (letters, digits, bullets); a character is read once
        self._by_first: dict[str, tuple[re.Pattern, ...]] = {}
        #: (first character, its length's place among `_edges`) -> those of them a text of that length admits
        self._by_start: dict[tuple[str, int], tuple[re.Pattern, ...]] = {}

    def _candidates(self, first: str) -> tuple[re.Pattern, ...]:
        found = tuple(compiled for compiled, start in zip(self._compiled, self._starts)
                      if start is None or (first and start.match(first) is not None))
        if len(self._by_first) < 4096:  # a page of many scripts cannot grow it without bound
            self._by_first[first] = found
        return found

    def _of_length(self, first: str, place: int, length: int) -> tuple[re.Pattern, ...]:
        candidates = self._by_first.get(first)
        if candidates is None:
            candidates = self._candidates(first)
        bounds = self._bounds
        found = tuple(compiled for compiled in candidates
                      if bounds[compiled][0] <= length and (bounds[compiled][1] is None or length <= bounds[compiled][1]))
        if len(self._by_start) < 16384:  # scripts times lengths: bounded as `_by_first` is
            self._by_start[first, place] = found
        return found

    def match(self, text: str) -> re.Match | None:
        first = text[:1]
        if len(self.patterns) < LENGTH_INDEX_MIN_PATTERNS:
            candidates = self._by_first.get(first)
            if candidates is None:
                candidates = self._candidates(first)
        else:
            place = bisect_right(self._edges, len(text))
            candidates = self._by_start.get((first, place))
            if candidates is None:
                candidates = self._of_length(first, place, len(text))
        for compiled in candidates:
            found = compiled.match(text)
            if found is not None:
                return found
        return None
