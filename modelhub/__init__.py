"""What the translation and summarisation stages both need from the Hugging Face hub, written once.

The two stages never import each other (nor `newsbrief`); both import this package. It holds only what is
the same for both: whether offline mode is on, a fast reachability probe, where the hub cache is, a progress
forwarder for downloads, and one download call whose failures come back as one typed error. Each stage still
decides which files it needs and words its own messages (with its own `models pull` hint). Beside the hub, one
small table both stages read numbers with: `modelhub.digits.ASCII_DIGITS` (Arabic-Indic digits as ASCII).
"""

from modelhub.hub import (
    HubDownloadError,
    download_snapshot,
    hub_cache_dir,
    hub_offline,
    hub_reachable,
    is_local_source,
    progress_tqdm,
)

__all__ = ["HubDownloadError", "download_snapshot", "hub_cache_dir", "hub_offline", "hub_reachable",
           "is_local_source", "progress_tqdm"]
