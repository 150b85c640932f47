"""The normaliser is linear in the length of a line (issue 10, item 7).

A 200 kB line once took 152 s: a regex in title detection (`\\w+="`) restarted at
every letter of a long word. These tests time the same input at size n and 4n and
check the growth: about 4x when linear, about 16x when quadratic. They compare two
timings of the same run, never a wall-clock limit, so a slow or busy machine does not
fail them (CPU time of the process is measured); the bound (8x) is generous against noise.
"""

from __future__ import annotations

import time

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.lines import join_hard_wraps, split_lines

BODY = "\n\n".join(
    [
        "The city council approved the new housing budget on Tuesday after a debate that lasted most of the night.",
        "Council members said the money would go to cheaper homes for young families and to repairs of older flats.",
        "The opposition called the plan too small and said it came two years too late for the people on waiting lists.",
    ]
)

#: linear growth is 4x for 4x the input, quadratic 16x
MAX_GROWTH = 8.0


def _best(run, text: str, repeats: int, enough: float = 0.0) -> float:
    """Best-of-`repeats` CPU seconds; stops early once under `enough`.

    CPU time of this process, not wall time: on a busy machine a run that outlasts a time slice waits for
    the CPU, so wall time grows faster than the work (a 64 k line measured 2.7x "slower than linear")."""
    best = float("inf")
    for _ in range(repeats):
        start = time.process_time()
        run(text)
        best = min(best, time.process_time() - start)
        if best < enough:
            break
    return best


def _growth(run, make, n: int) -> float:
    """How many times longer the input of size 4n takes than that of size n, fixed costs (size 0) taken off."""
    run(make(8))  # warm up: phrase lists, caches
    fixed = _best(run, make(0), 5)
    small = max(_best(run, make(n), 5) - fixed, 1e-4)
    # a linear run passes at its first good timing; a quadratic one is timed 3 times, not more (it is slow)
    large = _best(run, make(4 * n), 3, enough=fixed + small * MAX_GROWTH / 2)
    return (large - fixed) / small


# Each shape was super-linear before the fix, at the top of a page where title detection looks at it.
SHAPES = {
    # `\w+="` (markup residue test in title detection) on a run of word characters
    "digit run above the story": lambda n: "1" * n + "\n\n" + BODY,
    "Arabic letters without spaces": lambda n: "ك" * n + "\n\n" + BODY,
    # a three-word "headline" with one huge word: every suffix of it was sliced to look for compounds
    "headline with a huge word": lambda n: "Big " + "Aa" * (n // 2) + " news here\n\n" + BODY,
    # glued camel case above the story
    "glued words": lambda n: "aB" * (n // 2) + "\n\n" + BODY,
    # sentence ends without words: every one was tried as the start of a glued widget (glued.py)
    "run of sentence ends": lambda n: "." + ". " * (n // 2) + "\n\n" + BODY,
}


@pytest.mark.parametrize("shape", list(SHAPES))
def test_normalise_is_linear_in_line_length(shape):
    growth = _growth(normalise_text, SHAPES[shape], 8_000)
    assert growth < MAX_GROWTH, f"{shape}: 4x longer line took {growth:.1f}x as long (linear is 4x)"


def test_long_line_keeps_working():
    """The fix changes speed, not results: the long prose line is still the article."""
    line = "The council met again and said the budget would grow next year as well. " * 2000
    article = normalise_text("Council budget grows again\n\n" + line)
    assert article.title == "Council budget grows again"
    assert article.paragraphs == [line.strip()]


def test_joining_hard_wrapped_lines_is_linear():
    """A long hard-wrapped paragraph: the joined text was grown by concatenation, one copy per wrapped line."""
    import textwrap

    def make(n: int) -> str:
        words = "the minister said that the budget would go up again next year and " * (n // 68)
        return "Headline of the story\n\n" + textwrap.fill(words, 72)

    def run(text: str) -> None:
        join_hard_wraps(split_lines(text))

    growth = _growth(run, make, 250_000)
    assert growth < MAX_GROWTH, f"4x longer paragraph took {growth:.1f}x as long (linear is 4x)"
    joined = join_hard_wraps(split_lines(make(10_000)))
    assert len(joined) == 2 and joined[1].text.startswith("the minister said that the budget")


def test_joining_a_part_wrapped_on_its_own_is_linear():
    """A long story broken every nine words inside a page that is not hard-wrapped as a whole: one pass over
    each run of lines (`lines._local_joins`), one join per paragraph."""

    def make(n: int) -> str:
        words = ("the minister said that the budget would go up again next year and " * (n // 68)).split()
        story = "\n".join(" ".join(words[k:k + 9]) for k in range(0, len(words), 9))
        return "Home\nNews\nSport\n" + story + ".\nContact us"

    def run(text: str) -> None:
        join_hard_wraps(split_lines(text))

    growth = _growth(run, make, 250_000)
    assert growth < MAX_GROWTH, f"4x longer story took {growth:.1f}x as long (linear is 4x)"
    joined = join_hard_wraps(split_lines(make(10_000)))
    assert [line.text for line in joined][:3] == ["Home", "News", "Sport"] and len(joined) == 5


def test_many_announced_lists_in_one_story_are_linear():
    # each list the story announces makes the body grow on under it (lists.py): the story's words must be read
    # once, not again at every list
    block = ("The harbour authority said the ferries would leave from the cargo quay for the whole winter season.\n"
             "Engineers found cracks in two of the concrete piers during a routine inspection after the storms.\n"
             "These are the ferries that will leave from the cargo quay instead:\nFerry to Westholm\nFerry to Eastby\n")
    growth = _growth(normalise_text, lambda n: "Harbour to close old ferry terminal\n" + block * n, 150)
    assert growth < MAX_GROWTH, growth
