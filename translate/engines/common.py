"""What both real engines share: tokenizer loading, token counting, threads, the description dict."""

from __future__ import annotations

from pathlib import Path

from translate.errors import ModelNotAvailable, TranslateError
from translate.loading import pull_hint
from translate.settings import EngineSettings
from translate.threads import available_cpus


def quiet_transformers() -> None:
    """A library never prints: turn off transformers' weight-loading progress bars (stderr)."""
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()


def load_tokenizer(settings: EngineSettings, model_dir: Path):
    """The model's own tokenizer: MarianTokenizer (sentencepiece) or the NLLB tokenizer with `src_lang` set."""
    quiet_transformers()
    try:
        if settings.family == "marian":
            from transformers import MarianTokenizer

            tokenizer = MarianTokenizer.from_pretrained(str(model_dir))
        else:
            from transformers import AutoTokenizer

            tokenizer = AutoTokenizer.from_pretrained(
                str(model_dir), src_lang=settings.src_code, tgt_lang=settings.target_code, trust_remote_code=False)
    except (OSError, ValueError, TypeError, KeyError) as exc:
        raise ModelNotAvailable(
            f"model {settings.display_name}: cannot load its tokenizer from {model_dir} ({type(exc).__name__}: "
            f"{exc}); {pull_hint(settings)}") from None
    if settings.family == "nllb":
        for code in (settings.src_code, settings.target_code):
            if tokenizer.convert_tokens_to_ids(code) in (None, tokenizer.unk_token_id):
                raise TranslateError(
                    f"model {settings.display_name} does not know the language code {code!r}; "
                    "fix language_codes in models.yaml")
    return tokenizer


def count_tokens(tokenizer, texts: list[str]) -> list[int]:
    """Model tokens per text, special tokens included (what the encoder really sees)."""
    if not texts:
        return []
    return [len(ids) for ids in tokenizer(list(texts), add_special_tokens=True)["input_ids"]]


def resolve_threads(settings: EngineSettings) -> int:
    return settings.threads or available_cpus()


def describe(settings: EngineSettings, *, engine: str, device: str, compute_type: str, threads: int,
             **extra) -> dict:
    return {
        "model": settings.display_name,
        "source": settings.source,
        "revision": settings.revision,
        "family": settings.family,
        "engine": engine,
        "device": device,
        "compute_type": compute_type,
        "beam": settings.beam,
        "threads": threads,
        "src_code": settings.src_code,
        "tgt_code": settings.target_code,
        "max_input_tokens": settings.max_input_tokens,
        "max_output_tokens": f"{settings.output_ratio:g} x source tokens + {settings.output_slack}",
        **extra,
    }
