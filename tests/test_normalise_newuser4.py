"""Pages new users tried (session 4): what the normaliser got wrong on them. Every page here is written for the
tests, and each case fails on the code before its fix:

* an HTML live blog lost its entry times (the extractor deletes `<time>` elements), so it was not read as a blog;
* HTML input glued or lost words where elements meet: "… in de stad<div>en niemand …" gave "staden",
  "<span>brandweer</span><span>Amsterdam</span>" gave "brandweerAmsterdam", and a `<time>` element's words
  vanished ("was <time>zondagnacht om twee uur</time> ter plaatse" gave "was ter plaatse").
"""

from __future__ import annotations

import pytest

from newsbrief.normalise.html import normalise_html
from summarise.structure import reading_order
from translate import paragraph_sentences

LIVE_ENTRIES = [
    ("14:05", "More than 150,000 homes in Cornwall and Devon are now without power, the electricity network said."),
    ("13:10", "A lorry driver was seriously injured when a tree fell on his cab on the A38 near Plymouth, police "
              "said."),
    ("12:30", "All schools in Cornwall will stay closed on Friday, the county council has announced on its website."),
    ("11:45", "The Met Office has recorded a gust of 104mph at the Needles on the Isle of Wight, the strongest so far."),
]


def _live_page(inline: bool) -> str:
    entry = ('<div class="entry"><p><time datetime="2023-11-02T{t}:00Z">{t}</time> {text}</p></div>' if inline else
             '<div class="entry"><time datetime="2023-11-02T{t}:00Z">{t}</time>\n<p>{text}</p></div>')
    entries = "\n".join(entry.format(t=t, text=text) for t, text in LIVE_ENTRIES)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Storm Ciaran live: latest updates | The Daily Courier</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Storm Ciaran live: power cuts and school closures across the south-west</h1>
<p class="byline">By Sarah Jones</p>
<div class="live-blog">{entries}</div></article>
<footer><p>© 2023 The Daily Courier. All rights reserved.</p></footer></body></html>"""


@pytest.mark.parametrize("inline", [False, True])
def test_an_html_live_blog_keeps_its_entry_times(inline):
    article = normalise_html(_live_page(inline))
    if inline:  # the time opens its entry's paragraph, as the page shows it
        assert [p[:5] for p in article.paragraphs if p[:5] in dict(LIVE_ENTRIES)] == [t for t, _ in LIVE_ENTRIES]
    else:  # the time on its own line above its entry, as a text dump has it
        assert [p for p in article.paragraphs if p in dict(LIVE_ENTRIES)] == [t for t, _ in LIVE_ENTRIES]
    found = paragraph_sentences(article.paragraphs, "en")
    order = reading_order([s for _, s in found], [p for p, _ in found])
    assert order is not None  # read as a live blog, as its text dump is


def test_times_in_a_story_are_not_put_back():
    # fewer than LIVE_MIN_STAMPS times above paragraphs: no blog, the page stays as extracted
    page = _live_page(False)
    for t, _ in LIVE_ENTRIES[1:]:
        page = page.replace(f">{t}</time>", "></time>")
    assert not any(p == "14:05" for p in normalise_html(page).paragraphs)


def _body(html_paragraphs: str) -> str:
    article = normalise_html(
        "<!DOCTYPE html><html><head><title>Grote brand in centrum van Amsterdam</title></head><body><article>"
        "<h1>Grote brand in centrum van Amsterdam</h1><p>Een grote brand heeft zondagnacht een winkelpand aan de "
        "Kalverstraat in Amsterdam verwoest, meldt de brandweer.</p>" + html_paragraphs +
        "<p>Het pand was eerder dit jaar al getroffen door een kleine brand, zegt de gemeente Amsterdam.</p>"
        "</article></body></html>")
    return " ".join(article.paragraphs)


@pytest.mark.parametrize("html, words", [
    ("<div>De brandweer blust een brand in de stad<div>en niemand raakte gewond bij het incident vannacht.</div></div>",
     "in de stad en niemand"),
    ("<p>Volgens een woordvoerder van de <span>brandweer</span><span>Amsterdam-Amstelland</span> ontstond de brand "
     "rond twee uur op de eerste verdieping.</p>", "de brandweer Amsterdam-Amstelland ontstond"),
    ("<p>De brandweer blust een brand in de stad.<img src='a.jpg' alt=''>Niemand raakte gewond bij het incident "
     "vannacht, meldt de politie.</p>", "de stad. Niemand raakte"),
    ("<p>De brandweer was <time datetime='2024-03-10T02:00'>zondagnacht om twee uur</time> ter plaatse en had "
     "het vuur binnen een uur onder controle.</p>", "was zondagnacht om twee uur ter plaatse"),
    ("<p><span class='dropcap'>D</span>e brandweer blust een brand in de stad en niemand raakte gewond bij het "
     "incident vannacht.</p>", "De brandweer blust"),  # a drop cap stays one word
    ("<p><b>Amsterdam</b>- De brandweer blust een brand in de stad en niemand raakte gewond bij het incident "
     "vannacht.</p>", "Amsterdam- De brandweer"),
])
def test_html_words_are_neither_glued_nor_lost_where_elements_meet(html, words):
    assert words in _body(html)
