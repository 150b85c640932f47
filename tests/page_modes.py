"""Test helper: the packaged normaliser model held to one page mode, for tests of what the rules' fixed decisions
keep when the page layer reads a page openly."""

from __future__ import annotations

import copy
import functools

from newsbrief.normalise.learned import packaged_model


@functools.lru_cache(maxsize=None)
def model_in_mode(mode: str) -> dict:
    """The packaged model with its page layer set to `mode` ("wide": the line model keeps what it finds likely under
    a 0.3 threshold) on every page, short ones too: only the rules' fixed decisions (phrase matches, section labels,
    comment sections) hold."""
    params = copy.deepcopy(packaged_model())
    page = params["page"]
    page["min_lines"] = 0
    chosen = [name for name, *_ in page["modes"]].index(mode)
    page["intercept"] = [1e6 if k == chosen else 0.0 for k in range(len(page["modes"]))]
    return params
