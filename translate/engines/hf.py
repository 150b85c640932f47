"""The transformers (torch) engine: MarianMTModel, and NLLB through AutoModelForSeq2SeqLM with a forced English BOS.

Per batch: generate with beam search (or greedy), an output cap of ratio x longest source + slack, and
`output_scores` so that each sentence gets its mean token log-probability via `compute_transition_scores`.
"""

from __future__ import annotations

from pathlib import Path

from translate.batching import length_classes, plan_batches
from translate.engines.base import resolve_device
from translate.engines.common import TokenCounter, describe, load_tokenizer, resolve_threads
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
        self._counter = TokenCounter(self.tokenizer)
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
        positions = getattr(model.config, "max_position_embeddings", None) or settings.max_input_tokens
        self.max_input_tokens = min(settings.max_input_tokens, positions)
        # the decoder has as many positions as the encoder (start token and NLLB language code included)
        self.max_output_tokens = positions - 2
        self.forced_bos = (self.tokenizer.convert_tokens_to_ids(settings.target_code)
                           if settings.family == "nllb" else None)

    def describe(self) -> dict:
        return describe(self.settings, engine=self.engine, device=self.device, compute_type="float32",
                        threads=self.threads, model_dir=self.model_dir)

    def count_tokens(self, texts: list[str]) -> list[int]:
        return self._counter(texts)

    def translate(self, sentences: list[str]) -> list[SentenceTranslation]:
        """Translate `sentences` (length-sorted token-budget batches), results in input order."""
        results: list[SentenceTranslation | None] = [None] * len(sentences)
        lengths = self.count_tokens(sentences)
        budget = self.settings.batch_tokens(self.device)
        # the output cap comes from the length class, not the batch (see translate.batching)
        for bound, indices in length_classes(lengths, fixed=bool(self.settings.fixed_output_tokens)):
            for batch in plan_batches([lengths[i] for i in indices], budget):
                members = [indices[j] for j in batch]
                caps = None if self.settings.fixed_output_tokens else [
                    min(self.settings.output_cap(lengths[i]), self.max_output_tokens) for i in members]
                out = self._translate_batch([sentences[i] for i in members], bound, caps)
                for i, result in zip(members, out):
                    results[i] = result
        return results  # type: ignore[return-value]

    def generate_kwargs(self, longest: int) -> dict:
        cap = min(self.settings.output_cap(longest), self.max_output_tokens)
        kwargs = dict(num_beams=self.settings.beam, max_new_tokens=cap, do_sample=False)
        if self.settings.beam > 1:
            kwargs["early_stopping"] = True  # stop once `beam` hypotheses are finished
        if self.settings.fixed_output_tokens:
            kwargs.update(max_new_tokens=self.settings.fixed_output_tokens,
                          min_new_tokens=self.settings.fixed_output_tokens)
        if self.forced_bos is not None:
            kwargs["forced_bos_token_id"] = self.forced_bos
        return kwargs

    def _translate_batch(self, texts: list[str], longest: int,
                         caps: list[int] | None = None) -> list[SentenceTranslation]:
        """Generate for one batch under the cap of `longest`; `caps` (per row) then cut each translation at
        its own cap, as generating with that cap would have (Marian ends at the last slot with </s>)."""
        import torch

        enc = self.tokenizer.pad({"input_ids": self._counter.ids(texts)}, return_tensors="pt").to(self.device)
        kwargs = self.generate_kwargs(longest)
        gen_config = self.model.generation_config
        pad_id = gen_config.pad_token_id if gen_config.pad_token_id is not None else self.tokenizer.pad_token_id
        eos_id = gen_config.eos_token_id if gen_config.eos_token_id is not None else self.tokenizer.eos_token_id
        eos_ids = torch.tensor(sorted(set(eos_id) if isinstance(eos_id, (list, tuple)) else {eos_id}))
        # Scores without output_scores=True: that keeps a (batch x beams x vocabulary) tensor per step
        # (about 1 GB for 32 sentences x 32 steps with a 60k vocabulary). Greedy: a logits processor notes
        # the chosen token's log-probability as it goes. Beam search: one teacher-forced pass afterwards.
        recorder = _GreedyLogProb() if self.settings.beam == 1 else None
        with torch.inference_mode():
            if recorder is not None:
                sequences = self.model.generate(**enc, **kwargs, logits_processor=[recorder])
                step_logprobs = torch.stack(recorder.steps, dim=1)[:, : sequences.shape[1] - 1]
            else:
                # run the encoder once and share it between beam search and the scoring pass
                from transformers.modeling_outputs import BaseModelOutput

                hidden = self.model.get_encoder()(**enc).last_hidden_state
                # a fresh wrapper: generate() expands encoder outputs for the beams in place
                sequences = self.model.generate(encoder_outputs=BaseModelOutput(last_hidden_state=hidden),
                                                attention_mask=enc["attention_mask"], **kwargs)
                step_logprobs = self._teacher_forced_logprobs(hidden, enc["attention_mask"], sequences)
            generated = sequences[:, 1:]  # drop the decoder start token
            real = (generated != pad_id)
        texts_out = self.tokenizer.batch_decode(sequences, skip_special_tokens=True)
        cap = kwargs["max_new_tokens"]
        results = []
        for row, text in enumerate(texts_out):
            mask = real[row] & torch.isfinite(step_logprobs[row])
            score = float(step_logprobs[row][mask].mean()) if bool(mask.any()) else None
            # Marian forces </s> at the last allowed position, so "ends with </s>" does not mean "finished":
            # a translation that used the whole budget was stopped by the cap.
            content = int((real[row] & ~torch.isin(generated[row], eos_ids)).sum())
            capped = content >= cap - 1
            if caps is not None and content >= caps[row] - 1:
                keep = max(0, caps[row] - 1)
                text = self.tokenizer.decode(generated[row][:keep], skip_special_tokens=True)
                score = float(step_logprobs[row][:keep][mask[:keep]].mean()) if bool(mask[:keep].any()) else None
                capped = True
            results.append(SentenceTranslation(text=text.strip(), score=score, capped=capped))
        return results

    def _teacher_forced_logprobs(self, hidden, attention_mask, sequences, rows_per_pass: int = 8):
        """Log-probability of each generated token under the model (decoder only: the encoder output is
        reused), in small slices so the (rows x length x vocabulary) logits stay small."""
        import torch
        from transformers.modeling_outputs import BaseModelOutput

        out = []
        for start in range(0, sequences.shape[0], rows_per_pass):
            part = slice(start, start + rows_per_pass)
            logits = self.model(encoder_outputs=BaseModelOutput(last_hidden_state=hidden[part]),
                                attention_mask=attention_mask[part],
                                decoder_input_ids=sequences[part, :-1]).logits
            logprobs = torch.log_softmax(logits.float(), dim=-1)
            out.append(logprobs.gather(-1, sequences[part, 1:].unsqueeze(-1)).squeeze(-1))
        return torch.cat(out, dim=0)


class _GreedyLogProb:
    """Logits processor (run last) recording, per step, the log-probability of the greedy choice."""

    def __init__(self):
        self.steps = []

    def __call__(self, input_ids, scores):
        import torch

        # greedy picks the arg-max of the processed scores; its log-probability is max - logsumexp
        # (two reductions, no vocabulary-sized log_softmax tensor per step)
        self.steps.append(scores.max(dim=-1).values.float() - torch.logsumexp(scores.float(), dim=-1))
        return scores
