"""The sequence decoders of the keep decision (newsbrief/normalise/sequence.py, learned.sequence_keep).

Small synthetic sequences: the decoders must find the exact optimum (checked against brute force), keep the
per-line decision when switching is free, and do what the article mode relies on: a doubtful line inside the
body is kept, a stray block after a long gap is dropped, a box in the middle of the story removes only itself.
"""

from __future__ import annotations

import itertools
import random

from newsbrief.normalise.learned import decide_page, sequence_keep
from newsbrief.normalise.sequence import NEG, main_region, two_state, viterbi

INF = float("inf")


def _path_value(states, emissions, transitions, start):
    value = start[states[0]] + emissions[0][states[0]]
    for prev, cur, row in zip(states, states[1:], emissions[1:]):
        value += transitions[prev][cur] + row[cur]
    return value


def test_viterbi_finds_the_best_path_of_random_small_problems():
    rng = random.Random(7)
    for _ in range(300):
        k, n = rng.choice((2, 3, 4)), rng.randint(1, 6)
        emissions = [[rng.uniform(-3, 3) for _ in range(k)] for _ in range(n)]
        transitions = [[rng.choice((0.0, -1.0, -2.5, NEG)) if r != s else 0.0 for s in range(k)] for r in range(k)]
        start = [0.0] + [rng.choice((0.0, NEG)) for _ in range(k - 1)]
        best = max(_path_value(p, emissions, transitions, start) for p in itertools.product(range(k), repeat=n))
        assert abs(_path_value(viterbi(emissions, transitions, start), emissions, transitions, start) - best) < 1e-9


def test_two_state_is_exact_and_free_switching_is_the_per_line_rule():
    rng = random.Random(3)
    for _ in range(300):
        scores = [rng.uniform(-3, 3) for _ in range(rng.randint(1, 7))]
        enter, leave = rng.uniform(0, 3), rng.uniform(0, 3)

        def value(keep):
            switches_in = sum(1 for a, b in zip(keep, keep[1:]) if b and not a)
            switches_out = sum(1 for a, b in zip(keep, keep[1:]) if a and not b)
            return sum(s for s, k in zip(scores, keep) if k) - enter * switches_in - leave * switches_out

        best = max(value(p) for p in itertools.product((False, True), repeat=len(scores)))
        assert abs(value(two_state(scores, enter, leave)) - best) < 1e-9
        assert two_state(scores, 0.0, 0.0) == [s >= 0 for s in scores]
    assert two_state([], 1.0, 1.0) == []


def test_two_state_keeps_a_doubtful_line_between_paragraphs_and_drops_a_lone_one():
    assert two_state([5.0, -1.0, 5.0], 2.0, 2.0) == [True, True, True]
    assert two_state([-5.0, 1.0, -5.0], 2.0, 2.0) == [False, False, False]


def test_main_region_keeps_the_body_with_its_doubtful_line_and_drops_a_weak_block_after_a_gap():
    body = [6.0, 8.0, -0.5, 7.0]           # a paragraph, a paragraph, a doubtful short line, a paragraph
    gap = [None] * 5                      # five lines the rules fixed as boilerplate (share bar, tags, ...)
    comments = [1.5, 2.0, 1.0]            # running text the model keeps, but without conviction
    keep = main_region(body + gap + comments, switch=3.0, gap=3.0, outside=3.0)
    assert keep == [True] * 4 + [False] * 5 + [False] * 3
    # strong evidence outside the region still counts: a line scoring above `outside` is kept
    assert main_region(body + gap + [9.0], 3.0, 3.0, 3.0)[-1] is True
    # with nothing in the way the region reaches the second block: no gap, no split
    assert main_region(body + comments, 3.0, 3.0, 3.0) == [True] * 7


def test_main_region_never_keeps_a_fixed_drop_and_costs_nothing_without_a_gap():
    keep = main_region([4.0, None, 4.0], switch=0.5, gap=0.5, outside=INF)
    assert keep == [True, False, True]  # the region spans the fixed line (cost 1.5 < 4): both sides stay
    assert main_region([], 1.0, 1.0, 1.0) == []
    assert main_region([None, None], 1.0, 1.0, 1.0) == [False, False]


COSTS = {"switch": 3.0, "gap": 3.0, "outside": 3.0}


def test_a_box_or_a_widget_line_in_the_middle_removes_only_itself():
    # story, "Read more:" + two headlines (fixed by the box rule), story again with moderate probabilities
    reasons = ["prose", "prose", "related box", "related box", "related box", "prose", "prose"]
    fixed = [None, None, False, False, False, None, None]
    rule_kept = [True, True, False, False, False, True, True]
    probs = [0.95, 0.95, 0.1, 0.1, 0.1, 0.4, 0.4]
    words = [40, 35, 2, 9, 8, 25, 20]
    keep = sequence_keep(fixed, rule_kept, probs, words, reasons, 0.7, 0.3, COSTS)
    assert keep == [True, True, False, False, False, True, True]
    # so do widget lines a phrase list names (share bar, tags) ...
    widget = ["prose", "prose", "share", "tags", "share", "prose", "prose"]
    assert sequence_keep(fixed, rule_kept, probs, words, widget, 0.7, 0.3, COSTS) == keep
    # ... but three fixed captions are a gap in the text, and a weak tail after a costly gap goes
    costly = {**COSTS, "gap": 10.0}
    captions = ["prose", "prose", "caption", "caption", "caption", "prose", "prose"]
    assert sequence_keep(fixed, rule_kept, probs, words, captions, 0.7, 0.3, costly)[5:] == [False, False]


def test_sequence_keep_scores_lines_against_their_own_threshold():
    # with no costs it is the per-line rule: a rule-kept line stays above 0.3, a rule-dropped one needs 0.7
    free = {"switch": 0.0, "gap": 0.0, "outside": 0.0}
    fixed, rule_kept = [None] * 4, [True, True, False, False]
    probs, words = [0.35, 0.25, 0.75, 0.65], [10, 10, 10, 10]
    keep = sequence_keep(fixed, rule_kept, probs, words, ["prose"] * 4, 0.7, 0.3, free)
    assert keep == [True, False, True, False]


def test_decide_page_decodes_the_article_mode_only_when_the_parameters_say_so():
    # a short page (article mode): a story, then after a comment section (fixed by the rules) a weak stray paragraph
    n_gap = 6
    fixed = [None, None] + [False] * n_gap + [None]
    reasons = ["prose", "prose"] + ["comment section"] * n_gap + ["prose"]
    rule_kept = [True, True] + [False] * n_gap + [True]
    probs = [0.95, 0.9] + [0.05] * n_gap + [0.4]
    words = [40, 30] + [1] * n_gap + [12]
    soft = [False] * len(fixed)
    vectors = [[0.0]] * len(fixed)
    page = {"modes": [["article", False, 0.7, 0.3]], "min_lines": 20}
    per_line, mode = decide_page(fixed, soft, rule_kept, probs, words, vectors, reasons, True,
                                 {"fallback": 0.25, "page": page})
    assert mode == 0 and per_line[-1] is True
    decoded, mode = decide_page(fixed, soft, rule_kept, probs, words, vectors, reasons, True,
                                {"fallback": 0.25, "page": page, "sequence": COSTS})
    assert mode == 0 and decoded[:2] == [True, True] and decoded[-1] is False
