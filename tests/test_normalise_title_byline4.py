"""Titles and bylines a new user's pages got wrong (tester 4, finding 9), in en/nl/ar where it applies.

A blog's "Posted on <date> by <Name>" gave no byline nor date; a blog's name above its menu was taken for the
headline; an opinion headline of two sentences ending in "." gave no title (and became a takeaway); bylines carried
a post's age ("u/throwaway_grid 6 hr. ago"), a job after ";" ("Sam Keller; Political Correspondent"), a label ("Door
Femke Jansen", "تحقيق منى عبدالرحمن") or came twice ("Door Femke Jansen, Femke Jansen"); an AMP page's JSON-LD author
was not read. Hand-written pages; none is eval data.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.html import normalise_html
from newsbrief.normalise.metadata import split_byline

BLOG = {
    "en": ("The Allotment Diaries", ["Home", "About", "Recipes", "Contact"], "Why I stopped digging my vegetable beds",
           "Posted on April 14, 2024 by Helen Marsh", "Helen Marsh", "2024-04-14", [
               "For twenty years I double-dug every bed on my allotment each autumn. It was back-breaking work and I "
               "believed it was the only way to get good crops.",
               "The idea is simple. Instead of turning the soil, you spread a thick layer of compost on top each "
               "winter and plant straight into it. Worms do the mixing for you.",
               "It is not free. You need a lot of compost, but my back is grateful and I now have time to sit on the "
               "bench and enjoy the plot.",
           ]),
    "nl": ("Het Moestuinblog", ["Home", "Over ons", "Recepten", "Contact"], "Waarom ik mijn moestuin niet meer spit",
           "Geplaatst op 14 april 2024 door Eva de Vries", "Eva de Vries", "2024-04-14", [
               "Twintig jaar lang spitte ik elk najaar ieder bed in mijn moestuin om. Het was zwaar werk en ik dacht "
               "dat het de enige manier was om een goede oogst te krijgen.",
               "Het idee is eenvoudig. In plaats van de grond om te keren, leg je elke winter een dikke laag compost "
               "op de bedden en plant je daar direct in.",
               "Gratis is het niet. Je hebt veel compost nodig, maar mijn rug is er blij mee en ik heb nu tijd om op "
               "het bankje van de tuin te genieten.",
           ]),
}


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_blog_posted_on_date_by_name_line_gives_byline_and_date_and_the_blog_name_is_no_title(lang):
    site, menu, headline, posted, author, date, paragraphs = BLOG[lang]
    article = normalise_text("\n".join([site, *menu, headline, posted, *paragraphs, "Share this:", "Facebook"]))
    assert article.title == headline
    assert article.byline == author
    assert article.published == date
    assert article.paragraphs == paragraphs


def test_a_two_sentence_opinion_headline_ending_in_a_period_is_the_title():
    headline = "The four-day week is not a perk. It's a productivity policy."
    paragraphs = [
        "When the pilot ended, 56 of the 61 companies that had tried a four-day week chose to keep it. That number "
        "should end the debate about whether shorter weeks are a fringe idea.",
        "The firms in the trial were not unusual. They included a fish and chip shop, a housing association and a "
        "mid-sized accounting firm.",
        "Governments should stop treating working time as a matter of culture and start treating it as a matter of "
        "economics.",
    ]
    article = normalise_text("\n".join(["OPINION", headline, "By Rachel Okafor", "Published June 2, 2025",
                                        *paragraphs, "More in Opinion", "Why rent controls keep coming back"]))
    assert article.title == headline
    assert article.paragraphs == paragraphs
    assert article.byline == "Rachel Okafor"


def test_guard_a_short_first_paragraph_ending_in_a_period_without_a_byline_under_it_stays_story():
    """Guard (passes before and after): only a byline right under it makes a period-ending line a headline."""
    paragraphs = [
        "The council voted on Tuesday. The plan passed by one vote.",
        "Councillors debated the flood plan for four hours before the vote, which ended 21 to 20 after the chair "
        "cast her vote in favour of the scheme.",
        "Work on the new embankment is due to start in the spring and take about eighteen months to finish.",
    ]
    article = normalise_text("\n".join(["Local", "Flood plan passes by a single vote", *paragraphs]))
    assert article.title == "Flood plan passes by a single vote"
    assert article.paragraphs == paragraphs


@pytest.mark.parametrize("line, author, date", [
    ("Posted by u/throwaway_grid 6 hr. ago", "u/throwaway_grid", None),
    ("Door Joost Smit 3 uur geleden", "Joost Smit", None),
    ("كتب: أحمد علي منذ 3 ساعات", "أحمد علي", None),
    ("By Sam Keller; Political Correspondent", "Sam Keller", None),
    ("تحقيق: منى عبدالرحمن", "منى عبدالرحمن", None),
    ("Posted on April 14, 2024 by Helen Marsh", "Helen Marsh", "April 14, 2024"),
])
def test_a_byline_is_the_name_without_its_age_job_or_label(line, author, date):
    assert split_byline(line) == (author, date)


def test_guard_a_plain_byline_and_date_split_as_before():
    """Guard (passes before and after)."""
    assert split_byline("By Jane Doe | March 4, 2024") == ("Jane Doe", "March 4, 2024")
    assert split_byline("Published March 4, 2024") == (None, "March 4, 2024")


def test_a_reddit_post_byline_carries_no_time():
    page = "\n".join([
        "reddit", "Skip to main content", "Log In", "r/technology", "Posted by u/throwaway_grid 6 hr. ago",
        "Texas grid operator warns of rolling blackouts as heat wave pushes demand to record",
        "ERCOT issued a conservation appeal on Monday after electricity demand reached 85.6 gigawatts, the highest "
        "ever recorded on the Texas grid. The operator asked residents to raise thermostats.",
        "Solar output helped during the afternoon, but reserves fell sharply after sunset when demand stayed high.",
        "4.2k", "Share", "1,318 comments",
    ])
    assert normalise_text(page).byline == "u/throwaway_grid"


AMP = {
    "en": ("Bus fares capped at £2 extended to 2026", "Leah Brooks", [
        "The £2 cap on single bus fares in England will be extended until the end of 2026, the Department for "
        "Transport has confirmed.",
        "The cap, introduced in January 2023, was due to end in December. Ministers said it had saved regular "
        "passengers hundreds of pounds a year and helped bus use recover after the pandemic.",
    ]),
    "ar": ("ارتفاع أسعار الذهب إلى مستوى قياسي", "خالد يوسف", [
        "سجلت أسعار الذهب مستوى قياسيا جديدا اليوم الخميس، متجاوزة 3200 دولار للأونصة، مع إقبال المستثمرين على "
        "الملاذات الآمنة وسط التوترات التجارية.",
        "وقال محللون إن تراجع الدولار وتوقعات خفض أسعار الفائدة الأمريكية دعما الطلب على المعدن الأصفر خلال الأسبوع.",
    ]),
}


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_an_amp_page_takes_its_json_ld_author(lang):
    headline, author, paragraphs = AMP[lang]
    html = (f'<!doctype html><html amp lang="{lang}"><head><meta charset="utf-8"><title>{headline}</title>'
            '<script type="application/ld+json">{"@type":"NewsArticle","headline":"' + headline + '",'
            '"datePublished":"2024-11-28T08:00:00Z","author":{"@type":"Person","name":"' + author + '"}}</script>'
            '</head><body><header><amp-img src="logo.png" width="100" height="30" alt="Daily Echo"></amp-img></header>'
            f'<article><h1>{headline}</h1>' + "".join(f"<p>{p}</p>" for p in paragraphs) + '</article></body></html>')
    assert normalise_html(html).byline == author


@pytest.mark.parametrize("shown, author", [
    ("Door Femke Jansen | 4 november 2025", "Femke Jansen"),
    ("By Sam Keller, Political Correspondent", "Sam Keller"),
    ("تحقيق: منى عبدالرحمن", "منى عبدالرحمن"),
])
def test_an_html_byline_is_the_name_once_without_label_or_job(shown, author):
    paragraphs = [
        "Kalkaanslag in je waterkoker is niet gevaarlijk, maar het kost wel energie en geeft witte vlokjes in je thee.",
        "Vul de waterkoker voor de helft met water en voeg twee eetlepels azijn of een zakje citroenzuur toe. Laat "
        "het mengsel een uur staan en spoel daarna twee keer na met schoon water.",
    ]
    html = ('<html><head><title>Zo ontkalk je je waterkoker</title></head><body><article>'
            '<h1>Zo ontkalk je je waterkoker in vijf stappen</h1>'
            f'<div class="byline">{shown}</div>' + "".join(f"<p>{p}</p>" for p in paragraphs)
            + '</article></body></html>')
    assert normalise_html(html).byline == author
