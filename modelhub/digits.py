"""Arabic-Indic digits read as ASCII ones, written once for the two stages that compare or parse numbers.

An Arabic page (and a translation that keeps its figures) writes Eastern Arabic (٠-٩) or Persian-style (۰-۹) digits:
the translation stage's number check compares them with the English's ASCII digits (translate/numbers.py), the
summariser's live-blog reader parses an entry's time from them (summarise/structure.py). One character for one, so
a match's offsets in the translated text hold in the original.
"""

from __future__ import annotations

#: str.translate table: each Eastern Arabic and Persian digit to its ASCII digit
ASCII_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
