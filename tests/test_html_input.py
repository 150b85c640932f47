"""HTML input (issue 10, item 6): a page that is HTML, by its content, is cleaned from its markup by trafilatura,
then joins the plain-text normaliser's record, boxes and datelines. Plain text is not touched.

The pages in tests/html_pages/ are hand-written (nl/ar/en, with menus, cookie banners, related boxes, comment
sections and footers); each has the article body we wrote as its gold (<name>.gold.txt).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.html import looks_like_html, normalise_document, normalise_html
from tests.cli_articles import ENGLISH, write
from tests.fixtures_cli import invoke

PAGES = Path(__file__).parent / "html_pages"


def _page(name: str) -> str:
    return (PAGES / f"{name}.html").read_text(encoding="utf-8")


def _word_f1(pred: str, gold: str) -> float:
    p, g = Counter(re.findall(r"\w+", pred.lower())), Counter(re.findall(r"\w+", gold.lower()))
    overlap = sum((p & g).values())
    return 0.0 if not overlap else 2 * overlap / (sum(p.values()) + sum(g.values()))


def _records(result) -> list[dict]:
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.mark.parametrize("name", sorted(p.stem for p in PAGES.glob("*.html")))
def test_html_page_body_matches_its_gold(tmp_path, name):
    record = _records(invoke("normalise", str(PAGES / f"{name}.html"), "--format", "jsonl"))[0]
    gold = (PAGES / f"{name}.gold.txt").read_text(encoding="utf-8")
    assert _word_f1(record["text"], gold) >= 0.9, record["text"]
    for boiler in ("cookie", "Reacties", "التعليقات", "Sort by", "Meest gelezen", "الأكثر قراءة", "©"):
        assert boiler not in record["text"]


def test_html_metadata_fills_title_byline_published(tmp_path):
    record = _records(invoke("normalise", str(PAGES / "nl_woningbouw.html"), "--format", "jsonl"))[0]
    assert record["title"] == "Kabinet trekt twee miljard extra uit voor betaalbare woningen"
    assert record["byline"] == "Sanne de Vries, ANP"  # author from <meta>, then the dateline's agency
    assert record["published"] == "2024-03-05T09:12+01:00"  # the time of day the <meta> states (README)
    assert record["text"].startswith("Het kabinet trekt volgend jaar")  # dateline out of the first sentence
    assert record["language"] == "nl"
    # nothing vanishes: the menu, the related box and the comments are listed as removed
    for line in ("Binnenland", "Lees ook", "Huurprijzen stijgen opnieuw harder dan de inflatie", "Reacties (3)"):
        assert line in record["removed"]


def test_arabic_dateline_line_becomes_the_byline():
    article = normalise_document(_page("ar_taqa"))
    assert article.byline == "رويترز"
    assert article.published == "2024-02-20T10:00+04:00"  # the time of day the <meta> states (README)
    assert "اقرأ أيضاً" not in article.text and "أسعار النفط تتراجع" not in article.text


@pytest.mark.parametrize(("name", "takeaways"), [("nl_fietsen", 3), ("ar_naft", 2)])
def test_summary_box_in_html_goes_to_source_takeaways(name, takeaways):
    article = normalise_document(_page(name))
    assert len(article.source_takeaways) == takeaways
    assert all(t not in article.text for t in article.source_takeaways)


def test_related_box_in_the_middle_removes_only_itself():
    article = normalise_document(_page("nl_fietsen"))
    assert "Fietsdiefstal" not in article.text
    assert article.text.rstrip().endswith("plekken tekortkomen.")  # the story goes on after the box


def test_article_table_rows_are_kept():
    article = normalise_document(_page("en_storm"))
    assert "Louisiana" in article.text and "120,000" in article.text
    assert "Stay safe everyone" not in article.text  # the comment section is not


def test_html_is_recognised_by_content_not_by_name(tmp_path):
    write(tmp_path, "saved-page.txt", _page("en_storm"))
    record = _records(invoke("normalise", str(tmp_path / "saved-page.txt"), "--format", "jsonl"))[0]
    assert record["title"] == "Storm knocks out power to thousands across the Gulf Coast"
    assert "<p>" not in record["text"] and "Accept all" not in record["text"]


def test_html_on_stdin():
    record = _records(invoke("normalise", "-", "--format", "jsonl", input=_page("nl_woningbouw")))[0]
    assert record["title"] == "Kabinet trekt twee miljard extra uit voor betaalbare woningen"


def test_folder_walk_takes_html_and_htm_by_default(tmp_path):
    write(tmp_path, "a.txt", ENGLISH)
    write(tmp_path, "b.html", _page("en_storm"))
    write(tmp_path, "sub/c.htm", _page("nl_fietsen"))
    write(tmp_path, "notes.md", "not an article")
    sources = [Path(r["source"]).name for r in _records(invoke("normalise", str(tmp_path), "--format", "jsonl"))]
    assert sources == ["a.txt", "b.html", "c.htm"]


@pytest.mark.parametrize(
    "text",
    [
        ENGLISH,
        "Title\n\nA scraped line with <img src=\"x.jpg\"> residue and a <b>bold</b> word in it.\n",
        "<p>One short paragraph only.</p>\n",
        "Prices < 5 and > 3 were seen.\n\nMore <div> talk in plain text.\n",
    ],
)
def test_plain_text_keeps_the_plain_path(text):
    assert not looks_like_html(text)
    assert normalise_document(text) == normalise_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "<!DOCTYPE html><html><body><p>x</p></body></html>",
        "\ufeff  <?xml version=\"1.0\" encoding=\"utf-8\"?>\n<html><body>x</body></html>",
        "<!-- saved by a scraper -->\n<html lang=\"ar\"><head><title>t</title></head><body></body></html>",
        "<div class=\"story\"><h1>Kop</h1><p>Een.</p><p>Twee.</p><p>Drie.</p></div>",
    ],
)
def test_html_documents_and_fragments_are_recognised(text):
    assert looks_like_html(text)


def test_html_without_an_article_says_so(tmp_path):
    write(tmp_path, "empty.html", "<html><head><title>Gallery</title></head><body><img src='a.jpg'>"
                                  "<script>var a = 1;</script></body></html>")
    record = _records(invoke("normalise", str(tmp_path / "empty.html"), "--format", "jsonl"))[0]
    assert any("HTML extractor found no article text" in w for w in record["warnings"])
    assert record["text"] == ""


def test_missing_trafilatura_is_one_clear_error(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import trafilatura now raises ImportError
    write(tmp_path, "page.html", _page("en_storm"))
    write(tmp_path, "plain.txt", ENGLISH)
    result = invoke("normalise", str(tmp_path), "--format", "jsonl")
    assert result.exit_code != 0
    records = {Path(r["source"]).name: r for r in (json.loads(x) for x in result.stdout.splitlines())}
    assert records["plain.txt"]["error"] is None  # the plain-text article is still done
    assert "needs trafilatura" in records["page.html"]["error"]["message"]
    assert "needs trafilatura" in result.stderr and result.stderr.count("\n") <= 3


def test_a_name_from_the_press_contact_below_the_story_is_not_the_byline():
    article = normalise_document(_page("en_release"))
    assert article.byline == "SAN FRANCISCO, Calif. (PRNewswire)"
    assert article.published == "2024-03-05"
    assert "About Acme Robotics" not in (article.byline or "")


BRIDGE = """<!doctype html><html><head><title>Bridge reopens after repairs | The Courier</title></head><body>
<nav><a href="/">Home</a> <a href="/local">Local</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Bridge reopens after two years of repairs</h1>
<p>The Old Mill bridge reopened to traffic on Monday after two years of repairs that cost the county 14 million
dollars, officials said.</p>
<p>Read more:</p>
<ul><li><a href="/a">Council approves new bus routes for the north side</a></li></ul>
<p>Engineers replaced the deck and strengthened the piers, which had been damaged by floods in the spring of 2022.</p>
<p>Drivers had faced a detour of twenty minutes through the village while the work went on, residents said.</p>
</article>
<footer><p>Copyright 2024 The Courier. All rights reserved.</p></footer>
</body></html>"""


def _assert_trail_matches(article) -> None:
    """line_roles says what became of each extracted line: content in the text, removed in `removed`."""
    for source, role, reason in article.line_roles:
        if role == "content":  # the paragraph may have lost an opening dateline to the byline
            assert any(paragraph in source for paragraph in article.paragraphs), (source, reason)
        elif role == "removed" and not re.fullmatch(r"\|[\s|:-]*\|", source):
            # (a table's rule, "|---|---|", is the extractor's markdown: in the trail, never in `removed`)
            assert source in article.removed, (source, reason)


def test_removed_lists_the_page_in_its_order():
    # the menu and the footer were left out by the extractor, "Read more:" removed by the normaliser from the
    # extracted text: a reader of `removed` gets them as the page shows them, not one source after the other
    article = normalise_document(BRIDGE)
    assert article.removed == ["Home Local Sport", "Read more:", "Council approves new bus routes for the north side",
                               "Copyright 2024 The Courier. All rights reserved."]
    assert article.text.startswith("The Old Mill bridge reopened")  # put back: the extractor's body
    _assert_trail_matches(article)


@pytest.mark.parametrize("name", sorted(p.stem for p in PAGES.glob("*.html")))
def test_removed_is_in_page_order_on_every_page(name):
    from newsbrief.normalise.html import page_lines

    html = _page(name)
    article = normalise_document(html)
    lines = page_lines(html)
    at = [lines.index(line) for line in article.removed if line in lines]  # a table rule is not a page line
    assert at and at == sorted(at), article.removed
    _assert_trail_matches(article)


MOST_READ = """<!doctype html><html><head><title>Bridge reopens | The Courier</title>
<meta property="og:title" content="Bridge reopens after two years of repairs"></head><body>
<nav><a href="/">Home</a> <a href="/local">Local</a></nav>
<article>
<h1>Old Mill crossing open again</h1>
<p>The Old Mill bridge reopened to traffic on Monday after two years of repairs that cost the county 14 million
dollars, officials said.</p>
<p>Advertisement</p>
<p>Read more:</p>
<ul><li><a href="/a">Council approves new bus routes for the north side</a></li></ul>
<p>Engineers replaced the deck and strengthened the piers, which had been damaged by floods in the spring of 2022.</p>
<p>Drivers had faced a detour of twenty minutes through the village while the work went on, residents said.</p>
</article>
<aside><h3>Most read</h3><ul><li><a href="/b">Bridge reopens after two years of repairs</a></li>
<li><a href="/c">Council approves new bus routes for the north side</a></li></ul></aside>
<footer><p>Copyright 2024 The Courier. All rights reserved.</p></footer>
</body></html>"""


def test_a_metadata_title_found_again_below_the_story_does_not_reorder_removed():
    # the og:title differs from the <h1> and stands again only in the "Most read" box after the story: placing it
    # there used to put the headline, "Advertisement" and the box's lines after "Most read"
    article = normalise_document(MOST_READ)
    assert article.title == "Bridge reopens after two years of repairs"
    assert article.removed == ["Home Local", "Old Mill crossing open again", "Advertisement", "Read more:",
                               "Council approves new bus routes for the north side", "Most read",
                               "Council approves new bus routes for the north side",
                               "Copyright 2024 The Courier. All rights reserved."]
    _assert_trail_matches(article)


def test_the_headline_replaced_by_the_page_title_stays_in_its_place():
    # the page's metadata title wins; the headline the normaliser had taken for the title is listed where it stands
    page = BRIDGE.replace("<title>Bridge reopens after repairs | The Courier</title>",
                          '<meta property="og:title" content="The Courier - Local news, sport and weather for the '
                          'county and the villages around it, every day.">')
    article = normalise_document(page)
    # (the site's name its copyright line states goes off the title's front: sitetitle.py)
    assert article.title.startswith("Local news, sport and weather")
    headline = "Bridge reopens after two years of repairs"
    assert article.removed.index("Home Local Sport") < article.removed.index(headline) < article.removed.index(
        "Read more:")
    assert next(role for source, role, _ in article.line_roles if source == headline) == "removed"
    _assert_trail_matches(article)


def test_a_widget_glued_to_an_html_paragraph_is_listed_once_and_the_paragraph_stays():
    # the split-off widget had no entry of its own in the trail, so `removed` was paired with the wrong lines: a kept
    # paragraph was listed as removed, "READ MORE …" and "Advertisement" were missing, and the lead (its input line
    # ending in the widget, no full stop) was not put back into the extracted body
    story = ["The council confirmed on Tuesday that the new bridge over the river will open in the spring after "
             "years of delay and rising costs.",
             "Officials said the final inspection had been completed and that traffic would be allowed across the "
             "bridge from the first week of April, weather permitting.",
             "Residents who have waited for nearly a decade said they were relieved that the long project was finally "
             "reaching its end, though some still worried about tolls.",
             "The council will hold a public meeting next month to explain the traffic plan and answer questions from "
             "residents about parking and the bus routes."]
    paragraphs = [story[0] + " READ MORE: How to cut your water bill", story[1], "Share this article", story[2],
                  "Advertisement", story[3]]
    html = ("<html><head><title>Bridge to open in spring</title></head><body><article><h1>Bridge to open in spring"
            "</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article></body></html>")
    article = normalise_html(html)
    assert article.paragraphs == story
    assert article.removed == ["READ MORE: How to cut your water bill", "Share this article", "Advertisement"]


def test_html_json_ld_is_parsed_once_when_the_extractor_finds_no_author(monkeypatch):
    # code review: the author reader (no author from the extractor) and the date's time both parsed the page's JSON-LD
    import json as json_module

    from newsbrief.normalise import pageauthor

    calls = []

    class CountingJson:
        @staticmethod
        def loads(text):
            calls.append(text)
            return json_module.loads(text)

    monkeypatch.setattr(pageauthor, "json", CountingJson)
    pageauthor._json_ld_blocks.cache_clear()
    story = "".join(f"<p>{s}</p>" for s in [
        "The harbour board approved a plan on Monday to dredge the old channel so that larger ferries can dock.",
        "Work starts in the spring and should take about eighteen months, the board said in a statement.",
        "Fishermen fear the dredging will disturb the sandbanks where they have fished for generations."])
    html = ('<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Board approves '
            'dredging plan", "datePublished": "2026-03-02T09:15:00+01:00"}</script></head><body><article>'
            "<h1>Board approves dredging plan</h1>" + story + "</article></body></html>")
    article = normalise_html(html)
    assert article.published == "2026-03-02T09:15+01:00"
    assert len(calls) == 1


def test_a_glued_advert_does_not_take_a_later_advert_lines_place_in_the_trail():
    # "… in the chamber. Advertisement": the widget split off the first paragraph has no input line of its own; the
    # paragraph put back from before the article must still be paired with its own text, not the later advert line's
    paragraphs = [
        "The city council approved plans for three new bus lanes on Tuesday, after a two-hour debate in the chamber."
        " Advertisement",
        "The lanes will run along Station Road, Market Street and the ring road, and are due to open in September.",
        "Share this article",
        "Cllr Sarah Reid said the scheme would cut journey times by up to ten minutes at peak hours.",
        "Advertisement",
        "Opposition councillors said the £4m cost was too high and that shops on Market Street would lose trade.",
        "A public consultation drew more than 3,000 responses, most of them in favour of the plans.",
    ]
    html = ("<html><head><title>Council approves new bus lanes</title></head><body><article>"
            "<h1>Council approves new bus lanes</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs)
            + "</article></body></html>")
    article = normalise_document(html)
    assert any(p.startswith("The lanes will run along Station Road") for p in article.paragraphs)
    assert article.removed.count("Advertisement") == 2
