"""Finding a summariser model on disk: a local directory, or a hub snapshot at a pinned revision.

Resolution is cache-first: the local hub cache is consulted without touching the network, and the hub is contacted
only when the model is not cached and downloads are allowed (not `local_files_only`, not HF_HUB_OFFLINE=1) and a quick
TCP probe says the hub answers; huggingface_hub on its own spends ~25 s retrying before it admits there is no network.
A model that cannot be had raises `SummariserNotAvailable` naming the model and the fix (`newsbrief models pull NAME`,
with the registry name when the caller passes `name`). Remote code is never executed (`trust_remote_code=False`
everywhere): the summarisers use stock architectures.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable

from modelhub import HubDownloadError, download_snapshot, hub_cache_dir, hub_offline, hub_reachable, is_local_source
from summarise.errors import SummariserNotAvailable

# What a summariser needs from a hub repo: configs, tokenizer files, chat templates and the weights. safetensors is
# preferred; *.bin only for repos that have no safetensors at the pinned revision (distilbart-cnn at main), and
# transformers loads those with torch.load(weights_only=True), which refuses arbitrary pickled objects. Flax, TF and
# Rust weights (most of distilbart-cnn's 5 GB) are never fetched.
ALLOW_PATTERNS = ["*.json", "*.txt", "*.model", "*.jinja", "*.safetensors", "*.safetensors.index.json"]
BIN_PATTERNS = ["pytorch_model*.bin", "pytorch_model.bin.index.json"]


def _has_weights(path: Path) -> bool:
    return any(path.glob("*.safetensors")) or any(path.glob("pytorch_model*.bin"))


def hub_cache(cache_dir: str | None) -> str:
    """The hub cache to use: `cache_dir`, else HF_HUB_CACHE read now (huggingface_hub reads it once, at import)."""
    return str(hub_cache_dir(cache_dir))


def pull_hint(name: str | None) -> str:
    """The command that fixes a missing model: with the registry name when known."""
    command = f"`newsbrief models pull {name}`" if name else "`newsbrief models pull NAME` (NAME from models.yaml)"
    return f"download it once with {command} on a connected machine, or use --summariser extractive"


def _missing(source: str, revision: str | None, why: str, name: str | None = None) -> SummariserNotAvailable:
    at = f" at revision {revision}" if revision else ""
    model = f"{name} ({source}{at})" if name else f"{source}{at}"
    return SummariserNotAvailable(f"summariser model {model} is not available ({why}); {pull_hint(name)}")


def resolve_model_dir(source: str, *, revision: str | None = None, cache_dir: str | None = None,
                      local_files_only: bool = False, name: str | None = None,
                      progress: Callable[[int, int], None] | None = None) -> Path:
    """The local directory holding the model: the cache first, then a download when that is allowed.

    `name` is the registry name, used in error messages; `progress(done, total)` receives byte counts while
    downloading.
    """
    if is_local_source(source):
        path = Path(source).expanduser()
        if not (path / "config.json").is_file():
            raise SummariserNotAvailable(
                f"summariser model directory {path} has no config.json; point `source` in models.yaml at a folder "
                "saved with save_pretrained (or a hub id)"
            )
        return path
    offline = local_files_only or hub_offline()
    cache_dir = hub_cache(cache_dir)
    try:
        cached = _cached_snapshot(source, revision=revision, cache_dir=cache_dir, name=name)
    except SummariserNotAvailable:
        if offline:
            raise  # cached but incomplete: the message says so; online, a download completes it
        cached = None
    if cached is not None:
        return cached
    if offline:
        raise _missing(source, revision, f"not in the hub cache {cache_dir} and downloads are off "
                                         "(HF_HUB_OFFLINE / local_files_only)", name)
    if not hub_reachable():
        endpoint = os.environ.get("HF_ENDPOINT") or "https://huggingface.co"
        raise _missing(source, revision, f"not in the hub cache {cache_dir} and the hub ({endpoint}) cannot be "
                                         "reached", name)
    path = _download(source, revision=revision, cache_dir=cache_dir, name=name, progress=progress)
    if not (path / "config.json").is_file() or not _has_weights(path):
        raise _missing(source, revision, "the downloaded snapshot has no config.json or no weights", name)
    return path


def _cached_snapshot(source: str, *, revision: str | None, cache_dir: str | None, name: str | None) -> Path | None:
    """The cached snapshot, found without the network; None when absent, SummariserNotAvailable when incomplete."""
    from huggingface_hub import errors as hf_errors
    from huggingface_hub import snapshot_download

    # huggingface_hub >= 2.x says when a cached snapshot is known to miss files; older versions have no such check
    incomplete = getattr(hf_errors, "IncompleteSnapshotError", ())

    try:
        # allow_patterns=config.json: huggingface_hub compares a cached snapshot with the cached repo listing for
        # the requested patterns, and only one weights format is ever downloaded; the weights are checked below
        path = Path(snapshot_download(source, revision=revision, cache_dir=cache_dir, local_files_only=True,
                                      allow_patterns=["config.json"]))
    except incomplete:
        raise _missing(source, revision, "the cached snapshot is incomplete", name) from None
    except (hf_errors.LocalEntryNotFoundError, OSError, ValueError):
        return None
    if not (path / "config.json").is_file() or not _has_weights(path):
        raise _missing(source, revision, "the cached snapshot is incomplete: no config.json or no weights", name)
    return path


def _download(source: str, *, revision: str | None, cache_dir: str | None, name: str | None,
              progress: Callable[[int, int], None] | None) -> Path:
    try:
        return download_snapshot(source, revision=revision, cache_dir=cache_dir, patterns=ALLOW_PATTERNS,
                                 bin_patterns=BIN_PATTERNS, progress=progress)
    except HubDownloadError as exc:
        cause = exc.cause
        if exc.reason == "not_found":
            raise _missing(source, revision, f"no such repository or no access: {type(cause).__name__}",
                           name) from None
        if exc.reason == "no_revision":
            raise _missing(source, revision, "the pinned revision does not exist on the hub", name) from None
        if exc.reason == "unreachable":
            raise _missing(source, revision, "not cached and the hub is unreachable", name) from None
        first_line = (str(cause).splitlines() or [""])[0]
        raise _missing(source, revision, f"download failed: {type(cause).__name__}: {first_line}", name) from None


def is_cached(source: str, *, revision: str | None = None, cache_dir: str | None = None) -> bool:
    """Whether the model can be loaded without the network (never contacts the hub)."""
    try:
        resolve_model_dir(source, revision=revision, cache_dir=cache_dir, local_files_only=True)
    except SummariserNotAvailable:
        return False
    return True


def pull(source: str, *, revision: str | None = None, cache_dir: str | None = None, name: str | None = None,
         progress: Callable[[int, int], None] | None = None) -> Path:
    """Download (or find cached) the model's files at `revision`; returns the snapshot directory.

    Only the files a summariser loads are fetched (configs, tokenizer, one weights format).
    """
    if is_local_source(source):
        return resolve_model_dir(source)
    if hub_offline():
        raise _missing(source, revision, "HF_HUB_OFFLINE is set", name)
    return resolve_model_dir(source, revision=revision, cache_dir=cache_dir, name=name, progress=progress)


def model_size(source: str, *, revision: str | None = None, cache_dir: str | None = None) -> int | None:
    """Bytes on disk of the cached model (or local directory); None when it is not cached."""
    try:
        path = resolve_model_dir(source, revision=revision, cache_dir=cache_dir, local_files_only=True)
    except SummariserNotAvailable:
        return None
    return size_on_disk(path)


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
