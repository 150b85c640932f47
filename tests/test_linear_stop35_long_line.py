"""Issue 10 item 7 at stop 35: the shortcuts that keep a 1 MB line under a second give the same answers as the
definitions they stand for.

A 1 MB line used to be read by a dozen passes that each made a string per word (`len(text.split())`), listed every
match of a pattern to count a few (`findall`), ran a regex with lookbehinds at every character where a plain
substring test rules out any match, or tokenised the same line three times. Each shortcut here is exact; these
tests hold it to the definition it replaced, on the shapes where the two could part (white space of every kind,
code points next to the Arabic blocks, the words the caches key on), and check that the long line's tokens are let
go once the page is done.
"""

from __future__ import annotations

import random
import re

import pytest

from newsbrief.normalise import features, normalise_text
from newsbrief.normalise.classify import home_bar, link_bar
from newsbrief.normalise.features import arabic_count, word_tokens
from newsbrief.normalise.lines import SHORT_LINE, Line, single_spaced, word_count
from newsbrief.normalise.lists import _POINTS_BELOW, leads_in
from newsbrief.normalise.losses import has_figure_cells
from newsbrief.normalise.references import _glued
from summarise.tables import filled_cells

#: the definition `arabic_count` stands for
_ARABIC_CHAR = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
#: every kind of white space str.split knows, and a few printable neighbours
_PIECES = [" ", "  ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1f", "\x85", "\xa0", "\u1680", "\u2000", "\u2028",
           "\u2029", "\u202f", "\u205f", "\u3000", "a", "Zeit", "٣", ".", "é", "_"]


def test_word_count_and_single_spaced_agree_with_split_on_every_kind_of_white_space():
    rng = random.Random(35)
    for _ in range(20_000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 10)))
        long_text = text * (SHORT_LINE // max(1, len(text)) + 1)  # past the length a plain split still counts
        assert word_count(text) == len(text.split()), repr(text)
        assert word_count(long_text) == len(long_text.split()), repr(text)
        assert single_spaced(text) == " ".join(text.split()), repr(text)


def test_arabic_count_counts_the_arabic_blocks_code_point_by_code_point():
    # the blocks, their neighbours that share a UTF-8 lead byte (Syriac U+0740.., U+0880..), surrogates, astral
    points = list(range(0x0500, 0x0900)) + list(range(0xD7F0, 0xE010)) + [0x41, 0x10000, 0x1EE00, 0x10FFFF]
    for point in points:
        for text in ("x" + chr(point) + "\u0627 ٣", ("x" + chr(point) + "\u0627 ٣ ") * 300):  # short, then long
            assert arabic_count(text) == len(_ARABIC_CHAR.findall(text)), hex(point)


def test_a_long_line_is_tokenised_as_a_short_one_and_let_go_after_the_page():
    sentence = "De COVID19-maatregelen kosten ½ miljard, zei ²minister Kuipers in 2021. "
    line = sentence * 400  # over phrases.KEY_CACHE_MAX_CHARS: the long-line slot, not the cache
    expected = [w for w in re.findall(r"\w+", line) if any(ch.isalpha() for ch in w)]
    assert word_tokens(line) == expected
    assert word_tokens(line) == expected  # read again from the slot
    assert word_tokens("1 " * 2000) == [] and word_tokens("٣ ٪ " * 500) == []
    article = normalise_text("Kabinet trekt extra geld uit\n\n" + line)
    assert article.paragraphs
    assert features._long_tokens is None


@pytest.mark.parametrize("text, enough, holds", [
    ("1 Rovers 16 11 3 2 36", 6, True), ("1 Rovers 16 11 3 2 36", 7, False), ("Rovers 2-1 Ashby", 2, True),
    ("Lokaal Belang 2.233 2", 3, False), ("٣ ٪ " * 1000, 10, True),
])
def test_figure_cells_are_read_up_to_the_number_asked(text, enough, holds):
    assert has_figure_cells(text, enough) is holds


@pytest.mark.parametrize("text, cells", [
    ("The council met on Tuesday.", 1), ("   ", 0), ("Copper | 10,480 | +215", 3), ("Ajax\t12\t9", 3),
    ("| Harbour \\| Gull Island | 07:10 |", 2),
])
def test_a_line_without_bar_or_tab_is_one_cell(text, cells):
    assert filled_cells(text) == cells


@pytest.mark.parametrize("text, bar, home", [
    ("Home | News | Sport", True, True), ("News | Home | Sport", True, False), ("Voorpagina • Nieuws • Regio", True, True),
    ("The council met on Tuesday and said no.", False, False), ("Home | The council met on Tuesday | Sport", False, False),
    ("Home > Travel", False, False),
])
def test_bars_are_read_as_before_with_or_without_their_marks(text, bar, home):
    assert link_bar(text) is bar
    assert home_bar(text) is home


@pytest.mark.parametrize("text, numbers", [
    ("It was signed before it.1 That is all.", [1]), ("The town grew in 2023.2", [2]), ("3.5 million people", []),
    ("the No.1 factor", []), ("No stop and no digit here " * 100, []),
])
def test_glued_note_markers_are_found_only_where_a_stop_meets_a_digit(text, numbers):
    assert [int(m.group(2)) for m in _glued(text)] == numbers


@pytest.mark.parametrize("text, leads", [
    ("y" * 1000 + " The dates are as follows.", True), ("y" * 1000 + "as follows.", False),
    ("De data zijn als volgt. " + "Daarna volgde nog veel meer tekst. " * 40, False),
    ("قال الوزير " * 100 + "وتشمل الخطة الإجراءات التالية.", True), ("The rules are as follows" + " ." * 20, True),
])
def test_a_lead_in_phrase_is_found_at_the_end_of_a_long_line_only(text, leads):
    assert leads_in(Line(text)) is leads
    assert (_POINTS_BELOW.search(text) is not None) is leads  # the whole line searched: the same answer


@pytest.mark.parametrize("text", [
    "قَـــالَ الوَزِيـــرُ إِنَّ المِيزَانِيَّـــةَ الجَدِيـــدَةَ", "٣ ٪ ٣ ٪", "Het ministerie (وزارة الصحة) zei dinsdag",
    "Al-Ahram: الأهرام", "AB ١٢٣", "Dubai - دبي",
])
def test_a_line_is_arabic_when_more_than_half_its_letters_are(text):
    arabic = arabic_count(text)
    letters = sum(ch.isalpha() for ch in text)
    assert features.line_features([Line(text)])[0].arabic is (arabic > 0 and arabic > 0.5 * max(1, letters))
