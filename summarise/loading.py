"""Finding a summariser model on disk: a local directory, or a hub snapshot at a pinned revision.

The hub is only contacted when allowed: `local_files_only=True` or HF_HUB_OFFLINE=1 means "cache only". A model
that is not there raises `SummariserNotAvailable` naming the model and the fix (`newsbrief models pull NAME`).
Remote code is never executed (`trust_remote_code=False` everywhere): the summarisers use stock architectures.
"""

from __future__ import annotations

import os
from pathlib import Path

from summarise.errors import SummariserNotAvailable

# What a summariser needs from a hub repo: configs, tokenizer files, chat templates and the weights. safetensors is
# preferred; *.bin only for repos that have no safetensors at the pinned revision (distilbart-cnn at main), and
# transformers loads those with torch.load(weights_only=True), which refuses arbitrary pickled objects.
ALLOW_PATTERNS = ["*.json", "*.txt", "*.model", "*.jinja", "*.safetensors", "*.safetensors.index.json"]
BIN_PATTERNS = ["pytorch_model*.bin", "pytorch_model.bin.index.json"]


def hub_offline() -> bool:
    return os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in {"1", "true", "yes", "on"}


def is_local_source(source: str) -> bool:
    return source.startswith((".", "/", "~")) or Path(source).expanduser().is_dir()


def _has_weights(path: Path) -> bool:
    return any(path.glob("*.safetensors")) or any(path.glob("pytorch_model*.bin"))


def _missing(source: str, revision: str | None, why: str) -> SummariserNotAvailable:
    at = f" at revision {revision}" if revision else ""
    return SummariserNotAvailable(
        f"summariser model {source}{at} is not available ({why}); download it once with "
        f"`newsbrief models pull NAME` (NAME from models.yaml) on a connected machine, or use --summariser extractive"
    )


def resolve_model_dir(source: str, *, revision: str | None = None, cache_dir: str | None = None,
                      local_files_only: bool = False) -> Path:
    """The local directory holding the model, downloading it first when that is allowed."""
    if is_local_source(source):
        path = Path(source).expanduser()
        if not (path / "config.json").is_file():
            raise SummariserNotAvailable(
                f"summariser model directory {path} has no config.json; point `source` in models.yaml at a folder "
                "saved with save_pretrained (or a hub id)"
            )
        return path
    offline = local_files_only or hub_offline()
    path = _snapshot(source, revision=revision, cache_dir=cache_dir, offline=offline)
    if not (path / "config.json").is_file() or not _has_weights(path):
        raise _missing(source, revision, "the cached snapshot is incomplete")
    return path


def _snapshot(source: str, *, revision: str | None, cache_dir: str | None, offline: bool, progress=None) -> Path:
    from huggingface_hub import snapshot_download
    from huggingface_hub.errors import (
        GatedRepoError,
        HfHubHTTPError,
        LocalEntryNotFoundError,
        RepositoryNotFoundError,
        RevisionNotFoundError,
    )

    try:
        path = Path(snapshot_download(source, revision=revision, cache_dir=cache_dir, local_files_only=offline,
                                      allow_patterns=ALLOW_PATTERNS))
        if not offline and not any(path.glob("*.safetensors")):
            path = Path(snapshot_download(source, revision=revision, cache_dir=cache_dir,
                                          allow_patterns=ALLOW_PATTERNS + BIN_PATTERNS))
    except LocalEntryNotFoundError:
        why = "not in the local cache and downloads are off" if offline else "not cached and the hub is unreachable"
        raise _missing(source, revision, why) from None
    except (RepositoryNotFoundError, GatedRepoError) as exc:
        raise _missing(source, revision, f"no such repository or no access: {type(exc).__name__}") from None
    except RevisionNotFoundError:
        raise _missing(source, revision, "the pinned revision does not exist on the hub") from None
    except (HfHubHTTPError, OSError) as exc:
        raise _missing(source, revision, f"download failed: {type(exc).__name__}: {exc}") from None
    return path


def is_cached(source: str, *, revision: str | None = None, cache_dir: str | None = None) -> bool:
    """Whether the model can be loaded without the network."""
    try:
        resolve_model_dir(source, revision=revision, cache_dir=cache_dir, local_files_only=True)
    except SummariserNotAvailable:
        return False
    return True


def pull(source: str, *, revision: str | None = None, cache_dir: str | None = None) -> Path:
    """Download (or verify) the model's files at `revision`; returns the snapshot directory."""
    if is_local_source(source):
        return resolve_model_dir(source)
    if hub_offline():
        raise _missing(source, revision, "HF_HUB_OFFLINE is set")
    return _snapshot(source, revision=revision, cache_dir=cache_dir, offline=False)


def size_on_disk(path: Path) -> int:
    return sum(p.stat().st_size for p in Path(path).rglob("*") if p.is_file())


def pick_device(device: str) -> str:
    """"auto" -> "cuda" when a GPU is usable, else "cpu"; explicit "cuda" without a GPU is an error."""
    import torch

    if device == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    if device == "cuda" and not torch.cuda.is_available():
        raise SummariserNotAvailable("device 'cuda' was asked for but no CUDA GPU is usable; use --device cpu or auto")
    if device not in ("cpu", "cuda"):
        raise SummariserNotAvailable(f"unknown device {device!r}; choose auto, cpu or cuda")
    return device


def quiet_transformers() -> None:
    """The stage never prints: silence transformers' progress bars and advisory warnings."""
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    hf_logging.set_verbosity_error()
