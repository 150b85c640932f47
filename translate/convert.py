"""CTranslate2 conversion, done once per model and quantization, cached next to the Hugging Face cache.

The converted model lives in `<hub cache>/newsbrief-ct2/<key>-<quantization>/`. Conversion writes into a
temporary sibling directory and renames it into place only when complete (a marker file is written last),
so an interrupted conversion is redone on the next run and a half-built model is never loaded. Two
processes converting at once both finish; the second rename loses and its copy is discarded.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import time
from pathlib import Path

from translate.errors import CacheNotWritable, EngineUnavailable, ModelNotAvailable
from translate.loading import cache_root, pull_hint
from translate.settings import EngineSettings

MARKER = "newsbrief-converted.json"
CT2_DIRNAME = "newsbrief-ct2"


def fingerprint(model_dir: Path) -> str:
    """Identifies the model files: the hub snapshot path is already unique, a local directory may change."""
    h = hashlib.sha256(str(model_dir.resolve()).encode())
    for name in sorted(os.listdir(model_dir)):
        path = model_dir / name
        if path.is_file():
            st = path.stat()
            h.update(f"{name}:{st.st_size}:{int(st.st_mtime)}".encode())
    return h.hexdigest()[:16]


def converted_dir(settings: EngineSettings, model_dir: Path, quantization: str) -> Path:
    """Where the CTranslate2 copy of `model_dir` at `quantization` lives (it may not exist yet)."""
    readable = settings.source.replace("/", "--").strip(".-~") or "model"
    readable = "".join(c if c.isalnum() or c in "-_." else "_" for c in readable)[-60:]
    if model_dir.parent.name == "snapshots":
        # hub cache: the folder is named by the commit the revision resolved to, so a branch or PR ref
        # ("refs/pr/7") gets a new conversion when it moves, and a commit hash keys as itself
        key = f"{readable}@{model_dir.name[:12]}"
    else:
        key = f"{readable}@{fingerprint(model_dir)}"  # a local directory: its files decide
    return cache_root(settings) / CT2_DIRNAME / f"{key}-{quantization}"


def is_converted(path: Path) -> bool:
    return (path / MARKER).is_file() and (path / "model.bin").is_file()


def ensure_converted(settings: EngineSettings, model_dir: Path, quantization: str) -> Path:
    """Return a complete CTranslate2 model for `model_dir`, converting it first if needed."""
    target = converted_dir(settings, model_dir, quantization)
    if is_converted(target):
        return target
    try:
        import ctranslate2.converters
    except ImportError:
        raise EngineUnavailable("ctranslate2 is not installed; pip install ctranslate2, or use --engine transformers") from None

    parent = target.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        _remove_stale_temps(parent, target.name)
        tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.tmp-", dir=parent))
    except OSError as exc:
        # a read-only (shared, mounted) cache: the model is there, only its conversion cannot be written
        why = exc.strerror or str(exc)
        raise CacheNotWritable(
            f"cannot write the CTranslate2 conversion of {settings.display_name} to {parent} ({why}); "
            "make it writable, set HF_HUB_CACHE, or use --engine transformers", folder=parent, reason=why) from None
    try:
        converter = ctranslate2.converters.TransformersConverter(
            str(model_dir), low_cpu_mem_usage=True, trust_remote_code=False)
        # force=True: the temporary directory exists already (it is empty)
        converter.convert(str(tmp), quantization=quantization, force=True)
        (tmp / MARKER).write_text(json.dumps({
            "source": settings.source, "revision": settings.revision, "model_dir": str(model_dir),
            "quantization": quantization, "ctranslate2": getattr(ctranslate2, "__version__", "?"),
            "converted_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        }, indent=1), encoding="utf-8")
        if target.exists() and not is_converted(target):
            shutil.rmtree(target, ignore_errors=True)  # a broken copy from an older run: replace it
        try:
            os.rename(tmp, target)  # atomic on one filesystem
        except OSError:
            if not is_converted(target):  # not a lost race: a real failure
                raise
    except (OSError, ValueError, RuntimeError, KeyError, TypeError, NotImplementedError) as exc:
        raise ModelNotAvailable(
            f"converting model {settings.display_name} to CTranslate2 failed ({type(exc).__name__}: {exc}); "
            f"{pull_hint(settings)}, or use --engine transformers") from None
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return target


def _remove_stale_temps(parent: Path, name: str, older_than_s: float = 3600.0) -> None:
    """Temporary directories left by an interrupted conversion (older than an hour: not a running one)."""
    now = time.time()
    for path in parent.glob(f".{name}.tmp-*"):
        try:
            if now - path.stat().st_mtime > older_than_s:
                shutil.rmtree(path, ignore_errors=True)
        except OSError:
            continue
