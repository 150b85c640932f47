"""Model management helpers behind `newsbrief models list|pull|doctor`."""

from __future__ import annotations

import pytest

from translate import EngineSettings, ModelNotAvailable
from translate.convert import converted_dir, is_converted
from translate.hub import environment_report, hub_reachable, is_cached, pull, size_on_disk
from tests.fixtures_translate import COMMIT, fake_hub_cache


def test_pull_of_a_cached_model_converts_it_and_size_grows(tiny_translation_models, tmp_path, monkeypatch):
    monkeypatch.setenv("HF_ENDPOINT", "http://127.0.0.1:9")  # no hub: pull must still convert what is cached
    cache = tmp_path / "hub"
    fake_hub_cache(cache, "facebook/nllb-200-distilled-600M", tiny_translation_models["nllb"])
    s = EngineSettings("facebook/nllb-200-distilled-600M", COMMIT, "nllb", src_code="arb_Arab", engine="auto",
                       device="cpu", cache_dir=str(cache), name="nllb-200-distilled-600M")
    assert is_cached(s)
    before = size_on_disk(s)
    model_dir = pull(s)
    assert is_converted(converted_dir(s, model_dir, "int8"))
    assert size_on_disk(s) > before


def test_pull_without_hub_names_the_model(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_ENDPOINT", "http://127.0.0.1:9")
    s = EngineSettings("Helsinki-NLP/opus-mt-nl-en", COMMIT, "marian", cache_dir=str(tmp_path), name="opus-mt-nl-en")
    with pytest.raises(ModelNotAvailable, match="opus-mt-nl-en.*cannot be reached"):
        pull(s, progress=lambda done, total: None)


def test_environment_report(monkeypatch, tmp_path):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    report = environment_report(str(tmp_path))
    assert report["offline"] is True and report["hub_reachable"] is False
    assert report["cache_dir"] == str(tmp_path)
    assert report["versions"]["transformers"] and report["versions"]["ctranslate2"]
    assert report["cpus_available"] >= 1
    assert report["default_engine_cpu"] == "ctranslate2"
    assert report["cuda_available"] in (True, False)
    assert hub_reachable() is False


def test_a_pull_request_ref_loads_offline_and_its_conversion_is_keyed_by_the_resolved_commit(
        tiny_translation_models, tmp_path, monkeypatch):
    # models.yaml pins opus-mt-tc-big-ar-en at refs/pr/7: the cache must resolve that ref with no network, and the
    # CTranslate2 copy must be named by the commit it resolved to (no "refs/pr/7" path pieces, and a new
    # conversion if the ref ever moves).
    from translate.loading import resolve_model_dir

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    cache = tmp_path / "hub"
    snapshot = fake_hub_cache(cache, "Helsinki-NLP/opus-mt-tc-big-ar-en", tiny_translation_models["marian-ar-en"])
    ref = cache / "models--Helsinki-NLP--opus-mt-tc-big-ar-en" / "refs" / "refs" / "pr" / "7"
    ref.parent.mkdir(parents=True)
    ref.write_text(COMMIT)
    s = EngineSettings("Helsinki-NLP/opus-mt-tc-big-ar-en", "refs/pr/7", "marian", cache_dir=str(cache),
                       name="opus-mt-tc-big-ar-en")
    model_dir = resolve_model_dir(s)
    assert model_dir == snapshot
    target = converted_dir(s, model_dir, "int8")
    assert target.name == f"Helsinki-NLP--opus-mt-tc-big-ar-en@{COMMIT[:12]}-int8"
    from translate.engines.common import describe

    info = describe(s, engine="ctranslate2", device="cpu", compute_type="int8", threads=1, model_dir=model_dir)
    assert info["revision"] == "refs/pr/7" and info["commit"] == COMMIT  # in the record and the cache key
