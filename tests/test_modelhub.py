"""modelhub: the hub helpers both stages import (one copy), and its download failures sorted by what to do."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import pytest
from huggingface_hub import errors as hf_errors

import modelhub

REPO = Path(__file__).resolve().parent.parent


def test_both_stages_use_the_one_copy():
    import summarise.loading
    import translate.hub
    import translate.loading

    for helper in ("hub_offline", "hub_reachable", "is_local_source"):
        assert getattr(translate.loading, helper) is getattr(modelhub, helper), helper
        assert getattr(summarise.loading, helper) is getattr(modelhub, helper), helper
    assert translate.hub.hub_reachable is modelhub.hub_reachable  # the name `doctor` and the tests import
    assert translate.hub.progress_tqdm is modelhub.progress_tqdm


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("package, forbidden", [
    ("modelhub", {"newsbrief", "translate", "summarise"}),  # shared below both stages: imports neither
    ("translate", {"newsbrief", "summarise"}),
    ("summarise", {"newsbrief", "translate"}),
])
def test_dependency_direction(package, forbidden):
    for path in sorted((REPO / package).rglob("*.py")):
        assert not _imports(path) & forbidden, f"{path.relative_to(REPO)} imports {_imports(path) & forbidden}"


def test_the_package_is_in_the_wheel():
    from setuptools import find_packages

    find = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]["find"]
    assert "modelhub" in find_packages(str(REPO), include=find["include"])


def _http_error(kind, message="404"):
    import httpx2

    return kind(message, response=httpx2.Response(404, request=httpx2.Request("GET", "https://huggingface.co/x")))


def _failing_listing(monkeypatch, exc):
    import huggingface_hub

    def fail(self, repo, revision=None):
        raise exc

    monkeypatch.setattr(huggingface_hub.HfApi, "list_repo_files", fail)


@pytest.mark.parametrize("make, reason", [
    (lambda: _http_error(hf_errors.RepositoryNotFoundError), "not_found"),
    (lambda: _http_error(hf_errors.GatedRepoError, "401"), "not_found"),
    (lambda: _http_error(hf_errors.RevisionNotFoundError), "no_revision"),
    (lambda: hf_errors.LocalEntryNotFoundError("offline"), "unreachable"),
    (lambda: OSError(28, "No space left on device"), "failed"),
], ids=["no-repo", "gated", "no-revision", "unreachable", "disk-full"])
def test_download_failures_are_sorted_by_what_to_do(monkeypatch, tmp_path, make, reason):
    exc = make()
    _failing_listing(monkeypatch, exc)
    with pytest.raises(modelhub.HubDownloadError) as info:
        modelhub.download_snapshot("org/model", revision="abc", cache_dir=tmp_path, patterns=["*.json"],
                                   bin_patterns=["pytorch_model.bin"])
    assert info.value.reason == reason and info.value.cause is exc


def test_each_stage_words_a_missing_revision_its_own_way(monkeypatch, tmp_path):
    from summarise.errors import SummariserNotAvailable
    from summarise.loading import pull as pull_summariser
    from translate import EngineSettings, ModelNotAvailable
    from translate.loading import resolve_model_dir

    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.setattr("translate.loading.hub_reachable", lambda: True)
    monkeypatch.setattr("summarise.loading.hub_reachable", lambda: True)
    _failing_listing(monkeypatch, _http_error(hf_errors.RevisionNotFoundError))
    settings = EngineSettings("org/mt", "abc", "marian", cache_dir=str(tmp_path), name="mt")
    with pytest.raises(ModelNotAvailable, match=r"model mt: org/mt at revision abc does not exist on the hub "
                                                r"\(RevisionNotFoundError\); check `source`/`revision`"):
        resolve_model_dir(settings, download=True)
    with pytest.raises(SummariserNotAvailable, match="summariser model sum .*the pinned revision does not exist"):
        pull_summariser("org/sum", revision="abc", cache_dir=str(tmp_path), name="sum")


def test_progress_is_forwarded_in_bytes_and_nothing_is_printed(capsys):
    seen = []
    bar_class = modelhub.progress_tqdm(lambda done, total: seen.append((done, total)))
    bar = bar_class(total=300)
    bar.update(100)
    bar.update(200)
    bar.close()
    assert seen == [(100, 300), (300, 300)]
    assert capsys.readouterr() == ("", "")
    assert modelhub.progress_tqdm(None) is None
