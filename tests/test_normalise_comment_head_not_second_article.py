"""A reader comment's header line is no second article's headline (stop 25, fix13): "Thanks for your comments -
this feedback is now closed" over "Posted by: …" and the comments, or a comment's time stamp over its text. The rules
still set the comments aside (losses.second_article finds them); the warnings no longer call them a second article,
and say it (as comments) only where the model kept them in the text (losses._comment_head, comments_kept_warning).
Hand-written pages, en and nl; Arabic lines at the unit level.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.features import line_features
from newsbrief.normalise.lines import Line
from newsbrief.normalise.losses import _comment_head, loss_warnings

STORY = {
    "en": ("Town hall approves new footbridge over the river", "By Helen Carter", [
        "The town council on Tuesday approved plans for a new footbridge over the river, linking the station with "
        "the old market square and cutting the walk for commuters by ten minutes.",
        "The bridge will cost 3.2 million pounds and is expected to open in the autumn of next year. Most of the "
        "money comes from a regional fund for cycling and walking routes.",
        "Councillors voted 21 to 4 in favour after a long debate about the design, which some residents had called "
        "too modern for the historic centre.",
        "Work on the foundations will start in March, and the riverside path will be closed for six weeks while the "
        "cranes are in place.",
    ]),
    "nl": ("Gemeente keurt nieuwe voetgangersbrug over de rivier goed", "Door Sanne Bakker", [
        "De gemeenteraad heeft dinsdag ingestemd met de bouw van een nieuwe voetgangersbrug over de rivier, tussen "
        "het station en de oude markt. Forensen zijn daardoor tien minuten minder onderweg.",
        "De brug kost 3,2 miljoen euro en moet in het najaar van volgend jaar open. Het meeste geld komt uit een "
        "regionaal fonds voor fiets- en wandelroutes.",
        "De raad stemde met 21 tegen 4 stemmen voor, na een lang debat over het ontwerp dat sommige bewoners te "
        "modern vonden voor de historische binnenstad.",
        "Het werk aan de fundering begint in maart. Het pad langs de rivier gaat dan zes weken dicht.",
    ]),
}
COMMENTS = {
    "en": ["Thanks for your comments - this feedback is now closed",
           "Posted by: Mark, Riverside on 5:19pm Tue 8 Dec 26",
           "About time too. I have been walking the long way round the old bridge for twenty years and it takes far "
           "too long in the rain.",
           "The design looks fine to me, and it will bring more people into the market on Saturdays, which the "
           "traders badly need after a hard year.",
           "Posted by: Jean, Northfield on 6:02pm Tue 8 Dec 26",
           "Three million pounds for a bridge while the library is only open three days a week. Somebody has their "
           "priorities wrong here."],
    "nl": ["Bedankt voor je reactie - reageren is niet meer mogelijk",
           "Geplaatst door: Mark, Oostdorp op 17:19 di 8 dec 26",
           "Eindelijk. Ik loop al twintig jaar om via de oude brug en dat duurt veel te lang als het regent.",
           "Het ontwerp vind ik prima, en het brengt op zaterdag meer mensen naar de markt, wat de kooplieden na een "
           "zwaar jaar goed kunnen gebruiken.",
           "Geplaatst door: Jeanne, Noordveld op 18:02 di 8 dec 26",
           "Drie miljoen euro voor een brug terwijl de bibliotheek maar drie dagen per week open is. Iemand heeft hier "
           "de verkeerde prioriteiten."],
}
MENU = {"en": ["Riverside Gazette", "News", "Sport"], "nl": ["Dagblad Oost", "Nieuws", "Sport"]}
FOOTER = {"en": ["Most read", "© Riverside Gazette 2026"], "nl": ["Meest gelezen", "© Dagblad Oost 2026"]}


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_comments_under_a_closed_feedback_line_are_set_aside_with_no_second_article_warning(lang):
    title, byline, paragraphs = STORY[lang]
    article = normalise_text("\n".join([*MENU[lang], title, byline, *paragraphs, *COMMENTS[lang], *FOOTER[lang]]))
    assert article.paragraphs == paragraphs  # the comments are still out of the text
    assert not any("second article" in w for w in article.warnings)


@pytest.mark.parametrize("line", [
    "Thanks for your comments - this feedback is now closed", "Comments (0)",
    "Post a Comment 2 Comments", "Bedankt voor je reactie", "Reacties (3)",
    "شكرا على تعليقك - تم إغلاق التعليقات", "التعليقات (3)",
])
def test_a_comments_header_line_is_a_comment_head(line):
    lines = [Line(line, [line])]
    assert _comment_head(lines, line_features(lines), 0)


@pytest.mark.parametrize("name,stamp", [("Mr. G.", "Thu, Dec 8, 26 at 11:39 PM"),
                                        ("Jan de Vries", "di 8 december 2026 om 17:19"),
                                        ("جميلة", "الثلاثاء 8 ديسمبر 2026 - 5:19 مساء")])
def test_a_time_stamp_under_a_commenters_name_is_a_comment_head(name, stamp):
    lines = [Line(name, [name]), Line(stamp, [stamp])]
    assert _comment_head(lines, line_features(lines), 1)


@pytest.mark.parametrize("above,line", [
    ("websports@dallasnews.com", "1:06 am on August 9, 2012 | Permalink"),  # a post's own date line
    ("It's time for the council to act.", "// posted by Nate Johnson @ 12:23 AM 3 comments"),  # a post's footer
    ("Dat is de vraag.", "Geplaatst door Piet Bos om 17:19 | 3 reacties"),
    ("Posted by jon", "at 10:47 AM : Comments (0)"),  # the footer on two lines
])
def test_guard_a_posts_own_date_line_or_footer_is_no_comment_head(above, line):
    lines = [Line(above, [above]), Line(line, [line])]
    assert not _comment_head(lines, line_features(lines), 1)


@pytest.mark.parametrize("line", [
    "Minister's comments spark outrage over school closures", "Polls close at 20:00 as voters queue in the rain",
    "Kritiek op uitspraken van minister over sluiting scholen", "تصريحات الوزير تثير غضب المعارضة",
    "Council to decide on bridge after public feedback period ends",
])
def test_guard_a_headline_is_no_comment_head(line):
    lines = [Line(line, [line])]
    assert not _comment_head(lines, line_features(lines), 0)


def _warnings(head: str, kept: bool) -> list[str]:
    texts = ["Council approves bridge", *STORY["en"][2], head, *COMMENTS["en"][2:4]]
    lines = [Line(t, [t]) for t in texts]
    feats = line_features(lines)
    second = "model 0.70 (rules: second article)" if kept else "second article"
    reasons = ["headline", "prose", "prose", "prose", "prose", second, second, second]
    roles = ["title", "content", "content", "content", "content"] + ["content" if kept else "removed"] * 3
    return loss_warnings(lines, feats, roles, reasons)


def test_comments_the_model_kept_are_said_as_comments_not_a_second_article():
    warnings = _warnings("Thanks for your comments - this feedback is now closed", kept=True)
    assert any(w.startswith("reader comments follow the article and were kept in the text") for w in warnings)
    assert not any("second article" in w for w in warnings)


def test_guard_a_real_second_article_kept_is_still_said():
    warnings = _warnings("Ministers promise new money for rural bus routes", kept=True)
    assert any(w.startswith("a second article follows the first and was kept in the text") for w in warnings)
