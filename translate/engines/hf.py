"""The transformers (torch) engine: MarianMTModel, and NLLB through AutoModelForSeq2SeqLM with a forced English BOS.

Per batch: generate with beam search (or greedy), an output cap of ratio x longest source + slack, and
`output_scores` so that each sentence gets its mean token log-probability via `compute_transition_scores`.
"""

from __future__ import annotations

from pathlib import Path

from translate.batching import plan_batches
from translate.engines.base import resolve_device
from translate.engines.common import count_tokens, describe, load_tokenizer, resolve_threads
from translate.errors import ModelNotAvailable
from translate.loading import pull_hint, resolve_model_dir
from translate.settings import EngineSettings, SentenceTranslation


def load(settings: EngineSettings, progress=None) -> "HFTranslator":
    return HFTranslator(settings, resolve_model_dir(settings))


class HFTranslator:
    engine = "transformers"

    def __init__(self, settings: EngineSettings, model_dir: Path):
        import torch

        from translate.engines.common import quiet_transformers

        quiet_transformers()
        self.settings = settings
        self.model_dir = model_dir
        self.device = resolve_device(settings.device)
        self.threads = resolve_threads(settings)
        torch.set_num_threads(self.threads)
        self.tokenizer = load_tokenizer(settings, model_dir)
        try:
            if settings.family == "marian":
                from transformers import MarianMTModel

                model = MarianMTModel.from_pretrained(str(model_dir))
            else:
                from transformers import AutoModelForSeq2SeqLM

                model = AutoModelForSeq2SeqLM.from_pretrained(str(model_dir), trust_remote_code=False)
        except (OSError, ValueError, RuntimeError, KeyError) as exc:
            raise ModelNotAvailable(
                f"model {settings.display_name}: cannot load its weights from {model_dir} "
                f"({type(exc).__name__}: {exc}); {pull_hint(settings)}") from None
        self.model = model.to(self.device).eval()
        self.max_input_tokens = min(settings.max_input_tokens,
                                    getattr(model.config, "max_position_embeddings", settings.max_input_tokens))
        self.forced_bos = (self.tokenizer.convert_tokens_to_ids(settings.target_code)
                           if settings.family == "nllb" else None)

    def describe(self) -> dict:
        return describe(self.settings, engine=self.engine, device=self.device, compute_type="float32",
                        threads=self.threads, model_dir=str(self.model_dir))

    def count_tokens(self, texts: list[str]) -> list[int]:
        return count_tokens(self.tokenizer, texts)

    def translate(self, sentences: list[str]) -> list[SentenceTranslation]:
        """Translate `sentences` (length-sorted token-budget batches), results in input order."""
        results: list[SentenceTranslation | None] = [None] * len(sentences)
        lengths = self.count_tokens(sentences)
        for batch in plan_batches(lengths, self.settings.max_batch_tokens):
            out = self._translate_batch([sentences[i] for i in batch], max(lengths[i] for i in batch))
            for i, result in zip(batch, out):
                results[i] = result
        return results  # type: ignore[return-value]

    def generate_kwargs(self, longest: int) -> dict:
        cap = self.settings.output_cap(longest)
        kwargs = dict(num_beams=self.settings.beam, max_new_tokens=cap, do_sample=False)
        if self.settings.beam > 1:
            kwargs["early_stopping"] = True  # stop once `beam` hypotheses are finished
        if self.settings.fixed_output_tokens:
            kwargs.update(max_new_tokens=self.settings.fixed_output_tokens,
                          min_new_tokens=self.settings.fixed_output_tokens)
        if self.forced_bos is not None:
            kwargs["forced_bos_token_id"] = self.forced_bos
        return kwargs

    def _translate_batch(self, texts: list[str], longest: int) -> list[SentenceTranslation]:
        import torch

        enc = self.tokenizer(texts, return_tensors="pt", padding=True).to(self.device)
        kwargs = self.generate_kwargs(longest)
        with torch.inference_mode():
            out = self.model.generate(**enc, **kwargs, output_scores=True, return_dict_in_generate=True)
            # beam search scores are already log-softmaxed per step; greedy ones are raw logits
            transition = self.model.compute_transition_scores(
                out.sequences, out.scores, getattr(out, "beam_indices", None) if self.settings.beam > 1 else None,
                normalize_logits=self.settings.beam == 1)
        sequences = out.sequences[:, 1:]  # drop the decoder start token
        gen_config = self.model.generation_config
        pad_id = gen_config.pad_token_id if gen_config.pad_token_id is not None else self.tokenizer.pad_token_id
        eos_id = gen_config.eos_token_id if gen_config.eos_token_id is not None else self.tokenizer.eos_token_id
        eos_ids = set(eos_id) if isinstance(eos_id, (list, tuple)) else {eos_id}
        texts_out = self.tokenizer.batch_decode(out.sequences, skip_special_tokens=True)
        cap = kwargs["max_new_tokens"]
        results = []
        for row, text in enumerate(texts_out):
            tokens = sequences[row, : transition.shape[1]]
            scores = transition[row, : tokens.shape[0]]
            mask = (tokens != pad_id) & torch.isfinite(scores)
            score = float(scores[mask].mean()) if bool(mask.any()) else None
            # Marian forces </s> at the last allowed position, so "ends with </s>" does not mean "finished":
            # a translation that used the whole budget was stopped by the cap.
            generated = int(((tokens != pad_id) & ~torch.isin(tokens, torch.tensor(sorted(eos_ids)))).sum())
            results.append(SentenceTranslation(text=text.strip(), score=score, capped=generated >= cap - 1))
        return results
