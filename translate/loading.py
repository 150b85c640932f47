"""Where a model's files are: a local directory, or a Hugging Face hub snapshot at a pinned revision.

Hub models go through `huggingface_hub.snapshot_download` with the pinned revision and our cache directory;
`HF_HUB_OFFLINE=1` (read at call time, not import time) or `local_files_only` restrict it to the cache.
Anything missing or unreadable becomes `ModelNotAvailable` naming the model and the command that fixes it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from modelhub import HubDownloadError, download_snapshot, hub_cache_dir, hub_offline, hub_reachable, is_local_source
from translate.errors import ModelNotAvailable
from translate.settings import EngineSettings

#: files a translation model needs; weights in either format (opus-mt repos often carry only .bin)
ALLOW_PATTERNS = [
    "*.json",
    "*.spm",
    "*.model",
    "*.txt",
    "*.safetensors",
    "pytorch_model.bin",
]
WEIGHT_FILES = ("model.safetensors", "pytorch_model.bin", "model.safetensors.index.json", "pytorch_model.bin.index.json")


def pull_hint(settings: EngineSettings) -> str:
    return f"run `newsbrief models pull {settings.display_name}` on a connected machine"


def cache_root(settings: EngineSettings) -> Path:
    """The Hugging Face hub cache used for `settings` (HF_HUB_CACHE / HF_HOME honoured)."""
    return hub_cache_dir(settings.cache_dir)


def check_model_dir(path: Path, settings: EngineSettings) -> Path:
    """Raise ModelNotAvailable unless `path` holds a readable config, tokenizer and weights."""
    what = f"model {settings.display_name} ({path})"
    config = path / "config.json"
    if not config.is_file():
        raise ModelNotAvailable(f"{what} has no config.json; {pull_hint(settings)}")
    try:
        json.loads(config.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelNotAvailable(f"{what}: config.json is unreadable or corrupt ({exc}); {pull_hint(settings)}") from None
    if not any((path / name).is_file() for name in WEIGHT_FILES):
        raise ModelNotAvailable(f"{what} has no weights (model.safetensors or pytorch_model.bin); {pull_hint(settings)}")
    tokenizer_files = ("source.spm", "tokenizer.json", "sentencepiece.bpe.model")
    if not any((path / name).is_file() for name in tokenizer_files):
        raise ModelNotAvailable(f"{what} has no tokenizer files ({', '.join(tokenizer_files)}); {pull_hint(settings)}")
    return path


def resolve_model_dir(settings: EngineSettings, *, download: bool | None = None,
                      tqdm_class=None, force: bool = False) -> Path:
    """The directory holding the model's files, downloading when allowed.

    `download=None` follows the settings: download unless `local_files_only` or HF_HUB_OFFLINE is set.
    """
    if is_local_source(settings.source):
        path = Path(settings.source).expanduser()
        if not path.is_dir():
            raise ModelNotAvailable(
                f"model {settings.display_name}: local directory {path} does not exist; "
                "fix `source` in models.yaml or copy the model there")
        return check_model_dir(path, settings)

    from huggingface_hub import snapshot_download
    from huggingface_hub.errors import LocalEntryNotFoundError

    offline = (settings.local_files_only or hub_offline()) if download is None else (not download)
    where = f"{settings.source}" + (f" at revision {settings.revision}" if settings.revision else "")
    kwargs = dict(revision=settings.revision, cache_dir=str(cache_root(settings)), allow_patterns=ALLOW_PATTERNS)

    # 1. The cache first, without touching the network: a pinned commit that is cached is authoritative,
    #    and huggingface_hub would otherwise spend ~25 s retrying when there is no network.
    if not force:
        try:
            # allow_patterns=config.json: huggingface_hub checks cached snapshots against the repo listing
            # for the requested patterns; we download only one weights format, so ask only for the
            # config here and let check_model_dir verify weights and tokenizer on disk
            local = snapshot_download(settings.source, local_files_only=True,
                                      **{**kwargs, "allow_patterns": ["config.json"]})
            return check_model_dir(Path(local), settings)
        except (LocalEntryNotFoundError, ModelNotAvailable, OSError, ValueError) as exc:
            if offline:
                if isinstance(exc, ModelNotAvailable):
                    raise  # cached but incomplete/corrupt: the message says what is wrong
                raise ModelNotAvailable(
                    f"model {settings.display_name} ({where}) is not in the cache {cache_root(settings)} and "
                    f"offline mode (HF_HUB_OFFLINE / local_files_only) is on; {pull_hint(settings)}") from None
    elif offline:
        raise ModelNotAvailable(f"model {settings.display_name}: cannot re-download in offline mode; "
                                "unset HF_HUB_OFFLINE")

    # 2. Download: fail fast when the hub does not answer at all.
    if not hub_reachable():
        raise ModelNotAvailable(
            f"model {settings.display_name} ({where}) is not in the cache {cache_root(settings)} and the hub "
            f"cannot be reached; {pull_hint(settings)}")
    try:
        # one copy of the weights: pytorch_model.bin only when the revision has no safetensors
        path = download_snapshot(settings.source, revision=settings.revision, cache_dir=cache_root(settings),
                                 patterns=[p for p in ALLOW_PATTERNS if p != "pytorch_model.bin"],
                                 bin_patterns=["pytorch_model.bin"], tqdm_class=tqdm_class, force=force)
    except HubDownloadError as exc:
        cause = exc.cause
        if exc.reason in ("not_found", "no_revision"):
            raise ModelNotAvailable(
                f"model {settings.display_name}: {where} does not exist on the hub ({type(cause).__name__}); "
                "check `source`/`revision` in models.yaml") from None
        if exc.reason == "unreachable":
            raise ModelNotAvailable(
                f"model {settings.display_name} ({where}) is not in the cache {cache_root(settings)} and the hub "
                f"cannot be reached; {pull_hint(settings)}") from None
        raise ModelNotAvailable(
            f"model {settings.display_name} ({where}) could not be fetched ({type(cause).__name__}: {cause}); "
            f"{pull_hint(settings)}") from None
    return check_model_dir(Path(path), settings)


def directory_size(path: Path) -> int:
    """Bytes under `path`, following the hub cache's snapshot symlinks to their blobs once each."""
    seen: set[tuple[int, int]] = set()
    total = 0
    for root, _dirs, files in os.walk(path):
        for name in files:
            try:
                stat = (Path(root) / name).stat()
            except OSError:
                continue
            key = (stat.st_dev, stat.st_ino)
            if key not in seen:
                seen.add(key)
                total += stat.st_size
    return total
