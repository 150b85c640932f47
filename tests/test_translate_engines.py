"""The real transformers and CTranslate2 code paths on tiny random-weight models with the real file formats."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from translate import (
    EngineSettings,
    ModelNotAvailable,
    TranslateError,
    TranslationCache,
    load_translator,
    translate_document,
)
from translate import convert as convert_mod
from translate.engines.ct2 import CT2Translator
from translate.engines.hf import HFTranslator
from tests.fixtures_translate import COMMIT, fake_hub_cache

ENGINES = ["transformers", "ctranslate2"]
DUTCH = ["Dit is een zin.", "Volgens dhr. Jansen is de prijs gestegen met 12 procent.", "Kort.",
         "De minister van Defensie bezocht dinsdag de kazerne in Amersfoort, zei mevr. De Vries."]


def settings_for(models, name, hf_cache, **kw) -> EngineSettings:
    family = "nllb" if name == "nllb" else "marian"
    if family == "nllb":
        kw.setdefault("src_code", "nld_Latn")
    kw.setdefault("threads", 1)
    return EngineSettings(str(models[name]), None, family, cache_dir=str(hf_cache), name=f"tiny-{name}", **kw)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("model", ["marian-nl-en", "marian-ar-en", "nllb"])
def test_load_and_translate_keeps_order(tiny_translation_models, translation_hf_cache, engine, model):
    translator = load_translator(settings_for(tiny_translation_models, model, translation_hf_cache, engine=engine))
    assert isinstance(translator, HFTranslator if engine == "transformers" else CT2Translator)
    info = translator.describe()
    assert info["engine"] == engine and info["device"] == "cpu" and info["threads"] == 1
    assert info["compute_type"] == ("float32" if engine == "transformers" else "int8")
    out = translator.translate(DUTCH)
    assert len(out) == len(DUTCH)
    # random weights: beam search may settle on a hypothesis of special tokens only ("" once decoded) for a
    # sentence, depending on its output cap; most sentences still produce text
    assert all(isinstance(t.text, str) for t in out) and sum(bool(t.text) for t in out) >= len(out) - 1
    assert all(t.score is not None and t.score < 0 for t in out)
    # order restored after length sorting: the same inputs reversed give the same outputs reversed
    again = translator.translate(list(reversed(DUTCH)))
    assert [t.text for t in again] == [t.text for t in reversed(out)]


@pytest.mark.parametrize("model", ["marian-nl-en", "nllb"])
def test_both_engines_agree_at_float32_greedy(tiny_translation_models, translation_hf_cache, model):
    """Same tokenisation, prefixes and decoding in both engines: the same greedy output at float32.

    Random weights never choose </s>, so both run to the cap; transformers then forces </s> into the last
    slot (opus-mt's forced_eos_token_id) where CTranslate2 emits one more token: compare as prefix.
    """
    outs = []
    for engine in ENGINES:
        s = settings_for(tiny_translation_models, model, translation_hf_cache, engine=engine, beam=1,
                         compute_type="float32" if engine == "ctranslate2" else None)
        outs.append([t.text for t in load_translator(s).translate(DUTCH[:3])])
    hf, ct2 = outs
    if model.startswith("marian"):
        assert len(set(hf)) == 3  # inputs matter: not one string for everything
    for a, b in zip(hf, ct2):
        assert len(a) > 10 and b.startswith(a[: len(a) - 3])


def test_nllb_uses_language_codes(tiny_translation_models, translation_hf_cache):
    translator = load_translator(settings_for(tiny_translation_models, "nllb", translation_hf_cache,
                                              engine="ctranslate2", src_code="arb_Arab"))
    tokens = translator.tokenize(["هل جاء الرئيس؟"])[0]
    assert tokens[0] == "arb_Arab" and tokens[-1] == "</s>"
    assert translator.target_prefix == ["eng_Latn"]
    with pytest.raises(TranslateError, match="xyz_Latn"):
        load_translator(settings_for(tiny_translation_models, "nllb", translation_hf_cache,
                                     engine="transformers", src_code="xyz_Latn"))


def test_output_is_capped_relative_to_source_and_warned(tiny_translation_models, translation_hf_cache):
    # random weights never emit </s> on purpose: every sentence runs into the cap, which must hold
    s = settings_for(tiny_translation_models, "marian-nl-en", translation_hf_cache, engine="ctranslate2",
                     output_ratio=1.0, output_slack=2)
    translator = load_translator(s)
    tokens = translator.count_tokens(["Kort."])[0]
    result = translator.translate(["Kort."])[0]
    assert result.capped
    assert len(translator.tokenizer(text_target=result.text)["input_ids"]) <= s.output_cap(tokens) + 2
    doc = translate_document(["Kort."], "nl", translator)
    assert any("cap" in w and "Kort." in w for w in doc.warnings)


@pytest.mark.parametrize("engine", ENGINES)
def test_sentence_over_the_input_limit_is_chunked_with_the_real_tokenizer(
        tiny_translation_models, translation_hf_cache, engine):
    s = settings_for(tiny_translation_models, "marian-nl-en", translation_hf_cache, engine=engine,
                     max_input_tokens=24)
    translator = load_translator(s)
    long = ("Het kabinet trekt extra geld uit voor defensie, onderwijs en zorg, zo maakte de minister bekend; "
            "de oppositie reageerde kritisch en eist een debat in de Tweede Kamer volgende week.")
    assert translator.count_tokens([long])[0] > 24
    seen: list[str] = []
    original = translator.translate

    def spy(sentences):
        seen.extend(sentences)
        return original(sentences)

    translator.translate = spy
    doc = translate_document(["Eerst dit. " + long + " En dan dit."], "nl", translator)
    assert [a.src for a in doc.sentences] == ["Eerst dit.", long, "En dan dit."]
    chunks = [c for c in seen if c not in ("Eerst dit.", "En dan dit.")]
    assert len(chunks) > 1
    assert all(n <= 24 for n in translator.count_tokens(chunks))
    assert " ".join(sorted(chunks, key=long.index)).split() == long.split()  # every word once, none cut
    assert any("input limit" in w for w in doc.warnings)


def test_cache_with_a_real_engine(tiny_translation_models, translation_hf_cache, tmp_path):
    translator = load_translator(settings_for(tiny_translation_models, "marian-ar-en", translation_hf_cache,
                                              engine="ctranslate2"))
    cache = TranslationCache(tmp_path / "cache.sqlite")
    text = ["هل جاء الرئيس؟ نعم، جاء أمس.", "في عام ٢٠٢٤ ارتفع العدد."]
    first = translate_document(text, "ar", translator, cache=cache)
    assert len(first.sentences) == 3 and len(cache) == 3

    def boom(sentences):
        raise AssertionError(f"engine called for {sentences}")

    translator.translate = boom
    second = translate_document(text, "ar", translator, cache=cache)
    assert [a.en for a in second.sentences] == [a.en for a in first.sentences]


# --- loading: local dirs, the offline hub cache layout, errors ---------------------------------------

@pytest.mark.parametrize("engine", ENGINES)
def test_offline_hub_cache_is_used_with_hf_hub_offline(tiny_translation_models, tmp_path, monkeypatch, engine):
    cache = tmp_path / "hub"
    fake_hub_cache(cache, "Helsinki-NLP/opus-mt-nl-en", tiny_translation_models["marian-nl-en"])
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    s = EngineSettings("Helsinki-NLP/opus-mt-nl-en", COMMIT, "marian", engine=engine, cache_dir=str(cache),
                       name="opus-mt-nl-en", threads=1)
    translator = load_translator(s)
    assert translator.describe()["revision"] == COMMIT
    assert translator.translate(["Dit is een zin."])[0].text

    from translate.hub import is_cached, size_on_disk

    assert is_cached(s)
    assert size_on_disk(s) > 0


def test_missing_hub_model_names_the_pull_command(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    s = EngineSettings("Helsinki-NLP/opus-mt-nl-en", COMMIT, "marian", engine="transformers",
                       cache_dir=str(tmp_path), name="opus-mt-nl-en")
    with pytest.raises(ModelNotAvailable, match=r"run `newsbrief models pull opus-mt-nl-en`"):
        load_translator(s)
    from translate.hub import is_cached, size_on_disk

    assert not is_cached(s) and size_on_disk(s) is None


def test_missing_hub_model_without_network_names_the_pull_command(tmp_path, monkeypatch):
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.setenv("HF_ENDPOINT", "http://127.0.0.1:9")  # nothing listens on the discard port
    s = EngineSettings("Helsinki-NLP/opus-mt-tc-big-ar-en", COMMIT, "marian", engine="ctranslate2",
                       cache_dir=str(tmp_path), name="opus-mt-tc-big-ar-en")
    with pytest.raises(ModelNotAvailable, match=r"opus-mt-tc-big-ar-en.*newsbrief models pull opus-mt-tc-big-ar-en"):
        load_translator(s)


def test_missing_or_corrupt_local_model(tiny_translation_models, tmp_path):
    with pytest.raises(ModelNotAvailable, match="does not exist"):
        load_translator(EngineSettings(str(tmp_path / "nope"), None, "marian", engine="transformers"))
    broken = tmp_path / "broken"
    shutil.copytree(tiny_translation_models["marian-nl-en"], broken)
    (broken / "config.json").write_text("{not json")
    with pytest.raises(ModelNotAvailable, match="corrupt.*newsbrief models pull tiny"):
        load_translator(EngineSettings(str(broken), None, "marian", engine="ctranslate2", name="tiny"))
    (broken / "config.json").write_text((tiny_translation_models["marian-nl-en"] / "config.json").read_text())
    (broken / "model.safetensors").unlink()
    with pytest.raises(ModelNotAvailable, match="no weights"):
        load_translator(EngineSettings(str(broken), None, "marian", engine="transformers"))


# --- CTranslate2 conversion cache ------------------------------------------------------------------


def test_conversion_is_cached_reused_and_interrupted_ones_redone(tiny_translation_models, tmp_path, monkeypatch):
    model = tmp_path / "model"
    shutil.copytree(tiny_translation_models["marian-ar-en"], model)
    s = EngineSettings(str(model), None, "marian", engine="ctranslate2", cache_dir=str(tmp_path / "hub"), threads=1)
    target = convert_mod.converted_dir(s, model, "int8")
    assert not target.exists()
    first = load_translator(s)
    assert first.ct2_dir == target and convert_mod.is_converted(target)
    assert list(target.parent.glob(".*tmp-*")) == []  # no temporary left behind

    # reuse: a second load must not convert again
    calls = []
    import ctranslate2.converters

    class Counting(ctranslate2.converters.TransformersConverter):
        def convert(self, *a, **k):
            calls.append(a)
            return super().convert(*a, **k)

    monkeypatch.setattr(ctranslate2.converters, "TransformersConverter", Counting)
    load_translator(s)
    assert calls == []

    # interrupted: a half-written folder without the completion marker, plus a stale temp dir
    (target / convert_mod.MARKER).unlink()
    (target / "model.bin").write_bytes(b"half")
    stale = target.parent / f".{target.name}.tmp-dead"
    stale.mkdir()
    os.utime(stale, (0, 0))
    translator = load_translator(s)
    assert len(calls) == 1
    assert convert_mod.is_converted(target) and (target / "model.bin").stat().st_size > 4
    assert not stale.exists()
    assert translator.translate(["هل جاء الرئيس؟"])[0].text


def test_interrupted_conversion_never_leaves_a_loadable_half_model(tiny_translation_models, tmp_path, monkeypatch):
    import ctranslate2.converters

    model = tmp_path / "model"
    shutil.copytree(tiny_translation_models["marian-nl-en"], model)
    s = EngineSettings(str(model), None, "marian", engine="ctranslate2", cache_dir=str(tmp_path / "hub"), threads=1)

    class Dies(ctranslate2.converters.TransformersConverter):
        def convert(self, output_dir, *a, **k):
            (Path(output_dir) / "model.bin").write_bytes(b"partial")
            raise RuntimeError("killed mid-conversion")

    monkeypatch.setattr(ctranslate2.converters, "TransformersConverter", Dies)
    with pytest.raises(ModelNotAvailable, match="converting model .* failed.*--engine transformers"):
        load_translator(s)
    target = convert_mod.converted_dir(s, model, "int8")
    assert not target.exists()
    monkeypatch.undo()
    assert load_translator(s).translate(["Kort."])[0].text


def test_threads_follow_affinity_and_cgroup_quota(tmp_path):
    from translate.threads import available_cpus, cgroup_cpu_limit

    (tmp_path / "cpu.max").write_text("150000 100000\n")
    assert cgroup_cpu_limit(tmp_path) == 1.5
    assert available_cpus(tmp_path) == min(2, len(os.sched_getaffinity(0)))
    (tmp_path / "cpu.max").write_text("max 100000\n")
    assert cgroup_cpu_limit(tmp_path) is None
    assert available_cpus(tmp_path) == len(os.sched_getaffinity(0))


def test_rebuilt_local_model_does_not_hit_stale_cache(tiny_translation_models, tmp_path):
    """A local model has no revision: its files' fingerprint is part of the cache key."""
    from translate.cache import model_key

    model = tmp_path / "model"
    shutil.copytree(tiny_translation_models["marian-nl-en"], model)
    s = EngineSettings(str(model), None, "marian", engine="transformers", threads=1)
    before = model_key(load_translator(s).describe())
    weights = model / "model.safetensors"
    os.utime(weights, (weights.stat().st_atime, weights.stat().st_mtime + 10))
    after = model_key(load_translator(s).describe())
    assert before != after
    assert "threads" not in before  # threads do not change a translation: not part of the key


def test_each_sentence_is_tokenised_once(tiny_translation_models, translation_hf_cache):
    translator = load_translator(settings_for(tiny_translation_models, "marian-nl-en", translation_hf_cache,
                                              engine="ctranslate2"))
    calls = []
    real = translator.tokenizer.__class__.__call__

    def counting(self, texts, *a, **k):
        calls.append(list(texts) if isinstance(texts, list) else [texts])
        return real(self, texts, *a, **k)

    translator.tokenizer.__class__.__call__ = counting
    try:
        translate_document(["Een zin die nog niet vertaald is. En nog een andere zin."], "nl", translator)
    finally:
        translator.tokenizer.__class__.__call__ = real
    seen = [t for call in calls for t in call]
    assert sorted(seen) == sorted(set(seen))  # no sentence tokenised twice


@pytest.mark.parametrize("engine", ENGINES)
def test_output_cap_never_exceeds_the_decoder_positions(tiny_translation_models, translation_hf_cache, engine):
    # 2 x 300 + 10 > 512 decoder positions: the cap must be clamped, not crash the engine
    translator = load_translator(settings_for(tiny_translation_models, "marian-ar-en", translation_hf_cache,
                                              engine=engine, beam=1))
    words = 10
    while translator.count_tokens([" ".join(["كلمة"] * words)])[0] < 300:
        words += 10
    long = " ".join(["كلمة"] * words)
    assert 300 <= translator.count_tokens([long])[0] <= translator.max_input_tokens
    result = translator.translate([long])[0]
    assert result.capped and result.text
