"""Stop 35: a trailing purpose clause after a comma (", so that …") is a safe cut (summarise/bullets.py, _SAFE_CLAUSE).

A Secretary's $45m announcement ("… will provide $45 million over three years to expand the shiprider program, so
that officers from your countries can board U.S. Coast Guard cutters and enforce your own laws in your own waters.")
was 45 words with no safe cut, so the adaptive count never took it (a bullet over the 35-word cap is taken only
first). The purpose clause goes as a "because …" clause does: what is kept stays true. Pages written for the tests.
"""

from __future__ import annotations

import pytest

from summarise.bullets import to_bullet


def test_a_trailing_purpose_clause_can_be_cut():
    sentence = ("The county will spend £4.5 million over three years on new flood pumps for the Ouse valley, so that "
                "the homes of Riverside and Northfield can stay dry when the river rises again next winter.")
    assert to_bullet(sentence, 22, 35, 28) == ("The county will spend £4.5 million over three years on new flood pumps "
                                               "for the Ouse valley.")


@pytest.mark.parametrize("sentence", [
    # guards: "so that" without its comma may carry the point ("bought pumps so that …"), and a short sentence keeps
    # its tail
    "The county bought new pumps for every street in the Ouse valley last winter so that the homes of Riverside and "
    "Northfield stayed dry this year.",
    "The county will buy pumps, so that homes stay dry.",
])
def test_so_that_without_its_comma_or_budget_stays(sentence):
    assert to_bullet(sentence, 22, 35, 28) == sentence
