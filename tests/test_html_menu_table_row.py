"""An old table-layout page whose top row is the site's name beside its menu ("Border Valleys Echo" | "Home | News |
Sport …"): the extractor wrote it as a table row, "| … | Home \\| News \\| … |", the first paragraph of the text, and
the byline under it then stood "below the story" and was lost. The row is a menu (html.py `_menu_table_row`); a data
table's row stays."""

from __future__ import annotations

import pytest

from newsbrief.normalise.html import _menu_table_row, normalise_document

PAGES = {
    "en": dict(site="Hollin Vale Gazette", menu=["Home", "News", "Sport", "Farming", "What's on", "Archive"],
               headline="Bus company to cut evening services on three rural routes",
               byline="By Gareth Pryce", author="Gareth Pryce", date="Tuesday, 10 March 2026, 09:15",
               body=["The county's main bus operator will stop running services after 7pm on three rural routes from "
                     "April, leaving several villages without an evening bus for the first time in decades.",
                     "The company said passenger numbers on the routes had fallen by almost a third since 2019 and "
                     "that the county council's subsidy no longer covered the cost of running them.",
                     "Parish councillors in two of the villages said they would ask the council to look again at the "
                     "subsidy before the changes take effect."]),
    "nl": dict(site="Dagblad van de Kempen", menu=["Home", "Nieuws", "Sport", "Regio", "Economie", "Archief"],
               headline="Gemeente schrapt avondbus naar drie kerkdorpen",
               byline="Door Marloes Verbeek", author="Marloes Verbeek", date="dinsdag 10 maart 2026, 09:15",
               body=["De gemeente stopt vanaf april met de avondbus naar drie kerkdorpen, omdat er volgens het "
                     "college te weinig reizigers gebruikmaken van de verbinding.",
                     "Het aantal reizigers op de lijn is sinds 2019 met bijna een derde gedaald, en de bijdrage van de "
                     "provincie dekt de kosten niet langer.",
                     "Dorpsraden in twee van de kernen willen dat de gemeenteraad het besluit nog eens bekijkt voordat "
                     "het ingaat."]),
    "ar": dict(site="صحيفة الوادي", menu=["الرئيسية", "أخبار", "رياضة", "اقتصاد", "ثقافة", "الأرشيف"],
               headline="البلدية توقف خطوط الحافلات المسائية إلى ثلاث قرى",
               byline="بقلم سامي الخطيب", author="سامي الخطيب", date="10 مارس 2026",
               body=["قررت البلدية وقف خطوط الحافلات المسائية إلى ثلاث قرى في الريف الشمالي اعتبارا من أبريل المقبل، "
                     "بسبب تراجع عدد الركاب على هذه الخطوط.",
                     "وقال مسؤول في البلدية إن عدد الركاب انخفض بنحو الثلث منذ عام 2019، وإن الدعم الحكومي لم يعد "
                     "يغطي تكاليف التشغيل.",
                     "وطالب أعضاء في المجالس القروية بمراجعة القرار قبل دخوله حيز التنفيذ."]),
}


def _page(c: dict) -> str:
    menu = " | ".join(f'<a href="/{k}">{w}</a>' for k, w in enumerate(c["menu"]))
    body = "".join(f"<p>{p}</p>" for p in c["body"])
    return (f"<html><head><title>{c['headline']} - {c['site']}</title></head><body>"
            f'<table width="100%"><tr><td><a href="/">{c["site"]}</a></td><td>{menu}</td></tr></table>'
            f'<table width="760"><tr><td width="150" valign="top"><p><b>Sections</b></p><p>News</p><p>Sport</p></td>'
            f'<td valign="top"><h2>{c["headline"]}</h2><p><font size="1">{c["byline"]}<br>{c["date"]}</font></p>'
            f"{body}<p>Print this story | Email a friend</p></td></tr></table>"
            f"<p>© {c['site']} 2026</p></body></html>")


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_menu_row_of_a_layout_table_does_not_lead_the_text_nor_cost_the_byline(lang):
    # main: the text opened with "| Hollin Vale Gazette | Home \| News \| … |" and the byline was null
    c = PAGES[lang]
    article = normalise_document(_page(c), language=lang)
    assert not article.paragraphs[0].startswith("|"), article.paragraphs
    assert article.paragraphs[0] == c["body"][0], article.paragraphs
    assert article.byline == c["author"]
    assert any(c["menu"][1] in r and c["site"] in r for r in article.removed), article.removed


def test_a_data_table_row_is_no_menu_row():
    # a results table's rows, a timetable's escaped bar in a place name, a short row of names: not a menu
    assert not _menu_table_row("| Peter Cole | Labour | 1,073 |")
    assert not _menu_table_row("| Harbour \\| Gull Island | 07:10 | 09:40 |")
    assert not _menu_table_row("| Ajax | 2 | 1 | PSV |")
    assert _menu_table_row("| Border Valleys Echo | Home \\| News \\| Sport \\| Letters |")
    # a cell of prose beside the bar: a table of the story's own
    assert not _menu_table_row("| The council agreed the new fees on Tuesday after a long debate | Home \\| News \\| "
                               "Sport |")
