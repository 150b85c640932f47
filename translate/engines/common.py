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


class TokenCounter:
    """Token ids per text (special tokens included: what the encoder really sees), remembered.

    translate_document counts every sentence to decide on chunking, the engine counts again to batch and
    then needs the ids; opus-mt's tokenizer is slow Python (Moses normalisation + sentencepiece), so each
    sentence is tokenised once. Bounded: cleared when it grows past `limit` entries.
    """

    def __init__(self, tokenizer, limit: int = 50_000):
        self.tokenizer = tokenizer
        self.limit = limit
        self.known: dict[str, list[int]] = {}

    def ids(self, texts: list[str]) -> list[list[int]]:
        missing = [t for t in dict.fromkeys(texts) if t not in self.known]
        if missing:
            if len(self.known) + len(missing) > self.limit:
                self.known.clear()
            rows = self.tokenizer(missing, add_special_tokens=True)["input_ids"]
            self.known.update(zip(missing, (list(row) for row in rows)))
        return [self.known[t] for t in texts]

    def __call__(self, texts: list[str]) -> list[int]:
        return [len(row) for row in self.ids(texts)]


def resolve_threads(settings: EngineSettings) -> int:
    return settings.threads or available_cpus()


def describe(settings: EngineSettings, *, engine: str, device: str, compute_type: str, threads: int,
             model_dir: Path | None = None, **extra) -> dict:
    """What produced a translation; everything but threads and paths also keys the translation cache."""
    info = {
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
    if settings.revision is None and model_dir is not None:
        # a local directory has no commit: its file sizes and times stand in, so that a model rebuilt in
        # place does not serve stale cached translations
        from translate.convert import fingerprint

        info["files"] = fingerprint(model_dir)
    elif model_dir is not None and model_dir.parent.name == "snapshots" and model_dir.name != settings.revision:
        # a ref ("refs/pr/7") pins less than a commit: record, and key the cache by, the commit it resolved to
        info["commit"] = model_dir.name
    if settings.fixed_output_tokens:
        info["fixed_output_tokens"] = settings.fixed_output_tokens
    return info
