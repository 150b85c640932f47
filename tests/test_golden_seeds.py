"""Golden test: the normaliser's record for each seed equals the one written by hand in seeds/expected/.

The expected files were written after reading each article (see their "_note"), not by
running the normaliser. All fields are compared exactly.
"""

from __future__ import annotations

import json

import pytest

from tests.conftest import SEEDS
from newsbrief.decode import read_input
from newsbrief.normalise import normalise_text

SEED_FILES = sorted(SEEDS.glob("*.txt"))


def test_every_seed_has_an_expected_record():
    assert SEED_FILES
    for path in SEED_FILES:
        assert (SEEDS / "expected" / f"{path.stem}.json").is_file(), path.name


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.stem)
def test_seed_matches_expected(path):
    expected = json.loads((SEEDS / "expected" / f"{path.stem}.json").read_text(encoding="utf-8"))
    article = normalise_text(read_input(str(path)))
    assert article.title == expected["title"]
    assert article.byline == expected["byline"]
    assert article.published == expected["published"]
    assert article.source_takeaways == expected["source_takeaways"]
    assert article.text == expected["text"]


@pytest.mark.parametrize("width", [60, 72, 80])
@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.stem)
def test_hard_wrapped_seed_gives_the_same_record(path, width):
    """The seeds re-wrapped at a fixed width (paragraph breaks kept) normalise to the same record."""
    import textwrap

    text = path.read_text(encoding="utf-8")
    wrapped = "\n\n".join(
        "\n".join(textwrap.fill(line, width) for line in block.split("\n")) for block in text.split("\n\n")
    )
    assert wrapped != text
    expected = json.loads((SEEDS / "expected" / f"{path.stem}.json").read_text(encoding="utf-8"))
    article = normalise_text(wrapped)
    assert (article.title, article.text, article.source_takeaways) == (
        expected["title"], expected["text"], expected["source_takeaways"]
    )
