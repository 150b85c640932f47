"""Abstractive news summariser: a seq2seq model such as sshleifer/distilbart-cnn-12-6 or facebook/bart-large-cnn.

The model writes a short paragraph per chunk; its sentences become the candidate bullets. Decoding settings come
from the model's own generation_config (distilbart-cnn: 4 beams, length penalty 2, no repeated trigrams), except
that the minimum summary length is capped at half the chunk's length: a CNN model forced to write 56 tokens about
a two-sentence chunk invents the rest.
"""

from __future__ import annotations

from summarise.abstractive import AbstractiveSummariser
from summarise.errors import SummariserFailed
from summarise.sentences import split_english


BATCH_SIZE = 8  # chunks per generate() call: one long article's chunks usually fit one batch


class Seq2SeqSummariser(AbstractiveSummariser):
    kind = "seq2seq"
    auto_model_class = "AutoModelForSeq2SeqLM"
    default_max_input_tokens = 1024

    def __init__(self, model, tokenizer, **kw) -> None:
        super().__init__(model, tokenizer, **kw)
        self._specials = len(tokenizer("", add_special_tokens=True)["input_ids"])

    def decoding(self) -> dict:
        c = self.model.generation_config
        return {"num_beams": c.num_beams, "length_penalty": c.length_penalty, "max_length": c.max_length,
                "min_length": c.min_length, "no_repeat_ngram_size": c.no_repeat_ngram_size,
                "min_length_cap": "half the chunk's tokens"}

    def chunk_budget(self, n: int = 10) -> int:
        limits = [self.max_input_tokens, getattr(self.model.config, "max_position_embeddings", None) or 10**9]
        if 0 < (self.tokenizer.model_max_length or 0) < 10**8:
            limits.append(self.tokenizer.model_max_length)
        return min(limits) - self._specials

    def generate(self, chunk_text: str, n: int, title: str | None) -> str:
        return self.generate_many([chunk_text], n, title)[0]

    def generate_many(self, chunk_texts: list[str], n: int, title: str | None) -> list[str]:
        """Summaries of the chunks, BATCH_SIZE at a time (padding is masked; chunks are balanced in length)."""
        import torch

        config = self.model.generation_config
        out: list[str] = []
        for start in range(0, len(chunk_texts), BATCH_SIZE):
            batch = chunk_texts[start:start + BATCH_SIZE]
            inputs = self.tokenizer(batch, return_tensors="pt", padding=True, truncation=False).to(self.device)
            lengths = inputs["attention_mask"].sum(dim=1)
            if int(lengths.max()) > self.chunk_budget() + self._specials:  # chunking guarantees this never happens
                raise SummariserFailed(f"internal error: a chunk of {int(lengths.max())} tokens exceeds the model input")
            # a short chunk must not be padded out with invention: cap the minimum at half the shortest chunk
            min_length = min(config.min_length or 0, max(1, int(lengths.min()) // 2))
            with torch.inference_mode():
                output = self.model.generate(**inputs, min_length=min_length)
            out.extend(self.tokenizer.batch_decode(output, skip_special_tokens=True))
        return out

    def candidates(self, generated: str) -> list[str]:
        return split_english(generated)
