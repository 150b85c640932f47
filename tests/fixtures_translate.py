"""Session fixtures for the translation tests: tiny models built once, a private HF cache, engine fakes."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest



@pytest.fixture(scope="session")
def tiny_translation_models(tmp_path_factory) -> dict[str, Path]:
    """Tiny random-weight Marian nl→en, ar→en and NLLB models with the real file formats (built once)."""
    from tiny_models import translation  # scripts/ is on sys.path (pyproject: pytest pythonpath)

    return translation.build_all(tmp_path_factory.mktemp("tiny-translation-models"))


@pytest.fixture(scope="session")
def translation_hf_cache(tmp_path_factory) -> Path:
    """A Hugging Face cache directory private to the test session (CTranslate2 conversions go here)."""
    return tmp_path_factory.mktemp("hf-cache")


COMMIT = "0123456789abcdef0123456789abcdef01234567"


def fake_hub_cache(root: Path, repo_id: str, model_dir: Path) -> Path:
    """The layout huggingface_hub writes: models--org--name/{blobs,refs,snapshots/<commit>}."""
    repo = root / f"models--{repo_id.replace('/', '--')}"
    snapshot = repo / "snapshots" / COMMIT
    snapshot.mkdir(parents=True)
    (repo / "refs").mkdir()
    (repo / "refs" / "main").write_text(COMMIT)
    (repo / "blobs").mkdir()
    for i, f in enumerate(sorted(model_dir.iterdir())):
        blob = repo / "blobs" / f"blob{i}"
        shutil.copy(f, blob)
        (snapshot / f.name).symlink_to(os.path.relpath(blob, snapshot))
    return snapshot
