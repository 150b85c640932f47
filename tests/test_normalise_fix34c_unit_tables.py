"""A table dumped one cell per line whose figures carry a unit is the story's table, and what the loss warning says of
tables (helper fix34c).

Traffic, weather and price tables write their figures with a unit: "14 km", "+ 45 min", "3,2 %", "€ 12", "٥ ملم".
Only a bare number was a number cell (celltables._NUMBER_CELL), so such a table read as a run of word cells and was
removed; the warning then counted only its first few lines. A news ticker's clock-stamped headlines that a related
box rule removed were reported as a lost table of numbers. Hand-written pages; none is eval data.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.celltables import number_cell
from newsbrief.normalise.lines import Line
from newsbrief.normalise.losses import TABLE_WARNING, number_table_warning
from tests.page_text import page as _page, table_cells
from tests.scaling import assert_grows_linearly

NL_TABLE = (
    "Weg", "Traject", "Lengte", "Vertraging",
    "A2", "Eindhoven - Best", "14 km", "+ 45 min",
    "A67", "Geldrop - Leenderheide", "6 km", "+ 20 min",
    "A58", "Tilburg - Oirschot", "9 km", "+ 25 min",
    "A50", "Ekkersweijer - Son", "4 km", "+ 10 min",
)

AR_TABLE = (
    "المدينة", "العظمى", "الصغرى", "الأمطار",
    "مسقط", "٣١ درجة", "٢٢ درجة", "٥ ملم",
    "صلالة", "٢٧ درجة", "٢١ درجة", "٤٠ ملم",
    "صحار", "٣٠ درجة", "٢٣ درجة", "٨ ملم",
    "نزوى", "٢٩ درجة", "١٨ درجة", "١٢ ملم",
)

EN_TABLE = (
    "Item", "Last year", "This year",
    "Loaf of bread", "£1.40", "£1.55",
    "Pint of milk", "£0.65", "£0.72",
    "Dozen eggs", "£2.90", "£3.45",
    "Coffee (200g)", "£4.10", "£5.25",
)


def _nl_page() -> str:
    return _page(
        "Omroep Zuid", "Nieuws", "Verkeer", "Lange files rond Eindhoven door ongelukken en werk aan de weg",
        "Door Lotte Smits", "7 december 2026, 08:15",
        "Wie vanochtend in de regio Eindhoven de weg op moest, had veel geduld nodig. Door twee ongelukken en "
        "wegwerkzaamheden stonden er op meerdere snelwegen lange files.",
        "Op de A2 botsten rond zeven uur drie auto's op elkaar. Een van de rijstroken was daardoor ruim een uur "
        "dicht.",
        "Files om 08.00 uur",
        *NL_TABLE,
        "Volgens Rijkswaterstaat lost de drukte naar verwachting pas na tienen op. Weggebruikers wordt aangeraden "
        "om later te vertrekken of met de trein te reizen.",
        "Het werk aan de A67 duurt nog tot het eind van de maand. Daarna gaan alle rijstroken weer open.",
        "Deel dit artikel",
    )


def _ar_page() -> str:
    return _page(
        "جريدة الوطن", "الرئيسية", "محليات", "أمطار متفاوتة الشدة على محافظات السلطنة خلال الأيام المقبلة",
        "كتب: سالم الحارثي", "الأحد 7 ديسمبر 2026",
        "توقعت المديرية العامة للأرصاد الجوية أن تتأثر محافظات السلطنة بحالة من عدم الاستقرار الجوي خلال الأيام "
        "المقبلة، مع هطول أمطار متفاوتة الشدة وجريان الأودية.",
        "ودعت المديرية المواطنين والمقيمين إلى أخذ الحيطة والحذر وعدم المجازفة بعبور الأودية، وذلك حتى "
        "نهاية الأسبوع.",
        "درجات الحرارة المتوقعة",
        *AR_TABLE,
        "وأشارت المديرية إلى أن الحالة ستبلغ ذروتها يوم الثلاثاء، على أن تتحسن الأجواء تدريجيا مع نهاية الأسبوع.",
        "كما دعت الجهات المختصة إلى متابعة النشرات الجوية الصادرة عنها أولا بأول عبر موقعها الرسمي.",
    )


def _en_page() -> str:
    return _page(
        "The Northern Echo", "News", "Money", "Breakfast prices up by a fifth in a year, survey finds",
        "By Hannah Reid", "7 December 2026",
        "The cost of a basic breakfast has risen by almost a fifth over the past year, according to a survey of "
        "supermarkets across the north east published on Sunday.",
        "Coffee saw the steepest rise, while the price of milk went up the least. The survey compared the cheapest "
        "own-brand products in five large stores.",
        "Prices compared",
        *EN_TABLE,
        "The researchers said higher energy and transport costs were behind most of the increases, and warned that "
        "prices were unlikely to fall before the spring.",
        "Shoppers told the paper they had started buying in bulk and switching brands to keep their bills down.",
    )


@pytest.mark.parametrize("model", [None, False])
@pytest.mark.parametrize("build,table", [(_nl_page, NL_TABLE), (_ar_page, AR_TABLE), (_en_page, EN_TABLE)])
def test_a_table_of_figures_with_units_is_kept_in_the_story(build, table, model):
    """Fails on main: the cells with units ("14 km", "٥ ملم", "£1.40") read as words, and the table was removed."""
    art = normalise_text(build(), model=model)
    # (a regular table comes back as rows since fix34a, celltables.with_rows: read as cells)
    kept = table_cells([line for p in art.paragraphs for line in p.splitlines()])
    assert [cell for cell in table if cell not in kept] == []  # (and with it the table's heading, not asserted)
    # the story's closing paragraphs under the table stay too
    assert any(p.startswith(("Het werk aan de A67", "كما دعت الجهات", "Shoppers told")) for p in art.paragraphs)
    assert not any(w.startswith(TABLE_WARNING) for w in art.warnings)


@pytest.mark.parametrize("cell", ["14 km", "+ 45 min", "3,2 %", "€ 12", "€12,50", "£1.40", "16 euro", "12 °C",
                                  "٥ كم", "٤٠ ملم", "3 دقائق", "28", "1:05", "8 (-1)"])
def test_a_figure_with_its_unit_is_a_number_cell(cell):
    assert number_cell(Line(cell, 0))


@pytest.mark.parametrize("cell", ["A2", "Eindhoven - Best", "Weg", "km", "Meer nieuws", "3 dagen geleden", "مسقط"])
def test_a_word_cell_is_no_number_cell(cell):
    """Guard: a label, a road's name or a relative date is no figure."""
    assert not number_cell(Line(cell, 0))


def test_the_warning_counts_a_removed_table_across_its_word_cells():
    """Fails on main: the run of figure lines stopped at the first word cell ("Eindhoven - Best"), so the warning
    said "3 lines" of a table of 20."""
    story = "Wie vanochtend de weg op moest, had veel geduld nodig door twee ongelukken op de snelwegen."
    texts = [story, *NL_TABLE, story]
    roles = ["content", *["removed"] * len(NL_TABLE), "content"]
    reasons = ["prose", *["model 0.30 (rules: short line in the body)"] * len(NL_TABLE), "prose"]
    words = [len(t.split()) for t in texts]
    warning = number_table_warning(texts, roles, reasons, words)
    assert warning is not None and warning.startswith(TABLE_WARNING)
    # the whole table, its header row too
    assert warning.endswith(f"({len(NL_TABLE)} lines, from 'Weg')")


def test_a_ticker_removed_as_a_related_box_is_no_lost_table():
    """Fails on main: the ticker's "09:05 Man (34) …" headlines, removed as a related box, were warned of as a table
    or list of numbers removed from the article."""
    art = normalise_text(_page(
        "Gazet van het Waasland", "Nieuws", "Regio", "Brand in sporthal Temse: training afgelast, niemand gewond",
        "Door Pieter Claes", "Maandag 7 december 2026 om 09:12",
        "In de sporthal aan de Kouterstraat in Temse is zondagavond brand uitgebroken in een bergruimte. De "
        "volleybalclub die er trainde, kon het gebouw tijdig verlaten.",
        "De brandweer had het vuur snel onder controle, maar de rook trok door de hele hal. De sporthal blijft "
        "minstens een week dicht voor een grondige schoonmaak.",
        "Laatste nieuws",
        "09:05 Vrouw (41) gewond na aanrijding met bestelwagen in Beveren",
        "08:47 Files op E34 na pech met vrachtwagen in Zwijndrecht",
        "08:31 Kerstmarkt Sint-Niklaas trekt 12.000 bezoekers",
        "08:02 Nieuwe fietsbrug in Temse 3 maanden later klaar",
        "Volgens de gemeente is de oorzaak vermoedelijk een defect verwarmingstoestel. De clubs die de hal "
        "gebruiken, kunnen tijdelijk terecht in de sporthal van Bazel.",
        "Het gemeentebestuur bekijkt of de bergruimte beter beveiligd kan worden tegen brand.",
        "Deel dit artikel",
    ))
    assert not any(w.startswith(TABLE_WARNING) for w in art.warnings), art.warnings
    # the ticker itself is gone, the story under it kept
    assert not any("Vrouw (41)" in p for p in art.paragraphs)
    assert any(p.startswith("Het gemeentebestuur") for p in art.paragraphs)


def _number_cell_pattern(text: str) -> object:
    from newsbrief.normalise.celltables import _NUMBER_CELL

    return _NUMBER_CELL.match(text)


@pytest.mark.parametrize("make", [lambda n: "1-" * n + "x", lambda n: "12 % - " * n + "x", lambda n: "5 min-" * n + "?"])
def test_the_number_cell_pattern_grows_linearly_on_a_long_line(make):
    """Fails before mend34c: a figure's own characters took dashes and "%" as the range and the unit did, so a long line
    of them that fails at its end ("1-1-1-…-x") was tried at every split (4.6 s for 2,000 "1-" against 0.6 s on main)."""
    assert_grows_linearly(_number_cell_pattern, make, 500, 2000)


@pytest.mark.parametrize("cell", ["19-24", "10-3-2", "33,2%", "19-24%", "14:00 - 23:00", "€ 12 - € 15", "5 (+3)",
                                  "12 °C - 14 °C", "٣ - ٥ كم"])
def test_ranges_and_records_are_still_number_cells(cell):
    """Guard for the linear pattern: a range, a record of three figures and a share still read as one number cell."""
    assert number_cell(Line(cell, 0))


@pytest.mark.parametrize("cell", ["1-" * 25 + "1", "12-", "1 - 2 - 3 - Next", "5%5"])
def test_a_long_or_broken_run_of_figures_is_no_number_cell(cell):
    """Guard: a cell is short (NUMBER_CELL_MAX_CHARS), and a figure ends in a digit or its unit, not in a dash."""
    assert not number_cell(Line(cell, 0))
