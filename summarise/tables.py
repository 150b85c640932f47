"""A table in the article: its rows and the caption line above them are no takeaways.

The normaliser keeps an article's own table (a price table under a market report, a results table) as one paragraph
per row, its cells between bars ("Copper | 10,480 | +215 | +2.1", the HTML path's "| Koper | 10.480 |") or tabs.
A row is data for the reader to look up, not a statement: a bullet made of one ("Metal | Close | Change | % change.")
says nothing. The line right above the first row is the table's caption or heading ("LME closing prices, 8 December
($ per tonne)", "Notering zaaiuien (euro per 100 kilo, af bewaring)", "أداء المؤشرات"): it names what the table holds and
has no verb of its own, and the bullet writer would end it with a full stop as if it were a sentence.

A table needs TABLE_MIN_ROWS rows in a row (paragraphs one after another): a lone line with a bar in it ("Opinion |
Jane Doe") is no table. A caption is one paragraph of one sentence right above the first row that does not end as a
sentence does (a full stop, a question or exclamation mark): "Prices rose again on Tuesday." above a table is the
story's sentence. Language-blind: cells and marks are the same in every language the pipeline reads.
"""

from __future__ import annotations

import re
from collections import Counter

from summarise.stretches import true_runs
from summarise.text import SENTENCE_END

#: a table row: a cell separator (a bar between cells, or a tab) with text on both sides, at least ROW_MIN_CELLS cells;
#: a bar escaped with a backslash ("Harbour \| Gull Island", as the HTML path writes a bar inside a cell) is the
#: cell's text, no separator. The white space before a bar is tried from its run's first position only (`(?<!\s)`),
#: where the same match begins: a long run of spaces is read once, not once from each of its positions (linear)
_SEPARATOR = re.compile(r"(?:(?<!\s)\s+)?(?<!\\)\|\s*|\t")
_BAR = re.compile(r"(?<!\\)\|")
ROW_MIN_CELLS = 2
#: rows one after another that make a table
TABLE_MIN_ROWS = 2
#: a caption is short: a longer line above a table is the story's paragraph
CAPTION_MAX_WORDS = 20
#: how a sentence ends, an ellipsis too; not a closing bracket, which a caption ("… ($ per tonne)") and an ingredient
#: ("2 cups flour (sifted)") end on
STATEMENT_END = SENTENCE_END + ("…",)


def filled_cells(text: str) -> int:
    """How many cells with text a line has between bars or tabs (a line with neither is one cell)."""
    if "|" not in text and "\t" not in text:  # (every separator holds one; the split tries each run of spaces)
        return 1 if text.strip() else 0
    return sum(1 for cell in _SEPARATOR.split(text) if cell.strip())


def row_cells(row: str) -> list[str]:
    """A table row's cells, stripped, empty ones kept (a column the row leaves blank): between bars ("| Peter Cole |
    Labour | 1,073 |", the outer bars optional), or tabs in a row with no bar. An escaped bar ("| Harbour \\| Gull
    Island | 07:10 |") stays in its cell as it is written: the markdown table writes it back escaped."""
    row = row.strip()
    if _BAR.search(row):
        row = row.removeprefix("|")
        if row.endswith("|") and not row.endswith("\\|"):
            row = row[:-1]
        return [cell.strip() for cell in _BAR.split(row)]
    return [cell.strip() for cell in row.split("\t")]


def is_row(sentence: str) -> bool:
    """Whether a sentence is a table row: ROW_MIN_CELLS cells or more between bars or tabs."""
    if "|" not in sentence and "\t" not in sentence:
        return False
    return filled_cells(sentence) >= ROW_MIN_CELLS


def is_caption(text: str) -> bool:
    """A table's caption: a short line that does not end as a sentence does ("LME closing prices, 8 December ($ per
    tonne)"); `text` stripped."""
    return bool(text) and len(text.split()) <= CAPTION_MAX_WORDS and not text.endswith(STATEMENT_END)


def table_lines(sentences: list[str], paragraphs: list[int]) -> set[int]:
    """Indices of the sentences that are a table's rows or its caption (the one-sentence paragraph right above the
    first row that does not end as a sentence does). A row is its own paragraph; TABLE_MIN_ROWS of them in a row
    make a table."""
    size = Counter(paragraphs)  # sentences per paragraph
    rows = [size[p] == 1 and is_row(s) for s, p in zip(sentences, paragraphs)]
    out: set[int] = set()
    for i, j in true_runs(rows):
        if j - i >= TABLE_MIN_ROWS:
            out.update(range(i, j))
            above = i - 1
            if above >= 0 and paragraphs[above] != paragraphs[i] and size[paragraphs[above]] == 1:
                caption = sentences[above].strip()
                if is_caption(caption):
                    out.add(above)
    return out
