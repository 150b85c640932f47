"""A press release copied out of a PDF (tester 32b): the letterhead and labels over the headline ("NORTHGATE WATER
PLC" / "PRESS RELEASE" / "FOR IMMEDIATE RELEASE" / date) give the headline as title and no label as byline, and the
running head and foot printed at each page break beside "Page 1 of 3" go (pagebreaks.py), in en/nl/ar."""

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.lines import Line
from newsbrief.normalise.pagebreaks import running_heads

PAGES = {
    "en": dict(
        issuer="HARBOURSIDE RAIL LTD", labels=["PRESS RELEASE", "FOR IMMEDIATE RELEASE"], date="4 December 2026",
        headline="Harbourside Rail to add 40 carriages to its busiest commuter lines",
        foot="Harbourside Rail Ltd – Press Release – 4 December 2026", counter="Page {} of 3",
        paragraphs=["Harbourside Rail Ltd today announced that it will add 40 carriages to its three busiest commuter "
                    "lines from May, after passenger numbers rose by 12 per cent this year.",
                    "The new carriages will run on the Quayside, Millbrook and Airport lines, where trains in the "
                    "morning peak are now regularly full before the last three stops.",
                    "Managing director Priya Nair said: \"Our passengers have told us clearly that they want more "
                    "seats, and this is the quickest way to provide them.\"",
                    "The carriages are leased from another operator and will be refurbished at the company's depot "
                    "in Eastfield before they enter service."]),
    "nl": dict(
        issuer="WATERSCHAP RIJN EN LEK", labels=["PERSBERICHT"], date="4 december 2026",
        headline="Waterschap versterkt twaalf kilometer dijk langs de Lek bij Culemborg",
        foot="Waterschap Rijn en Lek – Persbericht – 4 december 2026", counter="Pagina {} van 3",
        paragraphs=["Waterschap Rijn en Lek begint in maart met het versterken van twaalf kilometer dijk langs de Lek "
                    "tussen Culemborg en Everdingen. De werkzaamheden duren naar verwachting vier jaar.",
                    "Uit metingen blijkt dat de dijk op verschillende plekken niet meer voldoet aan de nieuwe normen "
                    "voor hoogwater. Vooral bij zandgrond onder de dijk is het risico op doorsijpelen te groot.",
                    "Dijkgraaf Marieke Smit: \"We doen dit werk nu, zodat de bewoners achter de dijk ook over vijftig "
                    "jaar droge voeten houden.\"",
                    "Tijdens de werkzaamheden blijft de dijkweg grotendeels open voor fietsers. Voor auto's komt er "
                    "een omleiding via de provinciale weg."]),
    "ar": dict(
        issuer="هيئة الطرق والمواصلات", labels=["بيان صحفي"], date="4 ديسمبر 2026",
        headline="هيئة الطرق تفتتح جسراً جديداً يربط المنطقة الصناعية بالميناء",
        foot="هيئة الطرق والمواصلات – بيان صحفي – 4 ديسمبر 2026", counter="صفحة {} من 3",
        paragraphs=["افتتحت هيئة الطرق والمواصلات اليوم جسراً جديداً بطول كيلومترين يربط المنطقة الصناعية بالميناء، "
                    "ومن المتوقع أن يخفض زمن الرحلة بين الموقعين إلى النصف.",
                    "وقالت الهيئة إن الجسر يستوعب ستة آلاف مركبة في الساعة، وإنه سيخفف الازدحام على الطريق الساحلي الذي "
                    "تستخدمه الشاحنات حالياً.",
                    "وقال المدير العام للهيئة إن المشروع أنجز قبل موعده بثلاثة أشهر وبتكلفة أقل من الميزانية المقررة.",
                    "وتعتزم الهيئة افتتاح مسار ثان للحافلات على الجسر في الربع الأول من العام المقبل."]),
}


def _page(p: dict) -> str:
    first, second = p["paragraphs"][:2], p["paragraphs"][2:]
    lines = [p["issuer"], *p["labels"], p["date"], p["headline"], *first,
             p["foot"], p["counter"].format(1), p["issuer"], *second,
             p["foot"], p["counter"].format(2), p["issuer"], "ENDS",
             p["foot"], p["counter"].format(3)]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("language", sorted(PAGES))
def test_a_pdf_release_keeps_its_story_whole_without_its_print_furniture(language):
    p = PAGES[language]
    art = normalise_text(_page(p))
    assert art.title == p["headline"]
    assert art.byline is None  # a release names no author; its labels are none (review 32: the old check passed on any)
    for paragraph in p["paragraphs"]:
        assert paragraph[:60] in art.text
    assert p["foot"] not in art.text
    assert p["issuer"] not in art.text.split("\n")


def test_a_story_line_said_once_beside_a_web_pager_is_no_running_head():
    lines = [Line(t) for t in ["The council met on Monday.", "Page 1 of 2", "Next page",
                               "The council met on Monday.", "It voted to close the pool."]]
    assert running_heads(lines) == set()  # one counter: a web page's pager, no document's page breaks
