"""tester 29b's findings A1-A4: a page laid out in tables is read as a page, not as a data table.

An old table-layout page (a menu row, a column of section links beside the cell with the story, a copyright row) and
an HTML newsletter e-mail (nested 600-pixel tables, a one-cell table for the button) came out of the extractor as
"| … |" rows: menu, side column and copyright stayed in the text, a takeaway began with a row of menu words, the title
was the site's name and byline and date were lost (layouttables.py). A data table (a header row, numbers, short cells)
stays a table, also inside a layout table's cell. And a cell's escaped bar ("Harbour \\| Gull Island") is no cell
separator when the markdown table is written (summarise.tables.row_cells). Pages written for the tests, en, nl, ar.
"""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from newsbrief.normalise.html import normalise_document
from newsbrief.normalise.layouttables import is_layout_table
from newsbrief.record import Article
from newsbrief.render import render_markdown
from summarise.tables import filled_cells, row_cells

# An old table-layout page: masthead and menu row, a grey column of section links beside the story's cell (headline
# in <b>, byline and date in <i> with a <br> between, paragraphs split by <br><br>), a copyright row.
LAYOUT = """<HTML><HEAD><TITLE>{site} - {section}</TITLE></HEAD>
<BODY BGCOLOR="#FFFFFF">
<TABLE WIDTH="780" BORDER="0" CELLPADDING="2" CELLSPACING="0">
<TR><TD COLSPAN="2" BGCOLOR="#003366"><IMG SRC="/img/masthead.gif" ALT="{site}"><BR><FONT SIZE="1">{menu}</FONT></TD></TR>
<TR><TD WIDTH="150" VALIGN="TOP" BGCOLOR="#DDDDDD"><FONT SIZE="2">{side}</FONT></TD>
<TD WIDTH="630" VALIGN="TOP"><FONT FACE="Verdana" SIZE="4"><B>{headline}</B></FONT><BR>
<FONT SIZE="2"><I>{byline}<BR>{date}</I></FONT><BR><BR>
<FONT SIZE="3">{body}</FONT><BR><BR>
<FONT SIZE="1">{tools}</FONT></TD></TR>
<TR><TD COLSPAN="2" ALIGN="CENTER"><FONT SIZE="1">{copyright}</FONT></TD></TR>
</TABLE></BODY></HTML>"""


def _links(words: list[str], between: str) -> str:
    return between.join(f'<A HREF="#">{w}</A>' for w in words)


LAYOUT_PAGES = {
    "en": dict(
        site="County Courier Online", section="Bridge Vote",
        menu=["Front Page", "News", "Sports", "Opinion", "Classifieds"],
        side=["County News", "School Board", "Church Notes", "Police Blotter"], side_head="IN THIS ISSUE",
        weather=("Weather", "Cloudy, 12°C"),
        headline="County votes to replace the Mill Street bridge",
        byline="By Harriet Lowell, Courier Staff Writer", author="Harriet Lowell",
        date="Tuesday, 14 April 2026", published="2026-04-14",
        body=["County commissioners voted four to one on Monday night to replace the Mill Street bridge, which has "
              "been closed to lorries since an inspection found cracks in two of its beams last winter.",
              "The new bridge will cost an estimated 6.2 million dollars, most of it paid by a state grant, and is due "
              "to open in the autumn of 2027.",
              "Commissioner Dale Ritter, who cast the only vote against, said the county should have repaired the old "
              "bridge instead. \"We are tearing down something that could have lasted another forty years,\" he said.",
              "Traffic will be sent along Canal Road while the work goes on, adding about ten minutes to the trip "
              "into town."],
        tools=["Print this story", "Send to a friend"],
        copyright="Copyright © 2026 County Courier Inc. All rights reserved."),
    "nl": dict(
        site="De Dorpsbode", section="Nieuws",
        menu=["Home", "Nieuws", "Sport", "Agenda", "Contact"],
        side=["Gemeente", "Verenigingen", "Kerkdiensten", "Familieberichten"], side_head="RUBRIEKEN",
        weather=("Weer", "Bewolkt, 11 graden"),
        headline="Gemeente sluit zwembad De Vijverhof na zestig jaar",
        byline="Door Marieke van Dijk", author="Marieke van Dijk",
        date="donderdag 3 september 2026", published="2026-09-03",
        body=["Het gemeentebestuur heeft besloten zwembad De Vijverhof aan het einde van dit jaar te sluiten, omdat "
              "het gebouw volgens een onderzoek niet meer veilig te verwarmen is.",
              "De gemeente rekent op een bedrag van ruim vier miljoen euro als het bad zou worden gerenoveerd, en dat "
              "geld is er volgens wethouder Peter Jansen niet.",
              "Zwemverenigingen reageren teleurgesteld. Zij moeten vanaf januari uitwijken naar het bad in de "
              "buurgemeente, een half uur rijden verderop.",
              "Een nieuw zwembad bij de sporthal wordt onderzocht, maar een besluit daarover valt op zijn vroegst in "
              "2028."],
        tools=["Printversie", "Stuur dit artikel door"],
        copyright="Copyright © 2026 De Dorpsbode. Alle rechten voorbehouden."),
    "ar": dict(
        site="صحيفة الوادي اليوم", section="محليات",
        menu=["الرئيسية", "محليات", "رياضة", "اقتصاد", "اتصل بنا"],
        side=["أخبار المحافظة", "تعليم", "صحة", "وفيات"], side_head="الأقسام",
        weather=("الطقس", "مشمس، 24 درجة"),
        headline="افتتاح مستشفى جديد في مدينة الوادي بطاقة 200 سرير",
        byline="بقلم: سامر الخطيب", author="سامر الخطيب",
        date="الخميس 3 سبتمبر 2026", published="2026-09-03",
        body=["افتتح وزير الصحة يوم الأربعاء مستشفى الوادي العام الجديد الذي يضم مئتي سرير وقسما للطوارئ يعمل على "
              "مدار الساعة، بعد أربع سنوات من العمل في بنائه.",
              "وقال الوزير في كلمة خلال حفل الافتتاح إن المستشفى سيخدم أكثر من ثلاثمئة ألف نسمة في المدينة والقرى "
              "المحيطة بها، وإنه سيخفف الضغط عن مستشفيات العاصمة.",
              "وبلغت كلفة المشروع نحو خمسين مليون دينار، موّل البنك الدولي جزءا منها، ومن المقرر أن يبدأ استقبال "
              "المرضى مطلع الشهر المقبل.",
              "وأعرب سكان المدينة عن ارتياحهم للافتتاح، إذ كانوا يضطرون إلى السفر ساعتين للوصول إلى أقرب مستشفى "
              "كبير."],
        tools=["نسخة للطباعة", "أرسل الخبر لصديق"],
        copyright="جميع الحقوق محفوظة © 2026 صحيفة الوادي اليوم"),
}


def _layout_page(lang: str, body_html: str | None = None) -> tuple[str, dict]:
    c = LAYOUT_PAGES[lang]
    side = f"<B>{c['side_head']}</B><BR>" + _links(c["side"], "<BR>") + \
        f"<BR><BR><B>{c['weather'][0]}</B><BR>{c['weather'][1]}"
    page = LAYOUT.format(site=c["site"], section=c["section"], menu=_links(c["menu"], " | "), side=side,
                         headline=c["headline"], byline=c["byline"], date=c["date"],
                         body=body_html if body_html is not None else "<BR><BR>\n".join(c["body"]),
                         tools=_links(c["tools"], " | "), copyright=c["copyright"])
    return page, c


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_table_layout_page_is_read_as_a_page(lang):
    # main: "| Home \| Nieuws … |" and one "row" holding the side column, the headline, byline, date and the whole
    # story, the copyright in the text; nothing removed; the title the site's name, no byline, no date. The site's
    # name in <title> ("County Courier Online", "صحيفة الوادي اليوم") shares a word with the story: still a site's name
    page, c = _layout_page(lang)
    article = normalise_document(page, language=lang)
    assert article.paragraphs == c["body"]
    assert not any("|" in p for p in article.paragraphs)
    assert article.title == c["headline"]
    assert article.byline == c["author"]
    assert (article.published or "")[:10] == c["published"]
    removed = " ".join(article.removed)
    for boilerplate in [c["menu"][1], c["side"][0], c["side"][-1], c["weather"][1], c["tools"][0], c["copyright"]]:
        assert boilerplate in removed


def test_a_takeaway_of_a_table_layout_page_is_a_sentence_of_the_story():
    # main: takeaway 1 began "| IN THIS ISSUE County News School Board … | County votes to replace …"
    import newsbrief

    page, c = _layout_page("en")
    article = newsbrief.brief(page)
    assert article.takeaways
    assert all("|" not in t.text and "IN THIS ISSUE" not in t.text for t in article.takeaways)
    assert article.takeaways[0].text.startswith("County commissioners voted four to one")


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_data_table_inside_a_layout_tables_cell_stays_a_table_in_its_place(lang):
    # main: the layout rows, then the data table's rows after the copyright row
    c = LAYOUT_PAGES[lang]
    rows = {"en": [["Item", "2026 (dollars)", "2027 (dollars)"], ["Demolition", "650,000", "0"],
                   ["New deck and beams", "2,100,000", "2,900,000"], ["Road works", "180,000", "370,000"]],
            "nl": [["Onderdeel", "Kosten (euro)", "Jaar"], ["Nieuw dak", "1.200.000", "2027"],
                   ["Installaties", "2.050.000", "2027"], ["Kleedkamers", "800.000", "2028"]],
            "ar": [["البند", "الكلفة (دينار)", "السنة"], ["المبنى الرئيسي", "32,000,000", "2024"],
                   ["الأجهزة الطبية", "12,500,000", "2025"], ["قسم الطوارئ", "5,500,000", "2026"]]}[lang]
    table = ("<TABLE BORDER=\"1\"><TR>" + "".join(f"<TH>{x}</TH>" for x in rows[0]) + "</TR>"
             + "".join("<TR>" + "".join(f"<TD>{x}</TD>" for x in r) + "</TR>" for r in rows[1:]) + "</TABLE>")
    body = "<BR><BR>\n".join(c["body"][:2]) + "<BR><BR>\n" + table + "<BR>\n" + "<BR><BR>\n".join(c["body"][2:])
    page, _ = _layout_page(lang, body)
    article = normalise_document(page, language=lang)
    assert article.paragraphs[:2] == c["body"][:2] and article.paragraphs[-2:] == c["body"][2:]
    assert c["copyright"] in article.removed
    if lang == "ar":
        # the extractor's own reading of this page (it reads the whole page, each block a line, where it does not
        # take its fallback's) writes the data table one cell a line: every cell stays, in its place and order
        assert article.paragraphs[2:-2] == [cell for row in rows for cell in row]
    else:
        assert article.paragraphs[2:-2] == ["| " + " | ".join(r) + " |" for r in rows]


# An HTML newsletter e-mail: a 100% table around a 600-pixel one, a row per box, the story's button a one-cell table.
EMAIL = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>{name}</title></head>
<body style="margin:0; padding:0;">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff">
<tr><td style="font-size:11px;">{view} <a href="#">{view_link}</a></td></tr>
<tr><td><img src="logo.png" alt="{name}" width="180" /></td></tr>
<tr><td style="padding:20px;">
<h1>{headline}</h1>
<p>{byline} &middot; {date}</p>
{body}
<table width="100%"><tr><td align="center"><a href="#" style="background:#06c;color:#fff;padding:10px;">{button}</a></td></tr></table>
</td></tr>
<tr><td style="padding:20px;"><h2>{also}</h2>
{teasers}</td></tr>
<tr><td style="font-size:11px;">{why} <a href="#">{unsubscribe}</a><br />{address}</td></tr>
</table></td></tr></table></body></html>"""

EMAILS = {
    "en": dict(
        name="Harbour Daily", view="Email not displaying correctly?", view_link="View this email in your browser",
        headline="Ferry fares frozen for another year", byline="By Nina Caldwell", author="Nina Caldwell",
        date="Wednesday 4 March 2026", published="2026-03-04",
        body=["Island ferry fares will stay at their current level until the end of next year after the regional "
              "council agreed to cover the operator's higher fuel costs.",
              "The council will pay the operator about 1.8 million pounds over two years, money that had been set "
              "aside for road repairs that have now been postponed.",
              "Islanders had warned that a planned rise of 12 per cent would have made the daily crossing to the "
              "mainland too expensive for many families and workers."],
        button="Read more on our website", also="More from today's newsletter",
        teasers=["Harbour wall repairs to start in May", "Letters: the parking problem on Quay Street"],
        why="You received this email because you signed up to Harbour Daily.", unsubscribe="Unsubscribe",
        address="Harbour Daily, 4 Quay Street, Portwenn"),
    "nl": dict(
        name="De Ochtendbrief", view="Wordt deze e-mail niet goed weergegeven?", view_link="Bekijk hem in je browser",
        headline="Treinstaking op het laatste moment afgeblazen", byline="Door Sanne de Boer", author="Sanne de Boer",
        date="maandag 9 november 2026", published="2026-11-09",
        body=["De landelijke treinstaking die voor dinsdag was aangekondigd, gaat niet door nadat vakbonden en de "
              "spoorvervoerder vannacht een akkoord bereikten.",
              "Machinisten krijgen dit jaar vijf procent meer loon en volgend jaar nog eens drie procent. Ook worden "
              "de plannen om kaartautomaten op kleine stations weg te halen geschrapt.",
              "De leden van de vakbonden stemmen binnen drie weken over het akkoord. De treinen rijden dinsdag "
              "volgens de normale dienstregeling."],
        button="Lees het hele artikel", also="Ook in deze editie",
        teasers=["Busritje wordt tien cent duurder", "Column: waarom de binnenstad niet dood is"],
        why="Je ontvangt deze e-mail omdat je je hebt aangemeld voor De Ochtendbrief.", unsubscribe="Afmelden",
        address="De Ochtendbrief, Postbus 123, 1000 AB Amsterdam"),
    "ar": dict(
        name="النشرة الصباحية", view="لا تظهر الرسالة بشكل صحيح؟", view_link="اعرضها في المتصفح",
        headline="إلغاء إضراب عمال السكك الحديدية بعد اتفاق في اللحظة الأخيرة", byline="بقلم: ليلى حداد",
        author="ليلى حداد", date="الاثنين 9 نوفمبر 2026", published="2026-11-09",
        body=["ألغت نقابة عمال السكك الحديدية الإضراب الذي كان مقررا يوم الثلاثاء بعد أن توصلت إلى اتفاق مع الشركة "
              "المشغلة خلال مفاوضات استمرت حتى الفجر.",
              "ويمنح الاتفاق السائقين زيادة في الأجور بنسبة خمسة في المئة هذا العام، وثلاثة في المئة أخرى في العام "
              "المقبل، كما يلغي خطة إغلاق مكاتب التذاكر في المحطات الصغيرة.",
              "وقالت النقابة إن أعضاءها سيصوتون على الاتفاق خلال ثلاثة أسابيع، وإن القطارات ستعمل يوم الثلاثاء وفق "
              "الجدول المعتاد."],
        button="اقرأ الخبر كاملا", also="أيضا في عدد اليوم",
        teasers=["رفع أجرة الحافلات عشرة قروش", "رأي: لماذا لم يمت وسط المدينة بعد"],
        why="تلقيت هذه الرسالة لأنك مشترك في النشرة الصباحية.", unsubscribe="إلغاء الاشتراك",
        address="النشرة الصباحية، ص.ب 1234، عمّان"),
}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_newsletter_email_built_from_tables_is_read_as_its_story(lang):
    # main: "| Email not displaying correctly? … |", the story with its byline and date as one row, the teasers, the
    # unsubscribe footer and the button as rows in the text; no byline, no date
    c = EMAILS[lang]
    page = EMAIL.format(body="\n".join(f"<p>{p}</p>" for p in c["body"]),
                        teasers="".join(f'<p><a href="#">{t}</a></p>' for t in c["teasers"]),
                        **{k: v for k, v in c.items() if k not in ("body", "teasers")})
    article = normalise_document(page, language=lang)
    assert article.paragraphs == c["body"]
    assert article.title == c["headline"]
    assert article.byline == c["author"]
    assert (article.published or "")[:10] == c["published"]
    removed = " ".join(article.removed)
    for boilerplate in [c["view_link"], c["button"], c["also"], c["teasers"][0], c["why"], c["address"]]:
        assert boilerplate in removed


# Guards: an article's own data tables stay tables.

DATA = """<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} | Site</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>{title}</h1>
<p>{p1}</p>
<table>{rows}</table>
<p>{p2}</p>
</article></body></html>"""

DATA_TABLES = {
    "en": dict(title="Road closures this week across the county",
               p1="Several roads in the county will be closed this week for resurfacing and gas main repairs, the "
                  "highways department said on Monday.",
               p2="The department said the work had been timed to avoid the school holidays next month.",
               rows=[["Road", "Dates", "Details"],
                     ["A361 Station Road", "Mon-Wed", "Closed between the roundabout and the school from 8pm to 6am "
                      "each night while the surface is replaced; a diversion runs along Mill Lane."],
                     ["B3227 Hill Street", "Tue-Fri", "Lane closures with temporary traffic lights for gas main "
                      "repairs near the library, expect delays at peak times."],
                     ["Church Lane", "Thu", "Closed all day for tree felling."]]),
    "nl": dict(title="Prijs zaaiuien stijgt verder door droogte",
               p1="De prijs van zaaiuien is deze week opnieuw gestegen, meldt de productenbeurs in Goes. Handelaren "
                  "wijzen op de lage opbrengst na de droge zomer.",
               p2="Volgens de beurs is de vraag uit het buitenland groot, vooral uit West-Afrika en Zuidoost-Azië.",
               rows=[["Sortering", "Prijs (euro per 100 kilo)", "Vorige week"], ["40-60 mm", "38,50", "35,00"],
                     ["60-80 mm", "41,00", "37,50"], ["Drielingen", "29,00", "28,00"]]),
    "ar": dict(title="ارتفاع مؤشرات البورصة في ختام تعاملات الأسبوع",
               p1="أغلقت مؤشرات البورصة على ارتفاع في ختام تعاملات الأسبوع، مدعومة بمشتريات المستثمرين الأجانب في أسهم "
                  "البنوك والاتصالات.",
               p2="وقال محللون إن السوق قد تشهد عمليات جني أرباح في بداية الأسبوع المقبل بعد المكاسب الأخيرة.",
               rows=[["المؤشر", "الإغلاق", "التغير"], ["المؤشر العام", "2,481.6", "+1.2%"],
                     ["مؤشر البنوك", "1,733.4", "+0.8%"], ["مؤشر الصناعة", "904.2", "-0.3%"]]),
}


def _data_page(lang: str, rows: list[list[str]], header: bool = True) -> str:
    c = DATA_TABLES[lang]
    head = "th" if header else "td"
    html_rows = "<tr>" + "".join(f"<{head}>{x}</{head}>" for x in rows[0]) + "</tr>" + "".join(
        "<tr>" + "".join(f"<td>{x}</td>" for x in r) + "</tr>" for r in rows[1:])
    return DATA.format(lang=lang, title=c["title"], p1=c["p1"], p2=c["p2"], rows=html_rows)


@pytest.mark.parametrize("header", [True, False])
@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_guard_an_articles_data_table_stays_a_table(lang, header):
    c = DATA_TABLES[lang]
    article = normalise_document(_data_page(lang, c["rows"], header), language=lang)
    assert article.paragraphs == [c["p1"]] + ["| " + " | ".join(r) + " |" for r in c["rows"]] + [c["p2"]]


def test_guard_a_one_column_table_under_its_header_stays_a_table():
    rows = [["Shortlist"], ["The Salt Road by Anna Perry"], ["Low Water by James Okafor"],
            ["A House of Gulls by Mira Holt"], ["Winter Orchard by Tom Reyes"]]
    article = normalise_document(_data_page("en", rows), language="en")
    assert all(f"| {r[0]} |" in article.paragraphs for r in rows[1:])


def _table(markup: str):
    return next(lxml_html.document_fromstring(f"<html><body>{markup}</body></html>").iter("table"))


PROSE = ("The council voted on Monday night to close the swimming pool at the end of the year, saying that the "
         "building could no longer be heated safely and that repairs to its roof, its boilers and its changing "
         "rooms would cost more than four million.")


@pytest.mark.parametrize(("markup", "layout"), [
    ('<table role="presentation"><tr><td>a</td><td>b</td></tr><tr><td>1</td><td>2</td></tr></table>', True),
    ("<table><tr><td><table><tr><td>x</td></tr></table></td><td>y</td></tr></table>", True),  # holds a table
    ('<table><tr><td><a href="#">Read the full story</a></td></tr></table>', True),  # one cell: a button
    (f"<table><tr><td>Home</td></tr><tr><td><p>{PROSE}</p><p>{PROSE}</p></td></tr></table>", True),  # paragraphs
    (f"<table><tr><td>{PROSE}<br><br>{PROSE}</td></tr><tr><td>© 2026</td></tr></table>", True),  # <br><br>
    (f"<table><tr><td>Menu</td><td>{PROSE}</td></tr><tr><td>Copyright</td><td></td></tr></table>", True),  # one cell
    ("<table><tr><th>Metal</th><th>Close</th></tr><tr><td>Tin</td><td>28,150</td></tr>"
     "<tr><td>Zinc</td><td>2,710</td></tr></table>", False),
    ("<table><tr><td>Ohio</td><td>5</td></tr><tr><td>Utah</td><td>2</td></tr></table>", False),
    (f"<table><tr><th>Road</th><th>Details</th></tr><tr><td>A361</td><td>{PROSE}</td></tr>"
     f"<tr><td>B3227</td><td>{PROSE}</td></tr><tr><td>Church Lane</td><td>{PROSE}</td></tr></table>", False),
    ("<table><tr><th>Shortlist</th></tr><tr><td>The Salt Road</td></tr><tr><td>Low Water</td></tr></table>", False),
])
def test_is_layout_table(markup, layout):
    assert is_layout_table(_table(markup)) is layout


def test_an_escaped_bar_in_a_cell_is_no_cell_separator():
    # main: "| Harbour \| Gull Island | 07:10 |" split into "Harbour \", "Gull Island", "07:10"
    assert row_cells("| Harbour \\| Gull Island | 07:10, 12:40 |") == ["Harbour \\| Gull Island", "07:10, 12:40"]
    assert filled_cells("| Harbour \\| Gull Island | 07:10, 12:40 |") == 2
    assert row_cells("| Peter Cole | Labour | 1,073 |") == ["Peter Cole", "Labour", "1,073"]  # guard
    assert row_cells("|| Caption | |") == ["", "Caption", ""]  # guard: empty cells kept
    assert row_cells("Tin\t28,150\t-90") == ["Tin", "28,150", "-90"]  # guard: tabs


@pytest.mark.parametrize(("lang", "cells"), [
    ("en", [["Route", "Times"], ["Harbour | Gull Island", "07:10, 12:40"], ["Gull Island | Harbour", "08:00"]]),
    ("nl", [["Traject", "Vertrek"], ["Haven | Meeuweneiland", "07:10"], ["Meeuweneiland | Haven", "08:00"]]),
    ("ar", [["الخط", "المواعيد"], ["الميناء | جزيرة النورس", "07:10"], ["جزيرة النورس | الميناء", "08:00"]]),
])
def test_the_markdown_table_keeps_a_cells_bar_in_its_cell(lang, cells):
    # main: "| Harbour \ | Gull Island | 07:10, 12:40 |": a third column, "Gull Island" under "Times"
    c = DATA_TABLES[lang]
    article = normalise_document(_data_page(lang, cells), language=lang)
    record = Article(source="page.html", language=lang, title=article.title, text=article.text)
    md = render_markdown(record, "normalise")
    escaped = [[cell.replace("|", "\\|") for cell in row] for row in cells]
    table = "\n".join(["| " + " | ".join(escaped[0]) + " |", "|---|---|"]
                      + ["| " + " | ".join(r) + " |" for r in escaped[1:]])
    assert f"{c['p1']}\n\n{table}\n\n" in md


def test_unwrapping_a_long_layout_cell_grows_linearly():
    # a cell of thousands of <br> lines, each inside its own inline element with a break of its own: an insert at a
    # sibling's index for every run made it quadratic
    from tests.scaling import assert_grows_linearly
    from newsbrief.normalise.layouttables import unwrap_layout_tables

    def make(n: int) -> str:
        lines = "<br>".join(f"<font><i>line {i} of the story<br>its second line</i></font>" for i in range(n))
        return f"<html><body><table><tr><td>Menu</td><td>{lines}</td></tr></table></body></html>"

    assert_grows_linearly(lambda page: unwrap_layout_tables(lxml_html.document_fromstring(page)), make, 1000, 4000)
