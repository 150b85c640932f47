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
import socket
from pathlib import Path
from typing import Callable

from summarise.errors import SummariserNotAvailable

# What a summariser needs from a hub repo: configs, tokenizer files, chat templates and the weights. safetensors is
# preferred; *.bin only for repos that have no safetensors at the pinned revision (distilbart-cnn at main), and
# transformers loads those with torch.load(weights_only=True), which refuses arbitrary pickled objects. Flax, TF and
# Rust weights (most of distilbart-cnn's 5 GB) are never fetched.
ALLOW_PATTERNS = ["*.json", "*.txt", "*.model", "*.jinja", "*.safetensors", "*.safetensors.index.json"]
BIN_PATTERNS = ["pytorch_model*.bin", "pytorch_model.bin.index.json"]


def hub_offline() -> bool:
    """True when HF_HUB_OFFLINE / TRANSFORMERS_OFFLINE is set (read now, so tests and the CLI can set it late)."""
    return any(os.environ.get(v, "").strip().lower() in {"1", "true", "yes", "on"}
               for v in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE"))


def hub_reachable(timeout: float = 3.0) -> bool:
    """Whether a TCP connection to the hub (HF_ENDPOINT honoured) opens within `timeout` seconds; False offline.

    The same probe as the translation stage's (the stages do not import each other): a failed connect answers in
    milliseconds to seconds, where huggingface_hub's HTTP client retries for ~25 s.
    """
    if hub_offline():
        return False
    from urllib.parse import urlsplit

    url = urlsplit(os.environ.get("HF_ENDPOINT") or "https://huggingface.co")
    host = url.hostname or "huggingface.co"
    port = url.port or (80 if url.scheme == "http" else 443)
    try:
        socket.create_connection((host, port), timeout=timeout).close()
    except OSError:
        return False
    return True


def is_local_source(source: str) -> bool:
    return source.startswith((".", "/", "~")) or Path(source).expanduser().is_dir()


def _has_weights(path: Path) -> bool:
    return any(path.glob("*.safetensors")) or any(path.glob("pytorch_model*.bin"))


def hub_cache(cache_dir: str | None) -> str:
    """The hub cache to use: `cache_dir`, else HF_HUB_CACHE read now (huggingface_hub reads it once, at import)."""
    if cache_dir:
        return str(Path(cache_dir).expanduser())
    from huggingface_hub import constants

    return os.environ.get("HF_HUB_CACHE") or constants.HF_HUB_CACHE


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
    from huggingface_hub import HfApi, snapshot_download
    from huggingface_hub.errors import (
        GatedRepoError,
        HfHubHTTPError,
        LocalEntryNotFoundError,
        RepositoryNotFoundError,
        RevisionNotFoundError,
    )

    try:
        files = HfApi().list_repo_files(source, revision=revision)
        # one copy of the weights: pytorch_model*.bin only when the revision has no safetensors
        patterns = ALLOW_PATTERNS if any(f.endswith(".safetensors") for f in files) else ALLOW_PATTERNS + BIN_PATTERNS
        return Path(snapshot_download(source, revision=revision, cache_dir=cache_dir, allow_patterns=patterns,
                                      tqdm_class=_progress_tqdm(progress)))
    except (RepositoryNotFoundError, GatedRepoError) as exc:
        raise _missing(source, revision, f"no such repository or no access: {type(exc).__name__}", name) from None
    except RevisionNotFoundError:
        raise _missing(source, revision, "the pinned revision does not exist on the hub", name) from None
    except LocalEntryNotFoundError:
        raise _missing(source, revision, "not cached and the hub is unreachable", name) from None
    except (HfHubHTTPError, OSError, ValueError) as exc:
        first_line = (str(exc).splitlines() or [""])[0]
        raise _missing(source, revision, f"download failed: {type(exc).__name__}: {first_line}", name) from None


def _progress_tqdm(progress: Callable[[int, int], None] | None):
    """A tqdm class that forwards byte counts to `progress(done, total)` and prints nothing (the stage never prints)."""
    if progress is None:
        return None
    from tqdm.auto import tqdm

    class _Forward(tqdm):
        def __init__(self, *args, **kwargs):
            kwargs["disable"] = False
            kwargs["file"] = open(os.devnull, "w")  # noqa: SIM115 - closed in close()
            super().__init__(*args, **kwargs)

        def update(self, n=1):
            out = super().update(n)
            if self.total:
                progress(int(self.n), int(self.total))
            return out

        def close(self):
            fp = self.fp
            super().close()
            try:
                fp.close()
            except (OSError, AttributeError):
                pass

    return _Forward


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
