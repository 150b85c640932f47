"""tester 26's findings F10/F11: a wire dateline's byline is its agency, in en, nl and ar alike.

"الرياض - (رويترز) -" on a line of its own under the headline was no dateline (the dash before the bracket and the
closing dash were outside the grammar): the line was removed and the agency lost, byline null. "القاهرة - (د ب أ) -"
opening the first paragraph gave the byline "القاهرة - (د ب أ)", the place and the punctuation. The byline names who
wrote the story, as a place-and-reporter line ("دبي - محمد الشامسي") gives the reporter only: the agency, as the page
writes it; the place leaves the text either way. Pages are written for the tests.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text, with_dateline
from newsbrief.normalise.datelines import dateline_line

AR_HEAD = "الرئيسية\nرياضة\nالأردن يستضيف بطولة غرب آسيا لكرة السلة للمرة الثالثة\n"
AR_BODY = ("أعلن الاتحاد الأردني لكرة السلة أن العاصمة عمّان ستستضيف بطولة غرب آسيا في مارس المقبل بمشاركة ثمانية "
           "منتخبات.\nوقال رئيس الاتحاد في مؤتمر صحفي إن الاستعدادات بدأت منذ شهرين في صالة الأمير حمزة.\n"
           "وتقام المباريات على مدى عشرة أيام، ويتأهل صاحبا المركزين الأول والثاني إلى النهائيات القارية.\n")
EN_HEAD = "World\nSport\nKenya to host the African athletics championships in 2028\n"
EN_BODY = ("Kenya will host the African athletics championships in 2028, the continental federation said on Monday "
           "after a vote in Nairobi.\nThe event will be held at the Kasarani stadium, which is being rebuilt with "
           "a new track and roof.\nOfficials said about 1,200 athletes from 50 countries were expected to take part.\n")
NL_HEAD = "Home\nBinnenland\nProvincie trekt extra geld uit voor fietspaden langs dijken\n"
NL_BODY = ("De provincie trekt de komende vier jaar veertig miljoen euro extra uit voor fietspaden langs de dijken, "
           "maakte gedeputeerde Staten dinsdag bekend.\nHet geld gaat vooral naar verbreding van de paden waar "
           "fietsers en wandelaars elkaar nu in de weg zitten.\nDe eerste trajecten worden volgend voorjaar "
           "aangepakt, zegt de provincie.\n")


def _first_line(body: str) -> str:
    return body.split("\n", 1)[0]


@pytest.mark.parametrize(("head", "dateline", "body", "agency"), [
    (AR_HEAD, "عمّان - (رويترز) - ", AR_BODY, "رويترز"),
    (AR_HEAD, "عمّان - (أ ف ب) -", AR_BODY, "أ ف ب"),
    (EN_HEAD, "NAIROBI - (Reuters) -", EN_BODY, "Reuters"),
    (NL_HEAD, "ZWOLLE - (ANP) -", NL_BODY, "ANP"),
], ids=["ar-reuters", "ar-afp", "en-reuters", "nl-anp"])
def test_a_place_dash_bracketed_agency_line_gives_the_agency(head, dateline, body, agency):
    # main: no dateline, the line removed and the byline null
    art = normalise_text(head + dateline + "\n" + body)
    assert art.byline == agency
    assert art.paragraphs[0] == _first_line(body)
    assert all(dateline.strip(" -") not in p for p in art.paragraphs)


@pytest.mark.parametrize(("head", "opening", "body", "agency"), [
    (AR_HEAD, "عمّان - (د ب أ) - ", AR_BODY, "د ب أ"),
    (AR_HEAD, "عمّان (رويترز) - ", AR_BODY, "رويترز"),
    (EN_HEAD, "NAIROBI (Reuters) - ", EN_BODY, "Reuters"),
    (EN_HEAD, "NAIROBI, Kenya (AP) — ", EN_BODY, "AP"),
    (NL_HEAD, "ZWOLLE (ANP) - ", NL_BODY, "ANP"),
    (NL_HEAD, "ZWOLLE - (ANP) - ", NL_BODY, "ANP"),
], ids=["ar-dpa-dashed", "ar-reuters", "en-reuters", "en-ap-state", "nl-anp", "nl-anp-dashed"])
def test_an_opening_wire_dateline_gives_the_agency_not_the_place(head, opening, body, agency):
    # main: "عمّان - (د ب أ)", "NAIROBI (Reuters)", "ZWOLLE (ANP)": the place and its punctuation in the byline
    art = normalise_text(head + opening + body)
    assert art.byline == agency
    assert art.paragraphs[0] == _first_line(body)


def test_an_author_named_on_the_page_comes_first_and_the_agency_once():
    page = EN_HEAD + "By Grace Wanjiru\n" + "NAIROBI (Reuters) - " + EN_BODY
    assert normalise_text(page).byline == "Grace Wanjiru, Reuters"
    page = EN_HEAD + "By Grace Wanjiru, Reuters\n" + "NAIROBI (Reuters) - " + EN_BODY
    assert normalise_text(page).byline == "Grace Wanjiru, Reuters"


def test_a_short_agency_is_not_found_inside_an_authors_name():
    # guard: "AP" is no word of "Japhet Okello": the agency is added, not taken as said
    assert with_dateline("Japhet Okello", "AP") == "Japhet Okello, AP"
    assert with_dateline("AP Staff", "AP") == "AP Staff"


@pytest.mark.parametrize(("author", "agency"), [
    ("The Associated Press", "AP"), ("Lena Kroon, Algemeen Nederlands Persbureau", "ANP"),
    ("سامي يوسف، فرانس برس", "أ ف ب"),
])
def test_an_agency_the_author_names_by_its_long_name_is_said_once(author, agency):
    # the eval pages' "Associated Press, WASHINGTON (AP)" would read "Associated Press, AP"
    assert with_dateline(author, agency) == author


@pytest.mark.parametrize("line", ["Home - Sport", "القاهرة - مصر", "LONDON - Manchester United"])
def test_a_place_and_a_word_that_is_no_agency_is_no_dateline(line):
    assert dateline_line(line) is None


@pytest.mark.parametrize(("page", "byline"), [
    (NL_HEAD + "LOCHEM - " + NL_BODY, "LOCHEM"),
    (AR_HEAD + "عمّان - " + AR_BODY, "عمّان"),
], ids=["nl-place-only", "ar-place-only"])
def test_guard_a_place_only_dateline_still_gives_its_place(page, byline):
    art = normalise_text(page)
    assert art.byline == byline
