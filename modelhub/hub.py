"""Hub helpers shared by the stages: offline mode, reachability probe, cache folder, progress, downloads.

Nothing here prints or reads models.yaml; huggingface_hub and tqdm are imported inside the functions that
use them, so importing this module costs nothing.
"""

from __future__ import annotations

import os
import socket
from pathlib import Path
from typing import Callable


class HubDownloadError(Exception):
    """A download that failed, sorted by what the user can do about it.

    `reason` is one of: "not_found" (no such repository, or gated/no access), "no_revision" (the pinned revision
    is not on the hub), "unreachable" (not cached and the hub did not answer), "failed" (anything else: HTTP
    error, disk, bad value). `cause` is the original exception, for the stage's message.
    """

    def __init__(self, reason: str, cause: BaseException):
        super().__init__(f"{reason}: {type(cause).__name__}: {cause}")
        self.reason = reason
        self.cause = cause


def hub_offline() -> bool:
    """True when HF_HUB_OFFLINE / TRANSFORMERS_OFFLINE is set (read now, so tests and the CLI can set it late)."""
    return any(os.environ.get(v, "").strip().lower() in {"1", "true", "yes", "on"}
               for v in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE"))


def hub_reachable(timeout: float = 3.0) -> bool:
    """Whether a TCP connection to the hub (HF_ENDPOINT honoured) opens within `timeout` seconds.

    False when offline mode is on. A TCP probe, not an HTTP request: huggingface_hub's own client retries
    for ~25 s before giving up, far too long to learn that there is no network.
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
    """A model `source` that names a folder on disk rather than a hub repository id."""
    return source.startswith((".", "/", "~")) or Path(source).expanduser().is_dir()


def hub_cache_dir(cache_dir: str | None = None) -> Path:
    """The hub cache to use: `cache_dir`, else HF_HUB_CACHE read now (huggingface_hub reads it once, at import)."""
    if cache_dir:
        return Path(cache_dir).expanduser()
    from huggingface_hub import constants

    return Path(os.environ.get("HF_HUB_CACHE") or constants.HF_HUB_CACHE).expanduser()


def progress_tqdm(progress: Callable[[int, int], None] | None):
    """A tqdm class forwarding byte counts to `progress(done, total)` and printing nothing (the stages never
    print); None when there is no `progress` to call."""
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


def download_snapshot(source: str, *, revision: str | None, cache_dir: str | Path, patterns: list[str],
                      bin_patterns: list[str], progress: Callable[[int, int], None] | None = None,
                      tqdm_class=None, force: bool = False) -> Path:
    """Download a repository snapshot at `revision`; returns its folder, or raises `HubDownloadError`.

    One copy of the weights: `bin_patterns` (torch .bin files) are added to `patterns` only when the revision
    has no safetensors. Progress goes to `progress(done, total)` in bytes, or to a ready `tqdm_class`.
    """
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
        if not any(name.endswith(".safetensors") for name in files):
            patterns = list(patterns) + list(bin_patterns)
        return Path(snapshot_download(source, revision=revision, cache_dir=str(cache_dir), allow_patterns=patterns,
                                      local_files_only=False, force_download=force,
                                      tqdm_class=tqdm_class or progress_tqdm(progress)))
    except (RepositoryNotFoundError, GatedRepoError) as exc:
        raise HubDownloadError("not_found", exc) from None
    except RevisionNotFoundError as exc:
        raise HubDownloadError("no_revision", exc) from None
    except LocalEntryNotFoundError as exc:
        raise HubDownloadError("unreachable", exc) from None
    except (HfHubHTTPError, OSError, ValueError) as exc:
        raise HubDownloadError("failed", exc) from None
