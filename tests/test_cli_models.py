"""`newsbrief models list|pull|doctor`, and translate/summarise end to end on tiny real models.

The tiny Marian/NLLB models (engineer B's builder, session fixture `tiny_translation_models`)
have random weights but the real file formats, so these runs go through the real
transformers and CTranslate2 loading, conversion and generation code behind the CLI.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.fixtures_cli import invoke
from tests import cli_fakes
from tests.cli_articles import ARABIC, DUTCH, ENGLISH, write
from tests.fixtures_translate import COMMIT, fake_hub_cache


@pytest.fixture
def tiny_registry(tmp_path, monkeypatch, tiny_translation_models, translation_hf_cache) -> Path:
    models = tiny_translation_models
    text = f"""\
version: 1
defaults: {{engine: auto, device: cpu, beam: 2}}
translation:
  nl: tiny-nl
  ar: tiny-ar
fallback: tiny-nllb
translation_models:
  tiny-nl: {{family: marian, source: {models['marian-nl-en']}, max_input_tokens: 64}}
  tiny-ar: {{family: marian, source: {models['marian-ar-en']}, max_input_tokens: 64}}
  tiny-nllb:
    family: nllb
    source: {models['nllb']}
    language_codes: {{nl: nld_Latn, ar: arb_Arab, de: deu_Latn}}
summarisers:
  default: extractive
  models:
    extractive: {{kind: extractive}}
"""
    path = write(tmp_path, "models.yaml", text)
    monkeypatch.setenv("NEWSBRIEF_MODELS", str(path))
    monkeypatch.setenv("NEWSBRIEF_CACHE_DIR", str(tmp_path / "nbcache"))
    monkeypatch.setenv("HF_HUB_CACHE", str(translation_hf_cache))  # CT2 conversions land here
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    return path


@pytest.fixture
def folder(tmp_path):
    src = tmp_path / "in"
    write(src, "a_nl.txt", DUTCH)
    write(src, "b_ar.txt", ARABIC)
    write(src, "c_en.txt", ENGLISH)
    return src


@pytest.mark.parametrize("engine", ["transformers", "ctranslate2"])
def test_summarise_folder_on_tiny_models(tiny_registry, folder, tmp_path, engine):
    out = tmp_path / f"out-{engine}"
    result = invoke("summarise", str(folder), "--engine", engine, "-o", str(out), "--json", "--bullets", "3")
    assert result.exit_code == 0, result.stderr
    recs = {Path(r["source"]).name: r for r in map(json.loads, result.stdout.splitlines())}
    assert set(recs) == {"a_nl.txt", "b_ar.txt", "c_en.txt"}
    for name in ("a_nl.txt", "b_ar.txt"):
        record = recs[name]
        assert record["error"] is None
        translation = record["models"]["translation"]
        assert translation["engine"] == engine and translation["device"] == "cpu"
        assert translation["name"] == ("tiny-nl" if name == "a_nl.txt" else "tiny-ar")
        assert record["sentences"] and all(isinstance(s["en"], str) for s in record["sentences"])
        assert all(isinstance(s["score"], float) for s in record["sentences"])
        assert len(record["takeaways"]) <= 3
        assert (out / name.replace(".txt", ".json")).is_file()
    assert recs["c_en.txt"]["models"]["translation"]["identity"] is True


def test_nllb_fallback_serves_a_language_without_its_own_model(tiny_registry, tmp_path):
    german = write(tmp_path, "de.txt", "Die Stadt baut eine neue Brücke über den Fluss.\n\nDer Stadtrat hat am "
                   "Dienstag beschlossen, eine neue Brücke für Fußgänger zu bauen, sagte der Bürgermeister.\n")
    result = invoke("translate", str(german), "--engine", "transformers", "--json")
    assert result.exit_code == 0, result.stderr
    (record,) = map(json.loads, result.stdout.splitlines())
    assert record["language"] == "de"
    assert record["models"]["translation"]["name"] == "tiny-nllb"
    assert record["models"]["translation"]["fallback"] is True


def test_models_list_shows_cached_local_models_with_sizes(tiny_registry):
    result = invoke("models", "list", "--json")
    assert result.exit_code == 0, result.stderr
    rows = {row["name"]: row for row in map(json.loads, result.stdout.splitlines())}
    assert set(rows) == {"tiny-nl", "tiny-ar", "tiny-nllb", "extractive"}
    assert rows["tiny-nl"]["cached"] is True and rows["tiny-nl"]["size_bytes"] > 0
    assert rows["tiny-nl"]["serves"] == "nl"
    assert rows["tiny-nllb"]["serves"].startswith("fallback (3 languages)")
    assert rows["extractive"]["source"] == "built-in" and rows["extractive"]["cached"] is True
    table = invoke("models", "list")
    assert table.stdout.splitlines()[0].split() == ["name", "kind", "serves", "source", "revision", "cached",
                                                    "size"]
    assert len(table.stdout.splitlines()) == 5


def test_models_pull_converts_a_local_model_for_ctranslate2(tiny_registry):
    result = invoke("models", "pull", "tiny-ar", "--engine", "ctranslate2")
    assert result.exit_code == 0, result.stderr
    assert "newsbrief: pulled tiny-ar" in result.stderr
    rows = {row["name"]: row for row in map(json.loads, invoke("models", "list", "--json").stdout.splitlines())}
    assert rows["tiny-ar"]["cached"] is True


def test_models_pull_unknown_name_is_a_usage_error(tiny_registry):
    result = invoke("models", "pull", "opus-mt-xx-en")
    assert result.exit_code == 2
    assert result.stderr.strip() == ("newsbrief: error: unknown model 'opus-mt-xx-en'; configured: extractive, "
                                     "tiny-ar, tiny-nl, tiny-nllb")


def test_models_pull_failure_is_one_line_and_exit_1(tmp_path, monkeypatch):
    registry = cli_fakes.fake_environment(tmp_path, monkeypatch)  # sources ./fake-nl etc. do not exist
    result = invoke("models", "pull", "fake-nl", "--models", str(registry))
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("newsbrief: error: fake-nl: ")


def test_models_doctor_reports_environment_and_registry(tiny_registry):
    result = invoke("models", "doctor", "--json")
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["newsbrief"] == "0.1.0"
    assert "(ok: 3 translation models, 1 summarisers)" in report["registry"]
    assert report["offline"] is True and report["hub_reachable"] is False
    assert report["cpus_available"] >= 1
    assert "versions.ctranslate2" in report
    text = invoke("models", "doctor")
    assert any(line.startswith("hub_reachable") and line.endswith("no") for line in text.stdout.splitlines())


def test_models_doctor_names_an_invalid_registry(tmp_path):
    bad = write(tmp_path, "bad.yaml", "version: 2\n")
    result = invoke("models", "doctor", "--models", str(bad), "--json")
    assert "INVALID" in json.loads(result.stdout)["registry"]
    assert result.exit_code == 2


def test_stdin_summary_with_tiny_models(tiny_registry):
    result = invoke("summarise", "-", "--json", "--engine", "transformers", input=DUTCH.encode())
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["language"] == "nl"


def test_summariser_missing_without_network_names_its_pull_command(tmp_path, monkeypatch):
    """The shipped registry's distilbart-cnn, not cached, hub unreachable (not HF_HUB_OFFLINE): the article fails
    with the registry name and the command that fixes it."""
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.delenv("NEWSBRIEF_MODELS", raising=False)
    monkeypatch.setenv("HF_ENDPOINT", "http://127.0.0.1:9")
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "empty-hub-cache"))
    article = write(tmp_path, "en.txt", ENGLISH)
    result = invoke("summarise", str(article), "--summariser", "distilbart-cnn", "--json")
    assert result.exit_code == 1
    (record,) = map(json.loads, result.stdout.splitlines())
    assert record["error"]["type"] == "model_missing"
    message = record["error"]["message"]
    assert message.startswith("summariser model distilbart-cnn (sshleifer/distilbart-cnn-12-6 at revision ")
    assert "cannot be reached" in message and "`newsbrief models pull distilbart-cnn`" in message


@pytest.fixture
def summariser_registry(tmp_path, monkeypatch, tiny_translation_models, tiny_summary_models) -> Path:
    """Summarisers of every kind of availability: built in, a local folder, a cached hub snapshot, not cached."""
    hub_cache = tmp_path / "hub"
    fake_hub_cache(hub_cache, "sshleifer/distilbart-cnn-12-6", tiny_summary_models["bart-sum"])
    text = f"""\
version: 1
translation: {{nl: tiny-nl}}
translation_models:
  tiny-nl: {{family: marian, source: {tiny_translation_models['marian-nl-en']}}}
summarisers:
  default: extractive
  models:
    extractive: {{kind: extractive}}
    bart-local: {{kind: seq2seq, source: {tiny_summary_models['bart-sum']}}}
    bart-cached: {{kind: seq2seq, source: sshleifer/distilbart-cnn-12-6, revision: {COMMIT}}}
    qwen-missing: {{kind: instruct, source: Qwen/Qwen2.5-1.5B-Instruct, revision: {"f" * 40}}}
"""
    path = write(tmp_path, "models.yaml", text)
    monkeypatch.setenv("NEWSBRIEF_MODELS", str(path))
    monkeypatch.setenv("HF_HUB_CACHE", str(hub_cache))
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.setenv("HF_ENDPOINT", "http://127.0.0.1:9")  # unreachable: nothing may need the network here
    return path


def test_models_list_summarisers_cached_and_sized_by_the_stage(summariser_registry, tiny_summary_models):
    rows = {row["name"]: row for row in map(json.loads, invoke("models", "list", "--json").stdout.splitlines())}
    assert rows["extractive"]["cached"] is True and rows["extractive"]["size_bytes"] is None
    local = tiny_summary_models["bart-sum"]
    assert rows["bart-local"]["cached"] is True
    assert rows["bart-local"]["size_bytes"] == sum(f.stat().st_size for f in local.iterdir() if f.is_file())
    assert rows["bart-cached"]["cached"] is True
    assert rows["bart-cached"]["size_bytes"] == rows["bart-local"]["size_bytes"]  # the same files, via symlinks
    assert rows["bart-cached"]["revision"] == COMMIT and rows["bart-cached"]["kind"] == "summariser (seq2seq)"
    assert rows["qwen-missing"]["cached"] is False and rows["qwen-missing"]["size"] is None


def test_models_pull_summarisers_cached_is_a_no_op_missing_names_the_fix(summariser_registry):
    result = invoke("models", "pull", "bart-cached", "bart-local", "extractive")
    assert result.exit_code == 0, result.stderr
    assert [line for line in result.stderr.splitlines() if line.startswith("newsbrief: pulled")] == [
        "newsbrief: pulled bart-cached", "newsbrief: pulled bart-local", "newsbrief: pulled extractive"]
    failed = invoke("models", "pull", "qwen-missing")
    assert failed.exit_code == 1
    (line,) = failed.stderr.strip().splitlines()
    assert line.startswith("newsbrief: error: qwen-missing: summariser model qwen-missing (Qwen/Qwen2.5-1.5B-Instruct")
    # what failed and what to do; not "run `newsbrief models pull qwen-missing`", the command just run (issue 12)
    assert "not cached and cannot be downloaded" in line and "cannot be reached" in line
    assert "models pull" not in line and "connect and run again" in line
