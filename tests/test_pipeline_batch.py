"""Batch first: `Pipeline.process_many` on tiny real models (issue 13) and English passages kept (issue 12/11).

The batch's records must equal those of each article processed alone, one engine call per route must carry
the sentences of every article, and an engine failure caused by one article's sentences must fail that
article only.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.pipeline import Pipeline, RunOptions
from tests.cli_articles import ARABIC, DUTCH, DUTCH_2, ENGLISH
from tests.fixtures_cli import env, folder, invoke  # noqa: F401 - fixtures

QUOTE = ("The government has failed to deliver on every single promise it made to the people of this city, "
         "and we will not accept it any longer.")
DUTCH_WITH_QUOTE = f"""\
Protest tegen bezuinigingen in Rotterdam

Honderden inwoners van Rotterdam demonstreerden zaterdag tegen de bezuinigingen van het stadsbestuur.

Een Britse activist die de demonstratie bijwoonde, sprak de menigte in het Engels toe. "{QUOTE}" Daarna trok de stoet naar het stadhuis.

De burgemeester zei later dat hij de zorgen van de demonstranten begrijpt.
"""
POISON = "Dit artikel bevat een zin waarop de vertaalmachine vastloopt."
DUTCH_POISONED = f"""\
Storing bij de vertaalmachine

Het waterschap meldde dinsdag dat de dijken het hoge water goed hebben doorstaan. {POISON}

Bewoners kunnen hun spullen weer naar beneden brengen, aldus een woordvoerder.
"""


@pytest.fixture
def tiny_registry(tmp_path, monkeypatch, tiny_translation_models) -> Path:
    monkeypatch.setenv("NEWSBRIEF_CACHE_DIR", str(tmp_path / "nbcache"))
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "hf"))  # CTranslate2 conversions land here
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    path = tmp_path / "models.yaml"
    path.write_text(f"""\
version: 1
defaults: {{engine: auto, device: cpu, beam: 2}}
translation: {{nl: tiny-nl, ar: tiny-ar}}
translation_models:
  tiny-nl: {{family: marian, source: {tiny_translation_models['marian-nl-en']}, max_input_tokens: 64}}
  tiny-ar: {{family: marian, source: {tiny_translation_models['marian-ar-en']}, max_input_tokens: 64}}
""", encoding="utf-8")
    return path


def _items() -> list[tuple[str, bytes]]:
    texts = {"a_nl.txt": DUTCH, "b_en.txt": ENGLISH, "c_ar.txt": ARABIC, "d_nl.txt": DUTCH_2,
             "e_empty.txt": "", "f_quote_nl.txt": DUTCH_WITH_QUOTE, "g_nl.txt": DUTCH_POISONED}
    return [(name, text.encode("utf-8")) for name, text in texts.items()]


def _records(articles) -> list[dict]:
    """The records, with scores to 4 decimals: batched with other sentences, the engine's sums run in
    another order (its kernels depend on the batch shape), which moves a mean log-probability in the 7th
    digit -- that is all that may differ."""
    out = []
    for article in articles:
        record = article.to_dict()
        for sentence in record["sentences"]:
            if sentence["score"] is not None:
                sentence["score"] = round(sentence["score"], 4)
        out.append(record)
    return out


def test_a_mixed_batch_equals_each_article_alone(tiny_registry):
    options = RunOptions(command="summarise", models_file=str(tiny_registry), engine="ctranslate2", use_cache=False)
    pipeline = Pipeline(options)
    batch = pipeline.process_many(_items())
    alone = [pipeline.process(source, data) for source, data in _items()]
    for one, other in zip(_records(batch), _records(alone)):
        for key in one:
            assert one[key] == other[key], (one["source"], key)
    by_name = {a.source: a for a in batch}
    assert by_name["e_empty.txt"].error is not None  # one bad input fails alone
    for name in ("a_nl.txt", "c_ar.txt", "d_nl.txt", "f_quote_nl.txt", "g_nl.txt"):
        article = by_name[name]
        assert article.error is None and article.title_en and article.sentences, (name, article.error)
    assert by_name["c_ar.txt"].language == "ar" and by_name["b_en.txt"].models["translation"]["identity"]


def test_one_engine_call_per_route_carries_titles_and_bodies_of_all_articles(tiny_registry, monkeypatch):
    from translate.engines.ct2 import CT2Translator

    calls: list[list[str]] = []
    original = CT2Translator.translate

    def spy(self, sentences, progress=None):
        calls.append(list(sentences))
        return original(self, sentences, progress=progress)

    monkeypatch.setattr(CT2Translator, "translate", spy)
    pipeline = Pipeline(RunOptions(command="translate", models_file=str(tiny_registry), engine="ctranslate2",
                                   use_cache=False))
    articles = pipeline.process_many([(n, d) for n, d in _items() if n in ("a_nl.txt", "c_ar.txt", "d_nl.txt")])
    assert len(calls) == 2  # nl and ar, whatever the number of articles
    sent = {s for call in calls for s in call}
    words = {w for s in sent for w in s.split()}  # a sentence over the 64-token limit goes in chunks
    for article in articles:
        assert article.title in sent
        assert {w for s in article.sentences for w in s.src.split()} <= words


def test_an_engine_failure_fails_only_the_guilty_article(tiny_registry, monkeypatch):
    from translate.engines.ct2 import CT2Translator

    original = CT2Translator.translate
    attempts: list[int] = []

    def fragile(self, sentences, progress=None):
        attempts.append(len(sentences))
        if POISON in sentences:
            raise RuntimeError("CUDA out of memory (injected)")
        return original(self, sentences, progress=progress)

    options = RunOptions(command="summarise", models_file=str(tiny_registry), engine="ctranslate2", use_cache=False)
    clean = [r for r in _records(Pipeline(options).process_many(_items())) if r["source"] != "g_nl.txt"]
    monkeypatch.setattr(CT2Translator, "translate", fragile)
    batch = Pipeline(options).process_many(_items())
    guilty = [a for a in batch if a.source == "g_nl.txt"][0]
    # as it would alone: an unexpected engine exception is an internal error of that article
    assert guilty.error["type"] == "internal"
    assert "RuntimeError: CUDA out of memory (injected)" in guilty.error["message"]
    assert [r for r in _records(batch) if r["source"] != "g_nl.txt"] == clean
    assert len(attempts) > 2  # the failing call was split, not given up on


def test_a_slow_article_in_a_batch_fails_at_the_time_limit_alone(tiny_registry, monkeypatch):
    """The shared engine call gets its articles' limits together; when it runs over, each article is redone
    under its own limit, so only the slow one fails (issue 12 item 6 under batching, issue 13)."""
    import time

    from translate.engines.ct2 import CT2Translator

    original = CT2Translator.translate

    def stalls_on_poison(self, sentences, progress=None):
        if POISON in sentences:
            time.sleep(30)  # interruptible, as Python-level work is; one C call would only fail on return
        return original(self, sentences, progress=progress)

    monkeypatch.setattr(CT2Translator, "translate", stalls_on_poison)
    options = RunOptions(command="translate", models_file=str(tiny_registry), engine="ctranslate2", use_cache=False,
                         time_limit=1.0)
    items = [(name, data) for name, data in _items() if name in ("a_nl.txt", "d_nl.txt", "g_nl.txt")]
    Pipeline(options).process_many(items[:1])  # load the model first: loading does not count, but takes time
    started = time.monotonic()
    batch = {a.source: a for a in Pipeline(options).process_many(items)}
    assert time.monotonic() - started < 20
    assert batch["g_nl.txt"].error["type"] == "time_limit"
    assert batch["a_nl.txt"].error is None and batch["a_nl.txt"].sentences
    assert batch["d_nl.txt"].error is None and batch["d_nl.txt"].sentences


def test_an_english_quote_in_a_dutch_article_is_kept_not_translated(env, folder):  # noqa: F811
    path = folder / "quote_nl.txt"
    path.write_text(DUTCH_WITH_QUOTE, encoding="utf-8")
    result = invoke("translate", str(path), "--engine", "cli-fake", "--format", "json")
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["language"] == "nl"
    quoted = f'"{QUOTE}"'  # the sentence keeps its quotation marks
    quote = [s for s in record["sentences"] if s["src"] == quoted]
    assert quote == [{"paragraph": 1, "src": quoted, "en": quoted, "score": None, "lang": "en"}]
    others = [s for s in record["sentences"] if s["src"] != quoted]
    assert others and all(s["en"] == f"EN: {s['src']}" and "lang" not in s for s in others)
    assert QUOTE in record["text_en"] and f"EN: {QUOTE}" not in record["text_en"]
    assert any("detected as en and kept as they are" in w for w in record["warnings"])


def test_short_or_unclear_sentences_keep_the_article_language():
    from newsbrief.langid import sentence_is_english

    assert not sentence_is_english("Breaking news, zei hij.", "nl")  # too short to judge
    assert not sentence_is_english("De minister van Financiën presenteerde dinsdag de begroting voor het "
                                   "komende jaar in de Tweede Kamer.", "nl")
    assert not sentence_is_english(QUOTE, "en")  # an English article has nothing to switch
    assert sentence_is_english(QUOTE, "nl") and sentence_is_english(QUOTE, "ar")
