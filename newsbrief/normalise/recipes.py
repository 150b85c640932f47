"""A recipe under the story: its ingredients and its method are the article's, not page furniture after it.

A food post or a cookery column tells its story first and sets the recipe under it: a heading ("Ingredients",
"Ingrediënten", "المكونات"), a run of short lines that open with a quantity ("2 cups flour", "250 g bloem",
"2 ملعقة زيت زيتون"), then a method heading ("Directions", "Bereiding", "طريقة التحضير") and the steps. The short
quantity lines look like a menu to the body region, which stops at the story's last paragraph, so the recipe went as
"after the article". What tells it apart from a box of other recipes is the ingredient run itself: a teaser box
lists dishes, never quantities, and the ingredients name the story's subject (they share a content word with it).
The classifier (classify.py) grows the body over such a recipe and keeps its headings and items as the story's.

A recipe page may also be the method's steps more than anything: the steps are then the densest prose and the body
region starts at them, under the ingredients, with the recipe's introduction above those. `recipe_above` finds the
ingredients over a body that opens under a method heading, and the body grows back over them (and over the
introduction within REACH lines above them: the yield and times stand between).
"""

from __future__ import annotations

import re

from newsbrief.normalise.features import Features
from newsbrief.normalise.lines import Line
from newsbrief.normalise.lists import AR_ARTICLE, StoryWords, content_words
from summarise.ingredients import METHOD_HEADING, NUMBER_MARK

#: an ingredients heading: the word, then at most a short qualifier ("Ingredients for 4 portions:"), no sentence
_INGREDIENTS = re.compile(
    r"^\W*(?:ingredients?|ingrediënten|ingredienten|benodigdheden|المكونات|المقادير|مكونات|مقادير)"
    r"(?:\s[^.!?:؟]{0,40})?\s*(?:[:：]\s*)?$", re.IGNORECASE)
#: an item that opens with a quantity: a number (Latin or Arabic-Indic digits) or a fraction sign
_QUANTITY = re.compile(r"^\W*(?:\d|[½¼¾⅓⅔⅛٠-٩])")
#: a numbered step of the method ("1. Heat the oil", "2) Voeg de ui toe"): the summariser's number marker (`\d` takes
#: Arabic-Indic digits)
_STEP = re.compile(rf"^\s*{NUMBER_MARK}\s")
#: the ingredients heading stands at most this many lines under the story's last paragraph (the recipe's name,
#: its yield and times, a print card's links, a sign-off between)
REACH = 16
#: an ingredient has at most this many words ("2 cans (15 oz.) beans and juice (or use 4 cups cooked beans)")
ITEM_MAX_WORDS = 25
#: at least this many items, at least this share of them opening with a quantity
MIN_ITEMS = 3
QUANTITY_SHARE = 0.5
#: the method heading stands at most this many lines under the last ingredient
METHOD_REACH = 2
#: a step of the method is a sentence, a numbered line or a line of at least this many words ("Line a small sheet
#: pan with parchment paper (the toffee will be less than 9 inches wide)" ends in no stop)
STEP_MIN_WORDS = 8
#: the classifier's reason for a recipe's headings and ingredients (a decision the learned model does not overrule)
RECIPE_REASON = "the story's recipe"


def ingredients_heading(text: str) -> bool:
    """"Ingredients", "Ingredients for 4 portions:", "Ingrediënten:", "المكونات"."""
    return _INGREDIENTS.match(text) is not None


def method_heading(text: str) -> bool:
    """"Directions:", "Preparation Instructions", "Bereiding", "طريقة التحضير"."""
    return METHOD_HEADING.match(text) is not None  # the summariser's list (one for both)


#: the phrase categories that end a story's region (an end marker, a share bar, a comment header, the footer): no
#: recipe runs over them. A print link, a caption or a category that a dish's name trips ("Chocolate Cookies" reads
#: as a cookie banner) may stand between the story and its recipe.
_STOP_CATEGORIES = ("end", "read_more", "comments", "copyright", "share", "newsletter", "tags")


def _stops(f: Features) -> bool:
    """A line no recipe runs over (_STOP_CATEGORIES)."""
    return any(f.has(c) for c in _STOP_CATEGORIES)


def ingredient_items(lines: list[Line], feats: list[Features], heading: int, skip: set[int]) -> int | None:
    """The last ingredient under the heading at line `heading`: short lines up to a method or ingredients heading, a
    sentence of prose, or a line in a category that ends the story (`_stops`; a line in another phrase category, a
    print link or a dish's name read as a cookie banner, is an item), MIN_ITEMS or more, QUANTITY_SHARE of them
    opening with a quantity; else None."""
    last, quantities = None, 0
    for k in range(heading + 1, len(lines)):
        f, text = feats[k], lines[k].text
        if k in skip or _stops(f) or f.words > ITEM_MAX_WORDS or (f.prose and f.terminal) \
                or method_heading(text) or ingredients_heading(text) or f.has("byline"):
            # ... nor a post's footer under a recipe that ends the post ("Posted by" / the author / "at 4:06 PM" /
            # "Labels:" …): counted as items, its lines sank the quantities' share under QUANTITY_SHARE
            break
        last = k
        quantities += _QUANTITY.match(text) is not None
    if last is None:
        return None
    items = last - heading
    return last if items >= MIN_ITEMS and quantities >= QUANTITY_SHARE * items else None


def _method_head(lines: list[Line], after: int, end: int) -> int | None:
    """The method heading within METHOD_REACH lines under the last ingredient `after`, up to line `end`; else None."""
    return next((k for k in range(after + 1, min(end + 1, len(lines), after + 1 + METHOD_REACH))
                 if method_heading(lines[k].text)), None)


def method_end(lines: list[Line], feats: list[Features], after: int, skip: set[int]) -> int:
    """The last step of the method under a method heading right under the ingredients (which end at `after`): its
    sentences, numbered steps and long lines (STEP_MIN_WORDS); `after` when no method heading follows."""
    head = _method_head(lines, after, len(lines) - 1)
    if head is None:
        return after
    last = head
    for k in range(head + 1, len(lines)):
        f = feats[k]
        if k in skip or _stops(f) or not (f.prose or f.terminal or f.words >= STEP_MIN_WORDS
                                          or _STEP.match(lines[k].text)):
            break
        last = k
    return last


def recipe_end(lines: list[Line], feats: list[Features], story: StoryWords, end: int,
               skip: set[int]) -> int | None:
    """The last line of a recipe set under the story (the body's last line: `end`): an ingredients heading within
    REACH lines, its ingredients, which share a content word with the `story`'s paragraphs up to `end` (read only
    when a heading is found), and the method under them; else None."""
    for k in range(end + 1, min(len(lines), end + 1 + REACH)):
        if k in skip or _stops(feats[k]):
            return None
        if not ingredients_heading(lines[k].text):
            continue
        last = ingredient_items(lines, feats, k, skip)
        if last is None:
            return None
        return method_end(lines, feats, last, skip) if _names_story(lines, k, last, story.up_to(end)) else None
    return None


def _names_story(lines: list[Line], heading: int, last: int, story: set[str]) -> bool:
    """Whether the recipe's heading or ingredients (lines `heading` to `last`) share a content word with the story
    (Arabic words compared without their article: "عدس" in an ingredient is "العدس" in the story)."""
    named = {_bare(w) for j in range(heading, last + 1) for w in content_words(lines[j].text)}
    return not named.isdisjoint(_bare(w) for w in story)


#: the Arabic article, with a conjunction or preposition glued before it ("العدس", "والعدس", "بالعدس", "للعدس")
_ARTICLE = re.compile(rf"^{AR_ARTICLE}(?=\w{{3}})")


def _bare(word: str) -> str:
    return _ARTICLE.sub("", word)


def recipe_lines(lines: list[Line], feats: list[Features], story: StoryWords, start: int, end: int,
                 skip: set[int]) -> list[int]:
    """The headings and ingredients of the recipes inside the body (lines `start` to `end`): the lines the
    classifier keeps as the story's whatever the model says of short lines (the method's paragraphs are prose)."""
    kept: list[int] = []
    k = max(start, 0)
    while k <= min(end, len(lines) - 1):
        last = ingredient_items(lines, feats, k, skip) if ingredients_heading(lines[k].text) else None
        if last is None or not _names_story(lines, k, last, story.up_to(end)):
            k += 1
            continue
        kept.extend(range(k, min(last, end) + 1))
        head = _method_head(lines, last, end)
        if head is not None:
            kept.append(head)
        k = last + 1
    return kept


def recipe_above(lines: list[Line], feats: list[Features], start: int, skip: set[int]) -> int | None:
    """The ingredients heading of a recipe set right above a body that starts at line `start` under a method heading
    (within METHOD_REACH lines): its ingredients end right above that heading and share a content word with the method
    (the body's prose from `start` on); else None."""
    head = next((k for k in range(start - 1, max(-1, start - 1 - METHOD_REACH), -1)
                 if k not in skip and method_heading(lines[k].text)), None)
    if head is None:
        return None
    for k in range(head - 1, max(-1, head - 1 - REACH), -1):
        if k in skip or _stops(feats[k]):
            return None
        if not ingredients_heading(lines[k].text):
            continue
        last = ingredient_items(lines, feats, k, skip)
        if last is None or last < head - METHOD_REACH:
            return None
        method = {w for j in range(start, min(len(lines), start + REACH)) if feats[j].prose
                  for w in content_words(lines[j].text)}
        return k if _names_story(lines, k, last, method) else None
    return None


def reaches_intro(feats: list[Features], intro_last: int, heading: int) -> bool:
    """Whether a prose group ending at line `intro_last` is a recipe's introduction over its ingredients heading at
    `heading`: within REACH lines above it, no line between that ends the story (`_stops`)."""
    return heading - REACH <= intro_last < heading and not any(_stops(feats[k]) for k in range(intro_last + 1, heading))
