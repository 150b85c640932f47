"""A table dumped one cell per line keeps its heading (stop 31, left open).

A box score or an election's results dumped one cell per line is the story's own table (celltables.py), kept from its
header row to its last number; the heading over it ("Box score", "Uitslagen", "النتائج") was left to the line model, and
the rules alone (the HTML path's and `model=False`'s) removed a one-word heading as a "single word": the table lost the
line that says what it is. Hand-written pages; none is eval data.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.celltables import CELL_TABLE_REASON, cell_table_rows
from newsbrief.normalise.features import line_features
from newsbrief.normalise.lines import split_lines
from tests.page_text import page, table_cells

PAGES = {
    "en": dict(
        top=["Coast Sports", "Basketball", "Football", "Cricket", "BASKETBALL"],
        head=["Ridgeport hold off Harbor City in a tense fourth quarter", "By Dana Whitfield", "March 3, 2026"],
        story=["RIDGEPORT — Ridgeport held on for a 108-102 win over Harbor City on Monday night after a fourth quarter "
               "in which the visitors cut a fifteen-point lead to two with a minute left.",
               "Guard Marcus Bell scored 31 points for Ridgeport, including two free throws with eleven seconds "
               "on the clock that settled the game."],
        heading="Box score",
        table=["Team", "Q1", "Q2", "Q3", "Q4", "T", "Ridgeport", "28", "31", "22", "27", "108",
               "Harbor City", "25", "30", "29", "18", "102"],
        after=["Ridgeport have now won six of their last seven games and sit second in the conference, one game "
               "behind Lakeside, whom they visit on Friday.",
               "Harbor City coach Ellen Shaw said her team had given away too many easy baskets in the third quarter."],
        tail=["More Basketball", "Lakeside beat Eastport in overtime", "Privacy", "Contact"]),
    "nl": dict(
        top=["Omroep Kempen", "Nieuws", "Sport", "Verkiezingen", "VERKIEZINGEN"],
        head=["Dorpsbelang ruim de grootste in Bergeijk", "Door Sanne Vos", "19 maart 2026, 23:10"],
        story=["BERGEIJK - Dorpsbelang Bergeijk is bij de gemeenteraadsverkiezingen ruim de grootste partij geworden. "
               "De lokale partij groeit van zes naar negen zetels, blijkt uit de voorlopige uitslag.",
               "Het CDA verliest twee zetels. Fractievoorzitter Ruud Smits spreekt van een teleurstellende avond, maar "
               "wil wel meepraten over een nieuwe coalitie."],
        heading="Uitslagen",
        table=["Partij", "Zetels", "Stemmen", "Dorpsbelang", "9", "4.812", "CDA", "4", "2.104", "VVD", "3", "1.650",
               "PvdA", "1", "702"],
        after=["De opkomst in Bergeijk was 57 procent, iets hoger dan vier jaar geleden. Dorpsbelang wil deze week met "
               "alle partijen praten over een nieuw college.",
               "De nieuwe raad wordt op 2 april geïnstalleerd."],
        tail=["Meer verkiezingen", "Opkomst in de regio hoger dan verwacht", "Privacy", "Contact"]),
    "ar": dict(
        top=["الرئيسية", "رياضة", "كرة القدم", "كرة السلة", "رياضة"],
        head=["النادي الأهلي يتصدر الدوري بعد فوزه على الاتحاد", "بقلم سامي الخطيب", "3 مارس 2026"],
        story=["القاهرة - انتزع النادي الأهلي صدارة الدوري مساء الاثنين بعد فوزه على الاتحاد بهدفين مقابل هدف في "
               "مباراة مثيرة على ملعبه.",
               "وسجل المهاجم عمر فتحي هدف الفوز في الدقيقة الأخيرة من المباراة بعد تمريرة من زميله حسن علي."],
        heading="النتائج",
        table=["الفريق", "لعب", "نقاط", "الأهلي", "20", "45", "الاتحاد", "20", "43", "المصري", "20", "38"],
        after=["وقال مدرب الأهلي بعد المباراة إن الفريق لم يقدم أفضل مستوياته لكنه أظهر روحا قتالية عالية حتى "
               "اللحظة الأخيرة من اللقاء.",
               "ويلتقي الأهلي في الجولة المقبلة مع المصري يوم الجمعة."],
        tail=["المزيد من رياضة", "الزمالك يتعادل مع سموحة", "سياسة الخصوصية", "اتصل بنا"]),
}


def _page(c: dict, heading: str | None = None) -> str:
    return page(*c["top"], *c["head"], *c["story"], heading or c["heading"], *c["table"], *c["after"], *c["tail"])


def _roles(article, text: str) -> list[tuple[str, str]]:
    return [(role, reason) for line, role, reason in article.line_roles if line == text]


@pytest.mark.parametrize("model", [None, False], ids=["model", "rules only"])
@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_cell_tables_heading_stays_with_its_table(lang, model):
    c = PAGES[lang]
    article = normalise_text(_page(c), model=model)
    paragraphs = table_cells(article.text.split("\n\n"))  # (a regular table comes back as rows: read as cells)
    at = paragraphs.index(c["after"][0])
    assert paragraphs[at - len(c["table"]) - 1:at] == [c["heading"]] + c["table"]
    assert _roles(article, c["heading"]) == [("content", CELL_TABLE_REASON)]


def test_a_longer_heading_over_the_header_row_goes_with_it_too():
    c = PAGES["nl"]
    heading = "Zetelverdeling nieuwe gemeenteraad Bergeijk:"
    article = normalise_text(_page(c, heading), model=False)
    assert _roles(article, heading) == [("content", CELL_TABLE_REASON)]


def _cells_of(*texts: str) -> set[str]:
    lines = split_lines(page(*texts))
    return {lines[k].text for k in cell_table_rows(lines, line_features(lines))}


def test_guard_a_sentence_or_a_menus_last_item_over_the_table_is_no_heading():
    c = PAGES["en"]
    story = c["story"][-1]
    # a sentence right over the table is the story's, no heading
    assert story not in _cells_of(story, *c["table"])
    # a short line under other short lines ("Share" / "Print" / "Box score") may be a menu's: left to the model
    cells = _cells_of(story, "Share", "Print", "Box score", *c["table"])
    assert "Box score" not in cells and "Team" in cells
    # a line over the table that is a date is no heading
    assert "3 March 2026" not in _cells_of(story, "3 March 2026", *c["table"])
