"""Errors raised by the translation stage (a library: it never prints)."""

from __future__ import annotations


class TranslateError(Exception):
    """Base for expected failures of the translation stage."""

    kind = "translate"


class ModelNotAvailable(TranslateError):
    """The model is not cached and cannot be downloaded (offline, missing dir, corrupt files)."""

    kind = "model_missing"


class EngineUnavailable(TranslateError):
    """The requested engine/device cannot be used here (e.g. ctranslate2 not installed, no CUDA)."""

    kind = "engine"


class CacheNotWritable(ModelNotAvailable):
    """The CTranslate2 conversion of a model cannot be written (a read-only or shared Hugging Face cache).

    The model itself is there: `load_translator` with engine ``auto`` falls back to transformers, which
    reads the hub files as they are. `folder` and `reason` let that fallback say what to change.
    """

    def __init__(self, message: str, *, folder: object = None, reason: str = ""):
        super().__init__(message)
        self.folder, self.reason = folder, reason
