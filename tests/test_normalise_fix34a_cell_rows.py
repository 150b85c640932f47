"""Stop 34 (fix34a): a table dumped one cell a line, kept as the story's table, comes back as rows.

A box score or a results table in a plain-text dump arrives one cell a line ("Player" / "MIN" / "PTS" / "Dell" / "32" /
"22" / …); celltables.py keeps it inside the story, and kept so it cannot be read. When it is regular (a header row of
k labels, then rows of a name and k - 1 numbers, a side's name between rows), the text gives it as rows between bars,
as the HTML path writes a table; a table of another shape stays as it was, one cell a line.

Hand-written pages; none is eval data.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.html import normalise_document
from newsbrief.normalise.celltables import with_rows

STORY = {
    "en": ["Lakeside Rowers beat Millbrook 64-58 on Sunday to win the county league title for the first time in nine "
           "seasons, with Amir Haddad scoring 21 points.",
           "Millbrook led by six at half time, but Lakeside held them to eleven points in the third quarter.",
           "\"We defended for each other,\" Lakeside coach Ruth Ellison said after the final whistle."],
    "nl": ["De VVD is bij de gemeenteraadsverkiezingen in Veldhaven met acht zetels opnieuw de grootste partij "
           "geworden, blijkt uit de definitieve uitslag die woensdag is vastgesteld.",
           "GroenLinks won drie zetels en komt uit op zes, het CDA verloor er twee.",
           "De opkomst lag met 54 procent iets hoger dan vier jaar geleden, meldt de gemeente."],
    "ar": ["تصدر نادي الساحل جدول ترتيب الدوري بعد فوزه على نادي الوادي بهدفين دون رد في المباراة التي أقيمت مساء "
           "الجمعة على ملعب المدينة.",
           "وسجل المهاجم سامر الخطيب الهدفين في الشوط الثاني بعد تمريرتين من زميله.",
           "وقال مدرب الفريق إن اللاعبين قدموا أفضل مباراة لهم هذا الموسم."],
}
TABLE = {
    # heading, header row, rows (a label alone between rows: a side's name)
    "en": ("Box score", ["Player", "MIN", "FG", "PTS"],
           [["Haddad", "34", "8-15", "21"], ["Moreau", "30", "6-11", "14"], "MILLBROOK",
            ["Kerr", "33", "7-16", "19"], ["Osei", "28", "5-9", "12"]]),
    "nl": ("Uitslag", ["Partij", "Zetels", "Stemmen", "Procent"],
           [["VVD", "8", "6.412", "24,1"], ["GroenLinks", "6", "4.870", "18,3"], ["CDA", "3", "2.655", "10,0"]]),
    "ar": ("الترتيب", ["الفريق", "لعب", "فاز", "نقاط"],
           [["الساحل", "12", "9", "28"], ["الوادي", "12", "8", "25"], ["الجبل", "12", "6", "20"]]),
}
AFTER = {"en": "Lakeside open their cup campaign against Eastport on Saturday afternoon at the Riverside Hall.",
         "nl": "De nieuwe gemeenteraad wordt op 2 april geïnstalleerd, waarna de formatie van een college begint.",
         "ar": "ويلتقي الساحل في الجولة المقبلة مع نادي الجبل على ملعبه يوم الخميس المقبل."}


def _cells(lang: str) -> list[str]:
    heading, header, rows = TABLE[lang]
    return [heading, *header, *(cell for row in rows for cell in ([row] if isinstance(row, str) else row))]


def _page(lang: str, cells: list[str] | None = None) -> str:
    return "\n".join([*STORY[lang], *(cells or _cells(lang)), AFTER[lang]]) + "\n"


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_regular_cell_table_comes_back_as_rows(lang):
    heading, header, rows = TABLE[lang]
    a = normalise_text(_page(lang))
    paras = a.paragraphs
    assert _row(header) in paras
    for row in rows:
        assert (row if isinstance(row, str) else _row(row)) in paras
    # the rows stand in order, under the header row, the story around them kept
    at = paras.index(_row(header))
    assert paras[at + 1] == _row(rows[0])
    assert paras.index(AFTER[lang]) > at + len(rows)
    assert STORY[lang][-1] in paras
    # no cell is left on a line of its own
    for row in rows:
        if not isinstance(row, str):
            assert row[1] not in paras


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_irregular_cell_table_is_not_guessed(lang):
    """A row one number short: the period is not regular, the cells stay as they were."""
    heading, header, rows = TABLE[lang]
    first = next(r for r in rows if not isinstance(r, str))
    short = [heading, *header, *first[:-1], *(c for r in rows[1:] for c in ([r] if isinstance(r, str) else r))]
    a = normalise_text(_page(lang, short))
    assert not any(p.startswith("| ") for p in a.paragraphs)
    assert a.paragraphs == normalise_text(_page(lang, short), cell_rows=False).paragraphs


def test_rows_need_a_header_row_as_wide_as_a_row():
    # no header row and two rows: the period is not sure (fix35c: three rows of one shape are, see
    # test_normalise_fix35c_shaped_rows.py)
    cells = ["Haddad", "34", "21", "Kerr", "33", "19"]
    assert with_rows(cells, list(range(len(cells)))) == cells
    narrow = ["PTS", "Haddad", "34", "21", "Kerr", "33", "19"]  # one label over rows of three cells
    assert with_rows(narrow, list(range(len(narrow)))) == narrow
    wide = ["Player", "MIN", "PTS", "Haddad", "34", "21", "Kerr", "33", "19"]
    assert with_rows(["Intro."] + wide + ["Outro."], list(range(1, 1 + len(wide)))) \
        == ["Intro.", "| Player | MIN | PTS |", "| Haddad | 34 | 21 |", "| Kerr | 33 | 19 |", "Outro."]


def test_a_bar_inside_a_cell_is_escaped():
    cells = ["Club", "W", "L", "Harbour | Gull", "9", "3", "Eastport", "7", "5"]
    rows = with_rows(cells, list(range(len(cells))))
    assert rows[1] == "| Harbour \\| Gull | 9 | 3 |"


def test_html_path_keeps_its_markdown_rows():
    html = ("<html><head><title>Lakeside win the league</title></head><body><article><h1>Lakeside win the league</h1>"
            + "".join(f"<p>{p}</p>" for p in STORY["en"])
            + "<table><tr><th>Player</th><th>MIN</th><th>PTS</th></tr><tr><td>Haddad</td><td>34</td><td>21</td></tr>"
              "<tr><td>Kerr</td><td>33</td><td>19</td></tr></table>"
            + f"<p>{AFTER['en']}</p></article></body></html>")
    a = normalise_document(html)
    paras = a.paragraphs
    at = paras.index("| Player | MIN | PTS |")
    assert paras[at + 1:at + 3] == ["| Haddad | 34 | 21 |", "| Kerr | 33 | 19 |"]
    assert paras[-1] == AFTER["en"]


def test_prices_are_figures_and_names_between_single_rows_are_no_table():
    header = ["Area", "Median price", "Yearly", "Monthly"]
    rows = [["Eastport", "$183", "8.7%", "-2.1%"], ["Lakeside", "$205", "6.4%", "1.8%"], ["Millbrook", "$253", "1.7%", "1.1%"]]
    cells = header + [c for r in rows for c in r]
    assert with_rows(cells, list(range(len(cells)))) == [_row(header)] + [_row(r) for r in rows]
    # a price written so that it is no figure ("c. 183") in one row only: read by its labels, the area's name is a
    # label over a single row; read by its shape, the rows differ: no regular period, no rows guessed
    shifted = header + [c for k, r in enumerate(rows) for c in ([r[0], "c. " + r[1][1:], *r[2:]] if k == 0 else r)]
    assert with_rows(shifted, list(range(len(shifted)))) == shifted
    # (the same in every row is a regular shape, two words and two figures a row under a header row as wide: rows,
    # fix35c)
    words = header + [c for r in rows for c in [r[0], "c. " + r[1][1:], *r[2:]]]
    assert with_rows(words, list(range(len(words)))) \
        == [_row(header)] + [_row([r[0], "c. " + r[1][1:], *r[2:]]) for r in rows]
