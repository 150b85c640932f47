"""Tester 29 (probe A), C1–C2: a results page's score lines and standings, set in short groups under their own
headings, were removed under the story with no warning (each group was shorter than a table's run), or with a
warning that counted only the first group. The number-table warning now reads the groups as one table and counts
every line that went. And a page whose headline says it gives results ("Results: …", "Uitslagen: …", "نتائج …") keeps
them with its report (matchfacts.results_below). Hand-written pages in en, nl and ar; guards for what must stay
quiet or removed."""

from __future__ import annotations

from newsbrief.normalise import normalise_text
from newsbrief.normalise.losses import TABLE_WARNING, _grouped_rows
from newsbrief.normalise.matchfacts import FACTS_BELOW_REASON


def _table(text: str) -> list[str]:
    return [w for w in normalise_text(text).warnings if w.startswith(TABLE_WARNING)]


NL = """Vitesse Dorp wint in blessuretijd
Door Anke Postma
12 oktober 2025
Vitesse Dorp heeft zaterdag in blessuretijd met 2-1 gewonnen van SV Meerzicht. Invaller Bram Hoekstra kopte in de 93ste minuut raak na een hoekschop.
Tweede klasse C
Vitesse Dorp - SV Meerzicht 2-1
Rood Wit - Lemmer 1-1
Derde klasse D
Gorredijk - Jubbega 4-0
Oldeboorn - Akkrum 0-2
"""

EN = """Hartley Town snatch late win at Moorside
By Tom Reid
4 October 2025
Hartley Town scored twice in the last ten minutes to win 3-2 at Moorside on Saturday, with striker Dan Price heading the winner from a corner.
Division One North
Moorside 2-3 Hartley Town
Brackley 0-0 Wexham
Division Two
Carlton 1-4 Eastfield
Parkgate 2-2 Selby Vale
"""

AR = """الوحدة يفوز في الوقت القاتل
كتب: سامر حداد
11 أكتوبر 2025
فاز فريق الوحدة على ضيفه النجوم بهدفين مقابل هدف في الوقت بدل الضائع، بعد هدف سجله المهاجم خالد ناصر من ركلة ركنية.
المجموعة الأولى
الوحدة 2-1 النجوم
الشباب 0-0 الأمل
المجموعة الثانية
الاتحاد 3-1 الفجر
الساحل 1-2 الجزيرة
"""


def test_nl_short_score_groups_under_their_headings_are_said():
    table = _table(NL)
    assert table, normalise_text(NL).line_roles
    assert "6 lines under the story" in table[0] and "'Tweede klasse C'" in table[0]


def test_en_short_score_groups_are_said():
    table = _table(EN)
    assert table and "6 lines under the story" in table[0] and "'Division One North'" in table[0]


def test_ar_short_score_groups_are_said():
    table = _table(AR)
    assert table and "6 lines under the story" in table[0]


def test_every_group_is_counted_not_only_the_first():
    page = NL + "Stand tweede klasse C\n1. Vitesse Dorp 8-19\n2. Rood Wit 8-17\n3. Lemmer 8-15\n"
    table = _table(page)
    assert table and "10 lines under the story" in table[0]


def _rows(texts: list[str]) -> tuple[int, int]:
    n = len(texts)
    return _grouped_rows(texts, ["removed"] * n, ["after the article"] * n, [len(t.split()) for t in texts], 0)[:2]


def test_one_row_groups_are_teasers_not_a_table():
    # a teaser list under short headlines, each over one line with two figures: no groups of a table
    texts = ["Rovers 2-1 Ashby", "Cup draw made", "Town 1-0 City", "Derby preview", "Vale 3-3 Park"]
    assert _rows(texts)[0] < 3


def test_a_sentence_or_a_widget_ends_the_table():
    texts = ["Rovers 2-1 Ashby", "Town 1-0 City", "Read more:", "Vale 3-3 Park", "Park 1-1 Vale"]
    assert _rows(texts) == (2, 2)


def test_guard_one_plain_run_still_counts_as_before():
    texts = ["Rovers 2-1 Ashby", "Town 1-0 City", "Vale 3-3 Park", "Share this"]
    assert _rows(texts) == (3, 3)


def test_guard_teaser_headlines_with_dates_under_a_story_say_nothing():
    page = """Council approves new cycle lanes on Mill Road
By Jo Banks
3 March 2025
The council approved three kilometres of protected cycle lanes on Mill Road on Monday after a two-year consultation with residents and shops.
More news
Bridge closes for repairs
12 March 2025
Library reopens
11 March 2025
"""
    assert not _table(page)



def _kept(text: str) -> list[str]:
    return [t for t, role, reason in normalise_text(text).line_roles if role == "content" and reason == FACTS_BELOW_REASON]


def test_results_page_keeps_its_score_lines_nl():
    page = "Uitslagen: " + NL
    kept = _kept(page)
    assert "Vitesse Dorp - SV Meerzicht 2-1" in kept and "Oldeboorn - Akkrum 0-2" in kept and "Tweede klasse C" in kept
    assert not _table(page)


def test_results_page_keeps_its_score_lines_en():
    kept = _kept("Results: " + EN)
    assert "Moorside 2-3 Hartley Town" in kept and "Parkgate 2-2 Selby Vale" in kept and "Division Two" in kept


def test_results_page_keeps_its_score_lines_ar():
    kept = _kept("نتائج الجولة: " + AR)
    assert "الوحدة 2-1 النجوم" in kept and "الساحل 1-2 الجزيرة" in kept


def test_results_page_keeps_the_table_not_the_footer_under_it():
    page = "Uitslagen: " + NL + "Bekijk alle uitslagen\nDeel dit artikel\nMeer sport\nSchaatser wint NK 500 meter\n"
    kept = _kept(page)
    assert "Oldeboorn - Akkrum 0-2" in kept
    assert not {"Bekijk alle uitslagen", "Meer sport", "Schaatser wint NK 500 meter"} & set(kept)


def test_guard_a_story_headline_keeps_the_rules_as_they_were():
    # no results word in the headline: the table under the report is left to the model (and said when removed)
    assert not _kept(NL)


def test_guard_related_posts_with_model_numbers_are_no_grouped_table():
    page = """New 70-200mm lens sample images
By Dan Reeve
28 October 2025
Here is a second set of sample images from the new 70-200mm lens, taken at a football match and in a forest at dusk.
Related posts:
More Nikkor 35mm f/1.8G sample images
New sample images from the 50mm f/1.8G lens
Nikon D3200 sample images
Nikon D60 with the 35mm f/1.8G lens
The 35mm f/1.8G reviewed with more samples
"""
    assert not _table(page)
