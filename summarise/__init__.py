"""Summarisation stage (library): extractive default, seq2seq and instruct summarisers, bullets, evidence.

Takes explicit parameters; never reads models.yaml, never prints. The pipeline calls `load_summariser` once per run
and `summariser.summarise(SummaryInput(...), n)` per article (n=None: an editor-length set of 3–5).
"""

from __future__ import annotations

from summarise.errors import SummariseError, SummariserFailed, SummariserNotAvailable, SummaryRequestError
from summarise.loading import is_cached, model_size, pull  # model management for `newsbrief models` (no heavy imports)
from summarise.types import (
    AUTO_MAX_BULLETS,
    AUTO_MIN_BULLETS,
    DEFAULT_BULLETS,
    MAX_BULLETS,
    MIN_BULLETS,
    Bullet,
    Summariser,
    Summary,
    SummaryInput,
)

KINDS = ("extractive", "seq2seq", "instruct")


def load_summariser(
    kind: str,
    *,
    source: str | None = None,
    revision: str | None = None,
    device: str = "auto",
    max_input_tokens: int = 1024,
    cache_dir: str | None = None,
    local_files_only: bool = False,
    name: str | None = None,
) -> Summariser:
    """Build the summariser of `kind` ("extractive", "seq2seq" or "instruct").

    `source` is a hub id or a local directory (needed for the model kinds); `revision` pins the hub commit; `name` is
    the registry name, quoted in errors (`newsbrief models pull NAME`). The local cache is tried first: the hub is
    contacted only for a model that is not cached, and not at all with `local_files_only` or HF_HUB_OFFLINE=1.
    Raises SummariserNotAvailable when the model is not cached and cannot be downloaded, SummaryRequestError for an
    unknown kind.
    """
    if kind == "extractive":
        from summarise.extractive import ExtractiveSummariser

        return ExtractiveSummariser()
    if kind not in KINDS:
        raise SummaryRequestError(f"unknown summariser kind {kind!r}; valid: {', '.join(KINDS)}")
    if not source:
        raise SummaryRequestError(f"a {kind} summariser needs a model source (hub id or local directory)")
    try:
        if kind == "seq2seq":
            from summarise.seq2seq import Seq2SeqSummariser

            return Seq2SeqSummariser.load(source, revision=revision, device=device, max_input_tokens=max_input_tokens,
                                          cache_dir=cache_dir, local_files_only=local_files_only, name=name)
        from summarise.instruct import InstructSummariser

        return InstructSummariser.load(source, revision=revision, device=device, max_input_tokens=max_input_tokens,
                                       cache_dir=cache_dir, local_files_only=local_files_only, name=name)
    except SummariseError:
        raise
    except Exception as exc:  # noqa: BLE001 - see below
        # Corrupt or truncated model files fail inside safetensors, tokenizers or huggingface_hub's config
        # validation, each with its own exception type: whatever it is, this model cannot be used. Say so as our
        # typed error, so the articles fail with a fix to try instead of the run stopping on an unknown exception.
        from summarise.loading import pull_hint

        detail = " ".join(str(exc).split())
        raise SummariserNotAvailable(
            f"summariser {name or source} cannot be loaded ({type(exc).__name__}: {detail}); its files may be "
            f"incomplete or corrupt: {pull_hint(name or source)}") from exc


__all__ = [
    "AUTO_MAX_BULLETS", "AUTO_MIN_BULLETS", "DEFAULT_BULLETS", "MAX_BULLETS", "MIN_BULLETS", "KINDS",
    "Bullet", "Summary", "SummaryInput", "Summariser",
    "SummariseError", "SummariserFailed", "SummariserNotAvailable", "SummaryRequestError",
    "load_summariser", "is_cached", "model_size", "pull",
]
