"""The local runner feeds chunks of articles to `Pipeline.process_each` (issue 13): one engine call per
language per chunk, results saved and shown per article in input order, resume and Ctrl-C unchanged."""

from __future__ import annotations

import json

import pytest

from newsbrief.batch import run_batch
from newsbrief.inputs import collect_inputs
from newsbrief.output import OutputTree
from newsbrief.pipeline import Pipeline, RunOptions
from tests import cli_fakes
from tests.cli_articles import ARABIC, ENGLISH, dutch_variants, write
from tests.fixtures_cli import invoke


@pytest.fixture
def mixed(tmp_path):
    src = tmp_path / "in"
    for i, text in enumerate(dutch_variants(5)):
        write(src, f"nl{i}.txt", text)
    write(src, "x_ar.txt", ARABIC)
    write(src, "y_en.txt", ENGLISH)
    write(src, "z_empty.txt", "")
    return src


@pytest.fixture
def engine_calls(monkeypatch):
    calls: list[list[str]] = []
    original = cli_fakes.FakeTranslator.translate

    def counting(self, sentences):
        calls.append(list(sentences))
        return original(self, sentences)

    monkeypatch.setattr(cli_fakes.FakeTranslator, "translate", counting)
    return calls


def test_chunks_share_one_engine_call_per_language_and_records_match_one_by_one(env, mixed, engine_calls):
    one = invoke("translate", str(mixed), "--engine", "cli-fake", "--no-cache", "--json", "--batch-articles", "1")
    calls_one = len(engine_calls)
    engine_calls.clear()
    four = invoke("translate", str(mixed), "--engine", "cli-fake", "--no-cache", "--json", "--batch-articles", "4")
    assert one.exit_code == four.exit_code == 1  # the empty file fails, alone
    assert one.stdout == four.stdout  # same records, same order
    sources = [json.loads(line)["source"] for line in four.stdout.splitlines()]
    assert sources == sorted(sources)
    # 8 inputs in chunks of 4: chunk 1 has 4 Dutch articles (1 call), chunk 2 Dutch, Arabic, English (2 calls)
    assert calls_one == 6 and len(engine_calls) == 3


def test_ctrl_c_in_a_chunk_keeps_every_article_saved_before_it(env, mixed, tmp_path):
    items = collect_inputs([str(mixed)], glob="*.txt", exclude=None)
    out = tmp_path / "out"
    pipeline = Pipeline(RunOptions(command="translate", engine="cli-fake", use_cache=False))
    real = pipeline.process_each
    chunks: list[int] = []

    def interrupted_second_chunk(batch):
        chunks.append(len(batch))
        if len(chunks) == 2:
            raise KeyboardInterrupt
        yield from real(batch)

    pipeline.process_each = interrupted_second_chunk
    seen = []
    with pytest.raises(KeyboardInterrupt):
        run_batch(items, pipeline, output=OutputTree(str(out), items), batch_articles=3,
                  on_article=lambda item, article, status: seen.append(status))
    assert seen == ["done"] * 3
    assert len(list(out.rglob("*.json"))) == 3
    # the same run again skips the saved three and does the rest
    pipeline.process_each = real
    stats = run_batch(items, pipeline, output=OutputTree(str(out), items), batch_articles=3)
    assert (stats.done, stats.skipped, stats.failed) == (4, 3, 1)


def test_batch_articles_must_be_positive(env, mixed):
    result = invoke("translate", str(mixed), "--engine", "cli-fake", "--batch-articles", "0")
    assert result.exit_code == 2 and "--batch-articles" in result.stderr
