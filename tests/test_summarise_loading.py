"""Model resolution: local folders, the hub cache at a pinned revision, offline mode, and the error that says what to do."""

from __future__ import annotations

import shutil

import pytest

from summarise import SummariserNotAvailable, load_summariser
from summarise.loading import is_cached, pick_device, pull, resolve_model_dir


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
