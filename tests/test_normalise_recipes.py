"""A recipe set under the story is the article's: its ingredients and its method stay (recipes.py, issue 10).

A food column tells its story, then gives the recipe: a heading, short lines that open with a quantity, a method.
The short lines read as a menu after the story's last paragraph, so the recipe went as "after the article". A box of
other recipes' names under the story (no quantities) is still furniture. Every page here was written for these tests.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text

EN = dict(
    title="A soup for the first cold week of the autumn",
    story=[
        "When the first cold week of the autumn arrives, I always make a big pot of this leek and potato soup.",
        "My grandmother cooked it every Sunday, and she insisted that the leeks should soften slowly in butter.",
        "The potatoes thicken the soup without any cream, so it stays light enough for a weekday dinner.",
        "I like to finish each bowl with a spoon of crème fraîche and a handful of chopped chives from the garden.",
        "It keeps well in the fridge for three days, and the flavour is even better on the second day.",
    ],
    signoff="Enjoy the soup!",
    meta=["Leek and Potato Soup", "Serves: 4", "Total time: 45 minutes"],
    heading="Ingredients:",
    items=["3 large leeks, sliced", "500 g floury potatoes, peeled and diced", "40 g butter",
           "1 litre vegetable stock", "2 tbsp crème fraîche", "a handful of chives, chopped"],
    method="Directions:",
    steps=[
        "Melt the butter in a large pan and cook the leeks over a low heat for ten minutes until soft.",
        "Add the potatoes and the stock, bring to the boil and simmer for twenty minutes.",
        "Blend the soup until smooth, season with salt and pepper, and serve with the crème fraîche and chives.",
    ],
    box=["More soup recipes", "Roasted Tomato Soup With Basil", "Spicy Lentil Soup For Winter Evenings",
         "Classic French Onion Soup Recipe"],
    footer="Copyright 2025 The Kitchen Notebook",
)
NL = dict(
    title="Een stevige erwtensoep voor de eerste vorstdagen",
    story=[
        "Zodra het buiten gaat vriezen, zet ik op zaterdag een grote pan erwtensoep op het vuur.",
        "Mijn vader maakte de soep altijd een dag van tevoren, omdat hij dan volgens hem pas echt op smaak was.",
        "De spliterwten moeten lang en zachtjes koken, en je moet blijven roeren zodat niets aanbrandt.",
        "Met een goede rookworst en wat roggebrood met spek heb je een complete maaltijd voor het hele gezin.",
        "De soep kun je prima invriezen, dus maak gerust een dubbele portie voor de koude weken die nog komen.",
    ],
    signoff="Eet smakelijk!",
    meta=["Erwtensoep met rookworst", "Voor 6 personen", "Bereidingstijd: 3 uur"],
    heading="Ingrediënten",
    items=["500 g spliterwten", "2 liter water", "1 rookworst", "2 uien, gesnipperd", "1 knolselderij, in blokjes",
           "3 winterwortels, in plakjes", "1 prei, in ringen"],
    method="Bereiding",
    steps=[
        "Spoel de spliterwten af en breng ze met het water aan de kook in een grote soeppan.",
        "Laat de soep twee uur zachtjes koken en roer regelmatig, zodat de erwten niet aan de bodem vastkoken.",
        "Voeg de groenten toe en laat alles nog een uur koken, en leg de rookworst er het laatste halfuur in.",
    ],
    box=["Meer soeprecepten", "Romige Tomatensoep Met Basilicum", "Pittige Linzensoep Uit De Oven",
         "Franse Uiensoep Met Kaas"],
    footer="Copyright 2025 Het Keukenboek",
)
AR = dict(
    title="شوربة العدس الأحمر لأيام الشتاء الباردة",
    story=[
        "مع أول موجة برد في الشتاء أحضّر دائماً قدراً كبيراً من شوربة العدس الأحمر لكل أفراد العائلة.",
        "كانت جدتي تطبخ هذه الشوربة كل يوم جمعة، وكانت تصر على أن يُقلى البصل ببطء حتى يصبح ذهبياً.",
        "العدس الأحمر ينضج بسرعة ويعطي الشوربة قواماً كثيفاً من دون الحاجة إلى إضافة الطحين أو الكريمة.",
        "أقدّم الشوربة مع عصير الليمون والخبز المحمص، ويمكن إضافة قليل من الكمون حسب الرغبة.",
        "تحفظ الشوربة في الثلاجة لمدة ثلاثة أيام، ويصبح طعمها أفضل في اليوم التالي.",
    ],
    signoff="بالهناء والشفاء!",
    meta=["شوربة العدس الأحمر", "تكفي 4 أشخاص", "مدة التحضير: 40 دقيقة"],
    heading="المكونات:",
    items=["2 كوب عدس أحمر مغسول", "1 بصلة كبيرة مفرومة", "2 جزرة مقطعة", "6 أكواب ماء",
           "1 ملعقة صغيرة كمون", "2 ملعقة كبيرة زيت زيتون"],
    method="طريقة التحضير:",
    steps=[
        "يُسخن الزيت في قدر كبير ويُقلى البصل على نار هادئة مدة عشر دقائق حتى يصبح ذهبياً.",
        "يُضاف العدس والجزر والماء والكمون ويُترك المزيج على نار هادئة مدة نصف ساعة حتى ينضج العدس.",
        "تُهرس الشوربة بالخلاط حتى تصبح ناعمة، ثم تُقدم ساخنة مع الليمون والخبز المحمص.",
    ],
    box=["وصفات شوربة أخرى", "شوربة الطماطم المشوية بالريحان", "شوربة الخضار الشتوية", "شوربة البصل الفرنسية"],
    footer="جميع الحقوق محفوظة 2025 دفتر المطبخ",
)


def _page(recipe: dict, *, with_recipe: bool = True) -> str:
    parts = [recipe["title"], *recipe["story"], recipe["signoff"]]
    if with_recipe:
        parts += [*recipe["meta"], recipe["heading"], *recipe["items"], recipe["method"], *recipe["steps"]]
    return "\n".join(parts + [*recipe["box"], recipe["footer"]])


@pytest.mark.parametrize("recipe", [EN, NL, AR], ids=["en", "nl", "ar"])
def test_a_recipe_under_the_story_is_kept(recipe):
    # the ingredients' short lines read as a menu after the story: the body ended at the last paragraph and the
    # recipe went as "after the article"
    art = normalise_text(_page(recipe))
    for line in recipe["story"] + recipe["items"] + recipe["steps"]:
        assert line in art.paragraphs, line
    assert recipe["heading"] in art.paragraphs
    # the box of other recipes under it stays furniture
    assert not any(line in art.paragraphs for line in recipe["box"][1:])


@pytest.mark.parametrize("recipe", [EN, NL, AR], ids=["en", "nl", "ar"])
def test_other_recipes_names_under_the_story_are_no_recipe(recipe):
    # a guard: dishes' names, no quantities, under the story are a teaser box however food-like
    art = normalise_text(_page(recipe, with_recipe=False))
    for line in recipe["story"]:
        assert line in art.paragraphs, line
    assert not any(line in art.paragraphs for line in recipe["box"][1:])


def test_ingredients_of_another_dish_that_share_no_word_with_the_story_are_not_kept():
    # quantities under a heading, but nothing of the story in them: a sidebar's recipe card, not this story's
    card = ["Ingredients", "200 g dark chocolate", "3 eggs", "100 g caster sugar", "150 g ground almonds"]
    art = normalise_text("\n".join([EN["title"], *EN["story"], *card, EN["footer"]]))
    for line in EN["story"]:
        assert line in art.paragraphs, line
    assert not any(line in art.paragraphs for line in card[1:])


#: a blog post that ends with its recipe (no method heading), then the blog template's footer: "Posted by", the
#: author, the time, the labels
FOOTERS = dict(
    en=["Posted by", "Chef Anna", "at", "4:06 PM", "Labels:", "Soup,", "Leeks,", "Potatoes,", "Winter,", "Autumn",
        "8 comments:"],
    nl=["Geplaatst door", "Kok Anna", "om", "16:06", "Labels:", "Soep,", "Prei,", "Aardappel,", "Winter,", "Herfst",
        "8 reacties:"],
    ar=["نشر بواسطة", "الشيف آنا", "في", "4:06 م", "التصنيفات:", "شوربة،", "عدس،", "شتاء،", "خريف،", "وصفات",
        "8 تعليقات:"],
)


@pytest.mark.parametrize("recipe,lang", [(EN, "en"), (NL, "nl"), (AR, "ar")], ids=["en", "nl", "ar"])
def test_a_post_footer_under_the_ingredients_ends_them(recipe, lang):
    # the footer's lines were counted as ingredients, and so many lines without a quantity sank the list under its
    # share of quantities: the whole recipe went as "after the article"
    text = "\n".join([recipe["title"], *recipe["story"], recipe["heading"], *recipe["items"], *FOOTERS[lang]])
    art = normalise_text(text)
    for line in recipe["story"] + recipe["items"]:
        assert line in art.paragraphs, line
    assert FOOTERS[lang][1] not in art.paragraphs
