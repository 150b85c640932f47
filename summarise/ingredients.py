"""A recipe's ingredient list in the article: its lines are no takeaways.

The normaliser keeps a recipe under a food story (normalise/recipes.py): an ingredients heading, then one paragraph
per item, "- 1 small butternut squash (about 900g), peeled and cut into 2cm cubes", "- 3 tbsp olive oil", "500 g
spliterwten", "2 ملعقة زيت زيتون". An item is a quantity of something for the reader to buy, not a point of the
article, and the bullet writer would end it with a full stop as if it were a statement.

An ingredient line opens (after a list glyph) with a quantity, a number or a fraction sign, or with a unit ("snufje
zout", "رشة ملح"), is short (INGREDIENT_MAX_WORDS) and does not end as a sentence does. A run of INGREDIENT_MIN_RUN
such one-sentence paragraphs one after another makes a list, and only a list in which at least one line names a
kitchen measure (`_UNIT`, en/nl/ar) is an ingredient list: "- 3 people were injured" / "- 2 buildings collapsed"
under a news story names no grams or spoons. Patterns are anchored at the line's start with bounded repeats.
"""

from __future__ import annotations

import re
from collections import Counter

from summarise.stretches import true_runs
from summarise.tables import STATEMENT_END
from summarise.text import LIST_GLYPH

#: a kitchen measure: metric and cup/spoon units in English, Dutch and Arabic (the last with and without alef hamza:
#: "ملعقة", "ملاعق", "كوب", "أكواب", "غرام"/"جرام", "مل", "لتر", "رشة" a pinch, "فص" a clove, "حبة" a piece, "علبة" a tin)
_UNIT_WORDS = (
    r"g|gr|grams?|grammes?|kg|kilos?|kilograms?|mg|ml|cl|dl|l|litres?|liters?|oz|ounces?|lbs?|pounds?|"
    r"tbsp|tbs|tsp|tablespoons?|teaspoons?|cups?|pinch(?:es)?|cloves?|handfuls?|bunch(?:es)?|cans?|tins?|sprigs?|"
    r"sticks?|slices?|"
    r"el|tl|eetlepels?|theelepels?|kopjes?|snufjes?|teentjes?|tenen|blikjes?|blik|bosjes?|takjes?|plakjes?|zakjes?|"
    r"ملعقة|ملاعق|كوب|اكواب|أكواب|غرام|غرامات|جرام|جرامات|غ|كغ|كيلو|مل|لتر|رشة|فص|فصوص|حبة|حبات|علبة|عبوة"
)
_UNIT = re.compile(rf"(?:{_UNIT_WORDS})(?!\w)", re.IGNORECASE)
#: a quantity: digits (`\d` takes Latin and Arabic-Indic ones) with a decimal or range part ("1.2", "2-3", "1/2"), or a fraction sign
_QUANTITY = re.compile(r"(?:\d{1,4}(?:[.,/–-]\d{1,4})?\s?[½¼¾⅓⅔⅛]?|[½¼¾⅓⅔⅛])")
#: the opening of an ingredient line: a list glyph, then a quantity (a unit may be glued to it, "300g") or a unit
_OPENING = re.compile(rf"^\s{{0,3}}(?:(?:{LIST_GLYPH})\s{{1,3}})?(?P<qty>{_QUANTITY.pattern})?\s{{0,2}}")
#: an ingredient line is short ("2 cans (400g) chopped tomatoes, drained")
INGREDIENT_MAX_WORDS = 16
#: ingredient lines one after another that make a list
INGREDIENT_MIN_RUN = 3


def _item(sentence: str) -> tuple[bool, bool]:
    """Whether a line has an ingredient's shape, and whether it names a kitchen measure right after its quantity (or
    opens with one)."""
    text = sentence.strip()
    if not text or text.endswith(STATEMENT_END) or len(text.split()) > INGREDIENT_MAX_WORDS:
        return False, False
    found = _OPENING.match(text)
    unit = _UNIT.match(text, found.end())
    if not found.group("qty") and unit is None:
        return False, False
    return True, unit is not None


def ingredient_lines(sentences: list[str], paragraphs: list[int]) -> set[int]:
    """Indices of the sentences that are an ingredient list's lines: INGREDIENT_MIN_RUN one-sentence paragraphs or
    more in a row of an ingredient's shape (`_item`), at least one naming a kitchen measure."""
    size = Counter(paragraphs)
    shapes = [_item(s) if size[p] == 1 else (False, False) for s, p in zip(sentences, paragraphs)]
    out: set[int] = set()
    for i, j in true_runs([shape for shape, _ in shapes]):
        if j - i >= INGREDIENT_MIN_RUN and any(unit for _, unit in shapes[i:j]):
            out.update(range(i, j))
    return out


#: a method step's number at its paragraph's start: "2. Add the garlic …", "3) …", "Step 2: …", "Stap 2 …",
#: "الخطوة 2: …" (`\d` takes Arabic-Indic digits too)
_STEP = re.compile(r"^\s{0,3}(?:(?:step|stap|الخطوة)\s{1,3})?(?P<n>\d{1,2})\s{0,2}[.):–-]?\s", re.IGNORECASE)


def method_steps(sentences: list[str], paragraphs: list[int], ingredients: set[int]) -> set[int]:
    """Indices of the sentences of a recipe's numbered method steps (tester 30a, D2): under an ingredient list
    (`ingredients`: `ingredient_lines`), paragraphs whose first sentence opens with a step number, two or more in a
    row numbered one after another ("1. Heat the oil …" / "2. Add the garlic …"). A step tells the cook what to do, no
    point of the article, and one step of two sentences gave two bullets. A listicle's numbered items ("1. Paris")
    stand under no ingredient list and stay its bullets."""
    if not ingredients:
        return set()
    after = max(ingredients)
    starts: dict[int, int] = {}  # paragraph -> its step number
    for i, (s, p) in enumerate(zip(sentences, paragraphs)):
        if i > after and (i == 0 or paragraphs[i - 1] != p) and (m := _STEP.match(s)):
            starts[p] = int(m.group("n"))
    steps = {p for p, n in starts.items() if starts.get(p - 1) == n - 1 or starts.get(p + 1) == n + 1}
    return {i for i, p in enumerate(paragraphs) if p in steps}
