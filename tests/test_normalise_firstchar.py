"""The anchored regex phrases tried by their first character (normalise/firstchar.py): `FirstCharIndex` gives what
the alternation of the same phrases gives, on widget lines and story lines in English, Dutch and Arabic and on lines
that open with a character case folding treats specially, while it leaves most phrases untried on a line."""
import re

import pytest

from newsbrief.normalise import firstchar
from newsbrief.normalise.firstchar import FirstCharIndex, length_bounds, start_pattern
from newsbrief.normalise.phrases import phrase_sets

# hand-written lines: widgets, story sentences, bylines, dates, empty and odd ones
LINES = [
    "", " ", "   Follow us on Twitter", "Listen to this article · 4 min", "This story was originally published by "
    "the Bristol Cable.", "This article first appeared in The Conversation.", "Send your questions to "
    "help@example.org", "Have your say", "3 Answers", "Name (required)", "Your email address will not be published.",
    "Dit artikel verscheen eerder in De Groene.", "Lees ook: Raad stemt in met nieuwe fietspaden",
    "Je e-mailadres wordt niet gepubliceerd.", "Stuur je vragen naar redactie@example.nl",
    "نشر هذا المقال أولا في موقع الجزيرة", "  الخبر قيد التحديث", "تصحيح: ورد في نسخة سابقة من هذا التقرير",
    "The council approved the new cycle lanes on Tuesday, the mayor said.",
    "De gemeenteraad stemde dinsdag in met de nieuwe fietspaden.", "وقالت الهيئة إن القرار سيدخل حيز التنفيذ.",
    "5 min read", "12 reacties", "@newsdesk · Follow", "Printed from www.example.com on 09/12/2026",
    "VIDEO | Firefighters rescue a cat", "CLAIM: The bridge was closed", "Poll: Should the lane stay?",
    "Update, 6 December 2026, 15:10: This article has been updated",
]
# first characters case folding reads specially (Kelvin sign, long s, dotted and dotless i, final sigma), a digit
# of another script, a bullet, a tab
ODD_FIRSTS = ["\u212a", "\u017f", "\u0130", "\u0131", "\u03c2", "\u0663", "•", "\t", "_", "-", "\u00a0"]


def _indexed_sets():
    return [(name, s) for name, s in phrase_sets().items() if s.anchored is not None]


def _same(a, b) -> bool:
    return (a is None) == (b is None) and (a is None or a.span() == b.span())


@pytest.mark.parametrize("name,phrases", _indexed_sets(), ids=[n for n, _ in _indexed_sets()])
def test_the_index_answers_as_the_alternation_does(name, phrases):
    texts = LINES + [first + line.lstrip() for first in ODD_FIRSTS for line in LINES if line.strip()]
    texts += [line.upper() for line in LINES] + [line.lower() for line in LINES]
    # a widget's line with a story's length after it, a line ending in a newline, and lines at every length from
    # one character to 400 (the index keeps its candidates by length: each length band is tried)
    texts += [line + " " + "The council met again on Tuesday. " * 8 for line in LINES if line.strip()]
    texts += [line + "\n" for line in LINES] + [("Getty Images " * 40)[:n] for n in range(1, 400)]
    for text in texts:
        assert _same(phrases.anchored.match(text), phrases.anchored_index.match(text)), (name, text)


def test_a_start_is_read_past_lookarounds_and_optional_parts():
    start = re.compile(start_pattern(r"^(?!.{0,200}\bsaid\b)the (story|article)\b", re.I), re.I)
    assert start.match("T") and start.match("t") and not start.match("x")
    start = re.compile(start_pattern(r"^\s*(nieuw|oud)?\d+ reacties$", re.I), re.I)
    assert all(start.match(ch) for ch in (" ", "N", "o", "7", "\u0663"))
    assert not start.match("r")
    start = re.compile(start_pattern(r"^[^.!?]{3,80}\?", re.I), re.I)
    assert start.match("W") and not start.match(".")
    start = re.compile(start_pattern(r"^\W{0,3}[^.!?]{3,80}\?", re.I), re.I)
    assert start.match(".")  # "\W" may open the line: a full stop can start it


def test_a_start_it_cannot_read_is_tried_on_every_line():
    assert start_pattern(r"^.{0,40}\bsubscribe\b", re.I) is None  # "." : any character
    assert start_pattern(r"^(?:a|b)?$", re.I) is None  # matches an empty line
    assert start_pattern(r"^(?-i:Read)", re.I) is None  # a group with flags of its own
    index = FirstCharIndex([r"^.{0,40}\bsubscribe\b", r"^(?:a|b)?$"], re.I)
    assert index.match("Please subscribe") and index.match("") and not index.match("ccc")


def test_the_first_match_in_the_phrases_order_is_returned():
    patterns = [r"^read\b", r"^read more\b", r"^\w+"]
    index = FirstCharIndex(patterns, re.I)
    alternation = re.compile("|".join(f"(?:{p})" for p in patterns), re.I)
    for text in ("Read more: the council's plan", "Reading list", "zz top"):
        assert _same(alternation.match(text), index.match(text)), text
    assert index.match("Read more").end() == 4


def test_a_line_is_tried_against_few_of_misc_s_phrases():
    index = phrase_sets()["misc"].anchored_index
    total = len(index._compiled)
    for first in ("T", "d", "ا", "5"):
        assert len(index._candidates(first)) < total / 3, first


def test_without_res_private_parser_every_phrase_is_tried_and_the_answers_stay(monkeypatch):
    # firstchar reads re's private parser (Python 3.11-3.13); a Python that moves it must lose speed, not answers
    from newsbrief.normalise import firstchar

    patterns = [r"^(?:lees|read) (?:ook|more)\b", r"^\d+ comments?$", r"^(?:.{0,5})share\b"]
    with_parser = firstchar.FirstCharIndex(patterns, re.IGNORECASE)
    monkeypatch.setattr(firstchar, "_sre_parser", None)
    without = firstchar.FirstCharIndex(patterns, re.IGNORECASE)
    assert all(start is None for start in without._starts)
    for text in ["Lees ook: de brand", "12 comments", "Share this", "Nothing here", ""]:
        a, b = with_parser.match(text), without.match(text)
        assert (a and (a.re.pattern, a.span())) == (b and (b.re.pattern, b.span()))


def test_a_phrase_is_tried_only_on_lines_of_a_length_it_can_match(monkeypatch):
    assert length_bounds(r"^(?:getty images|reuters)$", re.I) == (7, 13)  # "$" also before a final newline
    assert length_bounds(r"^\W{0,3}(?:lees ook|read more)\W{0,3}$", re.I) == (8, 16)
    assert length_bounds(r"^[^.]{1,80}\. registered in (england|wales)\.?$", re.I)[1] == 80 + len(". registered in england.") + 1
    assert length_bounds(r"^(?:a|bcd)$|^efgh\Z", re.I) == (1, 5)  # every branch ends at the text's end
    assert length_bounds(r"^follow us on", re.I) == (12, None)  # the match may stop short of the line's end
    assert length_bounds(r"^foo$(?!x)", re.I) == (3, None)  # read conservatively: not "$" last
    monkeypatch.setattr(firstchar, "LENGTH_INDEX_MIN_PATTERNS", 0)  # a set of two read by length as misc's 300 are
    index = FirstCharIndex([r"^(?:getty images|reuters)$", r"^getty images\b.{20,}"], re.I)
    assert index._by_start == {} and index.match("Getty Images") is not None and index._by_start
    assert index.match("Getty Images").re.pattern.endswith("$")
    assert index.match("Getty Images / a photographer's long credit") is not None
    assert index.match("Reuters\n") is not None and index.match("Reuters reported") is None
