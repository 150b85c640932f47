"""Review 33a #5 (stop 33): fix33e's science-news credit regex ("Materials provided by …") took a story's sentence
that opens the same way ("Materials supplied by Harland Timber Ltd were used in …"). Lines written for these tests."""

from __future__ import annotations

import pytest

from newsbrief.normalise.phrases import categories_of


def _misc(line: str) -> bool:
    return "misc" in categories_of(line, len(line.split()), contains=False)


@pytest.mark.parametrize("line", [
    "Materials supplied by Harland Timber Ltd were used in 14 of the 20 shelters, according to the report.",
    "Materials provided by the county council helped volunteers rebuild the footbridge within a week.",
])
def test_a_story_sentence_on_materials_stays(line):
    assert not _misc(line)


@pytest.mark.parametrize("line", [
    "Materials provided by University of Exeter. Note: Content may be edited for style and length.",
    "Materials provided by Wageningen University & Research.",
    "Materials supplied by the British Antarctic Survey",
])
def test_the_bare_credit_still_goes(line):
    assert _misc(line)
