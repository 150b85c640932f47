"""Layout tables: a <table> that lays out a page is read as blocks of text, not as a data table.

Before CSS, pages were laid out in tables: a row for the menu, a row with a narrow column of section links beside a
wide cell that holds the whole story, a row for the copyright line. HTML e-mail newsletters still are (nested
600-pixel tables, a one-cell table for every button). The extractor keeps tables (an article's own price or results
table is content), and wrote such a page as "| … |" rows: the menu, the side column and the story in one "row", the
copyright in another. The cleaning rules then met one long "row" in which no menu line, headline, byline or date line
stood on its own, so the boilerplate stayed in the text, the headline was the site's <title>, byline and date were
lost, and a takeaway began with a row of menu words.

A table lays out the page (`is_layout_table`) when the page says so (`role="presentation"` or `"none"`, which
trafilatura itself reads, for the <table> element only), when it holds another table (a data table holds none), when
it has one cell only (a box, an e-mail's button: no row and no column), when one of its cells holds prose in paragraphs
(PROSE_WORDS words or more in two or more paragraphs: <p>, a heading, `<br><br>`), or when one cell holds most of the
table's words (DOMINANT_SHARE, at least PROSE_WORDS: the cell with the whole article beside a few short ones) in a table
without a data table's shape (`_grid`: a header cell, or GRID_ROWS rows of the same width). A data
table, short cells in rows and columns with or without a header row (numbers, names, times), meets none of these and
stays a table; a table inside a layout table's cell is judged on its own.

`unwrap_layout_tables` turns a layout table's structure (table, row, cell) into <div>s, so the extractor reads its
cells as the blocks they are, and puts each run of a cell's inline content between two line breaks (`<br>`) into a
<div> of its own, the lines a browser shows and a text dump has ("Paper mill to close" / "By Gordon Fairley" /
"Thursday, 3 September 2026"): the extractor joined them into one paragraph, where no byline or date rule could read
them. Language-blind: it reads the markup and counts words, in any language.
"""

from __future__ import annotations

import re

#: a cell holds prose with at least this many words in two or more paragraphs
PROSE_WORDS = 40
#: one cell with at least this share of the table's words (and PROSE_WORDS words) is the page's content cell
DOMINANT_SHARE = 0.5
#: ... unless the table has a header cell or at least this many rows of the same number of cells: a data table
GRID_ROWS = 3

_ROLES = frozenset({"presentation", "none"})
_SECTIONS = frozenset({"thead", "tbody", "tfoot"})
_CELLS = frozenset({"td", "th"})
#: the elements inside a cell that make a paragraph of their own
_PARAGRAPHS = frozenset("p div h1 h2 h3 h4 h5 h6 ul ol dl blockquote pre figure".split())
#: the elements that are blocks already: a run between two <br> is made a block only where none of these is in it
_BLOCKS = _PARAGRAPHS | {"table", "hr", "li", "section", "article", "header", "footer", "nav", "aside", "form",
                         "address", "center"}
_WORD = re.compile(r"\w+")


def _tag(element) -> str:
    return element.tag.lower() if isinstance(element.tag, str) else ""


def _holders(table) -> list:
    """The elements whose children are the table's own rows (and cells set right in them, as a sloppy page has): the
    table and its sections (thead, tbody, tfoot). The one walk of a table's structure: `_rows` reads it, and
    `unwrap_layout_tables` rewrites it; a nested table's rows are not in it."""
    return [table] + [child for child in table if _tag(child) in _SECTIONS]


def _cells(row) -> list:
    """A row's own cells (td, th)."""
    return [cell for cell in row if _tag(cell) in _CELLS]


def _rows(table) -> list[list]:
    """The table's own rows (not a nested table's), each as its own cells (in no set order: the checks count)."""
    rows = [_cells(row) for holder in _holders(table) for row in holder if _tag(row) == "tr"]
    return [row for row in rows if row]


def _paragraphs(cell) -> int:
    """How many paragraphs a cell shows: its block children with text, one for each `<br><br>` break, and one for
    its text outside the blocks where there is a break or a block beside it (a lone `<p>` in a cell, as a CMS wraps
    every cell's text, is one paragraph, not two)."""
    blocks = breaks = 0
    outside = bool((cell.text or "").strip())
    for element in cell.iter():
        tag = _tag(element)
        if element is not cell and tag in _PARAGRAPHS and element.text_content().strip():
            blocks += 1
        elif tag == "br" and not (element.tail or "").strip():
            following = element.getnext()
            if following is not None and _tag(following) == "br":
                breaks += 1  # <br><br>: a blank line between two paragraphs
    for child in cell:  # text beside the blocks: a tail, or an inline element with no block in it
        outside = outside or bool((child.tail or "").strip()) or (
            bool(child.text_content().strip()) and not any(_tag(e) in _PARAGRAPHS for e in child.iter()))
    if not blocks and not breaks:
        return 0
    return blocks + breaks + (1 if outside or breaks else 0)


def _grid(rows: list[list]) -> bool:
    """A data table's shape: a header cell (<th>), or GRID_ROWS rows or more with the same number of cells (two or
    more). A page laid out in a table has rows of different shapes (the menu's row over the side column and the
    story's cell, the copyright's row) and no header."""
    if any(_tag(cell) == "th" for row in rows for cell in row):
        return True
    widths = [len(row) for row in rows]
    return len(widths) >= GRID_ROWS and len(set(widths)) == 1 and widths[0] >= 2


def is_layout_table(table) -> bool:
    """Whether a <table> element lays out the page rather than holding data (the module's docstring)."""
    if (table.get("role") or "").strip().lower() in _ROLES:
        return True
    rows = _rows(table)
    cells = [cell for row in rows for cell in row]
    if not cells:
        return False
    if any(cell.find(".//table") is not None for cell in cells):
        return True
    if len(cells) == 1:
        return True  # a box or a button: one cell is no row and no column
    words = [len(_WORD.findall(cell.text_content())) for cell in cells]  # no table nested in any of them
    total = sum(words)
    # one long cell among short ones is the page's content cell, unless the table has a data table's shape: a
    # "Date | Decision" table with one long decision keeps its rows
    dominant = not _grid(rows)
    for cell, count in zip(cells, words):
        if count >= PROSE_WORDS and (_paragraphs(cell) >= 2
                                     or dominant and count >= DOMINANT_SHARE * total and len(cells) > 1):
            return True
    return False


def unwrap_layout_tables(root) -> int:
    """Turn the layout tables in `root` (an lxml tree) into blocks of text (the module's docstring); how many."""
    layout = [table for table in root.iter("table") if is_layout_table(table)]  # judged before any is changed
    for table in layout:
        for holder in _holders(table):
            for element in holder:
                tag = _tag(element)
                for cell in _cells(element) if tag == "tr" else [element] if tag in _CELLS else []:
                    _lines_as_blocks(cell)
                    cell.tag = "div"
                if tag == "tr" or tag == "caption" or tag in _SECTIONS:
                    element.tag = "div"
        table.tag = "div"
    return len(layout)


def _lines_as_blocks(cell) -> None:
    """Each run of the cell's inline content between two `<br>` (at the cell's top level, or inside the inline
    element that wraps it: `<font><i>By …<br>Thursday …</i></font>`, `_exploded`) into a <div> of its own; its
    block elements stay blocks. One pass over the cell's children (linear in their number)."""
    if not any(_tag(e) == "br" for e in cell.iter()):
        return
    pieces: list = [cell.text] if cell.text else []  # the cell's content in order: text, elements, breaks
    for child in list(cell):
        tail, child.tail = child.tail, None
        pieces.extend(_exploded(child))
        if tail:
            pieces.append(tail)
    cell.text = None
    for child in list(cell):
        cell.remove(child)
    run: list = []
    for piece in pieces + [None]:  # None: the end closes the last run
        if isinstance(piece, str) or (piece is not None and _tag(piece) != "br" and _tag(piece) not in _BLOCKS):
            run.append(piece)
            continue
        if _shows(run):
            block = cell.makeelement("div", {})
            for part in run:
                if not isinstance(part, str):
                    block.append(part)
                elif len(block):
                    block[-1].tail = (block[-1].tail or "") + part
                else:
                    block.text = (block.text or "") + part
            cell.append(block)
        run = []
        if piece is not None and _tag(piece) in _BLOCKS:
            cell.append(piece)


def _shows(run: list) -> bool:
    """Whether a run of text and inline elements shows anything: words, or an image."""
    return any(part.strip() if isinstance(part, str) else
               (part.text_content().strip() or _tag(part) == "img" or part.find(".//img") is not None)
               for part in run)


def _exploded(element) -> list:
    """`element` as pieces at its parent's level: itself where no `<br>` is inside it (or a block is), else a copy of
    it around each run between its breaks with the breaks between them (`<font><i>By …<br>Thursday</i></font>` ->
    `<font><i>By …</i></font>`, `<br>`, `<font><i>Thursday</i></font>`), so that the cell's top level holds them."""
    tag = _tag(element)
    if tag == "br" or tag in _BLOCKS or not tag:
        return [element]
    inside = [_tag(e) for e in element.iter() if e is not element]
    if "br" not in inside or any(t in _BLOCKS for t in inside):
        return [element]
    pieces: list = []
    current = element.makeelement(element.tag, dict(element.attrib))
    current.text = element.text
    for child in list(element):
        tail, child.tail = child.tail, None
        for piece in _exploded(child):
            if _tag(piece) == "br":
                pieces += [current, piece]
                current = element.makeelement(element.tag, dict(element.attrib))
            else:
                current.append(piece)
        if tail and len(current):
            current[-1].tail = (current[-1].tail or "") + tail
        elif tail:
            current.text = (current.text or "") + tail
    return pieces + [current]
