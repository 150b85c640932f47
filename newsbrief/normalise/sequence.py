"""Sequence decoding of the keep decision: an article body is a run of lines, not a set of independent lines.

The learned model (`learned.py`) gives every line a probability of being article content, and the per-line
rule keeps a line when its probability reaches the mode's threshold. The decoders here decide the whole page
at once instead, by exact Viterbi over a few states (linear in the number of lines):

- `two_state`: the best keep/drop sequence under a per-line score (the line's evidence for "keep", positive
  when the per-line rule would keep it) minus a cost for every switch between keeping and dropping.
- `main_region`: one main region of the page (the article body) in which lines are kept or dropped as in
  `two_state`, plus a cost per dropped line inside it (a long gap of boilerplate splits two regions, a short
  box does not); outside it a line needs `outside` more evidence to be kept. A second block of running text
  after the body (reader comments, a teaser list) then goes unless its own evidence is strong.
"""

from __future__ import annotations

NEG = float("-inf")


def viterbi(emissions: list[list[float]], transitions: list[list[float]], start: list[float]) -> list[int]:
    """The state sequence maximising start[s0] + sum of emissions[i][s_i] + transitions[s_{i-1}][s_i]
    (a state that must not follow another has transition -inf). Ties go to the lower-numbered state."""
    n = len(emissions)
    if not n:
        return []
    k = len(start)
    value = [a + b for a, b in zip(start, emissions[0])]
    back: list[list[int]] = []
    for row in emissions[1:]:
        new, ptr = [], []
        for s in range(k):
            best, arg = NEG, 0
            for r in range(k):
                v = value[r] + transitions[r][s]
                if v > best:
                    best, arg = v, r
            new.append(best + row[s])
            ptr.append(arg)
        value = new
        back.append(ptr)
    state = max(range(k), key=lambda s: (value[s], -s))
    out = [state]
    for ptr in reversed(back):
        state = ptr[state]
        out.append(state)
    out.reverse()
    return out


def two_state(scores: list[float], enter: float, leave: float) -> list[bool]:
    """The keep/drop sequence that maximises the sum of `scores` over the kept lines minus `enter` for each
    switch from dropping to keeping and `leave` for each switch from keeping to dropping (the page may start
    and end in either state for free). With both costs 0 it keeps exactly the lines whose score is >= 0."""
    n = len(scores)
    if not n:
        return []
    keep_val, drop_val = scores[0], 0.0
    # back[i] = (best path into "drop" at i was keeping at i - 1, best path into "keep" at i was keeping at i - 1)
    back: list[tuple[bool, bool]] = [(False, False)]
    for s in scores[1:]:
        stay, switch = keep_val, drop_val - enter
        new_keep = (stay if stay >= switch else switch) + s
        leave_val = keep_val - leave
        new_drop = drop_val if drop_val > leave_val else leave_val
        back.append((leave_val >= drop_val, stay >= switch))
        keep_val, drop_val = new_keep, new_drop
    state = keep_val >= drop_val
    out = [False] * n
    for i in range(n - 1, -1, -1):
        out[i] = state
        state = back[i][1] if state else back[i][0]
    return out


#: main_region's states: before the region, kept in it, dropped in it, after it
_PRE, _KEEP, _GAP, _POST = range(4)


def main_region(scores: list[float | None], switch: float, gap: float, outside: float) -> list[bool]:
    """Keep/drop per line with one main region. `scores[i]`: the line's evidence for keeping it, or None for
    a line that must be dropped (a boilerplate line the rules fixed). Inside the region a switch between
    keeping and dropping costs `switch` and every dropped line `gap`; before and after it a line is kept
    when its score exceeds `outside` (float("inf"): never)."""
    states = viterbi(region_emissions(scores, gap, outside), region_transitions(switch), REGION_START)
    return region_keep(states, scores, outside)


#: the page starts before the region or in it, kept
REGION_START = [0.0, 0.0, NEG, NEG]


def region_keep(states: list[int], scores: list[float | None], outside: float) -> list[bool]:
    """Kept lines of a main_region state path: the region's kept lines, and strong lines outside it."""
    return [st == _KEEP or (st in (_PRE, _POST) and s is not None and s - outside > 0)
            for st, s in zip(states, scores)]


def region_emissions(scores: list[float | None], gap: float, outside: float) -> list[list[float]]:
    """Per line, the score of each main_region state (before, kept, dropped inside, after)."""
    emissions = []
    for s in scores:
        if s is None:
            emissions.append([0.0, NEG, -gap, 0.0])
        else:
            out = max(0.0, s - outside)
            emissions.append([out, s, -gap, out])
    return emissions


def region_transitions(switch: float) -> list[list[float]]:
    """main_region's transition scores: one region, entered once and left once."""
    return [[0.0, 0.0, NEG, NEG],  # before -> before, or into the region
            [NEG, 0.0, -switch, 0.0],  # kept -> kept, a gap, or out of the region
            [NEG, -switch, 0.0, 0.0],  # gap -> back to keeping, more gap, or out of the region
            [NEG, NEG, NEG, 0.0]]  # after stays after
