"""The Translator protocol and the engine registry (name -> factory).

Built-in engines are registered by import path so that importing `translate` stays free of torch and
ctranslate2; tests and the CLI may register their own (e.g. a fake) through `register_engine` and then go
through exactly the same `load_translator` as the real engines.
"""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import replace
from typing import Callable, Protocol, runtime_checkable

from translate.errors import CacheNotWritable, EngineUnavailable, ModelNotAvailable, TranslateError
from translate.settings import EngineSettings, SentenceTranslation

Progress = Callable[[int, int], None]


@runtime_checkable
class Translator(Protocol):
    """What `translate_document` needs from an engine.

    Optional extras used when present: ``count_tokens(texts) -> list[int]`` (model tokens, for chunking
    and cache-independent batching) and ``max_input_tokens`` (the limit above which a sentence is chunked).
    """

    def describe(self) -> dict: ...

    def translate(self, sentences: list[str]) -> list[SentenceTranslation]: ...


#: factory(settings, progress) -> Translator; a string is "module:function", imported on first use
_FACTORIES: dict[str, Callable[..., Translator] | str] = {
    "transformers": "translate.engines.hf:load",
    "ctranslate2": "translate.engines.ct2:load",
}


def register_engine(name: str, factory: Callable[..., Translator]) -> None:
    """Make `EngineSettings(engine=name)` load through `factory(settings, progress=None)`."""
    if not name or name == "auto":
        raise ValueError("engine name must be non-empty and not 'auto'")
    _FACTORIES[name] = factory


def registered_engines() -> list[str]:
    return sorted(_FACTORIES)


def ctranslate2_available() -> bool:
    return importlib.util.find_spec("ctranslate2") is not None


def cuda_available() -> bool:
    """CUDA usable by torch (the transformers engine) or by CTranslate2; imports lazily."""
    if ctranslate2_available():
        try:
            import ctranslate2

            if ctranslate2.get_cuda_device_count() > 0:
                return True
        except (ImportError, RuntimeError, OSError):
            pass
    if importlib.util.find_spec("torch") is not None:
        import torch

        return bool(torch.cuda.is_available())
    return False


def resolve_device(device: str) -> str:
    if device == "auto":
        return "cuda" if cuda_available() else "cpu"
    if device == "cuda" and not cuda_available():
        raise EngineUnavailable("--device cuda was requested but no CUDA device is available; use --device cpu")
    return device


def resolve_engine(engine: str, device: str) -> str:
    """`auto` -> CTranslate2 when it is installed (on CPU always; on CUDA when its CUDA build sees a GPU)."""
    if engine != "auto":
        if engine not in _FACTORIES:
            raise EngineUnavailable(f"unknown engine {engine!r}; valid: auto, {', '.join(registered_engines())}")
        if engine == "ctranslate2" and not ctranslate2_available():
            raise EngineUnavailable("ctranslate2 is not installed; pip install ctranslate2, or use --engine transformers")
        return engine
    if ctranslate2_available():
        if device != "cuda":
            return "ctranslate2"
        import ctranslate2

        if ctranslate2.get_cuda_device_count() > 0:
            return "ctranslate2"
    return "transformers"


def load_translator(settings: EngineSettings, *, progress: Progress | None = None) -> Translator:
    """Load the model of `settings` with its engine (raises ModelNotAvailable / EngineUnavailable)."""
    if settings.engine in _FACTORIES and settings.engine not in ("transformers", "ctranslate2"):
        factory = _FACTORIES[settings.engine]  # a registered (e.g. fake) engine decides its own device
    else:
        device = resolve_device(settings.device)
        engine = resolve_engine(settings.engine, device)
        factory = _FACTORIES[engine]
    if isinstance(factory, str):
        module, _, attr = factory.partition(":")
        factory = getattr(importlib.import_module(module), attr)
    try:
        return factory(settings, progress=progress)
    except CacheNotWritable as exc:
        if settings.engine != "auto":
            raise  # --engine ctranslate2 was asked for by name: say why it cannot be used
        # engine auto chose CTranslate2, whose one-off conversion cannot be written here (a read-only cache);
        # transformers reads the same files as they are: use it, and say so (`load_warnings`)
        translator = load_translator(replace(settings, engine="transformers"), progress=progress)
        translator.load_warnings = [
            f"using the transformers engine: CTranslate2 (the default here) must first write its conversion of "
            f"{settings.display_name} to {exc.folder}, which cannot be written ({exc.reason}); make it writable "
            "or set HF_HUB_CACHE to use CTranslate2"]
        return translator
    except TranslateError:
        raise
    except Exception as exc:  # noqa: BLE001 - see below
        # Corrupt or truncated model files fail deep inside safetensors, sentencepiece, huggingface_hub's
        # config validation or the CTranslate2 converter, each with its own exception type. Whatever the
        # type, the model cannot be used: say so as the stage's typed error, so one article fails with a
        # fix to try instead of the run stopping on an unexpected exception.
        from translate.loading import pull_hint

        detail = " ".join(str(exc).split())
        raise ModelNotAvailable(
            f"model {settings.display_name} cannot be loaded ({type(exc).__name__}: {detail}); its files may be "
            f"incomplete or corrupt: {pull_hint(settings)} (for a local model, rebuild or copy it again)") from exc
