"""tidy8 (stop 23): helpers that replaced near-copies. Guards: main's copies behaved the same, these pin the shared
behaviour so the callers cannot drift apart again."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

import pytest

from newsbrief.errors import OutputError
from newsbrief.inputs import InputItem
from newsbrief.normalise.losses import kept_span
from newsbrief.output import OutputTree, make_output_folder
from newsbrief.recordout import RecordSink


def test_kept_span_is_the_first_and_last_kept_line():
    assert kept_span([False, True, False, True, False]) == (1, 3)
    assert kept_span([True]) == (0, 0)
    assert kept_span([False, False]) is None
    assert kept_span([]) is None


@pytest.mark.parametrize("make", [
    lambda out: make_output_folder(out),
    lambda out: OutputTree(out, [InputItem(source="story.txt", path=Path("story.txt"), relative=PurePosixPath("story.txt"))]),
    lambda out: RecordSink(out),
], ids=["helper", "output tree", "record sink"])
def test_an_output_folder_that_cannot_be_made_is_one_output_error(tmp_path, make):
    """The per-article output tree and the record shards say the same line when the folder cannot be created (a
    file stands where a parent folder should)."""
    blocker = tmp_path / "brief.txt"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(OutputError, match=r"^cannot create output folder .*brief\.txt/out: "):
        make(blocker / "out")


def test_the_abstractive_summarisers_count_article_tokens_one_way():
    """seq2seq and instruct each wrote the same count_tokens; the base class's serves both (a guard)."""
    from summarise.abstractive import AbstractiveSummariser
    from summarise.instruct import InstructSummariser
    from summarise.seq2seq import Seq2SeqSummariser

    class WordTokenizer:  # one id a word, and a start and end token unless told not to add them
        def __call__(self, text, add_special_tokens=True):
            ids = [len(w) for w in text.split()]
            return {"input_ids": [0] + ids + [2] if add_special_tokens else ids}

    for cls in (Seq2SeqSummariser, InstructSummariser):
        assert cls.count_tokens is AbstractiveSummariser.count_tokens
        summariser = object.__new__(cls)  # no model: only the tokenizer is asked
        summariser.tokenizer = WordTokenizer()
        assert summariser.count_tokens("The ferry to Port Aske runs twice a day.") == 9
