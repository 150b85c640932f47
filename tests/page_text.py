"""Test helper: a hand-written page given as its lines, the way a scraper saves one (one line each, a final newline).

Shared so that the page tests build their input one way; several older test files still hold a private copy."""

from __future__ import annotations


def page(*lines: str) -> str:
    """The page text of `lines`: joined by newlines, with the trailing newline a saved file has."""
    return "\n".join(lines) + "\n"
