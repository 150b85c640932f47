"""Model management for `newsbrief models list|pull|doctor`: cached?, size, download + convert, environment.

`hub_reachable` is modelhub's (shared with the summarisation stage), importable from here as before.
All functions take EngineSettings (built by the caller from models.yaml) and never print; `pull` reports
progress through an optional `progress(done, total)` callable (bytes while downloading).
"""

from __future__ import annotations

import importlib.metadata
import os
from pathlib import Path
from typing import Callable

from modelhub import hub_offline, hub_reachable, is_local_source, progress_tqdm
from translate.convert import CT2_DIRNAME, converted_dir, ensure_converted, is_converted
from translate.engines.base import ctranslate2_available, resolve_device, resolve_engine
from translate.errors import TranslateError
from translate.loading import cache_root, directory_size, resolve_model_dir
from translate.settings import EngineSettings
from translate.threads import available_cpus, cgroup_cpu_limit


def is_cached(settings: EngineSettings) -> bool:
    """True when the model's files are available without the network (a local dir counts as cached)."""
    try:
        resolve_model_dir(settings, download=False)
    except TranslateError:
        return False
    return True


def size_on_disk(settings: EngineSettings) -> int | None:
    """Bytes used by the model (snapshot plus any CTranslate2 conversions); None when not cached."""
    try:
        model_dir = resolve_model_dir(settings, download=False)
    except TranslateError:
        return None
    total = directory_size(model_dir)
    for quantization in ("int8", "int8_float16", "int8_float32", "float16", "float32"):
        ct2 = converted_dir(settings, model_dir, quantization)
        if is_converted(ct2):
            total += directory_size(ct2)
    return total


def pull(settings: EngineSettings, progress: Callable[[int, int], None] | None = None, *,
         convert: bool | None = None, force: bool = False) -> Path:
    """Download the model at its pinned revision (progress in bytes), then convert it for CTranslate2.

    `convert=None` converts when the engine of `settings` resolves to CTranslate2. Returns the model
    directory. Raises ModelNotAvailable (network, missing repo/revision) or EngineUnavailable.
    """
    model_dir = resolve_model_dir(settings, download=not is_local_source(settings.source),
                                  tqdm_class=progress_tqdm(progress), force=force)
    if convert is None:
        convert = resolve_engine(settings.engine, resolve_device(settings.device)) == "ctranslate2"
    if convert:
        from translate.engines.ct2 import default_compute_type

        ensure_converted(settings, model_dir, settings.compute_type or default_compute_type(resolve_device(settings.device)))
    return model_dir


def _version(package: str) -> str | None:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return None


def environment_report(cache_dir: str | None = None, *, probe_hub: bool = True) -> dict:
    """Versions, device, threads, cache location and hub reachability, as a flat-ish dict for `doctor`."""
    report: dict = {
        "versions": {name: _version(name) for name in
                     ("torch", "transformers", "ctranslate2", "sentencepiece", "tokenizers", "huggingface-hub",
                      "sacremoses")},
        "ctranslate2_available": ctranslate2_available(),
        "cpu_count_host": os.cpu_count(),
        "cpus_available": available_cpus(),
        "cgroup_cpu_quota": cgroup_cpu_limit(),
        "offline": hub_offline(),
    }
    settings = EngineSettings(source="-", revision=None, family="marian", cache_dir=cache_dir)
    root = cache_root(settings)
    report["cache_dir"] = str(root)
    report["ct2_cache_dir"] = str(root / CT2_DIRNAME)
    report["cache_writable"] = _writable(root)
    try:
        report["cuda_available"] = resolve_device("auto") == "cuda"
    except TranslateError:
        report["cuda_available"] = False
    report["default_engine_cpu"] = resolve_engine("auto", "cpu")
    report["hub_reachable"] = hub_reachable() if probe_hub else None
    return report


def _writable(path: Path) -> bool:
    probe = path
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    return os.access(probe, os.W_OK)
