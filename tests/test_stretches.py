"""summarise.stretches.true_runs: the shared scan for stretches of consecutive flagged items."""

from summarise.stretches import true_runs


def test_runs_in_the_middle_and_at_both_ends():
    flags = [True, True, False, True, False, False, True, True, True]
    assert true_runs(flags) == [(0, 2), (3, 4), (6, 9)]


def test_no_flags_and_empty():
    assert true_runs([False, False]) == []
    assert true_runs([]) == []


def test_all_flags_one_run():
    assert true_runs([True] * 5) == [(0, 5)]
