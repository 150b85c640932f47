"""Never lose part of a list silently (issue 10 item 5; a fifth new user's finding 16: no record had a warning, even
where an explainer's list of three exemptions kept two). Pages and trails are hand-written here, no eval data."""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.html import normalise_document
from newsbrief.normalise.lines import BULLET
from newsbrief.normalise.losses import LIST_WARNING, list_loss_warning

STORY = "The levy is set at £38 a year for an average household, added to bills in monthly or quarterly instalments."
CLOSE = "Customers who think they have been charged wrongly can contact the company, and then the water council."


def _trail(rows):
    return [t for t, _r, _w in rows], [r for _t, r, _w in rows], [w for _t, _r, w in rows]


@pytest.mark.parametrize("items, lead", [
    (["- Pensioners receiving Pension Credit", "- Families on the WaterSure scheme",
      "- Households in temporary accommodation"], "Some households will not have to pay the full amount:"),
    (["- Gepensioneerden met een aanvulling", "- Gezinnen in de schuldsanering", "- Huishoudens in tijdelijke opvang"],
     "Sommige huishoudens hoeven niet het volle bedrag te betalen:"),
    (["- ألا يتجاوز دخل الأسرة 8 آلاف ريال شهرياً", "- أن يكون المتقدم مقيماً في البلاد",
      "- ألا تملك الأسرة أكثر من مسكن واحد"], "يشترط البرنامج ما يلي:"),
])
def test_an_item_of_the_articles_list_removed_is_said(items, lead):
    rows = [("Headline", "title", "headline"), (STORY, "content", "prose"), (lead, "content", "short line in the body"),
            (items[0], "removed", "caption"), (items[1], "content", "model 0.91 (rules: short line in the body)"),
            (items[2], "content", "short line in the body"), (CLOSE, "content", "prose")]
    warning = list_loss_warning(*_trail(rows))
    assert warning and warning.startswith(LIST_WARNING) and "1 of its 3 items" in warning and items[0][:20] in warning
    # the lead-in gone, the items kept
    rows[2], rows[3] = (lead, "removed", "run of short lines (menu or headline list)"), (items[0], "content", "prose")
    warning = list_loss_warning(*_trail(rows))
    assert warning and "lead-in" in warning and lead[:20] in warning


def test_menus_and_teaser_lists_say_nothing():
    # guard: a menu removed whole, a teaser list under the story kept or dropped for its place: the page's lists
    menu = ["- Home", "- News", "- Sport", "- Weather"]
    rows = ([(m, "removed", "navigation") for m in menu] + [(STORY, "content", "prose"), (CLOSE, "content", "prose")]
            + [("- Council tax to rise by 5%", "content", "model 0.52 (rules: after the article)"),
               ("- Bus station to close", "removed", "caption"), ("- New mayor sworn in", "removed", "after the article"),
               ("Final paragraph of the story, which the page put under its teasers.", "content", "prose")])
    assert list_loss_warning(*_trail(rows)) is None


PAGES = {
    "en": """Home | News | Local | Contact

What is the new water levy and who has to pay it?

Households across the region will see a new charge on their bills from July, after the regulator approved the plan.

The levy is set at £38 a year for an average household, added to bills in monthly or quarterly instalments.

Who is exempt?

Some households will not have to pay the full amount:

- Pensioners receiving Pension Credit
- Families on the WaterSure scheme
- Households in temporary accommodation

The regulator says the company must spend £1.1bn over five years to cut sewage spills into rivers and the sea.

Customers who think they have been charged wrongly can contact the company, and then the Consumer Water Council.
""",
    "nl": """Home | Nieuws | Regio | Contact

Wat is de nieuwe waterheffing en wie moet betalen?

Huishoudens in de regio betalen vanaf juli een extra bedrag op hun waterrekening, nu de toezichthouder akkoord is.

De heffing bedraagt 38 euro per jaar voor een gemiddeld huishouden en komt maandelijks op de rekening.

Wie is vrijgesteld?

Sommige huishoudens hoeven niet het volle bedrag te betalen:

- Gepensioneerden met een aanvulling
- Gezinnen in de schuldsanering
- Huishoudens in tijdelijke opvang

Het waterbedrijf moet de komende vijf jaar 1,1 miljard euro uitgeven om lozingen in rivieren te beperken.

Wie denkt dat er te veel is berekend, kan bezwaar maken bij het waterbedrijf en daarna bij de geschillencommissie.
""",
    "ar": """الرئيسية | أخبار | اقتصاد | اتصل بنا

ما هو الدعم النقدي الجديد ومن يستحقه؟

أعلنت الحكومة عن برنامج دعم نقدي جديد للأسر محدودة الدخل يبدأ الشهر المقبل، بعد موافقة مجلس الوزراء على الخطة.

يحصل كل رب أسرة مستحق على 500 ريال شهرياً، تضاف إليها 150 ريالاً عن كل فرد من أفراد الأسرة.

من يستحق الدعم؟

يشترط البرنامج ما يلي:

- ألا يتجاوز دخل الأسرة 8 آلاف ريال شهرياً
- أن يكون المتقدم مقيماً في البلاد
- ألا تملك الأسرة أكثر من مسكن واحد

يمكن التقديم عبر المنصة الإلكترونية للبرنامج، ويستغرق البت في الطلب نحو أسبوعين من تاريخ التقديم.

وقال وكيل الوزارة إن الهدف هو أن يصل الدعم إلى من يحتاجه فعلاً، دون تعقيد أو انتظار طويل.
""",
}


def _html(page: str) -> str:
    """The same page as a site would serve it: the list as <ul>, the rest as paragraphs."""
    blocks = [b for b in page.strip().split("\n\n")]
    body = []
    for b in blocks[1:]:
        lines = b.splitlines()
        if all(BULLET.match(line) for line in lines):
            body.append("<ul>" + "".join(f"<li>{line[2:]}</li>" for line in lines) + "</ul>")
        else:
            body.append(f"<p>{b}</p>")
    return (f"<html><head><title>{blocks[1]}</title></head><body><nav>{blocks[0]}</nav><article><h1>{blocks[1]}</h1>"
            + "".join(body[1:]) + "</article></body></html>")


@pytest.mark.parametrize("lang", sorted(PAGES))
@pytest.mark.parametrize("kind", ["text", "html"])
def test_a_page_never_loses_part_of_its_list_silently(lang, kind):
    """Whatever the classifier decides about the items and the lead-in: when part of the list went and the rest
    stayed, the record says so."""
    page = PAGES[lang]
    article = normalise_text(page) if kind == "text" else normalise_document(_html(page))
    items = [line for line in page.splitlines() if BULLET.match(line)]
    lead = next(line for line in page.splitlines() if line.rstrip().endswith(":"))
    kept = [i for i in items if i in article.paragraphs or i[2:] in " ".join(article.paragraphs)]
    lost = [i for i in items if i not in kept] + ([lead] if lead not in article.text else [])
    warned = any(w.startswith(LIST_WARNING) for w in article.warnings)
    assert warned == bool(kept and lost), (kept, lost, article.warnings)
