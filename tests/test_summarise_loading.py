"""Model resolution: local folders, the hub cache at a pinned revision, offline mode, and the error that says what to do."""

from __future__ import annotations

import shutil

import pytest

from summarise import SummariserNotAvailable, load_summariser, model_size
from summarise.loading import is_cached, pick_device, pull, resolve_model_dir
from tests.fixtures_translate import COMMIT, fake_hub_cache

DISTILBART = "sshleifer/distilbart-cnn-12-6"
UNREACHABLE = "http://127.0.0.1:9"  # the discard port: nothing listens, the connection is refused at once


@pytest.fixture
def no_network(monkeypatch):
    """Online mode (HF_HUB_OFFLINE unset) but a hub that cannot be reached: the slow case for huggingface_hub."""
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.delenv("TRANSFORMERS_OFFLINE", raising=False)
    monkeypatch.setenv("HF_ENDPOINT", UNREACHABLE)


def test_unreachable_hub_names_the_registry_model_and_its_pull_command(no_network, tmp_path):
    with pytest.raises(SummariserNotAvailable) as err:
        load_summariser("seq2seq", source=DISTILBART, revision="a4f8f3ea906ed274767e9906dbaede7531d660ff",
                        cache_dir=str(tmp_path), name="distilbart-cnn")
    message = str(err.value)
    assert message.startswith(f"summariser model distilbart-cnn ({DISTILBART} at revision a4f8f3ea")
    assert f"the hub ({UNREACHABLE}) cannot be reached" in message
    assert "`newsbrief models pull distilbart-cnn`" in message and "NAME" not in message
    with pytest.raises(SummariserNotAvailable, match="`newsbrief models pull distilbart-cnn`"):
        pull(DISTILBART, revision="a4f8f3ea906ed274767e9906dbaede7531d660ff", cache_dir=str(tmp_path),
             name="distilbart-cnn")


def test_cached_snapshot_is_used_without_the_network(no_network, tiny_summary_models, tmp_path):
    snapshot = fake_hub_cache(tmp_path, DISTILBART, tiny_summary_models["bart-sum"])
    for revision in (COMMIT, None):  # the pinned commit, and the cached ref of the default branch
        assert resolve_model_dir(DISTILBART, revision=revision, cache_dir=str(tmp_path)) == snapshot
        assert is_cached(DISTILBART, revision=revision, cache_dir=str(tmp_path))
    weights = (snapshot / "model.safetensors").stat().st_size
    assert model_size(DISTILBART, revision=COMMIT, cache_dir=str(tmp_path)) > weights
    assert model_size(DISTILBART, revision="f" * 40, cache_dir=str(tmp_path)) is None
    summariser = load_summariser("seq2seq", source=DISTILBART, revision=COMMIT, cache_dir=str(tmp_path),
                                 device="cpu", name="distilbart-cnn")
    assert summariser.describe()["model"] == DISTILBART and summariser.path == str(snapshot)
    assert pull(DISTILBART, revision=COMMIT, cache_dir=str(tmp_path)) == snapshot  # cached: nothing to fetch


def test_cached_snapshot_without_weights_is_reported_incomplete(monkeypatch, tiny_summary_models, tmp_path):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    snapshot = fake_hub_cache(tmp_path, DISTILBART, tiny_summary_models["bart-sum"])
    (snapshot / "model.safetensors").unlink()
    with pytest.raises(SummariserNotAvailable, match=r"incomplete.*`newsbrief models pull distilbart-cnn`"):
        resolve_model_dir(DISTILBART, revision=COMMIT, cache_dir=str(tmp_path), name="distilbart-cnn")
    assert not is_cached(DISTILBART, revision=COMMIT, cache_dir=str(tmp_path))


def test_hub_model_missing_offline_names_model_and_fix(monkeypatch, tmp_path):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(SummariserNotAvailable) as err:
        load_summariser("seq2seq", source="sshleifer/distilbart-cnn-12-6",
                        revision="a4f8f3ea906ed274767e9906dbaede7531d660ff", cache_dir=str(tmp_path))
    message = str(err.value)
    assert "sshleifer/distilbart-cnn-12-6" in message and "a4f8f3ea" in message
    assert "newsbrief models pull" in message


def test_local_files_only_never_downloads(tmp_path):
    with pytest.raises(SummariserNotAvailable, match="downloads are off"):
        resolve_model_dir("Qwen/Qwen2.5-1.5B-Instruct", revision="989aa7980e4cf806f80c7fef2b1adb7bc71aa306",
                          cache_dir=str(tmp_path), local_files_only=True)
    assert not is_cached("Qwen/Qwen2.5-1.5B-Instruct", revision="989aa7980e4cf806f80c7fef2b1adb7bc71aa306",
                         cache_dir=str(tmp_path))


def test_pull_refuses_when_offline(monkeypatch, tmp_path):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(SummariserNotAvailable, match="HF_HUB_OFFLINE"):
        pull("sshleifer/distilbart-cnn-12-6", revision="a4f8f3ea906ed274767e9906dbaede7531d660ff",
             cache_dir=str(tmp_path))


def test_local_directory_is_used_as_is(tiny_summary_models, tmp_path):
    path = tiny_summary_models["bart-sum"]
    assert resolve_model_dir(str(path)) == path
    assert is_cached(str(path))
    broken = tmp_path / "broken"
    shutil.copytree(path, broken)
    (broken / "config.json").unlink()
    with pytest.raises(SummariserNotAvailable, match="no config.json"):
        resolve_model_dir(str(broken))


def test_device_choice():
    import torch

    assert pick_device("cpu") == "cpu"
    assert pick_device("auto") == ("cuda" if torch.cuda.is_available() else "cpu")
    if not torch.cuda.is_available():
        with pytest.raises(SummariserNotAvailable, match="no CUDA GPU"):
            pick_device("cuda")
    with pytest.raises(SummariserNotAvailable, match="unknown device"):
        pick_device("tpu")


def test_stage_never_imports_newsbrief_or_translate():
    import ast
    from pathlib import Path

    import summarise

    for path in Path(summarise.__file__).parent.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            for name in names:
                assert not name.startswith(("newsbrief", "translate", "click", "rich")), (path.name, name)
            if isinstance(node, ast.keyword) and node.arg == "trust_remote_code":
                assert isinstance(node.value, ast.Constant) and node.value.value is False, path.name


# distilbart-cnn-12-6's files at the pinned revision: five weight formats, ~5 GB in all; a summariser loads one
DISTILBART_FILES = [".gitattributes", "README.md", "config.json", "flax_model.msgpack", "merges.txt",
                    "pytorch_model.bin", "rust_model.ot", "tf_model.h5", "tokenizer_config.json", "vocab.json"]


@pytest.mark.parametrize("listing, weights", [
    (DISTILBART_FILES, "pytorch_model.bin"),  # no safetensors at this revision: the torch .bin
    (DISTILBART_FILES + ["model.safetensors"], "model.safetensors"),  # safetensors present: never the .bin too
])
def test_pull_fetches_only_what_a_summariser_loads(monkeypatch, tmp_path, listing, weights):
    """The network boundary is replaced (no hub here): the hub's listing is given, and the fake download writes the
    files the real snapshot_download would select with the patterns pull passes."""
    import huggingface_hub
    from huggingface_hub.utils import filter_repo_objects

    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.setattr("summarise.loading.hub_reachable", lambda: True)
    monkeypatch.setattr(huggingface_hub.HfApi, "list_repo_files", lambda self, repo, revision=None: list(listing))
    real_snapshot_download = huggingface_hub.snapshot_download
    fetched: list[str] = []

    def fake_snapshot_download(repo_id, *, revision=None, cache_dir=None, local_files_only=False,
                               allow_patterns=None, tqdm_class=None, **_):
        if local_files_only:  # the cache-first look-up: the real function, on the empty cache
            return real_snapshot_download(repo_id, revision=revision, cache_dir=cache_dir, local_files_only=True,
                                          allow_patterns=allow_patterns)
        snapshot = tmp_path / "snapshot"
        for name in filter_repo_objects(listing, allow_patterns=allow_patterns):
            fetched.append(name)
            (snapshot / name).parent.mkdir(parents=True, exist_ok=True)
            (snapshot / name).write_text("{}")
        return str(snapshot)

    monkeypatch.setattr(huggingface_hub, "snapshot_download", fake_snapshot_download)
    path = pull(DISTILBART, revision="a4f8f3ea906ed274767e9906dbaede7531d660ff", cache_dir=str(tmp_path / "cache"),
                name="distilbart-cnn")
    assert path == tmp_path / "snapshot"
    assert sorted(fetched) == sorted(["config.json", "merges.txt", "tokenizer_config.json", "vocab.json", weights])
