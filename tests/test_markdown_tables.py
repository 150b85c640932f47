"""tester 26's finding F13: a table renders as a markdown table, and an HTML table's caption as its caption.

The record's text keeps a table as one paragraph per row ("| Peter Cole | Labour | 1,073 |"), which the summariser
reads row by row; the markdown rendering printed those paragraphs with blank lines between and no "|---|" rule, so a
markdown reader showed bar-text, not a table. And the extractor writes an HTML table's <caption> as a first row with
empty cells ("| Riverside ward by-election result | | | |"). Pages written for the tests, en, nl and ar.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise.html import normalise_html
from newsbrief.record import Article
from newsbrief.render import render_markdown

PAGE = """<!doctype html><html lang="{lang}"><head><title>{title}</title></head><body>
<nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<article>
<h1>{title}</h1>
<p>{p1}</p>
<p>{p2}</p>
<table>
<caption>{caption}</caption>
<thead><tr>{head}</tr></thead>
<tbody>
{rows}
</tbody>
</table>
<p>{p3}</p>
</article>
<footer>© 2026</footer>
</body></html>"""

CASES = {
    "en": dict(
        title="Independent wins Castleford North by-election",
        p1="An independent candidate has won the Castleford North by-election, ending forty years of Labour control "
           "of the ward.",
        p2="Maureen Holt took 1,412 votes on a turnout of 29 per cent, the returning officer said on Friday morning.",
        caption="Castleford North by-election result",
        cols=["Candidate", "Party", "Votes"],
        data=[["Maureen Holt", "Independent", "1,412"], ["Dan Price", "Labour", "1,006"],
              ["Ella Shah", "Conservative", "388"]],
        p3="Ms Holt said she would campaign to reopen the ward's library, which closed last spring."),
    "nl": dict(
        title="Lokale partij wint tussentijdse verkiezing in Dalfsen",
        p1="De lokale partij Dalfsen Vooruit heeft de tussentijdse verkiezing gewonnen en wordt de grootste partij "
           "in de gemeenteraad.",
        p2="De opkomst was 41 procent, meldt de gemeente op haar website na het tellen van alle stemmen.",
        caption="Uitslag tussentijdse verkiezing Dalfsen",
        cols=["Partij", "Stemmen", "Zetels"],
        data=[["Dalfsen Vooruit", "4.210", "6"], ["CDA", "3.115", "5"], ["VVD", "1.870", "3"]],
        p3="De coalitiegesprekken beginnen volgende week onder leiding van een informateur."),
    "ar": dict(
        title="مرشح مستقل يفوز بالانتخابات البلدية في إربد",
        p1="فاز مرشح مستقل برئاسة بلدية إربد بعد منافسة قوية مع مرشحي الأحزاب، وفق النتائج الرسمية التي أعلنت اليوم.",
        p2="وبلغت نسبة الاقتراع 36 في المئة، بحسب الهيئة المستقلة للانتخاب في بيان صحفي.",
        caption="نتائج انتخابات بلدية إربد",
        cols=["المرشح", "الأصوات", "النسبة"],
        data=[["حسن العمري", "12,400", "48%"], ["سليم داود", "9,800", "38%"], ["نادر يوسف", "3,600", "14%"]],
        p3="وقال الفائز في كلمة لأنصاره إن أولويته تحسين النقل العام في المدينة."),
}


def _html(lang: str) -> tuple[str, dict]:
    c = CASES[lang]
    head = "".join(f"<th>{x}</th>" for x in c["cols"])
    rows = "\n".join("<tr>" + "".join(f"<td>{x}</td>" for x in r) + "</tr>" for r in c["data"])
    return PAGE.format(lang=lang, head=head, rows=rows, **{k: v for k, v in c.items() if k not in ("cols", "data")}), c


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_an_html_tables_caption_is_a_line_not_a_row_of_empty_cells(lang):
    # main: "| Castleford North by-election result |  |  |" as the table's first row
    html, c = _html(lang)
    art = normalise_html(html, language=lang)
    assert c["caption"] in art.paragraphs
    assert not any(c["caption"] in p and "|" in p for p in art.paragraphs)
    assert "| " + " | ".join(c["cols"]) + " |" in art.paragraphs  # the header row stays a row


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_the_markdown_rendering_is_a_markdown_table_under_its_caption(lang):
    # main: one paragraph per row, blank lines between, no "|---|" rule
    html, c = _html(lang)
    art = normalise_html(html, language=lang)
    record = Article(source="page.html", language=lang, title=art.title, byline=art.byline,
                     published=art.published, text=art.text)
    md = render_markdown(record, "normalise")
    table = "\n".join(["| " + " | ".join(c["cols"]) + " |", "|---|---|---|"]
                      + ["| " + " | ".join(r) + " |" for r in c["data"]])
    assert f"*{c['caption']}*\n\n{table}\n\n" in md


def test_rows_of_uneven_width_are_padded_and_a_lone_row_stays_a_paragraph():
    record = Article(source="x.txt", language="en", title="Prices",
                     text="Prices at the close.\n\nMetal | Close\n\nTin | 28,150 | -90\n\nThe end.\n\n| Lone | row |")
    md = render_markdown(record, "normalise")
    assert "| Metal | Close |  |\n|---|---|---|\n| Tin | 28,150 | -90 |\n\nThe end." in md
    assert "\n\n| Lone | row |\n" in md  # one row is no table: printed as it stands
    assert "*Prices at the close.*" not in md  # a sentence above a table is no caption


def test_guard_paragraphs_without_tables_render_as_before():
    record = Article(source="x.txt", language="en", title="T", text="First paragraph.\n\n- a dash line\n\nLast one.")
    md = render_markdown(record, "normalise")
    assert "First paragraph.\n\n\\- a dash line\n\nLast one.\n" in md
