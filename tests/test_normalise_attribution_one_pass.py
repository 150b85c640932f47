"""Guards for the one pass over removed lines that finds both the page's notices and its republication note.

losses.notice_warnings reads every removed line once: a correction, a developing-story notice, an update note, a
paywall, a page counter, and now the first republication note too (attribution.py used to read the removed lines
again for it). The warnings must not change: each said once, in the same order (the notices, then where the article
comes from: its note, then a source line under the story). Pages from tests/test_normalise_headnotes.py (hand-written,
en/nl/ar).
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from tests.test_normalise_headnotes import DEVELOPING, REPUBLISHED, _page

SOURCE = {"en": "Source: The Transport Weekly", "nl": "Bron: Het Vervoersblad", "ar": "المصدر: صحيفة النقل اليومية"}


def _said(warnings: list[str], what: str) -> list[int]:
    return [k for k, w in enumerate(warnings) if what in w]


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_guard_notices_then_the_note_then_the_source_each_once(lang):
    page = _page(lang, REPUBLISHED[lang][0], below=[SOURCE[lang]], top=[DEVELOPING[lang][0]])
    warnings = normalise_text(page).warnings
    developing, note = _said(warnings, "developing-story notice"), _said(warnings, "published first")
    source = _said(warnings, "source under it")
    assert len(developing) == len(note) == len(source) == 1, warnings
    assert developing[0] < note[0] < source[0], warnings


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_guard_only_the_first_of_two_notes_is_quoted(lang):
    first, second = REPUBLISHED[lang][0], REPUBLISHED[lang][1]
    warnings = normalise_text(_page(lang, first, below=[second])).warnings
    note = [w for w in warnings if "published first" in w]
    assert len(note) == 1 and first.rstrip(".") in note[0], warnings
