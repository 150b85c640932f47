"""Stop 35 (fix35c): a table dumped one cell a line with no header row, or with a rank first, comes back as rows.

fix34a gave a kept table back as rows only when a header row of k labels stood over rows of a name and k - 1 figures
(celltables._labelled_rows). Standings print the rank before the club ("1" / "Ajax" / "20" / "48"), results and exam
tables often have no header row at all, and an Arabic tally writes its votes with the Arabic thousands sign ("١٢٬٤٥٠",
which was no number cell): those stayed one cell a line, unreadable. Their period is sure when the kinds of their cells
(figure or word) repeat one row's pattern to the table's end for three rows or more, with nothing but a heading and a
header row as wide above them (celltables._shaped_rows); an irregular table is still not guessed at.

Hand-written pages; none is eval data.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.celltables import number_cell, with_rows
from newsbrief.normalise.lines import Line
from tests.page_text import page
from tests.scaling import assert_grows_linearly

PAGES = {
    "nl": dict(
        top=["Home", "Sport", "Voetbal", "Eredivisie"],
        title="Ajax verstevigt koppositie na ruime zege op Utrecht",
        byline="Door Mark de Boer", date="6 december 2026, 21:40",
        story=["Ajax heeft zondag met een overtuigende 3-0 zege op FC Utrecht de koppositie in de Eredivisie "
               "verstevigd, terwijl de achtervolgers punten lieten liggen.",
               "PSV speelde in Zwolle gelijk en staat nu drie punten achter de Amsterdammers; Feyenoord volgt op "
               "zeven punten na een nederlaag in Alkmaar."],
        heading="Stand Eredivisie",
        header=["#", "Club", "Gespeeld", "Punten"],
        rows=[["1", "Ajax", "20", "48"], ["2", "PSV", "20", "45"], ["3", "Feyenoord", "20", "41"],
              ["4", "AZ", "20", "37"], ["5", "FC Twente", "20", "33"]],
        after=["Komende zaterdag ontvangt Ajax de nummer vier, AZ, in een uitverkochte Johan Cruijff ArenA; de "
               "aftrap is om half negen."],
        tail=["Meer voetbal", "Volg ons", "Privacy"]),
    "en": dict(
        top=["Home", "News", "Education", "Local"],
        title="Northfield tops county exam table for third year",
        byline="By Claire Dunmore", date="August 27, 2026",
        story=["Northfield Academy has topped the county's exam results table for the third year running, with more "
               "than four in five pupils passing English and maths.",
               "The county's average pass rate rose by two points to 68 per cent, the council said on Thursday, "
               "though the gap between the highest and lowest schools widened."],
        heading="Results by school",
        header=["School", "Pupils", "Pass rate"],
        rows=[["Northfield Academy", "212", "84%"], ["St Anne's", "148", "79%"], ["Riverside High", "305", "71%"],
              ["Castle Park", "190", "63%"]],
        after=["Castle Park's head teacher said the school had lost two maths teachers in the spring and had "
               "appointed replacements for September."],
        tail=["More education news", "Contact us", "Privacy policy"]),
    "ar": dict(
        top=["الرئيسية", "محليات", "انتخابات", "البلديات"],
        title="أحمد الزين يفوز برئاسة بلدية الوادي",
        byline="بقلم: سلمى الحسن", date="6 ديسمبر 2026",
        story=["فاز أحمد الزين برئاسة بلدية الوادي بعد حصوله على أكثر من أربعين في المئة من أصوات المقترعين في "
               "الانتخابات التي جرت يوم السبت.",
               "وبلغت نسبة المشاركة نحو ستين في المئة بحسب اللجنة المحلية للانتخابات التي أعلنت النتائج مساء الأحد."],
        heading="النتائج الرسمية",
        header=["المرشح", "الأصوات", "النسبة"],
        rows=[["أحمد الزين", "١٢٬٤٥٠", "٤١٫٢٪"], ["سالم العلي", "٩٬٨٠٠", "٣٢٫٤٪"], ["ليلى حداد", "٥٬٣١٠", "١٧٫٦٪"],
              ["يوسف ناصر", "٢٬٦٩٠", "٨٫٨٪"]],
        after=["وقال الزين في كلمة أمام أنصاره إن أولويته الأولى ستكون إصلاح شبكة المياه في الأحياء الشرقية."],
        tail=["أخبار ذات صلة", "تابعونا", "سياسة الخصوصية"]),
}


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _page(lang: str, header: bool, rows: list[list[str]] | None = None) -> str:
    c = PAGES[lang]
    cells = [cell for row in ([c["header"]] if header else []) + (rows or c["rows"]) for cell in row]
    return page(*c["top"], c["title"], c["byline"], c["date"], *c["story"], c["heading"], *cells, *c["after"],
                *c["tail"])


@pytest.mark.parametrize("header", [True, False], ids=["header", "no-header"])
@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_table_of_one_shape_comes_back_as_rows(lang, header):
    """Fails before fix35c: the rank-first standings (nl), the exam table with no header row (en) and the tally in
    Eastern Arabic digits (ar) stayed one cell a line."""
    c = PAGES[lang]
    paras = normalise_text(_page(lang, header)).paragraphs
    rows = ([_row(c["header"])] if header else []) + [_row(r) for r in c["rows"]]
    at = paras.index(rows[0])
    assert paras[at:at + len(rows)] == rows
    assert paras[at - 1] == c["heading"]  # the heading stays over its table, on its own
    assert paras[at + len(rows)] == c["after"][0]  # the story goes on under it
    assert c["story"][-1] in paras[:at]
    assert not any(cell in paras for row in c["rows"] for cell in row)  # no cell left on a line of its own


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_row_one_cell_short_is_not_guessed(lang):
    """Guard: a row that lost a cell breaks the period; the table stays as the page rules keep it, one cell a line."""
    c = PAGES[lang]
    rows = [c["rows"][0], c["rows"][1][:-1], *c["rows"][2:]]
    a = normalise_text(_page(lang, False, rows))
    assert not any(p.startswith("| ") for p in a.paragraphs)
    assert a.paragraphs == normalise_text(_page(lang, False, rows), cell_rows=False).paragraphs


def test_eastern_arabic_figures_are_number_cells():
    for text in ("١٢٬٤٥٠", "٤١٫٢٪", "٣٢٫٤ ٪", "12,450"):
        assert number_cell(Line(text)), text
    assert not number_cell(Line("أحمد الزين"))


def _same(cells: list[str]) -> bool:
    return with_rows(cells, list(range(len(cells)))) == cells


def test_shape_guards():
    # rank first, no header: rows
    ranked = ["1", "Ajax", "20", "48", "2", "PSV", "20", "45", "3", "AZ", "20", "37"]
    assert with_rows(ranked, list(range(len(ranked)))) == [_row(ranked[k:k + 4]) for k in (0, 4, 8)]
    # a wide standings row (rank, club, P, W, D, L, GD, Pts): its trailing figures repeat on their own with a shorter
    # period, which is no row (review 35 F-A)
    wide = "1 Ajax 20 15 3 2 +30 48 2 PSV 20 14 3 3 +25 45 3 Feyenoord 20 12 5 3 +18 41 4 AZ 20 11 4 5 +12 37".split()
    assert with_rows(wide, list(range(len(wide)))) == [_row(wide[k:k + 8]) for k in (0, 8, 16, 24)]
    # two rows of a shape are no sure period
    assert _same(ranked[:8])
    # one figure a row (a name and its score): too thin to be sure of a table's rows
    assert _same(["Ajax", "48", "PSV", "45", "AZ", "37", "Twente", "33"])
    # a figure above the rows (a row that breaks the shape at the top)
    assert _same(["7", "Club", *ranked])
    # more words above the rows than a heading and a header row as wide
    assert _same(["Stand", "Eredivisie", "Speelronde", "#", "Club", "G", "P", *ranked])
    # a header row one label short (no column name over the rank): the labels stay as they are, the rows come back
    short = ["Club", "G", "P", *ranked]
    assert with_rows(short, list(range(len(short)))) == short[:3] + [_row(ranked[k:k + 4]) for k in (0, 4, 8)]


def test_shaped_rows_cost_linear_time():
    def run(text: str) -> object:
        cells = text.split("\n")
        return with_rows(cells, list(range(len(cells))))

    assert_grows_linearly(run, lambda k: "\n".join(f"{i}\nClub {i}\n20\n{i * 3}" for i in range(k * 50)), 50, 200)
