"""tester 26's finding F15: a recipe's ingredient lines are no takeaways (en, nl, ar).

A food column keeps its recipe (normalise/recipes.py): "- 1 small butternut squash (about 900g), peeled and cut into
2cm cubes" was a Key Takeaway. An ingredient is a quantity of something to buy, not a point of the article. Articles
are written for the tests; nl and ar are summarised as they stand (the summariser is language-blind here).
"""

from __future__ import annotations

import pytest

from summarise import SummaryInput
from summarise.extractive import ExtractiveSummariser


def _doc(paragraphs: list[str], title: str) -> SummaryInput:
    return SummaryInput(paragraphs, list(range(len(paragraphs))), title)


def _evidence(doc: SummaryInput, n=None) -> set[int]:
    return {i for b in ExtractiveSummariser().summarise(doc, n).takeaways for i in b.evidence}


EN = [
    "A good leek and potato soup needs nothing more than patience: the leeks must soften slowly in butter before any "
    "stock goes in.",
    "This version feeds six and keeps for three days in the fridge, getting better each day.",
    "Ingredients",
    "- 3 large leeks (about 750g), trimmed, washed and thinly sliced into rings",
    "- 50g butter",
    "- 2 medium floury potatoes, peeled and diced",
    "- 1.2 litres chicken or vegetable stock",
    "- 150ml double cream",
    "Method",
    "1. Melt the butter in a large pan and cook the leeks gently for 15 minutes until soft but not browned.",
    "2. Add the potatoes and stock, bring to the boil and simmer for 20 minutes until the potatoes are tender.",
    "3. Blend until smooth, stir in the cream and season well with salt and pepper.",
    "Serve with crusty bread and a sprinkle of chives, or freeze in portions for a quick lunch.",
]
NL = [
    "Een goede stamppot boerenkool hoort bij de winter, en met een paar trucs wordt hij extra smeuïg en vol van smaak.",
    "Het recept is voor vier personen en staat binnen een uur op tafel, inclusief het schillen van de aardappelen.",
    "Ingrediënten",
    "- 1,5 kg kruimige aardappelen, geschild en in stukken gesneden",
    "- 500 g gesneden boerenkool",
    "- 1 rookworst",
    "- 100 ml warme melk",
    "- 2 el roomboter",
    "Bereiding",
    "1. Kook de aardappelen in twintig minuten gaar in water met een snuf zout.",
    "2. Leg de boerenkool op de aardappelen en laat alles nog tien minuten meekoken.",
    "Stamp alles fijn met de melk en de boter en serveer met plakjes rookworst.",
]
AR = [
    "الشوربة بالعدس من أشهر الأطباق في الشتاء، وهي سهلة التحضير ومغذية ولا تحتاج إلى مكونات كثيرة.",
    "تكفي هذه الوصفة ستة أشخاص، ويمكن حفظها في الثلاجة لمدة ثلاثة أيام.",
    "المكونات",
    "- 2 كوب عدس أحمر مغسول",
    "- 1 بصلة كبيرة مفرومة",
    "- 2 ملعقة كبيرة زيت زيتون",
    "- 1 ملعقة صغيرة كمون مطحون",
    "- 6 أكواب ماء أو مرق دجاج",
    "طريقة التحضير",
    "1. يقلى البصل في الزيت حتى يذبل ثم يضاف الكمون ويقلب لدقيقة واحدة.",
    "2. يضاف العدس والماء ويترك على نار هادئة لمدة ثلاثين دقيقة حتى ينضج تماما.",
    "تقدم الشوربة ساخنة مع الليمون والخبز المحمص.",
]
ITEMS = set(range(3, 8))


@pytest.mark.parametrize(("paragraphs", "title"), [
    (EN, "Leek and potato soup"), (NL, "Stamppot boerenkool"), (AR, "شوربة العدس"),
], ids=["en", "nl", "ar"])
def test_ingredient_lines_are_no_takeaways(paragraphs, title):
    from summarise.ingredients import ingredient_lines

    doc = _doc(paragraphs, title)
    assert ingredient_lines(doc.sentences, doc.paragraphs) == ITEMS
    for n in (None, 5, 8):
        used = _evidence(doc, n)
        assert used and not used & ITEMS, (n, used)


def test_main_took_the_first_ingredient_for_a_takeaway():
    # the shape the tester met: the first, longest ingredient line (its participles read as verbs) was a bullet
    doc = _doc(EN, "Leek and potato soup")
    assert 3 not in _evidence(doc, 5)


def test_guard_a_news_list_of_figures_stays_a_candidate():
    items = ["- 3 people were taken to hospital with minor injuries", "- 2 buildings on the high street collapsed",
             "- 40 homes are still without power tonight"]
    # no kitchen measure in the list: its lines are facts, not ingredients, and stay candidates as on main
    paragraphs = ["A storm hit the coast on Tuesday night, the fire service said.", *items,
                  "The council has opened a rest centre at the town hall."]
    usable = ExtractiveSummariser()._usable(_doc(paragraphs, "Storm hits the coast"))
    assert {1, 2, 3} <= set(usable)


@pytest.mark.parametrize("items", [
    ["- 12 doden bij een aanslag in de hoofdstad", "- 3 gewonden in een ziekenhuis in Utrecht",
     "- 40 woningen zonder stroom"],
    ["- 3 قتلى في حادث سير على الطريق الصحراوي", "- 12 مصابا نقلوا إلى المستشفى", "- 40 منزلا بلا كهرباء"],
], ids=["nl", "ar"])
def test_a_news_list_with_no_kitchen_measure_is_no_ingredient_list(items):
    from summarise.ingredients import ingredient_lines

    assert ingredient_lines(["Intro.", *items, "Outro."], list(range(5))) == set()


def test_guard_two_measured_lines_are_no_list():
    from summarise.ingredients import ingredient_lines

    paragraphs = ["Prices rose again in December, the statistics office said.", "- 500 g of butter costs more",
                  "- 1 litre of milk costs 1.20 euros", "Economists expect prices to ease in the spring."]
    assert ingredient_lines(paragraphs, list(range(len(paragraphs)))) == set()


def test_ingredient_lines_scale_linearly():
    # the patterns are anchored with bounded repeats: a long line is read in time linear in its length
    import time

    from summarise.ingredients import ingredient_lines

    def run(k: int) -> float:
        lines = ["- 1" + "1" * k + " g " + "x" * k] * 3
        t = time.process_time()
        ingredient_lines(lines, [0, 1, 2])
        return time.process_time() - t

    run(1000)
    assert run(200_000) < 50 * max(run(20_000), 1e-4)
