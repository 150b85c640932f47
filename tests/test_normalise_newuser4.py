"""Pages new users tried (session 4): what the normaliser got wrong on them. Every page here is written for the
tests, and each case fails on the code before its fix:

* an HTML live blog lost its entry times (the extractor deletes `<time>` elements), so it was not read as a blog;
* a story's "About The Victims" / "OVER DE SLACHTOFFERS" section heading (title case or capitals) ended the story as
  an "About <organisation>" block: an article first is an end marker only before an organisation's noun, as the
  Arabic "نبذة عن الضحايا" fix asked;
* a real 108-word blog post (short paragraphs under subheadings) got the no-article warning, so summarise refused it;
* a table row ("12 March 2024 | Ajax | 2-1") became the page's `published` date, and the table's other rows went as
  dates;
* HTML input glued or lost words where elements meet: "… in de stad<div>en niemand …" gave "staden",
  "<span>brandweer</span><span>Amsterdam</span>" gave "brandweerAmsterdam", and a `<time>` element's words
  vanished ("was <time>zondagnacht om twee uur</time> ter plaatse" gave "was ter plaatse").
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.html import normalise_html
from newsbrief.normalise.noarticle import NO_ARTICLE
from newsbrief.normalise.phrases import categories_of
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
    # the time opens its entry's paragraph, as the page shows it; a time on its own line above its entry is put back
    # at the entry's head ("14:05 – …", normalise/entrytimes.py)
    assert [p[:5] for p in article.paragraphs if p[:5] in dict(LIVE_ENTRIES)] == [t for t, _ in LIVE_ENTRIES]
    found = paragraph_sentences(article.paragraphs, "en")
    order = reading_order([s for _, s in found], [p for p, _ in found])
    assert order is not None  # read as a live blog, as its text dump is


def test_times_in_a_story_are_not_put_back():
    # fewer than LIVE_MIN_STAMPS times above paragraphs: no blog, the page stays as extracted
    page = _live_page(False)
    for t, _ in LIVE_ENTRIES[1:]:
        page = page.replace(f">{t}</time>", "></time>")
    assert not any(p == "14:05" for p in normalise_html(page).paragraphs)


EN_ABOUT = [
    "Home | News | Sport | Weather",
    "Three killed as fire tears through apartment block in Leeds",
    "By Hannah Clarke",
    "Three people died and eleven were injured when a fire swept through a six-storey apartment block in Leeds early "
    "on Sunday, West Yorkshire Fire and Rescue Service said.",
    "Crews were called to the building on Kirkstall Road at 2.40am and found flames on the third and fourth floors. "
    "About 60 residents were led out of the building by firefighters.",
    "The cause of the fire is being investigated. The council said displaced residents had been offered temporary "
    "housing in hotels across the city.",
    "About The Victims",
    "The three people who died were a 74-year-old woman, her 45-year-old son and a neighbour in his thirties, police "
    "said. Their names have not yet been released.",
    "Neighbours described the woman as a retired nurse who had lived in the block for more than twenty years. \"She "
    "knew everyone here,\" said one resident.",
    "Share this article",
    "Related news",
    "Flats evacuated after gas leak in Headingley",
    "Council sets out plan for new homes",
    "© 2024 Yorkshire Courier",
]
NL_ABOUT = [
    "Home | Nieuws | Sport | Weer",
    "Drie doden bij brand in flatgebouw in Rotterdam",
    "Door Sanne de Boer",
    "Bij een brand in een flatgebouw in Rotterdam-Zuid zijn zondagochtend drie mensen om het leven gekomen, meldt de "
    "brandweer. Elf bewoners raakten gewond.",
    "De brandweer werd om 02.40 uur gealarmeerd en trof vlammen aan op de derde en vierde verdieping. Ongeveer "
    "zestig bewoners werden door brandweerlieden naar buiten geleid.",
    "De oorzaak van de brand wordt onderzocht. De gemeente zegt dat gedupeerde bewoners tijdelijk in hotels in de "
    "stad worden opgevangen.",
    "Over De Slachtoffers",
    "De drie overledenen zijn een 74-jarige vrouw, haar 45-jarige zoon en een buurman van in de dertig, meldt de "
    "politie. Hun namen zijn nog niet bekendgemaakt.",
    "Buren omschrijven de vrouw als een gepensioneerde verpleegkundige die al meer dan twintig jaar in de flat "
    "woonde. \"Ze kende iedereen hier,\" zei een bewoner.",
    "Deel dit artikel",
    "Meer nieuws",
    "Flats ontruimd na gaslek in Delfshaven",
    "Gemeente presenteert plan voor nieuwe woningen",
    "© 2024 Rotterdams Dagblad",
]


@pytest.mark.parametrize("lines", [EN_ABOUT, NL_ABOUT])
@pytest.mark.parametrize("case", [str, str.upper])
def test_an_about_the_victims_section_is_the_story(lines, case):
    lines = [case(line) if k == 6 else line for k, line in enumerate(lines)]
    art = normalise_text("\n".join(lines))
    assert all(p in art.paragraphs for p in lines[7:9]), art.removed


@pytest.mark.parametrize("heading", ["About Acme Robotics", "About the Company", "ABOUT THE SMITH FOUNDATION",
                                     "About The Coca-Cola Company", "Over Van Dijk Logistiek", "Over het bedrijf",
                                     "OVER DE STICHTING", "About the author"])
def test_an_about_organisation_heading_is_still_an_end_marker(heading):
    assert "end" in categories_of(heading, len(heading.split()))


@pytest.mark.parametrize("heading", ["About The Victims", "ABOUT THE VICTIMS", "About the Victims",
                                     "Over De Slachtoffers", "OVER DE SLACHTOFFERS", "Over de slachtoffers"])
def test_an_about_heading_on_a_common_noun_is_no_end_marker(heading):
    assert "end" not in categories_of(heading, len(heading.split()))


BLOG_POST = [
    "Village Bakery Blog", "Bread and cakes from Wells", "Our summer menu is here", "Meet the new apprentice baker",
    "Five tips for a better sourdough", "Why our village bakery is closing for a week",
    "Posted by Anna Brooks on 2 March 2024",
    "Our oven broke down",
    "The old stone oven cracked on Monday morning after forty years of daily baking.",
    "A repair team from Bristol comes on Tuesday.",
    "What it means for you",
    "The shop will be closed from 4 to 11 March.",
    "Bread orders for the school and the care home will be baked by our friends at Miller's in Wells.",
    "We will reopen",
    "We plan to reopen on 12 March with a new oven and a free loaf for every customer.",
    "Thank you all",
    "Thank you for your patience and for twenty good years of your custom.",
    "Leave a comment", "Older posts from the bakery", "Newer posts from the bakery",
]
# a post its scraper wrapped into short lines that the normaliser does not join (uneven widths): every wrapped line
# looked like a headline
WRAPPED_POST = BLOG_POST[:6] + [
    "This post is from the Village Bakery Blog by Anna Brooks.",
    "Our old stone oven cracked on Monday.",
    "A repair team from Bristol (the only one)",
    "comes on Tuesday and asks us to stop baking in the",
    "back room until the new oven",
    "is in. The shop will be closed from 4 to 11 March.",
] + BLOG_POST[-3:] + ["Recipes for the weekend", "Our story so far"]


@pytest.mark.parametrize("lines", [BLOG_POST, WRAPPED_POST], ids=["subheadings", "wrapped"])
def test_a_short_blog_post_is_an_article(lines):
    art = normalise_text("\n".join(lines))
    assert not any(w.startswith(NO_ARTICLE) for w in art.warnings), art.warnings
    assert any("oven" in p for p in art.paragraphs)


MATCH = [
    "Ajax edge past PSV to go top of the Eredivisie",
    "Ajax moved to the top of the Eredivisie on Sunday after a late goal from Brian Brobbey gave them a 2-1 win over "
    "PSV in Amsterdam.",
    "PSV had taken the lead through Luuk de Jong before half-time, but Steven Bergwijn levelled shortly after the "
    "break. Brobbey scored the winner in the 88th minute.",
    "Recent results",
    "12 March 2024 | Ajax | 2-1",
    "5 March 2024 | Feyenoord | 0-0",
    "27 February 2024 | AZ | 3-1",
    "Ajax play Twente away next Saturday. The coach said the squad would be fully fit for the match.",
]


@pytest.mark.parametrize("dated", [False, True])
def test_a_table_row_is_no_published_date(dated):
    lines = MATCH[:1] + (["By Erik de Vries | 17 March 2024"] if dated else []) + MATCH[1:]
    art = normalise_text("\n".join(lines))
    assert art.published == ("2024-03-17" if dated else None)
    assert all(row in art.paragraphs for row in MATCH[4:7])  # the table stays with the story


def test_a_byline_with_its_date_and_reading_time_is_still_read():
    art = normalise_text("\n".join(MATCH[:1] + ["By Erik de Vries | 17 March 2024 | 4 min read"] + MATCH[1:3]))
    assert art.published == "2024-03-17" and art.byline and "Erik de Vries" in art.byline


def test_an_html_table_row_is_no_published_date():
    rows = "".join(f"<tr><td>{r.split(' | ')[0]}</td><td>{r.split(' | ')[1]}</td><td>{r.split(' | ')[2]}</td></tr>"
                   for r in MATCH[4:7])
    page = (f"<!DOCTYPE html><html><head><title>{MATCH[0]}</title></head><body><article><h1>{MATCH[0]}</h1>"
            f"<p>{MATCH[1]}</p><p>{MATCH[2]}</p><h2>Recent results</h2><table>{rows}</table><p>{MATCH[7]}</p>"
            "</article></body></html>")
    assert normalise_html(page).published is None


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
