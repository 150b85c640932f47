"""The value objects of the translation stage: engine settings in, sentence translations out.

Frozen/plain dataclasses only (no heavy imports) so the CLI can build them cheaply.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ENGINES = ("auto", "ctranslate2", "transformers")
DEVICES = ("auto", "cpu", "cuda")
FAMILIES = ("marian", "nllb")
#: batch budgets in source tokens per device: on CPU 2,048 was the best raw CTranslate2 setting measured on
#: 2 cores (BENCHMARKS.md, issue 13); a GPU wants far larger batches to be busy (not measured here)
DEFAULT_BATCH_TOKENS = {"cpu": 2048, "cuda": 16384}


@dataclass(frozen=True)
class EngineSettings:
    """Everything needed to load one translation model with one engine.

    `source` is a hub id ("Helsinki-NLP/opus-mt-nl-en") or a local directory; `revision` pins a hub commit
    (None for a local directory). The fields after `local_files_only` are extensions of the shared contract
    with defaults that real runs never need to touch.
    """

    source: str
    revision: str | None
    family: str  # "marian" | "nllb"
    engine: str = "auto"  # auto | ctranslate2 | transformers
    device: str = "auto"  # auto | cpu | cuda
    beam: int = 4
    src_code: str | None = None  # NLLB source language code, e.g. "nld_Latn"
    tgt_code: str | None = None  # NLLB target language code, "eng_Latn"
    max_input_tokens: int = 512
    cache_dir: str | None = None  # Hugging Face cache (None: the hub's default, HF_HOME / HF_HUB_CACHE)
    local_files_only: bool = False
    # --- extensions -------------------------------------------------------------------------------
    #: registry name ("opus-mt-nl-en"), used in messages such as "run `newsbrief models pull NAME`"
    name: str | None = None
    #: CTranslate2 compute type; None picks int8 on CPU, int8_float16 on CUDA
    compute_type: str | None = None
    #: CPU threads; None follows the CPUs this process may use (affinity and cgroup quota)
    threads: int | None = None
    #: batch budget in source tokens (the sum of the lengths, as CTranslate2's batch_type="tokens" counts);
    #: None: DEFAULT_BATCH_TOKENS for the device
    max_batch_tokens: int | None = None
    #: CTranslate2 workers x threads per worker; None: translate.threads.thread_layout(threads)
    inter_threads: int | None = None
    intra_threads: int | None = None
    #: output cap = ratio * source tokens + slack; stops a repetition loop from running away
    output_ratio: float = 2.0
    output_slack: int = 10
    #: benchmarks only: force every output to exactly this many tokens (random weights emit garbage lengths)
    fixed_output_tokens: int | None = None

    def __post_init__(self) -> None:
        # Plain ValueError: these are programming errors of the caller (the CLI validates user input).
        if self.family not in FAMILIES:
            raise ValueError(f"family must be one of {FAMILIES}, got {self.family!r}")
        if not self.engine:
            raise ValueError(f"engine must be one of {ENGINES} or a registered engine name")
        if self.device not in DEVICES:
            raise ValueError(f"device must be one of {DEVICES}, got {self.device!r}")
        if self.beam < 1:
            raise ValueError(f"beam must be >= 1, got {self.beam}")
        if self.family == "nllb" and not self.src_code:
            raise ValueError("an nllb model needs src_code (e.g. 'nld_Latn')")

    @property
    def target_code(self) -> str | None:
        """NLLB target code (English by default); None for Marian."""
        if self.family != "nllb":
            return None
        return self.tgt_code or "eng_Latn"

    @property
    def display_name(self) -> str:
        return self.name or self.source

    def batch_tokens(self, device: str) -> int:
        """The batch budget for `device` ("cpu" | "cuda"), in source tokens."""
        return self.max_batch_tokens or DEFAULT_BATCH_TOKENS.get(device, DEFAULT_BATCH_TOKENS["cpu"])

    def output_cap(self, source_tokens: int) -> int:
        """Maximum output tokens for a source of `source_tokens` tokens."""
        return int(self.output_ratio * source_tokens) + self.output_slack


@dataclass
class SentenceTranslation:
    """One translated sentence (or chunk).

    `score` is the mean log-probability per output token (None when the engine cannot say);
    `capped` is True when generation stopped at the output-length cap instead of an end token.
    """

    text: str
    score: float | None
    capped: bool = False


@dataclass
class AlignedSentence:
    """One source sentence aligned with its English, as stored in the record's `sentences`."""

    paragraph: int
    src: str
    en: str
    score: float | None
    #: the sentence's language when it differs from the document's and it was kept as it is (en == src)
    lang: str | None = None


@dataclass
class DocumentTranslation:
    """A translated document: the alignment, the English paragraphs in order, and human warnings."""

    sentences: list[AlignedSentence]
    paragraphs_en: list[str]
    warnings: list[str] = field(default_factory=list)
