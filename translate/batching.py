"""Length-sorted batching under a token budget, with the original order restored by the caller.

The budget counts what CTranslate2's ``batch_type="tokens"`` counts: the sum of the examples' lengths
(``get_batch_size_increment`` is an example's length), longest first. Counting padding as well (n x longest)
split batches that CTranslate2 keeps whole: 9 of 100 news articles got two engine calls instead of one.

`length_classes` groups sentences whose output cap is the same: the cap (ratio x source tokens + slack) is
taken from the class's upper bound rather than from the longest sentence of whatever batch a sentence lands
in, so a sentence translates the same alone or among the sentences of 100 other articles.
"""

from __future__ import annotations


def plan_batches(lengths: list[int], max_batch_tokens: int, max_batch_size: int = 64) -> list[list[int]]:
    """Group indices of `lengths` into batches, longest first.

    The lengths of a batch add up to at most `max_batch_tokens` (and it has at most `max_batch_size`
    sentences), except a single sentence that alone is longer (it gets a batch of its own).
    """
    order = sorted(range(len(lengths)), key=lambda i: (-lengths[i], i))
    batches: list[list[int]] = []
    current: list[int] = []
    total = 0
    for i in order:
        size = max(1, lengths[i])
        if current and (total + size > max_batch_tokens or len(current) >= max_batch_size):
            batches.append(current)
            current, total = [], 0
        current.append(i)
        total += size
    if current:
        batches.append(current)
    return batches


def length_classes(lengths: list[int], *, fixed: bool = False) -> list[tuple[int, list[int]]]:
    """(upper bound, indices) per length class, longest class first: bounds 16, 32, 64, ... tokens.

    With `fixed` (forced output lengths, benchmarks only) the cap does not depend on the source: one class.
    """
    if fixed:
        return [(max(lengths, default=1), list(range(len(lengths))))] if lengths else []
    classes: dict[int, list[int]] = {}
    for i, n in enumerate(lengths):
        bound = 16
        while bound < n:
            bound *= 2
        classes.setdefault(bound, []).append(i)
    return sorted(classes.items(), reverse=True)  # longest first: they take longest, start them first
