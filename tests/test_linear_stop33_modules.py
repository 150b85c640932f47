"""Issue 10 item 7 for stop 33's page passes: a multi-page story's pager row (pagers.py), a poll's answer lines
(polls.py) and a contents list's items (contents.py) read each line with patterns that must stay linear in its
length. Each shape is a long line of what the pattern reads (page numbers and separators, shares, numbered items)
that never completes a match, where a pattern that retries from every position grows quadratically; the ratio of
two sizes' CPU times is checked (tests/scaling.py), never a wall-clock limit. (The recent-comments widget and the
page author's part have their own checks: test_linear_review33.py.)"""

import pytest

from newsbrief.normalise.contents import contents_lines, item_text
from newsbrief.normalise.pagers import pager_line
from newsbrief.normalise.polls import poll_blocks
from tests.scaling import assert_grows_linearly

#: n in thousands of characters
SHAPES = {
    "page numbers and spaces": lambda n: "1 " * (500 * n),
    "a pager row running on": lambda n: "« 1 | 2 | 3 " + "4 | " * (250 * n) + "x",
    "dashes and digits": lambda n: "-1" * (500 * n),
    "shares in a row": lambda n: "Ja 8% - " * (125 * n),
    "spaces then a share": lambda n: "Ja" + " " * (1000 * n) + "8%",
    "Arabic digits and percent signs": lambda n: "٣ ٪ " * (250 * n),
    "a numbered item of many words": lambda n: "1. " + "word " * (200 * n),
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_a_pager_row_check_is_linear_in_the_lines_length(shape):
    assert_grows_linearly(lambda text: pager_line(text, len(text.split())), SHAPES[shape], 16, 64)


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_a_poll_answer_check_is_linear_in_the_lines_length(shape):
    # the line as a poll's question and as its two answers: the question heads a block, the answers are read
    assert_grows_linearly(lambda text: poll_blocks(["Wat vindt u?", text, text]), SHAPES[shape], 16, 64)


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_a_contents_item_is_linear_in_the_lines_length(shape):
    assert_grows_linearly(item_text, SHAPES[shape], 16, 64)
    texts = ["Contents", SHAPES[shape](16), SHAPES[shape](16), "The council met on Tuesday."]
    assert contents_lines(texts, ["removed", "content", "content", "content"]) == []  # no list of such lines


def test_the_checks_still_read_their_lines():
    assert pager_line("« 1 | 2 | 3 | Next »", 4) and not pager_line("1 2", 2)
    assert poll_blocks(["Moet de brug dicht?", "Ja 62%", "Nee 31%", "Weet ik niet 7%", "Stem nu"]) \
        and poll_blocks(["Should the bridge close?", "Yes 62%", "No 31%", "Not sure 7%", "Vote now"])
    assert item_text("1. The crossing") == "the crossing"
