"""tester 10's finding F2 (stop 25): a table's caption line and its rows are no takeaways.

A market report keeps its price table as one paragraph per row ("Tin | 28,150 | -90"); the line right above the rows
names the table ("LME closing prices … ($ per tonne)") and has no verb. Neither is a statement, and a bullet made of
one ended with an added full stop. Every article here is written for the tests (en, nl, and ar summarised under a
forced language, as `--lang en` does)."""

from __future__ import annotations

from summarise import SummaryInput
from summarise.extractive import ExtractiveSummariser
from summarise.tables import is_row, table_lines


def _doc(paragraphs: list[str], title: str) -> SummaryInput:
    return SummaryInput(paragraphs, list(range(len(paragraphs))), title)


def _evidence(doc: SummaryInput, n=None) -> set[int]:
    return {i for b in ExtractiveSummariser().summarise(doc, n).takeaways for i in b.evidence}


EN = [
    "Tin prices fell for a third day on Wednesday as Indonesian exports resumed after a two-month halt.",
    "Three-month tin on the London Metal Exchange dropped 1.8 per cent to $28,150 a tonne by the close.",
    "Smelters in Bangka said shipments had restarted on Monday under the new export licences.",
    "Minor metals prices at the close on Wednesday, 9 December ($ per tonne)",
    "Metal | Close | Change",
    "Tin | 28,150 | -510",
    "Cobalt | 24,300 | +40",
    "Antimony | 31,900 | unchanged",
    "Traders said the market would watch Chinese import figures due next week for signs of demand.",
    "Analysts at two banks cut their forecasts for the first quarter of next year.",
]


def test_an_english_table_caption_and_its_rows_are_no_takeaways():
    doc = _doc(EN, "Tin falls as Indonesian exports resume")
    assert table_lines(doc.sentences, doc.paragraphs) == {3, 4, 5, 6, 7}
    for n in (None, 5, 8):
        used = _evidence(doc, n)
        assert used and not used & {3, 4, 5, 6, 7}, (n, used)


NL = [
    "De prijs van consumptieaardappelen is deze week opnieuw gedaald door het grote aanbod uit de schuren.",
    "Handelaren in Emmeloord melden dat de vraag uit Duitsland en België achterblijft bij vorig jaar.",
    "Vooral de grote maten zijn moeilijk te verkopen, zeggen telers in de Noordoostpolder.",
    "Noteringen per ras, euros per 100 kilo af schuur (klei, vrije markt)",
    "Ras | Prijs week 49 | Prijs week 48",
    "Fontane | 9,50 | 10,25",
    "Agria | 11,00 | 11,50",
    "Volgens de telersvereniging blijven de prijzen laag tot na de jaarwisseling.",
]


def test_a_dutch_table_caption_is_no_takeaway():
    doc = _doc(NL, "Aardappelprijs opnieuw lager")
    assert table_lines(doc.sentences, doc.paragraphs) == {3, 4, 5, 6}
    for n in (None, 5):
        used = _evidence(doc, n)
        assert used and not used & {3, 4, 5, 6}, (n, used)


AR = [
    "أنهت بورصة مسقط تعاملات الأربعاء على انخفاض طفيف بضغط من أسهم قطاع الخدمات بعد موجة من عمليات البيع.",
    "وبلغت قيمة التداولات نحو 4.1 مليون ريال عبر ألفي صفقة في جلسة هادئة.",
    "أداء القطاعات الرئيسية",
    "القطاع | الإغلاق | التغير",
    "المالي | 7,120.44 | -12.30",
    "الصناعي | 5,870.10 | +3.15",
    "وقال وسطاء إن المستثمرين ينتظرون نتائج الربع الرابع قبل اتخاذ مراكز جديدة.",
]


def test_an_arabic_table_header_row_is_no_takeaway_even_when_nothing_reads_as_english():
    # under a forced language the extractive rules read no Arabic sentence as usable and fall back to every sentence of
    # a few words: the header row ("القطاع | الإغلاق | التغير") was one of them
    doc = _doc(AR, "بورصة مسقط تغلق على انخفاض")
    assert table_lines(doc.sentences, doc.paragraphs) == {2, 3, 4, 5}
    for n in (None, 4):
        used = _evidence(doc, n)
        assert used and not used & {2, 3, 4, 5}, (n, used)


# --- guards: what stays a candidate ---------------------------------------------------------------------------------

def test_a_sentence_above_a_table_stays_a_candidate():
    # a full sentence that introduces the table is the story's: only an unended label line is a caption
    paras = list(EN)
    paras[3] = "Prices of minor metals moved sharply on Wednesday as traders bought ahead of the holidays."
    lines = table_lines(paras, list(range(len(paras))))
    assert lines == {4, 5, 6, 7}


def test_a_lone_line_with_a_bar_is_no_table():
    paras = ["Opinion | Jane Doe", "The council should rethink its parking plan before the budget vote next month."]
    assert table_lines(paras, [0, 1]) == set()
    assert not is_row("Prices rose on Tuesday.")
    assert is_row("Tin\t28,150\t-510")


def test_a_table_inside_a_paragraph_of_sentences_is_left_alone():
    # the splitter's sentences of one paragraph: no row is its own paragraph
    sents = ["The vote was 12 | 9 in the first round.", "It was 14 | 7 in the second."]
    assert table_lines(sents, [0, 0]) == set()
