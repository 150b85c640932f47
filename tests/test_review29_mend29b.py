"""Review 29 findings mended on branch mend29b: each test holds the reviewer's input (with nl/ar twins where the rule
reads phrases) and failed before its mend.

- 29a-1: a story section under "Literature" / "Literatuur" / "المراجع" was taken for a reference list (references.py)
- 29a-8: the duplicate-bytes warning was read back from a saved record on a later run (batch.py)
- 29a-9: the results page's group headings: "Group 1" read in losses.py but not in matchfacts.py (one helper now)
- 29b-7/8: a data table with one long cell (or cells wrapped in <p>) was read as a layout table (layouttables.py)
- 29b-9: a day's programme (round times) was taken for a live blog's entries when dating the page (entrytimes.py)
"""

from __future__ import annotations

import json

import pytest
from lxml import html as lxml_html

from newsbrief.normalise import normalise_text
from newsbrief.normalise.html import normalise_html
from newsbrief.normalise.layouttables import _paragraphs, is_layout_table
from newsbrief.normalise.references import REFERENCES_REASON
from tests.cli_articles import write
from tests.fixtures_cli import invoke


# --- 29a-1: a story section under a heading a reference list has too ----------------------------------------------

ROUNDUP = {
    "en": ("Arts roundup: what to see, read and hear this winter\n"
           "By Clara Jansen\n"
           "3 December 2026\n"
           "The season brings three premieres, a new novel from a local writer and the return of the winter fair.\n"
           "Film\n"
           "The harbour cinema opens its winter season with a restored print of a 1950s fishing documentary.\n"
           "Literature\n"
           "The university press will publish the diaries of the poet Anna Vos in 2026, a decade after her death.\n"
           "Her publisher, Harbour Press, said the 1962 notebooks alone run to 900 pages.\n"),
    "nl": ("Cultuuroverzicht: wat je deze winter ziet, leest en hoort\n"
           "Door Clara Jansen\n"
           "3 december 2026\n"
           "Het seizoen brengt drie premières, een nieuwe roman van een schrijver uit de stad en de wintermarkt.\n"
           "Film\n"
           "Het filmhuis opent het winterseizoen met een gerestaureerde kopie van een documentaire uit de jaren vijftig.\n"
           "Literatuur\n"
           "De universiteit geeft in 2026 de dagboeken van dichteres Anna Vos uit, tien jaar na haar dood.\n"
           "Haar uitgeverij zegt dat de schriften uit 1962 alleen al 900 pagina's beslaan.\n"),
    "ar": ("جولة ثقافية: ماذا تشاهد وتقرأ وتسمع هذا الشتاء\n"
           "بقلم: كلارا يانسن\n"
           "3 ديسمبر 2026\n"
           "يحمل الموسم ثلاثة عروض أولى ورواية جديدة لكاتب محلي وعودة سوق الشتاء إلى الميناء.\n"
           "السينما\n"
           "تفتتح سينما الميناء موسمها الشتوي بنسخة مرممة من فيلم وثائقي عن الصيد من خمسينيات القرن الماضي.\n"
           "المراجع\n"
           "ستنشر مطبعة الجامعة يوميات الشاعرة آنا فوس عام 2026 بعد عقد على رحيلها.\n"
           "وقالت دار النشر إن دفاتر عام 1962 وحدها تقع في 900 صفحة.\n"),
}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_story_section_under_a_literature_heading_is_no_reference_list(lang):
    art = normalise_text(ROUNDUP[lang], language=lang)
    assert not [src for src, role, reason in art.line_roles if reason == REFERENCES_REASON]
    for paragraph in ROUNDUP[lang].splitlines()[-2:]:
        assert paragraph in art.paragraphs, paragraph


# --- 29a-8: the duplicate-bytes warning belongs to one run ------------------------------------------------------------

STORY = ("Island ferry timetable cut for the winter months\n\nBy Rhona Gillies | 12 October 2026\n\n"
         "The ferry company will run two crossings a day to the island from November instead of four, it said.\n\n"
         "Islanders said the change would make it hard to reach hospital appointments on the mainland.\n")


def _warnings(result) -> dict[str, list[str]]:
    return {r["source"].rsplit("/", 1)[-1]: r["warnings"] for r in map(json.loads, result.stdout.splitlines())}


def test_a_skipped_copy_is_not_called_a_copy_of_an_input_outside_this_run(env, tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    write(src, "a.txt", STORY)
    write(src, "b.txt", STORY)
    assert invoke("normalise", str(src / "a.txt"), str(src / "b.txt"), "-o", str(out)).exit_code == 0
    result = invoke("normalise", str(src / "b.txt"), "-o", str(out), "--json")
    assert result.exit_code == 0, result.stderr
    assert not any("same bytes" in w for w in _warnings(result)["b.txt"])


def test_a_skipped_copy_of_an_earlier_input_of_this_run_is_noted(env, tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    write(src, "a.txt", STORY)
    write(src, "b.txt", STORY)
    assert invoke("normalise", str(src / "b.txt"), "-o", str(out)).exit_code == 0
    result = invoke("normalise", str(src / "a.txt"), str(src / "b.txt"), "-o", str(out), "--json")
    assert result.exit_code == 0, result.stderr
    assert any(f"the same bytes as {src / 'a.txt'}" in w for w in _warnings(result)["b.txt"])
    assert not any("same bytes" in w for w in _warnings(result)["a.txt"])


# --- 29a-9: one rule for a results table's group headings -------------------------------------------------------------

@pytest.mark.parametrize("groups", [("Group 1", "Group 2"), ("Northern group", "Southern group"),
                                    ("Poule 1", "Poule 2"), ("المجموعة 1", "المجموعة 2")])
def test_numbered_and_named_group_headings_both_head_a_results_table(groups):
    from newsbrief.normalise.matchfacts import results_below

    texts = ["Results: Hartley Town snatch late win", "Hartley Town won 2-1 at home on Saturday.",
             groups[0], "Hartley Town 2-1 Bexford", "Marsh United 0-0 Kirkby",
             groups[1], "Northam 3-2 Eastleigh Rovers", "Fenwick 1-4 Calder Vale"]
    assert results_below(texts, texts[0], 1) == list(range(2, 8))


def test_guard_a_sentence_or_a_model_number_heads_no_group():
    from newsbrief.normalise.matchfacts import results_below

    texts = ["Results: Hartley Town snatch late win", "Hartley Town won 2-1.", "Nikon D3200 sample images",
             "Hartley Town 2-1 Bexford", "Marsh United 0-0 Kirkby", "Northam 3-2 Eastleigh Rovers"]
    assert results_below(texts, texts[0], 1) == [3, 4, 5] or results_below(texts, texts[0], 1) == []


# --- 29b-7/8: a data table with a long cell stays a table --------------------------------------------------------------

LONG = ("The council approved a revised plan for the Eastgate site after a six-month consultation in which residents "
        "asked for more affordable homes, a new health centre, safer crossings on the ring road and a park in place "
        "of the old car park beside the swimming pool.")


def _table(markup: str):
    return next(lxml_html.document_fromstring(f"<html><body>{markup}</body></html>").iter("table"))


@pytest.mark.parametrize("markup", [
    # a header row and one long decision among short ones (29b-7)
    f"<table><tr><th>Date</th><th>Decision</th></tr><tr><td>3 May</td><td>{LONG}</td></tr>"
    "<tr><td>9 June</td><td>Budget agreed.</td></tr><tr><td>1 July</td><td>Works begin on site.</td></tr></table>",
    # no header row, but three rows of two cells: a grid
    f"<table><tr><td>3 May</td><td>{LONG}</td></tr>"
    "<tr><td>9 June</td><td>Budget agreed.</td></tr><tr><td>1 July</td><td>Works begin on site.</td></tr></table>",
    # a CMS wraps each cell's text in <p> (29b-8)
    f"<table><tr><th>Date</th><th>Decision</th></tr><tr><td><p>3 May</p></td><td><p>{LONG}</p></td></tr>"
    "<tr><td><p>9 June</p></td><td><p>Budget agreed.</p></td></tr></table>",
    # nl / ar: the same tables in other words (the rule is language-blind)
    "<table><tr><th>Datum</th><th>Besluit</th></tr><tr><td><p>3 mei</p></td><td><p>" + " ".join(["woord"] * 45) +
    "</p></td></tr><tr><td><p>9 juni</p></td><td><p>Begroting vastgesteld.</p></td></tr></table>",
    "<table><tr><th>التاريخ</th><th>القرار</th></tr><tr><td>3 مايو</td><td>" + " ".join(["كلمة"] * 45) +
    "</td></tr><tr><td>9 يونيو</td><td>إقرار الميزانية.</td></tr><tr><td>1 يوليو</td><td>بدء الأعمال.</td></tr></table>",
])
def test_a_data_table_with_one_long_cell_is_no_layout_table(markup):
    assert is_layout_table(_table(markup)) is False


def test_a_single_paragraph_in_a_cell_counts_once():
    cell = _table(f"<table><tr><td><p>{LONG}</p></td></tr></table>").find(".//td")
    assert _paragraphs(cell) == 1


@pytest.mark.parametrize("markup", [
    f"<table><tr><td><p>{LONG}</p><p>{LONG}</p></td></tr></table>",
    f"<table><tr><td>{LONG}<br><br>{LONG}</td></tr></table>",
    f"<table><tr><td>{LONG}<p>{LONG}</p></td></tr></table>",
])
def test_guard_two_paragraphs_in_a_cell_count_two_or_more(markup):
    assert _paragraphs(_table(markup).find(".//td")) >= 2


def test_guard_a_layout_row_beside_a_menu_is_still_layout():
    markup = (f"<table><tr><td>Home</td></tr><tr><td>News<br>Sport</td><td>{LONG} {LONG}</td></tr>"
              "<tr><td>Copyright 2026</td></tr></table>")
    assert is_layout_table(_table(markup)) is True


# --- 29b-9: a programme's round times are no live entries when the page is dated ------------------------------------

PROGRAMME = [("09:00", "Doors open and registration in the main hall."),
             ("10:30", "The mayor opens the festival with a short speech."),
             ("12:00", "Lunch is served by local food stalls on the harbour front."),
             ("14:15", "The brass band plays on the bandstand until four."),
             ("16:45", "Fireworks over the harbour close the festival day.")]


def _festival(shown: str, programme=PROGRAMME) -> str:
    items = "".join(f"<p>{t}</p><p>{x}</p>" for t, x in programme)
    return ('<html lang="en"><head><meta charset="utf-8"><title>Harbour festival returns this weekend</title></head>'
            '<body><article><h1>Harbour festival returns this weekend</h1>'
            '<time datetime="2026-11-28T09:10:00+00:00">' + shown + '</time>'
            '<p>The harbour festival returns on Saturday after a two-year break, with music, food and fireworks along '
            'the quay.</p><p>Organisers expect more than 20,000 visitors and have asked people to come by bus or '
            'train.</p><p>This is the programme for the day:</p>' + items +
            '<p>Tickets are free but must be booked online in advance, the organisers said.</p>'
            '</article></body></html>')


def test_a_programmes_times_do_not_date_the_page_as_live_entries():
    article = normalise_html(_festival("Updated 2 hours ago"))
    assert article.published == "2026-11-28T09:10:00+00:00" or article.published.startswith("2026-11-28T09:10")
    assert not any("live entries" in w for w in article.warnings), article.warnings


def test_guard_a_live_blogs_entries_still_date_the_page():
    blog = [("16:52", "Police say the road will stay closed overnight."),
            ("15:37", "A second fire crew has arrived from the city."),
            ("14:08", "Residents of ten homes have been moved to the village hall."),
            ("13:21", "Smoke can be seen from the motorway, drivers report.")]
    article = normalise_html(_festival("Updated 2 hours ago", blog))
    assert any("live entries" in w or "the page carries updates" in w for w in article.warnings), article.warnings


def test_a_data_tables_short_rows_beside_a_long_one_are_kept_in_the_text():
    from tests.test_layout_tables import DATA, DATA_TABLES, normalise_document

    c = DATA_TABLES["en"]
    rows = ("<tr><th>Date</th><th>Decision</th></tr><tr><td>3 May</td><td>" + LONG + "</td></tr>"
            "<tr><td>9 June</td><td>Budget agreed.</td></tr><tr><td>1 July</td><td>Works begin on site.</td></tr>")
    article = normalise_document(DATA.format(lang="en", title=c["title"], p1=c["p1"], p2=c["p2"], rows=rows),
                                 language="en")
    assert "| 9 June | Budget agreed. |" in article.paragraphs and "| 1 July | Works begin on site. |" in article.paragraphs


@pytest.mark.parametrize("make", [lambda n: "Group " + "x" * n, lambda n: "Group " + "x" * n + "1", lambda n: "a" * n + "."])
def test_the_group_heading_rule_is_linear_in_the_lines_length(make):
    from newsbrief.normalise.matchfacts import group_heading
    from tests.scaling import assert_grows_linearly

    assert_grows_linearly(lambda text: group_heading(text, len(text.split())), make, 5000, 20000)
