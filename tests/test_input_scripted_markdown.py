"""Inputs that said the wrong thing (fix30f, tester stop 30 E1, E2, F1).

E1: a page rendered in the browser (its article only in Next.js's `__NEXT_DATA__`) failed with "it holds only menu
    words" and kept a menu word as its text: it says that its text is rendered by JavaScript now, and keeps none.
E2: an HTML page with no text at all said "every line was read as metadata (byline or date)".
F1: a Markdown file's "# Heading" stayed in the title with its "#", or a short one was removed as boilerplate.

Hand-written pages; none is eval data.
"""

from __future__ import annotations

import json

import pytest

from newsbrief.normalise.html import normalise_html
from newsbrief.normalise.markdown import plain_headings, title_heading
from newsbrief.normalise.noarticle import NO_ARTICLE
from tests.cli_articles import write
from tests.fixtures_cli import invoke
from tests.scaling import assert_grows_linearly

NEXT = {
    "en": ("Ferry operator adds winter sailings", "Skyline", ["Ferry operator NordLink will add four winter sailings a "
           "week between Bergen and Newcastle from November.", "The company said bookings were up a fifth."]),
    "nl": ("Veerdienst vaart ook in de winter", "Nieuws", ["Veerdienst Waddenlijn gaat vanaf november ook in de "
           "winter vier keer per week naar Vlieland varen.", "Volgens het bedrijf stegen de boekingen met een vijfde."]),
    "ar": ("شركة العبارات تضيف رحلات شتوية", "الرئيسية", ["أعلنت شركة العبارات أنها ستضيف أربع رحلات أسبوعية خلال "
           "الشتاء بين الميناءين اعتباراً من نوفمبر.", "وقالت الشركة إن الحجوزات ارتفعت بمقدار الخمس."]),
}


def _next_page(lang: str) -> str:
    title, menu, body = NEXT[lang]
    data = json.dumps({"props": {"pageProps": {"story": {"title": title, "blocks": [
        {"kind": "p", "value": text} for text in body]}}}}, ensure_ascii=False)
    return (f'<html lang="{lang}"><head><title>{title}</title></head><body><header><nav><a href="/">{menu}</a></nav>'
            f'</header><div id="__next"><main>…</main></div>\n'
            f'<script id="__NEXT_DATA__" type="application/json">{data}</script></body></html>')


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_page_rendered_in_the_browser_says_so(lang):
    article = normalise_html(_next_page(lang))
    assert not article.paragraphs
    reason = next(w for w in article.warnings if w.startswith(NO_ARTICLE))
    assert "JavaScript" in reason and "menu words" not in reason


def test_page_rendered_in_the_browser_fails_summarise_with_the_reason(tmp_path):
    write(tmp_path, "csr.html", _next_page("en"))
    result = invoke("summarise", str(tmp_path / "csr.html"), "--format", "jsonl")
    assert result.exit_code != 0
    assert "rendered by JavaScript" in result.stderr and "menu words" not in result.stderr


def test_server_rendered_next_page_keeps_its_article():
    # the same data block on a page whose HTML holds the article too (server-rendered): read as before
    title, _, body = NEXT["en"]
    paras = "".join(f"<p>{text}</p>" for text in body + ["Tickets go on sale on Monday, the company said."])
    html = _next_page("en").replace("<main>…</main>", f"<main><article><h1>{title}</h1>\n{paras}</article></main>")
    article = normalise_html(html)
    assert body[0] in article.text
    assert not any(w.startswith(NO_ARTICLE) for w in article.warnings)


def test_empty_html_page_says_it_holds_no_text(tmp_path):
    write(tmp_path, "empty.html", "<html><body><div></div></body></html>")
    result = invoke("summarise", str(tmp_path / "empty.html"), "--format", "jsonl")
    assert "holds no text at all" in result.stderr and "metadata" not in result.stderr


def test_markdown_title_loses_its_marker(tmp_path):
    write(tmp_path, "story.md", "# Mayor resigns over expenses row\n\nBy Jo Bloggs\n\nThe mayor resigned on Friday "
          "after a row over expenses, the council said.\n\n## What happens next\n\nThe council will elect a new "
          "mayor in May, a spokesman said on Friday.\n")
    record = json.loads(invoke("normalise", str(tmp_path / "story.md"), "--format", "jsonl").stdout.splitlines()[0])
    assert record["title"] == "Mayor resigns over expenses row"
    assert "#" not in record["text"]


@pytest.mark.parametrize("heading", ["# Raad stemt in", "# الوزير يستقيل", "# Short story #"])
def test_short_markdown_title_is_the_title(tmp_path, heading):
    write(tmp_path, "d.md", f"{heading}\n\nDe burgemeester trad vrijdag af na ophef over zijn declaraties, meldt de "
          "gemeente.\n\nHij was sinds 2019 in functie.\n")
    record = json.loads(invoke("normalise", str(tmp_path / "d.md"), "--format", "jsonl").stdout.splitlines()[0])
    assert record["title"] == heading.strip("# ")
    assert heading not in record["removed"]


def test_text_file_keeps_its_hash_lines():
    # a plain-text dump's "# of replies" or ranked item is no heading: only a .md file is read as Markdown
    assert title_heading("# of Houses Sold\n12") == "of Houses Sold"  # (the helper itself reads any text ...)
    assert plain_headings("#hashtag stays\n# 1 : Farm shop closing") == "#hashtag stays\n1 : Farm shop closing"


def test_markdown_patterns_are_linear():
    # "# a", a run of blanks, "b": a lazy heading text retried the closing run at every blank (review30b #4)
    def run(text: str) -> None:
        plain_headings(text)
        title_heading(text)

    assert_grows_linearly(run, lambda n: "# a" + " " * n + "b", 5_000, 20_000)
    assert_grows_linearly(run, lambda n: "# " + "word # " * n + "x", 2_000, 8_000)


@pytest.mark.parametrize("line, expected", [
    ("# Mayor resigns ##", "Mayor resigns"),
    ("## Why C# won   ", "Why C# won"),
    ("### Wethouder stapt op #", "Wethouder stapt op"),
    ("# استقالة رئيس البلدية #", "استقالة رئيس البلدية"),
])
def test_closing_hashes_are_taken_off(line, expected):
    assert plain_headings(line) == expected
