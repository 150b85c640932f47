"""A page's label is no byline (normalise/bylinelabel.py): a section's or a competition's label under the headline
("Eredivisie Voetbal", "Champions League"), a tool ("Email Article", "Print Story"), an offer's field with its value
("Locatie Zwolle", "Location Leeds", "الموقع دبي") and a "More …" link, alone on the line or beside the author's name
after a bar; a credited outlet after the bar stays, as an agency does, and so does a desk whose name has a section's
word ("Redactie Voetbal"). A post's comment counter beside the name ("0 Comments"), a handle ("@kimblake"), a word left dangling
("posted", "on") and a list's sort key behind "By" ("BY WEEK") go too. Hand-written pages in en/nl/ar; none is eval data.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.bylinelabel import label_not_name
from newsbrief.normalise.metadata import split_byline

BODY = {
    "en": ["Negotiators from both sides met again on Tuesday as hundreds of lorries carrying food and medicine waited "
           "at the crossing, officials said.",
           "The cabinet was due to discuss the proposal late on Tuesday, according to two officials who spoke on "
           "condition of anonymity."],
    "ar": ["تأهل المنتخب الوطني مساء الثلاثاء إلى نهائي البطولة بعد فوزه بهدفين مقابل هدف في مباراة صعبة أمام منافسه "
           "على ملعب المدينة الرياضية.",
           "وقال المدرب بعد المباراة إن لاعبيه أظهروا روحا قتالية عالية رغم الإرهاق، وإن الفريق سيستعد جيدا للمباراة "
           "النهائية الأسبوع المقبل."],
    "nl": ["Feyenoord heeft zaterdag met 4-0 gewonnen van Heracles Almelo. De spits scoorde twee keer in de eerste "
           "helft en bereidde de derde treffer voor.",
           "De trainer was na afloop tevreden over het spel van zijn ploeg, die de koppositie met drie punten "
           "voorsprong behoudt."],
}


def _page(lang: str, head: list[str], title: str, under: list[str]) -> str:
    return "\n".join(head + [title] + under + BODY[lang]) + "\n"


@pytest.mark.parametrize("lang, title, label, date", [
    ("nl", "Feyenoord wint ruim van Heracles en blijft koploper", "Eredivisie Voetbal", "6 december 2026"),
    ("en", "Holders crash out after penalty shoot-out in Munich", "Champions League", "6 December 2026"),
    ("en", "Ceasefire talks resume as aid convoys wait at the border", "Email Article", "6 December 2026"),
    ("en", "Ceasefire talks resume as aid convoys wait at the border", "Print Story", "6 December 2026"),
])
def test_a_label_under_the_headline_is_no_byline(lang, title, label, date):
    article = normalise_text(_page(lang, ["Home", "Sport" if lang == "nl" else "World"], title, [label, date]))
    assert article.title == title
    assert article.byline is None
    assert label not in article.text


def test_a_label_under_the_headline_leaves_the_byline_to_the_credit_under_it():
    page = _page("en", ["Home", "World"], "Ceasefire talks resume as aid convoys wait at the border",
                 ["Article Tools", "Email a Friend", "By Nadia Brooks, Associated Press", "6 December 2026"])
    assert normalise_text(page).byline == "Nadia Brooks, Associated Press"


def test_the_menu_under_a_label_gives_no_byline():
    # "Article Tools" proved a label; "Reader Reaction", the toolbar's next item, is no author either: the wire's
    # credit in the dateline is the byline
    page = _page("en", ["Home", "World"], "Ceasefire talks resume as aid convoys wait at the border",
                 ["6 December 2026", "Article Tools", "Email a Friend", "Reader Reaction", "Most Popular", "Top Stories",
                  "CAIRO (AP) — Officials from both sides met in the capital."])
    assert normalise_text(page).byline == "AP"


def test_a_name_under_a_label_and_over_the_date_is_the_byline():
    page = _page("en", ["Home", "World"], "Ceasefire talks resume as aid convoys wait at the border",
                 ["Email Article", "Nadia Brooks", "6 December 2026"])
    assert normalise_text(page).byline == "Nadia Brooks"


def test_a_job_ads_location_field_is_no_byline():
    page = "\n".join([
        "Vacatures", "Verpleegkundige Acute Zorg", "Locatie Zwolle", "Dienstverband Vast", "Opleidingsniveau HBO",
        "Sluitingsdatum 15 januari 2027", "",
        "Als verpleegkundige op de afdeling acute zorg vang je patiënten op die met spoed worden opgenomen. Je werkt "
        "nauw samen met artsen en collega's van de spoedeisende hulp.",
        "Stuur je cv en motivatie vóór 15 januari 2027 naar onze afdeling werving. Het eerste gesprek vindt plaats in "
        "de week van 25 januari."]) + "\n"
    article = normalise_text(page)
    assert article.title == "Verpleegkundige Acute Zorg"
    assert article.byline is None


@pytest.mark.parametrize("lang, title, line, author", [
    ("ar", "المنتخب يتأهل إلى نهائي البطولة بعد فوز صعب", "بقلم سامي يوسف | طباعة الخبر", "سامي يوسف"),
    ("nl", "Feyenoord wint ruim van Heracles en blijft koploper", "Door Eva de Vries | Artikel mailen", "Eva de Vries"),
    ("en", "Ceasefire talks resume as aid convoys wait at the border", "By Jane Doe | Email Article", "Jane Doe"),
])
def test_a_pages_byline_drops_the_tool_beside_the_name(lang, title, line, author):
    article = normalise_text(_page(lang, ["Home"], title, [line, "6 December 2026"]))
    assert article.title == title
    assert article.byline == author


@pytest.mark.parametrize("line, author", [
    ("By Jane Doe | Email Article", "Jane Doe"),
    ("Door Eva de Vries | Eredivisie Voetbal", "Eva de Vries"),
    ("Door Eva de Vries | Artikel mailen", "Eva de Vries"),
    ("بقلم سامي يوسف | طباعة الخبر", "سامي يوسف"),
    ("بقلم سامي يوسف | الدوري الممتاز", "سامي يوسف"),
    ("Sports Section Sponsors, AP", "AP"),
    ("Boosting Results, Efficiently", None),
    ("Posted by Matt Dern in Game Reviews, Games, Reviews", "Matt Dern in Game Reviews"),
    # a post's comment counter beside its author is no part of the name either
    ("Scott Ember 0 Comments", "Scott Ember"),
    ("Door Eva Jansen | 3 reacties", "Eva Jansen"),
    ("12 November 2026 by Cory Lane Discuss (0)", "Cory Lane"),
    # a list's sort keys behind "By" name nobody
    ("BY WEEK", None),
    ("by Date", None),
    # a handle beside the name, a word whose date the dump left out
    ("Alissa Reed@alissareed", "Alissa Reed"),
    ("RUSSELL GOLD (@rgold) and DANA HART (@dhart)", "RUSSELL GOLD and DANA HART"),
    ("Jon Fenwick posted", "Jon Fenwick"),
    ("Door Eva de Vries op", "Eva de Vries"),
    ("Ed Silvers //", "Ed Silvers"),
    # kept: a credited outlet (the credit, as an agency's), a co-author, a desk with a section's word
    ("By Luis Ferrante | Inland Water Report", "Luis Ferrante, Inland Water Report"),
    ("By Jane Doe | Tom Hale", "Jane Doe, Tom Hale"),
    ("Redactie Voetbal", "Redactie Voetbal"),
    ("By Andy Howell, Western Mail", "Andy Howell, Western Mail"),
    # the author's e-mail address goes too (stop 35, finding 13: "By Choi Jae-hee (cjh@heraldcorp.com)")
    ("Andrew Kato, akato@example.com", "Andrew Kato"),
])
def test_a_label_beside_the_name_is_dropped(line, author):
    assert split_byline(line)[0] == author


@pytest.mark.parametrize("text, label", [
    ("Eredivisie Voetbal", True), ("Locatie Zwolle", True), ("Location Leeds", True), ("الموقع دبي", True),
    ("Dienstverband Vast", True), ("More Stan Collymore", True), ("Desktop Alerts", True), ("Resize Text", True),
    ("Comment: Jane Doe", False), ("Jane Doe", False), ("Eva de Vries", False), ("سامي يوسف", False),
    ("VOA News", False), ("CNN Business", False), ("PA Sport", False), ("Inland Water Report", False),
])
def test_label_not_name(text, label):
    assert label_not_name(text) is label
