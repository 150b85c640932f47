"""Parsing a chat model's Key Takeaways answer: numbering, dashes, bullets, bold, preambles, closing remarks."""

from __future__ import annotations

import pytest

from summarise.parsing import parse_takeaways

EXPECTED = ["Israel urges Malta to join the coalition.", "Malta lies 200 miles north of Libya.",
            "Malta has not yet responded to the call."]


@pytest.mark.parametrize("answer", [
    # numbered with a preamble and a closing remark
    "Here are the key takeaways:\n\n1. Israel urges Malta to join the coalition.\n2. Malta lies 200 miles north of "
    "Libya.\n3. Malta has not yet responded to the call.\n\nI hope this helps!",
    # mixed closing brackets
    "1) Israel urges Malta to join the coalition.\n(2) Malta lies 200 miles north of Libya.\n3: Malta has not yet "
    "responded to the call.",
    # dashes, bullets and stars, bold heading
    "**Key Takeaways:**\n- Israel urges Malta to join the coalition.\n• Malta lies 200 miles north of Libya.\n"
    "* Malta has not yet responded to the call.",
    # markdown bold inside items and an en dash marker
    "– **Israel urges Malta** to join the coalition.\n– Malta lies 200 miles north of Libya.\n– Malta has not yet "
    "responded to the call.",
    # all on one line
    "1. Israel urges Malta to join the coalition. 2. Malta lies 200 miles north of Libya. 3. Malta has not yet "
    "responded to the call.",
    # labels
    "Takeaway 1: Israel urges Malta to join the coalition.\nTakeaway 2: Malta lies 200 miles north of Libya.\n"
    "Takeaway 3: Malta has not yet responded to the call.",
    # no markers at all, one per line, chatty opener
    "Sure! Here you go:\nIsrael urges Malta to join the coalition.\nMalta lies 200 miles north of Libya.\n"
    "Malta has not yet responded to the call.",
    # one plain paragraph
    "Israel urges Malta to join the coalition. Malta lies 200 miles north of Libya. Malta has not yet responded to "
    "the call.",
    # Windows line ends, quotes around items
    '- "Israel urges Malta to join the coalition."\r\n- "Malta lies 200 miles north of Libya."\r\n'
    '- "Malta has not yet responded to the call."\r\n',
])
def test_formats(answer):
    assert parse_takeaways(answer) == EXPECTED


def test_wrapped_continuation_lines_join_their_bullet():
    answer = "- Israel urges Malta to join the coalition,\n  citing shared security concerns.\n- Malta lies 200 miles north of Libya."
    assert parse_takeaways(answer) == [
        "Israel urges Malta to join the coalition, citing shared security concerns.",
        "Malta lies 200 miles north of Libya.",
    ]


def test_text_outside_the_list_is_ignored_when_there_is_a_list():
    answer = ("The article discusses security.\n1. Israel urges Malta to join the coalition.\n"
              "Let me know if you need anything else.")
    assert parse_takeaways(answer) == ["Israel urges Malta to join the coalition."]


def test_empty_and_fragments():
    assert parse_takeaways("") == []
    assert parse_takeaways("\n\n- ok\n- \n") == []  # too short to be a takeaway
