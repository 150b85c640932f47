"""Stop 32's probeC finding 7 (nl_rechtspraak): a judgment's metadata header, dumped one cell a line under its headline
("Instantie" / "Rechtbank …" / "Datum uitspraak" / "12-11-2026" / "Zaaknummer" / …), kept some labels in the text
while their values went. normalise/fieldpairs.py: the header's labels and values go together; a value the rules read
as the date keeps that role. Pages written for these tests (nl, en, ar)."""

from __future__ import annotations

import copy

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.features import line_features
from newsbrief.normalise.fieldpairs import header_fields
from newsbrief.normalise.learned import packaged_model
from newsbrief.normalise.lines import split_lines

NL = """Naar hoofdinhoud
Uitspraken
Nieuws
Contact
Zoeken
Gemeente hoefde bouwvergunning voor zonnepark niet te weigeren
Instantie
Raad van State
Datum uitspraak
4-11-2026
Datum publicatie
6-11-2026
Zaaknummer
202504417/1/R2
Rechtsgebieden
Bestuursrecht; Omgevingsrecht
Bijzondere kenmerken
Hoger beroep
Inhoudsindicatie
Omgevingsvergunning zonnepark Heino. De rechtbank heeft terecht geoordeeld dat het college de vergunning mocht verlenen. Het hoger beroep van omwonenden is ongegrond en de aangevallen uitspraak wordt bevestigd.
1. Procesverloop
1.1. Bij besluit van 12 maart 2025 heeft het college van burgemeester en wethouders een omgevingsvergunning verleend voor de aanleg van een zonnepark van veertien hectare ten noorden van Heino.
1.2. De rechtbank heeft het beroep van appellanten tegen dat besluit bij uitspraak van 9 januari 2026 ongegrond verklaard, waarna appellanten hoger beroep hebben ingesteld.
2. Overwegingen
2.1. Appellanten betogen dat het zonnepark het open landschap aantast en dat het college onvoldoende rekening heeft gehouden met hun uitzicht vanuit de woningen aan de Raalterweg.
2.2. De Afdeling overweegt dat het college in redelijkheid gewicht heeft kunnen toekennen aan het belang van duurzame energie, mede gelet op de landschappelijke inpassing met een haag van inheemse struiken.
Print
Delen
Privacy
Cookies
"""

EN = """Skip to content
Judgments
Tribunals
About
Search
Landlord ordered to repay deposit after failing to protect it
Court
County Court at Bristol
Date of judgment
18 November 2026
Date published
20 November 2026
Case number
K00BS412
Jurisdiction
Civil; Housing
Headnote
The tenant's deposit was not placed in an approved protection scheme within thirty days. The court orders the landlord to repay the deposit and to pay a penalty of twice its amount.
1. Background
1.1. The claimant rented a two-bedroom flat on Gloucester Road from the defendant from March 2024 and paid a deposit of £1,150 at the start of the tenancy.
1.2. The defendant accepted in his defence that the deposit was kept in his own account until the tenancy ended and was never registered with any scheme.
2. Decision
2.1. The court finds that the defendant failed to comply with the statutory requirements, and that no reasonable excuse for that failure has been shown.
2.2. The defendant must repay the deposit in full and pay a further £2,300 within fourteen days of this order.
Print
Share
Privacy
Cookies
"""

AR = """الرئيسية
الأحكام
الأخبار
اتصل بنا
بحث
المحكمة تلزم شركة مقاولات بتعويض مشترين عن تأخير تسليم الشقق
المحكمة
محكمة الاستئناف التجارية
تاريخ الحكم
10 نوفمبر 2026
تاريخ النشر
14 نوفمبر 2026
رقم القضية
2025/418 تجاري
نوع الحكم
استئناف
الملخص
قضت المحكمة بإلزام شركة المقاولات بدفع تعويض للمشترين عن تأخرها في تسليم الشقق أكثر من عامين، ورفضت دفاع الشركة بأن التأخير سببه ارتفاع أسعار مواد البناء.
أولاً: الوقائع
أقام المدعون دعواهم بعد أن تعاقدوا مع الشركة على شراء شقق في مشروع سكني بضاحية المدينة على أن يتم التسليم في موعد أقصاه نهاية عام 2023.
وتبين للمحكمة من تقرير الخبير أن الشركة لم تنجز سوى نصف الأعمال حتى تاريخ رفع الدعوى، وأنها لم تخطر المشترين بأي سبب للتأخير.
ثانياً: الأسباب
ورأت المحكمة أن ارتفاع أسعار مواد البناء لا يعد قوة قاهرة تعفي الشركة من التزاماتها، إذ كان بوسعها توقعه عند التعاقد.
وألزمت المحكمة الشركة بدفع تعويض قدره خمسون ألف جنيه لكل مشتر، إضافة إلى المصروفات وأتعاب المحاماة.
طباعة
شارك
سياسة الخصوصية
"""

# (page, language, the header's labels, a value that is no date, the date the header states)
CASES = [
    (NL, "nl", ["Instantie", "Datum uitspraak", "Datum publicatie", "Zaaknummer", "Rechtsgebieden",
                "Bijzondere kenmerken", "Inhoudsindicatie"], "Bestuursrecht; Omgevingsrecht", "2026-11-04"),
    (EN, "en", ["Court", "Date of judgment", "Date published", "Case number", "Jurisdiction", "Headnote"],
     "Civil; Housing", "2026-11-18"),
    (AR, "ar", ["المحكمة", "تاريخ الحكم", "تاريخ النشر", "رقم القضية", "نوع الحكم", "الملخص"], "2025/418 تجاري",
     "2026-11-10"),
]


def _in_mode(mode: int) -> dict:
    """The packaged model with a page layer that always picks `mode` (pagemode.MODES): probeC's judgment page was read
    in an open mode, where the line model kept a label at 0.2-0.4 and dropped its value."""
    params = copy.deepcopy(packaged_model())
    page = params["page"]
    page["min_lines"] = 0
    page["coef"] = [[0.0] * len(row) for row in page["coef"]]
    page["intercept"] = [1.0 if k == mode else 0.0 for k in range(len(page["intercept"]))]
    return params


@pytest.mark.parametrize("mode", [0, 2, 3])
@pytest.mark.parametrize("page, language, labels, value, date", CASES)
def test_a_metadata_headers_labels_and_values_go_together(page, language, labels, value, date, mode):
    article = normalise_text(page, language=language, model=_in_mode(mode))
    kept = set(article.text.splitlines())
    assert not kept & set(labels), [label for label in labels if label in kept]
    assert value not in kept and value in article.removed
    # the date value is read as the page's date; the summary under the last label is the text's (the label goes)
    assert (article.published or "").startswith(date), article.published
    assert article.byline not in labels, article.byline  # a label names a field: no author ("تاريخ الحكم")
    summary = page.split(labels[-1] + "\n")[1].splitlines()[0]
    assert summary in article.paragraphs, article.paragraphs[:2]


def _fields(text: str) -> tuple[set[int], set[int]]:
    lines = split_lines(text)
    return header_fields(lines, line_features(lines), 1, len(lines) - 1)


def test_guard_a_story_table_of_two_columns_with_no_date_is_no_header():
    # a table of parties and their seats under the headline states no date: no metadata header
    table = "Uitslag gemeenteraad Zwolle\nVVD\n8 zetels\nGroenLinks\n7 zetels\nCDA\n5 zetels\nD66\n4 zetels\n"
    body = "De VVD blijft de grootste partij in Zwolle, al verliest de partij een zetel aan GroenLinks.\n"
    assert _fields(table + body) == (set(), set())
    # the same pairs with a date among the values are one
    dated = table.replace("D66\n4 zetels", "Datum\n18-03-2026")
    labels, values = _fields(dated + body)
    assert labels == {1, 3, 5, 7} and values == {2, 4, 6, 8}


def test_guard_repeated_labels_are_a_list_not_a_header():
    # the same "label" again and again is a list's repeated item (a schedule's "Match" / date), not a header's fields
    text = "Fixtures\nMatch\n12-11-2026\nMatch\n19-11-2026\nMatch\n26-11-2026\nThe club plays its home games at the stadium.\n"
    assert _fields(text) == (set(), set())
