"""Length-sorted batching under a token budget, with the original order restored by the caller.

Sorting by length keeps padding small; a budget in tokens (padding included) instead of a fixed batch size
keeps memory flat whether sentences are short or long.
"""

from __future__ import annotations


def plan_batches(lengths: list[int], max_batch_tokens: int, max_batch_size: int = 64) -> list[list[int]]:
    """Group indices of `lengths` into batches, shortest first.

    A batch of n sentences whose longest has L tokens costs n * L (padding included) and never exceeds
    `max_batch_tokens`, except a single sentence that alone is longer (it gets a batch of its own).
    """
    order = sorted(range(len(lengths)), key=lambda i: (lengths[i], i))
    batches: list[list[int]] = []
    current: list[int] = []
    longest = 0
    for i in order:
        size = max(1, lengths[i])
        if current and ((len(current) + 1) * max(longest, size) > max_batch_tokens or len(current) >= max_batch_size):
            batches.append(current)
            current, longest = [], 0
        current.append(i)
        longest = max(longest, size)
    if current:
        batches.append(current)
    return batches
