"""Test helper: a hand-written page given as its lines, the way a scraper saves one (one line each, a final newline).

Shared so that the page tests build their input one way; several older test files still hold a private copy."""

from __future__ import annotations


def page(*lines: str) -> str:
    """The page text of `lines`: joined by newlines, with the trailing newline a saved file has."""
    return "\n".join(lines) + "\n"


def table_cells(paragraphs: list[str]) -> list[str]:
    """`paragraphs` with each table row ("| Dell | 32 | 22 |", as the normaliser writes a kept table's row) read back
    as its cells, one item each: a test of where a table's cells stand reads them the same whether the table came back
    as rows (normalise/celltables.with_rows) or one cell a line."""
    out: list[str] = []
    for p in paragraphs:
        if p.startswith("| ") and p.endswith(" |"):
            out.extend(cell.replace("\\|", "|") for cell in p[2:-2].split(" | "))
        else:
            out.append(p)
    return out
