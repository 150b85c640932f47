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


#: a list item's or a method step's number and its separator: "2. ", "3) " (`\d` takes Arabic-Indic digits too);
#: shared by the normaliser's recipe reader (newsbrief/normalise/recipes.py) and context.py's list items. The
#: separator is what makes it a marker: "12 people were hurt" opens with a number, not an item
NUMBER_MARK = r"\d{1,2}\s{0,2}[.)]"
#: a method step's number at its paragraph's start: "2. Add the garlic …", "3) …", or with its word, where the
#: separator may go: "Step 2: …", "Stap 2 …", "الخطوة 2: …"
STEP = re.compile(
    r"^\s{0,3}(?:(?:step|stap|الخطوة)\s{1,3}(?P<word>\d{1,2})\s{0,2}[.):–-]?|(?P<n>\d{1,2})\s{0,2}[.)])\s",
    re.IGNORECASE)
#: a recipe's method heading ("Preparation Instructions", "Directions:", "Bereidingswijze", "طريقة التحضير"); shared
#: by the normaliser's recipe reader. The blanks after a colon only (linear: "\s*[:：]?\s*$" split a run of blanks
#: between its two repeats, quadratic on "method" + many blanks + "x")
METHOD_HEADING = re.compile(
    r"^\W*(?:(?:preparation\s+)?instructions|directions|method|preparation|steps|bereiding|bereidingswijze|"
    r"werkwijze|zo maak je het|طريقة التحضير|طريقة العمل|خطوات التحضير|التحضير)\s*(?:[:：]\s*)?$", re.IGNORECASE)


def _step_number(sentence: str) -> int | None:
    """The step number a paragraph's first sentence opens with (`STEP`), or None."""
    found = STEP.match(sentence)
    return None if found is None else int(found.group("word") or found.group("n"))


def method_steps(sentences: list[str], paragraphs: list[int], ingredients: set[int]) -> set[int]:
    """Indices of the sentences of a recipe's numbered method steps (tester 30a, D2): paragraphs whose first sentence
    opens with a step marker (`STEP`: a number with its separator, or "Step"/"Stap"/"الخطوة" and a number), two or
    more numbered one after another ("1. Heat the oil …" / "2. Add the garlic …"), the first of them straight after
    an ingredient list's run (`ingredients`: `ingredient_lines`) or straight under a method heading
    (`METHOD_HEADING`: "Method", "Bereiding", "طريقة التحضير") below one; the run stops at the first paragraph that
    is no next step. A step tells the cook what to do, no point of the article, and one step of two sentences gave
    two bullets. A listicle's numbered items ("1. Paris") stand under no ingredient list, and a news story's numbered
    points under a paragraph of its own ("The government announced three measures:") stand under neither an
    ingredient run nor a method heading: both stay bullets."""
    if not ingredients:
        return set()
    first: dict[int, int] = {}  # paragraph -> its first sentence
    size: dict[int, int] = {}
    for i, p in enumerate(paragraphs):
        first.setdefault(p, i)
        size[p] = size.get(p, 0) + 1
    # where a run of steps may start: the paragraph after an ingredient run's last line, or after a method heading
    # below the first ingredient line
    starts = [paragraphs[i] + 1 for i in sorted(ingredients) if i + 1 not in ingredients]
    starts += [p + 1 for p, i in first.items()
               if i > min(ingredients) and size[p] == 1 and METHOD_HEADING.match(sentences[i])]
    steps: set[int] = set()
    for start in sorted(set(starts)):
        run, previous, p = [], None, start
        while p in first and (n := _step_number(sentences[first[p]])) is not None and (
                previous is None or n == previous + 1):
            run.append(p)
            previous, p = n, p + 1
        if len(run) >= 2:
            steps.update(run)
    return {i for i, p in enumerate(paragraphs) if p in steps}
