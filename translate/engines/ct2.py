"""The CTranslate2 engine: the same models converted once (int8 on CPU, int8_float16 on CUDA), then reused.

Tokenisation stays with the model's own Hugging Face tokenizer: CTranslate2 takes token strings. For NLLB
the tokenizer already adds the source language code and </s>, and the target side starts with the English
code as `target_prefix`. Scores come from `return_scores=True`: with length_penalty=1 CTranslate2 divides
the cumulative log-probability by the length, i.e. the mean token log-probability.

One `translate` call hands all its sentences to CTranslate2 at once (``batch_type="tokens"``, asynchronous):
CTranslate2 sorts them by length, cuts batches under the token budget and keeps its workers
(``inter_threads``) busy until the last batch, as ``translate_iterable`` does for a stream. The only split
made here is by output cap: the cap is one decoding option per call, and a sentence's cap must not depend
on the sentences it happens to be batched with (the same article alone or in a batch of 100 must translate
the same), so sentences are grouped by a length class and each class gets the cap of its longest possible
member. With forced output lengths (benchmarks) there is one class.
"""

from __future__ import annotations

from pathlib import Path

from translate.batching import length_classes
from translate.convert import ensure_converted
from translate.engines.base import resolve_device
from translate.engines.common import TokenCounter, describe, load_tokenizer, resolve_threads
from translate.errors import EngineUnavailable, ModelNotAvailable
from translate.loading import pull_hint, resolve_model_dir
from translate.settings import EngineSettings, SentenceTranslation
from translate.threads import thread_layout


def default_compute_type(device: str) -> str:
    return "int8_float16" if device == "cuda" else "int8"


def load(settings: EngineSettings, progress=None) -> "CT2Translator":
    model_dir = resolve_model_dir(settings)
    if progress is not None:
        progress(0, 1)  # the first load of a model may convert it: minutes for NLLB
    translator = CT2Translator(settings, model_dir)
    if progress is not None:
        progress(1, 1)
    return translator


class CT2Translator:
    engine = "ctranslate2"

    def __init__(self, settings: EngineSettings, model_dir: Path):
        try:
            import ctranslate2
        except ImportError:
            raise EngineUnavailable("ctranslate2 is not installed; pip install ctranslate2, or use --engine transformers") from None
        self.settings = settings
        self.model_dir = model_dir
        self.device = resolve_device(settings.device)
        self.threads = resolve_threads(settings)
        inter, intra = thread_layout(self.threads)
        self.inter_threads = settings.inter_threads or (inter if self.device == "cpu" else 1)
        self.intra_threads = settings.intra_threads or (intra if self.device == "cpu" else 0)
        self.batch_tokens = settings.batch_tokens(self.device)
        self.compute_type = settings.compute_type or default_compute_type(self.device)
        self.tokenizer = load_tokenizer(settings, model_dir)
        self._counter = TokenCounter(self.tokenizer)
        # store the weights in the compute type itself: no re-quantisation at load, and "float32" really
        # is the float32 model (converting int8 weights back would not be)
        self.ct2_dir = ensure_converted(settings, model_dir, self.compute_type)
        try:
            self.translator = ctranslate2.Translator(
                str(self.ct2_dir), device=self.device, compute_type=self.compute_type,
                intra_threads=self.intra_threads, inter_threads=self.inter_threads)
        except (RuntimeError, ValueError, OSError) as exc:
            raise ModelNotAvailable(
                f"model {settings.display_name}: CTranslate2 cannot load {self.ct2_dir} ({exc}); "
                f"delete that folder to reconvert, {pull_hint(settings)}") from None
        import json

        config = json.loads((model_dir / "config.json").read_text(encoding="utf-8"))
        positions = int(config.get("max_position_embeddings", settings.max_input_tokens))
        self.max_input_tokens = min(settings.max_input_tokens, positions)
        # the decoder has as many positions as the encoder: the output cap may never exceed them
        self.max_output_tokens = positions - 2
        self.target_prefix = [settings.target_code] if settings.family == "nllb" else None

    def describe(self) -> dict:
        return describe(self.settings, engine=self.engine, device=self.device, compute_type=self.compute_type,
                        threads=self.threads, model_dir=self.model_dir, ct2_path=str(self.ct2_dir),
                        inter_threads=self.inter_threads, intra_threads=self.intra_threads,
                        batch_tokens=self.batch_tokens)

    def count_tokens(self, texts: list[str]) -> list[int]:
        return self._counter(texts)

    def tokenize(self, texts: list[str]) -> list[list[str]]:
        """Token strings as CTranslate2 wants them (special tokens included, as the tokenizer adds them)."""
        return [self.tokenizer.convert_ids_to_tokens(row) for row in self._counter.ids(list(texts))]

    def detokenize(self, tokens: list[str]) -> str:
        ids = self.tokenizer.convert_tokens_to_ids(tokens)
        return self.tokenizer.decode(ids, skip_special_tokens=True).strip()

    def decode_options(self, longest: int) -> dict:
        prefix = 1 if self.target_prefix else 0  # the language code counts towards the decoding length
        options = dict(beam_size=self.settings.beam, length_penalty=1.0, return_scores=True,
                       max_input_length=0,  # never truncate: chunking upstream keeps inputs in range
                       max_decoding_length=min(self.settings.output_cap(longest), self.max_output_tokens) + prefix)
        if self.settings.fixed_output_tokens:
            n = self.settings.fixed_output_tokens + prefix
            options.update(max_decoding_length=n, min_decoding_length=n)
        return options

    #: reports progress through translate(..., progress=callback)
    reports_progress = True

    def translate(self, sentences: list[str], progress=None) -> list[SentenceTranslation]:
        """Translate `sentences` in one asynchronous CTranslate2 submission; results in input order."""
        tokens = self.tokenize(sentences)
        lengths = [len(t) for t in tokens]
        submitted = []
        for bound, indices in length_classes(lengths, fixed=bool(self.settings.fixed_output_tokens)):
            options = self.decode_options(bound)
            prefixes = [list(self.target_prefix) for _ in indices] if self.target_prefix else None
            futures = self.translator.translate_batch(
                [tokens[i] for i in indices], target_prefix=prefixes, asynchronous=True, batch_type="tokens",
                max_batch_size=self.batch_budget([lengths[i] for i in indices]), **options)
            submitted.append((indices, options, futures))
        results: list[SentenceTranslation | None] = [None] * len(sentences)
        done = 0
        for indices, options, futures in submitted:
            for i, future in zip(indices, futures):
                results[i] = self._result(future.result(), options, self.own_cap(lengths[i]))
                done += 1
                if progress is not None:
                    progress(done, len(sentences))
        return results  # type: ignore[return-value]

    def batch_budget(self, lengths: list[int]) -> int:
        """The token budget for one submission: the device's, but small enough that a short call (one
        article) still makes a batch for every worker -- one batch of 20 sentences would leave the second
        worker idle."""
        share = -(-sum(lengths) // self.inter_threads)
        return max(1, min(self.batch_tokens, max(share, max(lengths, default=1))))

    def own_cap(self, length: int) -> int | None:
        """The sentence's own output cap (ratio x its tokens + slack); None with forced output lengths."""
        if self.settings.fixed_output_tokens:
            return None
        return min(self.settings.output_cap(length), self.max_output_tokens)

    def _result(self, res, options: dict, own_cap: int | None) -> SentenceTranslation:
        hyp = list(res.hypotheses[0])
        if self.target_prefix and hyp[:1] == self.target_prefix:
            hyp = hyp[1:]
        # no end token seen within the cap: decoding was cut by max_decoding_length
        capped = len(hyp) + (1 if self.target_prefix else 0) >= options["max_decoding_length"]
        if own_cap is not None and len(hyp) >= own_cap:
            # the class's cap is generous for the shorter sentences of the class: a translation that ran past
            # the sentence's own cap is cut there, as decoding with that cap would have stopped it
            hyp, capped = hyp[:own_cap], True
        score = float(res.scores[0]) if res.scores else None
        return SentenceTranslation(text=self.detokenize(hyp), score=score, capped=capped)

